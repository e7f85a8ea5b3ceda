//! D6: out for delivery, then delivered or failed.

use super::{booking_of, save, Ctx, ItemOutcome};
use crate::domain::limits::REASON_MAX;
use crate::domain::stock::UnitEventKind;
use crate::domain::text;
use crate::domain::{DecisionPoint, Item, ItemStatus, Reason};
use crate::store::unit_events::{self, NewUnitEvent};
use crate::store::{items, orders, resources, stock, Db, Tx};
use crate::Result;

/// The driver or technician leaves: every item of the booking is in delivery.
pub async fn dispatch_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<Vec<ItemOutcome>> {
    let mut tx = db.begin_write().await?;
    let item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let booking = booking_of(
        &item,
        ItemStatus::Scheduled,
        ItemStatus::InDelivery,
        "only a scheduled item can be dispatched",
    )?;
    let mut out = Vec::new();
    for mut i in items::for_booking(&mut tx, booking).await? {
        if i.status() != ItemStatus::Scheduled {
            continue;
        }
        let t = i.apply(
            ItemStatus::InDelivery,
            DecisionPoint::D6,
            vec![Reason::Dispatched {
                by: ctx.actor.clone(),
            }],
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
    let out = deliver(&mut tx, ctx, &mut item).await?;
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
    let reason = text::required("reason", reason, REASON_MAX)?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let out = fail(&mut tx, ctx, &mut item, &reason).await?;
    tx.commit().await?;
    Ok(out)
}

/// The whole trip came back delivered: every item of the item's booking still
/// out, in one transaction.
pub async fn mark_trip_delivered(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<Vec<ItemOutcome>> {
    let mut tx = db.begin_write().await?;
    let mut out = Vec::new();
    for mut i in trip_of(&mut tx, item_id, expected_version).await? {
        out.push(deliver(&mut tx, ctx, &mut i).await?);
    }
    tx.commit().await?;
    Ok(out)
}

/// Nobody could take the trip's delivery: every item still out goes back to the
/// queue with the reason, in one transaction.
pub async fn mark_trip_failed(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    reason: &str,
) -> Result<Vec<ItemOutcome>> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    let mut tx = db.begin_write().await?;
    let mut out = Vec::new();
    for mut i in trip_of(&mut tx, item_id, expected_version).await? {
        out.push(fail(&mut tx, ctx, &mut i, &reason).await?);
    }
    tx.commit().await?;
    Ok(out)
}

/// The items of `item_id`'s booking that are out for delivery (the named item's
/// version checked; the others are read in the same transaction).
async fn trip_of(tx: &mut Tx, item_id: i32, expected_version: i32) -> Result<Vec<Item>> {
    let item = items::get_at_version(tx, item_id, expected_version).await?;
    let booking = booking_of(
        &item,
        ItemStatus::InDelivery,
        ItemStatus::Delivered,
        "only a delivery that is out can come back delivered or failed",
    )?;
    Ok(items::for_booking(tx, booking)
        .await?
        .into_iter()
        .filter(|i| i.status() == ItemStatus::InDelivery)
        .collect())
}

async fn deliver(tx: &mut Tx, ctx: &Ctx, item: &mut Item) -> Result<ItemOutcome> {
    // Only what stays true: how much of the order is delivered changes with
    // the siblings, and the board counts it live for every card of the order.
    let t = item.apply(
        ItemStatus::Delivered,
        DecisionPoint::D6,
        vec![Reason::Delivered {
            by: ctx.actor.clone(),
        }],
    )?;
    let out = save(tx, ctx, item, &[t], Default::default()).await?;
    let number = orders::get(tx, item.order_id).await?.number;
    for r in stock::active_for_item(tx, item.id).await? {
        let step = NewUnitEvent {
            unit_id: r.unit_id,
            kind: UnitEventKind::Delivered,
            location: None,
            order_id: Some(item.order_id),
            text: format!("Delivered with order {number} by {}", ctx.actor),
        };
        unit_events::append(tx, &step, &ctx.actor, &ctx.now_text()).await?;
    }
    Ok(out)
}

async fn fail(tx: &mut Tx, ctx: &Ctx, item: &mut Item, reason: &str) -> Result<ItemOutcome> {
    // Back in the queue, the item is off its booking: drop the booking once empty.
    let booking = item.booking_id();
    let t = item.apply(
        ItemStatus::Ready,
        DecisionPoint::D6,
        vec![Reason::DeliveryFailed {
            note: reason.to_string(),
        }],
    )?;
    let out = save(tx, ctx, item, &[t], Default::default()).await?;
    if let Some(b) = booking {
        resources::delete_booking_if_empty(tx, b).await?;
    }
    Ok(out)
}
