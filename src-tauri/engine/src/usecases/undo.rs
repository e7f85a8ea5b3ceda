//! Undo of a person's last step, where the flow can go back; otherwise why not.

use super::schedule::unbook;
use super::{save, Ctx, ItemOutcome, SYSTEM};
use crate::domain::item::EventKind;
use crate::domain::status::Direction;
use crate::domain::{DecisionPoint, ItemStatus, Reason};
use crate::error::RefusalKind;
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
        .ok_or_else(|| {
            Error::refused(
                RefusalKind::NothingToUndo,
                "nothing a person did to this item to undo",
            )
        })?;
    if trail.last().map(|e| e.id) != Some(last.id) {
        return Err(Error::refused(
            RefusalKind::UndoOvertaken,
            "the flow moved the item on after your step; undo it by hand",
        ));
    }
    use EventKind as K;
    use ItemStatus as S;
    let out = match last.typed()? {
        (K::Transition, S::Preparing, S::Ready) => {
            let t = item.apply(
                ItemStatus::Preparing,
                DecisionPoint::D4,
                vec![Reason::BackToPreparation {
                    by: ctx.actor.clone(),
                }],
            )?;
            vec![save(&mut tx, ctx, &mut item, &[t], Default::default()).await?]
        }
        (K::Transition, S::Ready, S::Scheduled) => {
            let booking = item.booking_id().ok_or_else(|| {
                Error::Corrupt(format!("scheduled item {item_id} has no booking"))
            })?;
            unbook(&mut tx, ctx, booking, true).await?
        }
        (K::Hold, _, _) => {
            let t = item
                .release(Some(format!("Undo by {}", ctx.actor)))
                .ok_or_else(|| {
                    Error::refused(RefusalKind::NotOnHold, "the item is no longer on hold")
                })?;
            vec![save(&mut tx, ctx, &mut item, &[t], Default::default()).await?]
        }
        (kind, from, to) => {
            let why = match (kind, to) {
                (K::Transition, S::Cancelled) => {
                    "a cancellation cannot be undone; submit the item again".to_string()
                }
                (K::Transition, S::Completed) => "a completed order cannot be reopened".into(),
                (K::Reschedule, _) => {
                    "a moved booking is not undone here; drag it back in the planner".into()
                }
                (K::Transition, S::Delivered) => {
                    "a delivery cannot be undone; record a return".into()
                }
                (K::Transition, _) if from.direction_to(to) == Some(Direction::Back) => {
                    "a step back cannot be undone; move the item on again".into()
                }
                (K::Transition, _) => {
                    format!("{from} → {to} cannot be undone: stock or bookings were committed")
                }
                (kind, _) => format!("a {} cannot be undone", kind.as_str()),
            };
            return Err(Error::refused(RefusalKind::CannotUndo, why));
        }
    };
    tx.commit().await?;
    Ok(out)
}
