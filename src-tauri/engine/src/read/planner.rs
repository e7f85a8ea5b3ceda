//! The planner: resources against time with their bookings, the delivery
//! queue beside them, and the printable day sheet of one resource.

use crate::domain::order::TransactionType;
use crate::domain::planning::STEP_MINUTES;
use crate::domain::resource::{AtTheDoor, Conflict, Job, Slot, StopKind};
use crate::domain::shop_time::{self, Zone};
use crate::domain::ItemStatus;
use crate::i18n::{Invalid, Lang, Unit};
use crate::store::catalog::Snapshot;
use crate::store::{holdings, planner as planner_rows, resources, Db};
use crate::{Error, Result};
use chrono::{Duration, NaiveDate, Timelike};
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
    /// What is delivered: its items' services, "Business laptop, Laptop set-up".
    pub services: String,
    /// A delivery, a collection, or both at one stop (a swap).
    pub kind: StopKind,
    pub kind_label: String,
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

/// A delivery or collection waiting in the queue: the ready items of one
/// order that ship together.
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
    /// What is delivered: its items' services, "Business laptop, Laptop set-up".
    pub services: String,
    /// Whether only a technician may take it (a service of it needs one).
    pub needs_technician: bool,
    /// What a resource must bring, the words after "Needs":
    /// "a technician, room for 3 units" or "room for 1 unit, any resource".
    pub needs: String,
    /// A delivery, a collection, or both at one stop (a swap).
    pub kind: StopKind,
    pub kind_label: String,
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

/// What an item of this transaction type (a stored key) does at the door.
fn door(key: &str) -> Result<AtTheDoor> {
    TransactionType::parse(key)
        .map(AtTheDoor::of)
        .ok_or_else(|| Error::Corrupt(format!("transaction type {key:?}")))
}

/// What a stop does and the most units on board, from its items'
/// "type:quantity" (stored keys, comma-separated).
fn kind_and_load(doors: &str) -> Result<(StopKind, i32)> {
    let mut items = Vec::new();
    for d in doors.split(',') {
        let (key, quantity) = d.split_once(':').unwrap_or((d, ""));
        let quantity = quantity
            .parse()
            .map_err(|_| Error::Corrupt(format!("quantity {d:?}")))?;
        items.push((door(key)?, quantity));
    }
    Ok((
        StopKind::of(items.iter().map(|(d, _)| *d)),
        Job::carried(items) as i32,
    ))
}

/// The services' names, in the catalog's words, and whether one needs a technician.
fn services(snap: &Snapshot, csv: &str) -> Result<(String, bool)> {
    let mut names = Vec::new();
    let mut technician = false;
    for id in ids(csv) {
        let s = snap.service(id)?;
        technician |= s.needs_technician;
        names.push(s.name.clone());
    }
    Ok((names.join(", "), technician))
}

/// Resources with their bookings for `days` days from `from`, and the queue.
/// Days are the shop's (`zone`).
pub async fn planner(db: &Db, from: &str, days: i32, zone: Zone) -> Result<PlannerView> {
    let start = crate::domain::dates::parse_date("from", from)?;
    if !(1..=31).contains(&days) {
        return Err(Error::invalid(
            "days",
            Invalid::OutOfRange {
                min: 1,
                max: 31,
                unit: Unit::None,
                got: days.into(),
            },
        ));
    }
    let (lo, hi) = (
        day_start(start, zone),
        day_start(start + Duration::days(days as i64), zone),
    );
    let pool = db.pool();
    let snap = db.snapshot().await?;
    let rows = planner_rows::bookings(pool, &lo, &hi, None).await?;
    let mut booked = Vec::with_capacity(rows.len());
    for b in &rows {
        booked.push((
            b,
            services(&snap, &b.service_ids)?.0,
            kind_and_load(&b.doors)?,
        ));
    }
    let mut rows_by_resource: Vec<PlannerResource> = resources::list(pool)
        .await?
        .into_iter()
        .map(|r| PlannerResource {
            bookings: booked
                .iter()
                .filter(|(b, _, _)| b.resource_id == r.id)
                .map(|(b, what, (kind, units))| PlannerBooking {
                    booking_id: b.id,
                    start: b.start_at.clone(),
                    end: b.end_at.clone(),
                    order_id: b.order_id,
                    order_number: b.number.clone(),
                    customer_name: b.customer.clone(),
                    item_ids: ids(&b.item_ids),
                    units: *units,
                    status: furthest(&b.statuses),
                    status_label: db.lang().status(furthest(&b.statuses)).to_string(),
                    item_id: b.item_id,
                    item_version: b.item_version,
                    override_reason: b.override_reason.clone(),
                    services: what.clone(),
                    kind: *kind,
                    kind_label: db.lang().stop_kind(*kind).into(),
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
        let (what, technician) = services(&snap, &q.service_ids)?;
        let (kind, units) = kind_and_load(&q.doors)?;
        queue.push(QueueEntry {
            order_id: q.order_id,
            order_number: q.number,
            customer_name: q.customer,
            delivery_group: q.delivery_group,
            item_id: q.item_id,
            item_version: q.item_version,
            item_ids: ids(&q.item_ids),
            units,
            window_start: q.window_start,
            window_end: q.window_end,
            on_hold: q.held != 0,
            services: what,
            needs_technician: technician,
            needs: db.lang().needs(technician, units),
            kind,
            kind_label: db.lang().stop_kind(kind).into(),
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
    [Delivered, Collected, InDelivery, Scheduled, Ready]
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
    /// A delivery, a collection, or both (a swap delivers the new unit and
    /// collects the old one).
    pub kind: StopKind,
    pub kind_label: String,
    /// What to hand over, with the serials of the units reserved for it.
    pub hand_over: Vec<StopItem>,
    /// What to bring back, with the serials of the units the customer has.
    pub bring_back: Vec<StopItem>,
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
/// what to hand over and what to bring back with serial numbers, the delivery note.
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
        stops.extend(stop_of(pool, &snap, db.lang(), b).await?);
    }
    Ok(DaySheet {
        resource_name: resource.name,
        resource_kind: resource.kind.as_str().into(),
        date: day.to_string(),
        stops,
    })
}

/// A booking as a stop: who receives it where, and what is handed over
/// (`None` for a booking with no items left on it).
async fn stop_of(
    pool: &sqlx::SqlitePool,
    snap: &Snapshot,
    lang: Lang,
    b: planner_rows::BookingRow,
) -> Result<Option<Stop>> {
    let detail = planner_rows::stops(pool, b.id).await?;
    let Some(first) = detail.first() else {
        return Ok(None);
    };
    let (mut hand_over, mut bring_back, mut doors) = (Vec::new(), Vec::new(), Vec::new());
    for d in &detail {
        let at = door(&d.transaction_type)?;
        doors.push(at);
        if at.hands_over {
            hand_over.push(StopItem {
                title: title(snap, d.product_id, d.service_id)?,
                quantity: d.quantity,
                serials: crate::store::stock::serials_for_item(pool, d.id).await?,
            });
        }
        if at.brings_back {
            bring_back.push(brought_back(pool, snap, d).await?);
        }
    }
    let kind = StopKind::of(doors);
    Ok(Some(Stop {
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
        kind,
        kind_label: lang.stop_kind(kind).into(),
        hand_over,
        bring_back,
        delivery_note: given(&first.note),
    }))
}

/// What a stop hands over or brings back is called by its product, or its
/// service when it has none.
fn title(snap: &Snapshot, product_id: Option<i32>, service_id: i32) -> Result<String> {
    Ok(match product_id {
        Some(p) => snap.product(p)?.name.clone(),
        None => snap.service(service_id)?.name.clone(),
    })
}

/// What a return, swap or change brings back: what its holding has (a swap's
/// old phone, not the new one it delivers), with the serials of those units.
async fn brought_back(
    pool: &sqlx::SqlitePool,
    snap: &Snapshot,
    d: &planner_rows::StopRow,
) -> Result<StopItem> {
    let holding_id = d
        .holding_id
        .ok_or_else(|| Error::Corrupt(format!("item {}: brings back no holding", d.id)))?;
    let h = holdings::get(pool, holding_id).await?;
    let serials: Vec<String> = holdings::brought_back(pool, d.id)
        .await?
        .into_iter()
        .map(|u| u.serial)
        .collect();
    Ok(StopItem {
        title: title(snap, h.product_id, h.service_id)?,
        quantity: d.quantity,
        serials,
    })
}

/// The paper that goes with one stop: what is handed over to whom, to sign.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryNote {
    pub booking_id: i32,
    /// Who delivers: the shop, and the resource the stop is booked on.
    pub shop_name: String,
    pub resource_name: String,
    /// The shop's day of the stop (ISO).
    pub date: String,
    pub stop: Stop,
}

/// The delivery note of one booking (a stop of the planner).
pub async fn delivery_note(db: &Db, booking_id: i32, zone: Zone) -> Result<DeliveryNote> {
    let pool = db.pool();
    let snap = db.snapshot().await?;
    let b = planner_rows::booking(pool, booking_id)
        .await?
        .ok_or_else(|| Error::not_found("booking", booking_id))?;
    let resource = resources::get(pool, b.resource_id).await?;
    let date = b
        .start_at
        .parse::<chrono::DateTime<chrono::Utc>>()
        .map(|at| shop_time::local_day(at, zone).to_string())
        .map_err(|_| Error::Corrupt(format!("booking {booking_id} start {}", b.start_at)))?;
    let stop = stop_of(pool, &snap, db.lang(), b)
        .await?
        .ok_or_else(|| Error::not_found("booking", booking_id))?;
    Ok(DeliveryNote {
        booking_id,
        shop_name: crate::store::settings::get_text(pool, "shop_name").await?,
        resource_name: resource.name,
        date,
        stop,
    })
}

/// What a drop starting at some time would meet: booked as it is, "Book anyway?"
/// with a reason, or refused outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DropVerdict {
    Free,
    Overridable,
    Refused,
}

/// Starts from `from_minute` up to, not including, `to_minute` (minutes past
/// the shop's midnight) that meet one verdict for one reason.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DropSpan {
    pub from_minute: i32,
    pub to_minute: i32,
    pub verdict: DropVerdict,
    /// Why, as a sentence; `None` when free.
    pub reason: Option<String>,
}

/// One resource's row during a drag.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ResourceDrops {
    pub resource_id: i32,
    /// Refused at every hour, and why (not a work day, a day off, too small,
    /// not a technician); then `spans` is empty.
    pub refused: Option<String>,
    /// The day's starts, every `DropMap::step_minutes`, in runs.
    pub spans: Vec<DropSpan>,
}

/// Where a delivery may be dropped on one day: what `slot_conflicts` says of
/// every start on the grid, asked once when a drag begins, so the rows and
/// hours a drop would be refused on are marked before the drop.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DropMap {
    pub item_id: i32,
    pub day: String,
    pub duration_minutes: i32,
    pub step_minutes: i32,
    /// The whole day is refused (past, or beyond the planning horizon), and why.
    pub refused: Option<String>,
    pub resources: Vec<ResourceDrops>,
}

impl ResourceDrops {
    /// A resource's row from every start of the day with its conflicts (`day_starts`).
    pub fn new(resource_id: i32, starts: &[(Slot, Vec<Conflict>)], lang: Lang) -> ResourceDrops {
        let whole_day: Vec<Conflict> = starts
            .first()
            .map(|(_, c)| {
                c.iter()
                    .filter(|c| c.kind().all_day() && !c.kind().overridable())
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if !whole_day.is_empty() {
            return ResourceDrops {
                resource_id,
                refused: Some(lang.conflicts(&whole_day)),
                spans: Vec::new(),
            };
        }
        let mut spans: Vec<DropSpan> = Vec::new();
        for (slot, conflicts) in starts {
            let verdict = if conflicts.is_empty() {
                DropVerdict::Free
            } else if conflicts.iter().all(|c| c.kind().overridable()) {
                DropVerdict::Overridable
            } else {
                DropVerdict::Refused
            };
            let reason = (!conflicts.is_empty()).then(|| lang.conflicts(conflicts));
            let from = minute_of_day(slot);
            let to = from + STEP_MINUTES as i32;
            match spans.last_mut() {
                Some(last) if last.verdict == verdict && last.reason == reason => {
                    last.to_minute = to
                }
                _ => spans.push(DropSpan {
                    from_minute: from,
                    to_minute: to,
                    verdict,
                    reason,
                }),
            }
        }
        ResourceDrops {
            resource_id,
            refused: None,
            spans,
        }
    }

    /// The verdict on a drop starting `minute` past midnight, as painted.
    pub fn verdict_at(&self, minute: i32) -> DropVerdict {
        if self.refused.is_some() {
            return DropVerdict::Refused;
        }
        self.spans
            .iter()
            .find(|s| s.from_minute <= minute && minute < s.to_minute)
            .map_or(DropVerdict::Refused, |s| s.verdict)
    }
}

fn minute_of_day(slot: &Slot) -> i32 {
    let t = slot.start.time();
    (t.hour() * 60 + t.minute()) as i32
}
