//! Which automatic backups to make and keep: one a day at most, named by its
//! day; of those the newest 7 (the daily copies) and, before them, the newest
//! copy of each of 4 more weeks (the weekly copies; weeks start on Monday).
//! Files the app did not name this way are never touched.

use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

/// How many of the newest days and weeks keep a copy.
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;

const PREFIX: &str = "equipflow-backup-";
const EXT: &str = ".db";

/// The file name of the automatic copy made on `day`.
pub fn daily_name(day: NaiveDate) -> String {
    format!("{PREFIX}{}{EXT}", day.format("%Y-%m-%d"))
}

/// The day of an automatic copy from its file name; `None` for any other file.
pub fn day_of(file_name: &str) -> Option<NaiveDate> {
    let date = file_name.strip_prefix(PREFIX)?.strip_suffix(EXT)?;
    NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .ok()
        .filter(|d| daily_name(*d) == file_name)
}

/// Whether today's copy is still to be made.
pub fn due(today: NaiveDate, copies: &[NaiveDate]) -> bool {
    !copies.contains(&today)
}

/// The copies to delete: all but the newest [`KEEP_DAILY`] and the newest
/// copy of each of the [`KEEP_WEEKLY`] newest weeks older than those. A copy
/// dated after `today` (the clock was set back) is kept and counts as nothing.
pub fn expired(today: NaiveDate, copies: &[NaiveDate]) -> Vec<NaiveDate> {
    let past: BTreeSet<NaiveDate> = copies.iter().copied().filter(|d| *d <= today).collect();
    let daily: BTreeSet<NaiveDate> = past.iter().rev().take(KEEP_DAILY).copied().collect();
    let covered: BTreeSet<_> = daily.iter().map(|d| d.iso_week()).collect();
    let mut weeks = BTreeSet::new();
    let mut keep = daily;
    for day in past.iter().rev() {
        let week = day.iso_week();
        if covered.contains(&week) || weeks.contains(&week) {
            continue;
        }
        if weeks.len() == KEEP_WEEKLY {
            break;
        }
        weeks.insert(week);
        keep.insert(*day);
    }
    past.into_iter().filter(|d| !keep.contains(d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn days(from: &str, to: &str) -> Vec<NaiveDate> {
        d(from).iter_days().take_while(|x| *x <= d(to)).collect()
    }

    /// (what the folder holds, today, what goes)
    #[test]
    fn the_last_7_days_and_4_weeks_stay() {
        // 2026-11-30 is a Monday.
        let rows: Vec<(&str, Vec<NaiveDate>, &str, Vec<NaiveDate>)> = vec![
            ("nothing yet", vec![], "2026-11-30", vec![]),
            (
                "a week of copies: all stay",
                days("2026-11-24", "2026-11-30"),
                "2026-11-30",
                vec![],
            ),
            (
                "the 8th day back goes: its week has daily copies",
                days("2026-11-23", "2026-11-30"),
                "2026-11-30",
                vec![d("2026-11-23")],
            ),
            (
                "a Sunday before the daily copies is its week's copy",
                days("2026-11-22", "2026-11-30"),
                "2026-11-30",
                vec![d("2026-11-23")],
            ),
            (
                "six weeks daily: 7 days, then the Sundays of 4 weeks",
                days("2026-10-19", "2026-11-30"),
                "2026-11-30",
                days("2026-10-19", "2026-10-31")
                    .into_iter()
                    .chain(days("2026-11-02", "2026-11-07"))
                    .chain(days("2026-11-09", "2026-11-14"))
                    .chain(days("2026-11-16", "2026-11-21"))
                    .chain([d("2026-11-23")])
                    .collect(),
            ),
            (
                "one copy a week: the 7 newest, then 4 more",
                (0..15)
                    .map(|w| d("2026-11-30") - chrono::Days::new(7 * w))
                    .collect(),
                "2026-11-30",
                (11..15)
                    .rev()
                    .map(|w| d("2026-11-30") - chrono::Days::new(7 * w))
                    .collect(),
            ),
            (
                "the app was closed for weeks: the newest copies stay whatever their age",
                vec![d("2026-06-01"), d("2026-06-02"), d("2026-09-15")],
                "2026-11-30",
                vec![],
            ),
            (
                "a copy from a clock set ahead is neither counted nor deleted",
                vec![d("2027-01-01"), d("2026-11-30")],
                "2026-11-30",
                vec![],
            ),
        ];
        for (what, copies, today, gone) in rows {
            assert_eq!(expired(d(today), &copies), gone, "{what}");
        }
    }

    #[test]
    fn once_a_day() {
        assert!(due(d("2026-11-30"), &[d("2026-11-29")]));
        assert!(!due(d("2026-11-30"), &[d("2026-11-29"), d("2026-11-30")]));
        assert!(due(d("2026-11-30"), &[]));
    }

    #[test]
    fn only_files_the_app_named_are_its_copies() {
        assert_eq!(
            daily_name(d("2026-11-30")),
            "equipflow-backup-2026-11-30.db"
        );
        assert_eq!(
            day_of("equipflow-backup-2026-11-30.db"),
            Some(d("2026-11-30"))
        );
        for other in [
            "equipflow-backup-2026-11-30.db-wal",
            "equipflow-backup-2026-11-30 (2).db",
            "equipflow-backup-2026-13-01.db",
            "equipflow-backup-2026-1-01.db",
            "my-shop.db",
            "equipflow.db",
        ] {
            assert_eq!(day_of(other), None, "{other}");
        }
    }
}
