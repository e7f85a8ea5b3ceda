//! What the forms offer: customers with their first address, and recipients;
//! never what is archived (history still reads it, a new order cannot choose it).

use crate::Result;
use sqlx::{FromRow, SqliteExecutor};

/// A customer with its first address, if it has one.
#[derive(FromRow)]
pub struct CustomerRow {
    pub id: i32,
    pub name: String,
    pub line1: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub country_code: Option<String>,
}

/// Every customer not archived with its first address not archived, by name.
pub async fn customers<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<CustomerRow>> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.name, a.line1, a.postal_code, a.city, a.country_code FROM customers c
         LEFT JOIN addresses a ON a.id = (SELECT MIN(id) FROM addresses WHERE customer_id = c.id AND NOT archived)
         WHERE NOT c.archived ORDER BY c.name",
    )
    .fetch_all(ex)
    .await?)
}

/// Every recipient not archived as (id, customer id, name), by name.
pub async fn recipients<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, i32, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, customer_id, name FROM recipients WHERE NOT archived ORDER BY name",
    )
    .fetch_all(ex)
    .await?)
}
