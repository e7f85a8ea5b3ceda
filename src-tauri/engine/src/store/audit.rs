//! The append-only trail of changes to master data (`audit_log`).

use super::Tx;
use crate::Result;
use sqlx::{FromRow, SqliteExecutor};

/// One change: `entity` ("customer", "person", …) `entity_id` was `action`ed
/// ("created", "edited", "archived", "unarchived"), with what changed.
pub async fn append(
    tx: &mut Tx,
    at: &str,
    actor: &str,
    entity: &str,
    entity_id: i32,
    action: &str,
    changes: &[String],
) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(at)
    .bind(actor)
    .bind(entity)
    .bind(entity_id)
    .bind(action)
    .bind(serde_json::to_string(changes)?)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// "field: old → new" for each field that changed.
pub fn changes(fields: &[(&str, String, String)]) -> Vec<String> {
    fields
        .iter()
        .filter(|(_, old, new)| old != new)
        .map(|(f, old, new)| format!("{f}: {old} → {new}"))
        .collect()
}

#[derive(FromRow, Debug, Clone)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_id: i32,
    pub action: String,
    /// JSON array of strings.
    pub changes: String,
}

/// The trail of the given entities, oldest first.
pub async fn for_entity<'e>(
    ex: impl SqliteExecutor<'e>,
    entity: &str,
    entity_id: i32,
) -> Result<Vec<AuditRow>> {
    Ok(sqlx::query_as(
        "SELECT at, actor, entity, entity_id, action, changes FROM audit_log
         WHERE entity = ? AND entity_id = ? ORDER BY id",
    )
    .bind(entity)
    .bind(entity_id)
    .fetch_all(ex)
    .await?)
}

/// The whole trail, oldest first.
pub async fn all<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<AuditRow>> {
    Ok(sqlx::query_as(
        "SELECT at, actor, entity, entity_id, action, changes FROM audit_log ORDER BY id",
    )
    .fetch_all(ex)
    .await?)
}
