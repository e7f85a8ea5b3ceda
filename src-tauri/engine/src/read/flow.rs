//! The flow diagram: how many items took each path today and this week.

use super::board::{column_of, ColumnKey};
use crate::domain::status::Direction;
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
    /// Where the diagram draws each end: the board column, or the intake / exit
    /// for items not yet reviewed / cancelled.
    pub from_node: FlowNode,
    pub to_node: FlowNode,
    pub direction: FlowDirection,
    pub decision_point: Option<String>,
    pub today: i32,
    pub week: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "kind", content = "column")]
pub enum FlowNode {
    Intake,
    Column(ColumnKey),
    Cancelled,
}

impl FlowNode {
    pub fn of(status: ItemStatus) -> FlowNode {
        match status {
            ItemStatus::New => FlowNode::Intake,
            ItemStatus::Cancelled => FlowNode::Cancelled,
            other => FlowNode::Column(column_of(other)),
        }
    }
}

/// The status machine's word for the move: on, back, or out of the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum FlowDirection {
    Forward,
    Back,
    Exit,
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
            let (from, to) = (parse(&from)?, parse(&to)?);
            let direction = match from.direction_to(to) {
                Some(Direction::Back) => FlowDirection::Back,
                Some(Direction::Exit) => FlowDirection::Exit,
                // Created-as events and anything the machine does not list read as forward.
                Some(Direction::Forward) | None => FlowDirection::Forward,
            };
            Ok(FlowEdge {
                from,
                to,
                from_node: FlowNode::of(from),
                to_node: FlowNode::of(to),
                direction,
                decision_point,
                today,
                week,
            })
        })
        .collect::<Result<_>>()?;
    Ok(FlowStats { edges })
}
