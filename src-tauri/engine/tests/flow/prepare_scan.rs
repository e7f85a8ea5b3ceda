//! Preparing by scan: each scanned serial answered on its own line (reserved
//! for the item, a stand-in, or refused with its reason); marking prepared
//! with the scans takes them all in one transaction or none, and a stand-in
//! takes over the reservation, logged in both units' trails and the item's step.

use crate::helpers::*;
use engine::domain::picking::PickProblem;
use engine::domain::stock::{PlaceKind, UnitEventKind};
use engine::domain::ItemStatus;
use engine::read::moves::{MoveAction, MoveInput};
use engine::read::stock::unit_history;
use engine::usecases::{self as uc, ItemOutcome};
use engine::Error;

struct Preparing {
    monitor: ItemOutcome,
    /// The serials reserved for the monitor item, in reservation order.
    expected: Vec<String>,
    product_id: i32,
}

/// Two 34" monitors and a headset in one order: both items wait in preparation.
async fn preparing(t: &TestShop) -> Preparing {
    let mut monitors = line(t.svc("MONITOR-BUY"), &[("size", "34")]);
    monitors.quantity = 2;
    let r = submit(
        t,
        vec![
            monitors,
            line(t.svc("HEADSET-BUY"), &[("type", "wired"), ("anc", "yes")]),
        ],
    )
    .await;
    let monitor = r.items[0].clone();
    assert_eq!(monitor.status, ItemStatus::Preparing);
    let expected = engine::read::item_detail(&t.db, monitor.item_id)
        .await
        .unwrap()
        .serials;
    assert_eq!(expected.len(), 2);
    let product_id = unit_by_serial(t, &expected[0]).await.product_id;
    Preparing {
        monitor,
        expected,
        product_id,
    }
}

fn s(serials: &[&str]) -> Vec<String> {
    serials.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn every_scan_is_answered_on_its_own_line_with_its_reason() {
    let t = spawn().await;
    let p = preparing(&t).await;
    let ids = receive_serials(&t, p.product_id, &["FREE-1", "REP-1", "RET-1"]).await;
    uc::send_to_repair(&t.db, &ctx(), ids[1], "Cracked panel")
        .await
        .unwrap();
    uc::retire_unit(&t.db, &ctx(), ids[2], "Dropped")
        .await
        .unwrap();
    // Another order's monitor over the same days holds its unit.
    let other = queued_monitor_34(&t).await;
    let other_serial = engine::read::item_detail(&t.db, other.item_id)
        .await
        .unwrap()
        .serials[0]
        .clone();
    let headset = engine::read::item_detail(&t.db, p.monitor.item_id + 1)
        .await
        .unwrap()
        .serials[0]
        .clone();
    let e = &p.expected;
    let scans = s(&[
        &e[0],
        "NOPE-1",
        &headset,
        "REP-1",
        "RET-1",
        &other_serial,
        &e[0],
        "FREE-1",
    ]);
    let check = uc::check_preparation(&t.db, p.monitor.item_id, &scans)
        .await
        .unwrap();
    let answers: Vec<_> = check
        .lines
        .iter()
        .map(|l| (l.accepted, l.problem))
        .collect();
    assert_eq!(
        answers,
        vec![
            (true, None),
            (false, Some(PickProblem::Unknown)),
            (false, Some(PickProblem::OtherProduct)),
            (false, Some(PickProblem::InRepair)),
            (false, Some(PickProblem::Retired)),
            (false, Some(PickProblem::Taken)),
            (false, Some(PickProblem::ScannedTwice)),
            (true, None),
        ]
    );
    assert_eq!(check.lines[0].answer, "Reserved for this item");
    assert_eq!(
        check.lines[1].answer,
        "Unknown serial: no unit in stock has NOPE-1"
    );
    assert!(
        check.lines[2].answer.contains("this item needs a"),
        "{}",
        check.lines[2].answer
    );
    assert_eq!(check.lines[3].answer, "REP-1 is in repair");
    assert_eq!(check.lines[4].answer, "RET-1 is retired");
    assert!(
        check.lines[5]
            .answer
            .starts_with(&format!("{other_serial} is reserved for order EF-")),
        "{}",
        check.lines[5].answer
    );
    assert_eq!(
        check.lines[6].answer,
        format!("Scanned twice: line 1 has {} already", e[0])
    );
    assert_eq!(
        check.lines[7].answer,
        format!("Instead of {}: its reservation moves here", e[1])
    );
    assert!(check.complete);
    assert_eq!(check.prepare_label, "Mark prepared");
    let none = uc::check_preparation(&t.db, p.monitor.item_id, &[])
        .await
        .unwrap();
    assert!(!none.complete);
    assert_eq!(
        none.prepare_label,
        format!("Scan 2 more units: {}, {}", e[0], e[1])
    );
}

#[tokio::test]
async fn marking_prepared_takes_every_scan_or_none() {
    let t = spawn().await;
    let p = preparing(&t).await;
    receive_serials(&t, p.product_id, &["FREE-1"]).await;
    let e = &p.expected;
    let (id, v) = (p.monitor.item_id, p.monitor.version);
    let before = t.fingerprint().await;
    let field = |err: Error| match err {
        Error::Validation { field, message, .. } => (field, message),
        other => panic!("a validation error: {other}"),
    };
    // A refused line refuses the whole: nothing moves, not even the stand-in.
    let err = uc::mark_prepared(&t.db, &ctx(), id, v, &s(&["FREE-1", "NOPE-1", &e[0]]))
        .await
        .unwrap_err();
    assert_eq!(
        field(err),
        (
            "scans[1]".into(),
            "Unknown serial: no unit in stock has NOPE-1".into()
        )
    );
    // Too few: the units still to scan are named.
    let err = uc::mark_prepared(&t.db, &ctx(), id, v, &s(&[&e[1]]))
        .await
        .unwrap_err();
    assert_eq!(
        field(err),
        ("scans".into(), format!("Scan 1 more unit: {}", e[0]))
    );
    assert_eq!(t.fingerprint().await, before, "a refusal changes nothing");
    assert_eq!(unit_by_serial(&t, "FREE-1").await.place, PlaceKind::InShop);
}

#[tokio::test]
async fn a_stand_in_takes_over_the_reservation_logged_in_both_trails_and_the_item() {
    let t = spawn().await;
    let p = preparing(&t).await;
    receive_serials(&t, p.product_id, &["FREE-1"]).await;
    let e = &p.expected;
    let out = uc::mark_prepared(
        &t.db,
        &ctx(),
        p.monitor.item_id,
        p.monitor.version,
        &s(&["FREE-1", &e[0]]),
    )
    .await
    .unwrap();
    assert_eq!(out.status, ItemStatus::Ready);
    let detail = engine::read::item_detail(&t.db, p.monitor.item_id)
        .await
        .unwrap();
    assert_eq!(detail.serials, s(&[&e[0], "FREE-1"]));
    let step = detail.timeline.last().unwrap();
    assert_eq!(
        (step.from, step.to),
        (ItemStatus::Preparing, ItemStatus::Ready)
    );
    assert_eq!(step.actor, "tester");
    assert!(
        step.reasons.contains(&format!(
            "FREE-1 scanned instead of {}: the reservation moved to it",
            e[1]
        )),
        "{:?}",
        step.reasons
    );
    let number = detail.order_number;
    let freed = unit_by_serial(&t, &e[1]).await;
    assert_eq!(freed.place, PlaceKind::InShop);
    let trail = unit_history(&t.db, freed.id).await.unwrap().steps;
    let last = trail.last().unwrap();
    assert_eq!(last.kind, UnitEventKind::Released);
    assert_eq!(
        last.text,
        format!("Released from order {number}: FREE-1 scanned instead when preparing")
    );
    let taken = unit_by_serial(&t, "FREE-1").await;
    assert_eq!(taken.place, PlaceKind::Reserved);
    let trail = unit_history(&t.db, taken.id).await.unwrap().steps;
    let kinds: Vec<_> = trail.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [UnitEventKind::Received, UnitEventKind::Reserved]);
    assert_eq!(
        trail[1].text,
        format!(
            "Reserved for order {number}, from Tue 1 Dec 2026 on, instead of {} (scanned when preparing)",
            e[1]
        )
    );
    // Scans are taken while preparing only.
    let err = uc::mark_prepared(&t.db, &ctx(), out.item_id, out.version, &s(&[&e[0]]))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "scans"),
        "{err}"
    );
}

/// A single 34" monitor for the same days, in an order of its own.
async fn queued_monitor_34(t: &TestShop) -> ItemOutcome {
    submit(t, vec![line(t.svc("MONITOR-BUY"), &[("size", "34")])])
        .await
        .items[0]
        .clone()
}

#[tokio::test]
async fn an_item_with_units_reserved_is_not_prepared_unscanned() {
    let t = spawn().await;
    let p = preparing(&t).await;
    let e = &p.expected;
    let (id, v) = (p.monitor.item_id, p.monitor.version);
    let before = t.fingerprint().await;
    let err = uc::mark_prepared(&t.db, &ctx(), id, v, &[])
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "scans"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "scans: are required: scan the 2 units reserved for this item first ({}, {})",
            e[0], e[1]
        )
    );
    assert_eq!(
        err.validation_words(engine::i18n::Lang::De).unwrap(),
        format!(
            "sind nötig: scannen Sie zuerst die 2 für diesen Artikel reservierten Geräte ({}, {})",
            e[0], e[1]
        )
    );
    // Nothing moved: the item, its reservations, the units' trails, the timeline.
    assert_eq!(t.fingerprint().await, before, "a refusal changes nothing");
    let detail = engine::read::item_detail(&t.db, id).await.unwrap();
    assert_eq!(detail.status, ItemStatus::Preparing);
    assert_eq!(&detail.serials, e);
    // The board's move says so: Mark prepared asks for the scan.
    let moves = engine::read::item_moves(&t.db, id).await.unwrap().moves;
    let mark = moves
        .iter()
        .find(|m| m.action == MoveAction::MarkPrepared)
        .unwrap();
    assert_eq!(mark.input, MoveInput::PrepareScan);
    // And its card, before any menu opens.
    assert!(card_of(&t, id).await.prepare_by_scan);
}

#[tokio::test]
async fn an_item_with_nothing_to_scan_is_prepared_as_it_is() {
    let t = spawn().await;
    // An on-site set-up takes no stock; beside a monitor it waits in preparation.
    let r = submit(
        &t,
        vec![
            line(t.svc("SETUP"), &[]),
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
        ],
    )
    .await;
    let setup = &r.items[0];
    assert_eq!(setup.status, ItemStatus::Preparing);
    let moves = engine::read::item_moves(&t.db, setup.item_id)
        .await
        .unwrap()
        .moves;
    let mark = moves
        .iter()
        .find(|m| m.action == MoveAction::MarkPrepared)
        .unwrap();
    assert_eq!(mark.input, MoveInput::None);
    assert!(!card_of(&t, setup.item_id).await.prepare_by_scan);
    let out = uc::mark_prepared(&t.db, &ctx(), setup.item_id, setup.version, &[])
        .await
        .unwrap();
    assert_eq!(out.status, ItemStatus::Ready);
}

#[tokio::test]
async fn scan_answers_read_in_german() {
    let t = spawn().await;
    let p = preparing(&t).await;
    let e = &p.expected;
    let de = t.db.speaking(engine::i18n::Lang::De);
    let check = uc::check_preparation(&de, p.monitor.item_id, &s(&[&e[0], "NOPE-1"]))
        .await
        .unwrap();
    let answers: Vec<_> = check.lines.iter().map(|l| l.answer.as_str()).collect();
    assert_eq!(
        answers,
        [
            "Für diesen Artikel reserviert",
            "Unbekannte Seriennummer: kein Gerät im Lager hat NOPE-1"
        ]
    );
    assert_eq!(
        check.prepare_label,
        format!("Noch 1 Gerät scannen: {}", e[1])
    );
}
