//! `cargo bench -p engine` — prints the figures of issue 2:
//! submit + auto-review vs raw inserts of the same rows, the board projection
//! vs the raw SELECT, and transition latency. Set BENCH_ITEMS to change the size.

use chrono::{Days, Duration, NaiveDate, Utc};
use engine::demo::{random_order, seed_catalog, Rng};
use engine::usecases as uc;
use engine::{Ctx, Db};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqlitePool};
use std::time::Instant;

/// One order's rows: the order, its items, their events, their reservations.
type OrderRows = (
    Vec<SqliteRow>,
    Vec<SqliteRow>,
    Vec<SqliteRow>,
    Vec<SqliteRow>,
);

fn ctx() -> Ctx {
    Ctx::new("bench", "2026-11-25T10:00:00Z".parse().unwrap())
}

async fn fresh(dir: &tempfile::TempDir, name: &str, units: u32) -> (Db, engine::demo::Shop) {
    let db = Db::open(&dir.path().join(name)).await.unwrap();
    let shop = seed_catalog(&db, &ctx(), units).await.unwrap();
    (db, shop)
}

/// Submits random orders until `items` items exist; returns the seconds taken.
async fn submit_items(db: &Db, shop: &engine::demo::Shop, items: usize) -> f64 {
    let mut rng = Rng::new(7);
    let base = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut made = 0;
    let t = Instant::now();
    let mut i = 0u64;
    while made < items {
        let start = base + Days::new(i % 120);
        let order = random_order(&mut rng, shop, start);
        made += uc::submit_order(db, &ctx(), order)
            .await
            .unwrap()
            .items
            .len();
        i += 1;
    }
    t.elapsed().as_secs_f64()
}

/// Reads back every row the submits wrote, per order.
async fn written_rows(pool: &SqlitePool) -> Vec<OrderRows> {
    let orders = sqlx::query("SELECT * FROM orders ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap();
    let items = sqlx::query("SELECT * FROM items ORDER BY order_id, id")
        .fetch_all(pool)
        .await
        .unwrap();
    let events = sqlx::query(
        "SELECT e.* FROM events e JOIN items i ON i.id = e.item_id ORDER BY i.order_id, e.id",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let res = sqlx::query(
        "SELECT r.* FROM reservations r JOIN items i ON i.id = r.item_id ORDER BY i.order_id, r.id",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut out = Vec::new();
    let (mut ii, mut ei, mut ri) = (0, 0, 0);
    let item_order: std::collections::HashMap<i64, i64> = items
        .iter()
        .map(|r| (r.get::<i64, _>("id"), r.get::<i64, _>("order_id")))
        .collect();
    let (mut items, mut events, mut res) = (
        items.into_iter().peekable(),
        events.into_iter().peekable(),
        res.into_iter().peekable(),
    );
    for o in orders {
        let oid: i64 = o.get("id");
        let mut its = vec![];
        while items.peek().map(|r| r.get::<i64, _>("order_id")) == Some(oid) {
            its.push(items.next().unwrap());
            ii += 1;
        }
        let mut evs = vec![];
        while events
            .peek()
            .map(|r| item_order[&r.get::<i64, _>("item_id")])
            == Some(oid)
        {
            evs.push(events.next().unwrap());
            ei += 1;
        }
        let mut rs = vec![];
        while res.peek().map(|r| item_order[&r.get::<i64, _>("item_id")]) == Some(oid) {
            rs.push(res.next().unwrap());
            ri += 1;
        }
        out.push((vec![o], its, evs, rs));
    }
    println!(
        "  rows written by submit: {} orders, {ii} items, {ei} events, {ri} reservations",
        out.len()
    );
    out
}

/// Inserts the same rows with plain SQL, one transaction per order like submit.
async fn raw_insert(db: &Db, rows: &[OrderRows]) -> f64 {
    let t = Instant::now();
    for (o, items, events, res) in rows {
        let mut tx = db.pool().begin_with("BEGIN IMMEDIATE").await.unwrap();
        for r in o {
            sqlx::query("INSERT INTO orders (id, number, customer_id, recipient_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(r.get::<i64, _>("id")).bind(r.get::<String, _>("number")).bind(r.get::<i64, _>("customer_id"))
                .bind(r.get::<i64, _>("recipient_id")).bind(r.get::<String, _>("note")).bind(r.get::<String, _>("created_at"))
                .execute(&mut *tx).await.unwrap();
        }
        for r in items {
            sqlx::query(
                "INSERT INTO items (id, order_id, position, service_id, product_id, parent_item_id, transaction_type, requested_specs,
                    quantity, window_start, window_end, address_line1, postal_code, city, country_code, address_addition, status,
                    hold_reason, hold_reason_kinds, overridden, reason, reason_kinds, delivery_group, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(r.get::<i64, _>("id")).bind(r.get::<i64, _>("order_id")).bind(r.get::<i64, _>("position"))
            .bind(r.get::<i64, _>("service_id")).bind(r.get::<Option<i64>, _>("product_id")).bind(r.get::<Option<i64>, _>("parent_item_id"))
            .bind(r.get::<String, _>("transaction_type")).bind(r.get::<String, _>("requested_specs")).bind(r.get::<i64, _>("quantity"))
            .bind(r.get::<String, _>("window_start")).bind(r.get::<String, _>("window_end")).bind(r.get::<String, _>("address_line1"))
            .bind(r.get::<String, _>("postal_code")).bind(r.get::<String, _>("city")).bind(r.get::<String, _>("country_code"))
            .bind(r.get::<String, _>("address_addition")).bind(r.get::<String, _>("status")).bind(r.get::<Option<String>, _>("hold_reason"))
            .bind(r.get::<Option<String>, _>("hold_reason_kinds")).bind(r.get::<bool, _>("overridden")).bind(r.get::<String, _>("reason"))
            .bind(r.get::<String, _>("reason_kinds")).bind(r.get::<i64, _>("delivery_group"))
            .bind(r.get::<String, _>("created_at")).bind(r.get::<String, _>("updated_at"))
            .execute(&mut *tx).await.unwrap();
        }
        for r in events {
            sqlx::query("INSERT INTO events (item_id, at, actor, kind, from_status, to_status, decision_point, reasons, reason_kinds, override, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(r.get::<i64, _>("item_id")).bind(r.get::<String, _>("at")).bind(r.get::<String, _>("actor")).bind(r.get::<String, _>("kind"))
                .bind(r.get::<String, _>("from_status")).bind(r.get::<String, _>("to_status")).bind(r.get::<Option<String>, _>("decision_point"))
                .bind(r.get::<String, _>("reasons")).bind(r.get::<String, _>("reason_kinds")).bind(r.get::<bool, _>("override")).bind(r.get::<Option<String>, _>("note"))
                .execute(&mut *tx).await.unwrap();
        }
        for r in res {
            sqlx::query("INSERT INTO reservations (item_id, unit_id, start_date, end_date) VALUES (?, ?, ?, ?)")
                .bind(r.get::<i64, _>("item_id")).bind(r.get::<i64, _>("unit_id")).bind(r.get::<String, _>("start_date")).bind(r.get::<String, _>("end_date"))
                .execute(&mut *tx).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
    t.elapsed().as_secs_f64()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[xs.len() / 2]
}

fn percentile(xs: &mut [f64], p: f64) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[((xs.len() as f64 - 1.0) * p).round() as usize]
}

async fn board_vs_raw(db: &Db) {
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM items WHERE status NOT IN ('completed', 'cancelled')",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    let now = Utc::now();
    let (mut proj, mut raw) = (vec![], vec![]);
    for _ in 0..15 {
        let t = Instant::now();
        let b = engine::read::board(db, now).await.unwrap();
        proj.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(b.open_items > 0);
        let t = Instant::now();
        let rows = sqlx::query(&engine::store::board::open_orders_sql())
            .fetch_all(db.pool())
            .await
            .unwrap();
        let done = sqlx::query(&engine::store::board::recent_done_sql())
            .bind((now - Duration::days(7)).to_rfc3339())
            .fetch_all(db.pool())
            .await
            .unwrap();
        // Decode every column, as the projection must.
        let mut n = 0usize;
        for r in rows.iter().chain(done.iter()) {
            for i in 0..r.len() {
                let v: sqlx::sqlite::SqliteValueRef = r.try_get_raw(i).unwrap();
                n += sqlx::ValueRef::is_null(&v) as usize;
            }
        }
        std::hint::black_box(n);
        raw.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let (p, r) = (median(proj), median(raw));
    println!("board projection, {open} open items: {p:.1} ms (median of 15); raw SELECT {r:.1} ms; ratio {:.2}× (target ≤ 2×, < 50 ms)", p / r);
}

/// What one change costs the UI: the delta against the whole board, in time and bytes.
async fn board_delta_cost(db: &Db) {
    let now = Utc::now();
    let before = engine::read::board(db, now).await.unwrap();
    let full_bytes = serde_json::to_vec(&before).unwrap().len();
    let (id, v): (i32, i32) = sqlx::query_as(
        "SELECT id, version FROM items WHERE status = 'ready' AND hold_reason IS NULL LIMIT 1",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    uc::hold_item(db, &ctx(), id, v, "bench").await.unwrap();
    let mut lat = Vec::new();
    let mut delta_bytes = 0;
    for _ in 0..15 {
        let t = Instant::now();
        let d = engine::read::board_changes(db, now, before.cursor)
            .await
            .unwrap();
        delta_bytes = serde_json::to_vec(&d).unwrap().len();
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "board change after one hold: delta {:.1} ms incl. JSON (median of 15), {delta_bytes} bytes vs {full_bytes} bytes for the whole board",
        median(lat)
    );
}

async fn transition_latency(db: &Db) {
    let ids: Vec<(i32, i32)> = sqlx::query_as(
        "SELECT id, version FROM items WHERE status = 'ready' AND hold_reason IS NULL LIMIT 1000",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let mut lat = Vec::new();
    for (id, v) in ids {
        let t = Instant::now();
        let o = uc::hold_item(db, &ctx(), id, v, "bench").await.unwrap();
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        uc::release_hold(db, &ctx(), id, o.version, "")
            .await
            .unwrap();
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let n = lat.len();
    println!(
        "transition latency over {n} hold/release use cases: p50 {:.2} ms, p99 {:.2} ms (target p99 < 5 ms)",
        percentile(&mut lat, 0.5),
        percentile(&mut lat, 0.99)
    );
}

/// Suggest-slot and plan-the-day for 2,000 queued deliveries over 20 resources and 10 days.
async fn planner_bench(dir: &tempfile::TempDir) {
    use engine::domain::resource::{Resource, ResourceKind};
    let (db, shop) = fresh(dir, "planner.db", 400).await;
    // Requests that each match exactly one monitor, so every order flows to the queue.
    let requests: [&[(&str, &str)]; 6] = [
        &[("size", "22")],
        &[("size", "34")],
        &[("size", "27"), ("resolution", "qhd")],
        &[("size", "27"), ("resolution", "4k")],
        &[("size", "24"), ("usb_c", "yes")],
        &[("size", "32"), ("usb_c", "yes")],
    ];
    let mut tx = db.begin_write().await.unwrap();
    for i in 0..17 {
        let kind = if i % 4 == 0 {
            ResourceKind::Technician
        } else {
            ResourceKind::Driver
        };
        let r = Resource::parse(
            0,
            &format!("Extra {i}"),
            kind,
            &[],
            30,
            "07:00",
            "18:00",
            &[1, 2, 3, 4, 5],
            &[],
        )
        .unwrap();
        engine::store::resources::insert(&mut *tx, &r)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let monitor = shop.service("MONITOR-BUY");
    let (cid, rids, address) = &shop.customers[0];
    let base = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let mut queued = Vec::new();
    for i in 0..2000u64 {
        let start = base + Days::new(i % 10);
        let order = uc::NewOrderInput {
            customer_id: *cid,
            recipient_id: rids[0],
            note: String::new(),
            items: vec![uc::NewItemInput {
                service_id: monitor,
                transaction_type: engine::domain::order::TransactionType::Order,
                quantity: 1,
                specs: requests[i as usize % 6]
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                window_start: start.to_string(),
                window_end: (start + Days::new(3)).to_string(),
                address: address.clone(),
            }],
        };
        let r = uc::submit_order(&db, &ctx(), order).await.unwrap();
        if r.items[0].status == engine::domain::ItemStatus::Ready {
            queued.push(r.items[0].item_id);
        }
    }
    let mut lat = Vec::new();
    for id in queued.iter().step_by(20) {
        let t = Instant::now();
        uc::suggest_slot(&db, &ctx(), *id, 60).await.unwrap();
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let n = lat.len();
    println!(
        "suggest a slot ({} queued, 20 resources): p50 {:.1} ms, p99 {:.1} ms over {n} items",
        queued.len(),
        percentile(&mut lat, 0.5),
        percentile(&mut lat, 0.99)
    );
    let (mut placed, mut unplaced, mut per_day) = (0, 0, Vec::new());
    let t = Instant::now();
    for d in 0..10 {
        let day = Instant::now();
        let plan = uc::plan_day(&db, &ctx(), &(base + Days::new(d)).to_string(), 60)
            .await
            .unwrap();
        per_day.push(day.elapsed().as_secs_f64() * 1000.0);
        placed += plan.placed.len();
        unplaced += plan.unplaced.len();
    }
    let total = t.elapsed().as_secs_f64();
    println!(
        "plan the day × 10 days: {placed} placed, {unplaced} reported unplaced, {total:.2} s in all; \
         per day p50 {:.0} ms, max {:.0} ms",
        percentile(&mut per_day, 0.5),
        percentile(&mut per_day, 1.0)
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let items: usize = std::env::var("BENCH_ITEMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        if let Ok(keep) = std::env::var("BENCH_KEEP") {
            let _ = std::fs::create_dir_all(&keep);
            let _ = std::fs::remove_file(format!("{keep}/board.db"));
            let db = Db::open(&std::path::Path::new(&keep).join("board.db"))
                .await
                .unwrap();
            let shop = seed_catalog(&db, &ctx(), 400).await.unwrap();
            submit_items(&db, &shop, 10_000).await;
            board_vs_raw(&db).await;
            return;
        }
        if std::env::var("BENCH_ONLY").as_deref() == Ok("board") {
            let (small, shop) = fresh(&dir, "board.db", 400).await;
            submit_items(&small, &shop, 10_000).await;
            board_vs_raw(&small).await;
            board_delta_cost(&small).await;
            return;
        }
        if std::env::var("BENCH_ONLY").as_deref() == Ok("planner") {
            planner_bench(&dir).await;
            return;
        }
        println!("equipflow engine bench ({items} items)");
        let (db, shop) = fresh(&dir, "submit.db", 400).await;
        let secs = submit_items(&db, &shop, items).await;
        println!(
            "submit + auto-review: {items} items in {secs:.2} s ({:.0} items/s)",
            items as f64 / secs
        );
        let rows = written_rows(db.pool()).await;
        let (raw_db, _) = fresh(&dir, "raw.db", 400).await;
        let raw = raw_insert(&raw_db, &rows).await;
        println!(
            "raw inserts of the same rows: {raw:.2} s; ratio {:.2}× (target ≤ 3×)",
            secs / raw
        );
        drop(rows);

        let (small, shop) = fresh(&dir, "board.db", 400).await;
        submit_items(&small, &shop, 10_000).await;
        board_vs_raw(&small).await;
        board_delta_cost(&small).await;
        transition_latency(&small).await;
        planner_bench(&dir).await;
    });
}
