//! D7: an order whose items are all delivered or cancelled, none held, is completed.

use super::{save, Ctx, ItemOutcome};
use crate::domain::order::{derive_order_status, OrderStatus};
use crate::domain::{DecisionPoint, ItemStatus, Reason};
use crate::error::RefusalKind;
use crate::i18n::Because;
use crate::store::{items, orders, Db};
use crate::{Error, Result};

pub async fn complete_order(
    db: &Db,
    ctx: &Ctx,
    order_id: i32,
    expected_version: i32,
) -> Result<Vec<ItemOutcome>> {
    let mut tx = db.begin_write().await?;
    let order = orders::get(&mut tx, order_id).await?;
    if order.version != expected_version {
        return Err(Error::Conflict {
            entity: "order",
            id: order_id.into(),
            expected: expected_version,
            found: order.version,
        });
    }
    let all = items::for_order(&mut tx, order_id).await?;
    let status = derive_order_status(
        &all.iter()
            .map(|i| (i.status(), i.on_hold()))
            .collect::<Vec<_>>(),
    );
    if status != OrderStatus::ReadyToComplete {
        let open = all
            .iter()
            .filter(|i| {
                !matches!(
                    i.status(),
                    ItemStatus::Delivered | ItemStatus::Cancelled | ItemStatus::Completed
                ) || i.on_hold()
            })
            .map(|i| (i.position.into(), i.status(), i.on_hold()))
            .collect();
        return Err(Error::refuse(
            RefusalKind::NotReadyToComplete,
            Because::NotReadyToComplete {
                order: order.number,
                open,
            },
        ));
    }
    let mut out = Vec::new();
    for mut i in all
        .into_iter()
        .filter(|i| i.status() == ItemStatus::Delivered)
    {
        let t = i.apply(
            ItemStatus::Completed,
            DecisionPoint::D7,
            vec![Reason::OrderCompleted {
                order: order.number.clone(),
                by: ctx.actor.clone(),
            }],
        )?;
        out.push(save(&mut tx, ctx, &mut i, &[t], Default::default()).await?);
    }
    orders::mark_completed(&mut tx, order_id, expected_version, &ctx.now_text()).await?;
    tx.commit().await?;
    Ok(out)
}
