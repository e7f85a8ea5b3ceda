//! The shop's settings: set up a new shop (its name and currency), and edit
//! every setting later. Each change is checked, written with its line in the
//! settings log in one transaction, and reaches the snapshot at once.

use super::Ctx;
use crate::domain::settings::{parse_currency, parse_shop_name, ShopSettings, KEYS};
use crate::read::SettingsView;
use crate::store::{settings, Db};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsInput {
    pub shop_name: String,
    pub order_prefix: String,
    pub inventory_pattern: String,
    pub stock_buffer_days: i32,
    pub travel_buffer_minutes: i32,
    /// ISO 4217, e.g. "EUR".
    pub currency: String,
}

/// What the first run asks of a new shop.
#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ShopSetupInput {
    pub shop_name: String,
    pub currency: String,
}

/// A new shop's name and currency, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopSetup {
    name: String,
    currency: String,
}

impl ShopSetupInput {
    /// Checked before anything is created, so a refused setup leaves no file behind.
    pub fn parse(&self) -> Result<ShopSetup> {
        Ok(ShopSetup {
            name: parse_shop_name(&self.shop_name)?,
            currency: parse_currency(&self.currency)?,
        })
    }
}

/// Saves every setting as `input` has it, if the settings are still at `expected_version`.
pub async fn update_settings(
    db: &Db,
    ctx: &Ctx,
    expected_version: i32,
    input: SettingsInput,
) -> Result<SettingsView> {
    let parsed = ShopSettings::parse(
        &input.shop_name,
        &input.order_prefix,
        &input.inventory_pattern,
        input.stock_buffer_days,
        input.travel_buffer_minutes,
        &input.currency,
    )?;
    write(db, ctx, Some(expected_version), &parsed.entries()).await?;
    crate::read::settings(db).await
}

/// Names a new shop and sets its currency (the first run's "Set up my shop").
pub async fn set_up_shop(db: &Db, ctx: &Ctx, setup: &ShopSetup) -> Result<()> {
    write(
        db,
        ctx,
        None,
        &[
            (KEYS[0].0, setup.name.clone()),
            (KEYS[5].0, setup.currency.clone()),
        ],
    )
    .await
}

async fn write(
    db: &Db,
    ctx: &Ctx,
    expected_version: Option<i32>,
    entries: &[(&'static str, String)],
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    let found = settings::version(&mut *tx).await?;
    if let Some(expected) = expected_version.filter(|v| *v != found) {
        return Err(Error::Conflict {
            entity: "settings",
            id: 1,
            expected,
            found,
        });
    }
    let changed = settings::change(&mut tx, entries, &ctx.actor, &ctx.now_text()).await?;
    tx.commit().await?;
    if changed > 0 {
        db.invalidate_snapshot();
    }
    Ok(())
}
