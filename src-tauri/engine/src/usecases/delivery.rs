//! D6: out for delivery, then delivered or failed.

use super::{save, Ctx, ItemOutcome};
use crate::domain::text;
use crate::domain::{DecisionPoint, ItemStatus};
use crate::store::{items, resources, Db};
use crate::{Error, Result};

/// The driver or technician leaves: every item of the booking is in delivery.
pub async fn dispatch_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<Vec<ItemOutcome>> {
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let Some(booking) = item
        .booking_id
        .filter(|_| item.status == ItemStatus::Scheduled)
    else {
        return Err(Error::IllegalTransition {
            from: item.status,
            to: ItemStatus::InDelivery,
            reason: "only a scheduled item can be dispatched".into(),
        });
    };
    let mut out = Vec::new();
    for mut i in items::for_booking(&mut tx, booking).await? {
        if i.status != ItemStatus::Scheduled {
            continue;
        }
        let t = i.apply(
            ItemStatus::InDelivery,
            DecisionPoint::D6,
            vec![format!("Dispatched by {}", ctx.actor)],
        )?;
        out.push(save(&mut tx, ctx, &mut i, &[t], Default::default()).await?);
    }
    tx.commit().await?;
    Ok(out)
}

pub async fn mark_delivered(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<ItemOutcome> {
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let siblings = items::for_order(&mut tx, item.order_id).await?;
    let open = siblings
        .iter()
        .filter(|s| {
            s.id != item.id
                && !matches!(
                    s.status,
                    ItemStatus::Delivered | ItemStatus::Completed | ItemStatus::Cancelled
                )
        })
        .count();
    let reason = if open == 0 {
        "Delivered: the order is ready to complete".to_string()
    } else {
        format!("Delivered: {open} more item(s) of the order still open")
    };
    let t = item.apply(ItemStatus::Delivered, DecisionPoint::D6, vec![reason])?;
    let out = save(&mut tx, ctx, &mut item, &[t], Default::default()).await?;
    tx.commit().await?;
    Ok(out)
}

/// Delivery not possible: back to the delivery queue with the reason.
pub async fn mark_delivery_failed(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    reason: &str,
) -> Result<ItemOutcome> {
    let reason = text::required("reason", reason, 500)?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let booking = item.booking_id.take();
    let t = item.apply(
        ItemStatus::Ready,
        DecisionPoint::D6,
        vec![format!("Delivery failed: {reason}")],
    )?;
    let out = save(&mut tx, ctx, &mut item, &[t], Default::default()).await?;
    if let Some(b) = booking {
        resources::delete_booking_if_empty(&mut tx, b).await?;
    }
    tx.commit().await?;
    Ok(out)
}
