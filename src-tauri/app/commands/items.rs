use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::picking::PickCheck;
use engine::usecases::{self, ItemOutcome};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn item_approve(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    note: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_approve",
            usecases::approve_item(&state.db()?, &state.ctx(), item_id, version, &note),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_reject(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    reason: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_reject",
            usecases::reject_item(&state.db()?, &state.ctx(), item_id, version, &reason),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_assign(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    product_id: i32,
    note: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_assign",
            usecases::assign_product(
                &state.db()?,
                &state.ctx(),
                item_id,
                version,
                product_id,
                &note,
            ),
        )
        .await
}

/// What each serial scanned while preparing would be for the item; writes nothing.
#[tauri::command]
#[specta::specta]
pub async fn item_prepare_check(
    state: State<'_, AppState>,
    item_id: i32,
    scans: Vec<String>,
) -> CmdResult<PickCheck> {
    state
        .read(
            "item_prepare_check",
            usecases::check_preparation(&state.db()?, item_id, &scans),
        )
        .await
}

/// Marks the item prepared; with the serials scanned while preparing, all
/// of them are taken (stand-ins' reservations moved) or none.
#[tauri::command]
#[specta::specta]
pub async fn item_mark_prepared(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    scans: Vec<String>,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_mark_prepared",
            usecases::mark_prepared(&state.db()?, &state.ctx(), item_id, version, &scans),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_hold(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    reason: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_hold",
            usecases::hold_item(&state.db()?, &state.ctx(), item_id, version, &reason),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_release(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    note: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_release",
            usecases::release_hold(&state.db()?, &state.ctx(), item_id, version, &note),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_override_shortage(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    reason: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_override_shortage",
            usecases::override_shortage(&state.db()?, &state.ctx(), item_id, version, &reason),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_cancel(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    reason: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_cancel",
            usecases::cancel_item(&state.db()?, &state.ctx(), item_id, version, &reason),
        )
        .await
}

/// Undoes the person's last step on the item where the flow allows it; otherwise says why not.
#[tauri::command]
#[specta::specta]
pub async fn item_undo(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "item_undo",
            usecases::undo_last(&state.db()?, &state.ctx(), item_id, version),
        )
        .await
}
