//! What an edit of master data changed, as data: each field a [`Change`],
//! which field and its value before and after. The audit trail keeps the
//! English line ("unit price: 1,299.00 → 1,199.00", `audit_log.changes`)
//! beside it (`audit_log.words`); `i18n` words it in the desk's language.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// One field changed, stored as `{"field": "unit_price", "old": …, "new": …}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub field: ChangeField,
    pub old: FieldValue,
    pub new: FieldValue,
}

/// The fields of a catalog entry an edit can change. A key never changes once
/// written; a new field is a new variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
#[serde(rename_all = "snake_case")]
pub enum ChangeField {
    // A service's.
    Code,
    Name,
    Kind,
    OfferType,
    Recurring,
    RequiresApproval,
    OneTimeCost,
    MonthlyCost,
    ProductCategory,
    RequiredSpecs,
    NeedsTechnician,
    BasicServices,
    LinkedServices,
    // A product's (and `Name`).
    Sku,
    Category,
    Specs,
    UnitPrice,
}

/// A field's value as the trail shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum FieldValue {
    /// Shown as written (a name, a code, a key).
    Text(String),
    YesNo(bool),
    /// An amount without its currency: "1,299.00".
    Money(i64),
    /// Services by their codes, or a category; "none" when empty.
    Names(Vec<String>),
    /// A service's linked services by their codes.
    Links(Vec<LinkedCode>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkedCode {
    pub code: String,
    pub mandatory: bool,
}

impl Change {
    /// "field: old → new", the English `audit_log.changes` keeps.
    pub fn sentence(&self) -> String {
        Lang::En.change(self)
    }

    pub fn to_json(changes: &[Change]) -> String {
        serde_json::to_string(changes).expect("a change always serialises")
    }

    pub fn from_json(json: &str) -> Result<Vec<Change>, serde_json::Error> {
        serde_json::from_str(json)
    }
}

/// Each field whose value differs, in the order given.
pub fn changed(fields: Vec<(ChangeField, FieldValue, FieldValue)>) -> Vec<Change> {
    fields
        .into_iter()
        .filter(|(_, old, new)| old != new)
        .map(|(field, old, new)| Change { field, old, new })
        .collect()
}
