//! A database file held against the invariants of ARCHITECTURE.md, each as
//! one query counting what breaks it: what a restore and the crash test read.

use super::items::status_keys;
use crate::Result;
use sqlx::SqliteConnection;

/// (the invariant as people read it, the query counting the rows that break it)
fn checks() -> Vec<(&'static str, String)> {
    let booked = status_keys(|s| s.carries_booking());
    vec![
        (
            "every item has a trail of events",
            "SELECT COUNT(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.item_id = i.id)".into(),
        ),
        (
            "an item's trail ends at its status",
            "SELECT COUNT(*) FROM items i WHERE i.status IS NOT
               (SELECT e.to_status FROM events e WHERE e.item_id = i.id ORDER BY e.id DESC LIMIT 1)"
                .into(),
        ),
        (
            "an item is on a booking exactly while scheduled, in delivery, delivered or completed",
            format!("SELECT COUNT(*) FROM items WHERE (booking_id IS NOT NULL) <> (status IN {booked})"),
        ),
        (
            "no stock unit is reserved for overlapping spans (buffer included)",
            "SELECT COUNT(*) FROM reservations a JOIN reservations b
               ON a.unit_id = b.unit_id AND a.id < b.id AND a.released = 0 AND b.released = 0
             , (SELECT CAST(value AS INTEGER) AS days FROM settings WHERE key = 'stock_buffer_days') buffer
             WHERE a.start_date <= date(b.end_date, '+' || buffer.days || ' days')
               AND b.start_date <= date(a.end_date, '+' || buffer.days || ' days')"
                .into(),
        ),
        (
            "a cancelled item holds no stock",
            "SELECT COUNT(*) FROM reservations r JOIN items i ON i.id = r.item_id
             WHERE r.released = 0 AND i.status = 'cancelled'"
                .into(),
        ),
        (
            "a unit in repair or retired is never reserved",
            "SELECT COUNT(*) FROM reservations r JOIN stock_units u ON u.id = r.unit_id
             WHERE r.released = 0 AND u.state <> 'available'"
                .into(),
        ),
        (
            "a stock unit's trail starts with received",
            "SELECT COUNT(*) FROM stock_units u WHERE 'received' IS NOT
               (SELECT e.kind FROM unit_events e WHERE e.unit_id = u.id ORDER BY e.id LIMIT 1)"
                .into(),
        ),
        (
            "a stock unit is where its trail last left it",
            "SELECT COUNT(*) FROM stock_units u WHERE u.location IS NOT
               (SELECT e.location FROM unit_events e WHERE e.unit_id = u.id ORDER BY e.id DESC LIMIT 1)"
                .into(),
        ),
        (
            "no resource has overlapping bookings",
            "SELECT COUNT(*) FROM bookings a JOIN bookings b
               ON a.resource_id = b.resource_id AND a.id < b.id
             WHERE a.start_at < b.end_at AND b.start_at < a.end_at"
                .into(),
        ),
        (
            "every order has its items",
            "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.order_id = o.id)"
                .into(),
        ),
    ]
}

/// The invariants the database breaks, each with how many rows break it,
/// and every row a foreign key no longer finds; empty when all hold.
pub async fn broken(conn: &mut SqliteConnection) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (what, sql) in checks() {
        let n: i64 = sqlx::query_scalar(&sql).fetch_one(&mut *conn).await?;
        if n > 0 {
            out.push(format!("{what}: {n} rows break it"));
        }
    }
    let dangling = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&mut *conn)
        .await?
        .len();
    if dangling > 0 {
        out.push(format!(
            "every reference finds its row: {dangling} rows break it"
        ));
    }
    Ok(out)
}

/// A file as `equipflow --check-db` reports it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FileReport {
    /// SQLite's `integrity_check`: `["ok"]` when whole.
    pub integrity: Vec<String>,
    pub broken: Vec<String>,
    /// Every order's id, for a caller that knows which it was told were saved.
    pub orders: Vec<i64>,
}

impl FileReport {
    pub fn holds(&self) -> bool {
        self.integrity == ["ok"] && self.broken.is_empty()
    }
}

/// Opens the file (a WAL a crash left is taken in, as the app would) and reports on it.
pub async fn file_report(path: &std::path::Path) -> Result<FileReport> {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .connect()
        .await?;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await?;
    let broken = broken(&mut conn).await?;
    let orders = sqlx::query_scalar("SELECT id FROM orders ORDER BY id")
        .fetch_all(&mut conn)
        .await?;
    Ok(FileReport {
        integrity,
        broken,
        orders,
    })
}
