//! The flow diagram: every path the status machine allows, with how many
//! items took it today and in the last seven days.

use super::board::{column_of, ColumnKey};
use crate::domain::shop_time::{self, Zone};
use crate::domain::status::Direction;
use crate::domain::ItemStatus;
use crate::store::{events, Db};
use crate::{Error, Result};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// Moves since the shop's midnight.
    pub today: i32,
    /// Moves in the last [`PERIOD_DAYS`] days, today's included.
    pub last_seven_days: i32,
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
    /// Every path the status machine allows, busiest first; a path nobody took
    /// in the period is there with 0, so the diagram always shows the flow.
    pub edges: Vec<FlowEdge>,
}

/// The period the diagram counts: the last seven days, a rolling window that
/// always holds a full week of work (a calendar week is nearly empty on a
/// Monday morning), with today's share (from the shop's midnight) beside it.
pub const PERIOD_DAYS: i64 = 7;

/// How many items took each allowed path today and in the last [`PERIOD_DAYS`] days.
pub async fn flow_stats(db: &Db, now: DateTime<Utc>, zone: Zone) -> Result<FlowStats> {
    let today = shop_time::day_start(shop_time::local_day(now, zone), zone);
    let since = now - Duration::days(PERIOD_DAYS);
    let rows =
        events::transition_counts(db.pool(), &today.to_rfc3339(), &since.to_rfc3339()).await?;
    let parse =
        |s: &str| ItemStatus::parse(s).ok_or_else(|| Error::Corrupt(format!("event status {s}")));
    let mut counts = BTreeMap::new();
    for r in rows {
        counts.insert(
            (parse(&r.from_status)?, parse(&r.to_status)?),
            (r.today, r.period),
        );
    }
    let allowed = ItemStatus::ALL
        .into_iter()
        .flat_map(|from| from.moves().iter().map(move |(to, _)| (from, *to)));
    // Paths the machine does not list (none today) still show what happened.
    let taken: Vec<_> = counts.keys().copied().collect();
    let mut pairs: Vec<(ItemStatus, ItemStatus)> = allowed.collect();
    pairs.extend(
        taken
            .into_iter()
            .filter(|p| !pairs.contains(p))
            .collect::<Vec<_>>(),
    );
    let mut edges: Vec<FlowEdge> = pairs
        .into_iter()
        .map(|(from, to)| {
            let (today, last_seven_days) = counts.get(&(from, to)).copied().unwrap_or((0, 0));
            let direction = match from.direction_to(to) {
                Some(Direction::Back) => FlowDirection::Back,
                Some(Direction::Exit) => FlowDirection::Exit,
                Some(Direction::Forward) | None => FlowDirection::Forward,
            };
            FlowEdge {
                from,
                to,
                from_node: FlowNode::of(from),
                to_node: FlowNode::of(to),
                direction,
                today,
                last_seven_days,
            }
        })
        .collect();
    edges.sort_by_key(|e| std::cmp::Reverse(e.last_seven_days));
    Ok(FlowStats { edges })
}
