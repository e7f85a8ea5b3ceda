//! Writes a SQLite file with many open items, for measuring the board at scale:
//!
//!   cargo run -p engine --release --example seed_scale -- /tmp/scale.db 10000
//!
//! The shop is the demo catalog (400 units per product); the orders come from
//! the demo generator and go through the real submit use case, so they land
//! at approval, assignment, preparation and the delivery queue like real ones.
//! An existing file at the path is replaced. `EQUIPFLOW_NOW` (RFC 3339) sets
//! the instant the orders are submitted at, as it sets the app's clock.

use chrono::{Days, Utc};
use engine::demo::{random_order, seed_catalog, Rng};
use engine::usecases as uc;
use engine::{Ctx, Db};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().unwrap_or_else(|| "scale.db".into()));
    let items: usize = match args.next().map(|n| n.parse()) {
        None => 10_000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("usage: seed_scale [PATH] [ITEMS]: {e}");
            std::process::exit(2);
        }
    };
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    rt.block_on(async {
        let t = Instant::now();
        // The orders' windows start at `EQUIPFLOW_NOW` (RFC 3339) when set: the
        // instant the end-to-end app will start its clock at.
        let now = std::env::var("EQUIPFLOW_NOW")
            .ok()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s.trim()).ok())
            .map_or_else(Utc::now, |t| t.with_timezone(&Utc));
        let ctx = Ctx::new("seed", now);
        let db = Db::open(&path).await.expect("open the database");
        let shop = seed_catalog(&db, &ctx, 400)
            .await
            .expect("seed the catalog");
        let mut rng = Rng::new(7);
        let today = ctx.now.date_naive();
        let (mut made, mut i) = (0usize, 0u64);
        while made < items {
            // Windows from today over the next four months.
            let order = random_order(&mut rng, &shop, today + Days::new(i % 120));
            made += uc::submit_order(&db, &ctx, order)
                .await
                .expect("submit an order")
                .items
                .len();
            i += 1;
        }
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM items WHERE status NOT IN ('completed', 'cancelled')",
        )
        .fetch_one(db.pool())
        .await
        .expect("count open items");
        println!(
            "{}: {i} orders, {made} items ({open} open) in {:.1} s",
            path.display(),
            t.elapsed().as_secs_f64()
        );
    });
}
