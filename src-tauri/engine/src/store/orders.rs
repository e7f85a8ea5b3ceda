//! Orders, and the customer facts an order's rules and checks read.

use super::items::status_keys;
use super::Tx;
use crate::domain::ItemStatus;
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor};

#[derive(FromRow, Debug, Clone)]
pub struct CustomerRow {
    pub id: i32,
    pub name: String,
    pub is_new: bool,
    pub flagged: bool,
    /// Archived: kept for history, never ordered for.
    pub archived: bool,
}

pub async fn customer(tx: &mut Tx, id: i32) -> Result<CustomerRow> {
    sqlx::query_as::<_, CustomerRow>(
        "SELECT id, name, is_new, flagged, archived FROM customers WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or_else(|| Error::not_found("customer", id))
}

/// A recipient as an order checks it: (customer id, name, archived), if it exists.
pub async fn recipient(tx: &mut Tx, recipient_id: i32) -> Result<Option<(i32, String, bool)>> {
    Ok(
        sqlx::query_as("SELECT customer_id, name, archived FROM recipients WHERE id = ?")
            .bind(recipient_id)
            .fetch_optional(&mut **tx)
            .await?,
    )
}

/// Services the customer already has (delivered or completed, not cancelled).
pub async fn services_held(tx: &mut Tx, customer_id: i32) -> Result<Vec<i32>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT i.service_id FROM items i JOIN orders o ON o.id = i.order_id
         WHERE o.customer_id = ? AND i.status IN ('delivered', 'completed')",
    )
    .bind(customer_id)
    .fetch_all(&mut **tx)
    .await?)
}

/// Inserts an order with the next number after the shop's prefix (EF-000123); returns (id, number).
pub async fn insert(
    tx: &mut Tx,
    customer_id: i32,
    recipient_id: i32,
    note: &str,
    now: &str,
) -> Result<(i32, String)> {
    let next: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM orders")
        .fetch_one(&mut **tx)
        .await?;
    let prefix = super::settings::get_text(&mut **tx, "order_prefix").await?;
    let number = crate::domain::settings::order_number(&prefix, next);
    let id = sqlx::query_scalar(
        "INSERT INTO orders (number, customer_id, recipient_id, note, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&number)
    .bind(customer_id)
    .bind(recipient_id)
    .bind(note)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok((id, number))
}

#[derive(FromRow, Debug, Clone)]
pub struct OrderRow {
    pub id: i32,
    pub number: String,
    pub customer_id: i32,
    pub recipient_id: i32,
    pub completed_at: Option<String>,
    pub version: i32,
}

pub async fn get(tx: &mut Tx, id: i32) -> Result<OrderRow> {
    sqlx::query_as::<_, OrderRow>("SELECT id, number, customer_id, recipient_id, completed_at, version FROM orders WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or_else(|| Error::not_found("order", id))
}

pub async fn mark_completed(tx: &mut Tx, id: i32, expected_version: i32, now: &str) -> Result<()> {
    let done = sqlx::query(
        "UPDATE orders SET completed_at = ?, version = version + 1 WHERE id = ? AND version = ?",
    )
    .bind(now)
    .bind(id)
    .bind(expected_version)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        let found: i32 = sqlx::query_scalar("SELECT version FROM orders WHERE id = ?")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?;
        return Err(Error::Conflict {
            entity: "order",
            id: id.into(),
            expected: expected_version,
            found,
        });
    }
    Ok(())
}

pub async fn count<'e>(ex: impl SqliteExecutor<'e>) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM orders")
        .fetch_one(ex)
        .await?)
}

/// Orders (id, version) whose every item is delivered or cancelled and none
/// on hold: the ones a person may complete.
pub async fn completable<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, i32)>> {
    let sql = format!(
        "SELECT o.id, o.version FROM orders o WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.order_id = o.id
            AND (i.status NOT IN {} OR i.hold_reason IS NOT NULL))",
        status_keys(|s| matches!(s, ItemStatus::Delivered | ItemStatus::Cancelled))
    );
    Ok(sqlx::query_as(&sql).fetch_all(ex).await?)
}

/// Names order `id` by the reference it had in the file it came from.
pub async fn set_reference(tx: &mut Tx, id: i32, reference: &str) -> Result<()> {
    sqlx::query("UPDATE orders SET reference = ? WHERE id = ?")
        .bind(reference)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Every order's (id, number, reference): what a file's order cell may name.
pub async fn keys<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, String, Option<String>)>> {
    Ok(
        sqlx::query_as("SELECT id, number, reference FROM orders ORDER BY id")
            .fetch_all(ex)
            .await?,
    )
}

/// An order's own line (not one the flow added for a mandatory link) as the
/// open-orders sheet writes it: with its order's customer, person and note.
#[derive(FromRow, Debug, Clone)]
pub struct OrderLine {
    pub order_id: i32,
    /// The order's reference, else its number.
    pub order: String,
    pub completed: bool,
    pub customer: String,
    pub person_name: String,
    pub person_email: String,
    pub note: String,
    pub position: i32,
    pub service: String,
    pub transaction_type: String,
    pub quantity: i32,
    pub requested_specs: String,
    pub window_start: String,
    pub window_end: String,
    pub address_line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub address_addition: String,
    pub status: String,
}

/// Every order's own lines, by order and position.
pub async fn own_lines<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<OrderLine>> {
    Ok(sqlx::query_as(
        "SELECT o.id AS order_id, COALESCE(o.reference, o.number) AS \"order\",
                o.completed_at IS NOT NULL AS completed, c.number AS customer,
                r.name AS person_name, r.email AS person_email, o.note,
                i.position, s.code AS service, i.transaction_type, i.quantity, i.requested_specs,
                i.window_start, i.window_end, i.address_line1, i.postal_code, i.city,
                i.country_code, i.address_addition, i.status
         FROM items i JOIN orders o ON o.id = i.order_id
         JOIN customers c ON c.id = o.customer_id JOIN recipients r ON r.id = o.recipient_id
         JOIN services s ON s.id = i.service_id
         WHERE i.parent_item_id IS NULL
         ORDER BY o.id, i.position",
    )
    .fetch_all(ex)
    .await?)
}
