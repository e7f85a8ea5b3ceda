//! The Stock screen: every unit and where it is now, a unit's history, a
//! receipt's scanned lines, and how many units of a product are free on each
//! of the coming days.

use crate::domain::stock::{
    free_on, PlaceKind, Span, UnitAction, UnitCondition, UnitEventKind, UnitHold, Whereabouts,
};
use crate::store::stock::{self, ReservationRecord, UnitRecord};
use crate::store::{unit_events, Db};
use crate::Result;
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

/// What the scanned lines of a receipt would become.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptPreview {
    pub lines: Vec<ReceiptLine>,
    pub accepted: u32,
    /// "Receive 3 units", or why there is nothing to receive yet.
    pub receive_label: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptLine {
    pub serial: String,
    /// The number the unit gets (scanned, or the pattern's next), or the scanned one refused.
    pub inventory_number: String,
    pub accepted: bool,
    /// Why the line is refused ("Scanned twice: line 1 has SN-A already").
    pub problem: Option<String>,
}

impl ReceiptPreview {
    pub fn of(lines: Vec<ReceiptLine>) -> ReceiptPreview {
        let accepted = lines.iter().filter(|l| l.accepted).count() as u32;
        ReceiptPreview {
            receive_label: match accepted {
                0 => "Nothing to receive yet".into(),
                1 => "Receive 1 unit".into(),
                n => format!("Receive {n} units"),
            },
            lines,
            accepted,
        }
    }
}

/// A receipt written: the new units and the sentence that says so.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Received {
    pub unit_ids: Vec<i32>,
    /// "Received 3 units of Philips 22E1N 22\" at Vienna warehouse A".
    pub message: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnitActionView {
    pub action: UnitAction,
    pub label: String,
    /// Why the action makes no sense now; `None` when it can be done.
    pub why_not: Option<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnitView {
    pub id: i32,
    pub product_id: i32,
    pub product_name: String,
    pub sku: String,
    pub serial: String,
    pub inventory_number: String,
    pub location: String,
    pub condition: UnitCondition,
    pub condition_label: String,
    pub place: PlaceKind,
    /// "In the shop", "Reserved for EF-00012 (Acme GmbH), Tue 1 – Fri 4 Dec 2026", …
    pub place_text: String,
    pub actions: Vec<UnitActionView>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProductChoice {
    pub id: i32,
    pub sku: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StockView {
    pub units: Vec<UnitView>,
    /// What goods can be received as (not archived), by name.
    pub products: Vec<ProductChoice>,
    /// The places units are kept now, for the receipt and the move.
    pub locations: Vec<String>,
}

fn unit_view(u: UnitRecord, holds: &[UnitHold]) -> UnitView {
    let place = Whereabouts::of(u.state, holds);
    UnitView {
        actions: UnitAction::ALL
            .iter()
            .map(|&a| UnitActionView {
                action: a,
                label: a.label().into(),
                why_not: place.allows(a, &u.serial).err().map(|(_, why)| why),
            })
            .collect(),
        place: place.kind(),
        place_text: place.for_people(),
        condition: u.condition,
        condition_label: u.condition.label().into(),
        id: u.id,
        product_id: u.product_id,
        product_name: u.product_name,
        sku: u.sku,
        serial: u.serial,
        inventory_number: u.inventory_number,
        location: u.location,
    }
}

fn holds_by_unit(rs: Vec<ReservationRecord>) -> HashMap<i32, Vec<UnitHold>> {
    let mut by: HashMap<i32, Vec<UnitHold>> = HashMap::new();
    for r in rs {
        by.entry(r.unit_id).or_default().push(r.hold());
    }
    by
}

/// Every unit with where it is now, the products to receive and the places.
pub async fn stock_view(db: &Db) -> Result<StockView> {
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let holds = holds_by_unit(stock::reservations(&mut *tx, None, None).await?);
    let units = stock::units(&mut *tx)
        .await?
        .into_iter()
        .map(|u| {
            let h = holds.get(&u.id).map(Vec::as_slice).unwrap_or_default();
            unit_view(u, h)
        })
        .collect();
    let mut products: Vec<ProductChoice> = snap
        .products
        .values()
        .filter(|p| !p.archived)
        .map(|p| ProductChoice {
            id: p.id,
            sku: p.sku.clone(),
            name: p.name.clone(),
        })
        .collect();
    products.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(StockView {
        units,
        products,
        locations: stock::locations(&mut *tx).await?,
    })
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnitStepView {
    /// RFC 3339.
    pub at: String,
    pub actor: String,
    pub kind: UnitEventKind,
    pub text: String,
    pub location: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnitHistory {
    pub unit: UnitView,
    /// Oldest first.
    pub steps: Vec<UnitStepView>,
}

pub async fn unit_history(db: &Db, unit_id: i32) -> Result<UnitHistory> {
    let mut tx = db.pool().begin().await?;
    let unit = stock::unit(&mut *tx, unit_id).await?;
    let holds: Vec<UnitHold> = stock::reservations(&mut *tx, Some(unit_id), None)
        .await?
        .into_iter()
        .map(ReservationRecord::hold)
        .collect();
    let steps = unit_events::for_unit(&mut *tx, unit_id)
        .await?
        .into_iter()
        .map(|e| {
            Ok(UnitStepView {
                kind: e.typed_kind()?,
                at: e.at,
                actor: e.actor,
                text: e.text,
                location: e.location,
            })
        })
        .collect::<Result<_>>()?;
    Ok(UnitHistory {
        unit: unit_view(unit, &holds),
        steps,
    })
}

/// How many days ahead availability looks, today included.
pub const AVAILABILITY_DAYS: u32 = 28;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DayAvailability {
    /// ISO date.
    pub date: String,
    /// Units a one-day booking on this day could get (what D3 would pick from).
    pub free: u32,
    /// Indexes into `reservations`: the ones that keep a unit from being free this day.
    pub behind: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReservationView {
    pub order_number: String,
    pub customer: String,
    pub serial: String,
    /// "Tue 1 – Fri 4 Dec 2026", "from Tue 1 Dec 2026 on".
    pub span_text: String,
    pub out: bool,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AvailabilityView {
    pub product_id: i32,
    pub product_name: String,
    /// Units that are not retired.
    pub units: u32,
    pub in_repair: u32,
    /// Days a unit rests between two bookings, which the numbers count in.
    pub buffer_days: u32,
    pub days: Vec<DayAvailability>,
    pub reservations: Vec<ReservationView>,
}

/// How many units of a product are free on each day from `today`, and the
/// reservations behind each number: the same units and the same test
/// (`UnitAvailability::is_free`) D3's `pick_units` reserves with.
pub async fn availability(db: &Db, product_id: i32, today: NaiveDate) -> Result<AvailabilityView> {
    let snap = db.snapshot().await?;
    let product = snap.product(product_id)?;
    let buffer = snap.stock_buffer_days;
    let last = today + Days::new(AVAILABILITY_DAYS as u64 - 1);
    let range = Span {
        start: today,
        end: last,
    };
    let mut tx = db.pool().begin().await?;
    let units = stock::availability(&mut tx, product_id, &range, buffer).await?;
    let states: HashMap<i32, _> = units.iter().map(|u| (u.unit_id, u.state)).collect();
    let held: Vec<ReservationRecord> = stock::reservations(&mut *tx, None, Some(product_id))
        .await?
        .into_iter()
        .filter(|r| r.span.clashes(&range, buffer))
        .collect();
    let days = range
        .start
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|d| {
            let day = Span { start: d, end: d };
            DayAvailability {
                date: d.to_string(),
                free: free_on(&units, d, buffer) as u32,
                behind: held
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| {
                        states.get(&r.unit_id) == Some(&crate::domain::stock::UnitState::Available)
                            && r.span.clashes(&day, buffer)
                    })
                    .map(|(i, _)| i as u32)
                    .collect(),
            }
        })
        .collect();
    use crate::domain::stock::UnitState as S;
    Ok(AvailabilityView {
        product_id,
        product_name: product.name.clone(),
        units: units.iter().filter(|u| u.state != S::Retired).count() as u32,
        in_repair: units.iter().filter(|u| u.state == S::InRepair).count() as u32,
        buffer_days: buffer,
        days,
        reservations: held
            .into_iter()
            .map(|r| ReservationView {
                span_text: r.span.for_people(),
                order_number: r.order_number,
                customer: r.customer,
                serial: r.serial,
                out: r.delivered,
            })
            .collect(),
    })
}
