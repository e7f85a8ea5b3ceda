//! The append-only trail of changes to master data (`audit_log`).

use super::Tx;
use crate::domain::change::Change;
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
    let e = Entry {
        at,
        actor,
        entity,
        entity_id,
        action,
    };
    insert(tx, &e, changes, None).await
}

/// One change as [`append`] writes it, each field kept as data beside its
/// English line, so the trail reads in the desk's language.
pub async fn append_changes(tx: &mut Tx, e: &Entry<'_>, changes: &[Change]) -> Result<()> {
    let lines: Vec<String> = changes.iter().map(Change::sentence).collect();
    insert(tx, e, &lines, Some(Change::to_json(changes))).await
}

/// Who changed which entity when, and how.
pub struct Entry<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub entity: &'a str,
    pub entity_id: i32,
    pub action: &'a str,
}

async fn insert(tx: &mut Tx, e: &Entry<'_>, lines: &[String], words: Option<String>) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor, entity, entity_id, action, changes, words)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(e.at)
    .bind(e.actor)
    .bind(e.entity)
    .bind(e.entity_id)
    .bind(e.action)
    .bind(serde_json::to_string(lines)?)
    .bind(words)
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
    /// JSON array of strings, the English lines.
    pub changes: String,
    /// The changes as data (`Change`); `None` for an entry written without them.
    pub words: Option<String>,
}

/// The trail of the given entities, oldest first.
pub async fn for_entity<'e>(
    ex: impl SqliteExecutor<'e>,
    entity: &str,
    entity_id: i32,
) -> Result<Vec<AuditRow>> {
    Ok(sqlx::query_as(
        "SELECT at, actor, entity, entity_id, action, changes, words FROM audit_log
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
        "SELECT at, actor, entity, entity_id, action, changes, words FROM audit_log ORDER BY id",
    )
    .fetch_all(ex)
    .await?)
}
