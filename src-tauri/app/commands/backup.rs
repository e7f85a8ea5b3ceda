use crate::documents::{self, SavedFile};
use crate::error::{AppError, CmdResult};
use crate::shops::ShopKind;
use crate::state::AppState;
use engine::i18n::FileTrouble;
use engine::read::{self, BackupCheck, BackupsView};
use engine::usecases;
use engine::RefusalKind;
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::State;

/// The backup folder and the automatic copies in it.
#[tauri::command]
#[specta::specta]
pub async fn backup_get(state: State<'_, AppState>) -> CmdResult<BackupsView> {
    state
        .read("backup_get", usecases::backups(&state.db()?))
        .await
}

/// Sets the folder the automatic copies go to (empty: `backups` beside the database).
#[tauri::command]
#[specta::specta]
pub async fn backup_set_folder(
    state: State<'_, AppState>,
    folder: String,
) -> CmdResult<BackupsView> {
    state
        .write(
            "backup_set_folder",
            usecases::set_backup_folder(&state.db()?, &state.ctx(), &folder),
        )
        .await
}

/// Copies the open shop now, to the desk's documents folder (as the day
/// sheet's PDF: Rust picks folder and name, never overwrites).
#[tauri::command]
#[specta::specta]
pub async fn backup_now(state: State<'_, AppState>) -> CmdResult<SavedFile> {
    let db = state.db()?;
    let name = state
        .read("backup_now", read::settings(&db))
        .await?
        .shop_name;
    let at = state.clock.now().with_timezone(&state.clock.zone);
    let saved = documents::reserve(
        &format!("{name} backup {}", at.format("%Y-%m-%d %H%M")),
        "db",
        db.lang(),
    )?;
    let copied = state
        .read(
            "backup_now",
            usecases::back_up_to(&db, Path::new(&saved.path)),
        )
        .await;
    if copied.is_err() {
        let _ = std::fs::remove_file(&saved.path);
    }
    copied.map(|()| saved)
}

/// What the file at `path` holds, checked without writing to it; refused
/// when it is damaged, newer, not equipflow's or does not hold together.
#[tauri::command]
#[specta::specta]
pub async fn backup_check(state: State<'_, AppState>, path: String) -> CmdResult<BackupCheck> {
    state
        .read("backup_check", read::backup_check(Path::new(path.trim())))
        .await
}

/// A restore done: what the shop holds now, and where its file before went.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RestoreDone {
    pub restored: BackupCheck,
    /// The copy of the shop as it was just before, in the backup folder.
    pub before: String,
}

/// Replaces the shop's own database with the copy at `path`, checked again
/// first; the shop as it was is copied to the backup folder before the
/// switch. A refused file changes nothing.
#[tauri::command]
#[specta::specta]
pub async fn backup_restore(state: State<'_, AppState>, path: String) -> CmdResult<RestoreDone> {
    if state.shop() != Some(ShopKind::Mine) {
        return Err(state.said(&engine::Error::refused(
            RefusalKind::NotYourShop,
            "A backup replaces your own shop: open it first (the demo is not restored)",
        )));
    }
    let db = state.db()?;
    let from = PathBuf::from(path.trim());
    let mut staged = db.path().as_os_str().to_os_string();
    staged.push(".restoring");
    let staged = PathBuf::from(staged);
    let restored = state
        .read("backup_restore", usecases::stage_restore(&from, &staged))
        .await
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&staged);
        })?;
    let (folder, _) = state
        .read("backup_restore", usecases::backup_folder(&db))
        .await?;
    std::fs::create_dir_all(&folder).map_err(|e| {
        AppError::internal(db.lang().file_trouble(FileTrouble::CouldNotMakeFolder {
            folder: &folder.display().to_string(),
            os: &e.to_string(),
        }))
    })?;
    let stamp = state.clock.now().with_timezone(&state.clock.zone);
    let before = folder.join(format!(
        "equipflow-before-restore-{}.db",
        stamp.format("%Y-%m-%d-%H%M%S")
    ));
    state
        .read("backup_restore", usecases::back_up_to(&db, &before))
        .await
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&staged);
        })?;
    drop(db);
    state.replace_file(&staged, &before).await?;
    Ok(RestoreDone {
        restored,
        before: before.display().to_string(),
    })
}
