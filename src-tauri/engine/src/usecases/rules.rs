use super::Ctx;
use crate::domain::rules::RuleSpec;
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
