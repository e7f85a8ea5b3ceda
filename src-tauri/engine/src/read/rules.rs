//! The rules as the editor shows them, and what a rule would hit if it ran now.

use super::board::item_title;
use crate::domain::rules::{Rule, RuleSpec};
use crate::domain::{Item, ItemStatus};
use crate::store::catalog::Snapshot;
use crate::store::{rules, Db};
use crate::Result;
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
                spec: Rule::try_from(r)?.spec,
            })
        })
        .collect()
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

impl RuleHitView {
    /// The rule's hit on `item`, with why it fired.
    pub fn new(
        snap: &Snapshot,
        order_number: &str,
        customer_name: &str,
        item: &Item,
        reason: String,
    ) -> Result<RuleHitView> {
        Ok(RuleHitView {
            item_id: item.id,
            order_id: item.order_id,
            order_number: order_number.into(),
            position: item.position,
            title: item_title(
                snap,
                item.service_id,
                item.product_id,
                &item.requested_specs,
            )?,
            customer_name: customer_name.into(),
            status: item.status(),
            status_label: item.status().label().to_string(),
            reason,
        })
    }
}
