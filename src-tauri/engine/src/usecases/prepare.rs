use super::{save, Ctx, ItemOutcome};
use crate::domain::{DecisionPoint, ItemStatus, Reason};
use crate::store::{items, Db};
use crate::Result;

/// Picking, packing and configuring done: the item joins the delivery queue.
pub async fn mark_prepared(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
) -> Result<ItemOutcome> {
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let siblings = items::for_order(&mut tx, item.order_id).await?;
    let group: Vec<_> = siblings
        .iter()
        .filter(|s| {
            s.id != item.id
                && s.delivery_group == item.delivery_group
                && s.status() != ItemStatus::Cancelled
        })
        .collect();
    // The reason stays on the card: it states what stays true. How many of
    // the order are ready changes with the siblings; the board counts that live.
    let reason = Reason::Prepared {
        with_others: !group.is_empty(),
    };
    let t = item.apply(ItemStatus::Ready, DecisionPoint::D4, vec![reason])?;
    let out = save(&mut tx, ctx, &mut item, &[t], Default::default()).await?;
    tx.commit().await?;
    Ok(out)
}
