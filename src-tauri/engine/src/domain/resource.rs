//! D5 scheduling checks: drivers, technicians and vans, and whether a slot fits.

use super::catalog::string_enum;
use super::order::TransactionType;
use crate::i18n::Lang;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};

string_enum!(
    ResourceKind { Driver => "driver", Technician => "technician", Van => "van" }
);

#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub id: i32,
    pub name: String,
    pub kind: ResourceKind,
    pub skills: Vec<String>,
    /// Most units carried on one trip.
    pub capacity: u32,
    pub work_start: NaiveTime,
    pub work_end: NaiveTime,
    /// ISO weekdays (1 = Monday) the resource works.
    pub work_days: Vec<u32>,
    /// Single days off (holidays, leave) on top of the weekly pattern.
    pub days_off: Vec<chrono::NaiveDate>,
}

impl Resource {
    /// Checks a resource as a person entered it; `id` 0 for a new one.
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        id: i32,
        name: &str,
        kind: ResourceKind,
        skills: &[String],
        capacity: i32,
        work_start: &str,
        work_end: &str,
        work_days: &[i32],
        days_off: &[String],
    ) -> Result<Resource, crate::Error> {
        use super::limits::{CAPACITY_MAX, DAYS_OFF_MAX, NAME_MAX, SKILLS_MAX, SKILL_MAX};
        use super::text::{self, echo};
        use crate::i18n::{Counted, Invalid, Unit};
        use crate::Error;
        let name = text::required("name", name, NAME_MAX)?;
        if !(1..=CAPACITY_MAX).contains(&capacity) {
            return Err(Error::invalid(
                "capacity",
                Invalid::OutOfRange {
                    min: 1,
                    max: CAPACITY_MAX.into(),
                    unit: Unit::Units,
                    got: capacity.into(),
                },
            ));
        }
        let time = |field: &str, t: &str| {
            NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| Error::invalid(field, Invalid::NotAClockTime { got: echo(t) }))
        };
        let (start, end) = (time("workStart", work_start)?, time("workEnd", work_end)?);
        if end <= start {
            return Err(Error::invalid(
                "workEnd",
                Invalid::EndsNotAfterStart { end, start },
            ));
        }
        if work_days.is_empty()
            || work_days.len() > 7
            || work_days.iter().any(|d| !(1..=7).contains(d))
        {
            return Err(Error::invalid("workDays", Invalid::WorkDays));
        }
        let too_many = |field: &str, what: Counted, n: usize, max: usize| {
            Error::invalid(field, Invalid::TooMany { what, n, max })
        };
        if skills.len() > SKILLS_MAX {
            return Err(too_many(
                "skills",
                Counted::Skills,
                skills.len(),
                SKILLS_MAX,
            ));
        }
        if days_off.len() > DAYS_OFF_MAX {
            return Err(too_many(
                "daysOff",
                Counted::DaysOff,
                days_off.len(),
                DAYS_OFF_MAX,
            ));
        }
        let mut skills_out = Vec::new();
        for (i, sk) in skills.iter().enumerate() {
            let skill = text::required(&format!("skills[{i}]"), sk, SKILL_MAX)?;
            if !skills_out.contains(&skill) {
                skills_out.push(skill);
            }
        }
        let mut off = Vec::new();
        for (i, d) in days_off.iter().enumerate() {
            off.push(super::dates::parse_date(&format!("daysOff[{i}]"), d)?);
        }
        let mut days: Vec<u32> = work_days.iter().map(|d| *d as u32).collect();
        days.sort_unstable();
        days.dedup();
        off.sort_unstable();
        off.dedup();
        Ok(Resource {
            id,
            name,
            kind,
            skills: skills_out,
            capacity: capacity as u32,
            work_start: start,
            work_end: end,
            work_days: days,
            days_off: off,
        })
    }
}

/// A stretch of the shop's wall-clock time (see `shop_time`): working hours,
/// work days and the recipient's window are all the shop's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Slot {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

/// What a stop does with an item at the customer's door: hand units over,
/// bring units back, or both in one stop (a swap or change delivers the new
/// unit and collects the old one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AtTheDoor {
    pub hands_over: bool,
    pub brings_back: bool,
}

impl AtTheDoor {
    pub fn of(t: TransactionType) -> AtTheDoor {
        let (hands_over, brings_back) = match t {
            TransactionType::Order => (true, false),
            TransactionType::Return => (false, true),
            TransactionType::Swap | TransactionType::Change => (true, true),
            // Ending a service hands over its paperwork; no unit comes back with it.
            TransactionType::Cancellation => (true, false),
        };
        AtTheDoor {
            hands_over,
            brings_back,
        }
    }
}

/// What a booking is, as the planner and the day sheet name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum StopKind {
    Delivery,
    Collection,
    DeliveryAndCollection,
}

impl StopKind {
    /// The kind of a stop whose items do `doors`.
    pub fn of(doors: impl IntoIterator<Item = AtTheDoor>) -> StopKind {
        let (mut out, mut back) = (false, false);
        for d in doors {
            out |= d.hands_over;
            back |= d.brings_back;
        }
        match (out, back) {
            (false, true) => StopKind::Collection,
            (true, true) => StopKind::DeliveryAndCollection,
            (_, false) => StopKind::Delivery,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StopKind::Delivery => "Delivery",
            StopKind::Collection => "Collection",
            StopKind::DeliveryAndCollection => "Delivery and collection",
        }
    }
}

/// What is being scheduled: a consolidated delivery, collection, or both, of one or more items.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The most units on board at once: what it hands over on the way out,
    /// or what it brings back on the way home (`Job::carried`).
    pub units: u32,
    pub needs_technician: bool,
    /// Every item's requested window must contain the slot's day.
    pub windows: Vec<super::order::DateWindow>,
}

impl Job {
    /// The most units on board at once for items `(what, quantity)`: units
    /// handed over leave the van before the ones collected get in.
    pub fn carried(items: impl IntoIterator<Item = (AtTheDoor, u32)>) -> u32 {
        let (mut out, mut back) = (0, 0);
        for (door, quantity) in items {
            if door.hands_over {
                out += quantity;
            }
            if door.brings_back {
                back += quantity;
            }
        }
        out.max(back)
    }
}

/// Why a slot does not fit, with what says so (whose day, which hours,
/// which booking) for every language to word; its kind says whether a
/// person may book it anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    SpansDays,
    NotAWorkDay {
        resource: String,
        day: NaiveDate,
    },
    DayOff {
        resource: String,
        day: NaiveDate,
    },
    /// The slot, and the resource's working hours.
    OutsideHours {
        resource: String,
        slot: Slot,
        start: NaiveTime,
        end: NaiveTime,
    },
    Capacity {
        resource: String,
        units: u32,
        capacity: u32,
    },
    /// The job needs a technician; the resource is of `kind`.
    Skill {
        resource: String,
        kind: ResourceKind,
    },
    /// The recipient's window, and the slot's day outside it.
    OutsideWindow {
        from: NaiveDate,
        to: NaiveDate,
        day: NaiveDate,
    },
    /// The booking the slot overlaps.
    Overlap {
        resource: String,
        booked: Slot,
    },
    /// The booking too close to the slot for the travel between jobs.
    TravelBuffer {
        resource: String,
        booked: Slot,
        minutes: i64,
    },
}

impl Conflict {
    pub fn kind(&self) -> ConflictKind {
        match self {
            Conflict::SpansDays => ConflictKind::SpansDays,
            Conflict::NotAWorkDay { .. } => ConflictKind::NotAWorkDay,
            Conflict::DayOff { .. } => ConflictKind::DayOff,
            Conflict::OutsideHours { .. } => ConflictKind::OutsideHours,
            Conflict::Capacity { .. } => ConflictKind::Capacity,
            Conflict::Skill { .. } => ConflictKind::Skill,
            Conflict::OutsideWindow { .. } => ConflictKind::OutsideWindow,
            Conflict::Overlap { .. } => ConflictKind::Overlap,
            Conflict::TravelBuffer { .. } => ConflictKind::TravelBuffer,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    SpansDays,
    NotAWorkDay,
    DayOff,
    OutsideHours,
    Capacity,
    Skill,
    OutsideWindow,
    Overlap,
    TravelBuffer,
}

impl ConflictKind {
    /// Overtime, a day the recipient agreed to by phone, a short hop between
    /// two jobs: a person may decide these, with a reason. A resource that is
    /// not there, too small, unskilled or already busy cannot be talked round.
    pub fn overridable(self) -> bool {
        matches!(
            self,
            ConflictKind::OutsideHours | ConflictKind::OutsideWindow | ConflictKind::TravelBuffer
        )
    }

    /// Holds at every hour of the day: the resource, its day or the job's size
    /// decide it, not the time. A drag marks such a resource's whole row.
    pub fn all_day(self) -> bool {
        matches!(
            self,
            ConflictKind::NotAWorkDay
                | ConflictKind::DayOff
                | ConflictKind::Capacity
                | ConflictKind::Skill
                | ConflictKind::OutsideWindow
        )
    }

    /// Only a clash with another booking can be cured by a later start the same day.
    pub fn later_start_may_fit(self) -> bool {
        matches!(self, ConflictKind::Overlap | ConflictKind::TravelBuffer)
    }
}

/// English, as the engine's refusals write it.
impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.conflict(self))
    }
}

/// Every reason the slot does not fit; empty when it does.
pub fn slot_conflicts(
    resource: &Resource,
    slot: &Slot,
    job: &Job,
    existing: &[Slot],
    travel_buffer_minutes: i64,
) -> Vec<Conflict> {
    let mut out = Vec::new();
    let name = || resource.name.clone();
    let day = slot.start.date();
    if slot.end.date() != day {
        out.push(Conflict::SpansDays);
    }
    if !resource
        .work_days
        .contains(&day.weekday().number_from_monday())
    {
        out.push(Conflict::NotAWorkDay {
            resource: name(),
            day,
        });
    } else if resource.days_off.contains(&day) {
        out.push(Conflict::DayOff {
            resource: name(),
            day,
        });
    }
    if slot.start.time() < resource.work_start || slot.end.time() > resource.work_end {
        out.push(Conflict::OutsideHours {
            resource: name(),
            slot: *slot,
            start: resource.work_start,
            end: resource.work_end,
        });
    }
    if job.units > resource.capacity {
        out.push(Conflict::Capacity {
            resource: name(),
            units: job.units,
            capacity: resource.capacity,
        });
    }
    if job.needs_technician && resource.kind != ResourceKind::Technician {
        out.push(Conflict::Skill {
            resource: name(),
            kind: resource.kind,
        });
    }
    if let Some(w) = job.windows.iter().find(|w| !w.contains(day)) {
        out.push(Conflict::OutsideWindow {
            from: w.start(),
            to: w.end(),
            day,
        });
    }
    if let Some(clash) = existing
        .iter()
        .find(|b| slot.start < b.end && b.start < slot.end)
    {
        out.push(Conflict::Overlap {
            resource: name(),
            booked: *clash,
        });
    } else {
        let pad = Duration::minutes(travel_buffer_minutes);
        if let Some(clash) = existing
            .iter()
            .find(|b| slot.start < b.end + pad && b.start < slot.end + pad)
        {
            out.push(Conflict::TravelBuffer {
                resource: name(),
                booked: *clash,
                minutes: travel_buffer_minutes,
            });
        }
    }
    out
}

/// The conflicts as one sentence a person reads.
pub fn describe(conflicts: &[Conflict]) -> String {
    conflicts
        .iter()
        .map(Conflict::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::order::DateWindow;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }
    fn slot(a: &str, b: &str) -> Slot {
        Slot {
            start: at(a),
            end: at(b),
        }
    }
    fn driver() -> Resource {
        Resource {
            id: 1,
            name: "Dana".into(),
            kind: ResourceKind::Driver,
            skills: vec![],
            capacity: 10,
            work_start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
            work_end: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
            work_days: vec![1, 2, 3, 4, 5],
            days_off: vec![],
        }
    }
    fn job() -> Job {
        Job {
            units: 2,
            needs_technician: false,
            windows: vec![DateWindow::parse("w", "2026-11-30", "2026-12-04").unwrap()],
        }
    }

    #[test]
    fn a_stop_carries_what_it_hands_over_or_what_it_brings_back_whichever_is_more() {
        use TransactionType as T;
        let door = AtTheDoor::of;
        type Row<'a> = (&'a [(T, u32)], u32, StopKind);
        let rows: [Row; 5] = [
            (&[(T::Order, 3)], 3, StopKind::Delivery),
            (&[(T::Return, 2)], 2, StopKind::Collection),
            // A swap leaves the new phone and takes the old one: one on board at a time.
            (&[(T::Swap, 1)], 1, StopKind::DeliveryAndCollection),
            (
                &[(T::Order, 3), (T::Return, 2)],
                3,
                StopKind::DeliveryAndCollection,
            ),
            (
                &[(T::Order, 1), (T::Return, 4)],
                4,
                StopKind::DeliveryAndCollection,
            ),
        ];
        for (items, units, kind) in rows {
            let carried = Job::carried(items.iter().map(|(t, q)| (door(*t), *q)));
            assert_eq!(carried, units, "{items:?}");
            assert_eq!(
                StopKind::of(items.iter().map(|(t, _)| door(*t))),
                kind,
                "{items:?}"
            );
        }
    }

    #[test]
    fn a_good_slot_has_no_conflicts() {
        // 2026-12-01 is a Tuesday.
        assert!(slot_conflicts(
            &driver(),
            &slot("2026-12-01T09:00", "2026-12-01T10:00"),
            &job(),
            &[],
            30
        )
        .is_empty());
    }

    #[test]
    fn each_conflict_is_explained() {
        let d = driver();
        let c = slot_conflicts(
            &d,
            &slot("2026-12-05T09:00", "2026-12-05T10:00"),
            &job(),
            &[],
            30,
        );
        assert!(
            c.iter()
                .any(|r| r.to_string().contains("does not work on Saturday")),
            "{c:?}"
        );
        assert!(
            c.iter()
                .any(|r| r.to_string().contains("recipient asked for")),
            "{c:?}"
        );
        let c = slot_conflicts(
            &d,
            &slot("2026-12-01T16:30", "2026-12-01T17:30"),
            &job(),
            &[],
            30,
        );
        assert!(
            c[0].to_string().contains("outside Dana's working hours"),
            "{c:?}"
        );
        let big = Job { units: 11, ..job() };
        assert!(slot_conflicts(
            &d,
            &slot("2026-12-01T09:00", "2026-12-01T10:00"),
            &big,
            &[],
            30
        )[0]
        .to_string()
        .contains("capacity"));
        let tech = Job {
            needs_technician: true,
            ..job()
        };
        assert!(slot_conflicts(
            &d,
            &slot("2026-12-01T09:00", "2026-12-01T10:00"),
            &tech,
            &[],
            30
        )[0]
        .to_string()
        .contains("technician"));
    }

    #[test]
    fn days_off_are_respected() {
        let mut d = driver();
        d.days_off = vec!["2026-12-01".parse().unwrap()];
        let c = slot_conflicts(
            &d,
            &slot("2026-12-01T09:00", "2026-12-01T10:00"),
            &job(),
            &[],
            30,
        );
        assert_eq!(describe(&c), "Dana is off on Tue 1 Dec 2026");
        assert_eq!(c[0].kind(), ConflictKind::DayOff);
    }

    /// Each row spoils one input; the error names that field.
    #[test]
    fn resource_input_is_checked_by_field() {
        struct Input {
            name: &'static str,
            capacity: i32,
            start: &'static str,
            end: &'static str,
            days: Vec<i32>,
            off: Vec<String>,
        }
        let base = || Input {
            name: "Dana",
            capacity: 10,
            start: "08:00",
            end: "16:00",
            days: vec![1, 2],
            off: vec!["2026-12-24".into()],
        };
        let parse = |i: Input| {
            Resource::parse(
                0,
                i.name,
                ResourceKind::Driver,
                &[],
                i.capacity,
                i.start,
                i.end,
                &i.days,
                &i.off,
            )
        };
        assert!(parse(base()).is_ok());
        type Spoil = fn(&mut Input);
        let rows: [(Spoil, &str); 6] = [
            (|i| i.name = " ", "name"),
            (|i| i.capacity = 0, "capacity"),
            (|i| i.start = "8am", "workStart"),
            (|i| i.end = "07:00", "workEnd"),
            (|i| i.days = vec![8], "workDays"),
            (|i| i.off = vec!["soon".into()], "daysOff[0]"),
        ];
        for (spoil, want) in rows {
            let mut i = base();
            spoil(&mut i);
            match parse(i) {
                Err(crate::Error::Validation { field, .. }) => assert_eq!(field, want),
                other => panic!("{want}: {other:?}"),
            }
        }
        let mut early = base();
        early.end = "07:00";
        match parse(early) {
            Err(crate::Error::Validation { message, .. }) => {
                assert_eq!(message, "ends 07:00, not after the start 08:00")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn travel_buffer_separates_bookings() {
        let existing = [slot("2026-12-01T09:00", "2026-12-01T10:00")];
        let d = driver();
        assert!(!slot_conflicts(
            &d,
            &slot("2026-12-01T10:15", "2026-12-01T11:00"),
            &job(),
            &existing,
            30
        )
        .is_empty());
        assert!(slot_conflicts(
            &d,
            &slot("2026-12-01T10:30", "2026-12-01T11:00"),
            &job(),
            &existing,
            30
        )
        .is_empty());
    }

    #[test]
    fn only_overtime_windows_and_short_hops_may_be_overridden() {
        let d = driver();
        let existing = [slot("2026-12-01T09:00", "2026-12-01T10:00")];
        let kinds = |from: &str, to: &str, j: &Job| {
            slot_conflicts(&d, &slot(from, to), j, &existing, 30)
                .iter()
                .map(|c| (c.kind(), c.kind().overridable()))
                .collect::<Vec<_>>()
        };
        use ConflictKind as K;
        assert_eq!(
            kinds("2026-12-01T10:15", "2026-12-01T11:00", &job()),
            vec![(K::TravelBuffer, true)]
        );
        assert_eq!(
            kinds("2026-12-01T09:30", "2026-12-01T10:30", &job()),
            vec![(K::Overlap, false)]
        );
        assert_eq!(
            kinds("2026-12-01T16:30", "2026-12-01T17:30", &job()),
            vec![(K::OutsideHours, true)]
        );
        assert_eq!(
            kinds("2026-12-08T12:00", "2026-12-08T13:00", &job()),
            vec![(K::OutsideWindow, true)]
        );
        let big = Job { units: 11, ..job() };
        assert_eq!(
            kinds("2026-12-01T12:00", "2026-12-01T13:00", &big),
            vec![(K::Capacity, false)]
        );
    }
}
