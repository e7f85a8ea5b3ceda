//! What a write answers: each item it changed, as it now stands.

use crate::domain::{Item, ItemStatus};
use serde::Serialize;

/// An item as it stands after a use case, for the caller to show.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemOutcome {
    pub item_id: i32,
    pub status: ItemStatus,
    pub version: i32,
    pub on_hold: bool,
    pub reason: String,
}

impl ItemOutcome {
    pub fn of(it: &Item) -> ItemOutcome {
        ItemOutcome {
            item_id: it.id,
            status: it.status(),
            version: it.version,
            on_hold: it.on_hold(),
            reason: it.hold_reason().unwrap_or_else(|| it.reason()),
        }
    }
}
