//! What a new shop still has to enter before its first order can flow: the
//! board shows these steps until every one is done. Products come first: a
//! service that delivers hardware names a category some product has.

use crate::store::{checklist, Db};
use crate::Result;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SetupStepKey {
    Products,
    Services,
    Stock,
    Customers,
    People,
    Vans,
}

impl SetupStepKey {
    pub const ALL: [SetupStepKey; 6] = [
        SetupStepKey::Products,
        SetupStepKey::Services,
        SetupStepKey::Stock,
        SetupStepKey::Customers,
        SetupStepKey::People,
        SetupStepKey::Vans,
    ];
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SetupStep {
    pub key: SetupStepKey,
    /// "Add services"
    pub label: String,
    /// What it is for, in a few words.
    pub hint: String,
    pub count: i32,
    pub done: bool,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SetupChecklist {
    pub steps: Vec<SetupStep>,
    /// Every step done: the board shows no checklist.
    pub complete: bool,
}

pub async fn setup_checklist(db: &Db) -> Result<SetupChecklist> {
    let c = checklist::counts(db.pool()).await?;
    let lang = db.lang();
    let step = |key, count: i64| {
        let (label, hint) = lang.setup_step(key);
        SetupStep {
            key,
            label: label.into(),
            hint: hint.into(),
            count: count.min(i32::MAX as i64) as i32,
            done: count > 0,
        }
    };
    let steps = vec![
        step(SetupStepKey::Products, c.products),
        step(SetupStepKey::Services, c.services),
        step(SetupStepKey::Stock, c.stock_units),
        step(SetupStepKey::Customers, c.customers),
        step(SetupStepKey::People, c.people),
        step(SetupStepKey::Vans, c.vans),
    ];
    Ok(SetupChecklist {
        complete: steps.iter().all(|s| s.done),
        steps,
    })
}
