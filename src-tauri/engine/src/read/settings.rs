//! The shop's settings as the Settings screen shows them, with their trail.

use crate::domain::settings::{order_number, InventoryPattern, BACKUP_FOLDER, KEYS};
use crate::store::{audit, settings, Db};
use crate::{Error, Result};
use serde::Serialize;

/// How many of the latest changes the screen lists.
const LOG_SHOWN: usize = 50;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    pub version: i32,
    pub shop_name: String,
    pub order_prefix: String,
    pub inventory_pattern: String,
    /// The first inventory number the pattern makes ("INV-00001").
    pub inventory_example: String,
    /// The next order's number as it will read ("EF-000061").
    pub order_example: String,
    pub stock_buffer_days: i32,
    pub travel_buffer_minutes: i32,
    pub currency: String,
    /// The latest changes, newest first.
    pub log: Vec<SettingChange>,
}

/// One save from the audit trail: when, by whom, and each setting it changed.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingChange {
    /// RFC 3339.
    pub at: String,
    pub actor: String,
    pub edits: Vec<SettingEdit>,
}

/// One setting changed, from what to what.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingEdit {
    /// The form's field ("stockBufferDays").
    pub field: String,
    /// Its name on the screen ("Stock buffer").
    pub label: String,
    pub from: String,
    pub to: String,
}

/// A line of the trail ("stockBufferDays: 1 → 2") as the screen names it.
fn edit(line: &str) -> SettingEdit {
    let (field, rest) = line.split_once(": ").unwrap_or((line, ""));
    let (from, to) = rest.split_once(" → ").unwrap_or(("", rest));
    let label = KEYS
        .iter()
        .chain([&BACKUP_FOLDER])
        .find(|(_, f, _)| *f == field)
        .map_or(field, |(_, _, l)| l);
    SettingEdit {
        field: field.into(),
        label: label.into(),
        from: from.into(),
        to: to.into(),
    }
}

pub async fn settings(db: &Db) -> Result<SettingsView> {
    let pool = db.pool();
    let stored = settings::shop(pool).await?;
    let value = |i: usize| stored[i].1.clone();
    let number = |i: usize| {
        value(i)
            .parse::<i32>()
            .map_err(|_| Error::Corrupt(format!("setting {} is not a number", KEYS[i].0)))
    };
    let pattern = InventoryPattern::parse(KEYS[2].1, &value(2))?;
    let next_order = crate::store::orders::count(pool).await? + 1;
    let trail = audit::for_entity(pool, settings::AUDIT_ENTITY, 1).await?;
    let log = trail
        .into_iter()
        .rev()
        .take(LOG_SHOWN)
        .map(|r| {
            let lines: Vec<String> = serde_json::from_str(&r.changes)
                .map_err(|e| Error::Corrupt(format!("audit changes: {e}")))?;
            Ok(SettingChange {
                at: r.at,
                actor: r.actor,
                edits: lines.iter().map(|l| edit(l)).collect(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(SettingsView {
        version: settings::version(pool).await?,
        shop_name: value(0),
        order_prefix: value(1),
        inventory_pattern: value(2),
        inventory_example: pattern.render(1),
        order_example: order_number(&value(1), next_order),
        stock_buffer_days: number(3)?,
        travel_buffer_minutes: number(4)?,
        currency: value(5),
        log,
    })
}
