//! What an import shows a person: the preview of a file (how many rows are
//! new, changed or unchanged, and every row's problems), how far a running
//! import is, and what an applied import did.

use crate::domain::catalog::{OfferType, ServiceKind};
use crate::domain::change::Change;
use crate::domain::customer::CustomerPart;
use crate::domain::sheet::{RowProblem, SheetKind};
use crate::domain::stock::UnitState;
use chrono::NaiveDate;
use serde::Serialize;

/// The preview shows at most this many problems and changed rows; the
/// counts are always whole.
pub const PREVIEW_LIST_MAX: usize = 200;

/// A file checked against the shop, nothing written.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub kind: SheetKind,
    /// Rows with something in them (the header not counted).
    pub rows: u32,
    pub new: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// Every problem up to [`PREVIEW_LIST_MAX`], by row.
    pub problems: Vec<RowProblem>,
    pub problem_count: u32,
    /// The new and changed rows up to [`PREVIEW_LIST_MAX`], by row.
    pub changes: Vec<RowChange>,
}

/// A row that adds or changes something, with what it changes.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RowChange {
    pub row: u32,
    /// Its SKU, service code, serial or customer number.
    pub key: String,
    pub new: bool,
    /// "field: old → new" for a changed row; what it holds for a new one.
    pub changes: Vec<String>,
}

/// One thing the preview says of a row: what a new row holds, or what a
/// row changes; worded in the desk's language ([`crate::i18n::Lang::import_line`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ImportLine {
    /// A value as the file or the shop writes it: a name, a category, a
    /// location, an inventory number, "2 × Monitor", "Acme GmbH, Anna Berg".
    Value(String),
    /// An order's line, as the preview keys it: "PO-4711 line 2".
    OrderLine { order: String, line: i32 },
    /// A new product's unit price.
    Price(i64),
    /// A new service's kind and how the customer gets it.
    Offer { kind: ServiceKind, offer: OfferType },
    /// A new unit's state.
    State(UnitState),
    /// A new order line's delivery window.
    Days { from: NaiveDate, to: NaiveDate },
    /// A customer's new person, by name.
    PersonAdded(String),
    /// A customer's new address.
    AddressAdded {
        line1: String,
        postal_code: String,
        city: String,
    },
    /// A person or address added to a customer the shop has.
    PartAdded(CustomerPart),
    /// A field of a customer's person or address, as the audit trail words it.
    PartEdited(CustomerPart, String),
    /// A changed field as the audit trail words it: "name: A → B".
    Edited(String),
    /// Archived (`is`) or brought back.
    Archived { was: bool, is: bool },
    /// A unit moved to another location.
    Moved { from: String, to: String },
    /// A unit put in another state.
    StateChanged { from: UnitState, to: UnitState },
    /// A catalog entry's field changed, as its history says it.
    Changed(Change),
}

impl From<&str> for ImportLine {
    fn from(v: &str) -> ImportLine {
        ImportLine::Value(v.to_string())
    }
}

/// An import written.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportDone {
    pub new: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// "Imported 12 products: 10 new, 2 changed, 30 unchanged"
    pub message: String,
}

/// How far the import running now is (rows written of all), for its progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportStatus {
    pub running: bool,
    pub done: u32,
    pub total: u32,
}
