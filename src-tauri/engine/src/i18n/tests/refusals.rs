//! Refusals that carry what they refuse for, not its English: the hold
//! behind an on-hold refusal, a holding no way back can be asked for.

use crate::domain::holding::HoldingState;
use crate::domain::Reason;
use crate::i18n::{Because, Lang};
use crate::read::holdings::NotRequestable;
use crate::Error;

/// The refusals of this area, for the check that every kind has a sample.
pub(super) fn becauses() -> Vec<Because> {
    vec![]
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
