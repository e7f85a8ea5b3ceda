//! `cargo bench -p engine --bench reports` — each report over a year of
//! history for 100,000 items (issue 13; target under 200 ms each), with the
//! stock units' reservations and trails copied along.
//!
//! The history is the demo shop (orders submitted, prepared, booked,
//! delivered, completed through the use cases), copied in SQL until it holds
//! `BENCH_ITEMS` items (100,000 unless set), each copy shifted back in time so
//! the copies fill the year before now: every report reads a year of trail.

use chrono::Duration;
use engine::domain::shop_time::UTC;
use engine::read::reports::{self, Period};
use engine::{Ctx, Db};
use std::time::Instant;

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-25T10:00:00Z".parse().unwrap()
}

/// A column as it is copied: ids moved past the originals, instants and dates
/// moved back by the copy's shift (`?2` minutes per copy number `k.n`). A
/// copied holding is history: ended, its units checked in when delivered.
fn copied(table: &str, column: &str) -> String {
    let offset = |t: &str| format!("{column} + k.n * (SELECT MAX(id) FROM {t}_base)");
    let instant = |c: &str| {
        format!("strftime('%Y-%m-%dT%H:%M:%S+00:00', {c}, printf('-%d minutes', k.n * ?2))")
    };
    let day = |c: &str| format!("date({c}, printf('-%d minutes', k.n * ?2))");
    match (table, column) {
        (_, "id") => offset(table),
        (_, "order_id") => offset("orders"),
        (_, "item_id" | "parent_item_id") => offset("items"),
        (_, "booking_id") => offset("bookings"),
        (_, "holding_id") => offset("holdings"),
        ("holdings", "state") => "'ended'".into(),
        ("holding_units", "checked_in_at") => instant("COALESCE(checked_in_at, delivered_at)"),
        ("holding_units", "checked_in_on") => day("COALESCE(checked_in_on, delivered_at)"),
        (
            _,
            "at" | "created_at" | "updated_at" | "start_at" | "end_at" | "completed_at"
            | "delivered_at",
        ) => instant(column),
        (_, "window_start" | "window_end" | "start_date" | "end_date") => day(column),
        (_, "number") => format!("{column} || '-' || k.n"),
        (_, other) => other.to_string(),
    }
}

/// What a copy of the demo holds: its orders with their items, trails and
/// bookings, the stock units' reservations and trails (the same units go
/// out again in every copy, as a shop's do over a year), and the holdings
/// its deliveries made.
const TABLES: [&str; 8] = [
    "orders",
    "bookings",
    "items",
    "events",
    "reservations",
    "unit_events",
    "holdings",
    "holding_units",
];

/// Copies the demo `copies` times, each `step` minutes further back.
async fn grow(db: &Db, copies: i64, step: i64) {
    // Temp tables live on one connection: every step runs on the same one.
    let mut conn = db.pool().acquire().await.unwrap();
    // Items and holdings name each other (a return's holding, a holding's
    // item): the copies are whole only once every table is in.
    sqlx::query("PRAGMA foreign_keys = OFF")
        .execute(&mut *conn)
        .await
        .unwrap();
    for table in TABLES {
        sqlx::query(&format!(
            "CREATE TEMP TABLE {table}_base AS SELECT MAX(id) AS id FROM {table}"
        ))
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    for table in TABLES {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info(?)")
            .bind(table)
            .fetch_all(&mut *conn)
            .await
            .unwrap();
        let exprs: Vec<String> = columns.iter().map(|c| copied(table, c)).collect();
        let sql = format!(
            "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?1)
             INSERT INTO {table} ({}) SELECT {} FROM {table}, k
             WHERE {table}.id <= (SELECT id FROM {table}_base)",
            columns.join(", "),
            exprs.join(", ")
        );
        sqlx::query(&sql)
            .bind(copies)
            .bind(step)
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    sqlx::query("PRAGMA foreign_keys = ON")
        .execute(&mut *conn)
        .await
        .unwrap();
    sqlx::query("ANALYZE").execute(&mut *conn).await.unwrap();
}

/// CPU time of the whole process (every thread: sqlx's worker too), in ms.
#[cfg(unix)]
fn cpu_ms() -> f64 {
    // SAFETY: getrusage writes the struct it is given, nothing else.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
    ms(u.ru_utime) + ms(u.ru_stime)
}

#[cfg(not(unix))]
fn cpu_ms() -> f64 {
    f64::NAN
}

/// Runs a report `RUNS` times and prints the best wall and CPU time: on a
/// machine shared with other work the best run is the nearest to the report's
/// own cost, and CPU time shows what waiting for a core added to the wall.
const RUNS: usize = 3;

async fn time<T, F: std::future::Future<Output = engine::Result<T>>>(
    what: &str,
    run: impl Fn() -> F,
) {
    let (mut wall, mut cpu) = (f64::MAX, f64::MAX);
    for _ in 0..RUNS {
        let (t, c) = (Instant::now(), cpu_ms());
        run().await.unwrap();
        wall = wall.min(t.elapsed().as_secs_f64() * 1000.0);
        cpu = cpu.min(cpu_ms() - c);
    }
    println!("{what:<34} {wall:>8.1} ms wall {cpu:>8.1} ms CPU");
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let items: i64 = std::env::var("BENCH_ITEMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("reports.db")).await.unwrap();
        let t = Instant::now();
        engine::demo::seed_demo(&db, &Ctx::new("bench", now()))
            .await
            .unwrap();
        let demo: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM items")
            .fetch_one(db.pool())
            .await
            .unwrap();
        let copies = (items / demo).max(1) - 1;
        let step = Duration::days(365).num_minutes() / (copies.max(1));
        grow(&db, copies, step).await;
        let count = |sql: &'static str| async {
            sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(db.pool())
                .await
                .unwrap()
        };
        println!(
            "history: {} items, {} events, {} bookings, {} unit steps, {} holdings over a year ({} copies of the demo's {demo} items), built in {:.1} s",
            count("SELECT COUNT(*) FROM items").await,
            count("SELECT COUNT(*) FROM events").await,
            count("SELECT COUNT(*) FROM bookings").await,
            count("SELECT COUNT(*) FROM unit_events").await,
            count("SELECT COUNT(*) FROM holdings").await,
            copies + 1,
            t.elapsed().as_secs_f64()
        );
        if let Ok(keep) = std::env::var("BENCH_KEEP") {
            sqlx::query("VACUUM INTO ?").bind(keep).execute(db.pool()).await.unwrap();
        }
        // What else the machine is doing while this runs.
        if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
            println!("load average (1, 5, 15 min): {}", load.split(' ').take(3).collect::<Vec<_>>().join(" "));
        }
        let today = now().date_naive();
        for (name, days) in [("last 7 days", 7), ("last 30 days", 30), ("last year", 365)] {
            let p = Period {
                from: today - Duration::days(days - 1),
                to: today,
            };
            println!("-- period: {name}");
            time("open work now", || reports::open_work(&db, now())).await;
            time("cumulative flow", || reports::cumulative_flow(&db, p, UTC)).await;
            time("lead times", || reports::lead_times(&db, p, UTC)).await;
            time("on time", || reports::on_time(&db, p, UTC)).await;
            time("utilisation", || reports::utilisation(&db, p, UTC)).await;
            time("stock out with customers", || reports::stock_use(&db, p, UTC)).await;
            time("due back", || reports::due_back(&db, today)).await;
            let (from, to) = (p.from.to_string(), p.to.to_string());
            time("all of them (reports_get)", || {
                reports::reports(&db, &from, &to, now(), UTC)
            })
            .await;
        }
    });
}
