//! Open orders from CSV: one row per order line, the rows of one order found
//! by its reference (the `order` cell, the old system's number) and numbered
//! by `line` (empty: the row's place among its order's rows). Each row is
//! checked with the order form's own parsers, each against the shop as the
//! form would check it (the customer's people, its addresses, the catalog);
//! then each order is submitted by the order form's own use case — D1–D4 run
//! as for an order typed in — all in the import's one transaction. An order
//! the shop has (by that reference, or by its own number, as the export
//! writes it) is never changed by a file: a row like its line is unchanged,
//! a row unlike it is a problem.

use super::{problem_of, twice_as, Change, Conn, Ctx, ImportLine, Plan, Running};
use crate::domain::catalog::{Service, Specs};
use crate::domain::limits::{ITEMS_MAX, ORDER_NOTE_MAX, ORDER_REFERENCE_MAX, QUANTITY_MAX};
use crate::domain::order::{Address, DateWindow, TransactionType};
use crate::domain::sheet::{self, RowProblem, Sheet, SheetRow};
use crate::domain::text;
use crate::i18n::Invalid;
use crate::read::export::order_line_cells;
use crate::store::catalog::Snapshot;
use crate::store::customers::{self, AddressOf, CustomerRow, PersonOf};
use crate::store::orders::{self, OrderLine};
use crate::store::{catalog, Tx};
use crate::usecases::submit_order::{
    submit_in, AddressInput, Imported, NewItemInput, NewOrderInput,
};
use crate::{Error, Result};
use std::collections::HashMap;

/// A row of an order the file adds; its first row carries the order.
pub(super) struct OrderRow(Option<NewOrder>);

pub(super) struct NewOrder {
    reference: String,
    input: NewOrderInput,
    /// Each line's number (its position in the order), and its row.
    positions: Vec<i32>,
    rows: Vec<u32>,
}

/// The order's cells, as its first row names them.
struct Head {
    customer: CustomerRow,
    person: PersonOf,
    note: String,
}

/// The order cells a further row may repeat.
const HEAD: [&str; 3] = ["customer", "person", "note"];

/// One order's rows in the file.
struct Group<'a> {
    reference: String,
    /// The first row's number and its order cells as written.
    first: (u32, [String; 3]),
    head: Option<Head>,
    lines: Vec<RowLine<'a>>,
    /// Line numbers given, with their rows.
    numbers: HashMap<i32, u32>,
    rows: i32,
}

/// A row checked: its line as the order form would send it.
struct RowLine<'a> {
    r: &'a SheetRow,
    position: i32,
    item: NewItemInput,
    /// The row as the export writes it, to hold against a line the shop has.
    cells: Vec<String>,
    holds: Vec<ImportLine>,
}

pub(super) async fn plan(conn: &mut Conn, sheet: &Sheet, ctx: &Ctx) -> Result<Plan<OrderRow>> {
    let services = catalog::services(&mut *conn).await?;
    let by_code: HashMap<String, &Service> = services
        .values()
        .map(|s| (s.code.to_uppercase(), s))
        .collect();
    let by_number: HashMap<String, CustomerRow> = customers::all(&mut *conn)
        .await?
        .into_iter()
        .map(|c| (c.number.to_lowercase(), c))
        .collect();
    let (people, addresses) = customers::parts_by_customer(conn).await?;
    // An order's reference names it first; its own number, as exported, next.
    let keys = orders::keys(&mut *conn).await?;
    let mut taken: HashMap<String, (i32, String)> = HashMap::new();
    for (id, number, reference) in &keys {
        if let Some(r) = reference {
            taken.insert(r.to_lowercase(), (*id, number.clone()));
        }
    }
    for (id, number, _) in keys {
        taken
            .entry(number.to_lowercase())
            .or_insert((id, number.clone()));
    }
    let stored: HashMap<(i32, i32), OrderLine> = orders::own_lines(&mut *conn)
        .await?
        .into_iter()
        .map(|l| ((l.order_id, l.position), l))
        .collect();
    let shop = Shop {
        by_code,
        people,
        addresses,
        today: ctx.today(),
    };

    let mut plan = Plan::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for r in sheet.rows() {
        let reference =
            or_next!(
                plan,
                text::required("order", r.get("order"), ORDER_REFERENCE_MAX)
                    .map_err(|e| problem_of(r, e, &[]))
            );
        let at = *index.entry(reference.to_lowercase()).or_insert_with(|| {
            groups.push(Group {
                reference: reference.clone(),
                first: (r.row, Default::default()),
                head: None,
                lines: Vec::new(),
                numbers: HashMap::new(),
                rows: 0,
            });
            groups.len() - 1
        });
        let g = &mut groups[at];
        g.rows += 1;
        let cells = HEAD.map(|c| r.get(c).trim().to_string());
        if g.rows == 1 {
            g.first.1 = cells;
            match head(r, &by_number, &shop.people) {
                Ok(h) => g.head = Some(h),
                Err(p) => {
                    plan.problems.push(p);
                    continue;
                }
            }
        } else if let Some(column) = HEAD
            .iter()
            .zip(cells.iter().zip(&g.first.1))
            .find(|(_, (v, first))| !v.is_empty() && v != first)
            .map(|(c, _)| *c)
        {
            plan.problems.push(r.invalid(
                column,
                Invalid::DiffersFromFirstRow {
                    first: g.first.0,
                    order: true,
                },
            ));
            continue;
        }
        // The first row's problem is named there; its further rows wait for it.
        let Some(head) = &g.head else { continue };
        let position = or_next!(plan, line_number(r, g.rows));
        let order = &g.reference;
        let twice = twice_as(&mut g.numbers, r, "line", position, |first| {
            Invalid::LineOnRowAlready {
                line: position,
                order: order.clone(),
                first,
            }
        });
        if let Some(twice) = twice {
            plan.problems.push(twice);
            continue;
        }
        match shop.line(r, head, &g.reference, position) {
            Ok(l) => g.lines.push(l),
            Err(p) => plan.problems.push(p),
        }
    }

    for g in groups {
        let Some(head) = g.head else { continue };
        if let Some((order_id, number)) = taken.get(&g.reference.to_lowercase()) {
            for l in &g.lines {
                match stored.get(&(*order_id, l.position)) {
                    Some(s) => match differs(&l.cells, &order_line_cells(s)?) {
                        None => plan.edited(
                            l.r,
                            key(&g.reference, l.position),
                            Vec::new(),
                            OrderRow(None),
                        ),
                        Some((column, was)) => plan.problems.push(l.r.invalid(
                            column,
                            Invalid::TakenLineDiffers {
                                was: text::echo(&was),
                                order: number.clone(),
                            },
                        )),
                    },
                    None => plan.problems.push(l.r.invalid(
                        "line",
                        Invalid::TakenHasNoLine {
                            order: number.clone(),
                            line: l.position,
                        },
                    )),
                }
            }
            continue;
        }
        if let Some(l) = g.lines.get(ITEMS_MAX) {
            plan.problems.push(l.r.invalid(
                "line",
                Invalid::TooManyLines {
                    order: g.reference.clone(),
                    max: ITEMS_MAX,
                },
            ));
            continue;
        }
        let mut order = Some(NewOrder {
            reference: g.reference.clone(),
            input: NewOrderInput {
                customer_id: head.customer.id,
                recipient_id: head.person.id,
                note: head.note.clone(),
                items: g.lines.iter().map(|l| l.item.clone()).collect(),
            },
            positions: g.lines.iter().map(|l| l.position).collect(),
            rows: g.lines.iter().map(|l| l.r.row).collect(),
        });
        for l in g.lines {
            let row = OrderRow(order.take());
            plan.added(l.r, key(&g.reference, l.position), l.holds, row);
        }
    }
    plan.lines.sort_by_key(|l| l.row);
    Ok(plan)
}

/// A row's key as the preview shows it: "PO-4711 line 2".
fn key(reference: &str, line: i32) -> ImportLine {
    ImportLine::OrderLine {
        order: reference.to_string(),
        line,
    }
}

/// The first column (after the order and its line) whose cell differs from
/// the shop's line, with the shop's value.
fn differs(row: &[String], shop: &[String]) -> Option<(&'static str, String)> {
    let columns = crate::domain::sheet::SheetKind::OpenOrders.columns();
    (2..columns.len())
        .find(|i| row[*i] != shop[*i])
        .map(|i| (columns[i], shop[i].clone()))
}

/// The order's cells on its first row: its customer (by number, not
/// archived), the person (one of the customer's, by email or name) and the note.
fn head(
    r: &SheetRow,
    by_number: &HashMap<String, CustomerRow>,
    people: &HashMap<i32, Vec<PersonOf>>,
) -> std::result::Result<Head, RowProblem> {
    let number = r.get("customer").trim();
    let customer = match by_number.get(&number.to_lowercase()) {
        None if number.is_empty() => {
            return Err(r.invalid("customer", Invalid::CustomerNumberRequired))
        }
        None => {
            return Err(r.invalid(
                "customer",
                Invalid::NoCustomerNumbered {
                    got: text::echo(number),
                },
            ))
        }
        Some(c) if c.archived => {
            return Err(r.invalid(
                "customer",
                Invalid::CustomerArchived {
                    customer: c.name.clone(),
                },
            ))
        }
        Some(c) => c.clone(),
    };
    let who = r.get("person").trim().to_lowercase();
    let theirs = people.get(&customer.id).map_or(&[][..], Vec::as_slice);
    let by_email = who.contains('@');
    let found: Vec<&PersonOf> = theirs
        .iter()
        .filter(|p| match by_email {
            true => p.email.to_lowercase() == who,
            false => p.name.to_lowercase() == who,
        })
        .collect();
    let person = match found[..] {
        [p] => p.clone(),
        [] if who.is_empty() => return Err(r.invalid("person", Invalid::RecipientRequired)),
        [] => {
            return Err(r.invalid(
                "person",
                Invalid::NotTheirPerson {
                    got: text::echo(r.get("person")),
                    customer: customer.name.clone(),
                    people: theirs.iter().map(|p| p.name.clone()).collect(),
                },
            ))
        }
        _ => {
            return Err(r.invalid(
                "person",
                Invalid::SeveralPeople {
                    n: found.len(),
                    customer: customer.name.clone(),
                    got: text::echo(r.get("person")),
                    by_email,
                },
            ))
        }
    };
    let note =
        text::optional("note", r.get("note"), ORDER_NOTE_MAX).map_err(|e| problem_of(r, e, &[]))?;
    Ok(Head {
        customer,
        person,
        note,
    })
}

/// The row's line number: as written, or its place among its order's rows.
fn line_number(r: &SheetRow, nth: i32) -> std::result::Result<i32, RowProblem> {
    let raw = r.get("line").trim();
    if raw.is_empty() {
        return Ok(nth);
    }
    raw.parse::<i32>()
        .ok()
        .filter(|n| (1..=ITEMS_MAX as i32).contains(n))
        .ok_or_else(|| {
            r.invalid(
                "line",
                Invalid::NotAWholeNumber {
                    min: 1,
                    max: ITEMS_MAX as i64,
                    got: text::echo(raw),
                },
            )
        })
}

/// What a row is checked against.
struct Shop<'a> {
    by_code: HashMap<String, &'a Service>,
    people: HashMap<i32, Vec<PersonOf>>,
    addresses: HashMap<i32, Vec<AddressOf>>,
    today: chrono::NaiveDate,
}

impl Shop<'_> {
    /// The row as an order line, checked as the order form's line is.
    fn line<'r>(
        &self,
        r: &'r SheetRow,
        head: &Head,
        reference: &str,
        position: i32,
    ) -> std::result::Result<RowLine<'r>, RowProblem> {
        let kind = r.get("transaction_type").trim().to_lowercase();
        match TransactionType::parse(&kind) {
            _ if kind.is_empty() => {}
            Some(TransactionType::Order) => {}
            Some(t) => {
                return Err(r.invalid("transaction_type", Invalid::WayBackInFile { kind: t }))
            }
            None => {
                return Err(r.invalid(
                    "transaction_type",
                    Invalid::NotAnOrderKind {
                        got: text::echo(&kind),
                    },
                ))
            }
        }
        let code = r.get("service").trim();
        let service = match self.by_code.get(&code.to_uppercase()) {
            None if code.is_empty() => {
                return Err(r.invalid("service", Invalid::ServiceCodeRequired))
            }
            None => {
                return Err(r.invalid(
                    "service",
                    Invalid::NoServiceCoded {
                        got: text::echo(code),
                    },
                ))
            }
            Some(s) if s.archived => {
                return Err(r.invalid(
                    "service",
                    Invalid::ServiceArchived {
                        service: s.name.clone(),
                    },
                ))
            }
            Some(s) => *s,
        };
        let raw = r.get("quantity").trim();
        let quantity = raw
            .parse::<i32>()
            .ok()
            .filter(|q| (1..=QUANTITY_MAX).contains(q))
            .ok_or_else(|| {
                r.invalid(
                    "quantity",
                    Invalid::NotAWholeNumber {
                        min: 1,
                        max: QUANTITY_MAX.into(),
                        got: text::echo(raw),
                    },
                )
            })?;
        let specs = sheet::specs(r.get("specs")).map_err(|why| r.invalid("specs", why))?;
        let parsed = Specs::parse("specs", &specs).map_err(|e| problem_of(r, e, &[]))?;
        let start = sheet::date_cell(r.get("window_start"));
        let end = match r.get("window_end").trim() {
            "" => start.clone(),
            end => sheet::date_cell(end),
        };
        let windows = [
            ("window.start", "window_start"),
            ("window.end", "window_end"),
        ];
        let window = DateWindow::parse("window", &start, &end)
            .and_then(|w| w.plannable("window", self.today).map(|()| w))
            .map_err(|e| problem_of(r, e, &windows))?;
        let address = self.address(r, &head.customer)?;
        let cells = vec![
            reference.to_string(),
            position.to_string(),
            head.customer.number.clone(),
            match head.person.email.is_empty() {
                true => head.person.name.clone(),
                false => head.person.email.clone(),
            },
            service.code.clone(),
            quantity.to_string(),
            sheet::specs_cell(parsed.iter()),
            window.start().to_string(),
            window.end().to_string(),
            address.line1().to_string(),
            address.postal_code().to_string(),
            address.city().to_string(),
            address.country_code().to_string(),
            address.addition().to_string(),
            TransactionType::Order.as_str().to_string(),
            head.note.clone(),
        ];
        let holds = vec![
            ImportLine::Value(format!("{quantity} × {}", service.name)),
            ImportLine::Days {
                from: window.start(),
                to: window.end(),
            },
            ImportLine::Value(format!("{}, {}", head.customer.name, head.person.name)),
            ImportLine::Value(format!(
                "{}, {} {}",
                address.line1(),
                address.postal_code(),
                address.city()
            )),
        ];
        Ok(RowLine {
            r,
            position,
            item: NewItemInput {
                service_id: service.id,
                transaction_type: TransactionType::Order,
                quantity,
                specs,
                window_start: window.start().to_string(),
                window_end: window.end().to_string(),
                address: AddressInput {
                    line1: address.line1().into(),
                    postal_code: address.postal_code().into(),
                    city: address.city().into(),
                    country_code: address.country_code().into(),
                    addition: address.addition().into(),
                },
            },
            cells,
            holds,
        })
    }

    /// The delivery address as the order form fills it: the customer's first
    /// when the row leaves it empty; one of the customer's when its street
    /// (and postal code, if given) is; else the address as the row types it.
    fn address(
        &self,
        r: &SheetRow,
        customer: &CustomerRow,
    ) -> std::result::Result<Address, RowProblem> {
        let columns = [
            ("address.line1", "address_line1"),
            ("address.postalCode", "address_postal_code"),
            ("address.city", "address_city"),
            ("address.countryCode", "address_country"),
            ("address.addition", "address_addition"),
        ];
        let theirs = self
            .addresses
            .get(&customer.id)
            .map_or(&[][..], Vec::as_slice);
        let (line1, postal) = (
            r.get("address_line1").trim(),
            r.get("address_postal_code").trim(),
        );
        let known = match columns.iter().all(|(_, c)| r.get(c).trim().is_empty()) {
            true => match theirs.first() {
                Some(a) => Some(a),
                None => {
                    return Err(r.invalid(
                        "address_line1",
                        Invalid::NoAddressOnFile {
                            customer: customer.name.clone(),
                        },
                    ))
                }
            },
            false => theirs.iter().find(|a| {
                a.line1.to_lowercase() == line1.to_lowercase()
                    && (postal.is_empty() || a.postal_code.to_lowercase() == postal.to_lowercase())
            }),
        };
        // A cell left empty takes the matched address's.
        let or = |column: &str, stored: Option<&String>| match r.get(column).trim() {
            "" => stored.cloned().unwrap_or_default(),
            v => v.to_string(),
        };
        Address::parse(
            "address",
            &or("address_line1", known.map(|k| &k.line1)),
            &or("address_postal_code", known.map(|k| &k.postal_code)),
            &or("address_city", known.map(|k| &k.city)),
            &or("address_country", known.map(|k| &k.country_code)),
            &or("address_addition", known.map(|k| &k.addition)),
        )
        .map_err(|e| problem_of(r, e, &columns))
    }
}

/// Submits each order the file adds, by the order form's own use case.
pub(super) async fn write(
    tx: &mut Tx,
    ctx: &Ctx,
    snap: &Snapshot,
    plan: Plan<OrderRow>,
    run: &Running<'_>,
) -> Result<()> {
    for line in plan.lines {
        run.step()?;
        let Change::New(OrderRow(Some(order))) = line.change else {
            continue;
        };
        let imported = Imported {
            reference: &order.reference,
            positions: &order.positions,
        };
        submit_in(tx, snap, ctx, order.input, Some(imported))
            .await
            .map_err(|e| on_its_row(e, &order.rows))?;
    }
    Ok(())
}

/// A refusal of the order form's use case, which the rows' checks let
/// through, named by its row as the rows' problems are.
fn on_its_row(e: Error, rows: &[u32]) -> Error {
    let Error::Validation {
        field,
        message,
        why,
    } = e
    else {
        return e;
    };
    let row = field
        .strip_prefix("items[")
        .and_then(|f| f.split(']').next())
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| rows.get(i))
        .or(rows.first())
        .copied()
        .unwrap_or(0);
    let first = RowProblem {
        row,
        column: String::new(),
        why: message,
        words: why,
    };
    Error::invalid(
        "file",
        Invalid::NothingImported {
            first: Box::new(first),
            more: 0,
        },
    )
}
