//! One item in full: its fields, reserved units, and the audit trail.

use crate::domain::order::TransactionType;
use crate::domain::{ItemStatus, Reason};
use crate::i18n::Lang;
use crate::store::{events, items, stock, Db};
use crate::{Error, Result};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub from: ItemStatus,
    pub to: ItemStatus,
    pub from_label: String,
    pub to_label: String,
    /// What kind of step it was, in words ("Moved", "Put on hold", ...).
    pub kind_label: String,
    pub decision_point: Option<String>,
    pub reasons: Vec<String>,
    #[serde(rename = "override")]
    pub overridden: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemDetail {
    pub item_id: i32,
    pub version: i32,
    pub order_id: i32,
    pub order_number: String,
    pub status: ItemStatus,
    pub status_label: String,
    pub hold_reason: Option<String>,
    pub requested_specs: BTreeMap<String, String>,
    pub window_start: String,
    pub window_end: String,
    pub address: String,
    pub serials: Vec<String>,
    /// The booking the item's delivery is on (its stop, with a delivery note), if booked.
    pub booking_id: Option<i32>,
    /// What comes back is collected: a return receipt can be printed (`return_receipt_get`).
    pub return_receipt: bool,
    pub timeline: Vec<TimelineEntry>,
}

pub async fn item_detail(db: &Db, item_id: i32) -> Result<ItemDetail> {
    let pool = db.pool();
    let lang = db.lang();
    let d = items::detail(pool, item_id).await?;
    let parse = |s: &str| ItemStatus::parse(s).ok_or_else(|| Error::Corrupt(format!("status {s}")));
    let timeline = events::for_item(pool, item_id)
        .await?
        .into_iter()
        .map(|e| {
            let (kind, from, to) = e.typed()?;
            Ok(TimelineEntry {
                from,
                to,
                from_label: lang.status(from).into(),
                to_label: lang.status(to).into(),
                kind_label: lang.step(kind).into(),
                reasons: match lang {
                    Lang::En => serde_json::from_str(&e.reasons)?,
                    _ => Reason::from_json(&e.reason_kinds)?
                        .iter()
                        .map(|r| lang.reason(r))
                        .collect(),
                },
                at: e.at,
                actor: e.actor,
                kind: e.kind,
                decision_point: e.decision_point,
                overridden: e.overridden,
                note: e.note,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let status = parse(&d.status)?;
    let serials = stock::serials_for_item(pool, item_id).await?;
    Ok(ItemDetail {
        item_id,
        version: d.version,
        order_id: d.order_id,
        order_number: d.number,
        status,
        status_label: lang.status(status).into(),
        hold_reason: match (lang, d.hold_reason_kinds) {
            (Lang::En, _) | (_, None) => d.hold_reason,
            (lang, Some(kinds)) => Some(lang.reasons(&Reason::from_json(&kinds)?)),
        },
        requested_specs: serde_json::from_str(&d.requested_specs)?,
        window_start: d.window_start,
        window_end: d.window_end,
        address: format!(
            "{}, {} {}, {}",
            d.address_line1, d.postal_code, d.city, d.country_code
        ),
        serials,
        booking_id: d.booking_id,
        return_receipt: TransactionType::parse(&d.transaction_type)
            .is_some_and(|t| t.brings_units_back())
            && matches!(
                status,
                ItemStatus::Collected | ItemStatus::Delivered | ItemStatus::Completed
            ),
        timeline,
    })
}
