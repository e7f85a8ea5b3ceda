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
    let step = |key, label: &str, hint: &str, count: i64| SetupStep {
        key,
        label: label.into(),
        hint: hint.into(),
        count: count.min(i32::MAX as i64) as i32,
        done: count > 0,
    };
    let steps = vec![
        step(
            SetupStepKey::Products,
            "Add products",
            "what you sell and deliver, with their specs",
            c.products,
        ),
        step(
            SetupStepKey::Services,
            "Add services",
            "what customers order, made of your products",
            c.services,
        ),
        step(
            SetupStepKey::Stock,
            "Receive stock",
            "the units you reserve and deliver",
            c.stock_units,
        ),
        step(
            SetupStepKey::Customers,
            "Add customers",
            "who orders, with their people and addresses",
            c.customers,
        ),
        step(
            SetupStepKey::People,
            "Add people",
            "drivers and technicians who deliver",
            c.people,
        ),
        step(
            SetupStepKey::Vans,
            "Add vans",
            "what deliveries go out in",
            c.vans,
        ),
    ];
    Ok(SetupChecklist {
        complete: steps.iter().all(|s| s.done),
        steps,
    })
}
