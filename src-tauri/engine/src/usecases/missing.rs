//! A unit checked in missing is retired and its holding stays open until a
//! person decides: found after all (back in stock, or to repair), written off
//! by the shop, or charged to the customer. Once every missing unit of the
//! holding is decided, the holding is returned (all found) or ended.

use super::Ctx;
use crate::domain::holding::{decided_state, CheckInCondition, HoldingState, MissingDecision};
use crate::domain::limits::REASON_MAX;
use crate::domain::stock::UnitEventKind;
use crate::domain::text;
use crate::domain::unit_step::UnitStep;
use crate::i18n::Invalid;
use crate::read::holdings::{holding_view_in, HoldingView};
use crate::store::unit_events::{self, NewUnitEvent};
use crate::store::{audit, holdings, items, stock, Db};
use crate::{Error, Result};

/// The decision on one missing unit of a holding, with the person's reason,
/// in one transaction: the decision, the unit's step in its trail, the
/// holding's state and its line in the audit trail.
pub async fn decide_missing(
    db: &Db,
    ctx: &Ctx,
    holding_id: i32,
    expected_version: i32,
    unit_id: i32,
    decision: MissingDecision,
    note: &str,
) -> Result<HoldingView> {
    let note = text::required("note", note, REASON_MAX)
        .map_err(|_| Error::invalid("note", Invalid::SayWhyDecided { decision }))?;
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let h = holdings::get(&mut *tx, holding_id).await.map_err(|_| {
        Error::invalid(
            "holdingId",
            Invalid::NoSuch {
                entity: "holding",
                id: holding_id.into(),
            },
        )
    })?;
    if h.version != expected_version {
        return Err(Error::Conflict {
            entity: "holding",
            id: holding_id.into(),
            expected: expected_version,
            found: h.version,
        });
    }
    let units = holdings::units(&mut *tx, holding_id).await?;
    let row = units
        .iter()
        .find(|u| u.unit_id == unit_id && u.awaits_decision())
        .ok_or_else(|| {
            let why = match units.iter().find(|u| u.unit_id == unit_id) {
                Some(u) if u.decision.is_some() => Invalid::DecidedAlready {
                    serial: u.serial.clone(),
                },
                Some(u) => Invalid::NotMissing {
                    serial: u.serial.clone(),
                },
                None => Invalid::NoUnitIn {
                    holding: h.title(),
                    unit: unit_id.into(),
                },
            };
            Error::invalid("unitId", why)
        })?;
    let now = ctx.now_text();
    holdings::decide_missing(&mut tx, row.id, decision, &note, &now, &ctx.actor).await?;

    let order_id = items::get(&mut tx, h.item_id).await?.order_id;
    let u = stock::unit(&mut *tx, unit_id).await?;
    let (kind, state, condition) = match decision.found() {
        Some(found) => found.outcome(u.condition),
        None => (UnitEventKind::Retired, u.state, u.condition),
    };
    let what = UnitStep::MissingDecided {
        decision,
        note: note.clone(),
        customer: h.customer.clone(),
    };
    let step = NewUnitEvent {
        unit_id,
        kind,
        location: None,
        order_id: Some(order_id),
        step: what,
    };
    unit_events::append(&mut tx, &step, &ctx.actor, &now).await?;
    stock::set_unit(&mut *tx, unit_id, &u.location, state, condition).await?;

    // Once every missing unit is decided the holding is returned, or ended
    // (today, unless its end was earlier); `None` while one still waits.
    let decided: Option<Vec<MissingDecision>> = units
        .iter()
        .filter(|x| x.condition.as_deref() == Some(CheckInCondition::Missing.as_str()))
        .map(|x| match x.id == row.id {
            true => Some(decision),
            false => x.decision.as_deref().and_then(MissingDecision::parse),
        })
        .collect();
    // A swap or change that lost the old unit leaves the new one with the
    // customer: the holding goes on as it is, whatever is decided.
    let still_held = units.iter().any(|u| u.checked_in_at.is_none());
    let today = ctx.today();
    let (state, end) = match decided.filter(|_| !still_held).map(|d| decided_state(&d)) {
        Some(HoldingState::Ended) => (
            HoldingState::Ended,
            Some(h.end.map_or(today, |e| e.min(today))),
        ),
        Some(state) => (state, h.end),
        None => (h.state, h.end),
    };
    holdings::set_state(&mut tx, holding_id, h.version, state, end, &now).await?;
    audit::append(
        &mut tx,
        &now,
        &ctx.actor,
        "holding",
        holding_id,
        "missing_decided",
        &[format!("{}: {}: {note}", row.serial, decision.label())],
    )
    .await?;
    let view = holding_view_in(&mut tx, &snap.currency, holding_id, today, ctx.lang).await?;
    tx.commit().await?;
    Ok(view)
}
