//! Copies of the database (`VACUUM INTO`: one consistent file, even while
//! others write) and what a copy holds, read without writing to it.

use super::{file, health, MIGRATOR};
use crate::i18n::Invalid;
use crate::{Error, Result};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, SqliteConnection, SqliteExecutor};
use std::path::Path;

/// Writes a consistent copy of the database to `target`, which must not
/// exist yet (or be empty).
pub async fn copy_into<'e>(ex: impl SqliteExecutor<'e>, target: &Path) -> Result<()> {
    sqlx::query("VACUUM INTO ?")
        .bind(target.to_string_lossy().to_string())
        .execute(ex)
        .await?;
    Ok(())
}

/// What a database file holds, as a person checks it before restoring it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    pub orders: i64,
    pub items: i64,
    pub customers: i64,
    pub units: i64,
    /// The shop's name in it.
    pub shop_name: String,
    /// The invariants it breaks (empty when it is whole).
    pub broken: Vec<String>,
}

/// Opens `path` to read only: refused as `file::understand` refuses (damaged,
/// newer, not equipflow's), else the connection and how many migrations the
/// file still lacks (an older equipflow's file is brought up to date once opened).
pub async fn open_to_read(path: &Path) -> Result<(SqliteConnection, usize)> {
    if !path.is_file() {
        return Err(Error::invalid(
            "path",
            Invalid::NoFileAt {
                path: path.display().to_string(),
            },
        ));
    }
    if !file::has_content(path)? {
        return Err(file::not_equipflow(path, file::Foreign::Empty));
    }
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await?;
    let pending = file::understand(&mut conn, path, &MIGRATOR).await?;
    Ok((conn, pending))
}

/// Counts what a readable equipflow file holds and checks its invariants
/// (those of this version's tables: not for an older file, `pending` > 0).
pub async fn contents(conn: &mut SqliteConnection, pending: usize) -> Result<Contents> {
    let (orders, items, customers, units): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM items),
                (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM stock_units)",
    )
    .fetch_one(&mut *conn)
    .await?;
    let shop_name: Option<String> =
        sqlx::query_scalar("SELECT value FROM settings WHERE key = 'shop_name'")
            .fetch_optional(&mut *conn)
            .await?;
    Ok(Contents {
        orders,
        items,
        customers,
        units,
        shop_name: shop_name.unwrap_or_default(),
        broken: if pending == 0 {
            health::broken(conn).await?
        } else {
            Vec::new()
        },
    })
}
