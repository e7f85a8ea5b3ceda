//! No key is missing in either catalogue: the compiler checks that every
//! reason kind, status, column and refusal kind has a sentence in both; these
//! tests check that every one is written (not empty) and that German is
//! German, not English left in place.

use super::*;
use crate::domain::item::EventKind;
use crate::domain::matching::{SpecDiff, SpecValue};
use crate::domain::resource::{ConflictKind, Slot};
use crate::domain::rules::Op;
use crate::domain::{ItemStatus, Reason};
use crate::{Refusal, RefusalKind};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn specs_of(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn slot() -> BookedSlot {
    BookedSlot {
        resource_id: 1,
        resource: "Anna".into(),
        slot: Slot {
            start: d("2026-12-01").and_hms_opt(9, 0, 0).unwrap(),
            end: d("2026-12-01").and_hms_opt(10, 0, 0).unwrap(),
        },
        written: d("2026-11-30"),
    }
}

/// Which kind a reason is; a new kind does not compile until it has a sample below.
fn kind_index(r: &Reason) -> usize {
    match r {
        Reason::Submitted => 0,
        Reason::OrderSubmitted { .. } => 1,
        Reason::RuleFired { .. } => 2,
        Reason::NoProductToPick { .. } => 3,
        Reason::OnlyProductOffered { .. } => 4,
        Reason::OnlyProductMatching { .. } => 5,
        Reason::NoProductInCatalog => 6,
        Reason::NoProductMatches { .. } => 7,
        Reason::ProductsMatch { .. } => 8,
        Reason::UnitComesBack { .. } => 9,
        Reason::NeedsNoStock { .. } => 10,
        Reason::Reserved { .. } => 11,
        Reason::Shortage { .. } => 12,
        Reason::NothingToConsolidate => 13,
        Reason::Prepared { .. } => 14,
        Reason::HeldBy { .. } => 15,
        Reason::Released { .. } => 16,
        Reason::ShortageOverridden { .. } => 17,
        Reason::Approved { .. } => 18,
        Reason::Rejected { .. } => 19,
        Reason::SubstitutePicked => 20,
        Reason::ProductPicked { .. } => 21,
        Reason::Cancelled { .. } => 22,
        Reason::OrderCompleted { .. } => 23,
        Reason::BackToPreparation { .. } => 24,
        Reason::Unscheduled { .. } => 25,
        Reason::SplitOff { .. } => 26,
        Reason::Booked { .. } => 27,
        Reason::Moved { .. } => 28,
        Reason::ReservationExtended { .. } => 29,
        Reason::Dispatched { .. } => 30,
        Reason::Delivered { .. } => 31,
        Reason::DeliveryFailed { .. } => 32,
        Reason::Text { .. } => 33,
        Reason::ScannedInstead { .. } => 34,
        Reason::WayBackRequested { .. } => 35,
        Reason::TakesBackHolding { .. } => 36,
        Reason::ReplacedBy { .. } => 37,
        Reason::OtherCategoryAllowed { .. } => 38,
        Reason::Collected { .. } => 39,
        Reason::CheckedIn { .. } => 40,
    }
}
const KINDS: usize = 41;

fn samples() -> Vec<Reason> {
    vec![
        Reason::Submitted,
        Reason::OrderSubmitted {
            order: "ORD-1".into(),
        },
        Reason::RuleFired {
            rule_id: 1,
            rule: "Large order".into(),
            met: vec![
                ConditionMet {
                    field: Field::ItemLineValue,
                    op: Op::Gt,
                    value: Value::Number(2000.0),
                    actual: Value::Number(2400.5),
                },
                ConditionMet {
                    field: Field::CustomerIsNew,
                    op: Op::Eq,
                    value: Value::Bool(false),
                    actual: Value::Bool(true),
                },
            ],
        },
        Reason::NoProductToPick {
            service: "Setup".into(),
        },
        Reason::OnlyProductOffered {
            product_id: 1,
            product: "X1".into(),
        },
        Reason::OnlyProductMatching {
            specs: specs_of(&[("ram", "16GB")]),
            product_id: 1,
            product: "X1".into(),
        },
        Reason::NoProductInCatalog,
        Reason::NoProductMatches {
            specs: specs_of(&[("ram", "64GB")]),
        },
        Reason::ProductsMatch {
            count: 2,
            specs: BTreeMap::new(),
            products: vec!["X1".into(), "X2".into()],
        },
        Reason::UnitComesBack {
            transaction_type: TransactionType::Return,
        },
        Reason::NeedsNoStock {
            service: "Setup".into(),
        },
        Reason::Reserved {
            product_id: 1,
            product: "X1".into(),
            from: d("2026-12-01"),
            until: Some(d("2026-12-04")),
            serials: vec!["SN1".into()],
        },
        Reason::Shortage {
            product_id: 1,
            product: "X1".into(),
            wanted: 3,
            free: 1,
            from: d("2026-12-01"),
            unit_cents: 108_000,
            currency: "EUR".into(),
        },
        Reason::NothingToConsolidate,
        Reason::Prepared { with_others: true },
        Reason::HeldBy {
            by: "anna".into(),
            note: "Customer asked to wait".into(),
        },
        Reason::Released {
            hold: vec![Reason::SubstitutePicked],
        },
        Reason::ShortageOverridden {
            by: "anna".into(),
            note: "ok".into(),
        },
        Reason::Approved { by: "anna".into() },
        Reason::Rejected { note: "no".into() },
        Reason::SubstitutePicked,
        Reason::ProductPicked {
            by: "anna".into(),
            product_id: 1,
            product: "X1".into(),
            fit: Fit {
                matched: vec![SpecValue {
                    key: "ram".into(),
                    offered: "16GB".into(),
                }],
                differs: vec![SpecDiff {
                    key: "cpu".into(),
                    offered: "i5".into(),
                    asked: "i7".into(),
                }],
                unknown: vec!["colour".into()],
            },
        },
        Reason::Cancelled {
            by: "anna".into(),
            note: "duplicate".into(),
        },
        Reason::OrderCompleted {
            order: "ORD-1".into(),
            by: "anna".into(),
        },
        Reason::BackToPreparation { by: "anna".into() },
        Reason::Unscheduled {
            by: "anna".into(),
            undo: true,
        },
        Reason::SplitOff {
            delivery: 2,
            by: "anna".into(),
        },
        Reason::Booked { slot: slot() },
        Reason::Moved { slot: slot() },
        Reason::ReservationExtended {
            serial: "SN1".into(),
            from: d("2026-12-01"),
            until: None,
        },
        Reason::Dispatched { by: "anna".into() },
        Reason::Delivered { by: "anna".into() },
        Reason::DeliveryFailed {
            note: "nobody home".into(),
        },
        Reason::Text {
            text: "As written".into(),
        },
        Reason::ScannedInstead {
            serial: "SN2".into(),
            instead_of: "SN1".into(),
        },
        Reason::WayBackRequested {
            transaction_type: TransactionType::Cancellation,
            holding: "X1 (SN1)".into(),
            ends: Some(d("2026-12-31")),
            note: "moving out".into(),
        },
        Reason::TakesBackHolding {
            holding: "X1 (SN1)".into(),
        },
        Reason::ReplacedBy {
            transaction_type: TransactionType::Swap,
            product_id: 2,
            product: "X2".into(),
        },
        Reason::OtherCategoryAllowed {
            from: "laptop".into(),
            to: "tablet".into(),
            note: "ok".into(),
        },
        Reason::Collected { by: "anna".into() },
        Reason::CheckedIn {
            by: "anna".into(),
            conditions: vec!["SN1 good".into()],
        },
    ]
}

#[test]
fn every_reason_kind_reads_in_english_and_in_german() {
    let samples = samples();
    let mut seen = [false; KINDS];
    for r in &samples {
        seen[kind_index(r)] = true;
        let (en, de) = (Lang::En.reason(r), Lang::De.reason(r));
        assert!(!en.is_empty() && !de.is_empty(), "{r:?}");
        // A person's own words and a sentence kept as written read the same in both.
        let same_in_both = matches!(r, Reason::HeldBy { .. } | Reason::Text { .. });
        assert_eq!(en == de, same_in_both, "{r:?}: {en} / {de}");
        assert_eq!(en, r.sentence());
    }
    assert!(seen.iter().all(|s| *s), "a reason kind has no sample");
}

#[test]
fn german_writes_german_days_money_and_numbers() {
    let shortage = &samples()[12];
    assert_eq!(
        Lang::De.reason(shortage),
        "Engpass: 1 von 3 × X1 frei ab Di. 1. Dez. 2026 (je 1.080,00 €); warten, ersetzen oder übergehen"
    );
    assert_eq!(
        Lang::En.reason(shortage),
        "Shortage: 1 of 3 × X1 free from Tue 1 Dec 2026 (€1,080.00 each); wait, substitute or override"
    );
    assert_eq!(
        Lang::De.reason(&samples()[2]),
        "Large order: Positionswert 2400,50 > 2000, nicht neuer Kunde"
    );
    assert_eq!(
        Lang::De.reason(&samples()[27]),
        "Gebucht bei Anna am Di. 1. Dez. 09:00–10:00"
    );
    assert_eq!(
        Lang::De.days(d("2026-12-01"), d("2026-12-04")),
        "Di. 1. – Fr. 4. Dez. 2026"
    );
    assert_eq!(Lang::De.money(-550, "CHF"), "-5,50 CHF");
}

#[test]
fn statuses_columns_and_refusals_have_german_of_their_own() {
    for s in ItemStatus::ALL {
        assert_ne!(Lang::De.status(s), Lang::En.status(s), "{s:?}");
    }
    for k in EventKind::ALL {
        assert_ne!(Lang::De.step(k), Lang::En.step(k), "{k:?}");
    }
    for u in [Undo::BackToPreparing, Undo::Unschedule, Undo::Release] {
        assert_ne!(Lang::De.undo(u), Lang::En.undo(u), "{u:?}");
    }
    for k in [
        ColumnKey::Approval,
        ColumnKey::Assignment,
        ColumnKey::Preparation,
        ColumnKey::DeliveryQueue,
        ColumnKey::Scheduled,
        ColumnKey::InDelivery,
        ColumnKey::CheckIn,
        ColumnKey::ReadyToComplete,
        ColumnKey::Done,
    ] {
        let (en, de) = (Lang::En.column(k), Lang::De.column(k));
        assert!(en.0 != de.0 && en.1 != de.1, "{k:?}");
    }
    for k in crate::read::checklist::SetupStepKey::ALL {
        let (en, de) = (Lang::En.setup_step(k), Lang::De.setup_step(k));
        assert!(en.0 != de.0 && en.1 != de.1, "{k:?}");
    }
    let refusal = Refusal {
        kind: RefusalKind::SlotConflict,
        conflicts: vec![ConflictKind::OutsideHours, ConflictKind::Overlap],
        message: "Anna works 08:00–16:00; overlaps booking 3".into(),
    };
    assert_eq!(Lang::En.refusal(&refusal), refusal.message);
    assert_eq!(
        Lang::De.refusal(&refusal),
        "Der Termin verstößt gegen die Planungsregeln: außerhalb der Arbeitszeit; überschneidet sich mit einer anderen Buchung"
    );
}

#[test]
fn a_locale_names_its_language() {
    assert_eq!(Lang::of_locale("de-AT"), Some(Lang::De));
    assert_eq!(Lang::of_locale("de_DE.UTF-8"), Some(Lang::De));
    assert_eq!(Lang::of_locale("en-US"), Some(Lang::En));
    assert_eq!(Lang::of_locale("C"), None);
    assert_eq!(Lang::of_locale("fr-FR"), None);
}

/// Which kind a field refusal is; a new kind does not compile until it has a sample below.
fn invalid_index(why: &Invalid) -> usize {
    match why {
        Invalid::Required => 0,
        Invalid::ControlCharacters => 1,
        Invalid::TooLong { .. } => 2,
        Invalid::NotADate { .. } => 3,
        Invalid::NotATime { .. } => 4,
        Invalid::NotAnAmount { .. } => 5,
        Invalid::Negative => 6,
        Invalid::TooManyDecimals { .. } => 7,
        Invalid::OutOfRange { .. } => 8,
        Invalid::NoSuch { .. } => 9,
    }
}

#[test]
fn every_field_refusal_reads_in_english_and_in_german() {
    let mut samples = vec![
        Invalid::Required,
        Invalid::ControlCharacters,
        Invalid::TooLong { n: 300, max: 200 },
        Invalid::NotADate {
            got: "\"1.12.\"".into(),
        },
        Invalid::NotATime {
            got: "\"9 Uhr\"".into(),
        },
        Invalid::NotAnAmount {
            got: "\"12,5,0\"".into(),
        },
        Invalid::Negative,
        Invalid::TooManyDecimals {
            got: "\"1,234\"".into(),
        },
        Invalid::NoSuch {
            entity: "service",
            id: 7,
        },
    ];
    samples.extend(Unit::ALL.map(|unit| Invalid::OutOfRange {
        min: 1,
        max: 31,
        unit,
        got: 40,
    }));
    let mut seen = [false; 10];
    for why in &samples {
        seen[invalid_index(why)] = true;
        let (en, de) = (Lang::En.invalid(why), Lang::De.invalid(why));
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
    }
    assert!(seen.iter().all(|s| *s), "a field refusal has no sample");
    // English is the sentence the engine always wrote; the error keeps it.
    let e = crate::Error::invalid("quantity", samples.pop().unwrap());
    assert_eq!(e.to_string(), "quantity: must be 1–31 minutes, got 40");
    assert_eq!(
        e.validation_words(Lang::De).as_deref(),
        Some("muss 1–31 Minuten sein, nicht 40")
    );
    assert_eq!(
        crate::Error::validation("x", "as written")
            .validation_words(Lang::De)
            .as_deref(),
        Some("as written")
    );
}

#[test]
fn stock_units_read_in_german() {
    use crate::domain::stock::{Span, UnitAction, UnitCondition, UnitHold, Whereabouts};
    for c in UnitCondition::ALL {
        assert_ne!(
            Lang::De.unit_condition(*c),
            Lang::En.unit_condition(*c),
            "{c:?}"
        );
    }
    for a in UnitAction::ALL {
        assert_ne!(Lang::De.unit_action(*a), Lang::En.unit_action(*a), "{a:?}");
    }
    let hold = UnitHold {
        order_number: "EF-000012".into(),
        customer: "Acme GmbH".into(),
        span: Span {
            start: d("2026-12-01"),
            end: d("2026-12-04"),
        },
        delivered: false,
    };
    for w in [
        Whereabouts::InShop,
        Whereabouts::Reserved(hold.clone()),
        Whereabouts::Out(hold),
        Whereabouts::InRepair,
        Whereabouts::Retired,
    ] {
        assert_ne!(Lang::De.whereabouts(&w), Lang::En.whereabouts(&w), "{w:?}");
    }
    assert_eq!(
        Lang::De.whereabouts(&Whereabouts::Reserved(UnitHold {
            order_number: "EF-000012".into(),
            customer: "Acme GmbH".into(),
            span: Span {
                start: d("2026-12-01"),
                end: d("2026-12-04"),
            },
            delivered: false,
        })),
        "Reserviert für EF-000012 (Acme GmbH), Di. 1. – Fr. 4. Dez. 2026"
    );
    for n in 0..3 {
        assert_ne!(Lang::De.receive(n), Lang::En.receive(n));
    }
    assert_eq!(
        Lang::De.received(2, "Philips 22E1N", "Wien A"),
        "2 Geräte von Philips 22E1N in Wien A eingebucht"
    );
    assert_eq!(
        Lang::En.received(1, "Philips 22E1N", "Vienna A"),
        "Received 1 unit of Philips 22E1N at Vienna A"
    );
}
