//! The shop's wall clock. Instants are stored in UTC; days and working hours
//! are the shop's own (the desk's time zone), so "today", a resource's 07:00
//! and the planner's day all turn over at the shop's midnight, not at UTC's.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// A time zone of the IANA database ("Europe/Vienna").
pub type Zone = chrono_tz::Tz;

/// The zone tests and a desk that cannot tell its own fall back to.
pub const UTC: Zone = chrono_tz::UTC;

/// Parses an IANA name; `None` for anything else.
pub fn parse_zone(name: &str) -> Option<Zone> {
    name.trim().parse().ok()
}

/// The shop's wall-clock time at an instant.
pub fn local(at: DateTime<Utc>, zone: Zone) -> NaiveDateTime {
    at.with_timezone(&zone).naive_local()
}

/// The shop's calendar day at an instant.
pub fn local_day(at: DateTime<Utc>, zone: Zone) -> NaiveDate {
    local(at, zone).date()
}

/// The instant a wall-clock time of the shop names. A time that the clock
/// skips (spring forward) is read as the first valid minute after it; one it
/// passes twice (fall back) as the first of the two.
pub fn instant(day: NaiveDate, time: NaiveTime, zone: Zone) -> DateTime<Utc> {
    wall_to_instant(day.and_time(time), zone)
}

/// [`instant`] of a wall-clock date and time.
pub fn wall_to_instant(wall: NaiveDateTime, zone: Zone) -> DateTime<Utc> {
    let start = wall;
    let mut wall = wall;
    // A gap in the local clock is at most a few hours; step through it.
    for _ in 0..(4 * 60) {
        if let Some(t) = zone.from_local_datetime(&wall).earliest() {
            return t.with_timezone(&Utc);
        }
        wall += Duration::minutes(1);
    }
    start.and_utc()
}

/// The instant the shop's `day` begins.
pub fn day_start(day: NaiveDate, zone: Zone) -> DateTime<Utc> {
    instant(day, NaiveTime::MIN, zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vienna() -> Zone {
        parse_zone("Europe/Vienna").unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn half_past_midnight_in_vienna_is_the_next_day_there() {
        let at: DateTime<Utc> = "2026-12-07T23:30:00Z".parse().unwrap();
        assert_eq!(local_day(at, vienna()), date("2026-12-08"));
        assert_eq!(local_day(at, UTC), date("2026-12-07"));
    }

    #[test]
    fn a_day_starts_at_the_shops_midnight() {
        assert_eq!(
            day_start(date("2026-12-08"), vienna()).to_rfc3339(),
            "2026-12-07T23:00:00+00:00"
        );
        // Summer time: two hours ahead.
        assert_eq!(
            day_start(date("2026-07-01"), vienna()).to_rfc3339(),
            "2026-06-30T22:00:00+00:00"
        );
    }

    #[test]
    fn a_skipped_wall_time_reads_as_the_first_minute_after_the_gap() {
        // 2026-03-29 02:30 does not exist in Vienna: clocks jump 02:00 -> 03:00.
        let t = instant(
            date("2026-03-29"),
            NaiveTime::from_hms_opt(2, 30, 0).unwrap(),
            vienna(),
        );
        assert_eq!(t.to_rfc3339(), "2026-03-29T01:00:00+00:00");
    }

    #[test]
    fn zones_parse_by_iana_name_only() {
        assert_eq!(parse_zone(" Europe/Vienna "), Some(vienna()));
        assert_eq!(parse_zone("CET+1"), None);
    }
}
