//! The reports' rows, read from the audit trail (`events`), the stock units'
//! trails and the bookings. Instants are RFC 3339 UTC text, compared as text
//! like everywhere else. A read of many rows has SQLite pack them into one
//! JSON array (as the board's cards): one value crosses into Rust instead of
//! one per row, which over a year of a busy shop is what makes a report fast.
//! `cargo bench -p engine --bench reports` measures them.

use super::items::status_keys;
use crate::domain::item::EventKind;
use crate::domain::stock::UnitEventKind;
use crate::domain::ItemStatus;
use crate::Result;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sqlx::{FromRow, SqlitePool};

/// The rows of `rows_sql` (its parameters bound to `binds`, in order), each
/// `columns` as a JSON array, packed by SQLite into one JSON array.
async fn fetch_packed<T: DeserializeOwned>(
    pool: &SqlitePool,
    columns: &str,
    rows_sql: &str,
    binds: &[&str],
) -> Result<Vec<T>> {
    let sql = format!("SELECT json_group_array(json_array({columns})) FROM ({rows_sql})");
    let mut q = sqlx::query_scalar::<_, String>(&sql);
    for b in binds {
        q = q.bind(*b);
    }
    Ok(serde_json::from_str(&q.fetch_one(pool).await?)?)
}

/// The open items with one status and hold kind whose last status change
/// fell in one of the age buckets (`bucket`: its index), by id.
#[derive(Deserialize)]
pub struct OpenGroupRow {
    pub status: String,
    pub hold_kind: Option<String>,
    pub bucket: usize,
    pub item_ids: Vec<i32>,
}

/// The open items now, grouped by status, hold and age: how long since
/// their last status change (or submit), against `bounds` — the instants,
/// latest first, that end the buckets but the last (older than every bound).
/// Only the trail since the oldest bound is read: an item that did not move
/// since then is in the last bucket.
pub async fn open_groups(pool: &SqlitePool, bounds: &[String]) -> Result<Vec<OpenGroupRow>> {
    let oldest = bounds.last().map(String::as_str).unwrap_or("9999");
    let bucket: String = (0..bounds.len())
        .map(|i| format!("WHEN r.since > json_extract(?1, '$[{i}]') THEN {i} "))
        .collect();
    let rows = format!(
        "WITH recent AS (SELECT item_id, MAX(at) AS since FROM events
                         WHERE at >= ?2 AND kind IN (?3, ?4) GROUP BY item_id)
         SELECT i.status, i.hold_kind, CASE {bucket}ELSE {last} END AS bucket,
                json_group_array(i.id) AS item_ids
         FROM items i LEFT JOIN recent r ON r.item_id = i.id
         WHERE i.status IN {open}
         GROUP BY 1, 2, 3",
        last = bounds.len(),
        open = status_keys(ItemStatus::is_open),
    );
    fetch_packed(
        pool,
        "status, hold_kind, bucket, json(item_ids)",
        &rows,
        &[
            &serde_json::to_string(bounds)?,
            oldest,
            EventKind::Created.as_str(),
            EventKind::Transition.as_str(),
        ],
    )
    .await
}

/// The items waiting for approval the longest: when each came to approval
/// (its last status change), oldest first (at one instant, in the order
/// they came), at most `limit`. Walks the approvals in time order
/// (events_reached_at) and stops at `limit`: an item comes to approval only
/// by a move, never by its submit (which enters `new`).
pub async fn oldest_approvals(pool: &SqlitePool, limit: i64) -> Result<Vec<(i32, String)>> {
    Ok(sqlx::query_as(
        "SELECT e.item_id, e.at FROM events e CROSS JOIN items i ON i.id = e.item_id
         WHERE e.to_status = ?1 AND e.kind = ?2 AND i.status = ?1
           AND NOT EXISTS (SELECT 1 FROM events l WHERE l.item_id = e.item_id AND l.id > e.id
                           AND l.kind = ?2)
         ORDER BY e.at, e.id LIMIT ?3",
    )
    .bind(ItemStatus::AwaitingApproval.as_str())
    .bind(EventKind::Transition.as_str())
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

/// How many items are in each status now.
pub async fn status_counts(pool: &SqlitePool) -> Result<Vec<(String, i64)>> {
    Ok(
        sqlx::query_as("SELECT status, COUNT(*) FROM items GROUP BY status")
            .fetch_all(pool)
            .await?,
    )
}

/// In one stretch of time, how many status changes led into `status` (a
/// submit counts as entering `new`) and how many out of it.
#[derive(Deserialize)]
pub struct MoveCountRow {
    pub stretch: usize,
    pub status: String,
    pub entered: i64,
    pub exited: i64,
}

/// Status changes in each stretch of time: `bounds` is a JSON array of
/// `[start, end)` pairs, `stretch` the pair's index. Counted per status on
/// the indexes by status and time (no row of the trail is read), so a year
/// costs little more than a week.
pub async fn move_counts(pool: &SqlitePool, bounds: &str) -> Result<Vec<MoveCountRow>> {
    let statuses: Vec<&str> = ItemStatus::ALL.iter().map(|s| s.as_str()).collect();
    let rows = "SELECT stretch, status, entered, exited FROM (
          SELECT CAST(d.key AS INTEGER) AS stretch, s.value AS status,
            (SELECT COUNT(*) FROM events e
             WHERE e.to_status = s.value AND e.kind IN (?3, ?4)
               AND e.at >= json_extract(d.value, '$[0]') AND e.at < json_extract(d.value, '$[1]'))
              AS entered,
            (SELECT COUNT(*) FROM events e
             WHERE e.from_status = s.value AND e.kind = ?4
               AND e.at >= json_extract(d.value, '$[0]') AND e.at < json_extract(d.value, '$[1]'))
              AS exited
          FROM json_each(?1) d, json_each(?2) s)
        WHERE entered > 0 OR exited > 0";
    fetch_packed(
        pool,
        "stretch, status, entered, exited",
        rows,
        &[
            bounds,
            &serde_json::to_string(&statuses)?,
            EventKind::Created.as_str(),
            EventKind::Transition.as_str(),
        ],
    )
    .await
}

/// An item that was delivered or completed in `[from, to)`, with what the
/// reports group it by.
#[derive(Deserialize)]
pub struct FinishedItemRow {
    pub id: i32,
    pub order_number: String,
    pub service_id: i32,
    pub customer_id: i32,
    pub customer: String,
    pub window_start: String,
    pub window_end: String,
}

/// One step of an item's trail that the reports read (a submit, a move, a
/// hold, a reschedule): who and why only for a hold (what a late delivery's
/// cause is read from).
#[derive(Deserialize)]
pub struct TrailRow {
    pub item_id: i32,
    pub id: i64,
    pub at: String,
    pub kind: String,
    pub from_status: String,
    pub to_status: String,
    pub actor: Option<String>,
    pub reason_kinds: Option<String>,
}

/// The items delivered or completed in `[from, to)`, by id, and their
/// trails in the same order, each item's steps in order: the trail is read
/// once, for the items found first.
pub async fn finished(
    pool: &SqlitePool,
    from: &str,
    to: &str,
) -> Result<(Vec<FinishedItemRow>, Vec<TrailRow>)> {
    let mut items: Vec<FinishedItemRow> = fetch_packed(
        pool,
        "id, order_number, service_id, customer_id, customer, window_start, window_end",
        "SELECT i.id, o.number AS order_number, i.position, i.service_id, o.customer_id, c.name AS customer,
                i.window_start, i.window_end
         FROM items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id
         WHERE i.id IN (SELECT item_id FROM events
                        WHERE to_status IN (?1, ?2) AND kind = ?3 AND at >= ?4 AND at < ?5)",
        &[
            ItemStatus::Delivered.as_str(),
            ItemStatus::Completed.as_str(),
            EventKind::Transition.as_str(),
            from,
            to,
        ],
    )
    .await?;
    items.sort_by_key(|i| i.id);
    let ids: Vec<i32> = items.iter().map(|i| i.id).collect();
    let mut trails: Vec<TrailRow> = fetch_packed(
        pool,
        "item_id, id, at, kind, from_status, to_status, actor, reason_kinds",
        "SELECT e.item_id, e.id, e.at, e.kind, e.from_status, e.to_status,
                CASE WHEN e.kind = ?2 THEN e.actor END AS actor,
                CASE WHEN e.kind = ?2 THEN e.reason_kinds END AS reason_kinds
         FROM json_each(?1) d JOIN events e ON e.item_id = d.value
         WHERE e.kind IN (?2, ?3, ?4, ?5)",
        &[
            &serde_json::to_string(&ids)?,
            EventKind::Hold.as_str(),
            EventKind::Created.as_str(),
            EventKind::Transition.as_str(),
            EventKind::Reschedule.as_str(),
        ],
    )
    .await?;
    trails.sort_by_key(|e| (e.item_id, e.id));
    Ok((items, trails))
}

/// A booking overlapping `[from, to)`: whose, and when.
#[derive(Deserialize)]
pub struct BookedRow {
    pub resource_id: i32,
    pub start_at: String,
    pub end_at: String,
}

pub async fn bookings(pool: &SqlitePool, from: &str, to: &str) -> Result<Vec<BookedRow>> {
    fetch_packed(
        pool,
        "resource_id, start_at, end_at",
        "SELECT resource_id, start_at, end_at FROM bookings WHERE start_at < ?1 AND end_at > ?2",
        &[to, from],
    )
    .await
}

/// What people call an item: its order's number and what the card shows.
#[derive(FromRow)]
pub struct ItemLabelRow {
    pub id: i32,
    pub order_number: String,
    pub position: i32,
    pub service_id: i32,
    pub product_id: Option<i32>,
    pub requested_specs: String,
}

/// The items `ids` (a JSON array) names, in its order; an unknown id is left out.
pub async fn item_labels(pool: &SqlitePool, ids: &str) -> Result<Vec<ItemLabelRow>> {
    Ok(sqlx::query_as(
        "SELECT i.id, o.number AS order_number, i.position, i.service_id, i.product_id, i.requested_specs
         FROM json_each(?) d JOIN items i ON i.id = d.value JOIN orders o ON o.id = i.order_id
         ORDER BY d.key",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?)
}

/// A stock unit's life in the shop: its first step (received) and when it was
/// retired, if it was.
#[derive(Deserialize)]
pub struct UnitLifeRow {
    pub unit_id: i32,
    pub product_id: i32,
    pub received_at: String,
    pub retired_at: Option<String>,
}

pub async fn unit_lives(pool: &SqlitePool) -> Result<Vec<UnitLifeRow>> {
    // Each a look-up on the unit's trail (unit_events_unit), never all of it:
    // its first step, and, for a unit retired now, when.
    fetch_packed(
        pool,
        "unit_id, product_id, received_at, retired_at",
        "SELECT * FROM (
           SELECT u.id AS unit_id, u.product_id,
                  (SELECT e.at FROM unit_events e WHERE e.unit_id = u.id ORDER BY e.id LIMIT 1)
                    AS received_at,
                  CASE WHEN u.state = ?1 THEN
                    (SELECT MIN(e.at) FROM unit_events e WHERE e.unit_id = u.id AND e.kind = ?1)
                  END AS retired_at
           FROM stock_units u)
         WHERE received_at IS NOT NULL",
        &[UnitEventKind::Retired.as_str()],
    )
    .await
}

/// A time a unit went out with a customer: the next step of its trail that
/// is not a reservation for later (it came back), and the last day its
/// reservation for that order ran to (`9999-12-31` when it went for good).
#[derive(Deserialize)]
pub struct OutRow {
    pub unit_id: i32,
    pub out_at: String,
    pub back_at: Option<String>,
    pub until: Option<String>,
}

/// The times units went out that can reach into `[from, to)`: those in it,
/// and each unit's last before it (an earlier one ended when the unit came
/// back, before it went out again).
pub async fn units_out(pool: &SqlitePool, from: &str, to: &str) -> Result<Vec<OutRow>> {
    // Both look-ups walk an index from the delivery on: the unit's next
    // step (unit_events_unit), the order's items' reservations
    // (items_order, reservations_item), never all of a unit's history.
    fetch_packed(
        pool,
        "unit_id, out_at, back_at, until",
        "SELECT e.unit_id, e.at AS out_at,
                (SELECT n.at FROM unit_events n
                 WHERE n.unit_id = e.unit_id AND n.id > e.id AND n.kind <> ?1
                 ORDER BY n.id LIMIT 1) AS back_at,
                (SELECT MAX(r.end_date) FROM items i JOIN reservations r ON r.item_id = i.id
                 WHERE i.order_id = e.order_id AND r.unit_id = e.unit_id) AS until
         FROM unit_events e
         WHERE e.id IN (SELECT id FROM unit_events WHERE kind = ?2 AND at >= ?3 AND at < ?4
                        UNION
                        SELECT MAX(id) FROM unit_events WHERE kind = ?2 AND at < ?3
                        GROUP BY unit_id)",
        &[
            UnitEventKind::Reserved.as_str(),
            UnitEventKind::Delivered.as_str(),
            from,
            to,
        ],
    )
    .await
}

/// The item that delivered each of the holdings `ids` (a JSON array).
pub async fn holding_items(pool: &SqlitePool, ids: &str) -> Result<Vec<(i32, i32)>> {
    Ok(sqlx::query_as(
        "SELECT h.id, h.item_id FROM json_each(?) d JOIN holdings h ON h.id = d.value",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?)
}
