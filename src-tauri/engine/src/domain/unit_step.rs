//! What happened to a stock unit, as data: each step of a unit's trail is a
//! [`UnitStep`], a kind and the values behind it, like [`super::Reason`] for
//! an item. The store keeps the English sentence (`unit_events.text`) beside
//! it (`unit_events.words`); `i18n` words it in the desk's language.

use super::holding::{CheckInCondition, MissingDecision};
use crate::i18n::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One step, stored as `{"kind": "reserved", ...values}`. A kind's key and its
/// values' names never change once written; a new kind is a new variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Tests list each kind to try its sentences in every language.
#[cfg_attr(
    test,
    derive(strum::EnumDiscriminants),
    strum_discriminants(derive(strum::EnumIter))
)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UnitStep {
    Received {
        location: String,
        inventory_number: String,
    },
    Moved {
        from: String,
        to: String,
    },
    ToRepair {
        note: String,
    },
    BackFromRepair,
    Retired {
        note: String,
    },
    /// D3: reserved for `order` from `from` to `until` (`None`: for good).
    Reserved {
        order: String,
        from: NaiveDate,
        until: Option<NaiveDate>,
    },
    /// D4: scanned while preparing in place of the reserved `instead_of`.
    ReservedInstead {
        order: String,
        from: NaiveDate,
        until: Option<NaiveDate>,
        instead_of: String,
    },
    Released {
        order: String,
        why: Release,
    },
    Delivered {
        order: String,
        by: String,
    },
    /// Picked up on the way back, to be checked in.
    Collected {
        order: String,
        by: String,
    },
    /// D8, with the person's note (none when it came back good).
    CheckedIn {
        order: String,
        condition: CheckInCondition,
        note: String,
    },
    /// What a person decided about a unit checked in missing; `customer` is
    /// who it is charged to.
    MissingDecided {
        decision: MissingDecision,
        note: String,
        customer: String,
    },
}

/// Why a unit's reservation ended before it went out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Release {
    ItemRejected,
    ItemCancelled,
    /// Another unit, `serial`, was scanned in its place while preparing.
    ScannedInstead {
        serial: String,
    },
    /// It came back with the way back `order`.
    BackWith {
        order: String,
    },
}

impl UnitStep {
    /// The English people read, as `unit_events.text` keeps it.
    pub fn sentence(&self) -> String {
        Lang::En.unit_step(self)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a unit step always serialises")
    }

    pub fn from_json(json: &str) -> Result<UnitStep, serde_json::Error> {
        serde_json::from_str(json)
    }
}
