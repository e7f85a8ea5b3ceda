use super::pipeline::{facts, order_facts};
use super::Ctx;
use crate::domain::rules::{Rule, RuleSpec};
use crate::domain::ItemStatus;
use crate::read::rules::{RuleHitView, RuleView};
use crate::store::{items, rules, Db};
use crate::{Error, Result};

pub async fn create_rule(db: &Db, ctx: &Ctx, spec: RuleSpec) -> Result<RuleView> {
    let spec = spec.validate()?;
    let mut tx = db.begin_write().await?;
    let id = rules::insert(&mut *tx, &spec, &ctx.now_text()).await?;
    tx.commit().await?;
    db.invalidate_snapshot();
    Ok(RuleView {
        id,
        version: 1,
        spec,
    })
}

pub async fn update_rule(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    expected_version: i32,
    spec: RuleSpec,
) -> Result<RuleView> {
    let spec = spec.validate()?;
    let mut tx = db.begin_write().await?;
    let current = rules::get_row(&mut *tx, id).await?;
    if !rules::update(&mut *tx, id, expected_version, &spec, &ctx.now_text()).await? {
        return Err(Error::Conflict {
            entity: "rule",
            id: id.into(),
            expected: expected_version,
            found: current.version,
        });
    }
    tx.commit().await?;
    db.invalidate_snapshot();
    Ok(RuleView {
        id,
        version: expected_version + 1,
        spec,
    })
}

/// The items a preview looks at: open and not yet ready for delivery (not
/// past D3), where a D1 rule can still change an item's path.
fn previewed(status: ItemStatus) -> bool {
    status.is_open() && !status.is_ready_or_beyond()
}

/// Which open items (not yet past D3) the rule would hit if it ran now; nothing is changed.
pub async fn preview_rule(db: &Db, spec: RuleSpec) -> Result<Vec<RuleHitView>> {
    let rule = Rule {
        id: 0,
        spec: spec.validate()?,
    };
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let orders = items::orders_with_items_in(&mut *tx, previewed).await?;
    let mut hits = Vec::new();
    for (order_id, order_number) in orders {
        let (of, siblings) = order_facts(&mut tx, order_id).await?;
        for it in siblings.iter().filter(|i| previewed(i.status())) {
            if let Some(hit) = rule.fires(&facts(&snap, &of, it)?) {
                hits.push(RuleHitView::new(
                    &snap,
                    &order_number,
                    &of.customer.name,
                    it,
                    hit.reason.sentence(),
                )?);
            }
        }
    }
    Ok(hits)
}
