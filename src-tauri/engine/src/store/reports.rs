//! The reports' rows, read from the audit trail (`events`) and the bookings.
//! Instants are RFC 3339 UTC text, compared as text like everywhere else.

use crate::domain::item::EventKind;
use crate::domain::stock::UnitEventKind;
use crate::domain::ItemStatus;
use crate::Result;
use sqlx::{FromRow, SqlitePool};

/// An open item now: its status, its hold, and when it entered that status
/// (its last status change, or its submit).
#[derive(FromRow)]
pub struct OpenItemRow {
    pub id: i32,
    pub status: String,
    pub hold_kind: Option<String>,
    pub since: String,
}

pub async fn open_items(pool: &SqlitePool) -> Result<Vec<OpenItemRow>> {
    let open = super::items::status_keys(ItemStatus::is_open);
    Ok(sqlx::query_as(&format!(
        "SELECT i.id, i.status, i.hold_kind,
                (SELECT MAX(e.at) FROM events e
                 WHERE e.item_id = i.id AND e.kind IN (?, ?)) AS since
         FROM items i WHERE i.status IN {open} ORDER BY i.id"
    ))
    .bind(EventKind::Created.as_str())
    .bind(EventKind::Transition.as_str())
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

/// Status changes (a submit counts as entering `new`) grouped by the stretch
/// of time they fell in: `bounds` is a JSON array of `[start, end)` pairs and
/// `stretch` is the pair's index.
#[derive(FromRow)]
pub struct MoveCountRow {
    pub stretch: i64,
    pub created: bool,
    pub from_status: String,
    pub to_status: String,
    pub n: i64,
}

pub async fn move_counts(pool: &SqlitePool, bounds: &str) -> Result<Vec<MoveCountRow>> {
    Ok(sqlx::query_as(
        "SELECT CAST(d.key AS INTEGER) AS stretch, e.kind = ? AS created,
                e.from_status, e.to_status, COUNT(*) AS n
         FROM json_each(?) d
         JOIN events e ON e.at >= json_extract(d.value, '$[0]')
                      AND e.at < json_extract(d.value, '$[1]')
         WHERE e.kind IN (?, ?)
         GROUP BY 1, 2, 3, 4",
    )
    .bind(EventKind::Created.as_str())
    .bind(bounds)
    .bind(EventKind::Created.as_str())
    .bind(EventKind::Transition.as_str())
    .fetch_all(pool)
    .await?)
}

/// An item that was delivered or completed in `[from, to)`, with what the
/// reports group it by.
#[derive(FromRow)]
pub struct FinishedItemRow {
    pub id: i32,
    pub order_number: String,
    pub service_id: i32,
    pub customer_id: i32,
    pub customer: String,
    pub window_start: String,
    pub window_end: String,
}

pub async fn finished_items(
    pool: &SqlitePool,
    from: &str,
    to: &str,
) -> Result<Vec<FinishedItemRow>> {
    Ok(sqlx::query_as(
        "SELECT i.id, o.number AS order_number, i.service_id, o.customer_id, c.name AS customer,
                i.window_start, i.window_end
         FROM items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id
         WHERE i.id IN (SELECT item_id FROM events
                        WHERE at >= ? AND at < ? AND kind = ? AND to_status IN (?, ?))
         ORDER BY i.id",
    )
    .bind(from)
    .bind(to)
    .bind(EventKind::Transition.as_str())
    .bind(ItemStatus::Delivered.as_str())
    .bind(ItemStatus::Completed.as_str())
    .fetch_all(pool)
    .await?)
}

/// One step of an item's trail, as the reports read it.
#[derive(FromRow)]
pub struct TrailRow {
    pub item_id: i32,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub from_status: String,
    pub to_status: String,
    pub reason_kinds: String,
}

/// The trails of the items [`finished_items`] lists, in order per item.
pub async fn finished_trails(pool: &SqlitePool, from: &str, to: &str) -> Result<Vec<TrailRow>> {
    Ok(sqlx::query_as(
        "SELECT item_id, at, actor, kind, from_status, to_status, reason_kinds FROM events
         WHERE item_id IN (SELECT item_id FROM events
                           WHERE at >= ? AND at < ? AND kind = ? AND to_status IN (?, ?))
         ORDER BY item_id, id",
    )
    .bind(from)
    .bind(to)
    .bind(EventKind::Transition.as_str())
    .bind(ItemStatus::Delivered.as_str())
    .bind(ItemStatus::Completed.as_str())
    .fetch_all(pool)
    .await?)
}

/// A booking overlapping `[from, to)`: whose, and when.
#[derive(FromRow)]
pub struct BookedRow {
    pub resource_id: i32,
    pub start_at: String,
    pub end_at: String,
}

pub async fn bookings(pool: &SqlitePool, from: &str, to: &str) -> Result<Vec<BookedRow>> {
    Ok(sqlx::query_as(
        "SELECT resource_id, start_at, end_at FROM bookings
         WHERE start_at < ? AND end_at > ? ORDER BY resource_id, start_at",
    )
    .bind(to)
    .bind(from)
    .fetch_all(pool)
    .await?)
}

/// What people call an item: its order's number and what the card shows.
#[derive(FromRow)]
pub struct ItemLabelRow {
    pub id: i32,
    pub order_number: String,
    pub service_id: i32,
    pub product_id: Option<i32>,
    pub requested_specs: String,
}

/// The items `ids` (a JSON array) names, in its order; an unknown id is left out.
pub async fn item_labels(pool: &SqlitePool, ids: &str) -> Result<Vec<ItemLabelRow>> {
    Ok(sqlx::query_as(
        "SELECT i.id, o.number AS order_number, i.service_id, i.product_id, i.requested_specs
         FROM json_each(?) d JOIN items i ON i.id = d.value JOIN orders o ON o.id = i.order_id
         ORDER BY d.key",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?)
}

/// A stock unit's life in the shop: its first step (received) and when it was
/// retired, if it was.
#[derive(FromRow)]
pub struct UnitLifeRow {
    pub unit_id: i32,
    pub product_id: i32,
    pub received_at: String,
    pub retired_at: Option<String>,
}

pub async fn unit_lives(pool: &SqlitePool) -> Result<Vec<UnitLifeRow>> {
    Ok(sqlx::query_as(
        "SELECT u.id AS unit_id, u.product_id, MIN(e.at) AS received_at,
                MIN(CASE WHEN e.kind = ? THEN e.at END) AS retired_at
         FROM stock_units u JOIN unit_events e ON e.unit_id = u.id
         GROUP BY u.id ORDER BY u.id",
    )
    .bind(UnitEventKind::Retired.as_str())
    .fetch_all(pool)
    .await?)
}

/// A time a unit went out with a customer (delivered before `to`): the next
/// step of its trail that is not a reservation for later (it came back), and
/// the last day its reservation for that order ran to (`9999-12-31` when it
/// went for good).
#[derive(FromRow)]
pub struct OutRow {
    pub unit_id: i32,
    pub out_at: String,
    pub back_at: Option<String>,
    pub until: Option<String>,
}

pub async fn units_out(pool: &SqlitePool, to: &str) -> Result<Vec<OutRow>> {
    Ok(sqlx::query_as(
        // Both look-ups walk an index from the delivery on: the unit's next
        // step (unit_events_unit), the order's items' reservations
        // (items_order, reservations_item), never all of a unit's history.
        "SELECT e.unit_id, e.at AS out_at,
                (SELECT n.at FROM unit_events n
                 WHERE n.unit_id = e.unit_id AND n.id > e.id AND n.kind <> ?
                 ORDER BY n.id LIMIT 1) AS back_at,
                (SELECT MAX(r.end_date) FROM items i JOIN reservations r ON r.item_id = i.id
                 WHERE i.order_id = e.order_id AND r.unit_id = e.unit_id) AS until
         FROM unit_events e WHERE e.kind = ? AND e.at < ?
         ORDER BY e.unit_id, e.id",
    )
    .bind(UnitEventKind::Reserved.as_str())
    .bind(UnitEventKind::Delivered.as_str())
    .bind(to)
    .fetch_all(pool)
    .await?)
}
