//! Dates and money as the sentences Rust writes show them to people: never
//! ISO dates ("Tue 1 Dec 2026", not "2026-12-01"), money with the shop's
//! currency. One place, so every reason and refusal reads the same way: the
//! English of `i18n`, for the sentences written in English where they arise.

use crate::i18n::Lang;
use chrono::NaiveDate;

/// "Tue 1 Dec 2026".
pub fn day(d: NaiveDate) -> String {
    Lang::En.day(d)
}

/// "Tue 1 – Fri 4 Dec 2026"; the year and month once when they are shared.
pub fn days(from: NaiveDate, to: NaiveDate) -> String {
    Lang::En.days(from, to)
}

/// "€1,080.00" in the shop's currency (an ISO 4217 code); other codes lead: "CHF 1,080.00".
pub fn money(cents: i64, currency: &str) -> String {
    Lang::En.money(cents, currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn days_read_without_iso() {
        assert_eq!(day(d("2026-12-01")), "Tue 1 Dec 2026");
        assert_eq!(
            days(d("2026-12-01"), d("2026-12-04")),
            "Tue 1 – Fri 4 Dec 2026"
        );
        assert_eq!(
            days(d("2026-11-30"), d("2026-12-04")),
            "Mon 30 Nov – Fri 4 Dec 2026"
        );
        assert_eq!(
            days(d("2026-12-30"), d("2027-01-02")),
            "Wed 30 Dec 2026 – Sat 2 Jan 2027"
        );
        assert_eq!(days(d("2026-12-01"), d("2026-12-01")), "Tue 1 Dec 2026");
    }

    #[test]
    fn money_carries_the_currency() {
        assert_eq!(money(108_000, "EUR"), "€1,080.00");
        assert_eq!(money(-550, "EUR"), "-€5.50");
        assert_eq!(money(108_000, "CHF"), "CHF 1,080.00");
    }
}
