//! CSV in and out: a file's preview, its import (progress polled, and
//! cancelled without writing anything), and a table saved as CSV.

use crate::documents::{self, SavedFile};
use crate::error::CmdResult;
use crate::state::AppState;
use engine::domain::sheet::SheetKind;
use engine::read::{self, ImportDone, ImportPreview, ImportStatus};
use engine::usecases;
use tauri::State;

/// Checks a CSV file (its bytes as read from the disk) as `kind` against the
/// shop, writing nothing: the counts and every row's problems.
#[tauri::command]
#[specta::specta]
pub async fn import_preview(
    state: State<'_, AppState>,
    kind: SheetKind,
    bytes: Vec<u8>,
) -> CmdResult<ImportPreview> {
    let ctx = state.ctx();
    state
        .read(
            "import_preview",
            usecases::preview_import(&state.db()?, &ctx, kind, &bytes),
        )
        .await
}

/// Imports the file, every row or none; `import_status` tells how far it is.
#[tauri::command]
#[specta::specta]
pub async fn import_apply(
    state: State<'_, AppState>,
    kind: SheetKind,
    bytes: Vec<u8>,
) -> CmdResult<ImportDone> {
    let ctx = state.ctx();
    state
        .write(
            "import_apply",
            usecases::apply_import(&state.db()?, &ctx, kind, &bytes, &state.import),
        )
        .await
}

/// How far the running import is.
#[tauri::command]
#[specta::specta]
pub async fn import_status(state: State<'_, AppState>) -> CmdResult<ImportStatus> {
    Ok(state.import.status())
}

/// Stops the running import; it writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn import_cancel(state: State<'_, AppState>) -> CmdResult<()> {
    state.import.cancel();
    Ok(())
}

/// Saves the shop's whole `kind` table as CSV in the desk's documents folder,
/// in the columns the import reads.
#[tauri::command]
#[specta::specta]
pub async fn export_csv_save(state: State<'_, AppState>, kind: SheetKind) -> CmdResult<SavedFile> {
    let db = state.db()?;
    let text = state
        .read("export_csv_save", read::export_csv(&db, kind))
        .await?;
    documents::save_csv(kind.title(), &text, db.lang())
}
