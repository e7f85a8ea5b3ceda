//! What a new shop has entered so far, counted in one query.

use crate::domain::resource::ResourceKind;
use crate::Result;
use sqlx::{FromRow, SqliteExecutor};

#[derive(FromRow, Debug, Clone, Copy)]
pub struct Counts {
    pub services: i64,
    pub products: i64,
    pub stock_units: i64,
    pub customers: i64,
    pub people: i64,
    pub vans: i64,
}

pub async fn counts<'e>(ex: impl SqliteExecutor<'e>) -> Result<Counts> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM services) AS services,
                (SELECT COUNT(*) FROM products) AS products,
                (SELECT COUNT(*) FROM stock_units) AS stock_units,
                (SELECT COUNT(*) FROM customers) AS customers,
                (SELECT COUNT(*) FROM resources WHERE kind <> ?) AS people,
                (SELECT COUNT(*) FROM resources WHERE kind = ?) AS vans",
    )
    .bind(ResourceKind::Van.as_str())
    .bind(ResourceKind::Van.as_str())
    .fetch_one(ex)
    .await?)
}
