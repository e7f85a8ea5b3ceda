//! Reports on how the work flows, computed from the audit trail: open work
//! now, the cumulative flow, time in each decision point and lead time,
//! deliveries on time, and how busy each resource was. Days are the shop's
//! (`Zone`); a period is a run of whole shop days, both ends included.

use super::board::{column_heading, column_of, item_title, ColumnKey};
use crate::domain::item::EventKind;
use crate::domain::shop_time::{self, Zone};
use crate::domain::{dates, HoldKind, ItemStatus};
use crate::i18n::{Invalid, Lang};
use crate::store::reports::{self as rows, TrailRow};
use crate::store::{resources, Db};
use crate::{Error, Result};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

mod due_back;
pub use due_back::{due_back, CustomerDue, DueBack, DueHolding};

/// The longest period a report covers: a year and a day.
pub const PERIOD_MAX_DAYS: i64 = 366;

/// Shop days `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// Parses a period as a person picked it: two ISO dates, in order, at most
    /// [`PERIOD_MAX_DAYS`] long.
    pub fn parse(from: &str, to: &str) -> Result<Period> {
        let (from, to) = (
            dates::parse_date("from", from)?,
            dates::parse_date("to", to)?,
        );
        if to < from {
            return Err(Error::invalid("to", Invalid::NotOnOrAfter { from, to }));
        }
        if (to - from).num_days() + 1 > PERIOD_MAX_DAYS {
            return Err(Error::invalid(
                "to",
                Invalid::ReportTooLong {
                    max: PERIOD_MAX_DAYS,
                },
            ));
        }
        Ok(Period { from, to })
    }

    fn days(self) -> impl Iterator<Item = NaiveDate> {
        self.from.iter_days().take_while(move |d| *d <= self.to)
    }

    /// `[start, end)` as UTC instants.
    fn bounds(self, zone: Zone) -> (String, String) {
        (
            shop_time::day_start(self.from, zone).to_rfc3339(),
            shop_time::day_start(self.to + Duration::days(1), zone).to_rfc3339(),
        )
    }
}

/// A stretch of time as a number to draw and the words to read.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TimeSpan {
    pub minutes: i32,
    /// Hours, to one decimal: what a chart's axis draws.
    pub hours: f64,
    pub text: String,
}

impl TimeSpan {
    /// `minutes` in `lang`'s words: "5 d 4 h".
    pub fn of_minutes(minutes: i64, lang: Lang) -> TimeSpan {
        TimeSpan {
            minutes: minutes as i32,
            hours: (minutes as f64 / 6.0).round() / 10.0,
            text: lang.time_span(minutes),
        }
    }
}

fn parse_at(s: &str) -> Result<DateTime<Utc>> {
    s.parse()
        .map_err(|_| Error::Corrupt(format!("event time {s}")))
}

fn parse_status(s: &str) -> Result<ItemStatus> {
    ItemStatus::parse(s).ok_or_else(|| Error::Corrupt(format!("status {s}")))
}

/// The board's columns an item can be open in, in the board's order.
const OPEN_COLUMNS: [ColumnKey; 8] = [
    ColumnKey::Approval,
    ColumnKey::Assignment,
    ColumnKey::Preparation,
    ColumnKey::DeliveryQueue,
    ColumnKey::Scheduled,
    ColumnKey::InDelivery,
    ColumnKey::CheckIn,
    ColumnKey::ReadyToComplete,
];

fn open_index(key: ColumnKey) -> Option<usize> {
    OPEN_COLUMNS.iter().position(|k| *k == key)
}

/// Items behind a number: the UI opens them on a click.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Count {
    pub count: i32,
    pub item_ids: Vec<i32>,
}

impl Count {
    fn of(item_ids: Vec<i32>) -> Count {
        Count {
            count: item_ids.len() as i32,
            item_ids,
        }
    }

    fn push(&mut self, item_id: i32) {
        self.item_ids.push(item_id);
        self.count += 1;
    }
}

// ---------------------------------------------------------------- open work

/// How long an open item has been where it is, in the buckets the report
/// draws: the days each bucket ends at (its words: [`Lang::age_buckets`]).
pub const AGE_BUCKETS: [i64; 4] = [1, 3, 7, i64::MAX];

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OpenColumn {
    pub key: ColumnKey,
    pub decision_point: String,
    pub title: String,
    pub total: i32,
    /// One per [`AGE_BUCKETS`], in that order.
    pub by_age: Vec<Count>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HoldCount {
    pub kind: HoldKind,
    pub label: String,
    pub items: Count,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct WaitingApproval {
    pub item: ReportItem,
    pub waiting: TimeSpan,
}

/// An item as people know it: its order's number and what its card shows.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportItem {
    pub item_id: i32,
    pub order_number: String,
    /// Its place in its order (the "/2" of "EF-000012/2"), which tells two
    /// items of one order with the same title apart.
    pub position: i32,
    pub title: String,
}

/// The most items a list behind a number names at once.
pub const ITEMS_MAX: usize = 200;

/// The items `ids` names, in that order, as people know them; unknown ids are
/// left out. At most [`ITEMS_MAX`].
pub async fn named_items(db: &Db, ids: &[i32]) -> Result<Vec<ReportItem>> {
    if ids.len() > ITEMS_MAX {
        return Err(Error::invalid(
            "itemIds",
            Invalid::AtMostAtOnce {
                n: ids.len(),
                max: ITEMS_MAX,
            },
        ));
    }
    let snap = db.snapshot().await?;
    rows::item_labels(db.pool(), &serde_json::to_string(ids)?)
        .await?
        .into_iter()
        .map(|r| {
            let specs = crate::domain::catalog::Specs::from_json(&r.requested_specs)?;
            Ok(ReportItem {
                item_id: r.id,
                order_number: r.order_number,
                position: r.position,
                title: item_title(&snap, r.service_id, r.product_id, &specs)?,
            })
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OpenWork {
    pub age_buckets: Vec<String>,
    pub columns: Vec<OpenColumn>,
    /// Every kind of hold, with 0 where none is held.
    pub holds: Vec<HoldCount>,
    /// Longest waiting first (at one instant, in the order they came), at
    /// most [`APPROVALS_SHOWN`]; every one waiting is in its column's count.
    pub approvals: Vec<WaitingApproval>,
}

/// The approvals waiting that the report names.
pub const APPROVALS_SHOWN: usize = 8;

/// The open items now, by decision point and how long they have been at
/// their status; the holds; the approvals waiting.
pub async fn open_work(db: &Db, now: DateTime<Utc>) -> Result<OpenWork> {
    // A bucket ends where its days back from now end: an item is in the
    // first bucket whose bound its last status change is after.
    let bounds: Vec<String> = AGE_BUCKETS[..AGE_BUCKETS.len() - 1]
        .iter()
        .map(|days| (now - Duration::days(*days)).to_rfc3339())
        .collect();
    let mut by_column = vec![vec![Vec::new(); AGE_BUCKETS.len()]; OPEN_COLUMNS.len()];
    let mut holds = vec![Vec::new(); HoldKind::ALL.len()];
    for g in rows::open_groups(db.pool(), &bounds).await? {
        let status = parse_status(&g.status)?;
        let col = open_index(column_of(status)).expect("an open item is in an open column");
        by_column[col][g.bucket].extend(&g.item_ids);
        if let Some(k) = g.hold_kind.as_deref() {
            let kind =
                HoldKind::parse(k).ok_or_else(|| Error::Corrupt(format!("hold kind {k}")))?;
            holds[HoldKind::ALL.iter().position(|k| *k == kind).unwrap()].extend(&g.item_ids);
        }
    }
    for ids in by_column.iter_mut().flatten().chain(holds.iter_mut()) {
        ids.sort_unstable();
    }
    let approvals = rows::oldest_approvals(db.pool(), APPROVALS_SHOWN as i64)
        .await?
        .into_iter()
        .map(|(id, since)| Ok((id, (now - parse_at(&since)?).num_minutes().max(0))))
        .collect::<Result<Vec<_>>>()?;
    let ids: Vec<i32> = approvals.iter().map(|(id, _)| *id).collect();
    let mut named: BTreeMap<i32, ReportItem> = named_items(db, &ids)
        .await?
        .into_iter()
        .map(|i| (i.item_id, i))
        .collect();
    let approvals = approvals
        .into_iter()
        .filter_map(|(id, age)| {
            Some(WaitingApproval {
                item: named.remove(&id)?,
                waiting: TimeSpan::of_minutes(age, db.lang()),
            })
        })
        .collect();
    Ok(OpenWork {
        age_buckets: db.lang().age_buckets().map(String::from).to_vec(),
        columns: OPEN_COLUMNS
            .iter()
            .zip(by_column)
            .map(|(key, buckets)| {
                let (point, title) = column_heading(*key, db.lang());
                OpenColumn {
                    key: *key,
                    decision_point: point.into(),
                    title: title.into(),
                    total: buckets.iter().map(Vec::len).sum::<usize>() as i32,
                    by_age: buckets.into_iter().map(Count::of).collect(),
                }
            })
            .collect(),
        holds: HoldKind::ALL
            .iter()
            .copied()
            .zip(holds)
            .map(|(kind, ids)| HoldCount {
                kind,
                label: db.lang().hold_kind(kind).into(),
                items: Count::of(ids),
            })
            .collect(),
        approvals,
    })
}

// ---------------------------------------------------------- cumulative flow

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FlowBand {
    /// A board column's key, or "completed".
    pub key: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FlowDay {
    pub date: String,
    pub label: String,
    /// One per band, in the bands' order.
    pub counts: Vec<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CumulativeFlow {
    /// The open columns in the board's order, then the items completed since
    /// the period began.
    pub bands: Vec<FlowBand>,
    pub days: Vec<FlowDay>,
}

/// How many items were in each decision point at the end of each shop day of
/// the period (a day not over yet: now), and how many were completed since
/// the period began. Walks back from today's counts through the trail's
/// status changes, so the last day is the board's.
pub async fn cumulative_flow(db: &Db, period: Period, zone: Zone) -> Result<CumulativeFlow> {
    let pool = db.pool();
    let status_index = |s: ItemStatus| ItemStatus::ALL.iter().position(|x| *x == s).unwrap();
    let mut counts = [0i64; ItemStatus::ALL.len()];
    for (s, n) in rows::status_counts(pool).await? {
        counts[status_index(parse_status(&s)?)] = n;
    }
    // Stretch i is the period's day i; the last stretch runs from the period's
    // end to now (and beyond, so nothing written after `now` is missed).
    let days: Vec<NaiveDate> = period.days().collect();
    let mut bounds: Vec<(String, String)> = days
        .iter()
        .map(|d| {
            (
                shop_time::day_start(*d, zone).to_rfc3339(),
                shop_time::day_start(*d + Duration::days(1), zone).to_rfc3339(),
            )
        })
        .collect();
    bounds.push((period.bounds(zone).1, "9999".into()));
    let mut moves = vec![[0i64; ItemStatus::ALL.len()]; bounds.len()];
    let mut completions = vec![0i64; days.len()];
    for r in rows::move_counts(pool, &serde_json::to_string(&bounds)?).await? {
        let status = parse_status(&r.status)?;
        moves[r.stretch][status_index(status)] += r.entered - r.exited;
        // Nothing is submitted completed: every entry is a completion.
        if status == ItemStatus::Completed && r.stretch < days.len() {
            completions[r.stretch] += r.entered;
        }
    }
    // Counts at the end of day i = counts now − what moved after it.
    let mut at_end = vec![[0i64; ItemStatus::ALL.len()]; days.len()];
    for i in (0..days.len()).rev() {
        for (c, d) in counts.iter_mut().zip(moves[i + 1]) {
            *c -= d;
        }
        at_end[i] = counts;
    }
    let mut done = 0;
    let out_days = days
        .iter()
        .zip(at_end)
        .zip(completions)
        .map(|((d, end), completed)| {
            let mut bands = vec![0i32; OPEN_COLUMNS.len() + 1];
            for (s, n) in ItemStatus::ALL.iter().zip(end) {
                if let Some(i) = open_index(column_of(*s)).filter(|_| s.is_open()) {
                    bands[i] += n as i32;
                }
            }
            done += completed as i32;
            bands[OPEN_COLUMNS.len()] = done;
            FlowDay {
                date: d.to_string(),
                label: db.lang().day(*d),
                counts: bands,
            }
        })
        .collect();
    let mut bands: Vec<FlowBand> = OPEN_COLUMNS
        .iter()
        .map(|k| FlowBand {
            key: column_key_str(*k).into(),
            title: column_heading(*k, db.lang()).1.into(),
        })
        .collect();
    bands.push(FlowBand {
        key: "completed".into(),
        title: db.lang().report_word(ReportWord::CompletedInPeriod).into(),
    });
    Ok(CumulativeFlow {
        bands,
        days: out_days,
    })
}

fn column_key_str(k: ColumnKey) -> &'static str {
    match k {
        ColumnKey::Approval => "approval",
        ColumnKey::Assignment => "assignment",
        ColumnKey::Preparation => "preparation",
        ColumnKey::DeliveryQueue => "delivery_queue",
        ColumnKey::Scheduled => "scheduled",
        ColumnKey::InDelivery => "in_delivery",
        ColumnKey::CheckIn => "check_in",
        ColumnKey::ReadyToComplete => "ready_to_complete",
        ColumnKey::Done => "done",
    }
}

// ------------------------------------------------ lead time and on time

/// A slow item behind a figure.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SlowItem {
    pub item_id: i32,
    pub order_number: String,
    pub took: TimeSpan,
}

/// Median and 85th percentile (nearest rank: the smallest time that many of
/// the items took at most) and the slowest items.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TimeStat {
    pub key: String,
    pub label: String,
    /// What a chart's axis draws: a decision point's "D3", else the label.
    pub short_label: String,
    pub items: Count,
    pub median: Option<TimeSpan>,
    pub p85: Option<TimeSpan>,
    /// Slowest first, at most [`SLOWEST`].
    pub slowest: Vec<SlowItem>,
}

pub const SLOWEST: usize = 5;

fn nearest_rank(sorted: &[i64], percent: i64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (sorted.len() as i64 * percent + 99) / 100;
    Some(sorted[(rank.max(1) - 1) as usize])
}

fn time_stat(key: String, label: String, mut took: Vec<Took>, lang: Lang) -> TimeStat {
    took.sort_by_key(|(id, _, m)| (std::cmp::Reverse(*m), *id));
    let mut minutes: Vec<i64> = took.iter().map(|t| t.2).collect();
    minutes.sort_unstable();
    TimeStat {
        key,
        short_label: label.clone(),
        label,
        median: nearest_rank(&minutes, 50).map(|m| TimeSpan::of_minutes(m, lang)),
        p85: nearest_rank(&minutes, 85).map(|m| TimeSpan::of_minutes(m, lang)),
        slowest: took
            .iter()
            .take(SLOWEST)
            .map(|(id, order, m)| SlowItem {
                item_id: *id,
                order_number: order.to_string(),
                took: TimeSpan::of_minutes(*m, lang),
            })
            .collect(),
        items: Count::of(took.iter().map(|t| t.0).collect()),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LeadTimes {
    /// Submit to delivered, of the items delivered in the period.
    pub to_delivered: TimeStat,
    /// Submit to completed, of the items completed in the period.
    pub to_completed: TimeStat,
    /// Time spent in each decision point by the items delivered in the period.
    pub per_decision_point: Vec<TimeStat>,
    /// Submit to delivered, by service and by customer; busiest first.
    pub per_service: Vec<TimeStat>,
    pub per_customer: Vec<TimeStat>,
}

/// What held up a late delivery, as its trail tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum LateCause {
    WaitedForApproval,
    Shortage,
    HeldByPerson,
    FailedDelivery,
    Rescheduled,
    /// Nothing in the trail stands out: the work took longer than the window.
    NoneInTrail,
}

impl LateCause {
    pub const ALL: [LateCause; 6] = [
        LateCause::WaitedForApproval,
        LateCause::Shortage,
        LateCause::HeldByPerson,
        LateCause::FailedDelivery,
        LateCause::Rescheduled,
        LateCause::NoneInTrail,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LateReason {
    pub cause: LateCause,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LateDelivery {
    pub item_id: i32,
    pub order_number: String,
    pub customer: String,
    pub window_end: String,
    pub delivered_on: String,
    pub days_late: i32,
    pub reasons: Vec<LateReason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OnTime {
    /// Delivered in the period.
    pub delivered: Count,
    /// Delivered on a day inside the recipient's window.
    pub on_time: Count,
    pub early: Count,
    pub late: Count,
    /// Whole percent of the delivered items that came on time; `None` when none was delivered.
    pub on_time_percent: Option<i32>,
    /// Latest first.
    pub late_items: Vec<LateDelivery>,
}

/// What one ordered pass over a finished item's trail found: when it was
/// submitted, first delivered and first completed, and, up to its delivery,
/// its stays in each open column and what held it up.
struct Walked<'a> {
    row: &'a rows::FinishedItemRow,
    submitted: Option<DateTime<Utc>>,
    delivered: Option<DateTime<Utc>>,
    completed: Option<DateTime<Utc>>,
    /// Minutes in each open column before the delivery, by the column's
    /// index; `None` where the item never was.
    stays: [Option<i64>; OPEN_COLUMNS.len()],
    causes: BTreeSet<LateCause>,
}

impl<'a> Walked<'a> {
    fn walk(row: &'a rows::FinishedItemRow, trail: &[TrailRow]) -> Result<Walked<'a>> {
        let mut w = Walked {
            row,
            submitted: None,
            delivered: None,
            completed: None,
            stays: [None; OPEN_COLUMNS.len()],
            causes: BTreeSet::new(),
        };
        let mut entered: Option<(ItemStatus, DateTime<Utc>)> = None;
        // The stays and causes count what happened until the delivery, and
        // at its very instant; not what came after.
        let mut after_delivery = false;
        for e in trail {
            let at = parse_at(&e.at)?;
            let created = e.kind == EventKind::Created.as_str();
            let transition = e.kind == EventKind::Transition.as_str();
            if created && w.submitted.is_none() {
                w.submitted = Some(at);
            }
            after_delivery = after_delivery || w.delivered.is_some_and(|d| at > d);
            if !after_delivery {
                if created || transition {
                    if let Some((status, since)) = entered {
                        if let Some(i) = open_index(column_of(status)) {
                            *w.stays[i].get_or_insert(0) += (at - since).num_minutes();
                        }
                    }
                    entered = Some((parse_status(&e.to_status)?, at));
                }
                if let Some(cause) = late_cause(e, transition)? {
                    w.causes.insert(cause);
                }
            }
            if transition && e.to_status == ItemStatus::Delivered.as_str() {
                w.delivered = w.delivered.or(Some(at));
            }
            if transition && e.to_status == ItemStatus::Completed.as_str() {
                w.completed = w.completed.or(Some(at));
            }
        }
        Ok(w)
    }

    fn late_reasons(&self, lang: Lang) -> Vec<LateReason> {
        let none = BTreeSet::from([LateCause::NoneInTrail]);
        let causes = if self.causes.is_empty() {
            &none
        } else {
            &self.causes
        };
        causes
            .iter()
            .map(|&cause| LateReason {
                cause,
                text: lang.late_cause(cause).into(),
            })
            .collect()
    }
}

/// What a step of a trail says held an item up, if anything.
fn late_cause(e: &TrailRow, transition: bool) -> Result<Option<LateCause>> {
    if transition && e.to_status == ItemStatus::AwaitingApproval.as_str() {
        return Ok(Some(LateCause::WaitedForApproval));
    }
    if transition
        && e.from_status == ItemStatus::InDelivery.as_str()
        && e.to_status == ItemStatus::Ready.as_str()
    {
        return Ok(Some(LateCause::FailedDelivery));
    }
    if e.kind == EventKind::Reschedule.as_str() {
        return Ok(Some(LateCause::Rescheduled));
    }
    if e.kind == EventKind::Hold.as_str() {
        let kinds: Vec<serde_json::Value> =
            serde_json::from_str(e.reason_kinds.as_deref().unwrap_or("[]"))?;
        if kinds.iter().any(|k| k["kind"] == "shortage") {
            return Ok(Some(LateCause::Shortage));
        }
        if e.actor.as_deref() != Some(crate::usecases::SYSTEM) {
            return Ok(Some(LateCause::HeldByPerson));
        }
    }
    Ok(None)
}

/// The items delivered or completed in the period and their trails, read
/// once for both lead times and on time.
struct FinishedWork {
    items: Vec<rows::FinishedItemRow>,
    trails: Vec<TrailRow>,
}

impl FinishedWork {
    async fn read(db: &Db, period: Period, zone: Zone) -> Result<FinishedWork> {
        let (from, to) = period.bounds(zone);
        let (items, trails) = rows::finished(db.pool(), &from, &to).await?;
        Ok(FinishedWork { items, trails })
    }

    /// Each item walked once, in the items' order (the trails are in the same
    /// order, each item's steps in order).
    fn walk(&self) -> Result<Vec<Walked<'_>>> {
        let mut rest = self.trails.as_slice();
        self.items
            .iter()
            .map(|row| {
                let n = rest.iter().take_while(|e| e.item_id == row.id).count();
                let (trail, tail) = rest.split_at(n);
                rest = tail;
                Walked::walk(row, trail)
            })
            .collect()
    }
}

fn in_period(at: DateTime<Utc>, period: Period, zone: Zone) -> bool {
    let day = shop_time::local_day(at, zone);
    period.from <= day && day <= period.to
}

/// One finished item's time: (item id, order number, minutes).
type Took<'a> = (i32, &'a str, i64);

/// Lead times and the time spent in each decision point, over the items
/// delivered (or completed) in the period.
pub async fn lead_times(db: &Db, period: Period, zone: Zone) -> Result<LeadTimes> {
    let work = FinishedWork::read(db, period, zone).await?;
    lead_times_of(db, &work.walk()?, period, zone).await
}

async fn lead_times_of(
    db: &Db,
    walked: &[Walked<'_>],
    period: Period,
    zone: Zone,
) -> Result<LeadTimes> {
    let snap = db.snapshot().await?;
    let lang = db.lang();
    let mut to_delivered = Vec::new();
    let mut to_completed = Vec::new();
    let mut per_column: Vec<Vec<Took>> = vec![Vec::new(); OPEN_COLUMNS.len()];
    let mut per_service: BTreeMap<i32, Vec<Took>> = BTreeMap::new();
    let mut per_customer: BTreeMap<(i32, &str), Vec<Took>> = BTreeMap::new();
    for w in walked {
        let Some(submitted) = w.submitted else {
            continue;
        };
        let (id, order) = (w.row.id, w.row.order_number.as_str());
        if let Some(at) = w.delivered.filter(|at| in_period(*at, period, zone)) {
            let took = (id, order, (at - submitted).num_minutes());
            to_delivered.push(took);
            per_service.entry(w.row.service_id).or_default().push(took);
            per_customer
                .entry((w.row.customer_id, w.row.customer.as_str()))
                .or_default()
                .push(took);
            for (col, minutes) in w.stays.iter().enumerate() {
                if let Some(m) = minutes {
                    per_column[col].push((id, order, *m));
                }
            }
        }
        if let Some(at) = w.completed.filter(|at| in_period(*at, period, zone)) {
            to_completed.push((id, order, (at - submitted).num_minutes()));
        }
    }
    let busiest_first = |mut v: Vec<TimeStat>| {
        v.sort_by(|a, b| {
            b.items
                .count
                .cmp(&a.items.count)
                .then(a.label.cmp(&b.label))
        });
        v
    };
    Ok(LeadTimes {
        to_delivered: time_stat(
            "delivered".into(),
            lang.report_word(ReportWord::SubmitToDelivered).into(),
            to_delivered,
            lang,
        ),
        to_completed: time_stat(
            "completed".into(),
            lang.report_word(ReportWord::SubmitToCompleted).into(),
            to_completed,
            lang,
        ),
        per_decision_point: OPEN_COLUMNS
            .iter()
            .zip(per_column)
            // Delivered items have not stayed in "ready to complete" yet.
            .filter(|(k, _)| **k != ColumnKey::ReadyToComplete)
            .map(|(k, took)| {
                let (point, title) = column_heading(*k, lang);
                TimeStat {
                    short_label: point.into(),
                    ..time_stat(
                        column_key_str(*k).into(),
                        format!("{point} {title}"),
                        took,
                        lang,
                    )
                }
            })
            .collect(),
        per_service: busiest_first(
            per_service
                .into_iter()
                .map(|(id, took)| {
                    let name = snap.service(id).map(|s| s.name.clone())?;
                    Ok(time_stat(id.to_string(), name, took, lang))
                })
                .collect::<Result<_>>()?,
        ),
        per_customer: busiest_first(
            per_customer
                .into_iter()
                .map(|((id, name), took)| time_stat(id.to_string(), name.into(), took, lang))
                .collect(),
        ),
    })
}

/// The items delivered in the period against their recipients' windows.
pub async fn on_time(db: &Db, period: Period, zone: Zone) -> Result<OnTime> {
    let work = FinishedWork::read(db, period, zone).await?;
    on_time_of(&work.walk()?, period, zone, db.lang())
}

fn on_time_of(walked: &[Walked<'_>], period: Period, zone: Zone, lang: Lang) -> Result<OnTime> {
    let (mut delivered, mut on_time, mut early, mut late) = (vec![], vec![], vec![], vec![]);
    let mut late_items = Vec::new();
    for w in walked {
        let Some(at) = w.delivered.filter(|at| in_period(*at, period, zone)) else {
            continue;
        };
        let day = shop_time::local_day(at, zone);
        let corrupt = |_| Error::Corrupt(format!("item {} window", w.row.id));
        let start: NaiveDate = w.row.window_start.parse().map_err(corrupt)?;
        let end: NaiveDate = w.row.window_end.parse().map_err(corrupt)?;
        delivered.push(w.row.id);
        if day < start {
            early.push(w.row.id);
        } else if day <= end {
            on_time.push(w.row.id);
        } else {
            late.push(w.row.id);
            late_items.push(LateDelivery {
                item_id: w.row.id,
                order_number: w.row.order_number.clone(),
                customer: w.row.customer.clone(),
                window_end: lang.day(end),
                delivered_on: lang.day(day),
                days_late: (day - end).num_days() as i32,
                reasons: w.late_reasons(lang),
            });
        }
    }
    late_items.sort_by_key(|l| (std::cmp::Reverse(l.days_late), l.item_id));
    Ok(OnTime {
        on_time_percent: (!delivered.is_empty())
            .then(|| ((on_time.len() * 100 + delivered.len() / 2) / delivered.len()) as i32),
        delivered: Count::of(delivered),
        on_time: Count::of(on_time),
        early: Count::of(early),
        late: Count::of(late),
        late_items,
    })
}

// -------------------------------------------------------------- utilisation

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayUse {
    pub date: String,
    pub booked: TimeSpan,
    pub working: TimeSpan,
    /// Whole percent of the working time booked; `None` on a day off.
    pub percent: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ResourceUse {
    pub resource_id: i32,
    pub name: String,
    pub kind: String,
    pub booked: TimeSpan,
    pub working: TimeSpan,
    pub percent: Option<i32>,
    /// One per day of the period.
    pub days: Vec<DayUse>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Utilisation {
    pub days: Vec<String>,
    pub day_labels: Vec<String>,
    pub resources: Vec<ResourceUse>,
}

fn percent(part: i64, whole: i64) -> Option<i32> {
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as i32)
}

/// Booked hours against working hours, per resource and shop day. Overtime
/// (a booking outside the hours) counts as booked, so a day can pass 100 %.
pub async fn utilisation(db: &Db, period: Period, zone: Zone) -> Result<Utilisation> {
    let pool = db.pool();
    let lang = db.lang();
    let (from, to) = period.bounds(zone);
    let resources = resources::list(pool).await?;
    let bookings = rows::bookings(pool, &from, &to).await?;
    let days: Vec<NaiveDate> = period.days().collect();
    let mut booked: BTreeMap<(i32, NaiveDate), i64> = BTreeMap::new();
    for b in &bookings {
        let (start, end) = (
            shop_time::local(parse_at(&b.start_at)?, zone),
            shop_time::local(parse_at(&b.end_at)?, zone),
        );
        let mut day = start.date();
        while day <= end.date() {
            let day_start: NaiveDateTime = day.and_time(chrono::NaiveTime::MIN);
            let day_end = day_start + Duration::days(1);
            let minutes = (end.min(day_end) - start.max(day_start)).num_minutes();
            if minutes > 0 && period.from <= day && day <= period.to {
                *booked.entry((b.resource_id, day)).or_insert(0) += minutes;
            }
            day += Duration::days(1);
        }
    }
    let resources = resources
        .into_iter()
        .map(|r| {
            let per_day: Vec<DayUse> = days
                .iter()
                .map(|d| {
                    let works = r.work_days.contains(&d.weekday().number_from_monday())
                        && !r.days_off.contains(d);
                    let working = if works {
                        (r.work_end - r.work_start).num_minutes()
                    } else {
                        0
                    };
                    let b = booked.get(&(r.id, *d)).copied().unwrap_or(0);
                    DayUse {
                        date: d.to_string(),
                        booked: TimeSpan::of_minutes(b, lang),
                        working: TimeSpan::of_minutes(working, lang),
                        percent: percent(b, working),
                    }
                })
                .collect();
            let b: i64 = per_day.iter().map(|d| d.booked.minutes as i64).sum();
            let w: i64 = per_day.iter().map(|d| d.working.minutes as i64).sum();
            ResourceUse {
                resource_id: r.id,
                name: r.name,
                kind: r.kind.as_str().into(),
                booked: TimeSpan::of_minutes(b, lang),
                working: TimeSpan::of_minutes(w, lang),
                percent: percent(b, w),
                days: per_day,
            }
        })
        .collect();
    Ok(Utilisation {
        days: days.iter().map(|d| d.to_string()).collect(),
        day_labels: days.iter().map(|d| lang.day(*d)).collect(),
        resources,
    })
}

// ------------------------------------------------- stock out with customers

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProductUse {
    pub product_id: i32,
    pub sku: String,
    pub name: String,
    /// Units the shop had on some day of the period.
    pub units: i32,
    /// The days the shop had them, added up over the units.
    pub unit_days: i32,
    /// Of those, the days a unit was out with a customer.
    pub out_days: i32,
    /// Whole percent of `unit_days` out; `None` when the shop had no unit.
    pub percent: Option<i32>,
}

/// Days `a..=b` inside the period, or `None` when the run misses it.
fn clip(a: NaiveDate, b: NaiveDate, period: Period) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = (a.max(period.from), b.min(period.to));
    (a <= b).then_some((a, b))
}

fn day_count((a, b): (NaiveDate, NaiveDate)) -> i64 {
    (b - a).num_days() + 1
}

/// Per product, the share of its units' days in the period that a unit was
/// out with a customer, read from the units' trails: a unit is the shop's
/// from the day it was received to the day it was retired; it is out from
/// the day it was delivered until the day its trail shows it back, or, while
/// the trail says nothing more, to the last day of its reservation (a unit
/// sold for good stays out). A day counts when the unit was out for any part
/// of it, as rental days do. Products whose units the shop did not have in
/// the period are left out.
pub async fn stock_use(db: &Db, period: Period, zone: Zone) -> Result<Vec<ProductUse>> {
    let pool = db.pool();
    let snap = db.snapshot().await?;
    let (from, to) = period.bounds(zone);
    let day = |at: &str| parse_at(at).map(|at| shop_time::local_day(at, zone));
    let mut out: BTreeMap<i32, Vec<(NaiveDate, NaiveDate)>> = BTreeMap::new();
    for r in rows::units_out(pool, &from, &to).await? {
        let from = day(&r.out_at)?;
        let until = match (&r.back_at, &r.until) {
            (Some(back), _) => day(back)?,
            (None, Some(end)) => end
                .parse()
                .map_err(|_| Error::Corrupt(format!("unit {} reservation end {end}", r.unit_id)))?,
            (None, None) => from,
        };
        if let Some(run) = clip(from, until, period) {
            out.entry(r.unit_id).or_default().push(run);
        }
    }
    let mut per_product: BTreeMap<i32, (i64, i64, i64)> = BTreeMap::new();
    for u in rows::unit_lives(pool).await? {
        let retired = u.retired_at.as_deref().map(day).transpose()?;
        let Some(life) = clip(day(&u.received_at)?, retired.unwrap_or(period.to), period) else {
            continue;
        };
        let runs = out.remove(&u.unit_id).unwrap_or_default();
        let p = per_product.entry(u.product_id).or_default();
        p.0 += 1;
        p.1 += day_count(life);
        p.2 += out_days(runs, life);
    }
    let mut products = per_product
        .into_iter()
        .map(|(id, (units, unit_days, out_days))| {
            let product = snap.product(id)?;
            Ok(ProductUse {
                product_id: id,
                sku: product.sku.clone(),
                name: product.name.clone(),
                units: units as i32,
                unit_days: unit_days as i32,
                out_days: out_days as i32,
                percent: percent(out_days, unit_days),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    products.sort_by(|a, b| a.name.cmp(&b.name).then(a.product_id.cmp(&b.product_id)));
    Ok(products)
}

/// Days of `life` covered by `runs`, each day once however many runs cover it.
fn out_days(mut runs: Vec<(NaiveDate, NaiveDate)>, life: (NaiveDate, NaiveDate)) -> i64 {
    runs.sort();
    let mut days = 0;
    let mut counted_to: Option<NaiveDate> = None;
    for (a, b) in runs {
        let a = match counted_to {
            Some(c) if c >= a => c + Duration::days(1),
            _ => a,
        };
        let (a, b) = (a.max(life.0), b.min(life.1));
        if a <= b {
            days += day_count((a, b));
        }
        counted_to = counted_to.max(Some(b));
    }
    days
}

// ------------------------------------------------------------- all and CSV

/// Every report over one period, as the Reports screen draws it.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportsView {
    pub from: String,
    pub to: String,
    /// The period as people read it ("Mon 30 Nov 2026 – Mon 7 Dec 2026").
    pub period_text: String,
    pub open_work: OpenWork,
    pub cumulative_flow: CumulativeFlow,
    pub lead_times: LeadTimes,
    pub on_time: OnTime,
    pub utilisation: Utilisation,
    /// Per product, the share of its units' days out with a customer.
    pub stock_use: Vec<ProductUse>,
    /// What customers have that is due back now (the Utilisation report draws it).
    pub due_back: DueBack,
}

/// Every report over `from`–`to` (ISO dates, the shop's days), open work as of `now`.
pub async fn reports(
    db: &Db,
    from: &str,
    to: &str,
    now: DateTime<Utc>,
    zone: Zone,
) -> Result<ReportsView> {
    let period = Period::parse(from, to)?;
    let finished = FinishedWork::read(db, period, zone).await?;
    let walked = finished.walk()?;
    Ok(ReportsView {
        from: period.from.to_string(),
        to: period.to.to_string(),
        period_text: db.lang().period(period.from, period.to),
        open_work: open_work(db, now).await?,
        cumulative_flow: cumulative_flow(db, period, zone).await?,
        lead_times: lead_times_of(db, &walked, period, zone).await?,
        on_time: on_time_of(&walked, period, zone, db.lang())?,
        utilisation: utilisation(db, period, zone).await?,
        stock_use: stock_use(db, period, zone).await?,
        due_back: due_back(db, shop_time::local_day(now, zone)).await?,
    })
}

/// The tables under the charts, each exportable as CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportTable {
    OpenWork,
    Holds,
    Approvals,
    CumulativeFlow,
    LeadTimes,
    Delivered,
    OnTime,
    Utilisation,
    DueBack,
    StockUse,
}

impl ReportTable {
    pub const ALL: [ReportTable; 10] = [
        ReportTable::OpenWork,
        ReportTable::Holds,
        ReportTable::Approvals,
        ReportTable::CumulativeFlow,
        ReportTable::LeadTimes,
        ReportTable::Delivered,
        ReportTable::OnTime,
        ReportTable::Utilisation,
        ReportTable::DueBack,
        ReportTable::StockUse,
    ];
}

/// A fieldless enum and `ALL`, its every member in order.
macro_rules! all_of {
    ($(#[$meta:meta])* pub enum $name:ident { $($member:ident),+ $(,)? }) => {
        $(#[$meta])*
        pub enum $name { $($member),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$member),+];
        }
    };
}

all_of!(
    /// The reports' own labels and their CSV columns' titles, worded by the
    /// catalogue ([`Lang::report_word`]).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ReportWord {
        CompletedInPeriod,
        SubmitToDelivered,
        SubmitToCompleted,
        DecisionPoint,
        Column,
        OpenItems,
        Hold,
        Items,
        Order,
        Item,
        Title,
        WaitingHours,
        Waiting,
        Delivered,
        OnTime,
        Late,
        Early,
        Day,
        Group,
        Figure,
        MedianHours,
        P85Hours,
        SlowestItem,
        LeadTime,
        Service,
        Customer,
        WindowEnds,
        DaysLate,
        Why,
        Resource,
        BookedHours,
        WorkingHours,
        BookedPercent,
        Person,
        What,
        Quantity,
        Serials,
        Ends,
        Due,
        Product,
        Sku,
        Units,
        UnitDays,
        DaysOut,
        OutPercent,
    }
);

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Several values in one cell, as the sheets write lists ("a; b").
fn list<'a>(values: impl Iterator<Item = &'a str>) -> String {
    values.collect::<Vec<_>>().join("; ")
}

fn hours(s: &Option<TimeSpan>) -> String {
    opt(s.as_ref().map(|s| s.hours))
}

/// One table of `view` as CSV, its column titles in `lang` (the view's own
/// labels are in the language it was read in): a header row, then one row
/// per line of the table the screen shows (hours as numbers, so a
/// spreadsheet can sum them).
pub fn csv(view: &ReportsView, table: ReportTable, lang: Lang) -> String {
    use ReportWord as W;
    let mut w = csv::Writer::from_writer(Vec::new());
    // In memory, with every row as long as its header: nothing can fail.
    let mut row = |cells: Vec<String>| w.write_record(&cells).expect("a CSV row in memory");
    let head = |words: &[ReportWord]| -> Vec<String> {
        words.iter().map(|w| lang.report_word(*w).into()).collect()
    };
    match table {
        ReportTable::OpenWork => {
            let mut head = head(&[W::DecisionPoint, W::Column, W::OpenItems]);
            head.extend(view.open_work.age_buckets.iter().cloned());
            row(head);
            for c in &view.open_work.columns {
                let mut cells = vec![
                    c.decision_point.clone(),
                    c.title.clone(),
                    c.total.to_string(),
                ];
                cells.extend(c.by_age.iter().map(|b| b.count.to_string()));
                row(cells);
            }
        }
        ReportTable::Holds => {
            row(head(&[W::Hold, W::Items]));
            for h in &view.open_work.holds {
                row(vec![h.label.clone(), h.items.count.to_string()]);
            }
        }
        ReportTable::Approvals => {
            row(head(&[
                W::Order,
                W::Item,
                W::Title,
                W::WaitingHours,
                W::Waiting,
            ]));
            for a in &view.open_work.approvals {
                row(vec![
                    a.item.order_number.clone(),
                    a.item.item_id.to_string(),
                    a.item.title.clone(),
                    a.waiting.hours.to_string(),
                    a.waiting.text.clone(),
                ]);
            }
        }
        ReportTable::Delivered => {
            let o = &view.on_time;
            row(head(&[W::Delivered, W::Items]));
            for (label, count) in [
                (W::Delivered, &o.delivered),
                (W::OnTime, &o.on_time),
                (W::Late, &o.late),
                (W::Early, &o.early),
            ] {
                row(vec![
                    lang.report_word(label).into(),
                    count.count.to_string(),
                ]);
            }
        }
        ReportTable::CumulativeFlow => {
            let f = &view.cumulative_flow;
            let mut head = head(&[W::Day]);
            head.extend(f.bands.iter().map(|b| b.title.clone()));
            row(head);
            for d in &f.days {
                let mut cells = vec![d.date.clone()];
                cells.extend(d.counts.iter().map(|n| n.to_string()));
                row(cells);
            }
        }
        ReportTable::LeadTimes => {
            row(head(&[
                W::Group,
                W::Figure,
                W::Items,
                W::MedianHours,
                W::P85Hours,
                W::SlowestItem,
            ]));
            let l = &view.lead_times;
            let groups = [
                (W::LeadTime, vec![&l.to_delivered, &l.to_completed]),
                (W::DecisionPoint, l.per_decision_point.iter().collect()),
                (W::Service, l.per_service.iter().collect()),
                (W::Customer, l.per_customer.iter().collect()),
            ];
            for (group, stats) in groups {
                for s in stats {
                    row(vec![
                        lang.report_word(group).into(),
                        s.label.clone(),
                        s.items.count.to_string(),
                        hours(&s.median),
                        hours(&s.p85),
                        opt(s.slowest.first().map(|x| &x.order_number)),
                    ]);
                }
            }
        }
        ReportTable::OnTime => {
            row(head(&[
                W::Order,
                W::Item,
                W::Customer,
                W::WindowEnds,
                W::Delivered,
                W::DaysLate,
                W::Why,
            ]));
            for l in &view.on_time.late_items {
                row(vec![
                    l.order_number.clone(),
                    l.item_id.to_string(),
                    l.customer.clone(),
                    l.window_end.clone(),
                    l.delivered_on.clone(),
                    l.days_late.to_string(),
                    list(l.reasons.iter().map(|r| r.text.as_str())),
                ]);
            }
        }
        ReportTable::Utilisation => {
            row(head(&[
                W::Resource,
                W::Day,
                W::BookedHours,
                W::WorkingHours,
                W::BookedPercent,
            ]));
            for r in &view.utilisation.resources {
                for d in &r.days {
                    row(vec![
                        r.name.clone(),
                        d.date.clone(),
                        d.booked.hours.to_string(),
                        d.working.hours.to_string(),
                        opt(d.percent),
                    ]);
                }
            }
        }
        ReportTable::DueBack => {
            row(head(&[
                W::Customer,
                W::Person,
                W::Order,
                W::Item,
                W::What,
                W::Quantity,
                W::Serials,
                W::Ends,
                W::Due,
            ]));
            for c in &view.due_back.customers {
                for d in &c.holdings {
                    let h = &d.holding;
                    row(vec![
                        c.customer.clone(),
                        h.person.clone(),
                        h.order_number.clone(),
                        d.item_id.to_string(),
                        h.title.clone(),
                        h.quantity.to_string(),
                        list(h.units.iter().map(|u| u.serial.as_str())),
                        opt(h.end.as_ref()),
                        opt(h.due_label.as_ref()),
                    ]);
                }
            }
        }
        ReportTable::StockUse => {
            row(head(&[
                W::Product,
                W::Sku,
                W::Units,
                W::UnitDays,
                W::DaysOut,
                W::OutPercent,
            ]));
            for p in &view.stock_use {
                row(vec![
                    p.name.clone(),
                    p.sku.clone(),
                    p.units.to_string(),
                    p.unit_days.to_string(),
                    p.out_days.to_string(),
                    opt(p.percent),
                ]);
            }
        }
    }
    String::from_utf8(w.into_inner().expect("a CSV in memory")).expect("CSV of UTF-8 text")
}
