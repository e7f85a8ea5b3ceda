//! Refusals that carry what they refuse for, not its English: the hold
//! behind an on-hold refusal, a holding no way back can be asked for.

use super::usecases::english_left;
use super::{d, says};
use crate::domain::holding::HoldingState;
use crate::domain::resource::{Conflict, ConflictKind, ResourceKind, Slot};
use crate::domain::stock::Span;
use crate::domain::Reason;
use crate::i18n::{Because, Lang};
use crate::read::candidates::Unpickable;
use crate::read::holdings::NotRequestable;
use crate::Error;
use chrono::{NaiveDateTime, NaiveTime};

/// The refusals of this area, for the check that every kind has a sample.
pub(super) fn becauses() -> Vec<Because> {
    vec![
        Because::CannotBePicked {
            product: "Dell P2425H".into(),
            why: Unpickable::TooFew {
                free: 1,
                wanted: 2,
                span: Span {
                    start: d("2026-12-01"),
                    end: d("2026-12-04"),
                },
            },
        },
        Because::CannotBePicked {
            product: "Philips 22E1N".into(),
            why: Unpickable::HasNow,
        },
        Because::CannotBook {
            conflicts: conflicts(),
        },
        Because::BookAnyway {
            conflicts: conflicts()
                .into_iter()
                .filter(|c| c.kind().overridable())
                .collect(),
        },
    ]
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn slot(from: &str, to: &str) -> Slot {
    Slot {
        start: at(from),
        end: at(to),
    }
}

/// Every kind of conflict once, with its details.
pub(super) fn conflicts() -> Vec<Conflict> {
    let dana = || "Dana".to_string();
    vec![
        Conflict::SpansDays,
        Conflict::NotAWorkDay {
            resource: dana(),
            day: d("2026-12-05"),
        },
        Conflict::DayOff {
            resource: dana(),
            day: d("2026-12-01"),
        },
        Conflict::OutsideHours {
            resource: dana(),
            slot: slot("2026-12-01T16:30", "2026-12-01T17:30"),
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
        },
        Conflict::Capacity {
            resource: dana(),
            units: 11,
            capacity: 10,
        },
        Conflict::Skill {
            resource: dana(),
            kind: ResourceKind::Driver,
        },
        Conflict::OutsideWindow {
            from: d("2026-12-01"),
            to: d("2026-12-04"),
            day: d("2026-12-07"),
        },
        Conflict::Overlap {
            resource: dana(),
            booked: slot("2026-12-01T09:00", "2026-12-01T10:00"),
        },
        Conflict::TravelBuffer {
            resource: dana(),
            booked: slot("2026-12-01T09:00", "2026-12-01T10:00"),
            minutes: 30,
        },
    ]
}

#[test]
fn an_on_hold_refusal_says_the_hold_in_german() {
    let held = Error::OnHold {
        position: Some(2),
        reasons: vec![Reason::NoProductInCatalog],
    };
    assert_eq!(
        held.to_string(),
        "item is on hold (item 2: No product in the catalog for this service); release the hold first"
    );
    let Error::OnHold { position, reasons } = &held else {
        unreachable!()
    };
    let words = crate::i18n::ErrorWords::OnHold {
        position: *position,
        reasons,
    };
    assert_eq!(Lang::En.error(&words), held.to_string());
    assert_eq!(
        Lang::De.error(&words),
        "der Artikel ist angehalten (Artikel 2: Kein Produkt im Katalog für diese Leistung); heben Sie den Halt zuerst auf"
    );
    assert_eq!(
        Lang::De.held(None, &[Reason::NoProductInCatalog]),
        "Kein Produkt im Katalog für diese Leistung"
    );
}

#[test]
fn a_holding_says_its_state_and_why_it_cannot_be_asked_back_in_german() {
    let states = [
        HoldingState::Active,
        HoldingState::ReturnRequested,
        HoldingState::Returned,
        HoldingState::Ended,
    ];
    for s in states {
        assert_eq!(Lang::En.holding_state(s), s.label());
        assert_ne!(Lang::De.holding_state(s), s.label(), "{s:?}");
    }
    let whys = [
        NotRequestable::UnderWay {
            order: "EF-000031".into(),
        },
        NotRequestable::NotHeld {
            state: HoldingState::Returned,
        },
        NotRequestable::MissingUndecided,
    ];
    let en: Vec<String> = whys.iter().map(|w| Lang::En.not_requestable(w)).collect();
    let de: Vec<String> = whys.iter().map(|w| Lang::De.not_requestable(w)).collect();
    assert_eq!(
        en,
        [
            "order EF-000031 is under way for it",
            "it is returned",
            "a missing unit waits for your decision"
        ]
    );
    assert_eq!(
        de,
        [
            "dafür läuft schon Bestellung EF-000031",
            "der Bestand hat den Status „Zurückgegeben“",
            "ein fehlendes Gerät wartet auf Ihre Entscheidung"
        ]
    );
}

#[test]
fn every_refusal_of_this_area_reads_in_english_and_in_german() {
    for why in becauses() {
        let (en, de) = (Lang::En.because(&why), Lang::De.because(&why));
        assert!(!en.is_empty() && en != de, "{why:?}: {en} / {de}");
        assert_eq!(english_left(&de), None, "{why:?}: {de}");
    }
}

#[test]
fn a_substitute_that_cannot_be_picked_says_why_in_german() {
    let [few, has, ..] = &becauses()[..] else {
        unreachable!()
    };
    says(
        |l| l.because(few),
        "Dell P2425H cannot be picked: only 1 of 2 free Tue 1 – Fri 4 Dec 2026",
        "Dell P2425H lässt sich nicht wählen: nur 1 von 2 frei (Di. 1. – Fr. 4. Dez. 2026)",
    );
    says(|l| l.because(has), "Philips 22E1N cannot be picked: the product it has now: waiting for it is the hold itself", "Philips 22E1N lässt sich nicht wählen: das Produkt, das der Artikel schon hat: darauf zu warten ist der Halt selbst");
}

#[test]
fn a_slot_that_does_not_fit_says_whose_day_which_hours_and_which_booking_in_german() {
    let all = conflicts();
    let kinds: Vec<ConflictKind> = all.iter().map(Conflict::kind).collect();
    assert_eq!(
        kinds,
        [
            ConflictKind::SpansDays,
            ConflictKind::NotAWorkDay,
            ConflictKind::DayOff,
            ConflictKind::OutsideHours,
            ConflictKind::Capacity,
            ConflictKind::Skill,
            ConflictKind::OutsideWindow,
            ConflictKind::Overlap,
            ConflictKind::TravelBuffer,
        ]
    );
    let en: Vec<String> = all.iter().map(|c| Lang::En.conflict(c)).collect();
    let de: Vec<String> = all.iter().map(|c| Lang::De.conflict(c)).collect();
    assert_eq!(
        en,
        [
            "a booking must start and end on the same day",
            "Dana does not work on Saturday",
            "Dana is off on Tue 1 Dec 2026",
            "16:30–17:30 is outside Dana's working hours 08:00–17:00",
            "11 units exceed Dana's capacity of 10",
            "the job needs a technician; Dana is a driver",
            "the recipient asked for Tue 1 – Fri 4 Dec 2026, not Mon 7 Dec 2026",
            "Dana is already booked Tue 09:00–10:00",
            "Dana has a job Tue 09:00–10:00, leaving less than the 30 min travel between jobs",
        ]
    );
    assert_eq!(
        de,
        [
            "ein Termin muss am selben Tag beginnen und enden",
            "Dana arbeitet samstags nicht",
            "Dana hat am Di. 1. Dez. 2026 frei",
            "16:30–17:30 liegt außerhalb der Arbeitszeit von Dana (08:00–17:00)",
            "11 Geräte übersteigen die Kapazität von Dana (10)",
            "der Auftrag braucht einen Techniker; Dana ist ein Fahrer",
            "der Empfänger wünscht Di. 1. – Fr. 4. Dez. 2026, nicht Mo. 7. Dez. 2026",
            "Dana ist schon Di. 09:00–10:00 gebucht",
            "Dana hat Di. 09:00–10:00 einen Einsatz; es blieben weniger als 30 Min. Fahrzeit dazwischen",
        ]
    );
    let anyway = &becauses()[3];
    says(|l| l.because(anyway), "16:30–17:30 is outside Dana's working hours 08:00–17:00; the recipient asked for Tue 1 – Fri 4 Dec 2026, not Mon 7 Dec 2026; Dana has a job Tue 09:00–10:00, leaving less than the 30 min travel between jobs. You may book it anyway with a reason.", "16:30–17:30 liegt außerhalb der Arbeitszeit von Dana (08:00–17:00); der Empfänger wünscht Di. 1. – Fr. 4. Dez. 2026, nicht Mo. 7. Dez. 2026; Dana hat Di. 09:00–10:00 einen Einsatz; es blieben weniger als 30 Min. Fahrzeit dazwischen. Mit einem Grund können Sie trotzdem buchen.");
    // The refusal keeps its conflicts' kinds for the UI; German says the details once.
    let refusal = crate::Refusal {
        conflicts: all.iter().map(Conflict::kind).collect(),
        ..crate::Refusal::because(
            crate::RefusalKind::SlotConflict,
            Because::CannotBook {
                conflicts: all[1..3].to_vec(),
            },
        )
    };
    says(|l| l.refusal(&refusal), "cannot book this slot: Dana does not work on Saturday; Dana is off on Tue 1 Dec 2026", "Dieser Termin lässt sich nicht buchen: Dana arbeitet samstags nicht; Dana hat am Di. 1. Dez. 2026 frei");
}
