use super::Ctx;
use crate::domain::rules::{Rule, RuleSpec};
use crate::domain::ItemStatus;
use crate::store::{rules, Db};
use crate::{Error, Result};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RuleView {
    pub id: i32,
    pub version: i32,
    pub spec: RuleSpec,
}

pub async fn list_rules(db: &Db) -> Result<Vec<RuleView>> {
    rules::list_rows(db.pool())
        .await?
        .into_iter()
        .map(|r| {
            let (id, version) = (r.id, r.version);
            Ok(RuleView {
                id,
                version,
                spec: crate::domain::rules::Rule::try_from(r)?.spec,
            })
        })
        .collect()
}

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

/// An open item a rule would fire on, and why.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RuleHitView {
    pub item_id: i32,
    pub order_id: i32,
    pub order_number: String,
    pub position: i32,
    /// As the board's card calls it.
    pub title: String,
    pub customer_name: String,
    pub status: ItemStatus,
    pub status_label: String,
    pub reason: String,
}

/// Which open items (not yet past D3) the rule would hit if it ran now; nothing is changed.
pub async fn preview_rule(db: &Db, spec: RuleSpec) -> Result<Vec<RuleHitView>> {
    let rule = Rule {
        id: 0,
        spec: spec.validate()?,
    };
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let orders: Vec<(i32, String)> = sqlx::query_as(
        "SELECT DISTINCT o.id, o.number FROM items i JOIN orders o ON o.id = i.order_id
         WHERE i.status IN ('new', 'awaiting_approval', 'needs_assignment', 'assigned', 'preparing')
         ORDER BY o.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    let mut hits = Vec::new();
    for (order_id, order_number) in orders {
        let (of, siblings) = crate::usecases::pipeline::order_facts(&mut tx, order_id).await?;
        for it in siblings
            .iter()
            .filter(|i| !i.status().is_ready_or_beyond() && !i.status().is_terminal())
        {
            if let Some(hit) = rule.fires(&crate::usecases::pipeline::facts(&snap, &of, it)?) {
                hits.push(RuleHitView {
                    item_id: it.id,
                    order_id,
                    order_number: order_number.clone(),
                    position: it.position,
                    title: crate::read::board::item_title(
                        &snap,
                        it.service_id,
                        it.product_id,
                        &it.requested_specs,
                    )?,
                    customer_name: of.customer.name.clone(),
                    status: it.status(),
                    status_label: it.status().label().to_string(),
                    reason: hit.reason,
                });
            }
        }
    }
    Ok(hits)
}
