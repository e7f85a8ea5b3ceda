use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::{self, LineFit};
use engine::usecases::{self, ItemOutcome, NewOrderInput, SubmitResult};
use serde::Deserialize;
use std::collections::BTreeMap;
use tauri::State;

/// An item as the caller last saw it.
#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemRef {
    pub item_id: i32,
    pub version: i32,
}

#[tauri::command]
#[specta::specta]
pub async fn order_submit(
    state: State<'_, AppState>,
    input: NewOrderInput,
) -> CmdResult<SubmitResult> {
    state
        .write(
            "order_submit",
            usecases::submit_order(&state.db()?, &state.ctx(), input),
        )
        .await
}

/// How a line's specs typed so far fit the catalog, asked as the person types.
#[tauri::command]
#[specta::specta]
pub async fn order_line_fit(
    state: State<'_, AppState>,
    service_id: i32,
    specs: BTreeMap<String, String>,
) -> CmdResult<LineFit> {
    state
        .read(
            "order_line_fit",
            read::order_line_fit(&state.db()?, service_id, &specs),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn order_split(
    state: State<'_, AppState>,
    order_id: i32,
    items: Vec<ItemRef>,
) -> CmdResult<Vec<ItemOutcome>> {
    let pairs: Vec<(i32, i32)> = items.iter().map(|i| (i.item_id, i.version)).collect();
    state
        .write(
            "order_split",
            usecases::split_order(&state.db()?, &state.ctx(), order_id, &pairs),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn order_complete(
    state: State<'_, AppState>,
    order_id: i32,
    version: i32,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "order_complete",
            usecases::complete_order(&state.db()?, &state.ctx(), order_id, version),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn order_cancel(
    state: State<'_, AppState>,
    order_id: i32,
    reason: String,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "order_cancel",
            usecases::cancel_order(&state.db()?, &state.ctx(), order_id, &reason),
        )
        .await
}
