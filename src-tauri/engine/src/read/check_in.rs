//! The check-in panel (D8): what a collected return expects back, what is
//! checked in already and how, and whether the return can be closed.

use crate::domain::holding::{CheckInCondition, Expected};
use crate::domain::order::TransactionType;
use crate::domain::shop_time::{self, Zone};
use crate::domain::ItemStatus;
use crate::i18n::Invalid;
use crate::store::holdings::{self, HoldingUnitRecord};
use crate::store::{items, orders, settings, Db, Tx};
use crate::{Error, Result};
use chrono::{DateTime, NaiveDate, Utc};
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
        .ok_or_else(|| Error::invalid("itemId", Invalid::OnlyWayBackChecksIn))?;
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

/// One unit on a return receipt: what came back and how it was checked in.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReturnedUnit {
    pub serial: String,
    pub inventory_number: String,
    pub condition: Option<CheckInCondition>,
    /// "good", "damaged", "missing", or "not checked in yet", in the desk's language.
    pub condition_label: String,
    /// What was recorded at check-in (the damage, what is known of the loss).
    pub note: String,
}

/// The paper a customer gets for what the shop took back: one per return,
/// swap or change, with each unit's condition as checked in.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReturnReceipt {
    pub item_id: i32,
    pub shop_name: String,
    pub order_number: String,
    /// "Return", "Swap", "Change", in the desk's language.
    pub kind: String,
    pub customer_name: String,
    pub recipient_name: String,
    pub address: String,
    /// The shop's day of the last check-in (ISO), today while none is in.
    pub date: String,
    /// What comes back: the holding's product or service.
    pub title: String,
    pub lines: Vec<ReturnedUnit>,
    /// Every unit is checked in.
    pub complete: bool,
}

/// The return receipt of a return, swap or change item.
pub async fn return_receipt(
    db: &Db,
    item_id: i32,
    zone: Zone,
    today: NaiveDate,
) -> Result<ReturnReceipt> {
    let lang = db.lang();
    let mut tx = db.pool().begin().await?;
    let view = check_in_view_in(&mut tx, item_id).await?;
    let item = items::get(&mut tx, item_id).await?;
    let order = orders::get(&mut tx, item.order_id).await?;
    let units = holdings::brought_back(&mut *tx, item_id).await?;
    let date = units
        .iter()
        .filter_map(|u| u.checked_in_at.as_deref()?.parse::<DateTime<Utc>>().ok())
        .max()
        .map_or(today, |at| shop_time::local_day(at, zone));
    let a = &item.address;
    Ok(ReturnReceipt {
        item_id,
        shop_name: settings::get_text(&mut *tx, "shop_name").await?,
        order_number: order.number,
        kind: lang
            .way_back_kind(match item.transaction_type {
                t @ (TransactionType::Swap | TransactionType::Change) => t,
                TransactionType::Order
                | TransactionType::Return
                | TransactionType::Cancellation => TransactionType::Return,
            })
            .to_string(),
        customer_name: view.customer,
        recipient_name: view.person,
        address: format!(
            "{}, {} {}, {}",
            a.line1(),
            a.postal_code(),
            a.city(),
            a.country_code()
        ),
        date: date.to_string(),
        title: view.title,
        complete: view.remaining == 0,
        lines: view
            .units
            .into_iter()
            .map(|u| ReturnedUnit {
                condition_label: lang.check_in_condition(u.condition).to_string(),
                serial: u.serial,
                inventory_number: u.inventory_number,
                condition: u.condition,
                note: u.note,
            })
            .collect(),
    })
}
