//! The shop's settings (key → value) and the trail of their changes.

use super::Tx;
use crate::domain::settings::KEYS;
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

/// A setting that may never have been set.
pub async fn get_optional<'e>(ex: impl SqliteExecutor<'e>, key: &str) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
            .bind(key)
            .fetch_optional(ex)
            .await?,
    )
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

/// The settings a person edits, as stored (key, value), in `domain::settings::KEYS` order.
pub async fn shop<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(String, String)>> {
    let keys = KEYS.map(|(k, _, _)| k);
    let rows: Vec<(String, String)> = sqlx::query_as(&format!(
        "SELECT key, value FROM settings WHERE key IN ({})",
        vec!["?"; keys.len()].join(", ")
    ))
    .bind(keys[0])
    .bind(keys[1])
    .bind(keys[2])
    .bind(keys[3])
    .bind(keys[4])
    .bind(keys[5])
    .fetch_all(ex)
    .await?;
    keys.iter()
        .map(|k| {
            rows.iter()
                .find(|(key, _)| key == k)
                .cloned()
                .ok_or_else(|| Error::Corrupt(format!("setting {k} is missing")))
        })
        .collect()
}

/// The version every change of the shop's settings bumps.
pub async fn version<'e>(ex: impl SqliteExecutor<'e>) -> Result<i32> {
    Ok(get_u32(ex, VERSION).await? as i32)
}

const VERSION: &str = "settings_version";

/// Writes `entries` (key, value) where they differ from what is stored, with
/// one entry in the audit trail naming each change, and bumps the version;
/// how many changed.
pub async fn change(
    tx: &mut Tx,
    entries: &[(&'static str, String)],
    actor: &str,
    at: &str,
) -> Result<usize> {
    let stored = shop(&mut **tx).await?;
    let mut edits = Vec::new();
    for (key, value) in entries {
        let old = stored
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        if old != *value {
            set(&mut **tx, key, value).await?;
            let field = KEYS
                .iter()
                .find(|(k, _, _)| k == key)
                .map_or(*key, |(_, f, _)| f);
            edits.push((field, old, value.clone()));
        }
    }
    if !edits.is_empty() {
        let what = super::audit::changes(&edits);
        super::audit::append(tx, at, actor, AUDIT_ENTITY, 1, "edited", &what).await?;
        sqlx::query(
            "UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'settings_version'",
        )
        .execute(&mut **tx)
        .await?;
    }
    Ok(edits.len())
}

/// The settings' entity in the audit trail.
pub const AUDIT_ENTITY: &str = "settings";
