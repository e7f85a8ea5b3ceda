//! The refusals the use cases and read models write: every one reads in
//! English as the engine always wrote it and in German of its own, with the
//! values that say which item, unit, order or day.

use super::{d, says};
use crate::domain::customer::CustomerPart;
use crate::domain::holding::{CheckInCondition, HoldingState, MissingDecision};
use crate::domain::stock::Span;
use crate::domain::ItemStatus;
use crate::i18n::{Because, ErrorWords, Invalid, Lang, NotAMove};
use crate::{Error, RefusalKind};

fn span(from: &str, to: &str) -> Span {
    Span {
        start: d(from),
        end: d(to),
    }
}

pub(super) fn becauses() -> Vec<Because> {
    vec![
        Because::NotOnHold { item: 42 },
        Because::NotCancellable {
            position: 2,
            status: ItemStatus::InDelivery,
        },
        Because::NoOpenItems { order: 7 },
        Because::NotReadyToComplete {
            order: "EF-000012".into(),
            open: vec![
                (1, ItemStatus::Scheduled, true),
                (2, ItemStatus::Ready, false),
            ],
        },
        Because::NotReadyToComplete {
            order: "EF-000012".into(),
            open: vec![],
        },
        Because::NotSplittable {
            item: 42,
            status: ItemStatus::Scheduled,
        },
        Because::NotScheduled {
            status: ItemStatus::Ready,
        },
        Because::PartGone {
            position: 2,
            status: ItemStatus::InDelivery,
        },
        Because::NothingToBook,
        Because::ShipsTogether {
            ready: 1,
            of: 3,
            position: 2,
            status: ItemStatus::Preparing,
        },
        Because::StockClash {
            serial: "SN-7".into(),
            position: 1,
            other: span("2026-12-07", "2026-12-09"),
            day: d("2026-12-08"),
            own: span("2026-12-01", "2026-12-04"),
        },
        Because::TooFarAhead {
            opens: d("2028-01-03"),
            days: 366,
        },
        Because::BackupBroken {
            path: "/mnt/sicherung/equipflow-2026-11-30.db".into(),
            first: "row 3 missing from index x".into(),
        },
    ]
}

pub(super) fn invalids() -> Vec<Invalid> {
    let h = || "X1 (SN-7)".to_string();
    vec![
        Invalid::NotAWayBack,
        Invalid::ChooseHolding,
        Invalid::TooManyHoldings { n: 60, max: 50 },
        Invalid::ChosenTwice { what: h() },
        Invalid::OtherCustomers {
            holding: h(),
            customer: "Acme GmbH".into(),
            first: "Muster AG".into(),
        },
        Invalid::NoLongerHeld {
            holding: h(),
            state: HoldingState::Returned,
        },
        Invalid::NoLongerHeld {
            holding: h(),
            state: HoldingState::Ended,
        },
        Invalid::CameBackWithout {
            holding: h(),
            missing: vec!["SN-8".into(), "SN-9".into()],
        },
        Invalid::UnderWayAlready {
            order: "EF-000012".into(),
            holding: h(),
        },
        Invalid::NotRecurring { holding: h() },
        Invalid::EndsBeforeStart {
            ends: d("2026-11-01"),
            holding: h(),
            started: d("2026-11-15"),
        },
        Invalid::ChooseProductFor { holding: h() },
        Invalid::NoProductToDeliver { id: 9 },
        Invalid::HasThatProduct {
            product: "X1".into(),
        },
        Invalid::OtherCategory {
            product: "X2".into(),
            category: "Tablet".into(),
            holding: h(),
            was: "Laptop".into(),
        },
        Invalid::ChooseCustomer,
        Invalid::ChooseRecipient,
        Invalid::CustomerArchived {
            customer: "Acme GmbH".into(),
        },
        Invalid::RecipientOfOther { id: 5 },
        Invalid::RecipientArchived {
            name: "Jana Novak".into(),
        },
        Invalid::NoItems,
        Invalid::TooManyItems { n: 60, max: 50 },
        Invalid::ChooseService,
        Invalid::ServiceArchived {
            service: "Laptop-Miete".into(),
        },
        Invalid::WayBackFromHoldings,
        Invalid::NotInCatalog,
        Invalid::ArchivedForReceipt,
        Invalid::NothingScanned,
        Invalid::TooManyScans { n: 600, max: 500 },
        Invalid::AlreadyThere {
            serial: "SN-7".into(),
        },
        Invalid::NothingToSplit,
        Invalid::TooManyToSplit { n: 60, max: 50 },
        Invalid::ItemListedTwice { item: 42 },
        Invalid::SplitsEverything,
        Invalid::NotInOrder { item: 42, order: 7 },
        Invalid::SlotEndsNotAfterStart {
            end: d("2026-12-01").and_hms_opt(9, 0, 0).unwrap(),
            start: d("2026-12-01").and_hms_opt(10, 0, 0).unwrap(),
        },
        Invalid::DearerSayWhy {
            product: "X2".into(),
            cents: 12_050,
            currency: "EUR".into(),
        },
        Invalid::ProductArchived {
            product: "X1".into(),
        },
        Invalid::NotOffered {
            product: "X1".into(),
            category: "Monitor".into(),
            service: "Laptop-Miete".into(),
        },
        Invalid::SayWhyDecided {
            decision: MissingDecision::Charged,
        },
        Invalid::SayWhyCondition {
            condition: CheckInCondition::Damaged,
        },
        Invalid::DecidedAlready {
            serial: "SN-7".into(),
        },
        Invalid::NotMissing {
            serial: "SN-7".into(),
        },
        Invalid::NoUnitIn {
            holding: h(),
            unit: 3,
        },
        Invalid::StillToCheckIn {
            serials: vec!["SN-8".into(), "SN-9".into()],
        },
        Invalid::OnlyWayBackChecksIn,
        Invalid::NumberTaken {
            number: "K-100".into(),
            owner: "Acme GmbH".into(),
        },
        Invalid::PartArchivedAlready {
            part: CustomerPart::Person,
            archived: true,
        },
        Invalid::PartArchivedAlready {
            part: CustomerPart::Address,
            archived: false,
        },
        Invalid::CatalogArchivedAlready {
            name: "X1".into(),
            archived: true,
        },
        Invalid::OnOrderItems { n: 1 },
        Invalid::OnOrderItems { n: 3 },
        Invalid::CannotWrite {
            folder: "/mnt/sicherung".into(),
            error: "Permission denied (os error 13)".into(),
        },
        Invalid::NotOnOrAfter {
            from: d("2026-12-04"),
            to: d("2026-12-01"),
        },
        Invalid::ReportTooLong { max: 366 },
        Invalid::AtMostAtOnce { n: 600, max: 500 },
        Invalid::NoProductOfCategory {
            category: "\"Drucker\"".into(),
        },
    ]
}

/// English words that have no business in a German sentence (the samples' values hold none).
pub(super) fn english_left(sentence: &str) -> Option<&'static str> {
    const ENGLISH: [&str; 14] = [
        "the", "is", "a", "of", "not", "item", "order", "choose", "already", "with", "to", "at",
        "more", "no",
    ];
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| ENGLISH.iter().find(|e| **e == w).copied())
}

#[test]
fn every_refusal_of_the_use_cases_reads_in_english_and_in_german() {
    for why in becauses() {
        let (en, de) = (Lang::En.because(&why), Lang::De.because(&why));
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
        // SQLite's own words about a damaged file stay as it wrote them.
        if !matches!(why, Because::BackupBroken { .. }) {
            assert_eq!(english_left(&de), None, "{why:?}: {de}");
        }
    }

    for why in invalids() {
        let (en, de) = (Lang::En.invalid(&why), Lang::De.invalid(&why));
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
        // The OS's own words about a folder stay as it wrote them.
        if !matches!(why, Invalid::CannotWrite { .. }) {
            assert_eq!(english_left(&de), None, "{why:?}: {de}");
        }
    }
}

#[test]
fn a_refusal_says_which_item_unit_and_day_in_german_too() {
    let clash = &becauses()[10];
    says(|l| l.because(clash), "unit SN-7 (item 1) is reserved Mon 7 – Wed 9 Dec 2026 and cannot also be out on Tue 8 Dec 2026; pick a day its reservation covers (Tue 1 – Fri 4 Dec 2026)", "Gerät SN-7 (Artikel 1) ist anderweitig reserviert (Mo. 7. – Mi. 9. Dez. 2026) und kann nicht zusätzlich am Di. 8. Dez. 2026 unterwegs sein; wählen Sie einen Tag, den seine Reservierung abdeckt (Di. 1. – Fr. 4. Dez. 2026)");
    assert_eq!(
        Lang::De.because(&becauses()[3]),
        "Bestellung EF-000012 ist noch nicht abschlussbereit: Artikel 1 hat den Status „Geplant“ und ist angehalten, Artikel 2 hat den Status „Lieferbereit“"
    );

    // The error keeps the English the engine always wrote; a German desk reads its own.
    let e = Error::refuse(
        RefusalKind::NotSplittable,
        Because::NotSplittable {
            item: 42,
            status: ItemStatus::Scheduled,
        },
    );
    assert_eq!(
        e.to_string(),
        "item 42 is scheduled: only items not yet scheduled can be split off"
    );
    let r = e.refusal().unwrap();
    assert_eq!(r.kind, RefusalKind::NotSplittable);
    assert_eq!(
        Lang::De.refusal(r),
        "Artikel 42 hat den Status „Geplant“: nur noch nicht geplante Artikel lassen sich abtrennen"
    );

    let e = Error::invalid("items", Invalid::TooManyItems { n: 60, max: 50 });
    assert_eq!(e.to_string(), "items: 60 items; at most 50 per order");
    assert_eq!(
        e.validation_words(Lang::De).as_deref(),
        Some("60 Artikel; höchstens 50 pro Bestellung")
    );
}

#[test]
fn a_move_a_use_case_refuses_reads_in_german() {
    let moves = [
        NotAMove::OnlyAwaitingApproved,
        NotAMove::OnlyAwaitingRejected,
        NotAMove::PickedWhenNeeded,
        NotAMove::OnlyCollectedCheckedIn,
        NotAMove::OnlyQueuedScheduled,
        NotAMove::OnlyScheduledUnscheduled,
        NotAMove::OnlyScheduledDispatched,
        NotAMove::OnlyOutComesBack,
    ];
    for why in &moves {
        let (en, de) = (Lang::En.not_a_move(why), Lang::De.not_a_move(why));
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
        assert_eq!(english_left(&de), None, "{why:?}: {de}");
        assert_eq!(en, why.to_string());
    }
    let words = ErrorWords::IllegalTransition {
        from: ItemStatus::Scheduled,
        to: ItemStatus::Assigned,
        reason: &moves[0],
    };
    says(|l| l.error(&words), "cannot move from scheduled to assigned: only an item awaiting approval can be approved", "von „Geplant“ nach „Zugeordnet“ geht es nicht: genehmigt wird nur ein Artikel, der auf Genehmigung wartet");
}
