use crate::error::CmdResult;
use crate::state::AppState;
use engine::domain::holding::CheckInCondition;
use engine::read::{self, CheckInView};
use engine::usecases::{self, ItemOutcome, WayBackInput, WayBackResult};
use tauri::State;

/// A return, swap, change or cancellation of one or several holdings: one order.
#[tauri::command]
#[specta::specta]
pub async fn holdings_request(
    state: State<'_, AppState>,
    input: WayBackInput,
) -> CmdResult<WayBackResult> {
    state
        .write(
            "holdings_request",
            usecases::request_way_back(&state.db()?, &state.ctx(), input),
        )
        .await
}

/// What a collected return expects back, and what is checked in already.
#[tauri::command]
#[specta::specta]
pub async fn check_in_get(state: State<'_, AppState>, item_id: i32) -> CmdResult<CheckInView> {
    state
        .read("check_in_get", read::check_in_view(&state.db()?, item_id))
        .await
}

/// One scanned unit in, with its condition.
#[tauri::command]
#[specta::specta]
pub async fn check_in_scan(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    serial: String,
    condition: CheckInCondition,
    note: String,
) -> CmdResult<CheckInView> {
    state
        .write(
            "check_in_scan",
            usecases::check_in_unit(
                &state.db()?,
                &state.ctx(),
                item_id,
                version,
                &serial,
                condition,
                &note,
            ),
        )
        .await
}

/// Every unit is in: the return is done.
#[tauri::command]
#[specta::specta]
pub async fn check_in_close(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "check_in_close",
            usecases::close_check_in(&state.db()?, &state.ctx(), item_id, version),
        )
        .await
}
