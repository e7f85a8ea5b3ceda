//! Every user action through the store, the refused ones included.

use crate::helpers::*;
use engine::domain::ItemStatus;
use engine::i18n::Lang;
use engine::usecases::{self as uc, ScheduleInput};
use engine::Error;

#[tokio::test]
async fn approval_rule_then_approve_runs_the_rest() {
    let t = spawn().await;
    let r = submit(&t, vec![line(t.svc("SUPPORT-PLUS"), &[])]).await;
    let it = &r.items[0];
    assert_eq!(it.status, ItemStatus::AwaitingApproval);
    assert!(
        it.reason.contains("Service requires approval"),
        "{}",
        it.reason
    );
    assert!(it.reason.contains("Recurring cost"), "{}", it.reason);
    let out = uc::approve_item(&t.db, &ctx(), it.item_id, it.version, "ok by phone")
        .await
        .unwrap();
    assert_eq!(
        out.status,
        ItemStatus::Ready,
        "single item: approval then D2–D4 by themselves"
    );
    // The answer says what the person did and where the flow took the item
    // on from there; the flow's own steps after it leave nothing to undo.
    assert_eq!(out.step, "Approved");
    assert_eq!(out.item_ref, format!("{}/1", r.number));
    assert!(
        out.sentence
            .starts_with(&format!("{}/1 went on to Ready for delivery", r.number)),
        "{}",
        out.sentence
    );
    assert_eq!(out.undo, None);
    let d = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
    let approved = d
        .timeline
        .iter()
        .find(|e| e.from == ItemStatus::AwaitingApproval)
        .unwrap();
    assert_eq!(approved.actor, "tester");
    assert_eq!(approved.note.as_deref(), Some("ok by phone"));
    assert!(approved.reasons[0].starts_with("Approved by tester"));
}

#[tokio::test]
async fn reject_cancels_and_keeps_the_item() {
    let t = spawn().await;
    let it = submit(&t, vec![line(t.svc("SUPPORT-PLUS"), &[])])
        .await
        .items[0]
        .clone();
    let e = uc::reject_item(&t.db, &ctx(), it.item_id, it.version, "  ")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Validation { ref field, .. } if field == "reason"));
    let out = uc::reject_item(&t.db, &ctx(), it.item_id, it.version, "budget frozen")
        .await
        .unwrap();
    assert_eq!(out.status, ItemStatus::Cancelled);
    assert_eq!(
        t.count(&format!(
            "SELECT COUNT(*) FROM items WHERE id = {}",
            it.item_id
        ))
        .await,
        1
    );
    let e = uc::approve_item(&t.db, &ctx(), it.item_id, out.version, "")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }), "{e}");
}

#[tokio::test]
async fn ambiguous_specs_need_a_person_who_picks_from_ranked_candidates() {
    let t = spawn().await;
    let r = submit(
        &t,
        vec![line(t.svc("LAPTOP-BUY"), &[("ram", "16GB"), ("cpu", "i5")])],
    )
    .await;
    // Laptops bring mandatory device management: a two-item order.
    assert_eq!(r.items.len(), 2);
    let laptop = &r.items[0];
    assert_eq!(laptop.status, ItemStatus::NeedsAssignment);
    assert!(
        laptop.reason.starts_with("2 products match"),
        "{}",
        laptop.reason
    );
    assert_eq!(
        r.items[1].status,
        ItemStatus::Preparing,
        "MDM needs no product and no stock"
    );
    let cands = engine::read::item_candidates(&t.db, laptop.item_id)
        .await
        .unwrap();
    assert!(cands[0].full_match && cands[1].full_match && !cands[2].full_match);
    assert!(cands[0].free_units > 0);
    let phone_product: i32 =
        sqlx::query_scalar("SELECT id FROM products WHERE category = 'phone' LIMIT 1")
            .fetch_one(t.db.pool())
            .await
            .unwrap();
    let e = uc::assign_product(
        &t.db,
        &ctx(),
        laptop.item_id,
        laptop.version,
        phone_product,
        "",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::Validation { ref field, .. } if field == "productId"),
        "{e}"
    );
    let out = uc::assign_product(
        &t.db,
        &ctx(),
        laptop.item_id,
        laptop.version,
        cands[0].product_id,
        "",
    )
    .await
    .unwrap();
    assert_eq!(
        out.status,
        ItemStatus::Preparing,
        "multi-item order waits in preparation"
    );
    assert!(out.reason.starts_with("Reserved 1 ×"), "{}", out.reason);
}

#[tokio::test]
async fn multi_item_orders_ship_together_unless_split() {
    let t = spawn().await;
    let r = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(
                t.svc("DOCK-BUY"),
                &[("port", "thunderbolt"), ("displays", "3")],
            ),
        ],
    )
    .await;
    let (a, b) = (&r.items[0], &r.items[1]);
    assert_eq!(
        (a.status, b.status),
        (ItemStatus::Preparing, ItemStatus::Preparing)
    );
    let a = prepare(&t.db, &ctx(), a.item_id, a.version).await.unwrap();
    assert_eq!(a.status, ItemStatus::Ready);
    assert!(a.reason.contains("ships together"), "{}", a.reason);
    assert_eq!(order_counts(&t, a.item_id).await, (2, 1, 0), "1 of 2 ready");
    let driver = t.shop.resources[0];
    let e = uc::schedule_item(
        &t.db,
        &ctx(),
        slot(a.item_id, a.version, driver, "2026-12-01", "09:00", "10:00"),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.kind == engine::RefusalKind::ShipsTogether && m.message.contains("1 of 2 items are ready")),
        "{e}"
    );
    // Split the ready one off and ship it now.
    let split = uc::split_order(&t.db, &ctx(), r.order_id, &[(a.item_id, a.version)])
        .await
        .unwrap();
    let a = &split[0];
    let booked = book(&t, a.item_id, a.version, "2026-12-01", "09:00", "10:00").await;
    assert_eq!(booked.len(), 1);
    assert_eq!(booked[0].status, ItemStatus::Scheduled);
    // Prepare the other: it now ships alone, and both can be scheduled as one delivery in a fresh order.
    let b = prepare(&t.db, &ctx(), b.item_id, b.version).await.unwrap();
    assert!(b.reason.starts_with("Prepared: queued"), "{}", b.reason);
}

#[tokio::test]
async fn consolidated_delivery_books_every_item_and_runs_to_completion() {
    let t = spawn().await;
    let r = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("HEADSET-BUY"), &[("type", "wired"), ("anc", "yes")]),
        ],
    )
    .await;
    let mut versions = vec![];
    for it in &r.items {
        versions.push(
            prepare(&t.db, &ctx(), it.item_id, it.version)
                .await
                .unwrap(),
        );
    }
    let driver = t.shop.resources[0];
    let first = &versions[0];
    let booked = book(
        &t,
        first.item_id,
        first.version,
        "2026-12-01",
        "09:00",
        "10:00",
    )
    .await;
    assert_eq!(booked.len(), 2, "both items on one booking");
    assert_eq!(t.count("SELECT COUNT(*) FROM bookings").await, 1);
    // The same driver cannot be in two places, travel buffer included.
    let other = queued_monitor(&t).await;
    let e = uc::schedule_item(
        &t.db,
        &ctx(),
        slot(
            other.item_id,
            other.version,
            driver,
            "2026-12-01",
            "10:15",
            "11:00",
        ),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::Overridable(ref m) if m.conflicts == [engine::domain::resource::ConflictKind::TravelBuffer]),
        "{e}"
    );
    // — refusals — Which booking is too close, in the desk's language too.
    let said = |e: &Error| (e.to_string(), Lang::De.refusal(e.refusal().unwrap()));
    assert_eq!(
        said(&e),
        (
            "Dana Weber has a job Tue 09:00–10:00, leaving less than the 30 min travel between jobs. You may book it anyway with a reason.".into(),
            "Dana Weber hat Di. 09:00–10:00 einen Einsatz; es blieben weniger als 30 Min. Fahrzeit dazwischen. Mit einem Grund können Sie trotzdem buchen.".into()
        )
    );
    let overlap = uc::schedule_item(
        &t.db,
        &ctx(),
        slot(
            other.item_id,
            other.version,
            driver,
            "2026-12-01",
            "09:30",
            "10:30",
        ),
    )
    .await
    .unwrap_err();
    assert_eq!(
        said(&overlap),
        (
            "cannot book this slot: Dana Weber is already booked Tue 09:00–10:00".into(),
            "Dieser Termin lässt sich nicht buchen: Dana Weber ist schon Di. 09:00–10:00 gebucht"
                .into()
        )
    );
    let e = uc::schedule_item(
        &t.db,
        &ctx(),
        slot(
            other.item_id,
            other.version,
            driver,
            "2026-12-01",
            "06:00",
            "07:00",
        ),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::Overridable(ref m) if m.conflicts == [engine::domain::resource::ConflictKind::OutsideHours]),
        "{e}"
    );
    // Dispatch one item: the whole booking leaves.
    let out = uc::dispatch_item(&t.db, &ctx(), booked[0].item_id, booked[0].version)
        .await
        .unwrap();
    assert!(out.iter().all(|o| o.status == ItemStatus::InDelivery) && out.len() == 2);
    let order_version: i32 = sqlx::query_scalar("SELECT version FROM orders WHERE id = ?")
        .bind(r.order_id)
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    let d1 = uc::mark_delivered(&t.db, &ctx(), out[0].item_id, out[0].version)
        .await
        .unwrap();
    assert_eq!(d1.reason, "Delivered by tester");
    assert_eq!(
        order_counts(&t, d1.item_id).await,
        (2, 2, 1),
        "1 of 2 delivered"
    );
    let e = uc::complete_order(&t.db, &ctx(), r.order_id, order_version)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.kind == engine::RefusalKind::NotReadyToComplete && m.message.contains("item 2 is in delivery")),
        "{e}"
    );
    let d2 = uc::mark_delivered(&t.db, &ctx(), out[1].item_id, out[1].version)
        .await
        .unwrap();
    // Both cards of the order tell the same story, counted live.
    assert_eq!(order_counts(&t, d1.item_id).await, (2, 2, 2));
    assert_eq!(order_counts(&t, d2.item_id).await, (2, 2, 2));
    let done = uc::complete_order(&t.db, &ctx(), r.order_id, order_version)
        .await
        .unwrap();
    assert!(done.iter().all(|o| o.status == ItemStatus::Completed));
    let e = uc::complete_order(&t.db, &ctx(), r.order_id, order_version)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Conflict { .. }), "{e}");
}

#[tokio::test]
async fn failed_delivery_returns_to_the_queue_and_unschedule_frees_the_slot() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let b = book(&t, it.item_id, it.version, "2026-12-02", "09:00", "10:00").await;
    let u = uc::unschedule_item(&t.db, &ctx(), it.item_id, b[0].version)
        .await
        .unwrap();
    assert_eq!(u[0].status, ItemStatus::Ready);
    assert_eq!(t.count("SELECT COUNT(*) FROM bookings").await, 0);
    let b = book(&t, it.item_id, u[0].version, "2026-12-02", "09:00", "10:00").await;
    let d = uc::dispatch_item(&t.db, &ctx(), it.item_id, b[0].version)
        .await
        .unwrap();
    let f = uc::mark_delivery_failed(
        &t.db,
        &ctx(),
        it.item_id,
        d[0].version,
        "nobody at reception",
    )
    .await
    .unwrap();
    assert_eq!(f.status, ItemStatus::Ready);
    assert!(f.reason.contains("nobody at reception"));
    assert_eq!(t.count("SELECT COUNT(*) FROM bookings").await, 0);
}

#[tokio::test]
async fn shortage_holds_then_wait_override_or_substitute() {
    let t = spawn().await;
    // 6 units of each monitor exist; ask for 7.
    let mut big = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    big.quantity = 7;
    let it = submit(&t, vec![big]).await.items[0].clone();
    assert_eq!(it.status, ItemStatus::Assigned);
    assert!(it.on_hold && it.reason.starts_with("Shortage: "), "{it:?}");
    // A held item never advances.
    let e = uc::mark_prepared(&t.db, &ctx(), it.item_id, it.version, &[])
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }), "{e}");
    // Wait: releasing without new stock holds it again.
    let w = uc::release_hold(&t.db, &ctx(), it.item_id, it.version, "checking again")
        .await
        .unwrap();
    assert!(w.on_hold, "still short");
    // Override with a logged reason.
    let e = uc::override_shortage(&t.db, &ctx(), it.item_id, w.version, "")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Validation { ref field, .. } if field == "reason"));
    let o = uc::override_shortage(
        &t.db,
        &ctx(),
        it.item_id,
        w.version,
        "supplier delivers Friday",
    )
    .await
    .unwrap();
    assert_eq!(o.status, ItemStatus::Ready);
    let d = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
    assert!(d
        .timeline
        .iter()
        .any(|e| e.overridden && e.reasons[0].contains("supplier delivers Friday")));

    // Substitute: another item short, assign a different product.
    let mut big = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    big.quantity = 7;
    let it = submit(&t, vec![big]).await.items[0].clone();
    assert!(it.on_hold);
    let other: i32 = sqlx::query_scalar("SELECT id FROM products WHERE name LIKE 'Dell P2425H%'")
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    // 7 of the substitute are not free either: it is shown as such and cannot be picked.
    let cands = engine::read::item_candidates(&t.db, it.item_id)
        .await
        .unwrap();
    let dell = cands.iter().find(|c| c.product_id == other).unwrap();
    assert!(!dell.available, "{dell:?}");
    assert_eq!(
        dell.unavailable_reason.as_deref(),
        Some("only 6 of 7 free from Tue 1 Dec 2026 on")
    );
    let same = cands
        .iter()
        .find(|c| c.name.starts_with("Philips"))
        .unwrap();
    assert!(!same.available, "the product it waits for: {same:?}");
    let before = t.fingerprint().await;
    let e = uc::assign_product(&t.db, &ctx(), it.item_id, it.version, other, "")
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref r) if r.kind == engine::RefusalKind::Unavailable),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);
    // — refusals — A German desk reads why, with the days, in German.
    assert_eq!(
        e.to_string(),
        format!(
            "{} cannot be picked: only 6 of 7 free from Tue 1 Dec 2026 on",
            dell.name
        )
    );
    assert_eq!(
        Lang::De.refusal(e.refusal().unwrap()),
        format!(
            "{} lässt sich nicht wählen: nur 6 von 7 frei (ab Di. 1. Dez. 2026)",
            dell.name
        )
    );
    let german = engine::read::item_candidates(&t.db.speaking(Lang::De), it.item_id)
        .await
        .unwrap();
    let reason_of = |id: i32| {
        german
            .iter()
            .find(|c| c.product_id == id)
            .and_then(|c| c.unavailable_reason.clone())
    };
    assert_eq!(
        reason_of(other).as_deref(),
        Some("nur 6 von 7 frei (ab Di. 1. Dez. 2026)")
    );
    // How it fits, too.
    assert_eq!(dell.explanation, "differs on size 24 (asked 22)");
    let dell_de = german.iter().find(|c| c.product_id == other).unwrap();
    assert_eq!(dell_de.explanation, "weicht ab bei size 24 (gewünscht 22)");
    assert_eq!(
        reason_of(same.product_id).as_deref(),
        Some("das Produkt, das der Artikel schon hat: darauf zu warten ist der Halt selbst")
    );
}

#[tokio::test]
async fn a_dearer_substitute_asks_for_a_note_that_the_trail_keeps() {
    let t = spawn().await;
    // One 22" short: the six there are taken.
    let mut six = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    six.quantity = 6;
    submit(&t, vec![six]).await;
    let it = submit(&t, vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])])
        .await
        .items[0]
        .clone();
    assert!(it.on_hold, "{it:?}");
    let cands = engine::read::item_candidates(&t.db, it.item_id)
        .await
        .unwrap();
    let dearer = cands
        .iter()
        .find(|c| c.available && c.dearer_by.is_some())
        .expect("a dearer product with units free");
    let e = uc::assign_product(&t.db, &ctx(), it.item_id, it.version, dearer.product_id, "")
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Validation { ref field, ref message, .. } if field == "note" && message.contains("more each")),
        "{e}"
    );
    let done = uc::assign_product(
        &t.db,
        &ctx(),
        it.item_id,
        it.version,
        dearer.product_id,
        "customer agreed to the bigger screen",
    )
    .await
    .unwrap();
    assert!(!done.on_hold, "{done:?}");
    let d = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
    assert!(d
        .timeline
        .iter()
        .any(|e| e.note.as_deref() == Some("customer agreed to the bigger screen")));
}

#[tokio::test]
async fn cancel_frees_stock_and_slot_and_keeps_the_trail() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let b = book(&t, it.item_id, it.version, "2026-12-02", "09:00", "10:00").await;
    let c = uc::cancel_item(&t.db, &ctx(), it.item_id, b[0].version, "duplicate order")
        .await
        .unwrap();
    assert_eq!(c.status, ItemStatus::Cancelled);
    assert_eq!(
        t.count("SELECT COUNT(*) FROM reservations WHERE released = 0")
            .await,
        0
    );
    assert_eq!(t.count("SELECT COUNT(*) FROM bookings").await, 0);
    let e = uc::cancel_item(&t.db, &ctx(), it.item_id, c.version, "again")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }));
    // Items and events cannot be deleted, even by hand.
    assert!(sqlx::query("DELETE FROM items")
        .execute(t.db.pool())
        .await
        .is_err());
    assert!(sqlx::query("UPDATE events SET actor = 'x'")
        .execute(t.db.pool())
        .await
        .is_err());
}

#[tokio::test]
async fn cancel_order_is_all_or_nothing() {
    let t = spawn().await;
    let r = submit(&t, vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]).await;
    let it = &r.items[0];
    let b = book(&t, it.item_id, it.version, "2026-12-02", "09:00", "10:00").await;
    uc::dispatch_item(&t.db, &ctx(), it.item_id, b[0].version)
        .await
        .unwrap();
    let before = t.fingerprint().await;
    let e = uc::cancel_order(&t.db, &ctx(), r.order_id, "changed mind")
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.kind == engine::RefusalKind::NotCancellable),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn a_stale_version_is_a_conflict_and_changes_nothing() {
    let t = spawn().await;
    let r = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("DOCK-BUY"), &[("port", "usb-c"), ("displays", "2")]),
        ],
    )
    .await;
    let it = &r.items[0];
    uc::hold_item(
        &t.db,
        &ctx(),
        it.item_id,
        it.version,
        "customer asked to wait",
    )
    .await
    .unwrap();
    let before = t.fingerprint().await;
    let e = uc::mark_prepared(&t.db, &ctx(), it.item_id, it.version, &[])
        .await
        .unwrap_err();
    match e {
        Error::Conflict {
            expected, found, ..
        } => assert_eq!((expected, found), (it.version, it.version + 1)),
        other => panic!("{other}"),
    }
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn new_customers_and_missing_basic_services_need_approval() {
    let t = spawn().await;
    // Kessler (index 3) is a new customer.
    let (cid, rids, _) = &t.shop.customers[3];
    let mut order = t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]);
    order.customer_id = *cid;
    order.recipient_id = rids[0];
    let r = uc::submit_order(&t.db, &ctx(), order).await.unwrap();
    assert_eq!(r.items[0].status, ItemStatus::AwaitingApproval);
    assert!(r.items[0].reason.contains("new customer"));
    // M365 needs the cloud tenant first.
    let r = submit(&t, vec![line(t.svc("M365"), &[])]).await;
    assert!(
        r.items[0].reason.contains("Basic service missing"),
        "{}",
        r.items[0].reason
    );
    let r = submit(
        &t,
        vec![line(t.svc("M365"), &[]), line(t.svc("TENANT"), &[])],
    )
    .await;
    assert!(
        !r.items[0].reason.contains("Basic service missing"),
        "{}",
        r.items[0].reason
    );
}

#[tokio::test]
async fn editing_a_rule_changes_the_next_review() {
    let t = spawn().await;
    let rules = engine::read::list_rules(&t.db).await.unwrap();
    let high = rules
        .iter()
        .find(|r| r.spec.name == "High line value")
        .unwrap();
    let mut spec = high.spec.clone();
    spec.conditions[0].value = engine::domain::rules::Value::Number(100.0);
    let updated = uc::update_rule(&t.db, &ctx(), high.id, high.version, spec.clone())
        .await
        .unwrap();
    let r = submit(&t, vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]).await;
    assert!(
        r.items[0]
            .reason
            .contains("High line value: line value 110 > 100"),
        "{}",
        r.items[0].reason
    );
    let e = uc::update_rule(&t.db, &ctx(), high.id, high.version, spec)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Conflict { .. }), "stale version");
    assert_eq!(updated.version, high.version + 1);
}

#[tokio::test]
async fn undo_takes_back_a_persons_last_step_or_says_why_not() {
    let t = spawn().await;
    let r = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("DOCK-BUY"), &[("port", "usb-c"), ("displays", "2")]),
        ],
    )
    .await;
    let a = prepare(&t.db, &ctx(), r.items[0].item_id, r.items[0].version)
        .await
        .unwrap();
    // What Undo would do is in the answer, and the undo then does it.
    assert_eq!(a.step, "Prepared");
    assert!(
        a.sentence
            .starts_with(&format!("{} moved to Ready for delivery", a.item_ref)),
        "{}",
        a.sentence
    );
    assert_eq!(a.undo.as_deref(), Some("Back to Preparing"));
    let back = uc::undo_last(&t.db, &ctx(), a.item_id, a.version)
        .await
        .unwrap();
    assert_eq!(back[0].status, ItemStatus::Preparing);
    assert_eq!(back[0].step, "Undone");
    assert!(
        back[0]
            .sentence
            .starts_with(&format!("{} went back to Preparing", a.item_ref)),
        "{}",
        back[0].sentence
    );
    assert_eq!(back[0].undo, None, "a step back is not undone again");
    // Undoing again: the last step was the undo itself, a back move that cannot be undone.
    let e = uc::undo_last(&t.db, &ctx(), a.item_id, back[0].version)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.kind == engine::RefusalKind::CannotUndo && m.message.contains("step back")),
        "{e}"
    );
    let b = &r.items[1];
    let c = uc::cancel_item(&t.db, &ctx(), b.item_id, b.version, "dup")
        .await
        .unwrap();
    assert_eq!((c.step.as_str(), c.undo.as_deref()), ("Cancelled", None));
    let e = uc::undo_last(&t.db, &ctx(), b.item_id, c.version)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.kind == engine::RefusalKind::CannotUndo && m.message.contains("cancellation")),
        "{e}"
    );
    // Scheduling is undone by unscheduling the whole delivery.
    let it = queued_monitor(&t).await;
    let s = uc::schedule_item(
        &t.db,
        &ctx(),
        slot(
            it.item_id,
            it.version,
            t.shop.resources[0],
            "2026-12-02",
            "09:00",
            "10:00",
        ),
    )
    .await
    .unwrap();
    assert_eq!(
        s[0].undo.as_deref(),
        Some("Off the schedule, back to Ready for delivery")
    );
    let u = uc::undo_last(&t.db, &ctx(), it.item_id, s[0].version)
        .await
        .unwrap();
    assert_eq!(u[0].status, ItemStatus::Ready);
    assert_eq!(t.count("SELECT COUNT(*) FROM bookings").await, 0);
}

#[tokio::test]
async fn rule_preview_lists_hits_without_changing_anything() {
    let t = spawn().await;
    submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("DOCK-BUY"), &[("port", "usb-c"), ("displays", "2")]),
        ],
    )
    .await;
    let before = t.fingerprint().await;
    let mut spec = engine::domain::rules::default_rules().remove(1);
    spec.conditions[0].value = engine::domain::rules::Value::Number(300.0);
    let hits = uc::preview_rule(&t.db, spec).await.unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(
        hits[0].reason.contains("line value 520 > 300"),
        "{}",
        hits[0].reason
    );
    assert_eq!(t.fingerprint().await, before);
    let flow = engine::read::flow_stats(&t.db, now(), UTC).await.unwrap();
    let prep = flow
        .edges
        .iter()
        .find(|e| e.from == ItemStatus::Assigned && e.to == ItemStatus::Preparing)
        .unwrap();
    assert_eq!((prep.today, prep.last_seven_days), (2, 2));
    // Rust places both ends on the diagram: assigned and preparing share a column.
    use engine::read::board::ColumnKey;
    use engine::read::flow::{FlowDirection, FlowNode};
    assert_eq!(prep.from_node, FlowNode::Column(ColumnKey::Preparation));
    assert_eq!(prep.to_node, prep.from_node);
    let intake = flow
        .edges
        .iter()
        .find(|e| e.from == ItemStatus::New)
        .unwrap();
    assert_eq!(intake.from_node, FlowNode::Intake);
    assert_eq!(intake.direction, FlowDirection::Forward);
}

#[tokio::test]
async fn suggest_a_slot_then_plan_the_day() {
    let t = spawn().await;
    let a = queued_monitor(&t).await;
    let s = uc::suggest_slot(&t.db, &ctx(), a.item_id, 60)
        .await
        .unwrap();
    // The window opens Tue 2026-12-01; the van and the driver start at 07:00.
    assert_eq!(s.start, "2026-12-01T07:00:00+00:00", "{s:?}");
    let e = uc::suggest_slot(&t.db, &ctx(), a.item_id, 5)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Validation { ref field, .. } if field == "durationMinutes"));
    let booked = uc::schedule_item(
        &t.db,
        &ctx(),
        ScheduleInput {
            item_id: a.item_id,
            expected_version: a.version,
            resource_id: s.resource_id,
            start: s.start.clone(),
            end: s.end.clone(),
            override_reason: None,
        },
    )
    .await
    .unwrap();
    assert_eq!(booked[0].status, ItemStatus::Scheduled);
    // Three more deliveries and a set-up job that needs the technician.
    for _ in 0..3 {
        submit(
            &t,
            vec![line(
                t.svc("MONITOR-BUY"),
                &[("size", "24"), ("usb_c", "yes")],
            )],
        )
        .await;
    }
    let setup = submit(&t, vec![line(t.svc("SETUP"), &[])]).await.items[0].clone();
    let plan = uc::plan_day(&t.db, &ctx(), "2026-12-01", 60).await.unwrap();
    assert_eq!(plan.placed.len(), 4, "{plan:?}");
    assert!(plan.unplaced.is_empty(), "{plan:?}");
    let tech: String = sqlx::query_scalar(
        "SELECT r.kind FROM items i JOIN bookings b ON b.id = i.booking_id JOIN resources r ON r.id = b.resource_id WHERE i.id = ?",
    )
    .bind(setup.item_id)
    .fetch_one(t.db.pool())
    .await
    .unwrap();
    assert_eq!(tech, "technician");
    let view = engine::read::planner(&t.db, "2026-12-01", 7, UTC)
        .await
        .unwrap();
    let booked: usize = view.resources.iter().map(|r| r.bookings.len()).sum();
    assert_eq!(booked, 5);
    assert!(view.queue.is_empty(), "{:?}", view.queue);
    let technician = view
        .resources
        .iter()
        .find(|r| r.kind == "technician")
        .unwrap();
    let sheet = engine::read::day_sheet(&t.db, technician.id, "2026-12-01", UTC)
        .await
        .unwrap();
    let setup_stop = sheet
        .stops
        .iter()
        .find(|st| st.hand_over[0].title == "On-site set-up")
        .unwrap();
    assert!(
        setup_stop
            .address
            .starts_with("Mariahilfer Straße 45, 1060 Vienna"),
        "{setup_stop:?}"
    );
    assert!(
        sheet.stops.windows(2).all(|w| w[0].start < w[1].start),
        "stops in time order"
    );
    let first = &view
        .resources
        .iter()
        .find(|r| r.id == s.resource_id)
        .unwrap();
    let sheet = engine::read::day_sheet(&t.db, first.id, "2026-12-01", UTC)
        .await
        .unwrap();
    assert!(
        sheet
            .stops
            .iter()
            .any(|st| st.hand_over.iter().any(|i| i.serials.len() == 1)),
        "{sheet:?}"
    );
    let e = engine::read::planner(&t.db, "2026-12-01", 40, UTC)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Validation { ref field, .. } if field == "days"));
    // A Saturday inside the window: nothing fits, and the delivery says why.
    let mut weekend = line(
        t.svc("MONITOR-BUY"),
        &[("size", "27"), ("resolution", "qhd")],
    );
    weekend.window_end = "2026-12-07".into();
    let late = submit(&t, vec![weekend]).await.items[0].clone();
    let plan = uc::plan_day(&t.db, &ctx(), "2026-12-05", 60).await.unwrap();
    assert!(plan.placed.is_empty());
    assert_eq!(plan.unplaced.len(), 1, "{plan:?}");
    assert_eq!(plan.unplaced[0].item_id, late.item_id);
    assert!(
        plan.unplaced[0]
            .reason
            .contains("does not work on Saturday"),
        "{}",
        plan.unplaced[0].reason
    );
}
