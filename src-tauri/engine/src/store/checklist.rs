//! What a new shop has entered so far, counted in one query: only what is
//! in use (an archived service, product, customer or person, a retired unit
//! does not make a step done).

use crate::domain::resource::ResourceKind;
use crate::domain::stock::UnitState;
use crate::Result;
use sqlx::{FromRow, SqliteExecutor};

#[derive(FromRow, Debug, Clone, Copy)]
pub struct Counts {
    pub products: i64,
    pub services: i64,
    pub stock_units: i64,
    pub customers: i64,
    pub people: i64,
    pub vans: i64,
}

pub async fn counts<'e>(ex: impl SqliteExecutor<'e>) -> Result<Counts> {
    Ok(sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM products WHERE NOT archived) AS products,
                (SELECT COUNT(*) FROM services WHERE NOT archived) AS services,
                (SELECT COUNT(*) FROM stock_units WHERE state <> ?) AS stock_units,
                (SELECT COUNT(*) FROM customers WHERE NOT archived) AS customers,
                (SELECT COUNT(*) FROM resources WHERE kind <> ?) AS people,
                (SELECT COUNT(*) FROM resources WHERE kind = ?) AS vans",
    )
    .bind(UnitState::Retired.as_str())
    .bind(ResourceKind::Van.as_str())
    .bind(ResourceKind::Van.as_str())
    .fetch_one(ex)
    .await?)
}
