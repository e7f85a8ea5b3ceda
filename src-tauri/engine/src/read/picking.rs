//! The item panel's scan while preparing: what each scanned serial is for
//! the item, which reserved units are still to scan, and whether the item
//! can be marked prepared.

use crate::domain::picking::{PickProblem, PickVerdict};
use crate::i18n::{Invalid, Lang, PickWords};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PickLine {
    pub serial: String,
    pub accepted: bool,
    /// The sentence beside the line: "Reserved for this item", "Instead of
    /// SN-A: its reservation moves here", or why it is refused.
    pub answer: String,
    pub problem: Option<PickProblem>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedUnit {
    pub serial: String,
    /// The scan that covers it: its own serial, or the stand-in's; `None` while still to scan.
    pub covered_by: Option<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PickCheck {
    pub lines: Vec<PickLine>,
    /// The units reserved for the item, in reservation order.
    pub expected: Vec<ExpectedUnit>,
    /// Every reserved unit is covered by an accepted scan.
    pub complete: bool,
    /// "Mark prepared", or what is still to scan ("Scan 2 more units: SN-A, SN-B").
    pub prepare_label: String,
}

impl PickCheck {
    pub fn of(
        expected: &[String],
        scans: &[String],
        verdicts: &[PickVerdict],
        lang: Lang,
    ) -> PickCheck {
        let mut covered: Vec<Option<String>> = vec![None; expected.len()];
        let mut cover = |of: &str, by: &str| {
            if let Some(i) = expected.iter().position(|e| e == of) {
                covered[i] = Some(by.to_string());
            }
        };
        let lines = scans
            .iter()
            .zip(verdicts)
            .map(|(serial, v)| {
                let (accepted, answer, problem) = match v {
                    PickVerdict::Expected => {
                        cover(serial, serial);
                        (true, lang.pick(PickWords::Expected), None)
                    }
                    PickVerdict::Instead { of } => {
                        cover(of, serial);
                        (true, lang.pick(PickWords::Instead { of }), None)
                    }
                    PickVerdict::Refused { problem, why } => {
                        (false, lang.invalid(why), Some(*problem))
                    }
                };
                PickLine {
                    serial: serial.clone(),
                    accepted,
                    answer,
                    problem,
                }
            })
            .collect();
        let missing: Vec<String> = expected
            .iter()
            .zip(&covered)
            .filter(|(_, c)| c.is_none())
            .map(|(e, _)| e.clone())
            .collect();
        PickCheck {
            lines,
            complete: missing.is_empty(),
            prepare_label: if missing.is_empty() {
                lang.pick(PickWords::MarkPrepared)
            } else {
                lang.invalid(&Invalid::ScanMore { missing })
            },
            expected: expected
                .iter()
                .zip(covered)
                .map(|(serial, covered_by)| ExpectedUnit {
                    serial: serial.clone(),
                    covered_by,
                })
                .collect(),
        }
    }
}
