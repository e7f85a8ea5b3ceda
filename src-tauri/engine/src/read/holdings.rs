//! What customers hold: a customer's holdings by person (the Customers
//! screen's "Holds"), who has had a unit (its history), and what is due back
//! or overdue (for the Reports screen).

use super::money::Money;
use crate::domain::holding::{self, DueKind, EndKind, HoldingState};
use crate::i18n::Lang;
use crate::store::holdings::{self, HolderRecord, HoldingRecord, HoldingUnitRecord, Scope};
use crate::store::{Db, Tx};
use crate::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// How many days ahead a rental's end counts as due back.
pub const DUE_BACK_DAYS: u32 = 7;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HeldUnit {
    pub unit_id: i32,
    pub serial: String,
    pub inventory_number: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HoldingView {
    pub id: i32,
    pub version: i32,
    pub recipient_id: i32,
    pub person: String,
    pub service: String,
    /// The product, or the service when there is none.
    pub title: String,
    pub category: Option<String>,
    pub order_number: String,
    pub quantity: i32,
    /// ISO dates.
    pub start: String,
    pub end: Option<String>,
    pub one_time: Money,
    pub monthly: Money,
    pub state: HoldingState,
    pub state_label: String,
    /// The units it has now (delivered, not checked in).
    pub units: Vec<HeldUnit>,
    /// Units its return checked in missing, waiting for a person's decision
    /// (found, written off, charged): the holding stays open until then.
    pub missing: Vec<HeldUnit>,
    /// Whether its end brings a device back or just ends a service.
    pub end_kind: EndKind,
    pub due: Option<DueKind>,
    /// "Due back Tue 8 Dec 2026", "Overdue since Fri 4 Dec 2026"; a service
    /// with nothing to bring back "Ends …", "Ended …".
    pub due_label: Option<String>,
    /// The order of the return, swap, change or cancellation under way.
    pub open_request: Option<String>,
    /// Whether a way back can start from it now, and if not why.
    pub requestable: bool,
    pub not_requestable_reason: Option<String>,
}

/// Why no return, swap or change can be asked for a holding now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRequestable {
    /// A way back for it is under way already, on order `order`.
    UnderWay { order: String },
    /// The customer does not have it any more.
    NotHeld { state: HoldingState },
    /// A unit came back missing and nobody has said yet what became of it.
    MissingUndecided,
}

/// What a view is read for: the shop's currency, today, the desk's language.
struct Reading<'a> {
    currency: &'a str,
    today: NaiveDate,
    lang: Lang,
}

/// `units`: the holding's own, delivered order first.
fn view(
    h: HoldingRecord,
    units: &[HoldingUnitRecord],
    open_request: Option<String>,
    r: &Reading<'_>,
) -> HoldingView {
    let (currency, today) = (r.currency, r.today);
    let due = holding::due(h.end, h.state, today, DUE_BACK_DAYS);
    let end_kind = EndKind::of(h.product_id);
    let held = |u: &HoldingUnitRecord| HeldUnit {
        unit_id: u.unit_id,
        serial: u.serial.clone(),
        inventory_number: u.inventory_number.clone(),
    };
    let missing: Vec<HeldUnit> = units
        .iter()
        .filter(|u| u.awaits_decision())
        .map(held)
        .collect();
    let not_requestable = match (&open_request, h.state.is_held()) {
        (Some(n), _) => Some(NotRequestable::UnderWay { order: n.clone() }),
        (None, false) => Some(NotRequestable::NotHeld { state: h.state }),
        (None, true) if !missing.is_empty() => Some(NotRequestable::MissingUndecided),
        (None, true) => None,
    };
    let not_requestable_reason = not_requestable.map(|why| r.lang.not_requestable(&why));
    HoldingView {
        id: h.id,
        version: h.version,
        recipient_id: h.recipient_id,
        person: h.person.clone(),
        service: h.service.clone(),
        title: h.product.clone().unwrap_or_else(|| h.service.clone()),
        category: h.category.clone(),
        order_number: h.order_number.clone(),
        quantity: h.quantity as i32,
        start: h.start.to_string(),
        end: h.end.map(|d| d.to_string()),
        one_time: Money::new(h.one_time_cents, currency),
        monthly: Money::new(h.monthly_cents, currency),
        state: h.state,
        state_label: r.lang.holding_state(h.state).into(),
        units: units
            .iter()
            .filter(|u| u.checked_in_at.is_none())
            .map(held)
            .collect(),
        missing,
        end_kind,
        due,
        due_label: due.zip(h.end).map(|(k, e)| r.lang.due(k, end_kind, e)),
        requestable: not_requestable_reason.is_none(),
        not_requestable_reason,
        open_request,
    }
}

/// The holdings in `scope` as views, each with its customer (id, name), its
/// units and the request under way: three queries, however many holdings.
async fn views(
    tx: &mut Tx,
    scope: Scope,
    r: &Reading<'_>,
) -> Result<Vec<((i32, String), HoldingView)>> {
    let records = holdings::select(&mut **tx, scope).await?;
    let mut units: HashMap<i32, Vec<HoldingUnitRecord>> = HashMap::new();
    for u in holdings::units_in(&mut **tx, scope).await? {
        units.entry(u.holding_id).or_default().push(u);
    }
    let mut open = holdings::open_requests(&mut **tx, scope).await?;
    Ok(records
        .into_iter()
        .map(|h| {
            let (own, request) = (units.remove(&h.id).unwrap_or_default(), open.remove(&h.id));
            let customer = (h.customer_id, h.customer.clone());
            (customer, view(h, &own, request, r))
        })
        .collect())
}

/// A customer's holdings by person, ended ones too (history reads them).
pub async fn customer_holdings(
    db: &Db,
    customer_id: i32,
    today: NaiveDate,
) -> Result<Vec<HoldingView>> {
    let snap = db.snapshot().await?;
    let r = Reading {
        currency: &snap.currency,
        today,
        lang: db.lang(),
    };
    let mut tx = db.pool().begin().await?;
    let views = views(&mut tx, Scope::Customer(customer_id), &r).await?;
    Ok(views.into_iter().map(|(_, v)| v).collect())
}

/// One holding as the customer's Holds show it (what a decision answers).
pub(crate) async fn holding_view_in(
    tx: &mut Tx,
    currency: &str,
    id: i32,
    today: NaiveDate,
    lang: Lang,
) -> Result<HoldingView> {
    let r = Reading {
        currency,
        today,
        lang,
    };
    let (_, view) = views(tx, Scope::One(id), &r)
        .await?
        .pop()
        .ok_or_else(|| crate::Error::not_found("holding", id))?;
    Ok(view)
}

/// A holding that is due back or overdue, with its customer.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DueBackView {
    pub customer_id: i32,
    pub customer: String,
    pub holding: HoldingView,
}

/// Rentals (and services) ending within [`DUE_BACK_DAYS`] of `today`, and
/// those past their end that the customer still has: overdue first, then by
/// end. The board asks on every reload, so it reads them in three queries.
pub async fn due_back(db: &Db, today: NaiveDate) -> Result<Vec<DueBackView>> {
    let snap = db.snapshot().await?;
    let r = Reading {
        currency: &snap.currency,
        today,
        lang: db.lang(),
    };
    let mut tx = db.pool().begin().await?;
    let mut out: Vec<DueBackView> = views(&mut tx, Scope::Ending, &r)
        .await?
        .into_iter()
        .filter(|(_, h)| h.due.is_some())
        .map(|((customer_id, customer), holding)| DueBackView {
            customer_id,
            customer,
            holding,
        })
        .collect();
    out.sort_by_key(|d| {
        (
            d.holding.due != Some(DueKind::Overdue),
            d.holding.end.clone(),
        )
    });
    Ok(out)
}

/// Who has had a unit: for its history.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct HolderView {
    pub holding_id: i32,
    pub customer_id: i32,
    pub customer: String,
    pub person: String,
    pub order_number: String,
    pub delivered_at: String,
    /// `None` while they have it.
    pub checked_in_at: Option<String>,
    pub condition: Option<String>,
}

impl From<HolderRecord> for HolderView {
    fn from(r: HolderRecord) -> Self {
        HolderView {
            holding_id: r.holding_id,
            customer_id: r.customer_id,
            customer: r.customer,
            person: r.person,
            order_number: r.order_number,
            delivered_at: r.delivered_at,
            checked_in_at: r.checked_in_at,
            condition: r.condition,
        }
    }
}
