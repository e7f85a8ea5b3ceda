use super::pipeline::{advance, auto_for_existing};
use super::{save, Ctx, ItemOutcome};
use crate::domain::limits::REASON_MAX;
use crate::domain::{matching, text};
use crate::domain::{DecisionPoint, ItemStatus, Reason};
use crate::error::RefusalKind;
use crate::i18n::{Because, Invalid, NotAMove};
use crate::read::candidates::{candidates_in, substitute_for};
use crate::store::{items, Db};
use crate::{Error, Result};

/// D2 by a person: pick the product. Also the "substitute" answer to a
/// shortage: an assigned item held for stock may be given another product
/// that has the units free (waiting for the same one is the hold itself); a
/// dearer substitute needs a note, which the trail keeps.
pub async fn assign_product(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    product_id: i32,
    note: &str,
) -> Result<ItemOutcome> {
    let note = text::optional("note", note, REASON_MAX)?;
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    if substitute_for(&item).is_some() {
        let picked = candidates_in(&mut tx, &snap, item_id, ctx.lang)
            .await?
            .into_iter()
            .find(|c| c.product_id == product_id);
        if let Some(c) = picked {
            if let Some(why) = c.unpickable {
                return Err(Error::refuse(
                    RefusalKind::Unavailable,
                    Because::CannotBePicked {
                        product: c.name,
                        why,
                    },
                ));
            }
            if let (Some(more), true) = (&c.dearer_by, note.is_empty()) {
                return Err(Error::invalid(
                    "note",
                    Invalid::DearerSayWhy {
                        product: c.name.clone(),
                        cents: more.cents.into(),
                        currency: more.currency.clone(),
                    },
                ));
            }
        }
    }
    let service = snap.service(item.service_id)?;
    let product = snap.products.get(&product_id).ok_or_else(|| {
        Error::invalid(
            "productId",
            Invalid::NoSuch {
                entity: "product",
                id: product_id.into(),
            },
        )
    })?;
    if product.archived {
        return Err(Error::invalid(
            "productId",
            Invalid::ProductArchived {
                product: product.name.clone(),
            },
        ));
    }
    if service.product_category.as_deref() != Some(product.category.as_str()) {
        return Err(Error::invalid(
            "productId",
            Invalid::NotOffered {
                product: product.name.clone(),
                category: product.category.clone(),
                service: service.name.clone(),
            },
        ));
    }
    let mut by_person = Vec::new();
    if item.status() == ItemStatus::Assigned && item.on_hold() {
        by_person.extend(item.release(Some(format!("Substituting {}", product.name))));
        by_person.push(item.apply(
            ItemStatus::NeedsAssignment,
            DecisionPoint::D3,
            vec![Reason::SubstitutePicked],
        )?);
    }
    if item.status() != ItemStatus::NeedsAssignment {
        return Err(Error::IllegalTransition {
            from: item.status(),
            to: ItemStatus::Assigned,
            reason: NotAMove::PickedWhenNeeded,
        });
    }
    item.product_id = Some(product_id);
    let fit = matching::evaluate(&item.requested_specs, product).fit;
    let mut picked = item.apply(
        ItemStatus::Assigned,
        DecisionPoint::D2,
        vec![Reason::ProductPicked {
            by: ctx.actor.clone(),
            product_id,
            product: product.name.clone(),
            fit,
        }],
    )?;
    picked.note = (!note.is_empty()).then_some(note);
    by_person.push(picked);
    let auto = auto_for_existing(&mut tx, &snap, &item, true).await?;
    let after = advance(&mut tx, &auto, &mut item).await?;
    let out = save(&mut tx, ctx, &mut item, &by_person, after).await?;
    tx.commit().await?;
    Ok(out)
}
