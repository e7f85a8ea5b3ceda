//! A table as a spreadsheet saves it to CSV, read and written with the `csv`
//! crate: UTF-8 with or without a byte-order mark, comma or semicolon (sniffed
//! from the header line), quoted fields. Which columns each kind of table has
//! is said once ([`SheetKind::columns`]), for the import and the export alike.
//! Rows are numbered as the spreadsheet shows them: the header is row 1.

use super::catalog::string_enum;
use crate::i18n::{Invalid, Lang};
use crate::Error;
use std::collections::BTreeMap;

string_enum!(
    /// What a CSV file holds: the shop's master data, its open orders, or
    /// the audit trail (export only).
    SheetKind {
        Products => "products", Services => "services", StockUnits => "stock_units",
        Customers => "customers", OpenOrders => "open_orders", AuditTrail => "audit_trail"
    }
);

impl SheetKind {
    /// The columns, in the order the export writes them; an import needs the
    /// key column and may leave any other out.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            SheetKind::Products => &["sku", "name", "category", "specs", "unit_price", "archived"],
            SheetKind::Services => &[
                "code",
                "name",
                "kind",
                "offer_type",
                "recurring",
                "requires_approval",
                "one_time",
                "monthly",
                "product_category",
                "required_specs",
                "needs_technician",
                "basic_services",
                "linked_services",
                "archived",
            ],
            SheetKind::StockUnits => &[
                "serial",
                "sku",
                "inventory_number",
                "location",
                "state",
                "condition",
            ],
            SheetKind::Customers => &[
                "number",
                "name",
                "new",
                "flagged",
                "archived",
                "person_name",
                "person_email",
                "person_phone",
                "address_line1",
                "address_postal_code",
                "address_city",
                "address_country",
                "address_addition",
            ],
            // One row per order line; the order's cells (customer, person,
            // note) on its first row, and empty or the same on the others.
            SheetKind::OpenOrders => &[
                "order",
                "line",
                "customer",
                "person",
                "service",
                "quantity",
                "specs",
                "window_start",
                "window_end",
                "address_line1",
                "address_postal_code",
                "address_city",
                "address_country",
                "address_addition",
                "transaction_type",
                "note",
            ],
            SheetKind::AuditTrail => &["at", "actor", "entity", "entity_id", "action", "changes"],
        }
    }

    /// The column whose value finds the row's match in the shop (SKU, service
    /// code, serial, customer number, the order's reference).
    pub fn key(self) -> &'static str {
        self.columns()[0]
    }

    /// What a person calls it, as a file name and in sentences.
    pub fn title(self) -> &'static str {
        match self {
            SheetKind::Products => "Products",
            SheetKind::Services => "Services",
            SheetKind::StockUnits => "Stock units",
            SheetKind::Customers => "Customers",
            SheetKind::OpenOrders => "Open orders",
            SheetKind::AuditTrail => "Audit trail",
        }
    }
}

/// Why one cell of one row cannot be taken: the row as the spreadsheet
/// numbers it, the column, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RowProblem {
    pub row: u32,
    pub column: String,
    /// In English, or in the shop's language once [`RowProblem::in_lang`] said it.
    pub why: String,
    /// Why, when the catalogue words it in every language.
    #[serde(skip)]
    pub words: Option<Box<Invalid>>,
}

impl RowProblem {
    /// A problem with `column` of `row` that the catalogue words in every language.
    pub fn of(row: u32, column: &str, why: Invalid) -> RowProblem {
        RowProblem {
            row,
            column: column.to_string(),
            why: Lang::En.invalid(&why),
            words: Some(Box::new(why)),
        }
    }

    /// Why, in `lang` when the catalogue words it, else as written.
    pub fn why_in(&self, lang: Lang) -> String {
        self.words
            .as_ref()
            .map_or_else(|| self.why.clone(), |w| lang.invalid(w))
    }

    /// The problem as a person reads it in `lang`.
    pub fn in_lang(self, lang: Lang) -> RowProblem {
        RowProblem {
            why: self.why_in(lang),
            ..self
        }
    }
}

/// A CSV file read: its columns (each one of its kind's) and its rows.
#[derive(Debug, Clone)]
pub struct Sheet {
    kind: SheetKind,
    /// For each of the kind's columns, where it is in the file.
    positions: BTreeMap<&'static str, usize>,
    rows: Vec<SheetRow>,
}

/// One row: its number as the spreadsheet shows it, and its cells.
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub row: u32,
    cells: Vec<String>,
    positions: BTreeMap<&'static str, usize>,
}

impl SheetRow {
    /// The cell of `column` as written ("" when the file has no such column).
    pub fn get(&self, column: &str) -> &str {
        self.positions
            .get(column)
            .and_then(|i| self.cells.get(*i))
            .map_or("", String::as_str)
    }

    /// A problem with `column` of this row.
    pub fn problem(&self, column: &str, why: impl Into<String>) -> RowProblem {
        RowProblem {
            row: self.row,
            column: column.to_string(),
            why: why.into(),
            words: None,
        }
    }

    /// A problem with `column` of this row that the catalogue words in every language.
    pub fn invalid(&self, column: &str, why: Invalid) -> RowProblem {
        RowProblem::of(self.row, column, why)
    }
}

/// A header as people write it ("Unit price", "unit_price", "UNIT-PRICE"):
/// compared by its letters and digits alone.
fn header_key(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The delimiter of the header line: the one of ';', ',' and tab it has most of.
fn sniff(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.chars().filter(|x| *x == c).count();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (count(char::from(*d)), *d == b','))
        .unwrap_or(b',')
}

impl Sheet {
    /// Reads `bytes` as a `kind` table. The file as a whole is refused (field
    /// "file") when it is not UTF-8 text, has no header, lacks the key column,
    /// or has a column the kind does not know or has twice; a row of the
    /// wrong length or unreadable is a [`RowProblem`], so every other row can
    /// still be checked.
    pub fn read(kind: SheetKind, bytes: &[u8]) -> Result<(Sheet, Vec<RowProblem>), Error> {
        let file = |why: Invalid| Error::invalid("file", why);
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(file(Invalid::SheetUtf16));
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            file(Invalid::SheetNotUtf8 { line })
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sniff(text))
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let header = match records.next() {
            Some(Ok(h)) if h.iter().any(|c| !c.trim().is_empty()) => h,
            Some(Err(e)) => {
                return Err(file(Invalid::SheetHeaderUnreadable {
                    error: e.to_string(),
                }))
            }
            _ => return Err(file(Invalid::SheetEmpty { kind })),
        };
        let known: Vec<(String, &'static str)> =
            kind.columns().iter().map(|c| (header_key(c), *c)).collect();
        let mut positions = BTreeMap::new();
        for (i, h) in header.iter().enumerate() {
            if h.trim().is_empty() {
                continue;
            }
            let Some((_, column)) = known.iter().find(|(k, _)| *k == header_key(h)) else {
                return Err(file(Invalid::SheetUnknownColumn {
                    kind,
                    got: h.trim().to_string(),
                }));
            };
            if positions.insert(*column, i).is_some() {
                return Err(file(Invalid::SheetColumnTwice { column }));
            }
        }
        if !positions.contains_key(kind.key()) {
            return Err(file(Invalid::SheetNoKeyColumn { kind }));
        }
        let width = header.len();
        let mut rows = Vec::new();
        let mut problems = Vec::new();
        for (i, record) in records.enumerate() {
            let row = u32::try_from(i + 2).unwrap_or(u32::MAX);
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    problems.push(RowProblem::of(
                        row,
                        "",
                        Invalid::RowUnreadable {
                            error: e.to_string(),
                        },
                    ));
                    continue;
                }
            };
            // Spreadsheets end a table with rows of empty cells.
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if record.len() > width && record.iter().skip(width).any(|c| !c.trim().is_empty()) {
                problems.push(RowProblem::of(
                    row,
                    "",
                    Invalid::RowTooLong {
                        cells: record.len(),
                        columns: width,
                    },
                ));
                continue;
            }
            rows.push(SheetRow {
                row,
                cells: record.iter().map(str::to_string).collect(),
                positions: positions.clone(),
            });
        }
        Ok((
            Sheet {
                kind,
                positions,
                rows,
            },
            problems,
        ))
    }

    pub fn rows(&self) -> &[SheetRow] {
        &self.rows
    }

    /// Whether the file has `column`: a column left out keeps what the shop has.
    pub fn has(&self, column: &str) -> bool {
        self.positions.contains_key(column)
    }

    /// The cell of `column` in `row`, or, when the file leaves the column
    /// out, in `stored` (what the shop has, as the export writes it).
    pub fn cell(&self, row: &SheetRow, stored: Option<&[String]>, column: &str) -> String {
        if self.has(column) {
            return row.get(column).to_string();
        }
        let at = self.kind.columns().iter().position(|c| *c == column);
        stored
            .zip(at)
            .and_then(|(s, i)| s.get(i).cloned())
            .unwrap_or_default()
    }
}

/// Writes `rows` under `kind`'s header as CSV (comma, quoted where needed):
/// what [`Sheet::read`] reads back.
pub fn write(kind: SheetKind, rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // In memory: nothing can fail.
    w.write_record(kind.columns()).expect("a CSV row in memory");
    for r in rows {
        w.write_record(&r).expect("a CSV row in memory");
    }
    String::from_utf8(w.into_inner().expect("a CSV in memory")).expect("CSV of strings is UTF-8")
}

/// A yes/no cell: "yes", "no", "true", "false", "1", "0", "x" or empty (no);
/// "ja" and "nein" too, as a German desk writes them.
pub fn flag(raw: &str) -> Result<bool, Invalid> {
    match raw.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "nein" => Ok(false),
        "yes" | "y" | "true" | "1" | "x" | "ja" | "j" => Ok(true),
        other => Err(Invalid::NotYesNo {
            got: format!("{:?}", super::text::echo(other).trim_matches('"')),
        }),
    }
}

/// A yes/no cell as the export writes it.
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.into()
}

/// A list in one cell, "a; b; c" (empty parts left out).
pub fn list(raw: &str) -> Vec<String> {
    raw.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Specs in one cell, "cpu=i7; ram=16GB": each part a name, '=' and a value.
pub fn specs(raw: &str) -> Result<BTreeMap<String, String>, Invalid> {
    let mut out = BTreeMap::new();
    for part in list(raw) {
        let Some((k, v)) = part.split_once('=') else {
            return Err(Invalid::SpecWithoutEquals {
                part: super::text::echo(&part),
            });
        };
        out.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(out)
}

/// Specs as [`specs`] reads them.
pub fn specs_cell<'a>(specs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    specs
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A date cell as the date parser reads it: "2026-12-03" stays, a day as
/// spreadsheets in German write it ("3.12.2026") is turned round; anything
/// else stays as written, for the parser to refuse with its reason.
pub fn date_cell(raw: &str) -> String {
    match chrono::NaiveDate::parse_from_str(raw.trim(), "%d.%m.%Y") {
        Ok(d) => d.format("%Y-%m-%d").to_string(),
        Err(_) => raw.to_string(),
    }
}

/// Cents as the export writes them ("1299.00"), which [`super::catalog::amount`] reads.
pub fn money_cell(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(s: &Sheet) -> Vec<Vec<&str>> {
        s.rows()
            .iter()
            .map(|r| {
                SheetKind::Products
                    .columns()
                    .iter()
                    .map(|c| r.get(c))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn what_spreadsheets_write_reads_the_same() {
        let plain = "sku,name,category,specs,unit_price\nNB-1,Laptop,laptop,ram=16GB,1299.00\n";
        let excel = "\u{FEFF}SKU;Name;Category;Specs;Unit price\r\nNB-1;Laptop;laptop;ram=16GB;\"1299,00\"\r\n;;;;\r\n";
        let (a, pa) = Sheet::read(SheetKind::Products, plain.as_bytes()).unwrap();
        let (b, pb) = Sheet::read(SheetKind::Products, excel.as_bytes()).unwrap();
        assert!(pa.is_empty() && pb.is_empty(), "{pa:?} {pb:?}");
        assert_eq!(cells(&a)[0][..4], cells(&b)[0][..4]);
        assert_eq!(cells(&b)[0][4], "1299,00");
        assert_eq!(b.rows().len(), 1, "the empty row at the end is left out");
        assert_eq!(b.rows()[0].row, 2);
    }

    #[test]
    fn quoted_fields_keep_their_delimiters_and_line_breaks() {
        let text = "sku,name\nNB-1,\"Laptop, 14\"\" \nsilver\"\n";
        let (s, _) = Sheet::read(SheetKind::Products, text.as_bytes()).unwrap();
        assert_eq!(s.rows()[0].get("name"), "Laptop, 14\" \nsilver");
        let mut row = vec![String::new(); 6];
        row[1] = "a;b, \"c\"".into();
        let back = write(SheetKind::Products, [row]);
        let (s, _) = Sheet::read(SheetKind::Products, back.as_bytes()).unwrap();
        assert_eq!(s.rows()[0].get("name"), "a;b, \"c\"");
    }

    #[test]
    fn a_file_that_is_not_a_table_of_its_kind_is_refused_as_a_whole() {
        for (bytes, why) in [
            (&b""[..], "is empty"),
            (&b"\xFF\xFEs\x00k\x00u\x00"[..], "UTF-16"),
            (&b"sku,name\nNB-1,Caf\xE9\n"[..], "line 2"),
            (&b"name,unit_price\nx,1\n"[..], "no column sku"),
            (&b"sku,colour\nx,red\n"[..], "\"colour\""),
            (&b"sku,SKU\nx,y\n"[..], "twice"),
        ] {
            let e = Sheet::read(SheetKind::Products, bytes).unwrap_err();
            assert!(
                matches!(&e, Error::Validation { field, message, .. } if field == "file" && message.contains(why)),
                "{why}: {e}"
            );
        }
    }

    #[test]
    fn a_row_too_long_is_named_and_the_rest_still_read() {
        let text = "sku,name\nA,x,extra\nB,y\nC,z,\n";
        let (s, problems) = Sheet::read(SheetKind::Products, text.as_bytes()).unwrap();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].row, 2);
        assert!(problems[0].why.contains("3 cells"), "{problems:?}");
        assert_eq!(s.rows().len(), 2);
    }

    #[test]
    fn cells_of_lists_flags_and_specs() {
        assert_eq!(flag(" Yes "), Ok(true));
        assert_eq!(flag(""), Ok(false));
        assert_eq!(
            Lang::En.invalid(&flag("maybe").unwrap_err()),
            "\"maybe\" is not yes or no"
        );
        assert_eq!(flag("Ja"), Ok(true));
        assert_eq!(list("A; B;;C "), ["A", "B", "C"]);
        let s = specs("cpu=i7; ram = 16GB").unwrap();
        assert_eq!(
            specs_cell(s.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
            "cpu=i7; ram=16GB"
        );
        assert_eq!(
            Lang::En.invalid(&specs("ram 16").unwrap_err()),
            "\"ram 16\" has no '='; write specs like cpu=i7; ram=16GB"
        );
        assert_eq!(money_cell(129_905), "1299.05");
        assert_eq!(date_cell(" 3.12.2026"), "2026-12-03");
        assert_eq!(date_cell("2026-12-03"), "2026-12-03");
        assert_eq!(date_cell("12/03/2026"), "12/03/2026");
    }
}
