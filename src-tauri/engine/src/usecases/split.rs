use super::{save, Ctx, ItemOutcome};
use crate::domain::item::EventKind;
use crate::domain::limits::ITEMS_MAX;
use crate::domain::{ItemStatus, Reason};
use crate::error::RefusalKind;
use crate::i18n::{Because, Invalid};
use crate::store::{items, Db};
use crate::{Error, Result};

/// D4 by a person: ship the given items as a delivery of their own instead
/// of waiting for the rest of the order. `items` pairs ids with the versions seen.
pub async fn split_order(
    db: &Db,
    ctx: &Ctx,
    order_id: i32,
    split: &[(i32, i32)],
) -> Result<Vec<ItemOutcome>> {
    if split.is_empty() {
        return Err(Error::invalid("items", Invalid::NothingToSplit));
    }
    if split.len() > ITEMS_MAX {
        return Err(Error::invalid(
            "items",
            Invalid::TooManyToSplit {
                n: split.len(),
                max: ITEMS_MAX,
            },
        ));
    }
    for (i, (id, _)) in split.iter().enumerate() {
        if split[..i].iter().any(|(other, _)| other == id) {
            return Err(Error::invalid(
                format!("items[{i}].itemId"),
                Invalid::ItemListedTwice { item: (*id).into() },
            ));
        }
    }
    let mut tx = db.begin_write().await?;
    let all = items::for_order(&mut tx, order_id).await?;
    if all.is_empty() {
        return Err(Error::not_found("order", order_id));
    }
    let live = all.iter().filter(|i| !i.status().is_terminal()).count();
    if split.len() >= live {
        return Err(Error::invalid("items", Invalid::SplitsEverything));
    }
    let new_group = all.iter().map(|i| i.delivery_group).max().unwrap_or(1) + 1;
    let mut out = Vec::new();
    for (i, (id, version)) in split.iter().enumerate() {
        let mut item = all.iter().find(|it| it.id == *id).cloned().ok_or_else(|| {
            Error::invalid(
                format!("items[{i}].itemId"),
                Invalid::NotInOrder {
                    item: (*id).into(),
                    order: order_id.into(),
                },
            )
        })?;
        if item.version != *version {
            return Err(Error::Conflict {
                entity: "item",
                id: (*id).into(),
                expected: *version,
                found: item.version,
            });
        }
        if matches!(
            item.status(),
            ItemStatus::Scheduled | ItemStatus::InDelivery
        ) || item.status().is_terminal()
            || item.status() == ItemStatus::Delivered
        {
            return Err(Error::refuse(
                RefusalKind::NotSplittable,
                Because::NotSplittable {
                    item: (*id).into(),
                    status: item.status(),
                },
            ));
        }
        item.delivery_group = new_group;
        let t = item.same_status_event(
            EventKind::Split,
            vec![Reason::SplitOff {
                delivery: new_group,
                by: ctx.actor.clone(),
            }],
        );
        out.push(save(&mut tx, ctx, &mut item, &[t], Default::default()).await?);
    }
    tx.commit().await?;
    Ok(out)
}
