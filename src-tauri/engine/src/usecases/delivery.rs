//! D6: out for delivery, then delivered or failed.

use super::{booking_of, save, Ctx, ItemOutcome};
use crate::domain::holding::HoldingState;
use crate::domain::limits::REASON_MAX;
use crate::domain::order::TransactionType;
use crate::domain::stock::UnitEventKind;
use crate::domain::text;
use crate::domain::unit_step::UnitStep;
use crate::domain::{DecisionPoint, Item, ItemStatus, Reason};
use crate::i18n::NotAMove;
use crate::store::catalog::Snapshot;
use crate::store::holdings::{self, NewHolding};
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
        NotAMove::OnlyScheduledDispatched,
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
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let out = deliver(&mut tx, ctx, &snap, &mut item).await?;
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
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut out = Vec::new();
    for mut i in trip_of(&mut tx, item_id, expected_version).await? {
        out.push(deliver(&mut tx, ctx, &snap, &mut i).await?);
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
        NotAMove::OnlyOutComesBack,
    )?;
    Ok(items::for_booking(tx, booking)
        .await?
        .into_iter()
        .filter(|i| i.status() == ItemStatus::InDelivery)
        .collect())
}

/// D6's good outcome, in the item's direction: an order is delivered and
/// becomes a holding of its customer; what comes back (a return, the old
/// unit of a swap or change) is collected and waits for check-in (D8); a
/// cancellation ends its holding. Every unit that moves gets the step in its
/// trail, in the same transaction.
async fn deliver(tx: &mut Tx, ctx: &Ctx, snap: &Snapshot, item: &mut Item) -> Result<ItemOutcome> {
    // Only what stays true: how much of the order is delivered changes with
    // the siblings, and the board counts it live for every card of the order.
    let by = ctx.actor.clone();
    let (to, why) = if item.transaction_type.brings_units_back() {
        (ItemStatus::Collected, Reason::Collected { by })
    } else {
        (ItemStatus::Delivered, Reason::Delivered { by })
    };
    let t = item.apply(to, DecisionPoint::D6, vec![why])?;
    let out = save(tx, ctx, item, &[t], Default::default()).await?;
    let order = orders::get(tx, item.order_id).await?;
    let now = ctx.now_text();
    let holding = match holdings::of_way_back_item(&mut **tx, item.id).await? {
        Some(h) => h,
        None if item.transaction_type == TransactionType::Order => {
            holdings::insert(tx, &new_holding(snap, &order, item)?, &now).await?
        }
        None => {
            return Err(crate::Error::Corrupt(format!(
                "item {}: a way back without its holding",
                item.id
            )))
        }
    };
    let coming_back = holdings::units(&mut **tx, holding).await?;
    let going_out = stock::active_for_item(tx, item.id).await?;
    for r in &going_out {
        holdings::add_unit(tx, holding, r.unit_id, &now).await?;
        let step = NewUnitEvent {
            unit_id: r.unit_id,
            kind: UnitEventKind::Delivered,
            location: None,
            order_id: Some(item.order_id),
            step: UnitStep::Delivered {
                order: order.number.clone(),
                by: ctx.actor.clone(),
            },
        };
        unit_events::append(tx, &step, &ctx.actor, &now).await?;
    }
    if let (Some(p), false) = (item.product_id, going_out.is_empty()) {
        holdings::set_product(tx, holding, p).await?;
    }
    if item.transaction_type.brings_units_back() {
        for u in coming_back.iter().filter(|u| u.checked_in_at.is_none()) {
            let step = NewUnitEvent {
                unit_id: u.unit_id,
                kind: UnitEventKind::Collected,
                location: None,
                order_id: Some(item.order_id),
                step: UnitStep::Collected {
                    order: order.number.clone(),
                    by: ctx.actor.clone(),
                },
            };
            unit_events::append(tx, &step, &ctx.actor, &now).await?;
        }
    }
    if item.transaction_type == TransactionType::Cancellation {
        let h = holdings::get(&mut **tx, holding).await?;
        let ends = Some(item.window.start());
        holdings::set_state(tx, holding, h.version, HoldingState::Ended, ends, &now).await?;
    }
    Ok(out)
}

/// What a delivered order item leaves with its customer: its costs as the
/// rules price the line (one-time with the product, monthly), and an end
/// for a rental (the day its unit comes back).
fn new_holding(snap: &Snapshot, order: &orders::OrderRow, item: &Item) -> Result<NewHolding> {
    let s = snap.service(item.service_id)?;
    let product_cents = match item.product_id {
        Some(p) => snap.product(p)?.unit_cents,
        None => 0,
    };
    let q = item.quantity as i64;
    Ok(NewHolding {
        customer_id: order.customer_id,
        recipient_id: order.recipient_id,
        service_id: item.service_id,
        product_id: item.product_id,
        item_id: item.id,
        quantity: item.quantity,
        start: item.window.start(),
        end: s.unit_comes_back().then(|| item.window.end()),
        one_time_cents: (s.one_time_cents + product_cents) * q,
        monthly_cents: s.monthly_cents * q,
    })
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
