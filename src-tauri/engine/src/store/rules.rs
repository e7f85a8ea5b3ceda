use crate::domain::rules::{default_rules, Combinator, Rule, RuleAction, RuleSpec};
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor, SqlitePool};

#[derive(FromRow)]
pub struct RuleRow {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub enabled: bool,
    pub combinator: String,
    pub conditions: String,
    pub action: String,
    pub version: i32,
}

impl TryFrom<RuleRow> for Rule {
    type Error = Error;
    fn try_from(r: RuleRow) -> Result<Rule> {
        Ok(Rule {
            id: r.id,
            spec: RuleSpec {
                name: r.name,
                description: r.description,
                enabled: r.enabled,
                combinator: serde_json::from_value(serde_json::Value::String(r.combinator))?,
                conditions: serde_json::from_str(&r.conditions)?,
                action: serde_json::from_value(serde_json::Value::String(r.action))?,
            },
        })
    }
}

fn key<T: serde::Serialize>(v: T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("unit enum serialises to a string, got {other:?}"),
    }
}

pub fn combinator_key(c: Combinator) -> String {
    key(c)
}
pub fn action_key(a: RuleAction) -> String {
    key(a)
}

pub async fn list<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<Rule>> {
    sqlx::query_as::<_, RuleRow>("SELECT * FROM rules ORDER BY id")
        .fetch_all(ex)
        .await?
        .into_iter()
        .map(Rule::try_from)
        .collect()
}

pub async fn list_rows<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<RuleRow>> {
    Ok(
        sqlx::query_as::<_, RuleRow>("SELECT * FROM rules ORDER BY id")
            .fetch_all(ex)
            .await?,
    )
}

pub async fn get_row<'e>(ex: impl SqliteExecutor<'e>, id: i32) -> Result<RuleRow> {
    sqlx::query_as::<_, RuleRow>("SELECT * FROM rules WHERE id = ?")
        .bind(id)
        .fetch_optional(ex)
        .await?
        .ok_or_else(|| Error::not_found("rule", id))
}

pub async fn insert<'e>(ex: impl SqliteExecutor<'e>, spec: &RuleSpec, now: &str) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO rules (name, description, enabled, combinator, conditions, action, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&spec.name)
    .bind(&spec.description)
    .bind(spec.enabled)
    .bind(combinator_key(spec.combinator))
    .bind(serde_json::to_string(&spec.conditions)?)
    .bind(action_key(spec.action))
    .bind(now)
    .fetch_one(ex)
    .await?)
}

/// Updates a rule if nobody changed it since `expected_version`.
pub async fn update<'e>(
    ex: impl SqliteExecutor<'e>,
    id: i32,
    expected_version: i32,
    spec: &RuleSpec,
    now: &str,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE rules SET name = ?, description = ?, enabled = ?, combinator = ?, conditions = ?, action = ?,
            updated_at = ?, version = version + 1
         WHERE id = ? AND version = ?",
    )
    .bind(&spec.name)
    .bind(&spec.description)
    .bind(spec.enabled)
    .bind(combinator_key(spec.combinator))
    .bind(serde_json::to_string(&spec.conditions)?)
    .bind(action_key(spec.action))
    .bind(now)
    .bind(id)
    .bind(expected_version)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A new database starts with the default rules; a user who later deletes or
/// disables them keeps that choice.
pub async fn seed_defaults_once(pool: &SqlitePool) -> Result<()> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let seeded: Option<String> =
        sqlx::query_scalar("SELECT value FROM settings WHERE key = 'default_rules_seeded'")
            .fetch_optional(&mut *tx)
            .await?;
    if seeded.is_none() {
        let now = chrono::Utc::now().to_rfc3339();
        for spec in default_rules() {
            insert(&mut *tx, &spec, &now).await?;
        }
        super::settings::set(&mut *tx, "default_rules_seeded", "1").await?;
    }
    tx.commit().await?;
    Ok(())
}
