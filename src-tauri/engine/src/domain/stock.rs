//! D3 inventory check: which concrete units can be reserved for a date window.

use super::catalog::string_enum;
use super::order::DateWindow;
use super::settings::InventoryPattern;
use crate::error::RefusalKind;
use crate::i18n::{Because, Invalid};
use chrono::{Days, NaiveDate};

string_enum!(
    /// Whether a unit can be handed out at all.
    UnitState { Available => "available", InRepair => "in_repair", Retired => "retired" }
);

string_enum!(
    /// What a unit's trail records (`unit_events.kind`).
    UnitEventKind {
        Received => "received", Reserved => "reserved", Released => "released", Delivered => "delivered", Moved => "moved",
        ToRepair => "to_repair", BackFromRepair => "back_from_repair", Retired => "retired",
        Collected => "collected", CheckedIn => "checked_in"
    }
);

string_enum!(
    /// How a unit is: new as received, damaged when it goes to repair, good when it comes back.
    UnitCondition { New => "new", Good => "good", Damaged => "damaged" }
);

string_enum!(
    /// What a person can do with a unit on the Stock screen.
    UnitAction { Move => "move", ToRepair => "to_repair", BackFromRepair => "back_from_repair", Retire => "retire" }
);

string_enum!(
    /// Where a unit is now, as a key the UI can style.
    PlaceKind { InShop => "in_shop", Reserved => "reserved", Out => "out", InRepair => "in_repair", Retired => "retired" }
);

impl UnitCondition {
    pub fn label(self) -> &'static str {
        match self {
            UnitCondition::New => "New",
            UnitCondition::Good => "Good",
            UnitCondition::Damaged => "Damaged",
        }
    }
}

impl UnitAction {
    pub fn label(self) -> &'static str {
        match self {
            UnitAction::Move => "Move",
            UnitAction::ToRepair => "Send to repair",
            UnitAction::BackFromRepair => "Back from repair",
            UnitAction::Retire => "Retire",
        }
    }
}

/// An active reservation of a unit: for which order and customer, which
/// days, and whether the unit has gone out with it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitHold {
    pub order_number: String,
    pub customer: String,
    pub span: Span,
    pub delivered: bool,
}

/// Where a unit is now: derived from its state (its trail's last word) and
/// its active reservations, never typed in.
#[derive(Debug, Clone, PartialEq)]
pub enum Whereabouts {
    InShop,
    /// In the shop, but promised: the earliest reservation not yet delivered.
    Reserved(UnitHold),
    /// With the customer of a delivered reservation.
    Out(UnitHold),
    InRepair,
    Retired,
}

impl Whereabouts {
    pub fn of(state: UnitState, holds: &[UnitHold]) -> Whereabouts {
        match state {
            UnitState::Retired => return Whereabouts::Retired,
            UnitState::InRepair => return Whereabouts::InRepair,
            UnitState::Available => {}
        }
        if let Some(h) = holds.iter().find(|h| h.delivered) {
            return Whereabouts::Out(h.clone());
        }
        match holds.iter().min_by_key(|h| h.span.start) {
            Some(h) => Whereabouts::Reserved(h.clone()),
            None => Whereabouts::InShop,
        }
    }

    pub fn kind(&self) -> PlaceKind {
        match self {
            Whereabouts::InShop => PlaceKind::InShop,
            Whereabouts::Reserved(_) => PlaceKind::Reserved,
            Whereabouts::Out(_) => PlaceKind::Out,
            Whereabouts::InRepair => PlaceKind::InRepair,
            Whereabouts::Retired => PlaceKind::Retired,
        }
    }

    /// "In the shop", "Reserved for EF-00012 (Acme GmbH), Tue 1 – Fri 4 Dec 2026", …
    pub fn for_people(&self) -> String {
        match self {
            Whereabouts::InShop => "In the shop".into(),
            Whereabouts::Reserved(h) => format!(
                "Reserved for {} ({}), {}",
                h.order_number,
                h.customer,
                h.span.for_people()
            ),
            Whereabouts::Out(h) => format!("Out with {} ({})", h.customer, h.order_number),
            Whereabouts::InRepair => "In repair".into(),
            Whereabouts::Retired => "Retired".into(),
        }
    }

    /// Whether `action` makes sense for unit `serial` now; if not, the kind and why.
    pub fn allows(&self, action: UnitAction, serial: &str) -> Result<(), (RefusalKind, Because)> {
        use UnitAction as A;
        let serial = serial.to_string();
        match (self, action) {
            (Whereabouts::Retired, _) => Err((
                RefusalKind::UnitRetired,
                Because::UnitRetiredStays { serial },
            )),
            (Whereabouts::Out(h), _) => Err((
                RefusalKind::UnitOut,
                Because::UnitOutUntilBack {
                    serial,
                    customer: h.customer.clone(),
                    order: h.order_number.clone(),
                },
            )),
            (Whereabouts::Reserved(h), A::ToRepair | A::Retire) => Err((
                RefusalKind::UnitReserved,
                Because::UnitReservedMoveFirst {
                    serial,
                    order: h.order_number.clone(),
                    customer: h.customer.clone(),
                    span: h.span,
                },
            )),
            (Whereabouts::InRepair, A::ToRepair) => Err((
                RefusalKind::UnitInRepair,
                Because::UnitInRepairAlready { serial },
            )),
            (Whereabouts::InShop | Whereabouts::Reserved(_), A::BackFromRepair) => Err((
                RefusalKind::UnitNotInRepair,
                Because::UnitNotInRepair { serial },
            )),
            _ => Ok(()),
        }
    }
}

impl UnitAction {
    /// What the unit's trail records for the action and how the unit is
    /// after it (state, condition), from how it was.
    pub fn outcome(
        self,
        state: UnitState,
        condition: UnitCondition,
    ) -> (UnitEventKind, UnitState, UnitCondition) {
        match self {
            UnitAction::Move => (UnitEventKind::Moved, state, condition),
            UnitAction::ToRepair => (
                UnitEventKind::ToRepair,
                UnitState::InRepair,
                UnitCondition::Damaged,
            ),
            UnitAction::BackFromRepair => (
                UnitEventKind::BackFromRepair,
                UnitState::Available,
                UnitCondition::Good,
            ),
            UnitAction::Retire => (UnitEventKind::Retired, UnitState::Retired, condition),
        }
    }
}

/// One scanned line of a receipt: the serial, and the inventory number when
/// it was scanned too (else the pattern gives one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannedLine {
    pub serial: String,
    pub inventory_number: Option<String>,
}

/// Rust's answer for one scanned line: the inventory number the unit gets, or why it is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineVerdict {
    Accepted { inventory_number: String },
    Refused { field: LineField, why: Invalid },
}

/// Which code of a line a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineField {
    Serial,
    InventoryNumber,
}

/// Checks a receipt's scanned lines against the units already known
/// (`known`: serial → its inventory number) and the inventory numbers taken,
/// in scan order: a serial known or scanned before in the batch is refused
/// on its own line, and so is an inventory number taken; each accepted line
/// without a scanned number gets the pattern's next free one.
pub fn check_receipt(
    lines: &[ScannedLine],
    known: &std::collections::HashMap<String, String>,
    taken: &std::collections::HashSet<String>,
    pattern: &InventoryPattern,
) -> Vec<LineVerdict> {
    use std::collections::{HashMap, HashSet};
    let mut seq = taken
        .iter()
        .filter_map(|n| pattern.seq_of(n))
        .max()
        .unwrap_or(0);
    let scanned_numbers: HashSet<&str> = lines
        .iter()
        .filter_map(|l| l.inventory_number.as_deref())
        .collect();
    let mut seen_serials: HashMap<&str, usize> = HashMap::new();
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let refuse = |field, why: Invalid| LineVerdict::Refused { field, why };
        if let Some(inv) = known.get(&line.serial) {
            out.push(refuse(
                LineField::Serial,
                Invalid::AlreadyInStock {
                    serial: line.serial.clone(),
                    number: inv.clone(),
                },
            ));
            continue;
        }
        if let Some(first) = seen_serials.get(line.serial.as_str()) {
            out.push(refuse(
                LineField::Serial,
                Invalid::ScannedTwice {
                    serial: line.serial.clone(),
                    line: first + 1,
                },
            ));
            continue;
        }
        let number = match &line.inventory_number {
            Some(n) if taken.contains(n) => {
                out.push(refuse(
                    LineField::InventoryNumber,
                    Invalid::InventoryNumberGiven { number: n.clone() },
                ));
                continue;
            }
            Some(n) => match used.get(n) {
                Some(first) => {
                    out.push(refuse(
                        LineField::InventoryNumber,
                        Invalid::InventoryNumberOnLine {
                            number: n.clone(),
                            line: first + 1,
                        },
                    ));
                    continue;
                }
                None => n.clone(),
            },
            None => loop {
                seq += 1;
                let n = pattern.render(seq);
                if !taken.contains(&n) && !scanned_numbers.contains(n.as_str()) {
                    break n;
                }
            },
        };
        seen_serials.insert(&line.serial, i);
        used.insert(number.clone(), i);
        out.push(LineVerdict::Accepted {
            inventory_number: number,
        });
    }
    out
}

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
        crate::i18n::Lang::En.span(self.start, super::reason::until(self))
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

/// The units free on `day` for a one-day booking: what pick_units would pick from.
pub fn free_on(units: &[UnitAvailability], day: NaiveDate, buffer_days: u32) -> usize {
    let span = Span {
        start: day,
        end: day,
    };
    units
        .iter()
        .filter(|u| u.is_free(&span, buffer_days))
        .count()
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
    use crate::i18n::Lang;

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
    fn a_receipt_refuses_known_and_twice_scanned_codes_on_their_own_line() {
        let p = InventoryPattern::parse("p", "INV-{seq:05}").unwrap();
        let known = [("SN-OLD".to_string(), "INV-00007".to_string())]
            .into_iter()
            .collect();
        let taken = ["INV-00007".to_string(), "INV-00009".to_string()]
            .into_iter()
            .collect();
        let line = |s: &str, n: Option<&str>| ScannedLine {
            serial: s.into(),
            inventory_number: n.map(Into::into),
        };
        let verdicts = check_receipt(
            &[
                line("SN-A", None),
                line("SN-OLD", None),
                line("SN-B", Some("INV-00010")),
                line("SN-A", None),
                line("SN-C", None),
                line("SN-D", Some("INV-00009")),
            ],
            &known,
            &taken,
            &p,
        );
        // Each line's inventory number, or the field refused and why, as English reads it.
        let said: Vec<(Option<LineField>, String)> = verdicts
            .into_iter()
            .map(|v| match v {
                LineVerdict::Accepted { inventory_number } => (None, inventory_number),
                LineVerdict::Refused { field, why } => (Some(field), Lang::En.invalid(&why)),
            })
            .collect();
        let accepted = |n: &str| (None, n.to_string());
        let refused = |f, w: &str| (Some(f), w.to_string());
        assert_eq!(
            said,
            vec![
                accepted("INV-00011"),
                refused(LineField::Serial, "Already in stock: SN-OLD is INV-00007"),
                accepted("INV-00010"),
                refused(LineField::Serial, "Scanned twice: line 1 has SN-A already"),
                accepted("INV-00012"),
                refused(
                    LineField::InventoryNumber,
                    "Inventory number INV-00009 is given already"
                ),
            ]
        );
    }

    fn hold(order: &str, a: &str, b: &str, delivered: bool) -> UnitHold {
        UnitHold {
            order_number: order.into(),
            customer: "Acme".into(),
            span: span(a, b),
            delivered,
        }
    }

    #[test]
    fn where_a_unit_is_comes_from_its_state_and_reservations() {
        let later = hold("EF-2", "2026-12-10", "2026-12-12", false);
        let sooner = hold("EF-1", "2026-12-01", "2026-12-03", false);
        assert_eq!(
            Whereabouts::of(UnitState::Available, &[]),
            Whereabouts::InShop
        );
        assert_eq!(
            Whereabouts::of(UnitState::Available, &[later.clone(), sooner.clone()]),
            Whereabouts::Reserved(sooner.clone())
        );
        let out = hold("EF-3", "2026-11-01", "2026-11-03", true);
        assert_eq!(
            Whereabouts::of(UnitState::Available, &[sooner.clone(), out.clone()]).kind(),
            PlaceKind::Out
        );
        assert_eq!(
            Whereabouts::of(UnitState::InRepair, &[]).for_people(),
            "In repair"
        );
        let reserved = Whereabouts::Reserved(sooner);
        let (kind, why) = reserved.allows(UnitAction::ToRepair, "SN1").unwrap_err();
        assert_eq!(kind, RefusalKind::UnitReserved);
        assert_eq!(
            Lang::En.because(&why),
            "SN1 is reserved for order EF-1 (Acme, Tue 1 – Thu 3 Dec 2026); move that reservation to another unit first"
        );
        assert_eq!(
            Lang::De.because(&why),
            "SN1 ist für Bestellung EF-1 reserviert (Acme, Di. 1. – Do. 3. Dez. 2026); legen Sie die Reservierung zuerst auf ein anderes Gerät"
        );
        assert!(reserved.allows(UnitAction::Move, "SN1").is_ok());
        assert_eq!(
            Whereabouts::Retired
                .allows(UnitAction::Move, "SN1")
                .unwrap_err()
                .0,
            RefusalKind::UnitRetired
        );
        assert!(Whereabouts::InRepair
            .allows(UnitAction::Retire, "SN1")
            .is_ok());
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
