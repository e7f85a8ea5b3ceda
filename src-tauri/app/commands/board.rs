use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::{self, BoardDelta, BoardView, FlowStats, ItemDetail, ItemMoves, ReferenceData};
use engine::usecases::{self, CandidateView};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn board_get(state: State<'_, AppState>) -> CmdResult<BoardView> {
    Ok(read::board(&state.db, chrono::Utc::now()).await?)
}

/// What changed on the board after `since` (the cursor of the board or delta the UI holds).
#[tauri::command]
#[specta::specta]
pub async fn board_changes(state: State<'_, AppState>, since: i32) -> CmdResult<BoardDelta> {
    Ok(read::board_changes(&state.db, chrono::Utc::now(), since).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn item_detail(state: State<'_, AppState>, item_id: i32) -> CmdResult<ItemDetail> {
    Ok(read::item_detail(state.db.pool(), item_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn item_candidates(
    state: State<'_, AppState>,
    item_id: i32,
) -> CmdResult<Vec<CandidateView>> {
    Ok(usecases::item_candidates(&state.db, item_id).await?)
}

#[tauri::command]
#[specta::specta]
pub async fn reference_get(state: State<'_, AppState>) -> CmdResult<ReferenceData> {
    Ok(read::reference_data(&state.db).await?)
}

/// What can be done with an item now, and where a drag may drop it.
#[tauri::command]
#[specta::specta]
pub async fn item_moves(state: State<'_, AppState>, item_id: i32) -> CmdResult<ItemMoves> {
    Ok(read::item_moves(&state.db, item_id).await?)
}

/// How many items took each path today and this week, for the flow diagram.
#[tauri::command]
#[specta::specta]
pub async fn flow_get(state: State<'_, AppState>) -> CmdResult<FlowStats> {
    Ok(read::flow_stats(state.db.pool(), chrono::Utc::now()).await?)
}
