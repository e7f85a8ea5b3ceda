//! D5 in its plain form: a resource, a start and an end. The planner view builds on it.

use super::{save, Ctx, ItemOutcome};
use crate::domain::resource::{slot_conflicts, Job, Resource, Slot};
use crate::domain::{DecisionPoint, Item, ItemStatus};
use crate::store::catalog::Snapshot;
use crate::store::{items, resources, Db, Tx};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleInput {
    pub item_id: i32,
    pub expected_version: i32,
    pub resource_id: i32,
    /// RFC 3339, e.g. 2026-12-01T09:00:00Z
    pub start: String,
    pub end: String,
}

fn parse_time(field: &str, raw: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(raw.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            Error::validation(
                field,
                format!("must be a time like 2026-12-01T09:00:00Z, got {raw:?}"),
            )
        })
}

/// The items that ship together with `item`: same order and delivery group, not cancelled.
async fn delivery_of(tx: &mut Tx, item: &Item) -> Result<Vec<Item>> {
    Ok(items::for_order(tx, item.order_id)
        .await?
        .into_iter()
        .filter(|i| i.delivery_group == item.delivery_group && i.status != ItemStatus::Cancelled)
        .collect())
}

/// Books the item's whole consolidated delivery on a resource.
pub async fn schedule_item(db: &Db, ctx: &Ctx, input: ScheduleInput) -> Result<Vec<ItemOutcome>> {
    let start = parse_time("start", &input.start)?;
    let end = parse_time("end", &input.end)?;
    if end <= start {
        return Err(Error::validation(
            "end",
            format!("ends {end}, not after its start {start}"),
        ));
    }
    let slot = Slot { start, end };
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, input.item_id, input.expected_version).await?;
    let resource = resources::get(&mut *tx, input.resource_id)
        .await
        .map_err(|_| {
            Error::validation(
                "resourceId",
                format!("no resource with id {}", input.resource_id),
            )
        })?;
    let (group, job) = schedulable(&mut tx, &snap, &item).await?;
    let existing = resources::bookings_near(&mut tx, resource.id, &slot).await?;
    let conflicts = slot_conflicts(
        &resource,
        &slot,
        &job,
        &existing,
        snap.travel_buffer_minutes as i64,
    );
    if !conflicts.is_empty() {
        return Err(Error::Refused(format!(
            "cannot book this slot: {}",
            conflicts.join("; ")
        )));
    }
    let out = book(&mut tx, ctx, &resource, group, &slot).await?;
    tx.commit().await?;
    Ok(out)
}

/// The item's delivery and what booking it takes, if it can be scheduled at all.
pub(crate) async fn schedulable(
    tx: &mut Tx,
    snap: &Snapshot,
    item: &Item,
) -> Result<(Vec<Item>, Job)> {
    if item.status != ItemStatus::Ready {
        return Err(Error::IllegalTransition {
            from: item.status,
            to: ItemStatus::Scheduled,
            reason: "only an item in the delivery queue can be scheduled".into(),
        });
    }
    let group = delivery_of(tx, item).await?;
    let not_ready: Vec<_> = group
        .iter()
        .filter(|i| i.status != ItemStatus::Ready)
        .collect();
    if !not_ready.is_empty() {
        return Err(Error::Refused(format!(
            "the order ships together: {} of {} items are ready (item {} is {}); split it to ship part now",
            group.len() - not_ready.len(),
            group.len(),
            not_ready[0].position,
            not_ready[0].status.label().to_lowercase()
        )));
    }
    if let Some(held) = group.iter().find(|i| i.on_hold()) {
        return Err(Error::OnHold {
            reason: format!(
                "item {}: {}",
                held.position,
                held.hold_reason.clone().unwrap_or_default()
            ),
        });
    }
    let mut needs_technician = false;
    for i in &group {
        needs_technician |= snap.service(i.service_id)?.needs_technician;
    }
    let job = Job {
        units: group.iter().map(|i| i.quantity).sum(),
        needs_technician,
        windows: group.iter().map(|i| i.window).collect(),
    };
    Ok((group, job))
}

/// Books a checked slot for a delivery: one booking, every item scheduled.
pub(crate) async fn book(
    tx: &mut Tx,
    ctx: &Ctx,
    resource: &Resource,
    group: Vec<Item>,
    slot: &Slot,
) -> Result<Vec<ItemOutcome>> {
    let first = group
        .first()
        .ok_or_else(|| Error::Refused("nothing to book".into()))?;
    let booking = resources::insert_booking(
        tx,
        resource.id,
        first.order_id,
        first.delivery_group,
        slot,
        &ctx.now_text(),
    )
    .await?;
    let mut out = Vec::new();
    for mut i in group {
        i.booking_id = Some(booking);
        let t = i.apply(
            ItemStatus::Scheduled,
            DecisionPoint::D5,
            vec![format!(
                "Booked with {} on {} {}–{}",
                resource.name,
                slot.start.format("%a %d %b"),
                slot.start.format("%H:%M"),
                slot.end.format("%H:%M")
            )],
        )?;
        out.push(save(tx, ctx, &mut i, &[t], Default::default()).await?);
    }
    Ok(out)
}

/// Takes the item's booking off the plan; its items return to the delivery queue.
pub async fn unschedule_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<Vec<ItemOutcome>> {
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let Some(booking) = item
        .booking_id
        .filter(|_| item.status == ItemStatus::Scheduled)
    else {
        return Err(Error::IllegalTransition {
            from: item.status,
            to: ItemStatus::Ready,
            reason: "only a scheduled item can be unscheduled".into(),
        });
    };
    let out = unbook(&mut tx, ctx, booking, "Unscheduled").await?;
    tx.commit().await?;
    Ok(out)
}

/// Moves every scheduled item of a booking back to ready and drops the booking.
pub(crate) async fn unbook(
    tx: &mut Tx,
    ctx: &Ctx,
    booking: i32,
    why: &str,
) -> Result<Vec<ItemOutcome>> {
    let mut out = Vec::new();
    for mut i in items::for_booking(tx, booking).await? {
        if i.status != ItemStatus::Scheduled {
            continue;
        }
        i.booking_id = None;
        let t = i.apply(
            ItemStatus::Ready,
            DecisionPoint::D5,
            vec![format!(
                "{why} by {}: back in the delivery queue",
                ctx.actor
            )],
        )?;
        out.push(save(tx, ctx, &mut i, &[t], Default::default()).await?);
    }
    resources::delete_booking_if_empty(tx, booking).await?;
    Ok(out)
}
