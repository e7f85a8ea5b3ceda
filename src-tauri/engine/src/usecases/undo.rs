//! Undo of a person's last step, where the flow can go back; otherwise why not.

use super::schedule::unbook;
use super::{save, Ctx, ItemOutcome, SYSTEM};
use crate::domain::undo::{undo_of, Undo};
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
    let (kind, from, to) = last.typed()?;
    let undo =
        undo_of(kind, from, to).map_err(|why| Error::refused(RefusalKind::CannotUndo, why))?;
    let out = match undo {
        Undo::BackToPreparing => {
            let t = item.apply(
                ItemStatus::Preparing,
                DecisionPoint::D4,
                vec![Reason::BackToPreparation {
                    by: ctx.actor.clone(),
                }],
            )?;
            vec![save(&mut tx, ctx, &mut item, &[t], Default::default()).await?]
        }
        Undo::Unschedule => {
            let booking = item.booking_id().ok_or_else(|| {
                Error::Corrupt(format!("scheduled item {item_id} has no booking"))
            })?;
            unbook(&mut tx, ctx, booking, true).await?
        }
        Undo::Release => {
            let t = item
                .release(Some(format!("Undo by {}", ctx.actor)))
                .ok_or_else(|| {
                    Error::refused(RefusalKind::NotOnHold, "the item is no longer on hold")
                })?;
            vec![save(&mut tx, ctx, &mut item, &[t], Default::default()).await?]
        }
    };
    tx.commit().await?;
    // The step the person took now is the undo, whatever it took to do it.
    Ok(out
        .into_iter()
        .map(|o| ItemOutcome {
            step: "Undone".into(),
            ..o
        })
        .collect())
}
