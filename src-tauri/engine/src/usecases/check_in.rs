//! D8 check-in: what a collected return brings back is scanned unit by unit
//! with its condition (good: back to stock after the buffer; damaged: to
//! repair; missing: retired), then the return is closed and the holding ends.

use super::{save, Ctx, ItemOutcome};
use crate::domain::holding::{check_scan, CheckInCondition, HoldingState};
use crate::domain::limits::{REASON_MAX, SERIAL_MAX};
use crate::domain::order::TransactionType;
use crate::domain::stock::UnitEventKind;
use crate::domain::text;
use crate::domain::unit_step::{Release, UnitStep};
use crate::domain::{DecisionPoint, Item, ItemStatus, Reason};
use crate::i18n::{Invalid, NotAMove};
use crate::read::check_in::{check_in_view_in, expected, CheckInView};
use crate::store::unit_events::{self, NewUnitEvent};
use crate::store::{holdings, items, orders, stock, Db, Tx};
use crate::{Error, Result};

/// The collected item at `expected_version` and its holding, or why it cannot be checked in.
async fn collected(tx: &mut Tx, item_id: i32, expected_version: i32) -> Result<(Item, i32)> {
    let item = items::get_at_version(tx, item_id, expected_version).await?;
    if item.status() != ItemStatus::Collected {
        return Err(Error::IllegalTransition {
            from: item.status(),
            to: ItemStatus::Delivered,
            reason: NotAMove::OnlyCollectedCheckedIn,
        });
    }
    let holding = holdings::of_way_back_item(&mut **tx, item_id)
        .await?
        .ok_or_else(|| Error::Corrupt(format!("item {item_id}: collected without its holding")))?;
    Ok((item, holding))
}

/// One scanned unit in, with its condition; a damaged or missing unit needs
/// a note. The item's version stays: fifty scans in a row need no reload.
pub async fn check_in_unit(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    serial: &str,
    condition: CheckInCondition,
    note: &str,
) -> Result<CheckInView> {
    let serial = text::required("serial", serial, SERIAL_MAX)?;
    let note = if condition.needs_note() {
        text::required("note", note, REASON_MAX)
            .map_err(|_| Error::invalid("note", Invalid::SayWhyCondition { condition }))?
    } else {
        text::optional("note", note, REASON_MAX)?
    };
    let mut tx = db.begin_write().await?;
    let (item, holding) = collected(&mut tx, item_id, expected_version).await?;
    let units = holdings::brought_back(&mut *tx, item_id).await?;
    let known = !stock::known_serials(&mut *tx, std::slice::from_ref(&serial))
        .await?
        .is_empty();
    let unit = check_scan(&serial, &expected(&units), known)
        .map_err(|why| Error::validation("serial", why.sentence(&serial)))?
        .unit_id;
    let now = ctx.now_text();
    let checked = holdings::CheckIn {
        holding_id: holding,
        unit_id: unit,
        item_id,
        condition,
        note: &note,
    };
    holdings::check_in_unit(&mut tx, &checked, &now, ctx.today()).await?;
    let number = orders::get(&mut tx, item.order_id).await?.number;
    // The reservation that sent it out is over; the trail says so, as it does for every release.
    for sent_by in stock::release_for_unit(&mut tx, unit).await? {
        let order_id = items::get(&mut tx, sent_by).await?.order_id;
        let order = orders::get(&mut tx, order_id).await?;
        let step = NewUnitEvent {
            unit_id: unit,
            kind: UnitEventKind::Released,
            location: None,
            order_id: Some(order.id),
            step: UnitStep::Released {
                order: order.number,
                why: Release::BackWith {
                    order: number.clone(),
                },
            },
        };
        unit_events::append(&mut tx, &step, &ctx.actor, &now).await?;
    }
    let u = stock::unit(&mut *tx, unit).await?;
    let (kind, state, cond) = condition.outcome(u.condition);
    let what = UnitStep::CheckedIn {
        order: number,
        condition,
        note,
    };
    let step = NewUnitEvent {
        unit_id: unit,
        kind,
        location: None,
        order_id: Some(item.order_id),
        step: what,
    };
    unit_events::append(&mut tx, &step, &ctx.actor, &now).await?;
    stock::set_unit(&mut *tx, unit, &u.location, state, cond).await?;
    let view = check_in_view_in(&mut tx, item_id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Every unit is checked in: the return is done (D8 → ready to complete) and
/// its holding returned; a swap or change keeps its holding, with the new units.
/// A unit missing keeps a return's holding open ("return requested") until a
/// person decides what the customer owes.
pub async fn close_check_in(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<ItemOutcome> {
    let mut tx = db.begin_write().await?;
    let (mut item, holding) = collected(&mut tx, item_id, expected_version).await?;
    let units = holdings::brought_back(&mut *tx, item_id).await?;
    let open: Vec<String> = units
        .iter()
        .filter(|u| u.checked_in_at.is_none())
        .map(|u| u.serial.clone())
        .collect();
    if !open.is_empty() {
        return Err(Error::invalid(
            "serial",
            Invalid::StillToCheckIn { serials: open },
        ));
    }
    let conditions = units
        .iter()
        .map(|u| format!("{} {}", u.serial, u.condition.as_deref().unwrap_or("")))
        .collect();
    let t = item.apply(
        ItemStatus::Delivered,
        DecisionPoint::D8,
        vec![Reason::CheckedIn {
            by: ctx.actor.clone(),
            conditions,
        }],
    )?;
    let out = save(&mut tx, ctx, &mut item, &[t], Default::default()).await?;
    let h = holdings::get(&mut *tx, holding).await?;
    let missing = units
        .iter()
        .any(|u| u.condition.as_deref() == Some(CheckInCondition::Missing.as_str()));
    let state = match item.transaction_type {
        TransactionType::Return if missing => HoldingState::ReturnRequested,
        TransactionType::Return => HoldingState::Returned,
        TransactionType::Swap | TransactionType::Change => HoldingState::Active,
        TransactionType::Order | TransactionType::Cancellation => h.state,
    };
    holdings::set_state(&mut tx, holding, h.version, state, h.end, &ctx.now_text()).await?;
    tx.commit().await?;
    Ok(out)
}
