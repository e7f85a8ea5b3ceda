//! D5 in its plain form: a resource, a start and an end. The planner view builds on it.

use super::{booking_of, save, Ctx, ItemOutcome};
use crate::domain::dates;
use crate::domain::item::Transition;
use crate::domain::limits::REASON_MAX;
use crate::domain::reason::{self, BookedSlot};
use crate::domain::resource::{describe, slot_conflicts, AtTheDoor, Conflict, Job, Resource, Slot};
use crate::domain::shop_time;
use crate::domain::stock::Span;
use crate::domain::{text, DecisionPoint, Item, ItemStatus, Reason};
use crate::error::{Refusal, RefusalKind};
use crate::i18n::{Because, Invalid, NotAMove};
use crate::store::catalog::Snapshot;
use crate::store::{items, resources, stock, Db, Tx};
use crate::{Error, Result};
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
    /// Books against overridable rules (overtime, outside the recipient's
    /// window, inside the travel buffer); logged with the booking.
    #[serde(default)]
    pub override_reason: Option<String>,
}

/// The items that ship together with `item`: same order and delivery group, not cancelled.
async fn delivery_of(tx: &mut Tx, item: &Item) -> Result<Vec<Item>> {
    Ok(items::for_order(tx, item.order_id)
        .await?
        .into_iter()
        .filter(|i| i.delivery_group == item.delivery_group && i.status() != ItemStatus::Cancelled)
        .collect())
}

/// A slot a person asked for, checked against D5; `overridden` says what was
/// overridden and why, when the person gave a reason for overridable conflicts.
pub(crate) struct CheckedSlot {
    pub resource: Resource,
    pub slot: Slot,
    pub overridden: Option<String>,
}

/// D5 for a drop: the slot, the resource and every rule, with a person's override.
async fn check_slot(
    tx: &mut Tx,
    snap: &Snapshot,
    input: &ScheduleInput,
    job: &Job,
    moving: Option<i32>,
    ctx: &Ctx,
) -> Result<CheckedSlot> {
    let zone = ctx.zone;
    let start = shop_time::local(dates::parse_instant("start", &input.start)?, zone);
    let end = shop_time::local(dates::parse_instant("end", &input.end)?, zone);
    if end <= start {
        return Err(Error::invalid(
            "end",
            Invalid::SlotEndsNotAfterStart { end, start },
        ));
    }
    dates::plannable("start", dates::Planned::Booking, start.date(), ctx.today())?;
    let reason = text::optional(
        "overrideReason",
        input.override_reason.as_deref().unwrap_or(""),
        REASON_MAX,
    )?;
    let slot = Slot { start, end };
    let resource = resources::get(&mut **tx, input.resource_id)
        .await
        .map_err(|_| {
            Error::invalid(
                "resourceId",
                Invalid::NoSuch {
                    entity: "resource",
                    id: input.resource_id.into(),
                },
            )
        })?;
    let existing = resources::bookings_near(tx, resource.id, &slot, moving, zone).await?;
    let conflicts = slot_conflicts(
        &resource,
        &slot,
        job,
        &existing,
        snap.travel_buffer_minutes as i64,
    );
    let refusal = |why: fn(Vec<Conflict>) -> Because| Refusal {
        conflicts: conflicts.iter().map(Conflict::kind).collect(),
        ..Refusal::because(RefusalKind::SlotConflict, why(conflicts.clone()))
    };
    if conflicts.iter().any(|c| !c.kind().overridable()) {
        return Err(Error::Refused(refusal(|conflicts| Because::CannotBook {
            conflicts,
        })));
    }
    let overridden = match (conflicts.is_empty(), reason.is_empty()) {
        (true, _) => None,
        (false, true) => {
            return Err(Error::Overridable(refusal(|conflicts| {
                Because::BookAnyway { conflicts }
            })))
        }
        (false, false) => Some(format!("{} — overridden: {reason}", describe(&conflicts))),
    };
    Ok(CheckedSlot {
        resource,
        slot,
        overridden,
    })
}

/// Books the item's whole consolidated delivery on a resource.
pub async fn schedule_item(db: &Db, ctx: &Ctx, input: ScheduleInput) -> Result<Vec<ItemOutcome>> {
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, input.item_id, input.expected_version).await?;
    let (group, job) = schedulable(&mut tx, &snap, &item).await?;
    let checked = check_slot(&mut tx, &snap, &input, &job, None, ctx).await?;
    let out = book(&mut tx, ctx, &snap, group, &checked).await?;
    tx.commit().await?;
    Ok(out)
}

/// Moves a scheduled delivery to another resource or time, or resizes it; D5 again.
pub async fn reschedule_item(db: &Db, ctx: &Ctx, input: ScheduleInput) -> Result<Vec<ItemOutcome>> {
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, input.item_id, input.expected_version).await?;
    let (booking, group, job) = movable(&mut tx, &snap, &item).await?;
    let checked = check_slot(&mut tx, &snap, &input, &job, Some(booking), ctx).await?;
    let covered = cover_slot(&mut tx, &snap, &group, &checked.slot).await?;
    resources::move_booking(
        &mut tx,
        booking,
        checked.resource.id,
        &checked.slot,
        checked.overridden.as_deref(),
        ctx.zone,
    )
    .await?;
    let mut out = Vec::new();
    for mut i in group {
        let mut reasons = vec![Reason::Moved {
            slot: booked_slot(&checked, ctx),
        }];
        reasons.extend(covered.iter().cloned());
        let mut t = i.rebook(reasons);
        mark_override(&mut t, &checked);
        out.push(save(&mut tx, ctx, &mut i, &[t], Default::default()).await?);
    }
    tx.commit().await?;
    Ok(out)
}

/// The booking a scheduled item's delivery is on, its items and their job,
/// if it can still be moved.
pub(crate) async fn movable(
    tx: &mut Tx,
    snap: &Snapshot,
    item: &Item,
) -> Result<(i32, Vec<Item>, Job)> {
    let Some(booking) = item
        .booking_id()
        .filter(|_| item.status() == ItemStatus::Scheduled)
    else {
        return Err(Error::refuse(
            RefusalKind::NotMovable,
            Because::NotScheduled {
                status: item.status(),
            },
        ));
    };
    let group = items::for_booking(tx, booking).await?;
    if let Some(gone) = group.iter().find(|i| i.status() != ItemStatus::Scheduled) {
        return Err(Error::refuse(
            RefusalKind::NotMovable,
            Because::PartGone {
                position: gone.position.into(),
                status: gone.status(),
            },
        ));
    }
    let job = job_for(snap, &group)?;
    Ok((booking, group, job))
}

/// The slot as a reason names it, written today.
fn booked_slot(c: &CheckedSlot, ctx: &Ctx) -> BookedSlot {
    BookedSlot {
        resource_id: c.resource.id,
        resource: c.resource.name.clone(),
        slot: c.slot,
        written: ctx.today(),
    }
}

fn mark_override(t: &mut Transition, c: &CheckedSlot) {
    if let Some(why) = &c.overridden {
        t.overridden = true;
        t.note = Some(why.clone());
    }
}

/// The item's delivery and what booking it takes, if it can be scheduled at all.
pub(crate) async fn schedulable(
    tx: &mut Tx,
    snap: &Snapshot,
    item: &Item,
) -> Result<(Vec<Item>, Job)> {
    if item.status() != ItemStatus::Ready {
        return Err(Error::IllegalTransition {
            from: item.status(),
            to: ItemStatus::Scheduled,
            reason: NotAMove::OnlyQueuedScheduled,
        });
    }
    let group = delivery_of(tx, item).await?;
    let not_ready: Vec<_> = group
        .iter()
        .filter(|i| i.status() != ItemStatus::Ready)
        .collect();
    if !not_ready.is_empty() {
        return Err(Error::refuse(
            RefusalKind::ShipsTogether,
            Because::ShipsTogether {
                ready: group.len() - not_ready.len(),
                of: group.len(),
                position: not_ready[0].position.into(),
                status: not_ready[0].status(),
            },
        ));
    }
    if let Some(held) = group.iter().find(|i| i.on_hold()) {
        return Err(Error::OnHold {
            position: Some(held.position),
            reasons: held.hold_reasons().unwrap_or_default().to_vec(),
        });
    }
    let job = job_for(snap, &group)?;
    Ok((group, job))
}

/// What a delivery or collection asks of a resource: units carried (out or
/// back), a technician, the recipients' windows.
pub(crate) fn job_for(snap: &Snapshot, group: &[Item]) -> Result<Job> {
    let mut needs_technician = false;
    for i in group {
        needs_technician |= snap.service(i.service_id)?.needs_technician;
    }
    Ok(Job {
        units: Job::carried(
            group
                .iter()
                .map(|i| (AtTheDoor::of(i.transaction_type), i.quantity)),
        ),
        needs_technician,
        windows: group.iter().map(|i| i.window).collect(),
    })
}

/// The reserved units must be the delivery's on the slot's day: a reservation
/// that does not cover it is extended when the unit is free, else the slot is refused.
/// Returns what was extended, for the audit trail.
async fn cover_slot(
    tx: &mut Tx,
    snap: &Snapshot,
    group: &[Item],
    slot: &Slot,
) -> Result<Vec<Reason>> {
    let day = slot.start.date();
    let mut extended = Vec::new();
    for i in group {
        for r in stock::active_for_item(tx, i.id).await? {
            if r.span.start <= day && day <= r.span.end {
                continue;
            }
            let wider = Span {
                start: r.span.start.min(day),
                end: r.span.end.max(day),
            };
            if let Some(other) =
                stock::other_clash(tx, r.unit_id, r.id, &wider, snap.stock_buffer_days).await?
            {
                return Err(Error::refuse(
                    RefusalKind::StockClash,
                    Because::StockClash {
                        serial: r.serial.clone(),
                        position: i.position.into(),
                        other,
                        day,
                        own: r.span,
                    },
                ));
            }
            stock::set_span(tx, r.id, &wider).await?;
            extended.push(Reason::ReservationExtended {
                serial: r.serial.clone(),
                from: wider.start,
                until: reason::until(&wider),
            });
        }
    }
    Ok(extended)
}

/// Books a checked slot for a delivery: one booking, every item scheduled.
pub(crate) async fn book(
    tx: &mut Tx,
    ctx: &Ctx,
    snap: &Snapshot,
    group: Vec<Item>,
    checked: &CheckedSlot,
) -> Result<Vec<ItemOutcome>> {
    let first = group
        .first()
        .ok_or_else(|| Error::refuse(RefusalKind::NotMovable, Because::NothingToBook))?;
    let covered = cover_slot(tx, snap, &group, &checked.slot).await?;
    let booking = resources::insert_booking(
        tx,
        checked.resource.id,
        first.order_id,
        first.delivery_group,
        &checked.slot,
        checked.overridden.as_deref(),
        &ctx.now_text(),
        ctx.zone,
    )
    .await?;
    let mut out = Vec::new();
    for mut i in group {
        let mut reasons = vec![Reason::Booked {
            slot: booked_slot(checked, ctx),
        }];
        reasons.extend(covered.iter().cloned());
        let mut t = i.book(booking, reasons)?;
        mark_override(&mut t, checked);
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
    let booking = booking_of(
        &item,
        ItemStatus::Scheduled,
        ItemStatus::Ready,
        NotAMove::OnlyScheduledUnscheduled,
    )?;
    let out = unbook(&mut tx, ctx, booking, false).await?;
    tx.commit().await?;
    Ok(out)
}

/// Moves every scheduled item of a booking back to ready and drops the
/// booking; `undo` when a person undoes their scheduling.
pub(crate) async fn unbook(
    tx: &mut Tx,
    ctx: &Ctx,
    booking: i32,
    undo: bool,
) -> Result<Vec<ItemOutcome>> {
    let mut out = Vec::new();
    for mut i in items::for_booking(tx, booking).await? {
        if i.status() != ItemStatus::Scheduled {
            continue;
        }
        // Back in the queue, the item is off the booking.
        let t = i.apply(
            ItemStatus::Ready,
            DecisionPoint::D5,
            vec![Reason::Unscheduled {
                by: ctx.actor.clone(),
                undo,
            }],
        )?;
        out.push(save(tx, ctx, &mut i, &[t], Default::default()).await?);
    }
    resources::delete_booking_if_empty(tx, booking).await?;
    Ok(out)
}
