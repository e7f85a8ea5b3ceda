use super::Tx;
use crate::domain::item::EventKind;
use crate::domain::{ItemStatus, Reason, Transition};
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor};

pub async fn append(
    tx: &mut Tx,
    item_id: i32,
    t: &Transition,
    actor: &str,
    at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO events (item_id, at, actor, kind, from_status, to_status, decision_point, reasons,
            reason_kinds, override, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(item_id)
    .bind(at)
    .bind(actor)
    .bind(t.kind.as_str())
    .bind(t.from.as_str())
    .bind(t.to.as_str())
    .bind(t.point.map(|p| p.as_str()))
    .bind(serde_json::to_string(
        &t.reasons.iter().map(Reason::sentence).collect::<Vec<_>>(),
    )?)
    .bind(Reason::to_json(&t.reasons))
    .bind(t.overridden)
    .bind(&t.note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn append_all(
    tx: &mut Tx,
    item_id: i32,
    ts: &[Transition],
    actor: &str,
    at: &str,
) -> Result<()> {
    for t in ts {
        append(tx, item_id, t, actor, at).await?;
    }
    Ok(())
}

#[derive(FromRow, Debug, Clone)]
pub struct EventRow {
    pub id: i64,
    pub item_id: i32,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub from_status: String,
    pub to_status: String,
    pub decision_point: Option<String>,
    /// JSON array of the sentences people read.
    pub reasons: String,
    /// JSON array of the same reasons as kinds and values ([`Reason`]).
    pub reason_kinds: String,
    #[sqlx(rename = "override")]
    pub overridden: bool,
    pub note: Option<String>,
}

impl EventRow {
    /// The kind, from and to as the machine knows them; an unknown key is corruption.
    pub fn typed(&self) -> Result<(EventKind, ItemStatus, ItemStatus)> {
        let corrupt = |what: &str| Error::Corrupt(format!("event {}: {what}", self.id));
        Ok((
            EventKind::parse(&self.kind).ok_or_else(|| corrupt("kind"))?,
            ItemStatus::parse(&self.from_status).ok_or_else(|| corrupt("from status"))?,
            ItemStatus::parse(&self.to_status).ok_or_else(|| corrupt("to status"))?,
        ))
    }
}

pub async fn for_item<'e>(ex: impl SqliteExecutor<'e>, item_id: i32) -> Result<Vec<EventRow>> {
    Ok(
        sqlx::query_as::<_, EventRow>("SELECT * FROM events WHERE item_id = ? ORDER BY id")
            .bind(item_id)
            .fetch_all(ex)
            .await?,
    )
}

/// The last event's id, 0 before the first: the cursor a board includes.
pub async fn last_id<'e>(ex: impl SqliteExecutor<'e>) -> Result<i32> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM events")
            .fetch_one(ex)
            .await?,
    )
}

/// How many items moved from one status to another since `since`, and how
/// many of those since `today` (both RFC 3339).
#[derive(FromRow)]
pub struct TransitionCountRow {
    pub from_status: String,
    pub to_status: String,
    pub today: i32,
    pub period: i32,
}

pub async fn transition_counts<'e>(
    ex: impl SqliteExecutor<'e>,
    today: &str,
    since: &str,
) -> Result<Vec<TransitionCountRow>> {
    Ok(sqlx::query_as(
        "SELECT from_status, to_status, SUM(at >= ?) AS today, COUNT(*) AS period
         FROM events WHERE kind = ? AND at >= ?
         GROUP BY from_status, to_status",
    )
    .bind(today)
    .bind(EventKind::Transition.as_str())
    .bind(since)
    .fetch_all(ex)
    .await?)
}
