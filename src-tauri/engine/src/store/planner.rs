//! The planner's rows: bookings in a stretch of time, the delivery queue,
//! and the stops of a booking for the day sheet.

use crate::Result;
use sqlx::SqlitePool;

#[derive(sqlx::FromRow)]
pub struct BookingRow {
    pub id: i32,
    pub resource_id: i32,
    pub start_at: String,
    pub end_at: String,
    pub order_id: i32,
    pub number: String,
    pub customer: String,
    pub item_ids: String,
    pub statuses: String,
    pub item_id: i32,
    pub item_version: i32,
    pub override_reason: Option<String>,
    /// Its items' services, comma-separated ids.
    pub service_ids: String,
    /// Its items' transaction types with their quantities, "order:2,return:1".
    pub doors: String,
}

/// A booking with its order, customer, items and their statuses; `filter`
/// is the condition on the booking `b`.
fn bookings_where(filter: &str) -> String {
    format!(
        "SELECT g.*, it.version AS item_version FROM (
            SELECT b.id, b.resource_id, b.start_at, b.end_at, b.order_id, o.number, c.name AS customer,
                   group_concat(i.id) AS item_ids, group_concat(i.status) AS statuses,
                   MIN(i.id) AS item_id, b.override_reason, group_concat(DISTINCT i.service_id) AS service_ids,
                   group_concat(i.transaction_type || ':' || i.quantity) AS doors
            FROM bookings b JOIN orders o ON o.id = b.order_id JOIN customers c ON c.id = o.customer_id
            JOIN items i ON i.booking_id = b.id
            WHERE {filter}
            GROUP BY b.id) g
         JOIN items it ON it.id = g.item_id
         ORDER BY g.start_at"
    )
}

/// The bookings overlapping `[from, to)` (UTC instants), of one resource or all.
pub async fn bookings(
    pool: &SqlitePool,
    from: &str,
    to: &str,
    resource: Option<i32>,
) -> Result<Vec<BookingRow>> {
    Ok(sqlx::query_as(&bookings_where(
        "b.start_at < ? AND b.end_at > ? AND (? IS NULL OR b.resource_id = ?)",
    ))
    .bind(to)
    .bind(from)
    .bind(resource)
    .bind(resource)
    .fetch_all(pool)
    .await?)
}

/// One booking, if it exists and has items on it.
pub async fn booking(pool: &SqlitePool, booking_id: i32) -> Result<Option<BookingRow>> {
    Ok(sqlx::query_as(&bookings_where("b.id = ?"))
        .bind(booking_id)
        .fetch_optional(pool)
        .await?)
}

#[derive(sqlx::FromRow)]
pub struct QueueRow {
    pub order_id: i32,
    pub number: String,
    pub customer: String,
    pub delivery_group: i32,
    pub item_id: i32,
    pub item_ids: String,
    pub window_start: String,
    pub window_end: String,
    pub held: i32,
    /// Scheduling names one item of the delivery with the version the planner saw.
    pub item_version: i32,
    /// Its items' services, comma-separated ids.
    pub service_ids: String,
    /// Its items' transaction types with their quantities, "order:2,return:1".
    pub doors: String,
}

/// The deliveries and collections waiting in the queue: per order and delivery group whose
/// items are all ready (or cancelled), most urgent window first.
pub async fn queue(pool: &SqlitePool) -> Result<Vec<QueueRow>> {
    Ok(sqlx::query_as(
    "SELECT q.*, it.version AS item_version FROM (
        SELECT o.id AS order_id, o.number, c.name AS customer, i.delivery_group, MIN(i.id) AS item_id,
               group_concat(i.id) AS item_ids, MAX(i.window_start) AS window_start,
               MIN(i.window_end) AS window_end, MAX(i.hold_reason IS NOT NULL) AS held,
               group_concat(DISTINCT i.service_id) AS service_ids,
               group_concat(i.transaction_type || ':' || i.quantity) AS doors
        FROM items i JOIN orders o ON o.id = i.order_id JOIN customers c ON c.id = o.customer_id
        WHERE i.status = 'ready'
        GROUP BY o.id, i.delivery_group
        HAVING NOT EXISTS (SELECT 1 FROM items x WHERE x.order_id = o.id AND x.delivery_group = i.delivery_group
                           AND x.status NOT IN ('ready', 'cancelled'))) q
     JOIN items it ON it.id = q.item_id
     ORDER BY q.window_end, q.order_id",
)
.fetch_all(pool)
.await?)
}

#[derive(sqlx::FromRow)]
pub struct StopRow {
    pub id: i32,
    pub transaction_type: String,
    /// What a return, swap or change brings back.
    pub holding_id: Option<i32>,
    pub service_id: i32,
    pub product_id: Option<i32>,
    pub quantity: i32,
    pub recipient: String,
    pub phone: String,
    pub address_line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub address_addition: String,
    pub note: String,
}

/// The items of one booking with their recipient and address, in order.
pub async fn stops(pool: &SqlitePool, booking_id: i32) -> Result<Vec<StopRow>> {
    Ok(sqlx::query_as(
        "SELECT i.id, i.transaction_type, i.holding_id, i.service_id, i.product_id, i.quantity, r.name AS recipient, r.phone, i.address_line1, i.postal_code, i.city,
                i.country_code, i.address_addition, o.note
         FROM items i JOIN orders o ON o.id = i.order_id JOIN recipients r ON r.id = o.recipient_id
         WHERE i.booking_id = ? ORDER BY i.position",
    )
    .bind(booking_id)
    .fetch_all(pool)
    .await?)
}
