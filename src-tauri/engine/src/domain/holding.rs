//! The way back: what a customer holds (a holding, Equipme's service
//! instance), when it is due back, and the check-in of what comes back.

use super::catalog::string_enum;
use super::stock::{UnitAction, UnitCondition, UnitEventKind, UnitState};
use chrono::{Days, NaiveDate};

string_enum!(
    /// Where a holding stands: the customer has it, a way back is asked for
    /// it, its units came back, or the service ended.
    HoldingState { Active => "active", ReturnRequested => "return_requested", Returned => "returned", Ended => "ended" }
);

string_enum!(
    /// How a unit came back at check-in.
    CheckInCondition { Good => "good", Damaged => "damaged", Missing => "missing" }
);

string_enum!(
    /// What a person decides about a unit checked in missing: found after all
    /// (checked in good or damaged), written off by the shop, or charged to
    /// the customer.
    MissingDecision { FoundGood => "found_good", FoundDamaged => "found_damaged", WrittenOff => "written_off", Charged => "charged" }
);

string_enum!(
    /// When a holding is due back: its end is near, or past without a return.
    DueKind { DueBack => "due_back", Overdue => "overdue" }
);

string_enum!(
    /// What a holding's end means: a device the customer gives back (a
    /// rental or lease of a product), or a service that just ends (a licence,
    /// support): nothing to bring back.
    EndKind { BringBack => "bring_back", ServiceEnds => "service_ends" }
);

impl EndKind {
    /// A holding of a product has units to bring back; one of a service alone has none.
    pub fn of(product_id: Option<i32>) -> EndKind {
        match product_id {
            Some(_) => EndKind::BringBack,
            None => EndKind::ServiceEnds,
        }
    }
}

impl HoldingState {
    pub fn label(self) -> &'static str {
        match self {
            HoldingState::Active => "Active",
            HoldingState::ReturnRequested => "Return requested",
            HoldingState::Returned => "Returned",
            HoldingState::Ended => "Ended",
        }
    }

    /// The customer still has it (a way back may be under way).
    pub fn is_held(self) -> bool {
        matches!(self, HoldingState::Active | HoldingState::ReturnRequested)
    }
}

impl CheckInCondition {
    pub fn label(self) -> &'static str {
        match self {
            CheckInCondition::Good => "good",
            CheckInCondition::Damaged => "damaged",
            CheckInCondition::Missing => "missing",
        }
    }

    /// What the unit's trail records and how the unit is after check-in:
    /// good goes back to stock, damaged to repair, missing is retired.
    pub fn outcome(
        self,
        condition_before: UnitCondition,
    ) -> (UnitEventKind, UnitState, UnitCondition) {
        match self {
            CheckInCondition::Good => (
                UnitEventKind::CheckedIn,
                UnitState::Available,
                UnitCondition::Good,
            ),
            CheckInCondition::Damaged => {
                UnitAction::ToRepair.outcome(UnitState::Available, condition_before)
            }
            CheckInCondition::Missing => {
                UnitAction::Retire.outcome(UnitState::Available, condition_before)
            }
        }
    }

    /// Damaged and missing need a note: what is broken, what is known of the loss.
    pub fn needs_note(self) -> bool {
        !matches!(self, CheckInCondition::Good)
    }
}

impl MissingDecision {
    pub fn label(self) -> &'static str {
        match self {
            MissingDecision::FoundGood => "found, good",
            MissingDecision::FoundDamaged => "found, damaged",
            MissingDecision::WrittenOff => "written off",
            MissingDecision::Charged => "charged to the customer",
        }
    }

    /// How the unit is checked in when it was found; `None`: it stays retired.
    pub fn found(self) -> Option<CheckInCondition> {
        match self {
            MissingDecision::FoundGood => Some(CheckInCondition::Good),
            MissingDecision::FoundDamaged => Some(CheckInCondition::Damaged),
            MissingDecision::WrittenOff | MissingDecision::Charged => None,
        }
    }
}

/// A holding's state once every missing unit of its return is decided:
/// returned when all came back after all, ended when one is lost for good.
pub fn decided_state(decisions: &[MissingDecision]) -> HoldingState {
    if decisions.iter().all(|d| d.found().is_some()) {
        HoldingState::Returned
    } else {
        HoldingState::Ended
    }
}

/// Whether a holding with `end` is due back on `today`: within `horizon_days`
/// of its end, or past it while the customer still has it.
pub fn due(
    end: Option<NaiveDate>,
    state: HoldingState,
    today: NaiveDate,
    horizon_days: u32,
) -> Option<DueKind> {
    let end = end?;
    if !state.is_held() {
        return None;
    }
    if end < today {
        Some(DueKind::Overdue)
    } else if end
        <= today
            .checked_add_days(Days::new(horizon_days as u64))
            .unwrap_or(NaiveDate::MAX)
    {
        Some(DueKind::DueBack)
    } else {
        None
    }
}

/// One unit a return expects back, as check-in sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub unit_id: i32,
    pub serial: String,
    pub checked_in: bool,
}

/// Why a scanned serial is not checked in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanRefusal {
    AlreadyCheckedIn,
    NotInThisReturn,
    UnknownSerial,
}

impl ScanRefusal {
    pub fn sentence(self, serial: &str) -> String {
        match self {
            ScanRefusal::AlreadyCheckedIn => format!("{serial} is checked in already"),
            ScanRefusal::NotInThisReturn => format!("{serial} is not part of this return"),
            ScanRefusal::UnknownSerial => format!("{serial} is not a serial the shop knows"),
        }
    }
}

/// A scanned serial against what the return expects: the unit, or why not.
pub fn check_scan<'a>(
    serial: &str,
    expected: &'a [Expected],
    known_serial: bool,
) -> Result<&'a Expected, ScanRefusal> {
    match expected.iter().find(|e| e.serial == serial) {
        Some(e) if e.checked_in => Err(ScanRefusal::AlreadyCheckedIn),
        Some(e) => Ok(e),
        None if known_serial => Err(ScanRefusal::NotInThisReturn),
        None => Err(ScanRefusal::UnknownSerial),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn due_back_within_the_horizon_overdue_past_the_end() {
        let today = d("2026-12-07");
        let active = HoldingState::Active;
        let rows: &[(Option<&str>, HoldingState, Option<DueKind>)] = &[
            (None, active, None),
            (Some("2026-12-20"), active, None),
            (Some("2026-12-14"), active, Some(DueKind::DueBack)),
            (Some("2026-12-07"), active, Some(DueKind::DueBack)),
            (Some("2026-12-06"), active, Some(DueKind::Overdue)),
            (
                Some("2026-12-06"),
                HoldingState::ReturnRequested,
                Some(DueKind::Overdue),
            ),
            (Some("2026-12-06"), HoldingState::Returned, None),
            (Some("2026-12-06"), HoldingState::Ended, None),
        ];
        for (end, state, want) in rows {
            assert_eq!(
                due(end.map(d), *state, today, 7),
                *want,
                "{end:?} {state:?}"
            );
        }
    }

    #[test]
    fn a_scan_is_refused_with_its_reason() {
        let expected = vec![
            Expected {
                unit_id: 1,
                serial: "SN1".into(),
                checked_in: false,
            },
            Expected {
                unit_id: 2,
                serial: "SN2".into(),
                checked_in: true,
            },
        ];
        assert_eq!(check_scan("SN1", &expected, true).map(|e| e.unit_id), Ok(1));
        let kind = |s, known| check_scan(s, &expected, known).err();
        assert_eq!(kind("SN2", true), Some(ScanRefusal::AlreadyCheckedIn));
        assert_eq!(kind("SN9", true), Some(ScanRefusal::NotInThisReturn));
        assert_eq!(kind("XX", false), Some(ScanRefusal::UnknownSerial));
    }

    #[test]
    fn a_holding_ends_when_a_missing_unit_is_lost_for_good() {
        use MissingDecision::*;
        assert_eq!(
            decided_state(&[FoundGood, FoundDamaged]),
            HoldingState::Returned
        );
        assert_eq!(decided_state(&[FoundGood, WrittenOff]), HoldingState::Ended);
        assert_eq!(decided_state(&[Charged]), HoldingState::Ended);
    }

    #[test]
    fn condition_decides_where_the_unit_goes() {
        let state = |c: CheckInCondition| c.outcome(UnitCondition::New).1;
        assert_eq!(state(CheckInCondition::Good), UnitState::Available);
        assert_eq!(state(CheckInCondition::Damaged), UnitState::InRepair);
        assert_eq!(state(CheckInCondition::Missing), UnitState::Retired);
    }
}
