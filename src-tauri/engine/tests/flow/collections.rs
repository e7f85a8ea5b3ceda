//! Collections on the planner: what comes back from a customer is queued and
//! booked as a delivery is, with the same checks; a trip mixes both; a swap is
//! one stop that hands over the new unit and brings back the old one, and the
//! day sheet names both by serial.

use crate::helpers::*;
use crate::way_back::{delivered_monitor, request, way_back};
use engine::domain::order::TransactionType;
use engine::domain::resource::{ConflictKind, StopKind};
use engine::domain::ItemStatus;
use engine::read;
use engine::usecases::{self as uc, ItemOutcome};
use engine::Error;

/// A way back for `holding`, wanted Wed 2 – Fri 4 Dec, approved and ready to book.
async fn ready_way_back(t: &TestShop, holding: i32, tt: TransactionType) -> ItemOutcome {
    let mut input = way_back(vec![holding], tt);
    (input.window_start, input.window_end) = ("2026-12-02".into(), "2026-12-04".into());
    let asked = request(t, input).await.items[0].clone();
    let it = uc::approve_item(&t.db, &ctx(), asked.item_id, asked.version, "")
        .await
        .unwrap();
    assert_eq!(it.status, ItemStatus::Ready, "{it:?}");
    it
}

async fn queued(t: &TestShop, item_id: i32) -> read::planner::QueueEntry {
    read::planner(&t.db, "2026-12-02", 1, UTC)
        .await
        .unwrap()
        .queue
        .into_iter()
        .find(|q| q.item_ids.contains(&item_id))
        .expect("queued")
}

/// The one stop on the resource's sheet for Wed 2 Dec.
async fn only_stop(t: &TestShop, resource: i32) -> read::planner::Stop {
    let sheet = read::day_sheet(&t.db, resource, "2026-12-02", UTC)
        .await
        .unwrap();
    assert_eq!(sheet.stops.len(), 1, "{sheet:?}");
    sheet.stops[0].clone()
}

#[tokio::test]
async fn a_return_is_booked_as_a_collection_with_the_checks_of_a_delivery_and_shares_a_trip() {
    let t = spawn().await;
    let driver = t.shop.resources[0];
    let (_, h) = delivered_monitor(&t).await;
    let back = ready_way_back(&t, h.id, TransactionType::Return).await;
    let q = queued(&t, back.item_id).await;
    assert_eq!(
        (q.kind, q.kind_label.as_str()),
        (StopKind::Collection, "Collection")
    );
    assert_eq!(q.needs, "room for 1 unit, any resource");

    // A delivery on the driver at 09:00; the collection may not clash with it…
    let out = queued_monitor(&t).await;
    book(&t, out.item_id, out.version, "2026-12-02", "09:00", "10:00").await;
    let before = t.fingerprint().await;
    let clash = slot(
        back.item_id,
        back.version,
        driver,
        "2026-12-02",
        "09:30",
        "10:30",
    );
    let e = uc::schedule_item(&t.db, &ctx(), clash).await.unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.conflicts.contains(&ConflictKind::Overlap)),
        "{e}"
    );
    // …nor leave the customer's window without a person's reason.
    let late = slot(
        back.item_id,
        back.version,
        driver,
        "2026-12-07",
        "11:00",
        "12:00",
    );
    let e = uc::schedule_item(&t.db, &ctx(), late).await.unwrap_err();
    assert!(
        matches!(e, Error::Overridable(ref m) if m.conflicts.contains(&ConflictKind::OutsideWindow)),
        "{e}"
    );
    assert_eq!(
        t.fingerprint().await,
        before,
        "a refused collection books nothing"
    );

    let booked = book(
        &t,
        back.item_id,
        back.version,
        "2026-12-02",
        "11:00",
        "12:00",
    )
    .await;
    assert_eq!(booked[0].status, ItemStatus::Scheduled);
    let view = read::planner(&t.db, "2026-12-02", 1, UTC).await.unwrap();
    let kinds: Vec<_> = view
        .resources
        .iter()
        .find(|r| r.id == driver)
        .unwrap()
        .bookings
        .iter()
        .map(|b| b.kind)
        .collect();
    assert_eq!(
        kinds,
        [StopKind::Delivery, StopKind::Collection],
        "one trip, both ways"
    );
    assert!(view.queue.iter().all(|q| q.item_id != back.item_id));

    // The day sheet: the first stop hands a monitor over, the second brings the customer's back.
    let sheet = read::day_sheet(&t.db, driver, "2026-12-02", UTC)
        .await
        .unwrap();
    let [first, second] = &sheet.stops[..] else {
        panic!("{sheet:?}")
    };
    assert_eq!(first.kind_label, "Delivery");
    assert_eq!(first.hand_over[0].serials.len(), 1);
    assert!(first.bring_back.is_empty());
    assert_eq!(second.kind_label, "Collection");
    assert!(second.hand_over.is_empty(), "{second:?}");
    assert_eq!(second.bring_back.len(), 1);
    assert_eq!(second.bring_back[0].title, h.title);
    assert_eq!(second.bring_back[0].serials, [h.units[0].serial.clone()]);
}

#[tokio::test]
async fn a_swap_is_one_stop_that_hands_over_the_new_unit_and_brings_back_the_old() {
    let t = spawn().await;
    let driver = t.shop.resources[0];
    let (_, h) = delivered_monitor(&t).await;
    let old = h.units[0].serial.clone();
    let swap = ready_way_back(&t, h.id, TransactionType::Swap).await;
    let q = queued(&t, swap.item_id).await;
    assert_eq!(q.kind, StopKind::DeliveryAndCollection);
    assert_eq!(q.kind_label, "Delivery and collection");
    assert_eq!(
        q.units, 1,
        "the new one leaves the van before the old one gets in"
    );

    let booked = book(
        &t,
        swap.item_id,
        swap.version,
        "2026-12-02",
        "10:00",
        "11:00",
    )
    .await;
    let kinds: Vec<_> = read::planner(&t.db, "2026-12-02", 1, UTC)
        .await
        .unwrap()
        .resources
        .into_iter()
        .flat_map(|r| r.bookings)
        .map(|b| b.kind)
        .collect();
    assert_eq!(kinds, [StopKind::DeliveryAndCollection], "one stop");

    let s = only_stop(&t, driver).await;
    assert_eq!(s.kind_label, "Delivery and collection");
    assert_eq!(s.hand_over.len(), 1);
    assert_eq!(s.bring_back.len(), 1);
    let new = s.hand_over[0].serials.clone();
    assert_eq!(new.len(), 1, "the new unit reserved for it: {s:?}");
    assert_ne!(new[0], old);
    assert_eq!(
        s.bring_back[0].serials,
        std::slice::from_ref(&old),
        "the customer's unit"
    );
    assert_eq!(s.hand_over[0].title, h.title);
    assert_eq!(s.bring_back[0].title, h.title);

    // On the road and back: the sheet still says which went and which came.
    let out = uc::dispatch_item(&t.db, &ctx(), booked[0].item_id, booked[0].version)
        .await
        .unwrap();
    let collected = uc::mark_delivered(&t.db, &ctx(), out[0].item_id, out[0].version)
        .await
        .unwrap();
    assert_eq!(collected.status, ItemStatus::Collected);
    let block = read::planner(&t.db, "2026-12-02", 1, UTC)
        .await
        .unwrap()
        .resources
        .into_iter()
        .flat_map(|r| r.bookings)
        .find(|b| b.item_id == swap.item_id)
        .unwrap();
    assert_eq!(
        (block.status, block.status_label.as_str()),
        (ItemStatus::Collected, "Collected, to check in"),
        "back from the road, not scheduled again"
    );
    let after = only_stop(&t, driver).await;
    assert_eq!(after.hand_over[0].serials, new);
    assert_eq!(after.bring_back[0].serials, [old]);
}

#[tokio::test]
async fn a_swap_needs_room_for_what_is_on_board_at_once_not_both_ways_summed() {
    let t = spawn().await;
    let technician = t.shop.resources[1]; // room for 6 units
    let mut four = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    four.quantity = 4;
    let m = submit(&t, vec![four]).await.items[0].clone();
    let m = crate::way_back::on_the_road(&t, &m, "2026-12-01").await;
    assert_eq!(m.status, ItemStatus::Delivered);
    let h = crate::way_back::holdings(&t)
        .await
        .into_iter()
        .find(|h| h.quantity == 4)
        .unwrap();
    let product = unit_by_serial(&t, &h.units[0].serial).await.product_id;
    receive_serials(
        &t,
        product,
        &["SNSW0001", "SNSW0002", "SNSW0003", "SNSW0004"],
    )
    .await;

    let swap = ready_way_back(&t, h.id, TransactionType::Swap).await;
    let q = queued(&t, swap.item_id).await;
    assert_eq!(q.units, 4);
    assert_eq!(q.needs, "room for 4 units, any resource");
    let at = slot(
        swap.item_id,
        swap.version,
        technician,
        "2026-12-02",
        "09:00",
        "10:00",
    );
    let booked = uc::schedule_item(&t.db, &ctx(), at).await.unwrap();
    assert_eq!(
        booked[0].status,
        ItemStatus::Scheduled,
        "4 on board fit 6 places"
    );
    let sheet = read::day_sheet(&t.db, technician, "2026-12-02", UTC)
        .await
        .unwrap();
    let stop = &sheet.stops[0];
    assert_eq!(stop.hand_over[0].serials.len(), 4);
    assert_eq!(stop.bring_back[0].serials.len(), 4);
}
