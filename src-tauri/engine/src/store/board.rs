//! The flow board's rows: every item of an order that still has an open item,
//! and the items closed lately. `read::board` makes the cards from them.

use super::items::status_keys;
use crate::domain::ItemStatus;
use crate::Result;
use serde::Deserialize;
use sqlx::SqliteExecutor;

/// One card's row, in the column order of [`CARD_COLUMNS`].
#[derive(Deserialize)]
pub struct CardRow {
    pub id: i32,
    pub version: i32,
    pub order_id: i32,
    pub order_version: i32,
    pub number: String,
    pub customer_id: i32,
    pub recipient_id: i32,
    pub position: i32,
    pub service_id: i32,
    pub product_id: Option<i32>,
    /// Only read when no product is assigned yet (the card then shows the request).
    pub requested_specs: Option<String>,
    pub status: String,
    pub transaction_type: String,
    pub quantity: i32,
    pub hold_kind: Option<String>,
    pub hold_reason: Option<String>,
    pub overridden: i32,
    pub reason: String,
    /// The reasons as kinds and values, from which a language other than English is written.
    pub reason_kinds: String,
    pub hold_reason_kinds: Option<String>,
    pub window_end: String,
    pub created_at: String,
    /// 1 when units are reserved for an item being prepared; 0 otherwise, and
    /// for every other status (only a preparing card needs it).
    pub units_reserved: i32,
}

const CARD_COLUMNS: &str = "id, version, order_id, order_version, number, customer_id, recipient_id, position, service_id, product_id,
    requested_specs, status, transaction_type, quantity, hold_kind, hold_reason, overridden, reason, reason_kinds, hold_reason_kinds, window_end, created_at, units_reserved";

// Names of services, products, customers and recipients come from small
// in-memory maps: joining and decoding them for every row cost half the time.
const CARD_SELECT: &str = "SELECT i.id, i.version, i.order_id, o.version AS order_version, o.number, o.customer_id, o.recipient_id, i.position,
        i.service_id, i.product_id, CASE WHEN i.product_id IS NULL THEN i.requested_specs END AS requested_specs,
        i.status, i.transaction_type, i.quantity, i.hold_kind, i.hold_reason, i.overridden, i.reason, i.reason_kinds, i.hold_reason_kinds, i.window_end, i.created_at,
        CASE WHEN i.status = 'preparing'
            THEN EXISTS (SELECT 1 FROM reservations r WHERE r.item_id = i.id AND r.released = 0)
            ELSE 0 END AS units_reserved
    FROM items i
    JOIN orders o ON o.id = i.order_id";

/// Every item of every order that still has an open item (siblings count
/// towards "2 of 3 ready"), unsorted: sorting small keys in Rust is cheaper
/// than SQLite sorting the wide rows.
pub fn open_orders_sql() -> String {
    format!(
        "{CARD_SELECT} WHERE i.order_id IN (SELECT order_id FROM items WHERE status IN {})",
        status_keys(ItemStatus::is_open)
    )
}

/// The last 100 items completed or cancelled since the bound time, latest first.
pub fn recent_done_sql() -> String {
    format!(
        "{CARD_SELECT} WHERE i.status IN {} AND i.updated_at >= ?
         ORDER BY i.updated_at DESC LIMIT 100",
        status_keys(ItemStatus::is_terminal)
    )
}

/// SQLite packs the rows into one JSON array: one value crosses into Rust
/// instead of 18 per card, which for 10k cards is several times faster than
/// decoding row by row.
async fn fetch_cards<'e>(
    ex: impl SqliteExecutor<'e>,
    rows_sql: &str,
    bind: Option<&str>,
) -> Result<Vec<CardRow>> {
    let sql = format!("SELECT json_group_array(json_array({CARD_COLUMNS})) FROM ({rows_sql})");
    let mut q = sqlx::query_scalar::<_, String>(&sql);
    if let Some(b) = bind {
        q = q.bind(b);
    }
    let json = q.fetch_one(ex).await?;
    Ok(serde_json::from_str(&json)?)
}

/// The rows of [`open_orders_sql`].
pub async fn open_order_cards<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<CardRow>> {
    fetch_cards(ex, &open_orders_sql(), None).await
}

/// The rows of [`recent_done_sql`], closed since `since` (RFC 3339).
pub async fn recent_done_cards<'e>(
    ex: impl SqliteExecutor<'e>,
    since: &str,
) -> Result<Vec<CardRow>> {
    fetch_cards(ex, &recent_done_sql(), Some(since)).await
}

/// Every item of the orders an event after `since` and up to `until` touched:
/// when one item moves, its siblings' "2 of 3 ready" changes too.
pub async fn items_of_orders_touched<'e>(
    ex: impl SqliteExecutor<'e>,
    since: i32,
    until: i32,
) -> Result<Vec<i32>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM items WHERE order_id IN
            (SELECT i.order_id FROM events e JOIN items i ON i.id = e.item_id WHERE e.id > ? AND e.id <= ?)",
    )
    .bind(since)
    .bind(until)
    .fetch_all(ex)
    .await?)
}

/// Every customer's name by id.
pub async fn customer_names<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, String)>> {
    Ok(sqlx::query_as("SELECT id, name FROM customers")
        .fetch_all(ex)
        .await?)
}

/// Every recipient's name by id.
pub async fn recipient_names<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, String)>> {
    Ok(sqlx::query_as("SELECT id, name FROM recipients")
        .fetch_all(ex)
        .await?)
}
