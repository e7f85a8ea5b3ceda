use super::pipeline::{self, advance, auto_for_existing};
use super::{release_units, save, Ctx, ItemOutcome};
use crate::domain::limits::REASON_MAX;
use crate::domain::text;
use crate::domain::unit_step::Release;
use crate::domain::{DecisionPoint, ItemStatus, Reason};
use crate::i18n::NotAMove;
use crate::store::{items, Db};
use crate::{Error, Result};

/// D1 by a person: approve, then let D2–D4 run.
pub async fn approve_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    note: &str,
) -> Result<ItemOutcome> {
    let note = text::optional("note", note, REASON_MAX)?;
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    if item.status() != ItemStatus::AwaitingApproval {
        return Err(Error::IllegalTransition {
            from: item.status(),
            to: ItemStatus::Assigned,
            reason: NotAMove::OnlyAwaitingApproved,
        });
    }
    if let Some(reasons) = item.hold_reasons() {
        return Err(Error::OnHold {
            position: None,
            reasons: reasons.to_vec(),
        });
    }
    let auto = auto_for_existing(&mut tx, &snap, &item, true).await?;
    let mut by_person = pipeline::Pending::default();
    pipeline::assign(&auto, &mut item, &mut by_person)?;
    for t in &mut by_person.transitions {
        t.point = Some(DecisionPoint::D1);
        t.reasons.insert(
            0,
            Reason::Approved {
                by: ctx.actor.clone(),
            },
        );
        t.note = (!note.is_empty()).then(|| note.clone());
    }
    let after = advance(&mut tx, &auto, &mut item).await?;
    let out = save(&mut tx, ctx, &mut item, &by_person.transitions, after).await?;
    tx.commit().await?;
    Ok(out)
}

/// D1 by a person: reject with a reason; the item is cancelled and kept.
pub async fn reject_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    reason: &str,
) -> Result<ItemOutcome> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    if item.status() != ItemStatus::AwaitingApproval {
        return Err(Error::IllegalTransition {
            from: item.status(),
            to: ItemStatus::Cancelled,
            reason: NotAMove::OnlyAwaitingRejected,
        });
    }
    let t = item.apply(
        ItemStatus::Cancelled,
        DecisionPoint::D1,
        vec![Reason::Rejected { note: reason }],
    )?;
    release_units(&mut tx, ctx, &item, Release::ItemRejected).await?;
    let out = save(&mut tx, ctx, &mut item, &[t], Default::default()).await?;
    tx.commit().await?;
    Ok(out)
}
