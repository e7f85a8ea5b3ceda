//! Every reason is stored as its kind and values beside the sentence people
//! read: a later translation starts from the kind, never from the English.

use crate::helpers::*;
use crate::way_back;
use engine::domain::holding::CheckInCondition;
use engine::domain::order::TransactionType;
use engine::domain::{ItemStatus, Reason};
use engine::usecases as uc;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The key each kind is stored under. The match has no wildcard: a new kind
/// does not compile here until it is listed, and then this test asks the use
/// cases to write it.
fn key(r: &Reason) -> &'static str {
    match r {
        Reason::Submitted => "submitted",
        Reason::OrderSubmitted { .. } => "order_submitted",
        Reason::RuleFired { .. } => "rule_fired",
        Reason::NoProductToPick { .. } => "no_product_to_pick",
        Reason::OnlyProductOffered { .. } => "only_product_offered",
        Reason::OnlyProductMatching { .. } => "only_product_matching",
        Reason::NoProductInCatalog => "no_product_in_catalog",
        Reason::NoProductMatches { .. } => "no_product_matches",
        Reason::ProductsMatch { .. } => "products_match",
        Reason::UnitComesBack { .. } => "unit_comes_back",
        Reason::NeedsNoStock { .. } => "needs_no_stock",
        Reason::Reserved { .. } => "reserved",
        Reason::Shortage { .. } => "shortage",
        Reason::NothingToConsolidate => "nothing_to_consolidate",
        Reason::Prepared { .. } => "prepared",
        Reason::ScannedInstead { .. } => "scanned_instead",
        Reason::HeldBy { .. } => "held_by",
        Reason::Released { .. } => "released",
        Reason::ShortageOverridden { .. } => "shortage_overridden",
        Reason::Approved { .. } => "approved",
        Reason::Rejected { .. } => "rejected",
        Reason::SubstitutePicked => "substitute_picked",
        Reason::ProductPicked { .. } => "product_picked",
        Reason::Cancelled { .. } => "cancelled",
        Reason::OrderCompleted { .. } => "order_completed",
        Reason::BackToPreparation { .. } => "back_to_preparation",
        Reason::Unscheduled { .. } => "unscheduled",
        Reason::SplitOff { .. } => "split_off",
        Reason::Booked { .. } => "booked",
        Reason::Moved { .. } => "moved",
        Reason::ReservationExtended { .. } => "reservation_extended",
        Reason::Dispatched { .. } => "dispatched",
        Reason::Delivered { .. } => "delivered",
        Reason::DeliveryFailed { .. } => "delivery_failed",
        Reason::WayBackRequested { .. } => "way_back_requested",
        Reason::TakesBackHolding { .. } => "takes_back_holding",
        Reason::ReplacedBy { .. } => "replaced_by",
        Reason::OtherCategoryAllowed { .. } => "other_category_allowed",
        Reason::Collected { .. } => "collected",
        Reason::CheckedIn { .. } => "checked_in",
        Reason::Text { .. } => "text",
    }
}

/// Kinds no use case writes: the state of an item before its first step
/// (never stored: submit runs the pipeline first) and a sentence from before
/// reasons had kinds (only the migration writes it).
const NOT_WRITTEN_BY_USE_CASES: [&str; 2] = ["submitted", "text"];

/// Every stored reason as (sentence, kind JSON): the events' reasons side by
/// side, and each item's reason and hold (one sentence for the list).
/// Checks on the way that each kind reads back as a `Reason` whose sentence is
/// the stored one and whose JSON is the stored JSON.
async fn stored(t: &TestShop) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let events: Vec<(String, String)> =
        sqlx::query_as("SELECT reasons, reason_kinds FROM events ORDER BY id")
            .fetch_all(t.db.pool())
            .await
            .unwrap();
    for (sentences, kinds) in events {
        let sentences: Vec<String> = serde_json::from_str(&sentences).unwrap();
        let kinds: Vec<Value> = serde_json::from_str(&kinds).unwrap();
        assert_eq!(sentences.len(), kinds.len(), "{sentences:?} {kinds:?}");
        out.extend(sentences.into_iter().zip(kinds));
    }
    let items: Vec<(String, String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT reason, reason_kinds, hold_reason, hold_reason_kinds FROM items ORDER BY id",
    )
    .fetch_all(t.db.pool())
    .await
    .unwrap();
    for (reason, kinds, hold, hold_kinds) in items {
        let joined = |kinds: &str| {
            let rs = Reason::from_json(kinds).unwrap();
            assert!(!rs.is_empty(), "an item always says why");
            engine::domain::reason::joined(&rs)
        };
        assert_eq!(joined(&kinds), reason);
        assert_eq!(hold.is_some(), hold_kinds.is_some());
        if let (Some(hold), Some(kinds)) = (hold, hold_kinds) {
            assert_eq!(joined(&kinds), hold);
        }
    }
    for (sentence, kind) in &out {
        let r: Reason = serde_json::from_value(kind.clone()).unwrap();
        assert_eq!(&r.sentence(), sentence, "{kind}");
        assert_eq!(&serde_json::to_value(&r).unwrap(), kind, "stable JSON");
        assert_eq!(kind["kind"], key(&r), "{kind}");
    }
    out
}

/// The stored kind JSON of the first reason whose sentence is `sentence`.
fn kind_of<'a>(all: &'a [(String, Value)], sentence: &str) -> &'a Value {
    &all.iter()
        .find(|(s, _)| s == sentence)
        .unwrap_or_else(|| panic!("no stored reason reads {sentence:?}"))
        .1
}

async fn order_version(t: &TestShop, order_id: i32) -> i32 {
    sqlx::query_scalar("SELECT version FROM orders WHERE id = ?")
        .bind(order_id)
        .fetch_one(t.db.pool())
        .await
        .unwrap()
}

/// A service of a category of its own, with the given products; the catalog
/// snapshot is read again so the next submit sees it.
async fn service_with(t: &TestShop, code: &str, category: &str, products: &[(&str, i64)]) -> i32 {
    let id: i32 = sqlx::query_scalar(
        "INSERT INTO services (code, name, kind, offer_type, recurring, requires_approval,
            one_time_cents, monthly_cents, product_category)
         VALUES (?, ?, 'hardware', 'purchase', 0, 0, 0, 0, ?) RETURNING id",
    )
    .bind(code)
    .bind(format!("{category} service"))
    .bind(category)
    .fetch_one(t.db.pool())
    .await
    .unwrap();
    for (name, cents) in products {
        sqlx::query(
            "INSERT INTO products (sku, name, category, specs, unit_cents) VALUES (?, ?, ?, '{}', ?)",
        )
        .bind(format!("SKU-{name}"))
        .bind(name)
        .bind(category)
        .bind(cents)
        .execute(t.db.pool())
        .await
        .unwrap();
    }
    t.db.invalidate_snapshot();
    id
}

#[tokio::test]
async fn every_kind_of_reason_is_stored_with_its_values_and_sentence() {
    let t = spawn().await;
    let c = ctx();
    let db = &t.db;

    // D1: a rule fires, a person approves; D2–D4 run on. Another is rejected.
    let printer = submit(&t, vec![line(t.svc("PRINTER-RENT"), &[])])
        .await
        .items[0]
        .clone();
    assert_eq!(printer.status, ItemStatus::AwaitingApproval);
    uc::approve_item(db, &c, printer.item_id, printer.version, "")
        .await
        .unwrap();
    let other = submit(&t, vec![line(t.svc("PRINTER-RENT"), &[])])
        .await
        .items[0]
        .clone();
    uc::reject_item(db, &c, other.item_id, other.version, "too dear")
        .await
        .unwrap();

    // D2 every way: no match, several, one offered, none in the catalog.
    let odd = submit(&t, vec![line(t.svc("MONITOR-BUY"), &[("size", "19")])])
        .await
        .items[0]
        .clone();
    let philips: i32 = sqlx::query_scalar("SELECT id FROM products WHERE name LIKE 'Philips%'")
        .fetch_one(db.pool())
        .await
        .unwrap();
    uc::assign_product(db, &c, odd.item_id, odd.version, philips, "")
        .await
        .unwrap();
    let laptops = submit(
        &t,
        vec![line(t.svc("LAPTOP-BUY"), &[("ram", "16GB"), ("cpu", "i5")])],
    )
    .await;
    uc::cancel_item(
        db,
        &c,
        laptops.items[0].item_id,
        laptops.items[0].version,
        "customer changed their mind",
    )
    .await
    .unwrap();
    let tablet = service_with(&t, "TABLET-BUY", "tablet", &[("Apple iPad Air", 69_900)]).await;
    let projector = service_with(&t, "PROJECTOR-BUY", "projector", &[]).await;
    submit(&t, vec![line(tablet, &[])]).await;
    submit(&t, vec![line(projector, &[])]).await;

    // D3: a shortage is overridden, another substituted.
    let mut big = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    big.quantity = 7; // 6 units of each product exist
    let short = submit(&t, vec![big.clone()]).await.items[0].clone();
    assert!(short.on_hold, "{short:?}");
    uc::override_shortage(
        db,
        &c,
        short.item_id,
        short.version,
        "supplier delivers Friday",
    )
    .await
    .unwrap();
    big.quantity = 6;
    let short = submit(&t, vec![big]).await.items[0].clone();
    assert!(short.on_hold, "{short:?}");
    let dell: i32 = sqlx::query_scalar("SELECT id FROM products WHERE name = 'Dell P2425H 24\"'")
        .fetch_one(db.pool())
        .await
        .unwrap();
    uc::assign_product(
        db,
        &c,
        short.item_id,
        short.version,
        dell,
        "customer agreed",
    )
    .await
    .unwrap();

    // D4: prepared with or without the rest, undone, split off.
    let pair = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("HEADSET-BUY"), &[("type", "wired"), ("anc", "yes")]),
        ],
    )
    .await;
    let (a, b) = (&pair.items[0], &pair.items[1]);
    let a = prepare(db, &c, a.item_id, a.version).await.unwrap();
    let a = uc::undo_last(db, &c, a.item_id, a.version).await.unwrap()[0].clone();
    // Prepared again by scan, with another unit standing in for the reserved one.
    let reserved = engine::read::item_detail(db, a.item_id)
        .await
        .unwrap()
        .serials;
    let product_id = unit_by_serial(&t, &reserved[0]).await.product_id;
    receive_serials(&t, product_id, &["STAND-IN-1"]).await;
    let a = uc::mark_prepared(db, &c, a.item_id, a.version, &["STAND-IN-1".into()])
        .await
        .unwrap();
    uc::split_order(db, &c, pair.order_id, &[(a.item_id, a.version)])
        .await
        .unwrap();
    prepare(db, &c, b.item_id, b.version).await.unwrap();

    // A person's hold and its release; D5 booked, moved, unscheduled, undone;
    // D6 out, failed, out again, delivered; D7 completed.
    let m = queued_monitor(&t).await;
    let m = uc::hold_item(db, &c, m.item_id, m.version, "customer asked to wait")
        .await
        .unwrap();
    let m = uc::release_hold(db, &c, m.item_id, m.version, "")
        .await
        .unwrap();
    let m = book(&t, m.item_id, m.version, "2026-12-01", "09:00", "10:00").await[0].clone();
    let m = uc::reschedule_item(
        db,
        &c,
        slot(
            m.item_id,
            m.version,
            t.shop.resources[0],
            "2026-12-02",
            "09:00",
            "10:00",
        ),
    )
    .await
    .unwrap()[0]
        .clone();
    let m = uc::unschedule_item(db, &c, m.item_id, m.version)
        .await
        .unwrap()[0]
        .clone();
    let m = book(&t, m.item_id, m.version, "2026-12-01", "09:00", "10:00").await[0].clone();
    let m = uc::undo_last(db, &c, m.item_id, m.version).await.unwrap()[0].clone();
    let m = book(&t, m.item_id, m.version, "2026-12-01", "09:00", "10:00").await[0].clone();
    let m = uc::dispatch_item(db, &c, m.item_id, m.version)
        .await
        .unwrap()[0]
        .clone();
    let m = uc::mark_delivery_failed(db, &c, m.item_id, m.version, "nobody at reception")
        .await
        .unwrap();
    let m = book(&t, m.item_id, m.version, "2026-12-03", "09:00", "10:00").await[0].clone();
    let m = uc::dispatch_item(db, &c, m.item_id, m.version)
        .await
        .unwrap()[0]
        .clone();
    uc::mark_delivered(db, &c, m.item_id, m.version)
        .await
        .unwrap();
    let order: i32 = sqlx::query_scalar("SELECT order_id FROM items WHERE id = ?")
        .bind(m.item_id)
        .fetch_one(db.pool())
        .await
        .unwrap();
    uc::complete_order(db, &c, order, order_version(&t, order).await)
        .await
        .unwrap();

    // D5 on a day outside the recipient's window: the reservation stretches.
    let early = queued_monitor(&t).await;
    let mut input = slot(
        early.item_id,
        early.version,
        t.shop.resources[0],
        "2026-11-30",
        "09:00",
        "10:00",
    );
    input.override_reason = Some("recipient asked for Monday".into());
    uc::schedule_item(db, &c, input).await.unwrap();

    // The way back: a return brings its unit back (D3), is collected and
    // checked in (D8); a swap to another category is allowed with a reason.
    let (_, held) = way_back::delivered_monitor(&t).await;
    let back = way_back::collected(&t, held.id, TransactionType::Return, "2026-12-07").await;
    way_back::check_in_all(&t, &back, CheckInCondition::Good, "").await;
    let (_, held) = way_back::delivered_monitor(&t).await;
    let mut swap = way_back::way_back(vec![held.id], TransactionType::Swap);
    swap.product_id = Some(
        sqlx::query_scalar("SELECT id FROM products WHERE category = 'dock' LIMIT 1")
            .fetch_one(db.pool())
            .await
            .unwrap(),
    );
    swap.override_reason = Some("works from a dock now".into());
    let swap = &way_back::request(&t, swap).await.items[0];
    uc::approve_item(db, &c, swap.item_id, swap.version, "")
        .await
        .unwrap();

    let all = stored(&t).await;
    let seen: BTreeSet<&str> = all
        .iter()
        .map(|(_, k)| k["kind"].as_str().unwrap())
        .collect();
    let unknown: Vec<&&str> = seen.iter().filter(|k| !KINDS.contains(k)).collect();
    assert!(unknown.is_empty(), "list {unknown:?} in KINDS");
    let missing: Vec<&str> = KINDS
        .iter()
        .copied()
        .filter(|k| !seen.contains(k) && !NOT_WRITTEN_BY_USE_CASES.contains(k))
        .collect();
    assert!(missing.is_empty(), "no use case wrote {missing:?}");

    // The values behind a few sentences, as a translation would read them.
    assert_eq!(
        kind_of(&all, "Shortage: 5 of 6 × Philips 22E1N 22\" free from Tue 1 Dec 2026 (€110.00 each); wait, substitute or override"),
        &json!({
            "kind": "shortage", "product_id": philips, "product": "Philips 22E1N 22\"",
            "wanted": 6, "free": 5, "from": "2026-12-01", "unit_cents": 11000, "currency": "EUR"
        })
    );
    assert_eq!(
        kind_of(&all, "Delivery failed: nobody at reception"),
        &json!({"kind": "delivery_failed", "note": "nobody at reception"})
    );
    assert_eq!(
        kind_of(&all, "customer asked to wait (tester)"),
        &json!({"kind": "held_by", "by": "tester", "note": "customer asked to wait"})
    );
    assert_eq!(
        kind_of(&all, "Service requires approval")["met"],
        json!([{
            "field": "service_requires_approval", "op": "eq",
            "value": {"type": "bool", "value": true}, "actual": {"type": "bool", "value": true}
        }])
    );
    let (sentence, booked) = all
        .iter()
        .find(|(s, _)| s.starts_with("Booked with "))
        .unwrap();
    assert_eq!(
        sentence,
        &format!(
            "Booked with {} on Tue 1 Dec 09:00–10:00",
            booked["slot"]["resource"].as_str().unwrap()
        )
    );
    assert_eq!(booked["slot"]["resource_id"], t.shop.resources[0]);
    assert_eq!(
        booked["slot"]["slot"],
        json!({"start": "2026-12-01T09:00:00", "end": "2026-12-01T10:00:00"})
    );
    assert_eq!(booked["slot"]["written"], "2026-11-25");
    assert_eq!(
        kind_of(&all, "Only product offered: Apple iPad Air")["kind"],
        "only_product_offered"
    );
}

/// Every kind's key, as `key` names them.
const KINDS: [&str; 41] = [
    "submitted",
    "order_submitted",
    "rule_fired",
    "no_product_to_pick",
    "only_product_offered",
    "only_product_matching",
    "no_product_in_catalog",
    "no_product_matches",
    "products_match",
    "unit_comes_back",
    "needs_no_stock",
    "reserved",
    "shortage",
    "nothing_to_consolidate",
    "prepared",
    "scanned_instead",
    "held_by",
    "released",
    "shortage_overridden",
    "approved",
    "rejected",
    "substitute_picked",
    "product_picked",
    "cancelled",
    "order_completed",
    "back_to_preparation",
    "unscheduled",
    "split_off",
    "booked",
    "moved",
    "reservation_extended",
    "dispatched",
    "delivered",
    "delivery_failed",
    "way_back_requested",
    "takes_back_holding",
    "replaced_by",
    "other_category_allowed",
    "collected",
    "checked_in",
    "text",
];

#[tokio::test]
async fn the_migration_gives_old_reasons_their_kind_or_keeps_their_text() {
    let t = spawn().await;
    let c = ctx();
    let db = &t.db;
    let ordered = submit(&t, vec![line(t.svc("PRINTER-RENT"), &[])]).await;
    let printer = ordered.items[0].clone();
    let m = queued_monitor(&t).await;
    let m = book(&t, m.item_id, m.version, "2026-12-01", "09:00", "10:00").await[0].clone();
    let m = uc::dispatch_item(db, &c, m.item_id, m.version)
        .await
        .unwrap()[0]
        .clone();
    let delivered = uc::mark_delivered(db, &c, m.item_id, m.version)
        .await
        .unwrap();
    let held = queued_monitor(&t).await;
    let held = uc::hold_item(db, &c, held.item_id, held.version, "customer asked to wait")
        .await
        .unwrap();
    let sentences = |db: &engine::Db| {
        let pool = db.pool().clone();
        async move {
            let rows: Vec<(String,)> = sqlx::query_as(
                "SELECT reasons FROM events UNION ALL SELECT reason FROM items
                 UNION ALL SELECT hold_reason FROM items WHERE hold_reason IS NOT NULL",
            )
            .fetch_all(&pool)
            .await
            .unwrap();
            rows
        }
    };
    let before = sentences(db).await;

    // As a database from before the columns: sentences only.
    sqlx::raw_sql(
        "DROP TRIGGER events_append_only_update;
         UPDATE events SET reason_kinds = '[]';
         CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
         BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
         UPDATE items SET reason_kinds = '[]', hold_reason_kinds = NULL;",
    )
    .execute(db.pool())
    .await
    .unwrap();
    let migration = include_str!("../../migrations/20261201000000_reason_kinds.sql");
    let updates = &migration[migration.find("DROP TRIGGER").unwrap()..];
    sqlx::raw_sql(updates).execute(db.pool()).await.unwrap();

    assert_eq!(sentences(db).await, before, "no sentence changed");
    // Each kind reads back with the stored sentence (checked in `stored`).
    let all = stored(&t).await;
    assert_eq!(
        kind_of(&all, "Delivered by tester"),
        &json!({"kind": "delivered", "by": "tester"})
    );
    assert_eq!(
        kind_of(&all, "Dispatched by tester"),
        &json!({"kind": "dispatched", "by": "tester"})
    );
    assert_eq!(
        kind_of(&all, &format!("Order {} submitted", ordered.number)),
        &json!({"kind": "order_submitted", "order": ordered.number})
    );
    // A rule's sentence (its name a person typed) and a person's hold stay text.
    assert_eq!(
        kind_of(&all, "Service requires approval"),
        &json!({"kind": "text", "text": "Service requires approval"})
    );
    assert_eq!(
        kind_of(&all, "customer asked to wait (tester)"),
        &json!({"kind": "text", "text": "customer asked to wait (tester)"})
    );
    let item_kinds = |id: i32| {
        let pool = db.pool().clone();
        async move {
            let (reason, hold): (String, Option<String>) =
                sqlx::query_as("SELECT reason_kinds, hold_reason_kinds FROM items WHERE id = ?")
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap();
            (parse(&reason), hold.as_deref().map(parse))
        }
    };
    assert_eq!(
        item_kinds(delivered.item_id).await,
        (json!([{"kind": "delivered", "by": "tester"}]), None),
        "an item's reason takes its last move's kinds"
    );
    assert_eq!(
        item_kinds(held.item_id).await.1,
        Some(json!([{"kind": "text", "text": "customer asked to wait (tester)"}]))
    );
    assert_eq!(item_kinds(printer.item_id).await.0[0]["kind"], "text");

    // A migrated item goes on like any other.
    let released = uc::release_hold(db, &c, held.item_id, held.version, "")
        .await
        .unwrap();
    assert_eq!(
        released.reason,
        "Single-item order: nothing to consolidate, queued for delivery"
    );
    assert!(
        kind_of(
            &stored(&t).await,
            "Released: customer asked to wait (tester)"
        )["hold"][0]["kind"]
            == "text"
    );
}
