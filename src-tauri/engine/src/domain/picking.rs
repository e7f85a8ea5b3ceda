//! Preparing by scan: the serials scanned while picking an item, each judged
//! against the units reserved for it. A reserved serial is expected; another
//! free unit of the same product may stand in for one not scanned (its
//! reservation moves over); anything else is refused on its own line.

use super::catalog::string_enum;
use super::stock::{Span, UnitHold, UnitState};
use crate::i18n::Invalid;
use std::collections::{HashMap, HashSet};

string_enum!(
    /// Why a scanned serial is refused while preparing, as a key tests and the UI may read.
    PickProblem {
        ScannedTwice => "scanned_twice", Unknown => "unknown", OtherProduct => "other_product",
        InRepair => "in_repair", Retired => "retired", Taken => "taken", TooMany => "too_many"
    }
);

/// What the item asks for: its product and the units reserved for it, in
/// reservation order, over `span` (the days its reservations cover).
#[derive(Debug, Clone)]
pub struct PickNeeds {
    pub product_id: i32,
    pub product: String,
    pub expected: Vec<String>,
    pub span: Span,
    pub buffer_days: u32,
}

/// A scanned serial's unit as the shop knows it, with the active
/// reservations of other items that hold it (this item's own left out).
#[derive(Debug, Clone)]
pub struct ScannedUnit {
    pub product_id: i32,
    pub product: String,
    pub state: UnitState,
    pub holds: Vec<UnitHold>,
}

/// Rust's answer for one scanned serial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickVerdict {
    /// One of the units reserved for the item.
    Expected,
    /// A free unit of the same product, taking the place of `of` (reserved, not scanned).
    Instead { of: String },
    /// `why` in words is the line's answer, and the field's refusal when marking prepared.
    Refused { problem: PickProblem, why: Invalid },
}

impl PickVerdict {
    pub fn accepted(&self) -> bool {
        !matches!(self, PickVerdict::Refused { .. })
    }
}

/// Judges `scans` in scan order against the item's `needs` and the units
/// `known` by serial. Expected serials always count; stand-ins take, in scan
/// order, the places of the expected units not scanned, each the first such
/// unit in reservation order; one more is refused as too many.
pub fn check_picking(
    needs: &PickNeeds,
    scans: &[String],
    known: &HashMap<String, ScannedUnit>,
) -> Vec<PickVerdict> {
    let expected: HashSet<&str> = needs.expected.iter().map(String::as_str).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut out: Vec<Option<PickVerdict>> = Vec::with_capacity(scans.len());
    for (i, serial) in scans.iter().enumerate() {
        let refuse = |problem, why| Some(PickVerdict::Refused { problem, why });
        if let Some(first) = seen.get(serial.as_str()) {
            out.push(refuse(
                PickProblem::ScannedTwice,
                Invalid::ScannedTwice {
                    serial: serial.clone(),
                    line: first + 1,
                },
            ));
            continue;
        }
        seen.insert(serial, i);
        if expected.contains(serial.as_str()) {
            out.push(Some(PickVerdict::Expected));
            continue;
        }
        out.push(match stand_in_problem(needs, serial, known.get(serial)) {
            Some((problem, why)) => refuse(problem, why),
            // A stand-in: which place it takes is settled once every line is read.
            None => None,
        });
    }
    let scanned: HashSet<&str> = scans.iter().map(String::as_str).collect();
    let mut open = needs
        .expected
        .iter()
        .filter(|s| !scanned.contains(s.as_str()));
    out.into_iter()
        .map(|v| {
            v.unwrap_or_else(|| match open.next() {
                Some(of) => PickVerdict::Instead { of: of.clone() },
                None => PickVerdict::Refused {
                    problem: PickProblem::TooMany,
                    why: Invalid::OneTooMany {
                        units: needs.expected.len(),
                    },
                },
            })
        })
        .collect()
}

/// Why a serial that is not reserved for the item cannot stand in for one that is.
fn stand_in_problem(
    needs: &PickNeeds,
    serial: &str,
    unit: Option<&ScannedUnit>,
) -> Option<(PickProblem, Invalid)> {
    let serial = serial.to_string();
    let Some(unit) = unit else {
        return Some((PickProblem::Unknown, Invalid::UnknownSerial { serial }));
    };
    if unit.product_id != needs.product_id {
        return Some((
            PickProblem::OtherProduct,
            Invalid::OtherProduct {
                serial,
                is: unit.product.clone(),
                needs: needs.product.clone(),
            },
        ));
    }
    match unit.state {
        UnitState::InRepair => {
            return Some((PickProblem::InRepair, Invalid::UnitInRepair { serial }));
        }
        UnitState::Retired => return Some((PickProblem::Retired, Invalid::UnitRetired { serial })),
        UnitState::Available => {}
    }
    let taken = unit
        .holds
        .iter()
        .find(|h| h.delivered || h.span.clashes(&needs.span, needs.buffer_days))?;
    Some((
        PickProblem::Taken,
        if taken.delivered {
            Invalid::UnitOutWith {
                serial,
                customer: taken.customer.clone(),
                order_number: taken.order_number.clone(),
            }
        } else {
            Invalid::UnitReservedFor {
                serial,
                order_number: taken.order_number.clone(),
                customer: taken.customer.clone(),
                span: taken.span,
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn span(a: &str, b: &str) -> Span {
        Span {
            start: a.parse().unwrap(),
            end: b.parse().unwrap(),
        }
    }

    fn unit(product_id: i32, state: UnitState, holds: Vec<UnitHold>) -> ScannedUnit {
        ScannedUnit {
            product_id,
            product: if product_id == 1 {
                "Dell Latitude"
            } else {
                "Philips 22E1N"
            }
            .into(),
            state,
            holds,
        }
    }

    fn hold(order: &str, s: Span, delivered: bool) -> UnitHold {
        UnitHold {
            order_number: order.into(),
            customer: "Acme".into(),
            span: s,
            delivered,
        }
    }

    #[test]
    fn each_line_is_expected_a_stand_in_or_refused_with_its_reason() {
        let needs = PickNeeds {
            product_id: 1,
            product: "Dell Latitude".into(),
            expected: vec!["A".into(), "B".into()],
            span: span("2026-12-01", "2026-12-04"),
            buffer_days: 1,
        };
        let known: HashMap<String, ScannedUnit> = [
            ("FREE", unit(1, UnitState::Available, vec![])),
            // Reserved for another order well after this one: free for these days.
            (
                "LATER",
                unit(
                    1,
                    UnitState::Available,
                    vec![hold("EF-9", span("2026-12-10", "2026-12-12"), false)],
                ),
            ),
            ("MON", unit(2, UnitState::Available, vec![])),
            ("BROKEN", unit(1, UnitState::InRepair, vec![])),
            ("GONE", unit(1, UnitState::Retired, vec![])),
            (
                "BUSY",
                unit(
                    1,
                    UnitState::Available,
                    vec![hold("EF-7", span("2026-12-05", "2026-12-06"), false)],
                ),
            ),
            (
                "OUT",
                unit(
                    1,
                    UnitState::Available,
                    vec![hold("EF-3", span("2026-11-01", "2026-11-02"), true)],
                ),
            ),
        ]
        .into_iter()
        .map(|(s, u)| (s.to_string(), u))
        .collect();
        let scans: Vec<String> = [
            "FREE", "A", "NOPE", "MON", "BROKEN", "GONE", "BUSY", "OUT", "A", "LATER",
        ]
        .map(String::from)
        .to_vec();
        // Each refusal as the line says it in English.
        type Said = Result<(PickProblem, String), PickVerdict>;
        let refused = |problem, why: &str| -> Said { Ok((problem, why.to_string())) };
        let said: Vec<_> = check_picking(&needs, &scans, &known)
            .into_iter()
            .map(|v| match v {
                PickVerdict::Refused { problem, why } => Ok((problem, Lang::En.invalid(&why))),
                accepted => Err(accepted),
            })
            .collect();
        let accepted = |v| -> Said { Err(v) };
        assert_eq!(
            said,
            vec![
                accepted(PickVerdict::Instead { of: "B".into() }),
                accepted(PickVerdict::Expected),
                refused(
                    PickProblem::Unknown,
                    "Unknown serial: no unit in stock has NOPE"
                ),
                refused(
                    PickProblem::OtherProduct,
                    "MON is a Philips 22E1N; this item needs a Dell Latitude"
                ),
                refused(PickProblem::InRepair, "BROKEN is in repair"),
                refused(PickProblem::Retired, "GONE is retired"),
                refused(
                    PickProblem::Taken,
                    "BUSY is reserved for order EF-7 (Acme, Sat 5 – Sun 6 Dec 2026)"
                ),
                refused(PickProblem::Taken, "OUT is out with Acme (order EF-3)"),
                refused(
                    PickProblem::ScannedTwice,
                    "Scanned twice: line 2 has A already"
                ),
                refused(
                    PickProblem::TooMany,
                    "One too many: all 2 units of the item are scanned already"
                ),
            ]
        );
    }

    #[test]
    fn an_expected_serial_scanned_after_a_stand_in_keeps_its_place() {
        let needs = PickNeeds {
            product_id: 1,
            product: "Dell Latitude".into(),
            expected: vec!["A".into()],
            span: span("2026-12-01", "2026-12-01"),
            buffer_days: 0,
        };
        let known = [("FREE".to_string(), unit(1, UnitState::Available, vec![]))]
            .into_iter()
            .collect();
        let v = check_picking(&needs, &["FREE".into(), "A".into()], &known);
        assert_eq!(v[1], PickVerdict::Expected);
        assert!(matches!(
            &v[0],
            PickVerdict::Refused {
                problem: PickProblem::TooMany,
                ..
            }
        ));
    }
}
