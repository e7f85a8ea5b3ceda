//! D2: the products a person can pick for an item, with why each fits and how
//! many units are free in its window.

use super::Money;
use crate::domain::stock::{Span, UnitAvailability};
use crate::domain::{matching, HoldKind, Item, ItemStatus};
use crate::i18n::Lang;
use crate::store::catalog::Snapshot;
use crate::store::{items, stock, Db, Tx};
use crate::Result;
use serde::Serialize;

/// A product a person can pick for an item, best first, with what fits and
/// what does not, its price, and whether it can be had.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CandidateView {
    pub product_id: i32,
    pub name: String,
    pub full_match: bool,
    pub explanation: String,
    /// The requested specs it meets ("size=24").
    pub matches: Vec<String>,
    /// The requested specs it does not meet.
    pub differs: Vec<String>,
    pub free_units: i32,
    pub unit_price: Money,
    /// Whether it can be picked now; a substitute needs free units for the whole quantity.
    pub available: bool,
    /// Why it cannot, when it cannot, in the desk's language.
    pub unavailable_reason: Option<String>,
    /// Why it cannot, for a refusal to word in any language.
    #[serde(skip)]
    pub unpickable: Option<Unpickable>,
    /// How much more a substitute costs than the product the item has now,
    /// each; picking it asks for a note.
    pub dearer_by: Option<Money>,
}

/// Why a product cannot be picked as a substitute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unpickable {
    /// The product the item is held for: waiting for it is the hold itself.
    HasNow,
    /// Fewer units free over the item's days than it wants.
    TooFew { free: u32, wanted: u32, span: Span },
}

/// D2 candidates for an item, ranked by fit and then by free stock in its window.
pub async fn item_candidates(db: &Db, item_id: i32) -> Result<Vec<CandidateView>> {
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    candidates_in(&mut tx, &snap, item_id, db.lang()).await
}

/// The candidates as a transaction sees them: a use case that acts on a pick
/// checks it against the stock it is about to write, not an earlier read.
/// Sentences in `lang`.
pub async fn candidates_in(
    tx: &mut Tx,
    snap: &Snapshot,
    item_id: i32,
    lang: Lang,
) -> Result<Vec<CandidateView>> {
    let item = items::get(tx, item_id).await?;
    let service = snap.service(item.service_id)?;
    let span = Span::for_item(&item.window, service.unit_comes_back());
    let mut cands = matching::rank(&item.requested_specs, &snap.products_for(service));
    if service.uses_stock() {
        for c in &mut cands {
            let units: Vec<UnitAvailability> =
                stock::availability(tx, c.product_id, &span, snap.stock_buffer_days).await?;
            c.free_units = units
                .iter()
                .filter(|u| u.is_free(&span, snap.stock_buffer_days))
                .count() as u32;
        }
        matching::sort(&mut cands);
    }
    let current = substitute_for(&item).and_then(|id| snap.products.get(&id));
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let product = snap.product(c.product_id)?;
        let unpickable = match current {
            Some(now) if now.id == c.product_id => Some(Unpickable::HasNow),
            Some(_) if service.uses_stock() && c.free_units < item.quantity => {
                Some(Unpickable::TooFew {
                    free: c.free_units,
                    wanted: item.quantity,
                    span,
                })
            }
            _ => None,
        };
        let dearer_by = current
            .filter(|now| product.unit_cents > now.unit_cents)
            .map(|now| Money::new(product.unit_cents - now.unit_cents, &snap.currency));
        out.push(CandidateView {
            explanation: lang.fit(&c.fit),
            matches: c.fit.matched_words(),
            differs: c.fit.differs_words(),
            product_id: c.product_id,
            name: c.name,
            full_match: c.full_match,
            free_units: c.free_units as i32,
            unit_price: Money::new(product.unit_cents, &snap.currency),
            available: unpickable.is_none(),
            unavailable_reason: unpickable.as_ref().map(|why| lang.unpickable(why)),
            unpickable,
            dearer_by,
        });
    }
    Ok(out)
}

/// The product an item held for a stock shortage has now: its candidates are substitutes.
pub fn substitute_for(item: &Item) -> Option<i32> {
    (item.status() == ItemStatus::Assigned && item.hold_kind() == Some(HoldKind::Shortage))
        .then_some(item.product_id)
        .flatten()
}
