//! Undo of a person's last step, where the flow can go back; otherwise why not.

use super::schedule::unbook;
use super::{save, Ctx, ItemOutcome, SYSTEM};
use crate::domain::{DecisionPoint, ItemStatus};
use crate::store::{events, items, Db};
use crate::{Error, Result};

pub async fn undo_last(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<Vec<ItemOutcome>> {
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let trail = events::for_item(&mut *tx, item_id).await?;
    let last = trail
        .iter()
        .rev()
        .find(|e| e.actor != SYSTEM)
        .ok_or_else(|| Error::Refused("nothing a person did to this item to undo".into()))?;
    if trail.last().map(|e| e.id) != Some(last.id) {
        return Err(Error::Refused(
            "the flow moved the item on after your step; undo it by hand".into(),
        ));
    }
    let out = match (
        last.kind.as_str(),
        last.from_status.as_str(),
        last.to_status.as_str(),
    ) {
        ("transition", "preparing", "ready") => {
            let t = item.apply(
                ItemStatus::Preparing,
                DecisionPoint::D4,
                vec![format!("Undo by {}: back to preparation", ctx.actor)],
            )?;
            vec![save(&mut tx, ctx, &mut item, &[t], Default::default()).await?]
        }
        ("transition", "ready", "scheduled") => {
            let booking = item.booking_id.ok_or_else(|| {
                Error::Corrupt(format!("scheduled item {item_id} has no booking"))
            })?;
            unbook(&mut tx, ctx, booking, "Undo of scheduling").await?
        }
        ("hold", _, _) => {
            let t = item
                .release(Some(format!("Undo by {}", ctx.actor)))
                .ok_or_else(|| Error::Refused("the item is no longer on hold".into()))?;
            vec![save(&mut tx, ctx, &mut item, &[t], Default::default()).await?]
        }
        (kind, from, to) => {
            return Err(Error::Refused(match (kind, to) {
                ("transition", "cancelled") => {
                    "a cancellation cannot be undone; submit the item again".into()
                }
                ("transition", "completed") => "a completed order cannot be reopened".into(),
                ("reschedule", _) => {
                    "a moved booking is not undone here; drag it back in the planner".into()
                }
                ("transition", "delivered") => {
                    "a delivery cannot be undone; record a return".into()
                }
                ("transition", _) if back_step(from, to) => {
                    "a step back cannot be undone; move the item on again".into()
                }
                ("transition", _) => {
                    format!("{from} → {to} cannot be undone: stock or bookings were committed")
                }
                _ => format!("a {kind} cannot be undone"),
            }))
        }
    };
    tx.commit().await?;
    Ok(out)
}

fn back_step(from: &str, to: &str) -> bool {
    match (ItemStatus::parse(from), ItemStatus::parse(to)) {
        (Some(f), Some(t)) => f.direction_to(t) == Some(crate::domain::status::Direction::Back),
        _ => false,
    }
}
