//! The Stock screen: every unit and where it is now, a unit's history, a
//! receipt's scanned lines, and how many units of a product (or of any
//! product of a category with given specs) are free on each of the coming days.

use super::line_fit::{spec_values, SpecOptions};
use crate::domain::catalog::{categories, Product, Specs};
use crate::domain::limits::CATEGORY_MAX;
use crate::domain::stock::{
    free_on, PlaceKind, Span, UnitAction, UnitCondition, UnitEventKind, UnitHold, UnitState,
    Whereabouts,
};
use crate::domain::unit_step::UnitStep;
use crate::domain::{matching, text};
use crate::i18n::{Invalid, Lang};
use crate::store::stock::{self, ReservationRecord, UnitRecord};
use crate::store::{unit_events, Db};
use crate::{Error, Result};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
    pub fn of(lines: Vec<ReceiptLine>, lang: Lang) -> ReceiptPreview {
        let accepted = lines.iter().filter(|l| l.accepted).count() as u32;
        ReceiptPreview {
            receive_label: lang.receive(accepted),
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

impl ProductChoice {
    fn of(p: &Product) -> ProductChoice {
        ProductChoice {
            id: p.id,
            sku: p.sku.clone(),
            name: p.name.clone(),
        }
    }
}

/// A category availability can be asked of, with the specs its products have.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CategoryChoice {
    pub category: String,
    /// Each spec key its products have, with their values, smallest first.
    pub specs: Vec<SpecOptions>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StockView {
    pub units: Vec<UnitView>,
    /// What goods can be received as (not archived), by name.
    pub products: Vec<ProductChoice>,
    /// The categories of those products, by name.
    pub categories: Vec<CategoryChoice>,
    /// The places units are kept now, for the receipt and the move.
    pub locations: Vec<String>,
}

fn unit_view(u: UnitRecord, holds: &[UnitHold], lang: Lang) -> UnitView {
    let place = Whereabouts::of(u.state, holds);
    UnitView {
        actions: UnitAction::ALL
            .iter()
            .map(|&a| UnitActionView {
                action: a,
                label: lang.unit_action(a).into(),
                why_not: place
                    .allows(a, &u.serial)
                    .err()
                    .map(|(_, why)| lang.because(&why)),
            })
            .collect(),
        place: place.kind(),
        place_text: lang.whereabouts(&place),
        condition: u.condition,
        condition_label: lang.unit_condition(u.condition).into(),
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
            unit_view(u, h, db.lang())
        })
        .collect();
    let active: Vec<&Product> = snap.products.values().filter(|p| !p.archived).collect();
    let mut products: Vec<ProductChoice> = active.iter().map(|p| ProductChoice::of(p)).collect();
    products.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let categories = categories(active.iter().copied())
        .into_iter()
        .map(|category| {
            let of = snap.products_of(&category);
            let keys: BTreeSet<&str> = of
                .iter()
                .flat_map(|p| p.specs.iter().map(|(k, _)| k))
                .collect();
            CategoryChoice {
                specs: keys.into_iter().map(|k| spec_values(k, &of)).collect(),
                category,
            }
        })
        .collect();
    Ok(StockView {
        units,
        products,
        categories,
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
    /// The step in the desk's language.
    pub text: String,
    pub location: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnitHistory {
    pub unit: UnitView,
    /// Oldest first.
    pub steps: Vec<UnitStepView>,
    /// Who has had it, the one who has it now first.
    pub holders: Vec<super::holdings::HolderView>,
}

pub async fn unit_history(db: &Db, unit_id: i32) -> Result<UnitHistory> {
    let mut tx = db.pool().begin().await?;
    let unit = stock::unit(&mut *tx, unit_id).await?;
    let holds: Vec<UnitHold> = stock::reservations(&mut *tx, Some(unit_id), None)
        .await?
        .into_iter()
        .map(ReservationRecord::hold)
        .collect();
    let lang = db.lang();
    let steps = unit_events::for_unit(&mut *tx, unit_id)
        .await?
        .into_iter()
        .map(|e| {
            Ok(UnitStepView {
                kind: e.typed_kind()?,
                // A step written before its words were kept reads as written.
                text: match (lang, e.words) {
                    (Lang::En, _) | (_, None) => e.text,
                    (lang, Some(words)) => lang.unit_step(&UnitStep::from_json(&words)?),
                },
                at: e.at,
                actor: e.actor,
                location: e.location,
            })
        })
        .collect::<Result<_>>()?;
    let holders = crate::store::holdings::holders_of_unit(&mut *tx, unit_id)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    Ok(UnitHistory {
        unit: unit_view(unit, &holds, lang),
        steps,
        holders,
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
    /// "Philips 22E1N 22\"", or "Any laptop with ram 16GB".
    pub title: String,
    /// The products whose units are counted (for a category: those that
    /// have every spec asked for, as D2 matches them), by name.
    pub products: Vec<ProductChoice>,
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
    free_units(
        db,
        product.name.clone(),
        std::slice::from_ref(product),
        today,
    )
    .await
}

/// How many units of any product of `category` that has `specs` (as D2
/// matches a request: "16GB", ">=16") are free on each day from `today`:
/// what a person checks before promising "a 16GB laptop" on the phone.
pub async fn category_availability(
    db: &Db,
    category: &str,
    specs: &BTreeMap<String, String>,
    today: NaiveDate,
) -> Result<AvailabilityView> {
    let snap = db.snapshot().await?;
    let category = text::required("category", category, CATEGORY_MAX)?.to_lowercase();
    let specs = Specs::parse("specs", specs)?;
    let of_category = snap.products_of(&category);
    if of_category.is_empty() {
        return Err(Error::invalid(
            "category",
            Invalid::NoProductOfCategory {
                category: text::echo(&category),
            },
        ));
    }
    let fitting: Vec<Product> = of_category
        .into_iter()
        .filter(|p| matching::evaluate(&specs, p).full_match)
        .collect();
    let asked: Vec<String> = specs.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let title = db.lang().any_of(&category, &asked.join(", "));
    free_units(db, title, &fitting, today).await
}

async fn free_units(
    db: &Db,
    title: String,
    products: &[Product],
    today: NaiveDate,
) -> Result<AvailabilityView> {
    let buffer = db.snapshot().await?.stock_buffer_days;
    let last = today + Days::new(AVAILABILITY_DAYS as u64 - 1);
    let range = Span {
        start: today,
        end: last,
    };
    let mut tx = db.pool().begin().await?;
    let mut units = Vec::new();
    let mut held: Vec<ReservationRecord> = Vec::new();
    for p in products {
        units.extend(stock::availability(&mut tx, p.id, &range, buffer).await?);
        held.extend(
            stock::reservations(&mut *tx, None, Some(p.id))
                .await?
                .into_iter()
                .filter(|r| r.span.clashes(&range, buffer)),
        );
    }
    held.sort_by(|a, b| {
        (a.span.start, &a.order_number, &a.serial).cmp(&(b.span.start, &b.order_number, &b.serial))
    });
    let states: HashMap<i32, _> = units.iter().map(|u| (u.unit_id, u.state)).collect();
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
                        states.get(&r.unit_id) == Some(&UnitState::Available)
                            && r.span.clashes(&day, buffer)
                    })
                    .map(|(i, _)| i as u32)
                    .collect(),
            }
        })
        .collect();
    let mut choices: Vec<ProductChoice> = products.iter().map(ProductChoice::of).collect();
    choices.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(AvailabilityView {
        title,
        products: choices,
        units: units
            .iter()
            .filter(|u| u.state != UnitState::Retired)
            .count() as u32,
        in_repair: units
            .iter()
            .filter(|u| u.state == UnitState::InRepair)
            .count() as u32,
        buffer_days: buffer,
        days,
        reservations: held
            .into_iter()
            .map(|r| ReservationView {
                span_text: db
                    .lang()
                    .span(r.span.start, crate::domain::reason::until(&r.span)),
                order_number: r.order_number,
                customer: r.customer,
                serial: r.serial,
                out: r.delivered,
            })
            .collect(),
    })
}
