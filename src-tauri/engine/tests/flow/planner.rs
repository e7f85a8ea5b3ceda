//! D5 as the planner uses it: overrides with a reason, moving and resizing
//! bookings, and reservations stretched to cover the day a delivery goes out.

use crate::helpers::*;
use engine::domain::ItemStatus;
use engine::usecases as uc;
use engine::Error;

#[tokio::test]
async fn overtime_needs_a_reason_which_the_booking_and_trail_keep() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let late = || {
        slot(
            it.item_id,
            it.version,
            t.shop.resources[0],
            "2026-12-02",
            "17:30",
            "18:30",
        )
    };
    let before = t.fingerprint().await;
    let e = uc::schedule_item(&t.db, &ctx(), late()).await.unwrap_err();
    assert!(
        matches!(e, Error::Overridable(ref m) if m.conflicts.contains(&engine::domain::resource::ConflictKind::OutsideHours)),
        "{e}"
    );
    assert_eq!(
        t.fingerprint().await,
        before,
        "an unanswered override books nothing"
    );

    let mut input = late();
    input.override_reason = Some("customer only there after work".into());
    let out = uc::schedule_item(&t.db, &ctx(), input).await.unwrap();
    assert_eq!(out[0].status, ItemStatus::Scheduled);
    let kept: String = sqlx::query_scalar("SELECT override_reason FROM bookings")
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    assert!(
        kept.contains("working hours") && kept.contains("customer only there after work"),
        "{kept}"
    );
    let d = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
    let booked = d
        .timeline
        .iter()
        .find(|e| e.to == ItemStatus::Scheduled)
        .unwrap();
    assert!(booked.overridden);
    assert!(booked
        .note
        .as_deref()
        .unwrap()
        .contains("customer only there after work"));
}

#[tokio::test]
async fn a_clash_cannot_be_talked_round() {
    let t = spawn().await;
    let a = queued_monitor(&t).await;
    let b = queued_monitor(&t).await;
    book(&t, a.item_id, a.version, "2026-12-02", "09:00", "10:00").await;
    let before = t.fingerprint().await;
    let mut input = slot(
        b.item_id,
        b.version,
        t.shop.resources[0],
        "2026-12-02",
        "09:30",
        "10:30",
    );
    input.override_reason = Some("squeeze it in".into());
    let e = uc::schedule_item(&t.db, &ctx(), input).await.unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.conflicts.contains(&engine::domain::resource::ConflictKind::Overlap) && m.message.contains("already booked Wed 09:00")),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn a_booking_moves_and_resizes_with_every_rule_checked_again() {
    let t = spawn().await;
    let a = queued_monitor(&t).await;
    let b = queued_monitor(&t).await;
    let a_booked = book(&t, a.item_id, a.version, "2026-12-02", "09:00", "10:00").await;
    book(&t, b.item_id, b.version, "2026-12-02", "13:00", "14:00").await;
    let r0 = t.shop.resources[0];

    // Resize: a longer visit, same start.
    let out = uc::reschedule_item(
        &t.db,
        &ctx(),
        slot(
            a.item_id,
            a_booked[0].version,
            r0,
            "2026-12-02",
            "09:00",
            "11:00",
        ),
    )
    .await
    .unwrap();
    assert_eq!(out[0].status, ItemStatus::Scheduled);
    let ends: Vec<(String, String)> =
        sqlx::query_as("SELECT start_at, end_at FROM bookings ORDER BY start_at")
            .fetch_all(t.db.pool())
            .await
            .unwrap();
    assert_eq!(ends[0].1, "2026-12-02T11:00:00+00:00");
    assert_eq!(
        t.count("SELECT COUNT(*) FROM bookings").await,
        2,
        "moved in place, not copied"
    );

    // Move onto the other booking: refused, nothing changes.
    let before = t.fingerprint().await;
    let e = uc::reschedule_item(
        &t.db,
        &ctx(),
        slot(
            a.item_id,
            out[0].version,
            r0,
            "2026-12-02",
            "12:30",
            "13:30",
        ),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.conflicts.contains(&engine::domain::resource::ConflictKind::Overlap)),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);

    // A stale version is a conflict.
    let e = uc::reschedule_item(
        &t.db,
        &ctx(),
        slot(
            a.item_id,
            a_booked[0].version,
            r0,
            "2026-12-03",
            "09:00",
            "10:00",
        ),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::Conflict { .. }), "{e}");

    // Move to another day: the trail says where it went.
    uc::reschedule_item(
        &t.db,
        &ctx(),
        slot(
            a.item_id,
            out[0].version,
            r0,
            "2026-12-03",
            "10:00",
            "11:00",
        ),
    )
    .await
    .unwrap();
    let d = engine::read::item_detail(&t.db, a.item_id).await.unwrap();
    let moved = d
        .timeline
        .iter()
        .rev()
        .find(|e| e.reasons.iter().any(|r| r.starts_with("Moved to")))
        .unwrap();
    assert!(
        moved.reasons[0].contains("Thu 3 Dec 10:00–11:00"),
        "{:?}",
        moved.reasons
    );

    // Only a scheduled delivery can be moved.
    let e = uc::reschedule_item(
        &t.db,
        &ctx(),
        slot(b.item_id + 1000, 1, r0, "2026-12-03", "12:00", "13:00"),
    )
    .await
    .unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
}

#[tokio::test]
async fn a_day_the_recipient_agreed_to_stretches_the_reservation() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    // The window is 2026-12-01..04; Monday 30 Nov is outside it.
    let mut input = slot(
        it.item_id,
        it.version,
        t.shop.resources[0],
        "2026-11-30",
        "09:00",
        "10:00",
    );
    let e = uc::schedule_item(&t.db, &ctx(), input.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Overridable(ref m) if m.conflicts.contains(&engine::domain::resource::ConflictKind::OutsideWindow)),
        "{e}"
    );
    input.override_reason = Some("recipient asked by phone for Monday".into());
    uc::schedule_item(&t.db, &ctx(), input).await.unwrap();
    let start: String = sqlx::query_scalar(
        "SELECT start_date FROM reservations WHERE item_id = ? AND released = 0",
    )
    .bind(it.item_id)
    .fetch_one(t.db.pool())
    .await
    .unwrap();
    assert_eq!(
        start, "2026-11-30",
        "the unit is the delivery's from the day it goes out"
    );
    let d = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
    let booked = d
        .timeline
        .iter()
        .find(|e| e.to == ItemStatus::Scheduled)
        .unwrap();
    assert!(
        booked
            .reasons
            .iter()
            .any(|r| r.contains("now covers from Mon 30 Nov 2026 on")),
        "{:?}",
        booked.reasons
    );
}

/// Two items on one booking, dispatched.
async fn trip_out(t: &TestShop, from: &str, to: &str) -> Vec<uc::ItemOutcome> {
    let r = submit(
        t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("HEADSET-BUY"), &[("type", "wired"), ("anc", "yes")]),
        ],
    )
    .await;
    let mut prepared = vec![];
    for it in &r.items {
        prepared.push(
            prepare(&t.db, &ctx(), it.item_id, it.version)
                .await
                .unwrap(),
        );
    }
    let booked = book(
        t,
        prepared[0].item_id,
        prepared[0].version,
        "2026-12-01",
        from,
        to,
    )
    .await;
    uc::dispatch_item(&t.db, &ctx(), booked[0].item_id, booked[0].version)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_whole_trip_comes_back_delivered_or_failed_at_once() {
    let t = spawn().await;
    let out = trip_out(&t, "09:00", "10:00").await;
    assert_eq!(out.len(), 2);
    let done = uc::mark_trip_delivered(&t.db, &ctx(), out[0].item_id, out[0].version)
        .await
        .unwrap();
    assert!(
        done.iter().all(|o| o.status == ItemStatus::Delivered) && done.len() == 2,
        "{done:?}"
    );
    assert_eq!(
        order_counts(&t, done[1].item_id).await.2,
        2,
        "both delivered"
    );

    let out = trip_out(&t, "11:00", "12:00").await;
    let before = t.fingerprint().await;
    let e = uc::mark_trip_failed(&t.db, &ctx(), out[0].item_id, out[0].version, " ")
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Validation { ref field, .. } if field == "reason"),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);
    let back = uc::mark_trip_failed(
        &t.db,
        &ctx(),
        out[0].item_id,
        out[0].version,
        "nobody at reception",
    )
    .await
    .unwrap();
    assert!(back.iter().all(|o| o.status == ItemStatus::Ready) && back.len() == 2);
    assert_eq!(
        t.count("SELECT COUNT(*) FROM bookings").await,
        1,
        "only the delivered trip keeps its booking"
    );
    // A trip that is not out cannot come back.
    let e = uc::mark_trip_delivered(&t.db, &ctx(), back[0].item_id, back[0].version)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }), "{e}");
}

/// A window that opens weeks ahead: the suggestion must see the bookings there.
#[tokio::test]
async fn a_suggestion_weeks_ahead_sees_the_bookings_already_there() {
    let t = spawn().await;
    let far = || {
        let mut l = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
        l.window_start = "2026-12-21".into();
        l.window_end = "2026-12-24".into();
        l
    };
    let mut booked = Vec::new();
    for _ in 0..2 {
        let it = submit(&t, vec![far()]).await.items[0].clone();
        let s = uc::suggest_slot(&t.db, &ctx(), it.item_id, 60)
            .await
            .unwrap();
        assert!(s.start.starts_with("2026-12-21"), "{s:?}");
        let input = engine::usecases::ScheduleInput {
            item_id: it.item_id,
            expected_version: it.version,
            resource_id: s.resource_id,
            start: s.start.clone(),
            end: s.end.clone(),
            override_reason: None,
        };
        uc::schedule_item(&t.db, &ctx(), input)
            .await
            .expect("a suggested slot is bookable as suggested");
        booked.push(s);
    }
    assert_ne!(
        (booked[0].resource_id, &booked[0].start),
        (booked[1].resource_id, &booked[1].start)
    );
}

/// A stop's delivery note: the booking's order, customer, recipient, address
/// and items with their serials, on the shop's day, by the booked resource;
/// the stop as the day sheet has it.
#[tokio::test]
async fn a_booked_delivery_has_its_delivery_note() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let booked = book(&t, it.item_id, it.version, "2026-12-01", "09:00", "10:00").await;
    let detail = engine::read::item_detail(&t.db, booked[0].item_id)
        .await
        .unwrap();
    let booking = detail.booking_id.expect("a booked item names its booking");
    let note = engine::read::delivery_note(&t.db, booking, UTC)
        .await
        .unwrap();
    assert_eq!(note.date, "2026-12-01");
    assert_eq!(note.stop.order_number, detail.order_number);
    assert_eq!(note.stop.customer_name, "Acme Consulting GmbH");
    assert_eq!(note.stop.address, "Mariahilfer Straße 45, 1060 Vienna, AT");
    assert_eq!(note.stop.kind_label, "Delivery");
    assert_eq!(note.stop.hand_over.len(), 1);
    assert_eq!(note.stop.hand_over[0].quantity, 1);
    assert_eq!(note.stop.hand_over[0].serials, detail.serials);
    assert!(note.stop.bring_back.is_empty(), "nothing comes back");
    let sheet = engine::read::day_sheet(&t.db, t.shop.resources[0], "2026-12-01", UTC)
        .await
        .unwrap();
    assert_eq!(sheet.stops, vec![note.stop]);
    assert_eq!(note.resource_name, sheet.resource_name);
    let e = engine::read::delivery_note(&t.db, 9999, UTC)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
}

#[tokio::test]
async fn a_german_desk_reads_the_queue_and_an_items_moves_in_german() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let de = t.db.speaking(engine::i18n::Lang::De);
    let view = engine::read::planner(&de, "2026-12-02", 1, UTC)
        .await
        .unwrap();
    let entry = view
        .queue
        .iter()
        .find(|q| q.item_ids.contains(&it.item_id))
        .unwrap();
    assert_eq!(entry.needs, "Platz für 1 Gerät, jede Ressource");
    let moves = engine::read::item_moves(&de, it.item_id).await.unwrap();
    let labels: Vec<&str> = moves.moves.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Lieferung planen", "Anhalten", "Stornieren"]);
    let english = engine::read::item_moves(&t.db, it.item_id).await.unwrap();
    assert_eq!(english.moves[0].label, "Schedule the delivery");
}
