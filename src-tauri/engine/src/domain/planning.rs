//! D5 "suggest a slot": the earliest time a job fits on any resource.

use super::resource::{slot_conflicts, Conflict, Job, Resource, Slot};
use super::words;
use chrono::{Days, Duration, NaiveDate, NaiveDateTime, Timelike};

/// Slots start on this grid.
pub const STEP_MINUTES: i64 = 15;

/// A resource with what it already has booked.
pub struct Calendar<'a> {
    pub resource: &'a Resource,
    pub bookings: Vec<Slot>,
}

/// The first day `earliest_slot` looks at: today, or the day every recipient's
/// window has opened, whichever is later. Calendars must cover the days from here.
/// Times are the shop's wall clock (`shop_time`).
pub fn search_start(job: &Job, from: NaiveDateTime) -> NaiveDate {
    job.windows
        .iter()
        .map(|w| w.start())
        .max()
        .map_or(from.date(), |d| d.max(from.date()))
}

/// The earliest slot of `duration` for `job` from `from` on, over `days` days,
/// on any resource (the first resource wins a tie). `Err` says why none fits.
pub fn earliest_slot(
    calendars: &[Calendar<'_>],
    job: &Job,
    duration: Duration,
    from: NaiveDateTime,
    days: u32,
    travel_buffer_minutes: i64,
) -> Result<(i32, Slot), String> {
    let first_day = search_start(job, from);
    let mut last_reasons: Vec<String> = Vec::new();
    for offset in 0..days as u64 {
        let Some(day) = first_day.checked_add_days(Days::new(offset)) else {
            break;
        };
        let mut best: Option<(i32, Slot)> = None;
        for cal in calendars {
            match first_fit(cal, job, duration, day, from, travel_buffer_minutes) {
                Ok(slot) if best.is_none_or(|(_, b)| slot.start < b.start) => {
                    best = Some((cal.resource.id, slot))
                }
                Ok(_) => {}
                Err(why) => last_reasons.push(why),
            }
        }
        if let Some(found) = best {
            return Ok(found);
        }
    }
    last_reasons.sort();
    last_reasons.dedup();
    Err(format!(
        "no free slot of {} min in {days} day(s) from {}: {}",
        duration.num_minutes(),
        words::day(first_day),
        last_reasons
            .into_iter()
            .take(3)
            .collect::<Vec<_>>()
            .join("; ")
    ))
}

fn first_fit(
    cal: &Calendar<'_>,
    job: &Job,
    duration: Duration,
    day: NaiveDate,
    not_before: NaiveDateTime,
    travel: i64,
) -> Result<Slot, String> {
    let r = cal.resource;
    let mut start = day.and_time(r.work_start).max(round_up(not_before));
    let day_end = day.and_time(r.work_end);
    let mut why = format!("{} has no room on {}", r.name, words::day(day));
    while start + duration <= day_end {
        let slot = Slot {
            start,
            end: start + duration,
        };
        let conflicts = slot_conflicts(r, &slot, job, &cal.bookings, travel);
        if conflicts.is_empty() {
            return Ok(slot);
        }
        // Conflicts that no later start on this day can fix end the search for the day.
        if conflicts.iter().any(|c| !c.kind().later_start_may_fit()) {
            return Err(conflicts[0].to_string());
        }
        why = conflicts[0].to_string();
        start += Duration::minutes(STEP_MINUTES);
    }
    Err(why)
}

/// Every start on the grid of `day` for a slot of `duration` on one resource,
/// with what `slot_conflicts` says of that slot: the drop map a drag paints is
/// the very check a drop meets.
pub fn day_starts(
    cal: &Calendar<'_>,
    job: &Job,
    day: NaiveDate,
    duration: Duration,
    travel_buffer_minutes: i64,
) -> Vec<(Slot, Vec<Conflict>)> {
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    let last = midnight + Duration::days(1) - duration;
    let mut out = Vec::new();
    let mut start = midnight;
    while start <= last {
        let slot = Slot {
            start,
            end: start + duration,
        };
        let conflicts = slot_conflicts(
            cal.resource,
            &slot,
            job,
            &cal.bookings,
            travel_buffer_minutes,
        );
        out.push((slot, conflicts));
        start += Duration::minutes(STEP_MINUTES);
    }
    out
}

fn round_up(t: NaiveDateTime) -> NaiveDateTime {
    let m = t.minute() as i64 % STEP_MINUTES;
    let base = t
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(t);
    if m == 0 && t.second() == 0 {
        base
    } else {
        base + Duration::minutes(STEP_MINUTES - m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::order::DateWindow;
    use crate::domain::resource::ResourceKind;
    use chrono::NaiveTime;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }
    fn res(id: i32, kind: ResourceKind) -> Resource {
        Resource {
            id,
            name: format!("R{id}"),
            kind,
            skills: vec![],
            capacity: 10,
            work_start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
            work_end: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
            work_days: vec![1, 2, 3, 4, 5],
            days_off: vec![],
        }
    }
    fn job(tech: bool) -> Job {
        Job {
            units: 1,
            needs_technician: tech,
            windows: vec![DateWindow::parse("w", "2026-12-01", "2026-12-04").unwrap()],
        }
    }

    #[test]
    fn earliest_slot_skips_bookings_and_travel() {
        let (a, b) = (res(1, ResourceKind::Driver), res(2, ResourceKind::Driver));
        let cals = [
            Calendar {
                resource: &a,
                bookings: vec![Slot {
                    start: at("2026-12-01T08:00"),
                    end: at("2026-12-01T10:00"),
                }],
            },
            Calendar {
                resource: &b,
                bookings: vec![Slot {
                    start: at("2026-12-01T08:00"),
                    end: at("2026-12-01T09:00"),
                }],
            },
        ];
        let (rid, slot) = earliest_slot(
            &cals,
            &job(false),
            Duration::hours(1),
            at("2026-11-25T10:00"),
            10,
            30,
        )
        .unwrap();
        assert_eq!((rid, slot.start), (2, at("2026-12-01T09:30")));
    }

    #[test]
    fn a_technician_job_waits_for_a_technician() {
        let (d, t) = (
            res(1, ResourceKind::Driver),
            res(2, ResourceKind::Technician),
        );
        let cals = [
            Calendar {
                resource: &d,
                bookings: vec![],
            },
            Calendar {
                resource: &t,
                bookings: vec![],
            },
        ];
        let (rid, _) = earliest_slot(
            &cals,
            &job(true),
            Duration::hours(1),
            at("2026-11-25T10:00"),
            10,
            30,
        )
        .unwrap();
        assert_eq!(rid, 2);
        let only_driver = [Calendar {
            resource: &d,
            bookings: vec![],
        }];
        let e = earliest_slot(
            &only_driver,
            &job(true),
            Duration::hours(1),
            at("2026-11-25T10:00"),
            3,
            30,
        )
        .unwrap_err();
        assert!(e.contains("needs a technician"), "{e}");
    }

    #[test]
    fn never_before_now_and_on_the_grid() {
        let a = res(1, ResourceKind::Driver);
        let cals = [Calendar {
            resource: &a,
            bookings: vec![],
        }];
        let (_, slot) = earliest_slot(
            &cals,
            &job(false),
            Duration::hours(1),
            at("2026-12-02T10:07"),
            5,
            30,
        )
        .unwrap();
        assert_eq!(slot.start, at("2026-12-02T10:15"));
    }
}
