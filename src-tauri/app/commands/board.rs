use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::{
    self, BoardDelta, BoardView, CandidateView, FlowStats, ItemDetail, ItemMoves, ReferenceData,
};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn board_get(state: State<'_, AppState>) -> CmdResult<BoardView> {
    state
        .read("board_get", read::board(&state.db()?, state.clock.now()))
        .await
}

/// What changed on the board after `since` (the cursor of the board or delta the UI holds).
#[tauri::command]
#[specta::specta]
pub async fn board_changes(state: State<'_, AppState>, since: i32) -> CmdResult<BoardDelta> {
    state
        .read(
            "board_changes",
            read::board_changes(&state.db()?, state.clock.now(), since),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_detail(state: State<'_, AppState>, item_id: i32) -> CmdResult<ItemDetail> {
    state
        .read("item_detail", read::item_detail(&state.db()?, item_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_candidates(
    state: State<'_, AppState>,
    item_id: i32,
) -> CmdResult<Vec<CandidateView>> {
    state
        .read(
            "item_candidates",
            read::item_candidates(&state.db()?, item_id),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn reference_get(state: State<'_, AppState>) -> CmdResult<ReferenceData> {
    state
        .read("reference_get", read::reference_data(&state.db()?))
        .await
}

/// What can be done with an item now, and where a drag may drop it.
#[tauri::command]
#[specta::specta]
pub async fn item_moves(state: State<'_, AppState>, item_id: i32) -> CmdResult<ItemMoves> {
    state
        .read("item_moves", read::item_moves(&state.db()?, item_id))
        .await
}

/// Every path of the flow with how many items took it today and in the last
/// seven days, for the flow diagram.
#[tauri::command]
#[specta::specta]
pub async fn flow_get(state: State<'_, AppState>) -> CmdResult<FlowStats> {
    let clock = &state.clock;
    state
        .read(
            "flow_get",
            read::flow_stats(&state.db()?, clock.now(), clock.zone),
        )
        .await
}

/// The desk's now and today, so the UI counts days as Rust does.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClockView {
    /// RFC 3339, UTC.
    pub now: String,
    /// The shop's calendar day, YYYY-MM-DD.
    pub today: String,
    /// The IANA name of the shop's time zone.
    pub zone: String,
}

#[tauri::command]
#[specta::specta]
pub async fn clock_get(state: State<'_, AppState>) -> CmdResult<ClockView> {
    Ok(clock_view(&state))
}

pub(crate) fn clock_view(state: &AppState) -> ClockView {
    let ctx = state.ctx();
    ClockView {
        now: ctx.now.to_rfc3339(),
        today: ctx.today().to_string(),
        zone: ctx.zone.name().to_string(),
    }
}
