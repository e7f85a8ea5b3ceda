//! D3 inventory check: which concrete units can be reserved for a date window.

use super::catalog::string_enum;
use super::order::DateWindow;
use chrono::{Days, NaiveDate};

string_enum!(
    /// Whether a unit can be handed out at all.
    UnitState { Available => "available", InRepair => "in_repair", Retired => "retired" }
);

/// When a reserved unit is away: from the delivery window's start to its end
/// for a rental, open-ended for a purchase or lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Span {
    /// The end of a span that never ends; stored as `9999-12-31` so text order is date order.
    pub fn forever() -> NaiveDate {
        NaiveDate::from_ymd_opt(9999, 12, 31).expect("valid date")
    }

    pub fn for_item(window: &DateWindow, comes_back: bool) -> Span {
        Span {
            start: window.start(),
            end: if comes_back {
                window.end()
            } else {
                Self::forever()
            },
        }
    }

    /// Two spans clash when they are closer than `buffer_days` (the gap a unit
    /// needs between bookings for cleaning, re-imaging, checks).
    pub fn clashes(&self, other: &Span, buffer_days: u32) -> bool {
        let pad = |d: NaiveDate| {
            d.checked_add_days(Days::new(buffer_days as u64))
                .unwrap_or(NaiveDate::MAX)
        };
        self.start <= pad(other.end) && other.start <= pad(self.end)
    }

    /// The span as people read it: "Tue 1 – Fri 4 Dec 2026", or "from Tue 1 Dec 2026 on".
    pub fn for_people(&self) -> String {
        if self.end == Self::forever() {
            format!("from {} on", super::words::day(self.start))
        } else {
            super::words::days(self.start, self.end)
        }
    }
}

/// A unit that could be reserved, with the spans it is already reserved for.
#[derive(Debug, Clone)]
pub struct UnitAvailability {
    pub unit_id: i32,
    pub serial: String,
    pub state: UnitState,
    pub booked: Vec<Span>,
}

impl UnitAvailability {
    pub fn is_free(&self, span: &Span, buffer_days: u32) -> bool {
        self.state == UnitState::Available
            && !self.booked.iter().any(|b| b.clashes(span, buffer_days))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum StockDecision {
    /// These units (serial numbers alongside) cover the quantity.
    Reserve(Vec<(i32, String)>),
    Shortage {
        needed: u32,
        free: u32,
    },
}

/// Picks `quantity` free units, lowest id first so picks are repeatable.
pub fn pick_units(
    units: &[UnitAvailability],
    span: &Span,
    buffer_days: u32,
    quantity: u32,
) -> StockDecision {
    let mut free: Vec<_> = units
        .iter()
        .filter(|u| u.is_free(span, buffer_days))
        .collect();
    free.sort_by_key(|u| u.unit_id);
    if (free.len() as u32) < quantity {
        return StockDecision::Shortage {
            needed: quantity,
            free: free.len() as u32,
        };
    }
    StockDecision::Reserve(
        free.into_iter()
            .take(quantity as usize)
            .map(|u| (u.unit_id, u.serial.clone()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn span(a: &str, b: &str) -> Span {
        Span {
            start: d(a),
            end: d(b),
        }
    }
    fn unit(id: i32, booked: Vec<Span>) -> UnitAvailability {
        UnitAvailability {
            unit_id: id,
            serial: format!("SN{id}"),
            state: UnitState::Available,
            booked,
        }
    }

    #[test]
    fn buffer_keeps_a_gap_between_bookings() {
        let a = span("2026-12-01", "2026-12-05");
        assert!(a.clashes(&span("2026-12-06", "2026-12-08"), 1));
        assert!(!a.clashes(&span("2026-12-07", "2026-12-08"), 1));
        assert!(!a.clashes(&span("2026-12-06", "2026-12-08"), 0));
        assert!(span("2026-12-06", "2026-12-08").clashes(&a, 1), "symmetric");
        assert!(
            !span("2026-12-07", "2026-12-08").clashes(&a, 1),
            "symmetric"
        );
    }

    #[test]
    fn open_ended_spans_block_everything_after() {
        let sold = Span {
            start: d("2026-12-01"),
            end: Span::forever(),
        };
        assert!(sold.clashes(&span("2030-01-01", "2030-01-02"), 1));
        assert!(!sold.clashes(&span("2026-11-01", "2026-11-20"), 1));
    }

    #[test]
    fn picks_free_units_and_reports_shortage() {
        let units = vec![
            unit(3, vec![]),
            unit(1, vec![span("2026-12-01", "2026-12-03")]),
            unit(2, vec![]),
            UnitAvailability {
                state: UnitState::InRepair,
                ..unit(4, vec![])
            },
        ];
        let want = span("2026-12-02", "2026-12-04");
        assert_eq!(
            pick_units(&units, &want, 1, 2),
            StockDecision::Reserve(vec![(2, "SN2".into()), (3, "SN3".into())])
        );
        assert_eq!(
            pick_units(&units, &want, 1, 3),
            StockDecision::Shortage { needed: 3, free: 2 }
        );
    }
}
