//! The shop's settings as a person enters them: its name, the order number
//! prefix, the inventory number pattern, the stock and travel buffers and the
//! currency. Parsed here, so a stored setting is always one the app can use.

use super::limits::{
    FOLDER_PATH_MAX, INVENTORY_DIGITS_MAX, INVENTORY_PATTERN_MAX, NAME_MAX, ORDER_PREFIX_MAX,
    STOCK_BUFFER_DAYS_MAX, TRAVEL_BUFFER_MINUTES_MAX,
};
use super::text::{self, echo};
use crate::i18n::{Invalid, Unit};
use crate::Error;

/// Every setting, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopSettings {
    pub shop_name: String,
    pub order_prefix: String,
    pub inventory_pattern: InventoryPattern,
    pub stock_buffer_days: u32,
    pub travel_buffer_minutes: u32,
    pub currency: String,
}

/// Each setting's stored key, the field a person edits it in and its name on
/// the screen and in the log, in the order the screen shows them.
pub const KEYS: [(&str, &str, &str); 6] = [
    ("shop_name", "shopName", "Shop name"),
    ("order_prefix", "orderPrefix", "Order number prefix"),
    (
        "inventory_pattern",
        "inventoryPattern",
        "Inventory number pattern",
    ),
    ("stock_buffer_days", "stockBufferDays", "Stock buffer"),
    (
        "travel_buffer_minutes",
        "travelBufferMinutes",
        "Travel buffer",
    ),
    ("currency", "currency", "Currency"),
];

/// The backup folder's key, field and name: a setting of its own, set apart
/// from the form's (see `parse_backup_folder`).
pub const BACKUP_FOLDER: (&str, &str, &str) = ("backup_folder", "backupFolder", "Backup folder");

impl ShopSettings {
    /// Checks each field; the first one wrong is refused with its reason.
    pub fn parse(
        shop_name: &str,
        order_prefix: &str,
        inventory_pattern: &str,
        stock_buffer_days: i32,
        travel_buffer_minutes: i32,
        currency: &str,
    ) -> Result<ShopSettings, Error> {
        Ok(ShopSettings {
            shop_name: parse_shop_name(shop_name)?,
            order_prefix: parse_order_prefix(order_prefix)?,
            inventory_pattern: InventoryPattern::parse("inventoryPattern", inventory_pattern)?,
            stock_buffer_days: within(
                "stockBufferDays",
                stock_buffer_days,
                STOCK_BUFFER_DAYS_MAX,
                Unit::Days,
            )?,
            travel_buffer_minutes: within(
                "travelBufferMinutes",
                travel_buffer_minutes,
                TRAVEL_BUFFER_MINUTES_MAX,
                Unit::Minutes,
            )?,
            currency: parse_currency(currency)?,
        })
    }

    /// (stored key, stored value) of every setting, in [`KEYS`] order.
    pub fn entries(&self) -> [(&'static str, String); 6] {
        [
            (KEYS[0].0, self.shop_name.clone()),
            (KEYS[1].0, self.order_prefix.clone()),
            (KEYS[2].0, self.inventory_pattern.as_str().to_string()),
            (KEYS[3].0, self.stock_buffer_days.to_string()),
            (KEYS[4].0, self.travel_buffer_minutes.to_string()),
            (KEYS[5].0, self.currency.clone()),
        ]
    }
}

/// The folder automatic backups go to, as a whole path; empty for the
/// default (`backups` beside the database).
pub fn parse_backup_folder(raw: &str) -> Result<String, Error> {
    let v = text::optional("backupFolder", raw, FOLDER_PATH_MAX)?;
    if !v.is_empty() && !std::path::Path::new(&v).is_absolute() {
        return Err(Error::invalid(
            "backupFolder",
            Invalid::NotAWholePath { got: echo(&v) },
        ));
    }
    Ok(v)
}

pub fn parse_shop_name(raw: &str) -> Result<String, Error> {
    text::required("shopName", raw, NAME_MAX)
}

/// An ISO 4217 code: three letters ("EUR", "chf" becomes "CHF").
pub fn parse_currency(raw: &str) -> Result<String, Error> {
    let code = raw.trim().to_ascii_uppercase();
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::invalid(
            "currency",
            Invalid::NotACurrency { got: echo(raw) },
        ));
    }
    Ok(code)
}

/// What an order number or an inventory number may be made of besides digits:
/// letters and a few separators, so a number reads the same on a label, in a
/// file name and in a spreadsheet.
fn number_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.')
}

/// May be empty (plain numbers); "EF-" gives EF-000123.
fn parse_order_prefix(raw: &str) -> Result<String, Error> {
    let v = text::optional("orderPrefix", raw, ORDER_PREFIX_MAX)?;
    if !v.chars().all(number_char) {
        return Err(Error::invalid(
            "orderPrefix",
            Invalid::NumberCharacters { got: echo(&v) },
        ));
    }
    Ok(v)
}

/// Order `n`'s number after the shop's prefix: EF-000123.
pub fn order_number(prefix: &str, n: i64) -> String {
    format!("{prefix}{n:06}")
}

fn within(field: &str, n: i32, max: i32, unit: Unit) -> Result<u32, Error> {
    if !(0..=max).contains(&n) {
        return Err(Error::invalid(
            field,
            Invalid::OutOfRange {
                min: 0,
                max: max.into(),
                unit,
                got: n.into(),
            },
        ));
    }
    Ok(n as u32)
}

/// How a received unit's inventory number is made: text around one running
/// number, `{seq}` or zero-padded `{seq:05}` ("INV-{seq:05}" gives INV-00042).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventoryPattern {
    raw: String,
    before: String,
    digits: usize,
    after: String,
}

impl InventoryPattern {
    pub fn parse(field: &str, raw: &str) -> Result<InventoryPattern, Error> {
        let v = text::required(field, raw, INVENTORY_PATTERN_MAX)?;
        let refuse = |why: Invalid| Err(Error::invalid(field, why));
        let Some(open) = v.find("{seq") else {
            return refuse(Invalid::NoRunningNumber { got: echo(&v) });
        };
        let Some(close) = v[open..].find('}').map(|i| open + i) else {
            return refuse(Invalid::RunningNumberOpen);
        };
        let (before, spec, after) = (&v[..open], &v[open + 4..close], &v[close + 1..]);
        let digits = match spec {
            "" => 0,
            _ => match spec.strip_prefix(":0").map(str::parse::<usize>) {
                Some(Ok(n)) if (1..=INVENTORY_DIGITS_MAX).contains(&n) => n,
                _ => return refuse(Invalid::RunningNumberPadding { got: echo(spec) }),
            },
        };
        if let Some(c) = before
            .chars()
            .chain(after.chars())
            .find(|c| !number_char(*c))
        {
            return refuse(if matches!(c, '{' | '}') {
                Invalid::OneRunningNumber
            } else {
                Invalid::NumberCharacterAround { bad: c }
            });
        }
        Ok(InventoryPattern {
            before: before.to_string(),
            digits,
            after: after.to_string(),
            raw: v,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The running number of an inventory number this pattern made, if it is one.
    pub fn seq_of(&self, number: &str) -> Option<u64> {
        let digits = number
            .strip_prefix(&self.before)?
            .strip_suffix(&self.after)?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }

    /// The inventory number of running number `seq`.
    pub fn render(&self, seq: u64) -> String {
        format!(
            "{}{seq:0width$}{}",
            self.before,
            self.after,
            width = self.digits
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(e: Error) -> (String, String) {
        match e {
            Error::Validation { field, message, .. } => (field, message),
            other => panic!("not a validation error: {other}"),
        }
    }

    #[test]
    fn inventory_numbers_read_back_their_running_number() {
        let p = InventoryPattern::parse("p", "INV-{seq:05}").unwrap();
        assert_eq!(p.seq_of("INV-00042"), Some(42));
        assert_eq!(p.seq_of("INV-10001"), Some(10001));
        assert_eq!(p.seq_of("X-00042"), None);
        assert_eq!(p.seq_of("INV-"), None);
        let plain = InventoryPattern::parse("p", "{seq}/W").unwrap();
        assert_eq!(plain.seq_of(&plain.render(7)), Some(7));
    }

    #[test]
    fn inventory_patterns_render_their_running_number() {
        for (pattern, seq, number) in [
            ("INV-{seq:05}", 42, "INV-00042"),
            ("{seq}", 7, "7"),
            ("A/{seq:03}.2026", 1234, "A/1234.2026"),
            ("  WH1-{seq:01}  ", 3, "WH1-3"),
        ] {
            let p = InventoryPattern::parse("p", pattern).unwrap();
            assert_eq!(p.render(seq), number, "{pattern}");
        }
    }

    #[test]
    fn a_pattern_without_one_clean_running_number_is_refused() {
        for (pattern, why) in [
            ("", "is required"),
            ("INV-", "needs the running number"),
            ("INV-{seq", "without its closing"),
            ("INV-{seq:5}", "{seq:0N}"),
            ("INV-{seq:00}", "{seq:0N}"),
            ("INV-{seq:013}", "{seq:0N}"),
            ("INV-{seq}-{seq}", "one running number"),
            ("INV {seq}", "may hold only"),
            ("INV-{seq}ä", "may hold only"),
        ] {
            let (field, message) =
                refusal(InventoryPattern::parse("inventoryPattern", pattern).unwrap_err());
            assert_eq!(field, "inventoryPattern");
            assert!(message.contains(why), "{pattern}: {message}");
        }
    }

    #[test]
    fn each_setting_is_refused_with_its_field() {
        let ok = ("Kaiser IT", "EF-", "INV-{seq:05}", 1, 30, "EUR");
        let parse = |s: (&str, &str, &str, i32, i32, &str)| {
            ShopSettings::parse(s.0, s.1, s.2, s.3, s.4, s.5)
        };
        assert!(parse(ok).is_ok());
        for (input, field) in [
            (("  ", ok.1, ok.2, ok.3, ok.4, ok.5), "shopName"),
            ((ok.0, "EF #", ok.2, ok.3, ok.4, ok.5), "orderPrefix"),
            ((ok.0, "ABCDEFGHIJK", ok.2, ok.3, ok.4, ok.5), "orderPrefix"),
            ((ok.0, ok.1, "INV", ok.3, ok.4, ok.5), "inventoryPattern"),
            ((ok.0, ok.1, ok.2, -1, ok.4, ok.5), "stockBufferDays"),
            ((ok.0, ok.1, ok.2, 31, ok.4, ok.5), "stockBufferDays"),
            ((ok.0, ok.1, ok.2, ok.3, 241, ok.5), "travelBufferMinutes"),
            ((ok.0, ok.1, ok.2, ok.3, ok.4, "EURO"), "currency"),
            ((ok.0, ok.1, ok.2, ok.3, ok.4, "€"), "currency"),
        ] {
            assert_eq!(refusal(parse(input).unwrap_err()).0, field, "{input:?}");
        }
        assert_eq!(
            parse((ok.0, "", ok.2, 0, 0, " chf ")).unwrap().currency,
            "CHF"
        );
    }
}
