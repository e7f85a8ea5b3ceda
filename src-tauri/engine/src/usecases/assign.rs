use super::pipeline::{advance, auto_for_existing};
use super::{save, Ctx, ItemOutcome};
use crate::domain::matching;
use crate::domain::stock::{Span, UnitAvailability};
use crate::domain::{DecisionPoint, ItemStatus};
use crate::store::{items, stock, Db};
use crate::{Error, Result};
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

/// D2 by a person: pick the product. Also the "substitute" answer to a
/// shortage: an assigned item held for stock may be given another product.
pub async fn assign_product(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    product_id: i32,
) -> Result<ItemOutcome> {
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let service = snap.service(item.service_id)?;
    let product = snap.products.get(&product_id).ok_or_else(|| {
        Error::validation("productId", format!("no product with id {product_id}"))
    })?;
    if service.product_category.as_deref() != Some(product.category.as_str()) {
        return Err(Error::validation(
            "productId",
            format!(
                "{} is a {}, not something {} offers",
                product.name, product.category, service.name
            ),
        ));
    }
    let mut by_person = Vec::new();
    if item.status() == ItemStatus::Assigned && item.on_hold() {
        by_person.extend(item.release(Some(format!("Substituting {}", product.name))));
        by_person.push(item.apply(
            ItemStatus::NeedsAssignment,
            DecisionPoint::D3,
            vec!["Shortage: substitute picked".into()],
        )?);
    }
    if item.status() != ItemStatus::NeedsAssignment {
        return Err(Error::IllegalTransition {
            from: item.status(),
            to: ItemStatus::Assigned,
            reason: "a product is picked for items needing assignment, or held for a shortage"
                .into(),
        });
    }
    item.product_id = Some(product_id);
    let fit = matching::evaluate(&item.requested_specs, product);
    by_person.push(item.apply(
        ItemStatus::Assigned,
        DecisionPoint::D2,
        vec![format!(
            "{} picked {}: {}",
            ctx.actor,
            product.name,
            fit.explanation()
        )],
    )?);
    let auto = auto_for_existing(&mut tx, &snap, &item, true).await?;
    let after = advance(&mut tx, &auto, &mut item).await?;
    let out = save(&mut tx, ctx, &mut item, &by_person, after).await?;
    tx.commit().await?;
    Ok(out)
}
