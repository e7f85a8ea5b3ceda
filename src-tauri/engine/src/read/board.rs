//! The flow board: every open item at its decision point, with why it is there.

use crate::domain::order::TransactionType;
use crate::domain::{HoldKind, ItemStatus, Reason};
use crate::i18n::Lang;
use crate::store::board::{self as store_board, CardRow};
use crate::store::catalog::Snapshot;
use crate::store::{events, Db};
use crate::{Error, Result};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKey {
    Approval,
    Assignment,
    Preparation,
    DeliveryQueue,
    Scheduled,
    InDelivery,
    CheckIn,
    ReadyToComplete,
    Done,
}

struct ColumnDef {
    key: ColumnKey,
    point: &'static str,
    statuses: &'static [ItemStatus],
}

const COLUMNS: [ColumnDef; 9] = [
    ColumnDef {
        key: ColumnKey::Approval,
        point: "D1",
        statuses: &[ItemStatus::New, ItemStatus::AwaitingApproval],
    },
    ColumnDef {
        key: ColumnKey::Assignment,
        point: "D2",
        statuses: &[ItemStatus::NeedsAssignment],
    },
    ColumnDef {
        key: ColumnKey::Preparation,
        point: "D3",
        statuses: &[ItemStatus::Assigned, ItemStatus::Preparing],
    },
    ColumnDef {
        key: ColumnKey::DeliveryQueue,
        point: "D4",
        statuses: &[ItemStatus::Ready],
    },
    ColumnDef {
        key: ColumnKey::Scheduled,
        point: "D5",
        statuses: &[ItemStatus::Scheduled],
    },
    ColumnDef {
        key: ColumnKey::InDelivery,
        point: "D6",
        statuses: &[ItemStatus::InDelivery],
    },
    ColumnDef {
        key: ColumnKey::CheckIn,
        point: "D8",
        statuses: &[ItemStatus::Collected],
    },
    ColumnDef {
        key: ColumnKey::ReadyToComplete,
        point: "D7",
        statuses: &[ItemStatus::Delivered],
    },
    ColumnDef {
        key: ColumnKey::Done,
        point: "✓",
        statuses: &[ItemStatus::Completed, ItemStatus::Cancelled],
    },
];

/// What a card calls an item: its product once assigned, else the service and the request.
pub(crate) fn item_title(
    snap: &Snapshot,
    service_id: i32,
    product_id: Option<i32>,
    specs: &crate::domain::catalog::Specs,
) -> Result<String> {
    let service = snap.service(service_id)?;
    Ok(match product_id {
        Some(p) => snap.product(p)?.name.clone(),
        None if specs.is_empty() => service.name.clone(),
        None => format!("{} ({})", service.name, specs.summary()),
    })
}

/// A column's decision point ("D1") and title, as the board heads it.
pub fn column_heading(key: ColumnKey, lang: Lang) -> (&'static str, &'static str) {
    let c = COLUMNS
        .iter()
        .find(|c| c.key == key)
        .expect("every key has a column");
    (c.point, lang.column(key).0)
}

/// The board column an item in `status` is shown in.
pub fn column_of(status: ItemStatus) -> ColumnKey {
    COLUMNS
        .iter()
        .find(|c| c.statuses.contains(&status))
        .map(|c| c.key)
        .expect("every status has a column")
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BoardCard {
    pub item_id: i32,
    pub version: i32,
    pub order_id: i32,
    /// For completing or cancelling the order (optimistic concurrency).
    pub order_version: i32,
    pub order_number: String,
    pub position: i32,
    pub order_item_count: i32,
    pub order_ready_count: i32,
    /// Items of the order delivered (or completed); every card of an order
    /// carries the same three counts, counted once per order.
    pub order_delivered_count: i32,
    pub title: String,
    pub service_name: String,
    pub customer_name: String,
    pub recipient_name: String,
    pub status: ItemStatus,
    pub status_label: String,
    pub transaction_type: TransactionType,
    pub quantity: i32,
    pub on_hold: bool,
    pub hold_kind: Option<HoldKind>,
    pub hold_reason: Option<String>,
    pub overridden: bool,
    pub reason: String,
    /// End of the requested window; `None` once it no longer matters (delivered or closed).
    pub due_date: Option<String>,
    pub created_at: String,
    /// "Mark prepared" asks for a scan of each unit reserved for it
    /// ([`MoveInput::PrepareScan`](super::moves::MoveInput::PrepareScan)).
    pub prepare_by_scan: bool,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BoardColumn {
    pub key: ColumnKey,
    pub decision_point: String,
    pub title: String,
    pub description: String,
    pub count: i32,
    pub cards: Vec<BoardCard>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BoardView {
    pub columns: Vec<BoardColumn>,
    pub open_items: i32,
    pub pending_approvals: i32,
    pub generated_at: String,
    /// The last event the board includes: ask `board_changes` for what came after.
    pub cursor: i32,
}

/// A card at its place in the board Rust would draw now.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlacedCard {
    pub column: ColumnKey,
    /// Its position in that column once every changed card is in place.
    pub index: i32,
    pub card: BoardCard,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ColumnCount {
    pub key: ColumnKey,
    pub count: i32,
}

/// What changed on the board since a cursor: the cards of every order touched
/// since then, placed where they now belong, and those that left the board.
/// Applying it to the board at `since` gives the board at `cursor`, so a
/// change costs a few cards over IPC instead of the whole board.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BoardDelta {
    pub since: i32,
    pub cursor: i32,
    pub placed: Vec<PlacedCard>,
    pub removed: Vec<i32>,
    pub counts: Vec<ColumnCount>,
    pub open_items: i32,
    pub pending_approvals: i32,
    pub generated_at: String,
}

impl BoardDelta {
    /// The board at `cursor`, from the board at `since`: what the UI does with
    /// a delta, kept here as its reference. `None` when the delta does not fit
    /// (another starting point, or a card that left without an event, such as
    /// one ageing out of Done): the caller then loads the whole board.
    pub fn apply(self, mut board: BoardView) -> Option<BoardView> {
        if self.since != board.cursor {
            return None;
        }
        let gone: std::collections::HashSet<i32> = self
            .removed
            .iter()
            .copied()
            .chain(self.placed.iter().map(|p| p.card.item_id))
            .collect();
        for c in &mut board.columns {
            c.cards.retain(|k| !gone.contains(&k.item_id));
        }
        let mut placed = self.placed;
        placed.sort_by_key(|p| p.index);
        for p in placed {
            let c = board.columns.iter_mut().find(|c| c.key == p.column)?;
            let at = usize::try_from(p.index)
                .ok()
                .filter(|i| *i <= c.cards.len())?;
            c.cards.insert(at, p.card);
        }
        for c in &mut board.columns {
            c.count = self.counts.iter().find(|n| n.key == c.key)?.count;
            if c.count as usize != c.cards.len() {
                return None;
            }
        }
        board.open_items = self.open_items;
        board.pending_approvals = self.pending_approvals;
        board.generated_at = self.generated_at;
        board.cursor = self.cursor;
        Some(board)
    }
}

/// The board's changes after event `since` (a cursor an earlier board or delta gave).
pub async fn board_changes(db: &Db, now: DateTime<Utc>, since: i32) -> Result<BoardDelta> {
    let board = board(db, now).await?;
    // Every item of a touched order: its siblings' "2 of 3 ready" changed too.
    let touched: std::collections::HashSet<i32> =
        store_board::items_of_orders_touched(db.pool(), since, board.cursor)
            .await?
            .into_iter()
            .collect();
    let mut placed = Vec::new();
    for column in &board.columns {
        for (index, card) in column.cards.iter().enumerate() {
            if touched.contains(&card.item_id) {
                placed.push(PlacedCard {
                    column: column.key,
                    index: index as i32,
                    card: card.clone(),
                });
            }
        }
    }
    let on_board: std::collections::HashSet<i32> = placed.iter().map(|p| p.card.item_id).collect();
    let mut removed: Vec<i32> = touched.difference(&on_board).copied().collect();
    removed.sort_unstable();
    Ok(BoardDelta {
        since,
        cursor: board.cursor,
        placed,
        removed,
        counts: board
            .columns
            .iter()
            .map(|c| ColumnCount {
                key: c.key,
                count: c.count,
            })
            .collect(),
        open_items: board.open_items,
        pending_approvals: board.pending_approvals,
        generated_at: board.generated_at,
    })
}

/// Display names by id.
struct Names<'a> {
    snap: &'a Snapshot,
    lang: Lang,
    customers: HashMap<i32, String>,
    recipients: HashMap<i32, String>,
}

impl Names<'_> {
    fn of(map: &HashMap<i32, String>, id: i32) -> String {
        map.get(&id).cloned().unwrap_or_default()
    }
}

/// The card of a row.
fn card(row: CardRow, names: &Names<'_>) -> Result<BoardCard> {
    let status = row_status(&row)?;
    let service = names.snap.service(row.service_id)?;
    let specs =
        crate::domain::catalog::Specs::from_json(row.requested_specs.as_deref().unwrap_or("{}"))?;
    let title = item_title(names.snap, row.service_id, row.product_id, &specs)?;
    Ok(BoardCard {
        item_id: row.id,
        version: row.version,
        order_id: row.order_id,
        order_version: row.order_version,
        order_number: row.number,
        position: row.position,
        order_item_count: 1,
        order_ready_count: status.is_ready_or_beyond() as i32,
        order_delivered_count: status.is_delivered_or_beyond() as i32,
        title,
        service_name: service.name.clone(),
        customer_name: Names::of(&names.customers, row.customer_id),
        recipient_name: Names::of(&names.recipients, row.recipient_id),
        status,
        status_label: names.lang.status(status).to_string(),
        transaction_type: TransactionType::parse(&row.transaction_type)
            .ok_or_else(|| Error::Corrupt(format!("item {} transaction type", row.id)))?,
        quantity: row.quantity,
        on_hold: row.hold_reason.is_some(),
        hold_kind: row
            .hold_kind
            .as_deref()
            .map(|k| {
                HoldKind::parse(k)
                    .ok_or_else(|| Error::Corrupt(format!("item {} hold kind", row.id)))
            })
            .transpose()?,
        hold_reason: match (names.lang, row.hold_reason_kinds) {
            (Lang::En, _) | (_, None) => row.hold_reason,
            (lang, Some(kinds)) => Some(lang.reasons(&Reason::from_json(&kinds)?)),
        },
        overridden: row.overridden != 0,
        reason: match names.lang {
            Lang::En => row.reason,
            lang => lang.reasons(&Reason::from_json(&row.reason_kinds)?),
        },
        due_date: status.due_date_matters().then_some(row.window_end),
        created_at: row.created_at,
        prepare_by_scan: status == ItemStatus::Preparing
            && super::moves::mark_prepared_input(row.units_reserved != 0)
                == super::moves::MoveInput::PrepareScan,
    })
}

fn row_status(row: &CardRow) -> Result<ItemStatus> {
    ItemStatus::parse(&row.status).ok_or_else(|| Error::Corrupt(format!("item {} status", row.id)))
}

/// The board as of `now`.
pub async fn board(db: &Db, now: DateTime<Utc>) -> Result<BoardView> {
    let snap = db.snapshot().await?;
    let pool = db.pool();
    // Read first: an event landing while the cards are read is then sent again
    // by the next delta, never missed.
    let cursor = events::last_id(pool).await?;
    let names = Names {
        snap: &snap,
        lang: db.lang(),
        customers: store_board::customer_names(pool)
            .await?
            .into_iter()
            .collect(),
        recipients: store_board::recipient_names(pool)
            .await?
            .into_iter()
            .collect(),
    };
    let rows = store_board::open_order_cards(pool).await?;
    let since = (now - Duration::days(7)).to_rfc3339();
    let done = store_board::recent_done_cards(pool, &since).await?;

    let mut counts: HashMap<i32, (i32, i32, i32)> = HashMap::new();
    for r in &rows {
        let status = row_status(r)?;
        let e = counts.entry(r.order_id).or_default();
        if status != ItemStatus::Cancelled {
            e.0 += 1;
            e.1 += status.is_ready_or_beyond() as i32;
            e.2 += status.is_delivered_or_beyond() as i32;
        }
    }
    let mut columns: Vec<BoardColumn> = COLUMNS
        .iter()
        .map(|c| BoardColumn {
            key: c.key,
            decision_point: c.point.into(),
            title: db.lang().column(c.key).0.into(),
            description: db.lang().column(c.key).1.into(),
            count: 0,
            cards: Vec::new(),
        })
        .collect();
    let index_of = |s: ItemStatus| {
        let key = column_of(s);
        COLUMNS
            .iter()
            .position(|c| c.key == key)
            .expect("column_of names one of COLUMNS")
    };
    for r in rows {
        if !row_status(&r)?.is_open() {
            continue; // closed: its card is among the recently done, if at all
        }
        let c = card(r, &names)?;
        let idx = index_of(c.status);
        let (t, rd, dl) = counts[&c.order_id];
        columns[idx].cards.push(BoardCard {
            order_item_count: t,
            order_ready_count: rd,
            order_delivered_count: dl,
            ..c
        });
    }
    for r in done {
        let c = card(r, &names)?;
        let idx = index_of(c.status);
        let with_counts = match counts.get(&c.order_id) {
            Some(&(t, rd, dl)) => BoardCard {
                order_item_count: t,
                order_ready_count: rd,
                order_delivered_count: dl,
                ..c
            },
            None => c,
        };
        columns[idx].cards.push(with_counts);
    }
    for c in columns.iter_mut().filter(|c| c.key != ColumnKey::Done) {
        // Most urgent first: due date, then the order they came in.
        c.cards
            .sort_unstable_by(|a, b| (&a.due_date, a.item_id).cmp(&(&b.due_date, b.item_id)));
    }
    for c in &mut columns {
        c.count = c.cards.len() as i32;
    }
    let open_items = columns
        .iter()
        .filter(|c| c.key != ColumnKey::Done)
        .map(|c| c.count)
        .sum();
    let pending_approvals = columns[0].count;
    Ok(BoardView {
        columns,
        open_items,
        pending_approvals,
        generated_at: now.to_rfc3339(),
        cursor,
    })
}
