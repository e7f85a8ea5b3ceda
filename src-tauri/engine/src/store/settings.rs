use crate::{Error, Result};
use sqlx::SqliteExecutor;

pub async fn get_u32<'e>(ex: impl SqliteExecutor<'e>, key: &str) -> Result<u32> {
    let v: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
        .bind(key)
        .fetch_optional(ex)
        .await?;
    let v = v.ok_or_else(|| Error::Corrupt(format!("setting {key} is missing")))?;
    v.parse()
        .map_err(|_| Error::Corrupt(format!("setting {key} is not a number: {v}")))
}

pub async fn get_text<'e>(ex: impl SqliteExecutor<'e>, key: &str) -> Result<String> {
    let v: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
        .bind(key)
        .fetch_optional(ex)
        .await?;
    v.ok_or_else(|| Error::Corrupt(format!("setting {key} is missing")))
}

pub async fn set<'e>(ex: impl SqliteExecutor<'e>, key: &str, value: &str) -> Result<()> {
    sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(key)
        .bind(value)
        .execute(ex)
        .await?;
    Ok(())
}
