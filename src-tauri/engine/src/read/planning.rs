//! What planning answers: the earliest free slot for a delivery, and a day's
//! plan with what could not be placed and why.

use crate::domain::resource::{Resource, Slot};
use crate::domain::shop_time::{self, Zone};
use crate::usecases::ItemOutcome;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SlotSuggestion {
    pub resource_id: i32,
    pub resource_name: String,
    pub start: String,
    pub end: String,
}

impl SlotSuggestion {
    /// `slot` (the shop's wall clock) on resource `resource_id`, one of `all`.
    pub fn new(all: &[Resource], (resource_id, slot): (i32, Slot), zone: Zone) -> SlotSuggestion {
        SlotSuggestion {
            resource_id,
            resource_name: all
                .iter()
                .find(|r| r.id == resource_id)
                .map(|r| r.name.clone())
                .unwrap_or_default(),
            start: shop_time::wall_to_instant(slot.start, zone).to_rfc3339(),
            end: shop_time::wall_to_instant(slot.end, zone).to_rfc3339(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Unplaced {
    pub item_id: i32,
    pub order_number: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayPlan {
    pub placed: Vec<ItemOutcome>,
    pub unplaced: Vec<Unplaced>,
}
