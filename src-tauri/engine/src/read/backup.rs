//! The Settings screen's backups: the folder, the copies in it, and what a
//! file picked for a restore holds.

use crate::domain::backup::day_of;
use crate::i18n::Because;
use crate::store::backup::{self, Contents};
use crate::{Error, RefusalKind, Result};
use serde::Serialize;
use std::path::Path;

/// Where the automatic copies go and which are there.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupsView {
    pub folder: String,
    /// Whether the folder is the one beside the database (no folder chosen).
    pub default_folder: bool,
    /// The automatic copies, newest first.
    pub copies: Vec<BackupCopy>,
}

/// One automatic copy.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupCopy {
    pub path: String,
    pub file_name: String,
    /// The day it was made, ISO "YYYY-MM-DD".
    pub day: String,
    pub kilobytes: i32,
}

/// A file checked before it may replace the shop: what it holds.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupCheck {
    pub path: String,
    pub shop_name: String,
    pub orders: i32,
    pub items: i32,
    pub customers: i32,
    pub units: i32,
    /// Saved by an older equipflow: its tables are brought up to date once restored.
    pub older_version: bool,
}

/// The automatic copies in `folder`, newest first (none when it does not exist yet).
pub fn copies(folder: &Path) -> Vec<BackupCopy> {
    let mut out: Vec<BackupCopy> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let file_name = entry.file_name().to_string_lossy().to_string();
            let day = day_of(&file_name)?;
            let bytes = entry.metadata().ok()?.len();
            Some(BackupCopy {
                path: entry.path().display().to_string(),
                file_name,
                day: day.to_string(),
                kilobytes: i32::try_from(bytes.div_ceil(1024)).unwrap_or(i32::MAX),
            })
        })
        .collect();
    out.sort_by(|a, b| b.day.cmp(&a.day));
    out
}

/// Reads `path` without writing to it: refused when it is damaged, from a
/// newer equipflow, not equipflow's, or breaks an invariant; else what it holds.
pub async fn backup_check(path: &Path) -> Result<BackupCheck> {
    let (mut conn, pending) = backup::open_to_read(path).await?;
    let contents = backup::contents(&mut conn, pending).await;
    let _ = sqlx::Connection::close(conn).await;
    let Contents {
        orders,
        items,
        customers,
        units,
        shop_name,
        broken,
    } = contents?;
    if let Some(first) = broken.first() {
        return Err(Error::refuse(
            RefusalKind::DatabaseDamaged,
            Because::BackupBroken {
                path: path.display().to_string(),
                first: first.clone(),
            },
        ));
    }
    let count = |n: i64| i32::try_from(n).unwrap_or(i32::MAX);
    Ok(BackupCheck {
        path: path.display().to_string(),
        shop_name,
        orders: count(orders),
        items: count(items),
        customers: count(customers),
        units: count(units),
        older_version: pending > 0,
    })
}
