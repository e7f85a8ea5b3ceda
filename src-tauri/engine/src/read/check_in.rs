//! The check-in panel (D8): what a collected return expects back, what is
//! checked in already and how, and whether the return can be closed.

use crate::domain::holding::{CheckInCondition, Expected};
use crate::domain::ItemStatus;
use crate::store::holdings::{self, HoldingUnitRecord};
use crate::store::{items, Db, Tx};
use crate::{Error, Result};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckInUnit {
    pub unit_id: i32,
    pub serial: String,
    pub inventory_number: String,
    /// `None` until it is scanned in.
    pub condition: Option<CheckInCondition>,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CheckInView {
    pub item_id: i32,
    pub version: i32,
    pub holding_id: i32,
    pub customer: String,
    pub person: String,
    /// What comes back: the holding's product or service.
    pub title: String,
    pub units: Vec<CheckInUnit>,
    pub remaining: i32,
    /// Collected and every unit checked in: closing it ends the return.
    pub can_close: bool,
}

pub(crate) fn expected(units: &[HoldingUnitRecord]) -> Vec<Expected> {
    units
        .iter()
        .map(|u| Expected {
            unit_id: u.unit_id,
            serial: u.serial.clone(),
            checked_in: u.checked_in_at.is_some(),
        })
        .collect()
}

pub(crate) async fn check_in_view_in(tx: &mut Tx, item_id: i32) -> Result<CheckInView> {
    let item = items::get(tx, item_id).await?;
    let holding_id = holdings::of_way_back_item(&mut **tx, item_id)
        .await?
        .ok_or_else(|| {
            Error::validation("itemId", "only a return, swap or change is checked in")
        })?;
    let h = holdings::get(&mut **tx, holding_id).await?;
    let units: Vec<CheckInUnit> = holdings::brought_back(&mut **tx, item_id)
        .await?
        .into_iter()
        .map(|u| {
            Ok(CheckInUnit {
                condition: u
                    .condition
                    .as_deref()
                    .map(|c| {
                        CheckInCondition::parse(c)
                            .ok_or_else(|| Error::Corrupt(format!("check-in condition {c}")))
                    })
                    .transpose()?,
                unit_id: u.unit_id,
                serial: u.serial,
                inventory_number: u.inventory_number,
                note: u.note,
            })
        })
        .collect::<Result<_>>()?;
    let remaining = units.iter().filter(|u| u.condition.is_none()).count() as i32;
    Ok(CheckInView {
        item_id,
        version: item.version,
        holding_id,
        customer: h.customer.clone(),
        person: h.person.clone(),
        title: h.product.clone().unwrap_or_else(|| h.service.clone()),
        units,
        remaining,
        can_close: remaining == 0 && item.status() == ItemStatus::Collected,
    })
}

pub async fn check_in_view(db: &Db, item_id: i32) -> Result<CheckInView> {
    let mut tx = db.pool().begin().await?;
    check_in_view_in(&mut tx, item_id).await
}
