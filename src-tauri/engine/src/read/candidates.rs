//! D2: the products a person can pick for an item, with why each fits and how
//! many units are free in its window.

use crate::domain::matching;
use crate::domain::stock::{Span, UnitAvailability};
use crate::store::{items, stock, Db};
use crate::Result;
use serde::Serialize;

/// A product a person can pick for an item, best first, with why it fits.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CandidateView {
    pub product_id: i32,
    pub name: String,
    pub full_match: bool,
    pub explanation: String,
    pub free_units: i32,
}

/// D2 candidates for an item, ranked by fit and then by free stock in its window.
pub async fn item_candidates(db: &Db, item_id: i32) -> Result<Vec<CandidateView>> {
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let item = items::get(&mut tx, item_id).await?;
    let service = snap.service(item.service_id)?;
    let span = Span::for_item(&item.window, service.unit_comes_back());
    let mut cands = matching::rank(&item.requested_specs, &snap.products_for(service));
    if service.uses_stock() {
        for c in &mut cands {
            let units: Vec<UnitAvailability> =
                stock::availability(&mut tx, c.product_id, &span, snap.stock_buffer_days).await?;
            c.free_units = units
                .iter()
                .filter(|u| u.is_free(&span, snap.stock_buffer_days))
                .count() as u32;
        }
        matching::sort(&mut cands);
    }
    Ok(cands
        .into_iter()
        .map(|c| CandidateView {
            explanation: c.explanation(),
            product_id: c.product_id,
            name: c.name,
            full_match: c.full_match,
            free_units: c.free_units as i32,
        })
        .collect())
}
