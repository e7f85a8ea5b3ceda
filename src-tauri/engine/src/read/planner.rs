//! The planner: resources against time with their bookings, the delivery
//! queue beside them, and the printable day sheet of one resource.

use crate::domain::shop_time::{self, Zone};
use crate::domain::ItemStatus;
use crate::store::{planner as planner_rows, resources, Db};
use crate::{Error, Result};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannerBooking {
    pub booking_id: i32,
    pub start: String,
    pub end: String,
    pub order_id: i32,
    pub order_number: String,
    pub customer_name: String,
    pub item_ids: Vec<i32>,
    pub units: i32,
    /// The most advanced status of its items, e.g. in delivery.
    pub status: ItemStatus,
    pub status_label: String,
    /// Any one of its items, with the version seen, for moving the whole booking.
    pub item_id: i32,
    pub item_version: i32,
    /// What a person overrode to book it, and why.
    pub override_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannerResource {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub capacity: i32,
    pub work_start: String,
    pub work_end: String,
    pub work_days: Vec<i32>,
    pub days_off: Vec<String>,
    pub skills: Vec<String>,
    pub version: i32,
    pub bookings: Vec<PlannerBooking>,
}

/// A delivery waiting in the queue: the ready items of one order that ship together.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QueueEntry {
    pub order_id: i32,
    pub order_number: String,
    pub customer_name: String,
    pub delivery_group: i32,
    /// Any one of its items, for scheduling the whole delivery.
    pub item_id: i32,
    pub item_version: i32,
    pub item_ids: Vec<i32>,
    pub units: i32,
    pub window_start: String,
    pub window_end: String,
    pub on_hold: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannerView {
    pub from: String,
    pub days: i32,
    pub resources: Vec<PlannerResource>,
    pub queue: Vec<QueueEntry>,
}

fn ids(csv: &str) -> Vec<i32> {
    csv.split(',').filter_map(|s| s.parse().ok()).collect()
}

/// Resources with their bookings for `days` days from `from`, and the queue.
/// Days are the shop's (`zone`).
pub async fn planner(db: &Db, from: &str, days: i32, zone: Zone) -> Result<PlannerView> {
    let start = crate::domain::dates::parse_date("from", from)?;
    if !(1..=31).contains(&days) {
        return Err(Error::validation(
            "days",
            format!("must be 1–31, got {days}"),
        ));
    }
    let (lo, hi) = (
        day_start(start, zone),
        day_start(start + Duration::days(days as i64), zone),
    );
    let pool = db.pool();
    let rows = planner_rows::bookings(pool, &lo, &hi, None).await?;
    let mut rows_by_resource: Vec<PlannerResource> = resources::list(pool)
        .await?
        .into_iter()
        .map(|r| PlannerResource {
            bookings: rows
                .iter()
                .filter(|b| b.resource_id == r.id)
                .map(|b| PlannerBooking {
                    booking_id: b.id,
                    start: b.start_at.clone(),
                    end: b.end_at.clone(),
                    order_id: b.order_id,
                    order_number: b.number.clone(),
                    customer_name: b.customer.clone(),
                    item_ids: ids(&b.item_ids),
                    units: b.units,
                    status: furthest(&b.statuses),
                    status_label: furthest(&b.statuses).label().to_string(),
                    item_id: b.item_id,
                    item_version: b.item_version,
                    override_reason: b.override_reason.clone(),
                })
                .collect(),
            id: r.id,
            name: r.name,
            kind: r.kind.as_str().into(),
            capacity: r.capacity as i32,
            work_start: r.work_start.format("%H:%M").to_string(),
            work_end: r.work_end.format("%H:%M").to_string(),
            work_days: r.work_days.iter().map(|d| *d as i32).collect(),
            days_off: r.days_off.iter().map(|d| d.to_string()).collect(),
            skills: r.skills,
            version: 0,
        })
        .collect();
    let rows = planner_rows::queue(pool).await?;
    for r in &mut rows_by_resource {
        r.version = resources::version(pool, r.id).await?;
    }
    let mut queue = Vec::with_capacity(rows.len());
    for q in rows {
        queue.push(QueueEntry {
            order_id: q.order_id,
            order_number: q.number,
            customer_name: q.customer,
            delivery_group: q.delivery_group,
            item_id: q.item_id,
            item_version: q.item_version,
            item_ids: ids(&q.item_ids),
            units: q.units,
            window_start: q.window_start,
            window_end: q.window_end,
            on_hold: q.held != 0,
        });
    }
    Ok(PlannerView {
        from: start.to_string(),
        days,
        resources: rows_by_resource,
        queue,
    })
}

fn day_start(d: NaiveDate, zone: Zone) -> String {
    shop_time::day_start(d, zone).to_rfc3339()
}

/// The most advanced status among a booking's items.
fn furthest(csv: &str) -> ItemStatus {
    use ItemStatus::*;
    [Delivered, InDelivery, Scheduled, Ready]
        .into_iter()
        .find(|s| csv.split(',').any(|x| x == s.as_str()))
        .unwrap_or(Scheduled)
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StopItem {
    pub title: String,
    pub quantity: i32,
    pub serials: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Stop {
    pub start: String,
    pub end: String,
    pub order_number: String,
    pub customer_name: String,
    pub recipient_name: String,
    /// The recipient's phone, when the shop has one.
    pub recipient_phone: Option<String>,
    /// Street, postal code, city, country.
    pub address: String,
    /// What finds the door ("3rd floor, reception"), when the address has it.
    pub address_addition: Option<String>,
    pub items: Vec<StopItem>,
    /// The order's note for the delivery, when it has one.
    pub delivery_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DaySheet {
    pub resource_name: String,
    /// driver | technician | van: a booking holds one resource, so a driver's
    /// sheet names no van (and a van's no driver).
    pub resource_kind: String,
    pub date: String,
    pub stops: Vec<Stop>,
}

/// `Some` of a text that is not empty.
fn given(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

/// A resource's stops for one day, in order: time, who (with the phone), address,
/// items, serial numbers, the delivery note.
pub async fn day_sheet(db: &Db, resource_id: i32, date: &str, zone: Zone) -> Result<DaySheet> {
    let day = crate::domain::dates::parse_date("date", date)?;
    let pool = db.pool();
    let resource = resources::get(pool, resource_id).await?;
    let snap = db.snapshot().await?;
    let rows = planner_rows::bookings(
        pool,
        &day_start(day, zone),
        &day_start(day + Duration::days(1), zone),
        Some(resource_id),
    )
    .await?;
    let mut stops = Vec::new();
    for b in rows {
        let detail = planner_rows::stops(pool, b.id).await?;
        let Some(first) = detail.first() else {
            continue;
        };
        let mut items = Vec::new();
        for d in &detail {
            let title = match d.product_id {
                Some(p) => snap.product(p)?.name.clone(),
                None => snap.service(d.service_id)?.name.clone(),
            };
            let serials = crate::store::stock::serials_for_item(pool, d.id).await?;
            items.push(StopItem {
                title,
                quantity: d.quantity,
                serials,
            });
        }
        stops.push(Stop {
            start: b.start_at,
            end: b.end_at,
            order_number: b.number,
            customer_name: b.customer,
            recipient_name: first.recipient.clone(),
            recipient_phone: given(&first.phone),
            address: format!(
                "{}, {} {}, {}",
                first.address_line1, first.postal_code, first.city, first.country_code
            ),
            address_addition: given(&first.address_addition),
            items,
            delivery_note: given(&first.note),
        });
    }
    Ok(DaySheet {
        resource_name: resource.name,
        resource_kind: resource.kind.as_str().into(),
        date: day.to_string(),
        stops,
    })
}
