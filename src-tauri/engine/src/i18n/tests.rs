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

/// What `say` writes for a person, in English and in German.
fn says(say: impl Fn(Lang) -> String, en: &str, de: &str) {
    assert_eq!(say(Lang::En), en);
    assert_eq!(say(Lang::De), de);
}

#[test]
fn every_reason_kind_reads_in_english_and_in_german() {
    let samples = samples();
    for r in &samples {
        let (en, de) = (Lang::En.reason(r), Lang::De.reason(r));
        assert!(!en.is_empty() && !de.is_empty(), "{r:?}");
        // A person's own words and a sentence kept as written read the same in both.
        let same_in_both = matches!(r, Reason::HeldBy { .. } | Reason::Text { .. });
        assert_eq!(en == de, same_in_both, "{r:?}: {en} / {de}");
        assert_eq!(en, r.sentence());
    }
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
        why: None,
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

/// Why a stock action is refused, each way.
fn stock_becauses() -> Vec<Because> {
    let serial = || "SN-7".to_string();
    vec![
        Because::UnitRetiredStays { serial: serial() },
        Because::UnitOutUntilBack {
            serial: serial(),
            customer: "Acme".into(),
            order: "EF-000012".into(),
        },
        Because::UnitReservedMoveFirst {
            serial: serial(),
            order: "EF-000012".into(),
            customer: "Acme".into(),
            span: crate::domain::stock::Span {
                start: d("2026-12-01"),
                end: d("2026-12-04"),
            },
        },
        Because::UnitInRepairAlready { serial: serial() },
        Because::UnitNotInRepair { serial: serial() },
    ]
}

#[test]
fn a_stock_action_refused_reads_in_german() {
    for why in stock_becauses() {
        let (en, de) = (Lang::En.because(&why), Lang::De.because(&why));
        assert!(en != de && de.contains("SN-7"), "{why:?}: {de}");
    }
    assert_eq!(
        Lang::De.because(&stock_becauses()[1]),
        "SN-7 ist bei Acme (Bestellung EF-000012); verlegen, reparieren oder ausmustern lässt es sich, sobald es zurück ist"
    );
}

#[test]
fn a_rules_transaction_type_reads_in_the_desks_words() {
    let kind = Value::Text("return".into());
    let fired = Reason::RuleFired {
        rule_id: 4,
        rule: "Returns are checked".into(),
        met: vec![crate::domain::reason::ConditionMet {
            field: Field::ItemTransactionType,
            op: Op::Eq,
            value: kind.clone(),
            actual: kind,
        }],
    };
    says(
        |l| l.reason(&fired),
        "Returns are checked: transaction type \"return\" = \"return\"",
        "Returns are checked: Vorgangsart \"Rückgabe\" = \"Rückgabe\"",
    );
}

#[test]
fn a_file_that_cannot_be_written_reads_in_german() {
    let (folder, file, os) = (
        "/home/anna/Downloads",
        "/shop/equipflow.db",
        "Permission denied",
    );
    let troubles = [
        FileTrouble::NoFolder { ext: "pdf" },
        FileTrouble::CouldNotSave {
            ext: "csv",
            folder,
            os,
        },
        FileTrouble::NamesTaken {
            ext: "db",
            folder,
            stem: "Shop",
        },
        FileTrouble::CouldNotMakeFolder { folder, os },
        FileTrouble::CouldNotReplace { file, os },
        FileTrouble::CouldNotPutBack { file, os },
        FileTrouble::CannotKeepLanguage { os },
        FileTrouble::Broke {
            what: "day_sheet_pdf",
            why: "index out of bounds",
        },
    ];
    assert_eq!(
        kinds_without_sample::<_, FileTroubleDiscriminants>(&troubles),
        []
    );
    for t in troubles {
        let (en, de) = (Lang::En.file_trouble(t), Lang::De.file_trouble(t));
        assert!(en != de, "{t:?}: {de}");
    }
    says(
        |l| l.file_trouble(troubles[1]),
        "Could not save the CSV in /home/anna/Downloads: Permission denied.",
        "Konnte die CSV-Datei nicht in /home/anna/Downloads speichern: Permission denied.",
    );
    assert_eq!(
        Lang::De.file_trouble(troubles[2]),
        "Konnte die Sicherung nicht in /home/anna/Downloads speichern: 999 Dateien heißen bereits Shop."
    );
}

/// The field refusals of the forms, the domain, preparing and import (the use
/// cases' own are `usecases::invalids`).
fn field_samples() -> Vec<Invalid> {
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
    samples.extend(prepare_samples());
    samples.extend(Unit::ALL.map(|unit| Invalid::OutOfRange {
        min: 1,
        max: 31,
        unit,
        got: 40,
    }));
    samples.extend(domain_samples());
    samples.extend(import_samples());
    // — receive —
    samples.push(Invalid::UnitCannot {
        why: Box::new(Because::UnitNotInRepair {
            serial: "SN-7".into(),
        }),
    });
    samples.push(Invalid::LineCode {
        field: crate::domain::stock::LineField::InventoryNumber,
        why: Box::new(Invalid::TooLong { n: 90, max: 64 }),
    });
    samples
}

#[test]
fn every_field_refusal_reads_in_english_and_in_german() {
    for why in &field_samples() {
        let (en, de) = (Lang::En.invalid(why), Lang::De.invalid(why));
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
    }
    // English is the sentence the engine always wrote; the error keeps it.
    let e = crate::Error::invalid(
        "quantity",
        Invalid::OutOfRange {
            min: 1,
            max: 31,
            unit: Unit::Minutes,
            got: 40,
        },
    );
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

// — domain —
/// One of each field refusal the domain and the store write, each way it reads.
fn domain_samples() -> Vec<Invalid> {
    use crate::domain::dates::Planned;
    use crate::domain::rules::Op;
    use crate::domain::sheet::SheetKind;
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let time = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    let mut out = vec![
        Invalid::KeyCharacter { bad: ' ' },
        Invalid::KeyCharacter { bad: '#' },
        Invalid::TooMuch {
            max_cents: 100_000_000,
        },
        Invalid::CodeTaken {
            code: "LAP".into(),
            of: "Laptop".into(),
        },
        Invalid::SkuTaken {
            sku: "X1".into(),
            of: "ThinkPad".into(),
        },
        Invalid::RecurringWithoutMonthly,
        Invalid::OneTimeWithMonthly,
        Invalid::NoSuchCategory {
            got: "\"tablet\"".into(),
            known: Vec::new(),
        },
        Invalid::NoSuchCategory {
            got: "\"tablet\"".into(),
            known: names(&["laptop", "monitor"]),
        },
        Invalid::SpecKeysWithoutCategory,
        Invalid::ListedTwice {
            what: "\"ram\"".into(),
        },
        Invalid::SpecTwice { key: "ram".into() },
        Invalid::PrerequisiteCircle {
            basic: "Setup".into(),
            path: names(&["Setup", "Network", "Laptop"]),
        },
        Invalid::ArchivedAlready {
            name: "Setup".into(),
        },
        Invalid::StillNeeded {
            name: "Setup".into(),
            by: names(&["Laptop", "Monitor"]),
        },
        Invalid::NotArchived {
            name: "Setup".into(),
        },
        Invalid::NeedsArchived {
            names: names(&["Setup"]),
        },
        Invalid::NeedsArchived {
            names: names(&["Network", "Setup"]),
        },
        Invalid::SpecNameCharacters {
            got: "\"ram size\"".into(),
        },
        Invalid::ListsItself {
            name: "Setup".into(),
        },
        Invalid::IsArchived {
            name: "Setup".into(),
        },
        Invalid::ProductLowerBound,
        Invalid::SpecWithoutName,
        Invalid::BoundNotANumber {
            got: "\">=lots\"".into(),
        },
        Invalid::NoConditions,
        Invalid::OperatorDoesNotApply {
            field: Field::CustomerIsNew,
            op: Op::Gt,
        },
        Invalid::NotFinite,
        Invalid::NotAClockTime {
            got: "\"8 Uhr\"".into(),
        },
        Invalid::EndsNotAfterStart {
            end: time(8),
            start: time(9),
        },
        Invalid::WorkDays,
        Invalid::NotAWholePath {
            got: "\"Backups\"".into(),
        },
        Invalid::NotACurrency {
            got: "\"Euro\"".into(),
        },
        Invalid::NumberCharacters {
            got: "\"EF #\"".into(),
        },
        Invalid::NoRunningNumber {
            got: "\"INV\"".into(),
        },
        Invalid::RunningNumberOpen,
        Invalid::RunningNumberPadding {
            got: "\":5\"".into(),
        },
        Invalid::OneRunningNumber,
        Invalid::NumberCharacterAround { bad: '#' },
        Invalid::CustomerNumberCharacters {
            got: "\"K 1\"".into(),
        },
        Invalid::NotAnEmail {
            got: "\"anna\"".into(),
        },
        Invalid::PhoneCharacter {
            bad: 'x',
            got: "\"0664x\"".into(),
        },
        Invalid::PhoneDigits { got: 3 },
        Invalid::YearOutOfRange {
            day: d("2200-01-01"),
        },
        Invalid::WindowEndsBeforeStart {
            start: d("2026-12-04"),
            end: d("2026-12-01"),
        },
        Invalid::NotACountry {
            got: "\"Austria\"".into(),
        },
        Invalid::SheetUtf16,
        Invalid::SheetNotUtf8 { line: 3 },
        Invalid::SheetHeaderUnreadable {
            error: "CSV error".into(),
        },
        Invalid::SheetColumnTwice { column: "sku" },
        Invalid::CannotCreateFolder {
            dir: "/shop".into(),
            error: "Permission denied (os error 13)".into(),
        },
        Invalid::CannotOpen {
            file: "/shop/equipflow.db".into(),
            error: "Permission denied (os error 13)".into(),
        },
        Invalid::NoFileAt {
            path: "/shop/backup.db".into(),
        },
    ];
    out.extend(Counted::ALL.map(|what| Invalid::TooMany {
        what,
        n: 25,
        max: 20,
    }));
    out.extend(
        [
            Field::ItemLineValue,
            Field::CustomerIsNew,
            Field::CustomerName,
        ]
        .map(|field| Invalid::TakesOtherType { field }),
    );
    for what in Planned::ALL {
        out.push(Invalid::Past {
            what,
            day: d("2026-11-01"),
            today: d("2026-11-30"),
        });
        out.push(Invalid::BeyondHorizon {
            what,
            day: d("2028-01-01"),
            last: d("2027-12-01"),
        });
    }
    for kind in SheetKind::ALL.iter().copied() {
        out.push(Invalid::SheetEmpty { kind });
        out.push(Invalid::SheetNoKeyColumn { kind });
        out.push(Invalid::SheetUnknownColumn {
            kind,
            got: "Farbe".into(),
        });
    }
    out
}

// — prepare —
fn prepare_samples() -> Vec<Invalid> {
    use crate::domain::stock::Span;
    let serial = || "SN-1".to_string();
    let serials = |n: usize| (1..=n).map(|i| format!("SN-{i}")).collect::<Vec<_>>();
    let mut out = vec![
        Invalid::ScannedTwice {
            serial: serial(),
            line: 2,
        },
        Invalid::UnknownSerial { serial: serial() },
        Invalid::OtherProduct {
            serial: serial(),
            is: "Philips 22E1N".into(),
            needs: "Dell Latitude".into(),
        },
        Invalid::UnitInRepair { serial: serial() },
        Invalid::UnitRetired { serial: serial() },
        Invalid::UnitOutWith {
            serial: serial(),
            customer: "Acme GmbH".into(),
            order_number: "EF-000012".into(),
        },
        Invalid::UnitReservedFor {
            serial: serial(),
            order_number: "EF-000012".into(),
            customer: "Acme GmbH".into(),
            span: Span {
                start: d("2026-12-01"),
                end: d("2026-12-04"),
            },
        },
        Invalid::ScansOnlyWhilePreparing {
            status: ItemStatus::Ready,
        },
        Invalid::TakesNoUnits,
        Invalid::TooManyToPrepare { n: 501, max: 500 },
    ];
    for n in [1, 2, 4] {
        out.push(Invalid::OneTooMany { units: n });
        out.push(Invalid::ScanMore {
            missing: serials(n),
        });
        out.push(Invalid::ScanFirst {
            reserved: serials(n),
        });
    }
    out
}

/// English words a German sentence would hold only if English were left in it.
const ENGLISH: [&str; 14] = [
    " the ",
    " is ",
    " a ",
    " must ",
    " has ",
    " not ",
    " only ",
    " got ",
    " cannot ",
    " first",
    " needs ",
    " already ",
    " with ",
    " and ",
];

#[test]
fn domain_refusals_are_german_not_english_left_over() {
    for why in [domain_samples(), import_samples()].concat() {
        let (en, de) = (Lang::En.invalid(&why), Lang::De.invalid(&why));
        for word in ENGLISH {
            assert!(
                !format!(" {de} ").contains(word),
                "{why:?}: {de} has {word:?}"
            );
        }
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
    }
}

#[test]
fn domain_refusals_keep_their_english_and_say_it_in_german() {
    let cases = [
        (
            Invalid::TooMuch {
                max_cents: 100_000_000,
            },
            "is more than 1,000,000.00",
            "darf höchstens 1.000.000,00 betragen",
        ),
        (
            Invalid::OperatorDoesNotApply {
                field: Field::ItemLineValue,
                op: crate::domain::rules::Op::Contains,
            },
            "line value is a number field: operator contains does not apply",
            "Positionswert ist ein Zahlenfeld: der Operator contains passt nicht dazu",
        ),
        (
            Invalid::TakesOtherType {
                field: Field::CustomerIsNew,
            },
            "new customer takes yes or no",
            "neuer Kunde erwartet ja oder nein",
        ),
        (
            Invalid::Past {
                what: crate::domain::dates::Planned::WindowEnd,
                day: d("2026-11-01"),
                today: d("2026-11-30"),
            },
            "the window ends Sun 1 Nov 2026: that is past (today is Mon 30 Nov 2026)",
            "das Zeitfenster endet am So. 1. Nov. 2026: das liegt in der Vergangenheit (heute ist Mo. 30. Nov. 2026)",
        ),
        (
            Invalid::NeedsArchived {
                names: vec!["Network".into(), "Setup".into()],
            },
            "it needs or links Network, Setup, which are archived; restore them first or take them off",
            "die vorausgesetzten oder verknüpften Leistungen Network, Setup sind archiviert; stellen Sie sie zuerst wieder her oder nehmen Sie sie heraus",
        ),
        (
            Invalid::SheetUnknownColumn {
                kind: crate::domain::sheet::SheetKind::StockUnits,
                got: "Farbe".into(),
            },
            "has a column \"Farbe\" that stock units do not have; the columns are serial, sku, inventory_number, location, state, condition",
            "hat eine Spalte \"Farbe\", die es in einer Datei „Lagergeräte“ nicht gibt; die Spalten sind serial, sku, inventory_number, location, state, condition",
        ),
    ];
    for (why, en, de) in cases {
        assert_eq!(Lang::En.invalid(&why), en);
        assert_eq!(Lang::De.invalid(&why), de);
    }
}

#[test]
fn the_machines_own_reasons_for_a_move_read_in_german() {
    use ItemStatus::{Cancelled, Completed, Preparing, Ready, Scheduled};
    let machine = [
        NotAMove::ScheduledByBooking,
        NotAMove::Final { from: Completed },
        NotAMove::OnlyTo {
            from: Preparing,
            allowed: vec![Ready, Cancelled],
        },
        NotAMove::OnlyWayBackCollected,
        NotAMove::WayBackIsCollected,
        NotAMove::CannotBeHeld { status: Cancelled },
    ];
    for why in &machine {
        let (en, de) = (Lang::En.not_a_move(why), Lang::De.not_a_move(why));
        for word in ENGLISH {
            assert!(
                !format!(" {de} ").contains(word),
                "{why:?}: {de} has {word:?}"
            );
        }
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
        assert_eq!(en, why.to_string());
    }
    let said = NotAMove::from("only an item awaiting approval can be approved");
    assert_eq!(Lang::De.not_a_move(&said), said.to_string());
    let words = ErrorWords::IllegalTransition {
        from: Preparing,
        to: Scheduled,
        reason: &machine[2],
    };
    says(|l| l.error(&words), "cannot move from preparing to scheduled: from preparing an item can only go to ready for delivery, cancelled", "von „In Vorbereitung“ nach „Geplant“ geht es nicht: aus „In Vorbereitung“ geht es nur nach „Lieferbereit“ oder „Storniert“");
}

// — moves —

#[test]
fn moves_and_the_planners_needs_read_in_german() {
    use crate::read::moves::{Blocked, MoveLabel};
    for m in MoveLabel::ALL {
        let (en, de) = (Lang::En.move_label(m), Lang::De.move_label(m));
        assert!(!de.is_empty() && en != de, "{m:?}: {en} / {de}");
    }
    for b in [
        Blocked::ShipsWithOrder { ready: 1, of: 2 },
        Blocked::OnHold {
            reason: "Kunde wartet".into(),
        },
        Blocked::OrderNotDone,
    ] {
        let (en, de) = (Lang::En.move_blocked(&b), Lang::De.move_blocked(&b));
        assert!(!de.is_empty() && en != de, "{b:?}: {en} / {de}");
    }
    says(|l| l.move_blocked(&Blocked::ShipsWithOrder { ready: 1, of: 2 }), "ships with its order: 1 of 2 items are ready; split it to ship part now", "wird mit seiner Bestellung geliefert: 1 von 2 Artikeln bereit; trennen Sie ihn ab, um einen Teil jetzt zu liefern");
    for (technician, units) in [(true, 1), (true, 3), (false, 1), (false, 3)] {
        let (en, de) = (
            Lang::En.needs(technician, units),
            Lang::De.needs(technician, units),
        );
        assert_ne!(en, de);
    }
    assert_eq!(Lang::En.needs(true, 3), "a technician, room for 3 units");
    assert_eq!(Lang::En.needs(false, 1), "room for 1 unit, any resource");
    assert_eq!(
        Lang::De.needs(true, 1),
        "einen Techniker, Platz für 1 Gerät"
    );
    // — refusals — (each conflict with its details: refusals::conflicts)
    let all = refusals::conflicts();
    for c in &all {
        let one = std::slice::from_ref(c);
        let (en, de) = (Lang::En.conflicts(one), Lang::De.conflicts(one));
        assert!(de.ends_with('.') && en != de, "{c:?}: {de}");
    }
    assert_eq!(
        Lang::En.conflicts(&all[2..3]),
        "Dana is off on Tue 1 Dec 2026."
    );
    assert_eq!(
        Lang::De.conflicts(&all[1..3]),
        "Dana arbeitet samstags nicht; Dana hat am Di. 1. Dez. 2026 frei."
    );
    assert_eq!(Lang::En.any_of("laptop", ""), "Any laptop");
    says(
        |l| l.any_of("laptop", "ram 16GB"),
        "Any laptop with ram 16GB",
        "Jedes Produkt der Kategorie „laptop“ mit ram 16GB",
    );
}

// — usecases —
mod usecases;
// — refusals —
mod refusals;

/// The store's refusals of a file, each way they read.
fn store_becauses() -> Vec<Because> {
    use crate::store::file::{Damage, Foreign};
    let file = || "/shop/equipflow.db".to_string();
    let mut out = vec![
        Because::OpenElsewhere { file: file() },
        Because::ReadOnly { file: file() },
        Because::DiskFull { file: file() },
        Because::Newer {
            file: file(),
            changes: 1,
        },
        Because::Newer {
            file: file(),
            changes: 3,
        },
        Because::Damaged {
            file: file(),
            detail: Damage::Unreadable,
        },
        Because::Damaged {
            file: file(),
            detail: Damage::CutOff,
        },
    ];
    out.extend(Foreign::ALL.map(|why| Because::NotEquipflow { file: file(), why }));
    out
}

#[test]
fn the_stores_refusals_of_a_file_read_in_german_with_the_file() {
    for why in store_becauses() {
        let (en, de) = (Lang::En.because(&why), Lang::De.because(&why));
        for word in ENGLISH {
            assert!(
                !format!(" {de} ").contains(word),
                "{why:?}: {de} has {word:?}"
            );
        }
        assert!(
            en != de && de.contains("/shop/equipflow.db"),
            "{why:?}: {de}"
        );
    }
    let damaged = crate::Error::refuse(
        RefusalKind::DatabaseDamaged,
        Because::Damaged {
            file: "/shop/equipflow.db".into(),
            detail: crate::store::file::Damage::Check("*** in database main ***".into()),
        },
    );
    assert_eq!(
        damaged.to_string(),
        "/shop/equipflow.db is damaged (*** in database main ***): nothing in it was changed; put your latest backup in its place (the daily copies are in the backups folder beside it), then try again"
    );
    assert_eq!(
        Lang::De.refusal(damaged.refusal().unwrap()),
        "/shop/equipflow.db ist beschädigt (*** in database main ***): nichts darin wurde geändert; legen Sie Ihre letzte Sicherung an ihre Stelle (die täglichen Kopien liegen im Sicherungsordner daneben) und versuchen Sie es dann noch einmal"
    );
}

#[test]
fn the_papers_and_a_holdings_end_read_in_german() {
    use crate::domain::holding::{CheckInCondition, DueKind, EndKind};
    use crate::domain::resource::ResourceKind;
    for w in PaperWord::ALL {
        assert_ne!(Lang::De.paper(w), Lang::En.paper(w), "{w:?}");
        assert!(!Lang::De.paper(w).is_empty(), "{w:?}");
    }
    for k in ResourceKind::ALL {
        assert_ne!(Lang::De.resource_kind(*k), Lang::En.resource_kind(*k));
    }
    for c in [
        None,
        Some(CheckInCondition::Good),
        Some(CheckInCondition::Damaged),
        Some(CheckInCondition::Missing),
    ] {
        assert_ne!(
            Lang::De.check_in_condition(c),
            Lang::En.check_in_condition(c)
        );
    }
    for n in 0..3 {
        assert_ne!(Lang::De.stops(n), Lang::En.stops(n));
        assert_ne!(Lang::De.taken_back(n, true), Lang::En.taken_back(n, true));
        assert_ne!(Lang::De.taken_back(n, false), Lang::En.taken_back(n, false));
    }
    let day = d("2026-12-04");
    let mut seen = std::collections::BTreeSet::new();
    for end in EndKind::ALL {
        for kind in DueKind::ALL {
            let (en, de) = (
                Lang::En.due(*kind, *end, day),
                Lang::De.due(*kind, *end, day),
            );
            assert_ne!(en, de);
            assert!(seen.insert(de), "each end says something of its own");
        }
    }
    assert_eq!(
        Lang::En.due(DueKind::DueBack, EndKind::ServiceEnds, day),
        "Ends Fri 4 Dec 2026"
    );
    assert_eq!(
        Lang::De.due(DueKind::Overdue, EndKind::BringBack, day),
        "Überfällig seit Fr. 4. Dez. 2026"
    );
    assert_eq!(
        Lang::De.printed(day, "14:05"),
        "Gedruckt Fr. 4. Dez. 2026, 14:05"
    );
    assert_eq!(Lang::De.page(1, 2), "Seite 1 von 2");
    assert_eq!(
        Lang::De.note_line("EF-000012", "Fr. 4. Dez. 2026", "Dana Weber"),
        "Bestellung EF-000012 · Fr. 4. Dez. 2026 · geliefert von Dana Weber"
    );
    assert_eq!(
        Lang::De.receipt_line("Tausch", "EF-000031", "Fr. 4. Dez. 2026"),
        "Tausch · Bestellung EF-000031 · zurückgenommen Fr. 4. Dez. 2026"
    );
    for t in [
        TransactionType::Return,
        TransactionType::Swap,
        TransactionType::Change,
    ] {
        assert_ne!(Lang::De.way_back_kind(t), Lang::En.way_back_kind(t));
    }
}

#[test]
fn preparing_by_scan_reads_in_english_and_in_german() {
    use super::PickWords;
    for w in [
        PickWords::Expected,
        PickWords::Instead { of: "SN-1" },
        PickWords::MarkPrepared,
    ] {
        let (en, de) = (Lang::En.pick(w), Lang::De.pick(w));
        assert!(!en.is_empty() && en != de, "{w:?}: {en} / {de}");
    }
    let reserved = Invalid::UnitReservedFor {
        serial: "SN-1".into(),
        order_number: "EF-000012".into(),
        customer: "Acme GmbH".into(),
        span: crate::domain::stock::Span {
            start: d("2026-12-01"),
            end: d("2026-12-04"),
        },
    };
    says(
        |l| l.invalid(&reserved),
        "SN-1 is reserved for order EF-000012 (Acme GmbH, Tue 1 – Fri 4 Dec 2026)",
        "SN-1 ist für Bestellung EF-000012 reserviert (Acme GmbH, Di. 1. – Fr. 4. Dez. 2026)",
    );
    assert_eq!(
        Lang::De.invalid(&Invalid::ScansOnlyWhilePreparing {
            status: ItemStatus::Ready
        }),
        "werden beim Vorbereiten genommen; dieser Artikel ist „Lieferbereit“"
    );
}

// — reports —

#[test]
fn every_report_word_reads_in_english_and_in_german() {
    use crate::domain::HoldKind;
    use crate::read::reports::{LateCause, ReportTable, ReportWord};
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    pairs.extend(
        ReportWord::ALL
            .iter()
            .map(|w| (Lang::En.report_word(*w), Lang::De.report_word(*w))),
    );
    pairs.extend(ReportTable::ALL.map(|t| (Lang::En.report_table(t), Lang::De.report_table(t))));
    pairs.extend(LateCause::ALL.map(|c| (Lang::En.late_cause(c), Lang::De.late_cause(c))));
    pairs.extend(
        HoldKind::ALL
            .iter()
            .map(|k| (Lang::En.hold_kind(*k), Lang::De.hold_kind(*k))),
    );
    pairs.extend(
        Lang::En
            .age_buckets()
            .into_iter()
            .zip(Lang::De.age_buckets()),
    );
    for (en, de) in pairs {
        assert!(!en.is_empty() && en != de, "{en} / {de}");
    }
    let spans = [
        (45, "45 min", "45 Min."),
        (120, "2 h", "2 Std."),
        (200, "3 h 20 min", "3 Std. 20 Min."),
    ];
    let days = [
        (3 * 24 * 60 + 5, "3 d", "3 Tg."),
        (5 * 24 * 60 + 4 * 60, "5 d 4 h", "5 Tg. 4 Std."),
    ];
    for (minutes, en, de) in spans.into_iter().chain(days) {
        assert_eq!(Lang::En.time_span(minutes), en);
        assert_eq!(Lang::De.time_span(minutes), de);
    }
    assert_eq!(
        Lang::De.period(d("2026-11-30"), d("2026-12-07")),
        "Mo. 30. Nov. 2026 – Mo. 7. Dez. 2026"
    );
    assert_eq!(
        Lang::En.period(d("2026-11-30"), d("2026-12-07")),
        "Mon 30 Nov 2026 – Mon 7 Dec 2026"
    );
}

// — import —

/// One of each import problem.
fn import_samples() -> Vec<Invalid> {
    use crate::domain::sheet::RowProblem;
    let q = |s: &str| format!("\"{s}\"");
    let first = RowProblem {
        row: 3,
        column: "service".into(),
        why: Lang::En.invalid(&Invalid::ServiceCodeRequired),
        words: Some(Box::new(Invalid::ServiceCodeRequired)),
    };
    vec![
        Invalid::OneOf {
            got: String::new(),
            all: vec!["device", "service"],
        },
        Invalid::OneOf {
            got: q("gadget"),
            all: vec!["device", "service"],
        },
        Invalid::OnRowAlready {
            what: "MON-27".into(),
            first: 2,
        },
        Invalid::LineOnRowAlready {
            line: 2,
            order: "PO-4711".into(),
            first: 3,
        },
        Invalid::DiffersFromFirstRow {
            first: 2,
            order: true,
        },
        Invalid::DiffersFromFirstRow {
            first: 2,
            order: false,
        },
        Invalid::TakenLineDiffers {
            was: q("2"),
            order: "EF-000012".into(),
        },
        Invalid::TakenHasNoLine {
            order: "EF-000012".into(),
            line: 3,
        },
        Invalid::TooManyLines {
            order: "PO-4711".into(),
            max: 100,
        },
        Invalid::CustomerNumberRequired,
        Invalid::NoCustomerNumbered { got: q("C-9") },
        Invalid::RecipientRequired,
        Invalid::NotTheirPerson {
            got: q("Eva"),
            customer: "Acme GmbH".into(),
            people: ["Anna".into(), "Ben".into()].into(),
        },
        Invalid::NotTheirPerson {
            got: q("Eva"),
            customer: "Acme GmbH".into(),
            people: [].into(),
        },
        Invalid::SeveralPeople {
            n: 2,
            customer: "Acme GmbH".into(),
            got: q("Anna"),
            by_email: false,
        },
        Invalid::SeveralPeople {
            n: 2,
            customer: "Acme GmbH".into(),
            got: q("a@acme.at"),
            by_email: true,
        },
        Invalid::NotAWholeNumber {
            min: 1,
            max: 1000,
            got: q("2.5"),
        },
        Invalid::WayBackInFile {
            kind: TransactionType::Swap,
        },
        Invalid::NotAnOrderKind { got: q("rent") },
        Invalid::ServiceCodeRequired,
        Invalid::NoServiceCoded { got: q("X-1") },
        Invalid::NoAddressOnFile {
            customer: "Acme GmbH".into(),
        },
        Invalid::CategoryOnOrders,
        Invalid::SkuRequired,
        Invalid::NoProductWithSku { got: q("MON-9") },
        Invalid::UnitKeepsProduct {
            serial: "SN1".into(),
            product: "MON-27 (Dell 27)".into(),
        },
        Invalid::UnitKeepsInventoryNumber {
            serial: "SN1".into(),
            number: "INV-1".into(),
        },
        Invalid::UnitStaysRetired {
            serial: "SN1".into(),
        },
        Invalid::UnitConditionFollows {
            serial: "SN1".into(),
            would: UnitCondition::Damaged,
        },
        Invalid::AuditTrailNotImported,
        Invalid::NothingImported {
            first: Box::new(first.clone()),
            more: 2,
        },
        Invalid::RowUnreadable {
            // The reader words its error itself, in English; rare with rows of any length.
            error: "CSV error: record 3 (line: 4, byte: 52)".into(),
        },
        Invalid::RowTooLong {
            cells: 3,
            columns: 2,
        },
        Invalid::NotYesNo { got: q("maybe") },
        Invalid::SpecWithoutEquals { part: q("ram 16") },
        // — receive — (a receipt's lines, and the new units of a file)
        Invalid::AlreadyInStock {
            serial: "SN1".into(),
            number: "INV-00007".into(),
        },
        Invalid::InventoryNumberGiven {
            number: "INV-00009".into(),
        },
        Invalid::InventoryNumberOnLine {
            number: "INV-00009".into(),
            line: 2,
        },
    ]
}

#[test]
fn every_import_problem_reads_in_english_and_in_german() {
    use crate::domain::sheet::RowProblem;
    let samples = import_samples();
    let nothing = samples
        .iter()
        .find(|s| matches!(s, Invalid::NothingImported { .. }))
        .unwrap();
    assert_eq!(
        Lang::De.invalid(nothing),
        "Zeile 3, Spalte service: muss ausgefüllt sein: der Code der Leistung (und 2 weitere Probleme); nichts wurde importiert"
    );
    assert_eq!(
        Lang::En.invalid(nothing),
        "row 3, column service: is required: the service's code (and 2 more problems); nothing was imported"
    );
    // A problem written where it arose, without the catalogue's words, reads as written.
    let as_written = RowProblem {
        row: 3,
        column: String::new(),
        why: "cannot be read".into(),
        words: None,
    };
    assert_eq!(as_written.why_in(Lang::De), "cannot be read");
    for kind in [
        SheetKind::Products,
        SheetKind::Services,
        SheetKind::StockUnits,
        SheetKind::Customers,
        SheetKind::OpenOrders,
        SheetKind::AuditTrail,
    ] {
        for n in [(1, 0, 0), (2, 1, 0)] {
            let (en, de) = (
                Lang::En.imported(kind, n.0, n.1, n.2),
                Lang::De.imported(kind, n.0, n.1, n.2),
            );
            assert!(en != de, "{en} / {de}");
        }
    }
    assert_eq!(
        Lang::En.imported(SheetKind::OpenOrders, 1, 0, 0),
        "Imported 1 order line: 1 new, 0 changed, 0 unchanged"
    );
    assert_eq!(
        Lang::En.imported(SheetKind::Products, 10, 2, 30),
        "Imported 42 products: 10 new, 2 changed, 30 unchanged"
    );
    assert_eq!(
        Lang::De.imported(SheetKind::Products, 1, 0, 0),
        "1 Produkt importiert: 1 neu, 0 geändert, 0 unverändert"
    );
}

/// What a preview says of a row, in English as it always read and in German.
#[test]
fn an_imports_preview_lines_read_in_english_and_in_german() {
    use crate::domain::catalog::{OfferType, ServiceKind};
    use crate::domain::customer::CustomerPart;
    use crate::domain::stock::UnitState;
    use crate::read::import::ImportLine as L;
    let lines = [
        L::OrderLine {
            order: "PO-4711".into(),
            line: 2,
        },
        L::Price(129_900),
        L::Offer {
            kind: ServiceKind::Workplace,
            offer: OfferType::Rental,
        },
        L::State(UnitState::InRepair),
        L::Days {
            from: d("2026-12-01"),
            to: d("2026-12-04"),
        },
        L::PersonAdded("Anna Berg".into()),
        L::AddressAdded {
            line1: "Hauptstraße 1".into(),
            postal_code: "1010".into(),
            city: "Wien".into(),
        },
        L::PartAdded(CustomerPart::Address),
        L::PartEdited(CustomerPart::Person, "email: a@x.at → b@x.at".into()),
        L::Archived {
            was: false,
            is: true,
        },
        L::Moved {
            from: "Shelf A".into(),
            to: "Van 2".into(),
        },
        L::StateChanged {
            from: UnitState::Available,
            to: UnitState::Retired,
        },
    ];
    let read = |lang: Lang| {
        lines
            .iter()
            .map(|l| lang.import_line(l))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read(Lang::En),
        [
            "PO-4711 line 2",
            "1,299.00",
            "workplace, rental",
            "in_repair",
            "Tue 1 – Fri 4 Dec 2026",
            "person Anna Berg",
            "address Hauptstraße 1, 1010 Wien",
            "address added",
            "person email: a@x.at → b@x.at",
            "archived: no → yes",
            "location: Shelf A → Van 2",
            "state: available → retired",
        ]
    );
    assert_eq!(
        read(Lang::De),
        [
            "PO-4711 Zeile 2",
            "1.299,00",
            "Arbeitsplatz, Miete",
            "in Reparatur",
            "Di. 1. – Fr. 4. Dez. 2026",
            "Person Anna Berg",
            "Adresse Hauptstraße 1, 1010 Wien",
            "Adresse hinzugefügt",
            "Person email: a@x.at → b@x.at",
            "archiviert: nein → ja",
            "Lagerort: Shelf A → Van 2",
            "Status: verfügbar → ausgemustert",
        ]
    );
    // A value and a trail's line read as written.
    for l in [L::Value("Dell 27".into()), L::Edited("name: A → B".into())] {
        assert_eq!(Lang::De.import_line(&l), Lang::En.import_line(&l));
    }
}

/// The kinds no sample shows, so a new kind fails here until its sentences
/// are tried in both languages.
fn kinds_without_sample<'a, E: 'a, K>(samples: impl IntoIterator<Item = &'a E>) -> Vec<K>
where
    K: strum::IntoEnumIterator + PartialEq + From<&'a E>,
{
    let shown: Vec<K> = samples.into_iter().map(K::from).collect();
    K::iter().filter(|k| !shown.contains(k)).collect()
}

#[test]
fn every_kind_of_sentence_has_a_sample() {
    use super::{BecauseDiscriminants, InvalidDiscriminants};
    use crate::domain::reason::ReasonDiscriminants;
    assert_eq!(
        kinds_without_sample::<_, ReasonDiscriminants>(&samples()),
        []
    );
    let fields = [field_samples(), usecases::invalids()].concat();
    assert_eq!(kinds_without_sample::<_, InvalidDiscriminants>(&fields), []);
    let becauses = [
        store_becauses(),
        stock_becauses(),
        usecases::becauses(),
        refusals::becauses(),
    ]
    .concat();
    assert_eq!(
        kinds_without_sample::<_, BecauseDiscriminants>(&becauses),
        []
    );
}

// — trail —
/// One step of each kind of a unit's trail (each release, check-in and
/// decision), with the English `unit_events.text` said before steps were kept as data.
fn unit_steps() -> Vec<(crate::domain::unit_step::UnitStep, &'static str)> {
    use crate::domain::holding::{CheckInCondition as C, MissingDecision as D};
    use crate::domain::unit_step::{Release as R, UnitStep as S};
    let released = |why| S::Released {
        order: "EF-000012".into(),
        why,
    };
    let checked_in = |condition, note: &str| S::CheckedIn {
        order: "EF-000031".into(),
        condition,
        note: note.into(),
    };
    let decided = |decision| S::MissingDecided {
        decision,
        note: "van 2".into(),
        customer: "Acme GmbH".into(),
    };
    vec![
        (
            S::Received {
                location: "Vienna A".into(),
                inventory_number: "INV-00001".into(),
            },
            "Received at Vienna A as INV-00001",
        ),
        (
            S::Moved {
                from: "Vienna A".into(),
                to: "Shelf 3".into(),
            },
            "Moved from Vienna A to Shelf 3",
        ),
        (
            S::ToRepair {
                note: "cracked screen".into(),
            },
            "Sent to repair: cracked screen",
        ),
        (S::BackFromRepair, "Back from repair"),
        (
            S::Retired {
                note: "beyond repair".into(),
            },
            "Retired: beyond repair",
        ),
        (
            S::Reserved {
                order: "EF-000012".into(),
                from: d("2026-12-01"),
                until: Some(d("2026-12-04")),
            },
            "Reserved for order EF-000012, Tue 1 – Fri 4 Dec 2026",
        ),
        (
            S::Reserved {
                order: "EF-000012".into(),
                from: d("2026-12-01"),
                until: None,
            },
            "Reserved for order EF-000012, from Tue 1 Dec 2026 on",
        ),
        (
            S::ReservedInstead {
                order: "EF-000012".into(),
                from: d("2026-12-01"),
                until: Some(d("2026-12-04")),
                instead_of: "SN-A".into(),
            },
            "Reserved for order EF-000012, Tue 1 – Fri 4 Dec 2026, instead of SN-A (scanned when preparing)",
        ),
        (
            released(R::ItemRejected),
            "Released from order EF-000012: the item was rejected",
        ),
        (
            released(R::ItemCancelled),
            "Released from order EF-000012: the item was cancelled",
        ),
        (
            released(R::ScannedInstead {
                serial: "SN-B".into(),
            }),
            "Released from order EF-000012: SN-B scanned instead when preparing",
        ),
        (
            released(R::BackWith {
                order: "EF-000031".into(),
            }),
            "Released from order EF-000012: back with order EF-000031",
        ),
        (
            S::Delivered {
                order: "EF-000012".into(),
                by: "Dana".into(),
            },
            "Delivered with order EF-000012 by Dana",
        ),
        (
            S::Collected {
                order: "EF-000031".into(),
                by: "Dana".into(),
            },
            "Collected with order EF-000031 by Dana; to check in",
        ),
        (
            checked_in(C::Good, ""),
            "Checked in good with order EF-000031; back in stock",
        ),
        (
            checked_in(C::Damaged, "hinge broken"),
            "Checked in damaged with order EF-000031: hinge broken; to repair",
        ),
        (
            checked_in(C::Missing, "box empty"),
            "Missing at check-in of order EF-000031: box empty; retired",
        ),
        (
            decided(D::FoundGood),
            "Found after all: van 2; back in stock",
        ),
        (
            decided(D::FoundDamaged),
            "Found after all: van 2; to repair",
        ),
        (decided(D::WrittenOff), "Written off: van 2"),
        (decided(D::Charged), "Charged to Acme GmbH: van 2"),
    ]
}

#[test]
fn every_unit_step_reads_as_its_old_english_and_in_german() {
    use crate::domain::unit_step::UnitStepDiscriminants;
    let samples = unit_steps();
    let steps = samples.iter().map(|(s, _)| s);
    assert_eq!(kinds_without_sample::<_, UnitStepDiscriminants>(steps), []);
    for (step, old) in &samples {
        let (en, de) = (Lang::En.unit_step(step), Lang::De.unit_step(step));
        assert_eq!(en, *old, "{step:?}");
        assert_eq!(step.sentence(), en);
        assert!(!de.is_empty() && de != en, "{step:?}: {de}");
        for word in ENGLISH {
            assert!(
                !format!(" {de} ").contains(word),
                "{step:?}: {de} has {word:?}"
            );
        }
        let stored = crate::domain::unit_step::UnitStep::from_json(&step.to_json()).unwrap();
        assert_eq!(&stored, step);
    }
    let (reserved, _) = &samples[5];
    assert_eq!(
        Lang::De.unit_step(reserved),
        "Reserviert für Bestellung EF-000012, Di. 1. – Fr. 4. Dez. 2026"
    );
}

#[test]
fn every_changed_field_reads_as_its_old_line_and_in_german() {
    use crate::domain::change::{Change, ChangeField, FieldValue as V, LinkedCode};
    use strum::IntoEnumIterator;
    for field in ChangeField::iter() {
        let c = Change {
            field,
            old: V::Text("A".into()),
            new: V::Text("B".into()),
        };
        let (en, de) = (Lang::En.change(&c), Lang::De.change(&c));
        assert!(
            en.ends_with(": A → B") && de.ends_with(": A → B"),
            "{en} / {de}"
        );
        // "Name" and "Code" are German words too.
        if !matches!(field, ChangeField::Name | ChangeField::Code) {
            assert_ne!(en, de, "{field:?}");
        }
        for word in ENGLISH {
            assert!(!format!(" {de} ").contains(word), "{de} has {word:?}");
        }
    }
    let change = |field, old, new| Change { field, old, new };
    let link = |code: &str, mandatory| LinkedCode {
        code: code.into(),
        mandatory,
    };
    // The lines the audit trail wrote before changes were kept as data.
    let cases = [
        (
            change(ChangeField::UnitPrice, V::Money(129_900), V::Money(119_900)),
            "unit price: 1,299.00 → 1,199.00",
            "Stückpreis: 1.299,00 → 1.199,00",
        ),
        (
            change(ChangeField::Recurring, V::YesNo(false), V::YesNo(true)),
            "recurring: no → yes",
            "wiederkehrend: nein → ja",
        ),
        (
            change(
                ChangeField::BasicServices,
                V::Names(vec![]),
                V::Names(vec!["SETUP".into(), "MDM".into()]),
            ),
            "basic services: none → SETUP, MDM",
            "Basisleistungen: keine → SETUP, MDM",
        ),
        (
            change(
                ChangeField::LinkedServices,
                V::Links(vec![link("SETUP", true), link("MDM", false)]),
                V::Links(vec![]),
            ),
            "linked services: SETUP (mandatory), MDM → none",
            "Verknüpfte Leistungen: SETUP (Pflicht), MDM → keine",
        ),
        (
            change(
                ChangeField::Sku,
                V::Text("WS-049".into()),
                V::Text("WS-050".into()),
            ),
            "SKU: WS-049 → WS-050",
            "Artikelnummer (SKU): WS-049 → WS-050",
        ),
    ];
    for (c, en, de) in cases {
        assert_eq!(Lang::En.change(&c), en);
        assert_eq!(c.sentence(), en);
        assert_eq!(Lang::De.change(&c), de);
        let json = Change::to_json(std::slice::from_ref(&c));
        assert_eq!(Change::from_json(&json).unwrap(), [c]);
    }
}
