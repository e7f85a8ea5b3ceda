//! D5 helpers on top of scheduling: suggest the earliest slot, plan a whole day.

use super::schedule::{book, movable, schedulable, CheckedSlot};
use super::Ctx;
use crate::domain::dates;
use crate::domain::planning::{day_starts, earliest_slot, search_start, Calendar, STEP_MINUTES};
use crate::domain::resource::{Job, Resource, Slot};
use crate::domain::shop_time::{self, Zone};
use crate::domain::ItemStatus;
use crate::error::RefusalKind;
use crate::i18n::{Because, Invalid, Unit};
use crate::read::planner::{DropMap, ResourceDrops};
use crate::read::planning::{DayPlan, SlotSuggestion, Unplaced};
use crate::store::catalog::Snapshot;
use crate::store::{items, resources, Db, Tx};
use crate::{Error, Result};
use chrono::{Duration, NaiveDateTime, NaiveTime};

/// How far ahead "suggest a slot" looks.
pub const HORIZON_DAYS: u32 = 14;
pub const DURATION_MIN: i32 = 15;
pub const DURATION_MAX: i32 = 8 * 60;

fn check_duration(minutes: i32) -> Result<Duration> {
    if !(DURATION_MIN..=DURATION_MAX).contains(&minutes) {
        return Err(Error::invalid(
            "durationMinutes",
            Invalid::OutOfRange {
                min: DURATION_MIN.into(),
                max: DURATION_MAX.into(),
                unit: Unit::Minutes,
                got: minutes.into(),
            },
        ));
    }
    Ok(Duration::minutes(minutes as i64))
}

async fn calendars<'r>(
    tx: &mut Tx,
    all: &'r [Resource],
    from: NaiveDateTime,
    days: u32,
    zone: Zone,
) -> Result<Vec<Calendar<'r>>> {
    let to = from + Duration::days(days as i64 + 1);
    let mut out = Vec::new();
    for resource in all {
        let bookings =
            resources::bookings_between(tx, resource.id, from - Duration::days(1), to, None, zone)
                .await?;
        out.push(Calendar { resource, bookings });
    }
    Ok(out)
}

/// The earliest slot for a delivery's job in the calendars.
fn earliest(
    snap: &Snapshot,
    cals: &[Calendar<'_>],
    job: &Job,
    duration: Duration,
    from: NaiveDateTime,
    days: u32,
) -> Result<(i32, Slot)> {
    earliest_slot(
        cals,
        job,
        duration,
        from,
        days,
        snap.travel_buffer_minutes as i64,
    )
    .map_err(|why| Error::refused(RefusalKind::NoFreeSlot, why))
}

/// The earliest slot that breaks no rule, on any resource; books nothing.
pub async fn suggest_slot(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    duration_minutes: i32,
) -> Result<SlotSuggestion> {
    let duration = check_duration(duration_minutes)?;
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let item = items::get(&mut tx, item_id).await?;
    let all = resources::list(&mut *tx).await?;
    let (_, job) = schedulable(&mut tx, &snap, &item).await?;
    // The search starts when the recipients' windows open, which may be weeks away.
    let now = shop_time::local(ctx.now, ctx.zone);
    let first_day = search_start(&job, now);
    if first_day > dates::horizon(ctx.today()) {
        return Err(Error::refuse(
            RefusalKind::TooFarAhead,
            Because::TooFarAhead {
                opens: first_day,
                days: crate::domain::limits::HORIZON_DAYS,
            },
        ));
    }
    let start = first_day.and_time(NaiveTime::MIN);
    let cals = calendars(&mut tx, &all, start, HORIZON_DAYS, ctx.zone).await?;
    let found = earliest(&snap, &cals, &job, duration, now, HORIZON_DAYS)?;
    Ok(SlotSuggestion::new(&all, found, ctx.zone))
}

/// Places every ready delivery whose window allows `day` on the earliest free
/// slot of that day, most urgent first, in one transaction; reports the rest and why.
pub async fn plan_day(db: &Db, ctx: &Ctx, day: &str, duration_minutes: i32) -> Result<DayPlan> {
    let duration = check_duration(duration_minutes)?;
    let date = dates::parse_date("day", day)?;
    dates::plannable("day", dates::Planned::Day, date, ctx.today())?;
    let day = date.to_string();
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let all = resources::list(&mut *tx).await?;
    let queue = items::ready_on(&mut tx, &day).await?;
    let from = date
        .and_time(NaiveTime::MIN)
        .max(shop_time::local(ctx.now, ctx.zone));
    // Loaded once; each booking made below is added, so later deliveries see it.
    let mut cals = calendars(&mut tx, &all, from, 1, ctx.zone).await?;
    let (mut placed, mut unplaced) = (Vec::new(), Vec::new());
    let mut seen = std::collections::HashSet::new();
    for (item_id, order_number) in queue {
        let item = items::get(&mut tx, item_id).await?;
        if item.status() != ItemStatus::Ready || !seen.insert((item.order_id, item.delivery_group))
        {
            continue; // booked or reported with an earlier item of its delivery
        }
        let placed_here = schedulable(&mut tx, &snap, &item)
            .await
            .and_then(|(group, job)| {
                earliest(&snap, &cals, &job, duration, from, 1).map(|f| (group, f))
            });
        match placed_here {
            Ok((group, (rid, slot))) => {
                let cal = cals
                    .iter_mut()
                    .find(|c| c.resource.id == rid)
                    .expect("found among these calendars");
                let checked = CheckedSlot {
                    resource: cal.resource.clone(),
                    slot,
                    overridden: None,
                };
                placed.extend(book(&mut tx, ctx, &snap, group, &checked).await?);
                cal.bookings.push(slot);
            }
            Err(Error::Refused(r)) => unplaced.push(Unplaced {
                item_id,
                order_number,
                reason: ctx.lang.refusal(&r),
            }),
            Err(Error::OnHold { position, reasons }) => unplaced.push(Unplaced {
                item_id,
                order_number,
                reason: ctx.lang.held(position, &reasons),
            }),
            Err(other) => return Err(other),
        }
    }
    tx.commit().await?;
    Ok(DayPlan { placed, unplaced })
}

/// Where the item's delivery may be dropped on `day` for `duration_minutes`:
/// every resource, every start on the grid, judged by `slot_conflicts` as a
/// drop is (a scheduled delivery is judged as moved: its own booking left out).
/// Books nothing.
pub async fn drop_map(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    day: &str,
    duration_minutes: i32,
) -> Result<DropMap> {
    let duration = check_duration(duration_minutes)?;
    let date = dates::parse_date("day", day)?;
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let item = items::get(&mut tx, item_id).await?;
    let (job, moving) = if item.status() == ItemStatus::Scheduled {
        let (booking, _, job) = movable(&mut tx, &snap, &item).await?;
        (job, Some(booking))
    } else {
        (schedulable(&mut tx, &snap, &item).await?.1, None)
    };
    let refused = match dates::plannable("day", dates::Planned::Booking, date, ctx.today()) {
        // A sentence of its own beside the slots: "The booking is on …".
        Err(Error::Validation { mut message, .. }) => {
            message[..1].make_ascii_uppercase();
            Some(format!("{message}."))
        }
        Err(other) => return Err(other),
        Ok(()) => None,
    };
    let midnight = date.and_time(NaiveTime::MIN);
    let mut rows = Vec::new();
    for resource in &resources::list(&mut *tx).await? {
        let bookings = resources::bookings_between(
            &mut tx,
            resource.id,
            midnight,
            midnight + Duration::days(1),
            moving,
            ctx.zone,
        )
        .await?;
        let cal = Calendar { resource, bookings };
        let starts = day_starts(
            &cal,
            &job,
            date,
            duration,
            snap.travel_buffer_minutes as i64,
        );
        rows.push(ResourceDrops::new(resource.id, &starts, db.lang()));
    }
    Ok(DropMap {
        item_id,
        day: date.to_string(),
        duration_minutes,
        step_minutes: STEP_MINUTES as i32,
        refused,
        resources: rows,
    })
}
