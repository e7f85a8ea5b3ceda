//! The way back: a delivered item becomes a holding; a return, swap, change or
//! cancellation starts from it, runs the board in its direction, and what
//! comes back is checked in unit by unit.

use crate::helpers::*;
use engine::domain::holding::{CheckInCondition, EndKind, HoldingState, MissingDecision};
use engine::domain::order::TransactionType;
use engine::domain::stock::{PlaceKind, UnitEventKind};
use engine::domain::ItemStatus;
use engine::i18n::Lang;
use engine::read::{self, ColumnKey};
use engine::usecases::{self as uc, ItemOutcome, WayBackInput, WayBackResult};
use engine::Error;

/// Approves the item if a rule asked for it, then books it on `day`, sends
/// it out and brings it back delivered (or, for what comes back, collected).
pub async fn on_the_road(t: &TestShop, item: &ItemOutcome, day: &str) -> ItemOutcome {
    let c = ctx();
    let mut it = item.clone();
    if it.status == ItemStatus::AwaitingApproval {
        it = uc::approve_item(&t.db, &c, it.item_id, it.version, "")
            .await
            .unwrap();
    }
    assert_eq!(it.status, ItemStatus::Ready, "{it:?}");
    // The first free hour of the day on any resource.
    let mut booked = None;
    'find: for hour in 9..16 {
        for r in &t.shop.resources {
            let (from, to) = (format!("{hour:02}:00"), format!("{:02}:00", hour + 1));
            let input = slot(it.item_id, it.version, *r, day, &from, &to);
            if let Ok(b) = uc::schedule_item(&t.db, &c, input).await {
                booked = Some(b[0].clone());
                break 'find;
            }
        }
    }
    let it = booked.expect("a free hour on the day");
    let it = uc::dispatch_item(&t.db, &c, it.item_id, it.version)
        .await
        .unwrap()[0]
        .clone();
    uc::mark_delivered(&t.db, &c, it.item_id, it.version)
        .await
        .unwrap()
}

/// A 22" monitor delivered to Acme's first person on Tue 1 Dec: its holding.
pub async fn delivered_monitor(t: &TestShop) -> (ItemOutcome, read::HoldingView) {
    let m = queued_monitor(t).await;
    let m = on_the_road(t, &m, "2026-12-01").await;
    assert_eq!(m.status, ItemStatus::Delivered);
    let h = holdings(t)
        .await
        .into_iter()
        .find(|h| h.order_number == m.item_ref.split('/').next().unwrap())
        .expect("the delivery made a holding");
    (m, h)
}

pub async fn holdings(t: &TestShop) -> Vec<read::HoldingView> {
    read::customer_holdings(&t.db, t.shop.customers[0].0, ctx().today())
        .await
        .unwrap()
}

pub fn way_back(holding_ids: Vec<i32>, tt: TransactionType) -> WayBackInput {
    WayBackInput {
        holding_ids,
        transaction_type: tt,
        window_start: "2026-12-07".into(),
        window_end: "2026-12-10".into(),
        ends_on: String::new(),
        product_id: None,
        override_reason: None,
        note: String::new(),
    }
}

pub async fn request(t: &TestShop, input: WayBackInput) -> WayBackResult {
    uc::request_way_back(&t.db, &ctx(), input).await.unwrap()
}

/// A way back of `holding` of type `tt` requested and collected on `day`.
pub async fn collected(t: &TestShop, holding: i32, tt: TransactionType, day: &str) -> ItemOutcome {
    let r = request(t, way_back(vec![holding], tt)).await;
    let back = on_the_road(t, &r.items[0], day).await;
    assert_eq!(back.status, ItemStatus::Collected, "{back:?}");
    back
}

/// Every unit the collected item still brings back checked in as
/// `condition` (with `note`), and the check-in closed.
pub async fn check_in_all(
    t: &TestShop,
    back: &ItemOutcome,
    condition: CheckInCondition,
    note: &str,
) -> ItemOutcome {
    let c = ctx();
    let mut view = read::check_in_view(&t.db, back.item_id).await.unwrap();
    for serial in view
        .units
        .iter()
        .filter(|u| u.condition.is_none())
        .map(|u| u.serial.clone())
        .collect::<Vec<_>>()
    {
        view = uc::check_in_unit(
            &t.db,
            &c,
            back.item_id,
            view.version,
            &serial,
            condition,
            note,
        )
        .await
        .unwrap();
    }
    uc::close_check_in(&t.db, &c, back.item_id, view.version)
        .await
        .unwrap()
}

async fn unit_trail(
    t: &TestShop,
    serial: &str,
) -> (PlaceKind, Vec<UnitEventKind>, read::UnitHistory) {
    let id: i32 = sqlx::query_scalar("SELECT id FROM stock_units WHERE serial = ?")
        .bind(serial)
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    let h = read::unit_history(&t.db, id).await.unwrap();
    (h.unit.place, h.steps.iter().map(|s| s.kind).collect(), h)
}

#[tokio::test]
async fn a_delivered_item_becomes_a_holding_with_its_units() {
    let t = spawn().await;
    let (_, h) = delivered_monitor(&t).await;
    assert_eq!(h.state, HoldingState::Active);
    assert_eq!(h.person, "Lena Fischer");
    assert_eq!(
        (h.start.as_str(), h.end.as_deref()),
        ("2026-12-01", None),
        "bought: no end"
    );
    assert_eq!(h.units.len(), 1);
    assert!(h.requestable);
    let (place, steps, history) = unit_trail(&t, &h.units[0].serial).await;
    assert_eq!(place, PlaceKind::Out);
    assert_eq!(
        steps,
        [
            UnitEventKind::Received,
            UnitEventKind::Reserved,
            UnitEventKind::Delivered
        ]
    );
    assert_eq!(history.holders.len(), 1);
    assert_eq!(history.holders[0].person, "Lena Fischer");
    assert_eq!(history.holders[0].checked_in_at, None, "they have it now");
}

#[tokio::test]
async fn a_return_is_approved_collected_checked_in_damaged_and_the_holding_is_returned() {
    let t = spawn().await;
    let c = ctx();
    let (_, h) = delivered_monitor(&t).await;
    let serial = h.units[0].serial.clone();
    let r = request(&t, way_back(vec![h.id], TransactionType::Return)).await;
    let back = &r.items[0];
    assert_eq!(
        back.status,
        ItemStatus::AwaitingApproval,
        "the default rule asks a person"
    );
    assert!(
        back.reason.contains("Return or cancellation"),
        "{}",
        back.reason
    );
    let asked = &holdings(&t).await[0];
    assert_eq!(asked.state, HoldingState::ReturnRequested);
    assert_eq!(asked.open_request.as_deref(), Some(r.number.as_str()));
    assert!(!asked.requestable);
    // Why it cannot be asked for again, in the desk's language.
    assert_eq!(
        (
            asked.state_label.as_str(),
            asked.not_requestable_reason.clone()
        ),
        (
            "Return requested",
            Some(format!("order {} is under way for it", r.number))
        )
    );
    let german =
        &read::customer_holdings(&t.db.speaking(Lang::De), t.shop.customers[0].0, c.today())
            .await
            .unwrap()[0];
    assert_eq!(
        (
            german.state_label.as_str(),
            german.not_requestable_reason.clone()
        ),
        (
            "Rückgabe angemeldet",
            Some(format!("dafür läuft schon Bestellung {}", r.number))
        )
    );

    let collected = on_the_road(&t, back, "2026-12-07").await;
    assert_eq!(collected.status, ItemStatus::Collected);
    let column = read::board(&t.db, now())
        .await
        .unwrap()
        .columns
        .into_iter()
        .find(|c| c.cards.iter().any(|x| x.item_id == back.item_id))
        .unwrap();
    assert_eq!(
        (column.key, column.decision_point.as_str()),
        (ColumnKey::CheckIn, "D8")
    );
    let (place, steps, _) = unit_trail(&t, &serial).await;
    assert_eq!(place, PlaceKind::Out, "collected, not yet checked in");
    assert_eq!(steps.last(), Some(&UnitEventKind::Collected));

    let view = read::check_in_view(&t.db, back.item_id).await.unwrap();
    assert_eq!((view.remaining, view.can_close), (1, false));
    let view = uc::check_in_unit(
        &t.db,
        &c,
        back.item_id,
        collected.version,
        &serial,
        CheckInCondition::Damaged,
        "cracked hinge",
    )
    .await
    .unwrap();
    assert_eq!((view.remaining, view.can_close), (0, true));
    let done = uc::close_check_in(&t.db, &c, back.item_id, view.version)
        .await
        .unwrap();
    assert_eq!(done.status, ItemStatus::Delivered, "ready to complete");
    assert!(done.reason.contains("damaged"), "{}", done.reason);

    let after = &holdings(&t).await[0];
    assert_eq!(after.state, HoldingState::Returned);
    assert!(after.units.is_empty());
    let (place, steps, history) = unit_trail(&t, &serial).await;
    assert_eq!(place, PlaceKind::InRepair);
    assert_eq!(
        steps,
        [
            UnitEventKind::Received,
            UnitEventKind::Reserved,
            UnitEventKind::Delivered,
            UnitEventKind::Collected,
            UnitEventKind::Released,
            UnitEventKind::ToRepair
        ]
    );
    assert!(history.steps.last().unwrap().text.contains("cracked hinge"));
    assert_eq!(history.holders[0].condition.as_deref(), Some("damaged"));

    // The receipt the customer gets: what came back and how.
    let zone = engine::domain::shop_time::parse_zone("UTC").unwrap();
    let receipt = read::return_receipt(&t.db, back.item_id, zone, c.today())
        .await
        .unwrap();
    assert_eq!(
        (
            receipt.kind.as_str(),
            receipt.recipient_name.as_str(),
            receipt.complete
        ),
        ("Return", "Lena Fischer", true)
    );
    assert_eq!(
        receipt.date,
        c.today().to_string(),
        "the day it was checked in"
    );
    assert_eq!(receipt.lines.len(), 1);
    let line = &receipt.lines[0];
    assert_eq!(
        (
            line.serial.as_str(),
            line.condition_label.as_str(),
            line.note.as_str()
        ),
        (serial.as_str(), "damaged", "cracked hinge")
    );
}

#[tokio::test]
async fn a_swap_delivers_a_new_unit_and_checks_the_old_one_in() {
    let t = spawn().await;
    let c = ctx();
    let (_, h) = delivered_monitor(&t).await;
    let old = h.units[0].serial.clone();
    let swap = collected(&t, h.id, TransactionType::Swap, "2026-12-07").await;
    let during = &holdings(&t).await[0];
    assert_eq!(
        during.units.len(),
        2,
        "the new one delivered, the old one not yet checked in"
    );
    let new = during
        .units
        .iter()
        .find(|u| u.serial != old)
        .unwrap()
        .serial
        .clone();

    // The new unit is not part of what comes back.
    let refused = uc::check_in_unit(
        &t.db,
        &c,
        swap.item_id,
        swap.version,
        &new,
        CheckInCondition::Good,
        "",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&refused, Error::Validation { field, .. } if field == "serial"),
        "{refused:?}"
    );

    let view = uc::check_in_unit(
        &t.db,
        &c,
        swap.item_id,
        swap.version,
        &old,
        CheckInCondition::Good,
        "",
    )
    .await
    .unwrap();
    uc::close_check_in(&t.db, &c, swap.item_id, view.version)
        .await
        .unwrap();
    let after = &holdings(&t).await[0];
    assert_eq!(
        after.state,
        HoldingState::Active,
        "the customer still holds a monitor"
    );
    assert_eq!(
        after
            .units
            .iter()
            .map(|u| u.serial.as_str())
            .collect::<Vec<_>>(),
        [new.as_str()]
    );
    assert_eq!(unit_trail(&t, &old).await.0, PlaceKind::InShop);
    assert_eq!(unit_trail(&t, &new).await.0, PlaceKind::Out);
}

#[tokio::test]
async fn a_swap_to_another_category_needs_a_persons_reason() {
    let t = spawn().await;
    let (_, h) = delivered_monitor(&t).await;
    let dock: i32 = sqlx::query_scalar("SELECT id FROM products WHERE category = 'dock' LIMIT 1")
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    let mut input = way_back(vec![h.id], TransactionType::Swap);
    input.product_id = Some(dock);
    let before = t.fingerprint().await;
    let e = uc::request_way_back(&t.db, &ctx(), input.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Validation { field, .. } if field == "overrideReason"),
        "{e:?}"
    );
    assert_eq!(t.fingerprint().await, before, "nothing changed");
    input.override_reason = Some("customer works from a dock now".into());
    let r = request(&t, input).await;
    let detail = read::item_detail(&t.db, r.items[0].item_id).await.unwrap();
    assert!(
        detail
            .timeline
            .iter()
            .flat_map(|e| &e.reasons)
            .any(|s| s.contains("another category, allowed")),
        "{:?}",
        detail.timeline
    );
}

#[tokio::test]
async fn a_cancellation_ends_a_recurring_service_at_its_date() {
    let t = spawn().await;
    let s = submit(&t, vec![line(t.svc("SUPPORT-PLUS"), &[])])
        .await
        .items[0]
        .clone();
    let s = on_the_road(&t, &s, "2026-12-01").await;
    assert_eq!(s.status, ItemStatus::Delivered);
    let h = holdings(&t)
        .await
        .into_iter()
        .find(|h| h.monthly.cents > 0)
        .unwrap();

    let mut input = way_back(vec![h.id], TransactionType::Cancellation);
    input.ends_on = "2026-11-30".into();
    let before = t.fingerprint().await;
    let e = uc::request_way_back(&t.db, &ctx(), input.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(&e, Error::Validation { field, .. } if field == "endsOn"),
        "{e:?}"
    );
    assert_eq!(
        t.fingerprint().await,
        before,
        "an end before the start changes nothing"
    );

    input.ends_on = "2026-12-31".into();
    let r = request(&t, input).await;
    let done = on_the_road(&t, &r.items[0], "2026-12-31").await;
    assert_eq!(
        done.status,
        ItemStatus::Delivered,
        "nothing comes back to check in"
    );
    let after = holdings(&t)
        .await
        .into_iter()
        .find(|x| x.id == h.id)
        .unwrap();
    assert_eq!(after.state, HoldingState::Ended);
    assert_eq!(after.end.as_deref(), Some("2026-12-31"));
}

#[tokio::test]
async fn a_rental_is_due_back_near_its_end_and_overdue_after() {
    let t = spawn().await;
    let mut l = line(
        t.svc("LAPTOP-RENT"),
        &[("ram", "16GB"), ("cpu", "m3"), ("screen", "13")],
    );
    l.window_end = "2026-12-04".into();
    let r = submit(&t, vec![l]).await;
    on_the_road(&t, &r.items[0], "2026-12-01").await;
    let due_on = |day: &str| {
        let db = t.db.clone();
        let day = day.parse().unwrap();
        async move { read::due_back(&db, day).await.unwrap() }
    };
    assert!(
        due_on("2026-11-26").await.is_empty(),
        "ends more than a week later"
    );
    let soon = due_on("2026-12-01").await;
    assert_eq!(soon.len(), 1);
    assert_eq!(
        soon[0].holding.due_label.as_deref(),
        Some("Due back Fri 4 Dec 2026")
    );
    let late = due_on("2026-12-05").await;
    assert_eq!(
        late[0].holding.due_label.as_deref(),
        Some("Overdue since Fri 4 Dec 2026")
    );
}

#[tokio::test]
async fn bad_way_back_input_is_refused_by_field_and_changes_nothing() {
    let t = spawn().await;
    let c = ctx();
    let (_, h) = delivered_monitor(&t).await;
    let before = t.fingerprint().await;
    let refused = |e: Error| match e {
        Error::Validation { field, .. } => field,
        other => panic!("{other:?}"),
    };
    let try_request = |input: WayBackInput| {
        let db = t.db.clone();
        let c = c.clone();
        async move { refused(uc::request_way_back(&db, &c, input).await.unwrap_err()) }
    };
    assert_eq!(
        try_request(way_back(vec![], TransactionType::Return)).await,
        "holdingIds"
    );
    assert_eq!(
        try_request(way_back(vec![999], TransactionType::Return)).await,
        "holdingIds[0]"
    );
    assert_eq!(
        try_request(way_back(vec![h.id, h.id], TransactionType::Return)).await,
        "holdingIds[1]"
    );
    assert_eq!(
        try_request(way_back(vec![h.id], TransactionType::Order)).await,
        "transactionType"
    );
    assert_eq!(
        try_request(way_back(vec![h.id], TransactionType::Change)).await,
        "productId"
    );
    let mut past = way_back(vec![h.id], TransactionType::Return);
    past.window_start = "2026-11-20".into();
    past.window_end = "2026-11-21".into();
    assert_eq!(try_request(past).await, "window.end");
    // A return on the order form: the customer holds nothing of it.
    let mut back = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    back.transaction_type = TransactionType::Return;
    let e = uc::submit_order(&t.db, &c, t.order(vec![back]))
        .await
        .unwrap_err();
    assert_eq!(refused(e), "items[0].transactionType");
    assert_eq!(t.fingerprint().await, before, "nothing changed");

    // A second request while one is under way.
    request(&t, way_back(vec![h.id], TransactionType::Return)).await;
    let before = t.fingerprint().await;
    assert_eq!(
        try_request(way_back(vec![h.id], TransactionType::Return)).await,
        "holdingIds[0]"
    );
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn a_wrong_scan_is_refused_with_its_reason_and_changes_nothing() {
    let t = spawn().await;
    let c = ctx();
    let (_, h) = delivered_monitor(&t).await;
    let serial = h.units[0].serial.clone();
    let back = collected(&t, h.id, TransactionType::Return, "2026-12-07").await;
    let other: String =
        sqlx::query_scalar("SELECT serial FROM stock_units WHERE serial <> ? LIMIT 1")
            .bind(&serial)
            .fetch_one(t.db.pool())
            .await
            .unwrap();
    let scan = |s: String, cond: CheckInCondition, note: &'static str| {
        let db = t.db.clone();
        let c = c.clone();
        let (id, v) = (back.item_id, back.version);
        async move { uc::check_in_unit(&db, &c, id, v, &s, cond, note).await }
    };
    let message = |e: Error| match e {
        Error::Validation { field, message, .. } => format!("{field}: {message}"),
        other => panic!("{other:?}"),
    };
    let before = t.fingerprint().await;
    assert_eq!(
        message(
            scan(other.clone(), CheckInCondition::Good, "")
                .await
                .unwrap_err()
        ),
        format!("serial: {other} is not part of this return")
    );
    assert_eq!(
        message(
            scan("NOPE-1".into(), CheckInCondition::Good, "")
                .await
                .unwrap_err()
        ),
        "serial: NOPE-1 is not a serial the shop knows"
    );
    assert_eq!(
        message(
            scan(serial.clone(), CheckInCondition::Missing, "")
                .await
                .unwrap_err()
        ),
        "note: say why the unit is missing"
    );
    assert_eq!(
        message(
            uc::close_check_in(&t.db, &c, back.item_id, back.version)
                .await
                .unwrap_err()
        ),
        format!("serial: still to check in: {serial}")
    );
    assert_eq!(t.fingerprint().await, before, "nothing changed");

    scan(serial.clone(), CheckInCondition::Good, "")
        .await
        .unwrap();
    let before = t.fingerprint().await;
    assert_eq!(
        message(
            scan(serial.clone(), CheckInCondition::Good, "")
                .await
                .unwrap_err()
        ),
        format!("serial: {serial} is checked in already")
    );
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn the_demo_holds_a_laptop_to_take_back_whatever_the_hour_it_is_seeded() {
    let vienna = engine::domain::shop_time::parse_zone("Europe/Vienna").unwrap();
    // The end-to-end instant, a Monday 00:05, a Sunday 23:55 and the year's end.
    for at in [
        "2026-12-01T10:00:00+01:00",
        "2026-11-30T00:05:00+01:00",
        "2026-11-29T23:55:00+01:00",
        "2026-12-31T23:55:00+01:00",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let db = engine::Db::open(&dir.path().join("demo.db")).await.unwrap();
        let c = engine::Ctx::new("tester", at.parse().unwrap()).in_zone(vienna);
        engine::demo::seed_demo(&db, &c).await.unwrap();
        let mut laptops = Vec::new();
        for customer in engine::read::customers_list(&db).await.unwrap() {
            laptops.extend(
                read::customer_holdings(&db, customer.id, c.today())
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|h| h.requestable && h.category.as_deref() == Some("laptop")),
            );
        }
        assert!(!laptops.is_empty(), "{at}: no laptop to take back");
        assert!(!laptops[0].units.is_empty(), "{at}: {:?}", laptops[0]);
    }
}

/// A monitor returned and checked in missing: the return closes, the holding stays open.
async fn returned_missing(t: &TestShop) -> (read::HoldingView, String) {
    let (_, h) = delivered_monitor(t).await;
    let serial = h.units[0].serial.clone();
    let back = collected(t, h.id, TransactionType::Return, "2026-12-07").await;
    check_in_all(t, &back, CheckInCondition::Missing, "left on the train").await;
    let h = holdings(t)
        .await
        .into_iter()
        .find(|x| x.id == h.id)
        .unwrap();
    (h, serial)
}

#[tokio::test]
async fn a_missing_unit_keeps_the_holding_open_until_found_or_charged() {
    let t = spawn().await;
    let c = ctx();
    let (h, serial) = returned_missing(&t).await;
    assert_eq!(h.state, HoldingState::ReturnRequested);
    assert_eq!(
        h.missing
            .iter()
            .map(|u| u.serial.as_str())
            .collect::<Vec<_>>(),
        [serial.as_str()]
    );
    assert!(!h.requestable, "decide first");
    assert_eq!(unit_trail(&t, &serial).await.0, PlaceKind::Retired);
    let unit = h.missing[0].unit_id;

    // Found after all, damaged: to repair, and the holding is returned.
    let after = uc::decide_missing(
        &t.db,
        &c,
        h.id,
        h.version,
        unit,
        MissingDecision::FoundDamaged,
        "turned up in the van, screen cracked",
    )
    .await
    .unwrap();
    assert_eq!(after.state, HoldingState::Returned);
    assert!(after.missing.is_empty());
    let (place, steps, history) = unit_trail(&t, &serial).await;
    assert_eq!(place, PlaceKind::InRepair);
    assert_eq!(steps.last(), Some(&UnitEventKind::ToRepair));
    assert_eq!(
        history.steps.last().unwrap().text,
        "Found after all: turned up in the van, screen cracked; to repair"
    );

    // Charged to the customer: the unit stays retired, the holding ends today.
    let t = spawn().await;
    let (h, serial) = returned_missing(&t).await;
    let after = uc::decide_missing(
        &t.db,
        &c,
        h.id,
        h.version,
        h.missing[0].unit_id,
        MissingDecision::Charged,
        "invoice 2026-118",
    )
    .await
    .unwrap();
    assert_eq!(after.state, HoldingState::Ended);
    assert_eq!(after.end, Some(c.today().to_string()));
    let (place, steps, history) = unit_trail(&t, &serial).await;
    assert_eq!(place, PlaceKind::Retired);
    assert_eq!(steps.last(), Some(&UnitEventKind::Retired));
    assert!(
        history
            .steps
            .last()
            .unwrap()
            .text
            .starts_with("Charged to Acme"),
        "{}",
        history.steps.last().unwrap().text
    );
}

#[tokio::test]
async fn a_bad_decision_on_a_missing_unit_is_refused_by_field_and_changes_nothing() {
    let t = spawn().await;
    let c = ctx();
    let (h, _) = returned_missing(&t).await;
    let unit = h.missing[0].unit_id;
    let decide = |id: i32, version: i32, unit: i32, note: &'static str| {
        let db = t.db.clone();
        let c = c.clone();
        async move {
            uc::decide_missing(
                &db,
                &c,
                id,
                version,
                unit,
                MissingDecision::WrittenOff,
                note,
            )
            .await
            .unwrap_err()
        }
    };
    let field = |e: Error| match e {
        Error::Validation { field, .. } => field,
        other => panic!("{other:?}"),
    };
    let before = t.fingerprint().await;
    assert_eq!(field(decide(h.id, h.version, unit, " ").await), "note");
    assert_eq!(field(decide(999, 1, unit, "lost").await), "holdingId");
    assert_eq!(field(decide(h.id, h.version, 999, "lost").await), "unitId");
    assert!(matches!(
        decide(h.id, h.version - 1, unit, "lost").await,
        Error::Conflict { .. }
    ));
    // A return of it is refused while the decision waits.
    let e = uc::request_way_back(&t.db, &c, way_back(vec![h.id], TransactionType::Return))
        .await
        .unwrap_err();
    assert_eq!(field(e), "holdingIds[0]");
    assert_eq!(t.fingerprint().await, before, "nothing changed");

    let after = uc::decide_missing(
        &t.db,
        &c,
        h.id,
        h.version,
        unit,
        MissingDecision::WrittenOff,
        "lost",
    )
    .await
    .unwrap();
    assert_eq!(after.state, HoldingState::Ended);
    let before = t.fingerprint().await;
    let e = decide(h.id, after.version, unit, "again").await;
    match e {
        Error::Validation { field, message, .. } => {
            assert_eq!(field, "unitId");
            assert!(message.ends_with("is decided already"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn a_check_in_and_its_receipt_list_only_the_units_of_their_own_swap_or_return() {
    let t = spawn().await;
    let (_, h) = delivered_monitor(&t).await;
    let serials_now = |hs: Vec<read::HoldingView>| -> Vec<String> {
        hs.into_iter()
            .find(|x| x.id == h.id)
            .unwrap()
            .units
            .into_iter()
            .map(|u| u.serial)
            .collect()
    };
    let first = h.units[0].serial.clone();
    let swap1 = collected(&t, h.id, TransactionType::Swap, "2026-12-07").await;
    check_in_all(&t, &swap1, CheckInCondition::Good, "").await;
    let [second] = &serials_now(holdings(&t).await)[..] else {
        panic!("one monitor after the first swap")
    };

    // The phone swapped again: only the unit the customer has now comes back.
    let swap2 = collected(&t, h.id, TransactionType::Swap, "2026-12-08").await;
    let view = read::check_in_view(&t.db, swap2.item_id).await.unwrap();
    let expected: Vec<&str> = view.units.iter().map(|u| u.serial.as_str()).collect();
    assert_eq!(
        expected,
        [second.as_str()],
        "not the unit the first swap took back"
    );
    assert_eq!(view.remaining, 1);
    check_in_all(&t, &swap2, CheckInCondition::Damaged, "cracked screen").await;
    let [third] = &serials_now(holdings(&t).await)[..] else {
        panic!("one monitor after the second swap")
    };

    // Then returned for good.
    let back = collected(&t, h.id, TransactionType::Return, "2026-12-09").await;
    check_in_all(&t, &back, CheckInCondition::Good, "").await;
    let after = holdings(&t)
        .await
        .into_iter()
        .find(|x| x.id == h.id)
        .unwrap();
    assert_eq!(after.state, HoldingState::Returned);

    let receipt = |item_id: i32| {
        let db = t.db.clone();
        async move {
            read::return_receipt(&db, item_id, UTC, ctx().today())
                .await
                .unwrap()
                .lines
                .into_iter()
                .map(|l| (l.serial, l.condition_label))
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        receipt(swap1.item_id).await,
        [(first, "good".to_string())],
        "the first swap's receipt still says what it took back, and only that"
    );
    assert_eq!(
        receipt(swap2.item_id).await,
        [(second.clone(), "damaged".to_string())]
    );
    assert_eq!(
        receipt(back.item_id).await,
        [(third.clone(), "good".to_string())]
    );
}

#[tokio::test]
async fn due_back_reads_each_ending_holding_with_its_units_and_its_request() {
    let t = spawn().await;
    let rent = |end: &str| {
        let mut l = line(
            t.svc("LAPTOP-RENT"),
            &[("ram", "16GB"), ("cpu", "m3"), ("screen", "13")],
        );
        l.window_end = end.into();
        l
    };
    let mut licence = line(t.svc("M365"), &[]);
    licence.quantity = 2;
    for l in [rent("2026-12-04"), licence, rent("2026-12-02")] {
        let r = submit(&t, vec![l]).await;
        on_the_road(&t, &r.items[0], "2026-12-01").await;
    }
    let first_laptop = holdings(&t).await[0].id;
    let asked = request(&t, way_back(vec![first_laptop], TransactionType::Return)).await;

    let due = read::due_back(&t.db, "2026-12-03".parse().unwrap())
        .await
        .unwrap();
    let rows: Vec<_> = due
        .iter()
        .map(|d| {
            let h = &d.holding;
            (
                d.customer.as_str(),
                h.service.as_str(),
                h.quantity,
                h.units.len(),
                h.end_kind,
                h.due_label.as_deref().unwrap_or(""),
                h.open_request.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Acme Consulting GmbH",
                "Laptop rental",
                1,
                1,
                EndKind::BringBack,
                "Overdue since Wed 2 Dec 2026",
                None
            ),
            (
                "Acme Consulting GmbH",
                "Laptop rental",
                1,
                1,
                EndKind::BringBack,
                "Due back Fri 4 Dec 2026",
                Some(asked.number.as_str())
            ),
            (
                "Acme Consulting GmbH",
                "Microsoft 365 E3 licence",
                2,
                0,
                EndKind::ServiceEnds,
                "Ends Fri 4 Dec 2026",
                None
            ),
        ],
        "overdue first, then by end; each with its own units and request; \
         a licence ends, it is not due back"
    );

    // The desk that speaks German reads the same list in German.
    let german = read::due_back(&t.db.speaking(Lang::De), "2026-12-03".parse().unwrap())
        .await
        .unwrap();
    let labels: Vec<_> = german
        .iter()
        .map(|d| d.holding.due_label.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        labels,
        [
            "Überfällig seit Mi. 2. Dez. 2026",
            "Rückgabe fällig Fr. 4. Dez. 2026",
            "Endet Fr. 4. Dez. 2026"
        ]
    );
}

#[tokio::test]
async fn a_swap_that_lost_the_old_unit_keeps_the_holding_with_the_new_one_once_decided() {
    let t = spawn().await;
    let (_, h) = delivered_monitor(&t).await;
    let swap = collected(&t, h.id, TransactionType::Swap, "2026-12-07").await;
    check_in_all(&t, &swap, CheckInCondition::Missing, "not in the box").await;
    let h = holdings(&t)
        .await
        .into_iter()
        .find(|x| x.id == h.id)
        .unwrap();
    assert_eq!(h.state, HoldingState::Active);
    assert_eq!(
        (h.units.len(), h.missing.len()),
        (1, 1),
        "the new one, and the lost one"
    );
    let after = uc::decide_missing(
        &t.db,
        &ctx(),
        h.id,
        h.version,
        h.missing[0].unit_id,
        MissingDecision::Charged,
        "invoice 2026-120",
    )
    .await
    .unwrap();
    assert_eq!(
        (after.state, after.end.as_deref()),
        (HoldingState::Active, None),
        "the customer still has the new monitor"
    );
    let serials =
        |v: &read::HoldingView| v.units.iter().map(|u| u.serial.clone()).collect::<Vec<_>>();
    assert_eq!(serials(&after), serials(&h));
    assert!(after.missing.is_empty() && after.requestable, "{after:?}");
}
