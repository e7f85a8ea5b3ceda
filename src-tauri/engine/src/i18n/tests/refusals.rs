//! Refusals that carry what they refuse for, not its English: the hold
//! behind an on-hold refusal, a holding no way back can be asked for.

use super::d;
use super::usecases::english_left;
use crate::domain::holding::HoldingState;
use crate::domain::stock::Span;
use crate::domain::Reason;
use crate::i18n::{Because, Lang};
use crate::read::candidates::Unpickable;
use crate::read::holdings::NotRequestable;
use crate::Error;

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
    let [few, has] = &becauses()[..] else {
        unreachable!()
    };
    assert_eq!(
        Lang::En.because(few),
        "Dell P2425H cannot be picked: only 1 of 2 free Tue 1 – Fri 4 Dec 2026"
    );
    assert_eq!(
        Lang::De.because(few),
        "Dell P2425H lässt sich nicht wählen: nur 1 von 2 frei (Di. 1. – Fr. 4. Dez. 2026)"
    );
    assert_eq!(
        Lang::En.because(has),
        "Philips 22E1N cannot be picked: the product it has now: waiting for it is the hold itself"
    );
    assert_eq!(
        Lang::De.because(has),
        "Philips 22E1N lässt sich nicht wählen: das Produkt, das der Artikel schon hat: darauf zu warten ist der Halt selbst"
    );
}
