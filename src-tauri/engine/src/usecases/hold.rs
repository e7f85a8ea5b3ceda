use super::pipeline::{advance, auto_for_existing, Pending};
use super::{save, Ctx, ItemOutcome, REASON_MAX};
use crate::domain::text;
use crate::domain::{DecisionPoint, HoldKind, ItemStatus, Reason};
use crate::error::RefusalKind;
use crate::i18n::Because;
use crate::store::{items, Db};
use crate::{Error, Result};

/// Puts an item on hold (customer asked to wait, a check pending, ...).
pub async fn hold_item(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    reason: &str,
) -> Result<ItemOutcome> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let t = item.hold(
        HoldKind::Manual,
        vec![Reason::HeldBy {
            by: ctx.actor.clone(),
            note: reason,
        }],
    )?;
    let out = save(&mut tx, ctx, &mut item, &[t], Pending::default()).await?;
    tx.commit().await?;
    Ok(out)
}

/// Releases a hold and lets the automatic steps go on. A shortage released
/// without new stock puts the item back on hold: that is the "wait" option.
pub async fn release_hold(
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
    let t = item
        .release((!note.is_empty()).then_some(note))
        .ok_or_else(|| {
            Error::refuse(
                RefusalKind::NotOnHold,
                Because::NotOnHold {
                    item: item_id.into(),
                },
            )
        })?;
    let auto = auto_for_existing(&mut tx, &snap, &item, false).await?;
    let after = advance(&mut tx, &auto, &mut item).await?;
    let out = save(&mut tx, ctx, &mut item, &[t], after).await?;
    tx.commit().await?;
    Ok(out)
}

/// D3 override: go on without reserved stock, with a logged reason.
pub async fn override_shortage(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    reason: &str,
) -> Result<ItemOutcome> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let short =
        item.status() == ItemStatus::Assigned && item.hold_kind() == Some(HoldKind::Shortage);
    if !short {
        return Err(Error::refused(
            RefusalKind::NotAShortage,
            "only an item held for a stock shortage can be overridden",
        ));
    }
    let mut by_person: Vec<_> = item.release(None).into_iter().collect();
    let mut t = item.apply(
        ItemStatus::Preparing,
        DecisionPoint::D3,
        vec![Reason::ShortageOverridden {
            by: ctx.actor.clone(),
            note: reason,
        }],
    )?;
    t.overridden = true;
    item.mark_overridden();
    by_person.push(t);
    let auto = auto_for_existing(&mut tx, &snap, &item, false).await?;
    let after = advance(&mut tx, &auto, &mut item).await?;
    let out = save(&mut tx, ctx, &mut item, &by_person, after).await?;
    tx.commit().await?;
    Ok(out)
}
