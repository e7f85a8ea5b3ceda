//! The flow diagram: how many items took each path today and this week.

use crate::domain::ItemStatus;
use crate::{Error, Result};
use chrono::{DateTime, Datelike, Duration, Utc};
use serde::Serialize;
use sqlx::SqlitePool;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FlowEdge {
    pub from: ItemStatus,
    pub to: ItemStatus,
    pub decision_point: Option<String>,
    pub today: i32,
    pub week: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FlowStats {
    pub edges: Vec<FlowEdge>,
}

/// Transitions since the start of the ISO week of `now`, split off today's (UTC days).
pub async fn flow_stats(pool: &SqlitePool, now: DateTime<Utc>) -> Result<FlowStats> {
    let today = now
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc();
    let week = today - Duration::days(now.weekday().num_days_from_monday() as i64);
    let rows: Vec<(String, String, Option<String>, i32, i32)> = sqlx::query_as(
        "SELECT from_status, to_status, decision_point, SUM(at >= ?), COUNT(*)
         FROM events WHERE kind = 'transition' AND at >= ?
         GROUP BY from_status, to_status, decision_point ORDER BY COUNT(*) DESC",
    )
    .bind(today.to_rfc3339())
    .bind(week.to_rfc3339())
    .fetch_all(pool)
    .await?;
    let parse =
        |s: &str| ItemStatus::parse(s).ok_or_else(|| Error::Corrupt(format!("event status {s}")));
    let edges = rows
        .into_iter()
        .map(|(from, to, decision_point, today, week)| {
            Ok(FlowEdge {
                from: parse(&from)?,
                to: parse(&to)?,
                decision_point,
                today,
                week,
            })
        })
        .collect::<Result<_>>()?;
    Ok(FlowStats { edges })
}
