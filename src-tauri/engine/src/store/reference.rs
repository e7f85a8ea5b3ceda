//! What the forms offer: customers with their addresses, and recipients;
//! never what is archived (history still reads it, a new order cannot choose it).

use crate::Result;
use sqlx::{FromRow, SqliteExecutor};

/// Every customer not archived as (id, name), by name.
pub async fn customers<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, String)>> {
    Ok(
        sqlx::query_as("SELECT id, name FROM customers WHERE NOT archived ORDER BY name")
            .fetch_all(ex)
            .await?,
    )
}

/// An address an order can go to.
#[derive(FromRow)]
pub struct AddressRow {
    pub id: i32,
    pub customer_id: i32,
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub addition: String,
}

/// Every address not archived, each customer's in the order they were added.
pub async fn addresses<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<AddressRow>> {
    Ok(sqlx::query_as(
        "SELECT id, customer_id, line1, postal_code, city, country_code, addition
         FROM addresses WHERE NOT archived ORDER BY customer_id, id",
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
