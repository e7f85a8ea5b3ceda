//! Orders, their items' addresses and date windows, and the order status derived from items.

use super::dates::{self, parse_date};
use super::limits::{ADDRESS_ADDITION_MAX, ADDRESS_LINE_MAX, CITY_MAX, POSTAL_CODE_MAX};
use super::status::ItemStatus;
use super::text;
use crate::i18n::Invalid;
use crate::Error;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TransactionType {
    Order,
    Return,
    Change,
    Swap,
    Cancellation,
}

impl TransactionType {
    pub const ALL: [TransactionType; 5] = [
        TransactionType::Order,
        TransactionType::Return,
        TransactionType::Change,
        TransactionType::Swap,
        TransactionType::Cancellation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TransactionType::Order => "order",
            TransactionType::Return => "return",
            TransactionType::Change => "change",
            TransactionType::Swap => "swap",
            TransactionType::Cancellation => "cancellation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Whether units come back from the customer (collected, then checked in):
    /// a return, and the old unit of a swap or change.
    pub fn brings_units_back(self) -> bool {
        match self {
            TransactionType::Return | TransactionType::Swap | TransactionType::Change => true,
            TransactionType::Order | TransactionType::Cancellation => false,
        }
    }

    /// Starts from what a customer holds rather than from the catalog.
    pub fn is_way_back(self) -> bool {
        self != TransactionType::Order
    }

    /// Whether fulfilling it takes stock units out of the shop (a return brings them back).
    pub fn takes_stock_out(self) -> bool {
        match self {
            TransactionType::Order | TransactionType::Swap | TransactionType::Change => true,
            TransactionType::Return | TransactionType::Cancellation => false,
        }
    }
}

/// A delivery address with Equipme's field limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    line1: String,
    postal_code: String,
    city: String,
    country_code: String,
    addition: String,
}

impl Address {
    /// `prefix` names the field in errors, e.g. "items[0].address".
    pub fn parse(
        prefix: &str,
        line1: &str,
        postal_code: &str,
        city: &str,
        country_code: &str,
        addition: &str,
    ) -> Result<Self, Error> {
        let field = |name: &str| format!("{prefix}.{name}");
        Ok(Address {
            line1: text::required(&field("line1"), line1, ADDRESS_LINE_MAX)?,
            postal_code: text::required(&field("postalCode"), postal_code, POSTAL_CODE_MAX)?,
            city: text::required(&field("city"), city, CITY_MAX)?,
            country_code: country(&field("countryCode"), country_code)?,
            addition: text::optional(&field("addition"), addition, ADDRESS_ADDITION_MAX)?,
        })
    }

    pub fn line1(&self) -> &str {
        &self.line1
    }
    pub fn postal_code(&self) -> &str {
        &self.postal_code
    }
    pub fn city(&self) -> &str {
        &self.city
    }
    pub fn country_code(&self) -> &str {
        &self.country_code
    }
    pub fn addition(&self) -> &str {
        &self.addition
    }
}

/// The days a recipient wants the item (inclusive); start never after end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateWindow {
    start: NaiveDate,
    end: NaiveDate,
}

impl DateWindow {
    pub fn new(field: &str, start: NaiveDate, end: NaiveDate) -> Result<Self, Error> {
        if end < start {
            return Err(Error::invalid(
                format!("{field}.end"),
                Invalid::WindowEndsBeforeStart { start, end },
            ));
        }
        Ok(DateWindow { start, end })
    }

    pub fn parse(field: &str, start: &str, end: &str) -> Result<Self, Error> {
        let start = parse_date(&format!("{field}.start"), start)?;
        let end = parse_date(&format!("{field}.end"), end)?;
        Self::new(field, start, end)
    }

    /// Refuses a window a delivery cannot be planned in any more or yet:
    /// one that ended before `today`, or ends beyond the horizon.
    pub fn plannable(&self, field: &str, today: NaiveDate) -> Result<(), Error> {
        dates::plannable(
            &format!("{field}.end"),
            dates::Planned::WindowEnd,
            self.end,
            today,
        )
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }
    pub fn end(&self) -> NaiveDate {
        self.end
    }
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }
}

/// A country of the ISO 3166-1 list by its alpha-2 code ("at" reads as AT).
fn country(field: &str, raw: &str) -> Result<String, Error> {
    let code = text::required(field, raw, 2)
        .ok()
        .map(|c| c.to_ascii_uppercase())
        .filter(|c| rust_iso3166::from_alpha2(c).is_some());
    code.ok_or_else(|| {
        Error::invalid(
            field,
            Invalid::NotACountry {
                got: text::echo(raw),
            },
        )
    })
}

/// An order's status, always derived from its items' statuses and holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Some item waits for a person (approval or assignment) or on a hold.
    NeedsAttention,
    InProgress,
    /// Every live item is ready or beyond, none out yet.
    ReadyForDelivery,
    InDelivery,
    /// Every item delivered or cancelled, none held: D7.
    ReadyToComplete,
    Completed,
    Cancelled,
}

impl OrderStatus {
    /// The status as people read it in lists.
    pub fn label(self) -> &'static str {
        match self {
            OrderStatus::NeedsAttention => "Needs attention",
            OrderStatus::InProgress => "In progress",
            OrderStatus::ReadyForDelivery => "Ready for delivery",
            OrderStatus::InDelivery => "In delivery",
            OrderStatus::ReadyToComplete => "Ready to complete",
            OrderStatus::Completed => "Completed",
            OrderStatus::Cancelled => "Cancelled",
        }
    }
}

/// What an order's status is, given `(status, on_hold)` of each of its items.
pub fn derive_order_status(items: &[(ItemStatus, bool)]) -> OrderStatus {
    let live: Vec<_> = items
        .iter()
        .filter(|(s, _)| *s != ItemStatus::Cancelled)
        .collect();
    if live.is_empty() {
        return OrderStatus::Cancelled;
    }
    if live.iter().all(|(s, _)| *s == ItemStatus::Completed) {
        return OrderStatus::Completed;
    }
    let held = live.iter().any(|(_, h)| *h);
    if !held
        && live
            .iter()
            .all(|(s, _)| matches!(s, ItemStatus::Delivered | ItemStatus::Completed))
    {
        return OrderStatus::ReadyToComplete;
    }
    if held
        || live.iter().any(|(s, _)| {
            matches!(
                s,
                ItemStatus::AwaitingApproval | ItemStatus::NeedsAssignment
            )
        })
    {
        return OrderStatus::NeedsAttention;
    }
    if live
        .iter()
        .any(|(s, _)| matches!(s, ItemStatus::InDelivery | ItemStatus::Delivered))
    {
        return OrderStatus::InDelivery;
    }
    if live.iter().all(|(s, _)| s.is_ready_or_beyond()) {
        return OrderStatus::ReadyForDelivery;
    }
    OrderStatus::InProgress
}

#[cfg(test)]
mod tests {
    use super::*;
    use ItemStatus::*;

    #[test]
    fn address_limits_follow_equipme() {
        let ok = Address::parse("a", "Main St 1", "1010", "Vienna", "at", "");
        assert_eq!(ok.unwrap().country_code(), "AT");
        let long = "x".repeat(ADDRESS_LINE_MAX + 1);
        let e = Address::parse("a", &long, "1010", "Vienna", "AT", "").unwrap_err();
        assert!(
            matches!(e, Error::Validation { ref field, .. } if field == "a.line1"),
            "{e}"
        );
        let e = Address::parse("a", "Main", &"9".repeat(31), "Vienna", "AT", "").unwrap_err();
        assert!(matches!(e, Error::Validation { ref field, .. } if field == "a.postalCode"));
        for bad in ["AUT", "XX", "ZZ", "A\u{200B}", ""] {
            let e = Address::parse("a", "Main", "1010", "Vienna", bad, "").unwrap_err();
            assert!(
                matches!(e, Error::Validation { ref field, .. } if field == "a.countryCode"),
                "{bad:?}"
            );
        }
        let e = Address::parse("a", "Main", "1010", "Vienna", "AT", &"y".repeat(1501)).unwrap_err();
        assert!(matches!(e, Error::Validation { ref field, .. } if field == "a.addition"));
        assert!(Address::parse("a", "Main", "1010", "Vienna", "AT", &"y".repeat(1500)).is_ok());
    }

    #[test]
    fn window_end_before_start_is_refused() {
        let e = DateWindow::parse("w", "2026-12-05", "2026-12-01").unwrap_err();
        assert!(matches!(e, Error::Validation { ref field, .. } if field == "w.end"));
        let e = DateWindow::parse("w", "2026-13-05", "2026-12-01").unwrap_err();
        assert!(matches!(e, Error::Validation { ref field, .. } if field == "w.start"));
        assert!(DateWindow::parse("w", "2026-12-01", "2026-12-01").is_ok());
        let e = DateWindow::parse("w", "-0001-12-30", "2026-12-01").unwrap_err();
        assert!(matches!(e, Error::Validation { ref field, .. } if field == "w.start"));
    }

    #[test]
    fn a_window_ended_or_beyond_the_horizon_is_not_plannable() {
        let today = parse_date("d", "2026-11-30").unwrap();
        let w = |s, e| DateWindow::parse("w", s, e).unwrap();
        assert!(w("2026-11-01", "2026-11-30").plannable("w", today).is_ok());
        let e = w("2000-01-01", "2000-01-31")
            .plannable("w", today)
            .unwrap_err();
        assert!(
            matches!(e, Error::Validation { ref field, .. } if field == "w.end"),
            "{e}"
        );
        assert!(w("2026-12-01", "2099-12-31").plannable("w", today).is_err());
    }

    #[test]
    fn order_status_is_derived_from_items() {
        let check = |items: &[(ItemStatus, bool)], want| {
            assert_eq!(derive_order_status(items), want, "{items:?}")
        };
        check(&[(Cancelled, false)], OrderStatus::Cancelled);
        check(
            &[(Completed, false), (Cancelled, false)],
            OrderStatus::Completed,
        );
        check(
            &[(Delivered, false), (Cancelled, false)],
            OrderStatus::ReadyToComplete,
        );
        check(
            &[(Delivered, false), (Completed, false)],
            OrderStatus::ReadyToComplete,
        );
        check(&[(Delivered, true)], OrderStatus::NeedsAttention);
        check(
            &[(AwaitingApproval, false), (Ready, false)],
            OrderStatus::NeedsAttention,
        );
        check(
            &[(Ready, false), (Scheduled, false)],
            OrderStatus::ReadyForDelivery,
        );
        check(
            &[(Delivered, false), (Scheduled, false)],
            OrderStatus::InDelivery,
        );
        check(
            &[(Preparing, false), (Ready, false)],
            OrderStatus::InProgress,
        );
    }
}
