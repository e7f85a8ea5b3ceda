//! Dates and times as a caller sends them: parsed into the years a shop can
//! mean ([`YEAR_MIN`]–[`YEAR_MAX`]), so nothing later overflows on a date like
//! +262142-12-31, and held against today: the past stays the past, the future
//! no further than [`HORIZON_DAYS`] ahead.

use super::limits::{HORIZON_DAYS, YEAR_MAX, YEAR_MIN};
use super::text::echo;
use crate::i18n::Invalid;
use crate::Error;
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};

/// A calendar day written as 2026-12-01, within the shop's years.
pub fn parse_date(field: &str, raw: &str) -> Result<NaiveDate, Error> {
    let day = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, Invalid::NotADate { got: echo(raw) }))?;
    in_years(field, day)?;
    Ok(day)
}

/// An instant written in RFC 3339 (2026-12-01T09:00:00Z), within the shop's years.
pub fn parse_instant(field: &str, raw: &str) -> Result<DateTime<Utc>, Error> {
    let at = DateTime::parse_from_rfc3339(raw.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Error::invalid(field, Invalid::NotATime { got: echo(raw) }))?;
    in_years(field, at.date_naive())?;
    Ok(at)
}

fn in_years(field: &str, day: NaiveDate) -> Result<(), Error> {
    if (YEAR_MIN..=YEAR_MAX).contains(&day.year()) {
        return Ok(());
    }
    Err(Error::invalid(field, Invalid::YearOutOfRange { day }))
}

/// What a day held against today is, as the refusal names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planned {
    /// "the day Tue 1 Dec 2026"
    Day,
    /// "the booking is on Tue 1 Dec 2026"
    Booking,
    /// "the window ends Tue 1 Dec 2026"
    WindowEnd,
}

impl Planned {
    pub const ALL: [Planned; 3] = [Planned::Day, Planned::Booking, Planned::WindowEnd];
}

/// The last day a delivery window may end or a booking may lie on.
pub fn horizon(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(NaiveDate::MAX)
}

/// Refuses a day that `what` (a window's end, a booking, a day to plan) lies
/// on when it is before `today` — no override can make the past possible —
/// or beyond the horizon.
pub fn plannable(
    field: &str,
    what: Planned,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), Error> {
    if day < today {
        return Err(Error::invalid(field, Invalid::Past { what, day, today }));
    }
    let last = horizon(today);
    if day > last {
        return Err(Error::invalid(
            field,
            Invalid::BeyondHorizon { what, day, last },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(e: Error) -> String {
        match e {
            Error::Validation { field, .. } => field,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn dates_outside_the_shops_years_are_refused_with_the_field() {
        for raw in ["+262142-12-31", "1999-12-31", "2101-01-01", "0000-01-01"] {
            assert_eq!(
                field_of(parse_date("day", raw).unwrap_err()),
                "day",
                "{raw}"
            );
        }
        assert_eq!(
            parse_date("day", " 2026-12-01 ").unwrap().to_string(),
            "2026-12-01"
        );
        assert_eq!(
            parse_date("day", "2026-12-1").unwrap().to_string(),
            "2026-12-01"
        );
        assert!(parse_instant("start", "+262142-12-31T09:00:00Z").is_err());
        assert!(parse_instant("start", "2026-12-01T09:00:00+01:00").is_ok());
    }

    #[test]
    fn a_long_value_is_echoed_cut() {
        let e = parse_date("day", &"9".repeat(100_000)).unwrap_err();
        assert!(e.to_string().chars().count() < 120, "{e}");
    }

    #[test]
    fn the_past_and_beyond_the_horizon_are_refused() {
        let today = parse_date("d", "2026-11-30").unwrap();
        let yesterday = parse_date("d", "2026-11-29").unwrap();
        assert!(plannable("end", Planned::WindowEnd, today, today).is_ok());
        assert!(plannable("end", Planned::WindowEnd, yesterday, today).is_err());
        assert!(plannable("end", Planned::WindowEnd, horizon(today), today).is_ok());
        let beyond = horizon(today).succ_opt().unwrap();
        assert!(plannable("end", Planned::WindowEnd, beyond, today).is_err());
    }
}
