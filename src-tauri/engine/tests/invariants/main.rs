//! Random command sequences against a real database never break the
//! invariants of DESIGN.md.

use chrono::{DateTime, Days, NaiveDate, Utc};
use engine::demo::{random_order, seed_catalog, Rng, Shop};
use engine::domain::customer::CustomerPart;
use engine::domain::holding::{CheckInCondition, MissingDecision};
use engine::domain::order::TransactionType;
use engine::domain::order::{derive_order_status, OrderStatus};
use engine::domain::status::Direction;
use engine::domain::stock::Span;
use engine::domain::ItemStatus;
use engine::usecases::{self as uc, ScheduleInput};
use engine::{Ctx, Db, Error};
use proptest::prelude::*;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone)]
enum Cmd {
    Submit(u64),
    Approve(usize),
    Reject(usize),
    Assign(usize, usize),
    Prepare(usize),
    Hold(usize),
    Release(usize),
    Override(usize),
    Split(usize),
    /// Item, resource, day after the window start, hour, with an override reason.
    Schedule(usize, usize, u64, u32, bool),
    Reschedule(usize, usize, u64, u32, bool),
    Unschedule(usize),
    Dispatch(usize),
    Delivered(usize),
    Failed(usize),
    Complete(usize),
    Cancel(usize),
    CancelOrder(usize),
    PlanDay(u64),
    SuggestAndBook(usize),
    /// A service or a product of the catalog, archived (true) or restored.
    ArchiveService(usize, bool),
    ArchiveProduct(usize, bool),
    /// Product, how many scans, and a seed for the serials (which may repeat: refused).
    Receive(usize, usize, u64),
    /// Unit, location.
    MoveUnit(usize, usize),
    ToRepair(usize),
    BackFromRepair(usize),
    Retire(usize),
    /// Which part (customer, person, address), of which customer, archived or brought back.
    Archive(u8, usize, bool),
    /// A holding, which way back (return, swap, change, cancellation), a product for a swap or change.
    WayBack(usize, u8, usize),
    /// A collected item, which of its units (past the end: a serial not in it), the condition.
    CheckIn(usize, usize, u8),
    CloseCheckIn(usize),
    /// A unit checked in missing and not yet decided, and the decision.
    DecideMissing(usize, u8),
}

const LOCATIONS: [&str; 3] = ["Vienna warehouse A", "Vienna warehouse B", "Munich branch"];

fn cmd() -> impl Strategy<Value = Cmd> {
    let k = 0usize..1000;
    prop_oneof![
        3 => any::<u64>().prop_map(Cmd::Submit),
        2 => k.clone().prop_map(Cmd::Approve),
        1 => k.clone().prop_map(Cmd::Reject),
        2 => (k.clone(), 0usize..4).prop_map(|(a, b)| Cmd::Assign(a, b)),
        3 => k.clone().prop_map(Cmd::Prepare),
        1 => k.clone().prop_map(Cmd::Hold),
        1 => k.clone().prop_map(Cmd::Release),
        1 => k.clone().prop_map(Cmd::Override),
        1 => k.clone().prop_map(Cmd::Split),
        3 => (k.clone(), 0usize..3, 0u64..7, 6u32..19, any::<bool>()).prop_map(|(a, r, d, h, o)| Cmd::Schedule(a, r, d, h, o)),
        2 => (k.clone(), 0usize..3, 0u64..7, 6u32..19, any::<bool>()).prop_map(|(a, r, d, h, o)| Cmd::Reschedule(a, r, d, h, o)),
        1 => k.clone().prop_map(Cmd::Unschedule),
        2 => k.clone().prop_map(Cmd::Dispatch),
        2 => k.clone().prop_map(Cmd::Delivered),
        1 => k.clone().prop_map(Cmd::Failed),
        2 => k.clone().prop_map(Cmd::Complete),
        1 => (0usize..3000).prop_filter("rare", |k| k.is_multiple_of(3)).prop_map(Cmd::Cancel),
        1 => (0usize..3000).prop_filter("rare", |k| k.is_multiple_of(3)).prop_map(Cmd::CancelOrder),
        1 => (0u64..14).prop_map(Cmd::PlanDay),
        2 => k.clone().prop_map(Cmd::SuggestAndBook),
        1 => (k.clone(), any::<bool>()).prop_map(|(a, b)| Cmd::ArchiveService(a, b)),
        1 => (k.clone(), any::<bool>()).prop_map(|(a, b)| Cmd::ArchiveProduct(a, b)),
        1 => (k.clone(), 1usize..4, 0u64..40).prop_map(|(p, n, s)| Cmd::Receive(p, n, s)),
        1 => (k.clone(), 0usize..3).prop_map(|(u, l)| Cmd::MoveUnit(u, l)),
        1 => k.clone().prop_map(Cmd::ToRepair),
        1 => k.clone().prop_map(Cmd::BackFromRepair),
        1 => k.clone().prop_map(Cmd::Retire),
        2 => (0u8..3, k.clone(), any::<bool>()).prop_map(|(p, c, a)| Cmd::Archive(p, c, a)),
        3 => (k.clone(), 0u8..4, k.clone()).prop_map(|(h, t, p)| Cmd::WayBack(h, t, p)),
        3 => (k.clone(), 0usize..4, 0u8..3).prop_map(|(i, u, c)| Cmd::CheckIn(i, u, c)),
        2 => k.clone().prop_map(Cmd::CloseCheckIn),
        2 => (k.clone(), 0u8..4).prop_map(|(m, d)| Cmd::DecideMissing(m, d)),
    ]
}

fn now() -> DateTime<Utc> {
    "2026-11-25T10:00:00Z".parse().unwrap()
}

struct World {
    db: Db,
    shop: Shop,
    ctx: Ctx,
    cancelled: HashSet<i32>,
    /// The board as of the last check, to test the delta from it.
    board: Option<engine::read::BoardView>,
    /// Archived services, each with the last item id when it was archived:
    /// no later item orders it.
    archived_services: HashMap<i32, i32>,
    /// Archived products, each with the items that had it when it was
    /// archived: no other item gets it.
    archived_products: HashMap<i32, HashSet<i32>>,
    _dir: tempfile::TempDir,
}

#[derive(sqlx::FromRow, Clone, Debug)]
struct Row {
    id: i32,
    order_id: i32,
    version: i32,
    status: String,
    hold_reason: Option<String>,
    window_start: String,
}

impl World {
    async fn items(&self) -> Vec<Row> {
        sqlx::query_as("SELECT id, order_id, version, status, hold_reason, window_start FROM items ORDER BY id")
            .fetch_all(self.db.pool())
            .await
            .unwrap()
    }

    /// A unit by a random index: most often one in repair, so back and retire are reached.
    async fn unit(&self, k: usize) -> i32 {
        let ids: Vec<i32> = if k.is_multiple_of(3) {
            sqlx::query_scalar("SELECT id FROM stock_units WHERE state = 'in_repair' ORDER BY id")
        } else {
            sqlx::query_scalar("SELECT id FROM stock_units ORDER BY id")
        }
        .fetch_all(self.db.pool())
        .await
        .unwrap();
        match ids.len() {
            0 => 1,
            n => ids[k % n],
        }
    }

    async fn run(&mut self, c: &Cmd) {
        let items = self.items().await;
        // Aim most commands at items in the status they act on, so runs go deep;
        // the rest hit any item, so refusals are exercised too.
        let wants: &[&str] = match c {
            Cmd::Approve(_) | Cmd::Reject(_) => &["awaiting_approval"],
            Cmd::Assign(..) => &["needs_assignment", "assigned"],
            Cmd::Prepare(_) => &["preparing"],
            Cmd::Release(_) | Cmd::Override(_) => &["assigned"],
            Cmd::Schedule(..) | Cmd::Split(_) | Cmd::SuggestAndBook(_) => &["ready"],
            Cmd::Unschedule(_) | Cmd::Dispatch(_) | Cmd::Reschedule(..) => &["scheduled"],
            Cmd::Delivered(_) | Cmd::Failed(_) => &["in_delivery"],
            Cmd::Complete(_) => &["delivered"],
            Cmd::CheckIn(..) | Cmd::CloseCheckIn(_) => &["collected"],
            _ => &[],
        };
        let aimed: Vec<Row> = items
            .iter()
            .filter(|r| wants.contains(&r.status.as_str()))
            .cloned()
            .collect();
        let pool_of = |k: usize| {
            if !k.is_multiple_of(5) && !aimed.is_empty() {
                &aimed
            } else {
                &items
            }
        };
        let pick = |k: usize| {
            let p = pool_of(k);
            p.get(k % p.len().max(1)).cloned()
        };
        let (db, ctx) = (&self.db, &self.ctx);
        let catalog = engine::read::catalog_view(db).await.unwrap();
        let mut archived: Option<(bool, i32, bool)> = None;
        let result: Result<(), Error> = match c.clone() {
            Cmd::ArchiveService(k, on) => {
                let s = &catalog.services[k % catalog.services.len()];
                let r = uc::archive_service(db, ctx, s.id, s.version, on).await;
                archived = r.is_ok().then_some((true, s.id, on));
                r.map(|_| ())
            }
            Cmd::ArchiveProduct(k, on) => {
                let p = &catalog.products[k % catalog.products.len()];
                let r = uc::archive_product(db, ctx, p.id, p.version, on).await;
                archived = r.is_ok().then_some((false, p.id, on));
                r.map(|_| ())
            }
            Cmd::Submit(seed) => {
                let mut rng = Rng::new(seed);
                let start = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
                    + Days::new(rng.below(10) as u64);
                let order = random_order(&mut rng, &self.shop, start);
                let archived: bool = sqlx::query_scalar(
                    "SELECT (SELECT archived FROM customers WHERE id = ?) OR (SELECT archived FROM recipients WHERE id = ?)",
                )
                .bind(order.customer_id)
                .bind(order.recipient_id)
                .fetch_one(db.pool())
                .await
                .unwrap();
                let r = uc::submit_order(db, ctx, order).await.map(|_| ());
                // An archived customer or person is never ordered for, and the refusal names which.
                match &r {
                    Ok(()) => assert!(
                        !archived,
                        "an order was placed for an archived customer or person"
                    ),
                    Err(Error::Validation { field, .. }) if archived => {
                        assert!(field == "customerId" || field == "recipientId", "{field}")
                    }
                    Err(_) => {}
                }
                r
            }
            Cmd::Archive(part, k, archived) => {
                let (cid, rids, _) = &self.shop.customers[k % self.shop.customers.len()];
                let (part, table, id) = match part {
                    0 => (CustomerPart::Customer, "customers", *cid),
                    1 => (CustomerPart::Person, "recipients", rids[k % rids.len()]),
                    _ => {
                        let id: i32 = sqlx::query_scalar(
                            "SELECT MIN(id) FROM addresses WHERE customer_id = ?",
                        )
                        .bind(cid)
                        .fetch_one(db.pool())
                        .await
                        .unwrap();
                        (CustomerPart::Address, "addresses", id)
                    }
                };
                let version: i32 =
                    sqlx::query_scalar(&format!("SELECT version FROM {table} WHERE id = ?"))
                        .bind(id)
                        .fetch_one(db.pool())
                        .await
                        .unwrap();
                uc::set_archived(db, ctx, part, id, version, archived)
                    .await
                    .map(|_| ())
            }
            Cmd::WayBack(k, t, p) => {
                let held: Vec<i32> = sqlx::query_scalar(
                    "SELECT id FROM holdings WHERE state = 'active' ORDER BY id",
                )
                .fetch_all(db.pool())
                .await
                .unwrap();
                if held.is_empty() {
                    return;
                }
                let tt = [
                    TransactionType::Return,
                    TransactionType::Swap,
                    TransactionType::Change,
                    TransactionType::Cancellation,
                ][t as usize];
                let product = &catalog.products[p % catalog.products.len()];
                let input = uc::WayBackInput {
                    holding_ids: vec![held[k % held.len()]],
                    transaction_type: tt,
                    window_start: "2026-12-07".into(),
                    window_end: "2026-12-11".into(),
                    ends_on: "2026-12-15".into(),
                    product_id: (p % 3 != 0).then_some(product.id),
                    override_reason: (p % 2 == 0).then(|| "customer asked".to_string()),
                    note: String::new(),
                };
                uc::request_way_back(db, ctx, input).await.map(|_| ())
            }
            Cmd::DecideMissing(k, d) => {
                let waiting: Vec<(i32, i32, i32)> = sqlx::query_as(
                    "SELECT h.id, h.version, hu.unit_id FROM holding_units hu
                     JOIN holdings h ON h.id = hu.holding_id
                     WHERE hu.condition = 'missing'
                       AND NOT EXISTS (SELECT 1 FROM missing_decisions m WHERE m.holding_unit_id = hu.id)
                     ORDER BY hu.id",
                )
                .fetch_all(db.pool())
                .await
                .unwrap();
                if waiting.is_empty() {
                    return;
                }
                let (holding, version, unit) = waiting[k % waiting.len()];
                let decision = MissingDecision::ALL[d as usize];
                uc::decide_missing(db, ctx, holding, version, unit, decision, "decided")
                    .await
                    .map(|_| ())
            }
            _ if items.is_empty() => Ok(()),
            Cmd::Approve(k) => {
                let i = pick(k).unwrap();
                uc::approve_item(db, ctx, i.id, i.version, "")
                    .await
                    .map(|_| ())
            }
            Cmd::Reject(k) => {
                let i = pick(k).unwrap();
                uc::reject_item(db, ctx, i.id, i.version, "no")
                    .await
                    .map(|_| ())
            }
            Cmd::Assign(k, n) => {
                let i = pick(k).unwrap();
                match engine::read::item_candidates(db, i.id).await {
                    Ok(c) if !c.is_empty() => {
                        uc::assign_product(db, ctx, i.id, i.version, c[n % c.len()].product_id, "")
                            .await
                            .map(|_| ())
                    }
                    Ok(_) => Ok(()),
                    Err(e) => Err(e),
                }
            }
            Cmd::Prepare(k) => {
                let i = pick(k).unwrap();
                // As a person prepares it: every unit reserved for the item scanned.
                match engine::read::item_detail(db, i.id).await {
                    Ok(d) => uc::mark_prepared(db, ctx, i.id, i.version, &d.serials)
                        .await
                        .map(|_| ()),
                    Err(e) => Err(e),
                }
            }
            Cmd::Hold(k) => {
                let i = pick(k).unwrap();
                uc::hold_item(db, ctx, i.id, i.version, "wait")
                    .await
                    .map(|_| ())
            }
            Cmd::Release(k) => {
                let i = pick(k).unwrap();
                uc::release_hold(db, ctx, i.id, i.version, "")
                    .await
                    .map(|_| ())
            }
            Cmd::Override(k) => {
                let i = pick(k).unwrap();
                uc::override_shortage(db, ctx, i.id, i.version, "ok")
                    .await
                    .map(|_| ())
            }
            Cmd::Split(k) => {
                let i = pick(k).unwrap();
                uc::split_order(db, ctx, i.order_id, &[(i.id, i.version)])
                    .await
                    .map(|_| ())
            }
            Cmd::Schedule(k, r, d, h, o) | Cmd::Reschedule(k, r, d, h, o) => {
                let i = pick(k).unwrap();
                let day: NaiveDate = i.window_start.parse::<NaiveDate>().unwrap() + Days::new(d);
                let input = ScheduleInput {
                    item_id: i.id,
                    expected_version: i.version,
                    resource_id: self.shop.resources[r],
                    start: format!("{day}T{h:02}:00:00Z"),
                    end: format!("{day}T{h:02}:50:00Z"),
                    override_reason: o.then(|| "customer agreed by phone".to_string()),
                };
                if matches!(c, Cmd::Schedule(..)) {
                    uc::schedule_item(db, ctx, input).await.map(|_| ())
                } else {
                    uc::reschedule_item(db, ctx, input).await.map(|_| ())
                }
            }
            Cmd::Unschedule(k) => {
                let i = pick(k).unwrap();
                uc::unschedule_item(db, ctx, i.id, i.version)
                    .await
                    .map(|_| ())
            }
            Cmd::Dispatch(k) => {
                let i = pick(k).unwrap();
                uc::dispatch_item(db, ctx, i.id, i.version)
                    .await
                    .map(|_| ())
            }
            Cmd::Delivered(k) => {
                let i = pick(k).unwrap();
                uc::mark_delivered(db, ctx, i.id, i.version)
                    .await
                    .map(|_| ())
            }
            Cmd::Failed(k) => {
                let i = pick(k).unwrap();
                uc::mark_delivery_failed(db, ctx, i.id, i.version, "closed")
                    .await
                    .map(|_| ())
            }
            Cmd::Complete(k) => {
                let i = pick(k).unwrap();
                let before: Vec<_> = items
                    .iter()
                    .filter(|x| x.order_id == i.order_id)
                    .map(|x| {
                        (
                            ItemStatus::parse(&x.status).unwrap(),
                            x.hold_reason.is_some(),
                        )
                    })
                    .collect();
                let v: i32 = sqlx::query_scalar("SELECT version FROM orders WHERE id = ?")
                    .bind(i.order_id)
                    .fetch_one(db.pool())
                    .await
                    .unwrap();
                let r = uc::complete_order(db, ctx, i.order_id, v).await;
                // The derivation and the behaviour agree: completable exactly when ready to complete.
                assert_eq!(
                    r.is_ok(),
                    derive_order_status(&before) == OrderStatus::ReadyToComplete,
                    "{before:?} {r:?}"
                );
                r.map(|_| ())
            }
            Cmd::Cancel(k) => {
                let i = pick(k).unwrap();
                uc::cancel_item(db, ctx, i.id, i.version, "x")
                    .await
                    .map(|_| ())
            }
            Cmd::PlanDay(d) => {
                let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap() + Days::new(d);
                uc::plan_day(db, ctx, &day.to_string(), 60)
                    .await
                    .map(|_| ())
            }
            Cmd::SuggestAndBook(k) => {
                let i = pick(k).unwrap();
                match uc::suggest_slot(db, ctx, i.id, 90).await {
                    Ok(s) => {
                        let input = ScheduleInput {
                            item_id: i.id,
                            expected_version: i.version,
                            resource_id: s.resource_id,
                            start: s.start,
                            end: s.end,
                            override_reason: None,
                        };
                        // A suggested slot must be bookable as suggested.
                        let booked = uc::schedule_item(db, ctx, input).await;
                        assert!(booked.is_ok(), "suggested slot refused: {booked:?}");
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
            Cmd::CheckIn(k, u, cond) => {
                let i = pick(k).unwrap();
                let serial = match engine::read::check_in_view(db, i.id).await {
                    Ok(v) => match v.units.get(u) {
                        Some(unit) => unit.serial.clone(),
                        None => "SN-NOT-IN-IT".into(),
                    },
                    Err(_) => "SN-NOT-IN-IT".into(),
                };
                let condition = [
                    CheckInCondition::Good,
                    CheckInCondition::Damaged,
                    CheckInCondition::Missing,
                ][cond as usize];
                uc::check_in_unit(db, ctx, i.id, i.version, &serial, condition, "scratched")
                    .await
                    .map(|_| ())
            }
            Cmd::CloseCheckIn(k) => {
                let i = pick(k).unwrap();
                uc::close_check_in(db, ctx, i.id, i.version)
                    .await
                    .map(|_| ())
            }
            Cmd::CancelOrder(k) => {
                let i = pick(k).unwrap();
                uc::cancel_order(db, ctx, i.order_id, "x").await.map(|_| ())
            }
            Cmd::Receive(p, n, seed) => {
                let products = engine::read::stock::stock_view(db).await.unwrap().products;
                let lines = (0..n as u64)
                    .map(|i| uc::ReceiptLineInput {
                        serial: format!("PROP-{}", (seed + i * 7) % 40),
                        inventory_number: String::new(),
                    })
                    .collect();
                let input = uc::ReceiptInput {
                    product_id: products[p % products.len()].id,
                    location: LOCATIONS[(seed % 3) as usize].into(),
                    lines,
                };
                uc::receive_units(db, ctx, input).await.map(|_| ())
            }
            Cmd::MoveUnit(u, l) => {
                let id = self.unit(u).await;
                uc::move_unit(db, ctx, id, LOCATIONS[l]).await
            }
            Cmd::ToRepair(u) => {
                let id = self.unit(u).await;
                uc::send_to_repair(db, ctx, id, "broken").await
            }
            Cmd::BackFromRepair(u) => {
                let id = self.unit(u).await;
                uc::back_from_repair(db, ctx, id).await
            }
            Cmd::Retire(u) => {
                let id = self.unit(u).await;
                uc::retire_unit(db, ctx, id, "gone").await
            }
        };
        match archived {
            Some((true, id, true)) => {
                let last: Option<i32> = sqlx::query_scalar("SELECT MAX(id) FROM items")
                    .fetch_one(self.db.pool())
                    .await
                    .unwrap();
                self.archived_services.insert(id, last.unwrap_or(0));
            }
            Some((true, id, false)) => {
                self.archived_services.remove(&id);
            }
            Some((false, id, true)) => {
                let had: Vec<i32> = sqlx::query_scalar("SELECT id FROM items WHERE product_id = ?")
                    .bind(id)
                    .fetch_all(self.db.pool())
                    .await
                    .unwrap();
                self.archived_products.insert(id, had.into_iter().collect());
            }
            Some((false, id, false)) => {
                self.archived_products.remove(&id);
            }
            None => {}
        }
        if let Err(e) = result {
            assert!(
                !matches!(
                    e,
                    Error::Db(_) | Error::Migrate(_) | Error::Corrupt(_) | Error::Conflict { .. }
                ),
                "{c:?} failed unexpectedly: {e}"
            );
        }
    }

    async fn check(&mut self) {
        // The board delta since the last check turns that board into this one.
        let fresh = engine::read::board(&self.db, now()).await.unwrap();
        if let Some(prev) = self.board.take() {
            let delta = engine::read::board_changes(&self.db, now(), prev.cursor)
                .await
                .unwrap();
            let applied = delta
                .apply(prev)
                .expect("the delta fits the board it started from");
            let ids = |b: &engine::read::BoardView| {
                b.columns
                    .iter()
                    .map(|c| {
                        (
                            c.count,
                            c.cards
                                .iter()
                                .map(|k| (k.item_id, k.version, k.order_ready_count))
                                .collect::<Vec<_>>(),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(ids(&applied), ids(&fresh), "delta applied ≠ board");
        }
        self.board = Some(fresh);
        let items = self.items().await;
        let pool = self.db.pool();
        // Cancelled items are never deleted and stay cancelled.
        let by_id: HashMap<i32, &Row> = items.iter().map(|r| (r.id, r)).collect();
        for id in &self.cancelled {
            assert_eq!(
                by_id.get(id).map(|r| r.status.as_str()),
                Some("cancelled"),
                "cancelled item {id} vanished or moved"
            );
        }
        self.cancelled.extend(
            items
                .iter()
                .filter(|r| r.status == "cancelled")
                .map(|r| r.id),
        );

        // No stock unit reserved twice for overlapping windows (buffer included).
        let res: Vec<(i32, i32, String, String)> = sqlx::query_as(
            "SELECT id, unit_id, start_date, end_date FROM reservations WHERE released = 0",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        let mut per_unit: HashMap<i32, Vec<Span>> = HashMap::new();
        for (_, unit, s, e) in &res {
            per_unit.entry(*unit).or_default().push(Span {
                start: s.parse().unwrap(),
                end: e.parse().unwrap(),
            });
        }
        for (unit, spans) in &per_unit {
            for (a, x) in spans.iter().enumerate() {
                for y in &spans[a + 1..] {
                    assert!(!x.clashes(y, 1), "unit {unit} double-booked: {x:?} {y:?}");
                }
            }
        }
        let leaked: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM reservations r JOIN items i ON i.id = r.item_id WHERE r.released = 0 AND i.status = 'cancelled'",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(leaked, 0, "a cancelled item still holds stock");

        // A complete event trail per item; a held item never moved forward.
        let evs: Vec<(i32, String, String, String)> = sqlx::query_as(
            "SELECT item_id, kind, from_status, to_status FROM events ORDER BY item_id, id",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        let mut trails: HashMap<i32, Vec<(String, String, String)>> = HashMap::new();
        for (item, kind, from, to) in evs {
            trails.entry(item).or_default().push((kind, from, to));
        }
        for r in &items {
            let trail = trails
                .get(&r.id)
                .unwrap_or_else(|| panic!("item {} has no events", r.id));
            assert_eq!(
                (trail[0].0.as_str(), trail[0].1.as_str()),
                ("created", "new"),
                "item {}",
                r.id
            );
            let mut at = "new".to_string();
            let mut held = false;
            for (kind, from, to) in trail {
                assert_eq!(from, &at, "item {}: trail has a gap", r.id);
                match kind.as_str() {
                    "hold" => held = true,
                    "release" => held = false,
                    "transition" => {
                        let dir = ItemStatus::parse(from)
                            .unwrap()
                            .direction_to(ItemStatus::parse(to).unwrap());
                        assert!(dir.is_some(), "item {}: {from} -> {to} is not a move", r.id);
                        assert!(
                            !(held && dir == Some(Direction::Forward)),
                            "item {}: moved {from} -> {to} while held",
                            r.id
                        );
                    }
                    _ => {}
                }
                at = to.clone();
            }
            assert_eq!(
                at, r.status,
                "item {}: trail ends elsewhere than its status",
                r.id
            );
            assert_eq!(
                held,
                r.hold_reason.is_some(),
                "item {}: hold flag disagrees with its trail",
                r.id
            );
        }

        // A unit in repair or retired is never reserved.
        let bad: Vec<(i32, String)> = sqlx::query_as(
            "SELECT u.id, u.state FROM reservations r JOIN stock_units u ON u.id = r.unit_id
             WHERE r.released = 0 AND u.state <> 'available'",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        assert!(bad.is_empty(), "reserved while not available: {bad:?}");
        // Every unit has a complete trail: it starts received, its place is
        // where the last step left it, its state what the trail last said.
        let units: Vec<(i32, String, String)> =
            sqlx::query_as("SELECT id, location, state FROM stock_units ORDER BY id")
                .fetch_all(pool)
                .await
                .unwrap();
        let steps: Vec<(i32, String, String)> =
            sqlx::query_as("SELECT unit_id, kind, location FROM unit_events ORDER BY unit_id, id")
                .fetch_all(pool)
                .await
                .unwrap();
        let mut trail_of: HashMap<i32, Vec<(String, String)>> = HashMap::new();
        for (u, kind, location) in steps {
            trail_of.entry(u).or_default().push((kind, location));
        }
        for (id, location, state) in &units {
            let trail = trail_of
                .get(id)
                .unwrap_or_else(|| panic!("unit {id} has no trail"));
            assert_eq!(
                trail[0].0, "received",
                "unit {id}: trail starts {:?}",
                trail[0]
            );
            assert_eq!(
                &trail.last().unwrap().1,
                location,
                "unit {id}: not where its trail left it"
            );
            let mut moved_to = &trail[0].1;
            let mut said = "available";
            for (kind, at) in trail {
                match kind.as_str() {
                    "moved" => moved_to = at,
                    "to_repair" => said = "in_repair",
                    "back_from_repair" | "checked_in" => said = "available",
                    "retired" => said = "retired",
                    _ => {}
                }
                assert_eq!(at, moved_to, "unit {id}: went to {at} without a move");
                assert_ne!(
                    (said, kind.as_str()),
                    ("retired", "moved"),
                    "unit {id} moved after retiring"
                );
            }
            assert_eq!(said, state, "unit {id}: state disagrees with its trail");
        }
        // Every reservation shows in its unit's trail: an active one as
        // reserved, a released one as released too (why the unit is free again).
        for (released, kind) in [(0, "reserved"), (1, "released")] {
            let unlogged: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM reservations r JOIN items i ON i.id = r.item_id WHERE r.released = ?
                 AND NOT EXISTS (SELECT 1 FROM unit_events e WHERE e.unit_id = r.unit_id
                                 AND e.kind = ? AND e.order_id = i.order_id)",
            )
            .bind(released)
            .bind(kind)
            .fetch_one(pool)
            .await
            .unwrap();
            assert_eq!(
                unlogged, 0,
                "a reservation's {kind} step missing from its unit's trail"
            );
        }
        // The way back. A unit is in exactly one place: with one holding at
        // most, and then neither in repair nor retired; units are conserved
        // (received = in the shop + out + in repair + retired).
        let places: Vec<(i32, String, i64)> = sqlx::query_as(
            "SELECT u.id, u.state,
                    (SELECT COUNT(*) FROM holding_units hu WHERE hu.unit_id = u.id AND hu.checked_in_at IS NULL)
             FROM stock_units u ORDER BY u.id",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        let (mut in_shop, mut out, mut repair, mut retired) = (0, 0, 0, 0);
        for (id, state, holdings) in &places {
            assert!(*holdings <= 1, "unit {id} is with {holdings} holdings");
            match (state.as_str(), holdings) {
                ("available", 0) => in_shop += 1,
                ("available", 1) => out += 1,
                ("in_repair", 0) => repair += 1,
                ("retired", 0) => retired += 1,
                other => panic!("unit {id} is in two places: {other:?}"),
            }
        }
        let received: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM unit_events WHERE kind = 'received'")
                .fetch_one(pool)
                .await
                .unwrap();
        assert_eq!(
            received,
            in_shop + out + repair + retired,
            "units not conserved"
        );
        // A holding's units are exactly those delivered and not checked in
        // since: the last word of each unit's trail about its customer.
        for (id, _, holdings) in &places {
            let last_away = trail_of[id]
                .iter()
                .rev()
                .find(|(k, _)| {
                    matches!(
                        k.as_str(),
                        "delivered" | "collected" | "checked_in" | "to_repair" | "retired"
                    )
                })
                .map(|(k, _)| k.as_str());
            assert_eq!(
                *holdings == 1,
                matches!(last_away, Some("delivered" | "collected")),
                "unit {id}: holding and trail disagree ({last_away:?})"
            );
        }
        // Every delivered order item made one holding; an ended service has its end.
        let unheld: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM items i WHERE i.transaction_type = 'order'
               AND i.status IN ('delivered', 'completed')
               AND NOT EXISTS (SELECT 1 FROM holdings h WHERE h.item_id = i.id)",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(unheld, 0, "a delivered item without its holding");
        let endless: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM holdings WHERE state = 'ended' AND end_date IS NULL",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        assert_eq!(endless, 0, "an ended service without an end date");

        // Completed orders derive as completed.
        let done: Vec<i32> =
            sqlx::query_scalar("SELECT id FROM orders WHERE completed_at IS NOT NULL")
                .fetch_all(pool)
                .await
                .unwrap();
        for o in done {
            let st: Vec<_> = items
                .iter()
                .filter(|r| r.order_id == o)
                .map(|r| {
                    (
                        ItemStatus::parse(&r.status).unwrap(),
                        r.hold_reason.is_some(),
                    )
                })
                .collect();
            assert_eq!(
                derive_order_status(&st),
                OrderStatus::Completed,
                "order {o}"
            );
        }

        // Every booking lies on one of its resource's work days, and inside its
        // working hours unless a person overrode that with a logged reason.
        let hours: Vec<(String, String, String, String, String, Option<String>)> = sqlx::query_as(
            "SELECT b.start_at, b.end_at, r.work_start, r.work_end, r.work_days, b.override_reason
             FROM bookings b JOIN resources r ON r.id = b.resource_id",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        for (start, end, ws, we, days, overridden) in hours {
            let (s, e): (DateTime<Utc>, DateTime<Utc>) =
                (start.parse().unwrap(), end.parse().unwrap());
            let days: Vec<u32> = serde_json::from_str(&days).unwrap();
            let inside = s.format("%H:%M").to_string() >= ws && e.format("%H:%M").to_string() <= we;
            assert!(
                inside
                    || overridden
                        .as_deref()
                        .is_some_and(|why| why.contains("working hours")),
                "{start}–{end} outside {ws}–{we} without an override: {overridden:?}"
            );
            assert!(
                days.contains(&chrono::Datelike::weekday(&s).number_from_monday()),
                "{start} on a day off"
            );
        }

        // An archived service is never ordered, an archived product never assigned.
        for (service, last) in &self.archived_services {
            let later: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM items WHERE service_id = ? AND id > ?")
                    .bind(service)
                    .bind(last)
                    .fetch_one(pool)
                    .await
                    .unwrap();
            assert_eq!(later, 0, "archived service {service} was ordered");
        }
        for (product, had) in &self.archived_products {
            let now: Vec<i32> = sqlx::query_scalar("SELECT id FROM items WHERE product_id = ?")
                .bind(product)
                .fetch_all(pool)
                .await
                .unwrap();
            for item in now {
                assert!(
                    had.contains(&item),
                    "archived product {product} was assigned to item {item}"
                );
            }
        }

        // The order form never offers what is archived.
        let refs = engine::read::reference_data(&self.db).await.unwrap();
        let archived: HashSet<i32> = sqlx::query_scalar("SELECT id FROM customers WHERE archived")
            .fetch_all(pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
        let gone: HashSet<i32> = sqlx::query_scalar("SELECT id FROM recipients WHERE archived")
            .fetch_all(pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
        for c in &refs.customers {
            assert!(
                !archived.contains(&c.id),
                "customer {} is archived yet offered",
                c.id
            );
            for r in &c.recipients {
                assert!(
                    !gone.contains(&r.id),
                    "person {} is archived yet offered",
                    r.id
                );
            }
        }
        // No resource in two places at once.
        let b: Vec<(i32, String, String)> = sqlx::query_as(
            "SELECT resource_id, start_at, end_at FROM bookings ORDER BY resource_id, start_at",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        for w in b.windows(2) {
            if w[0].0 == w[1].0 {
                assert!(w[0].2 <= w[1].1, "resource {} overlaps: {:?}", w[0].0, w);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_commands_keep_every_invariant(cmds in proptest::collection::vec(cmd(), 1..80)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let dir = tempfile::tempdir().unwrap();
            let db = Db::open(&dir.path().join("p.db")).await.unwrap();
            let ctx = Ctx::new("prop", now());
            let shop = seed_catalog(&db, &ctx, 3).await.unwrap();
            let mut w = World {
                db, shop, ctx, cancelled: HashSet::new(), board: None,
                archived_services: HashMap::new(), archived_products: HashMap::new(), _dir: dir,
            };
            for c in &cmds {
                w.run(c).await;
                w.check().await;
            }
            if std::env::var("INVARIANT_STATS").is_ok() {
                let st: Vec<(String, i64)> = sqlx::query_as("SELECT status, COUNT(*) FROM items GROUP BY status").fetch_all(w.db.pool()).await.unwrap();
                eprintln!("{st:?}");
            }
            w.db.close().await;
        });
    }
}
