//! Cancelling keeps the item (for traceability) and frees its stock and slot.

use super::{release_units, save, Ctx, ItemOutcome};
use crate::domain::limits::REASON_MAX;
use crate::domain::text;
use crate::domain::unit_step::Release;
use crate::domain::{Item, ItemStatus, Reason};
use crate::error::RefusalKind;
use crate::i18n::Because;
use crate::store::{items, resources, Db, Tx};
use crate::{Error, Result};

async fn cancel_one(tx: &mut Tx, ctx: &Ctx, mut item: Item, reason: &str) -> Result<ItemOutcome> {
    let point = item.status().decision_point();
    // Cancelled, the item is off its booking: drop the booking once empty.
    let booking = item.booking_id();
    let t = item.apply(
        ItemStatus::Cancelled,
        point,
        vec![Reason::Cancelled {
            by: ctx.actor.clone(),
            note: reason.to_string(),
        }],
    )?;
    release_units(tx, ctx, &item, Release::ItemCancelled).await?;
    let out = save(tx, ctx, &mut item, &[t], Default::default()).await?;
    if let Some(b) = booking {
        resources::delete_booking_if_empty(tx, b).await?;
    }
    Ok(out)
}

pub async fn cancel_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    reason: &str,
) -> Result<ItemOutcome> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let out = cancel_one(&mut tx, ctx, item, &reason).await?;
    tx.commit().await?;
    Ok(out)
}

/// Cancels every open item of an order, or none if any is already out for delivery.
pub async fn cancel_order(
    db: &Db,
    ctx: &Ctx,
    order_id: i32,
    reason: &str,
) -> Result<Vec<ItemOutcome>> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    let mut tx = db.begin_write().await?;
    let all = items::for_order(&mut tx, order_id).await?;
    if all.is_empty() {
        return Err(Error::not_found("order", order_id));
    }
    if let Some(out) = all
        .iter()
        .find(|i| matches!(i.status(), ItemStatus::InDelivery | ItemStatus::Delivered))
    {
        return Err(Error::refuse(
            RefusalKind::NotCancellable,
            Because::NotCancellable {
                position: out.position.into(),
                status: out.status(),
            },
        ));
    }
    let mut done = Vec::new();
    for item in all.into_iter().filter(|i| !i.status().is_terminal()) {
        done.push(cancel_one(&mut tx, ctx, item, &reason).await?);
    }
    if done.is_empty() {
        return Err(Error::refuse(
            RefusalKind::NoOpenItems,
            Because::NoOpenItems {
                order: order_id.into(),
            },
        ));
    }
    tx.commit().await?;
    Ok(done)
}
