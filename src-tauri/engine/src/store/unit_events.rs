//! A stock unit's trail, append-only (SQLite triggers refuse update and delete).

use super::Tx;
use crate::domain::stock::UnitEventKind;
use crate::domain::unit_step::UnitStep;
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor};

/// One step of a unit's trail as written.
pub struct NewUnitEvent<'a> {
    pub unit_id: i32,
    pub kind: UnitEventKind,
    /// Where the unit is kept after this step; `None`: where it is kept now.
    pub location: Option<&'a str>,
    pub order_id: Option<i32>,
    /// What happened, kept as data (`words`) and as its English (`text`).
    pub step: UnitStep,
}

pub async fn append(tx: &mut Tx, e: &NewUnitEvent<'_>, actor: &str, at: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO unit_events (unit_id, at, actor, kind, location, order_id, text, words)
         VALUES (?1, ?2, ?3, ?4, COALESCE(?5, (SELECT location FROM stock_units WHERE id = ?1)), ?6, ?7, ?8)",
    )
    .bind(e.unit_id)
    .bind(at)
    .bind(actor)
    .bind(e.kind.as_str())
    .bind(e.location)
    .bind(e.order_id)
    .bind(e.step.sentence())
    .bind(e.step.to_json())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(FromRow, Debug, Clone)]
pub struct UnitEventRow {
    pub id: i64,
    pub unit_id: i32,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub location: String,
    pub order_id: Option<i32>,
    /// The English sentence, as written.
    pub text: String,
    /// The step as data (`UnitStep`); `None` for a step written before it was kept.
    pub words: Option<String>,
}

impl UnitEventRow {
    pub fn typed_kind(&self) -> Result<UnitEventKind> {
        UnitEventKind::parse(&self.kind)
            .ok_or_else(|| Error::Corrupt(format!("unit event {}: kind {}", self.id, self.kind)))
    }
}

/// A unit's trail, oldest first.
pub async fn for_unit<'e>(ex: impl SqliteExecutor<'e>, unit_id: i32) -> Result<Vec<UnitEventRow>> {
    Ok(sqlx::query_as::<_, UnitEventRow>(
        "SELECT id, unit_id, at, actor, kind, location, order_id, text, words
         FROM unit_events WHERE unit_id = ? ORDER BY id",
    )
    .bind(unit_id)
    .fetch_all(ex)
    .await?)
}
