use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::stock::{
    self, AvailabilityView, ReceiptPreview, Received, StockView, UnitHistory,
};
use engine::usecases::{self, ReceiptInput, ReceiptLineInput};
use std::collections::BTreeMap;
use tauri::State;

/// Every unit with where it is now, the products to receive and the places.
#[tauri::command]
#[specta::specta]
pub async fn stock_get(state: State<'_, AppState>) -> CmdResult<StockView> {
    state
        .read("stock_get", stock::stock_view(&state.db()?))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn stock_unit_history(
    state: State<'_, AppState>,
    unit_id: i32,
) -> CmdResult<UnitHistory> {
    state
        .read(
            "stock_unit_history",
            stock::unit_history(&state.db()?, unit_id),
        )
        .await
}

/// How many units of a product are free on each of the coming four weeks' days.
#[tauri::command]
#[specta::specta]
pub async fn stock_availability(
    state: State<'_, AppState>,
    product_id: i32,
) -> CmdResult<AvailabilityView> {
    let today = state.ctx().today();
    state
        .read(
            "stock_availability",
            stock::availability(&state.db()?, product_id, today),
        )
        .await
}

/// The same for any product of a category that has the given specs.
#[tauri::command]
#[specta::specta]
pub async fn stock_category_availability(
    state: State<'_, AppState>,
    category: String,
    specs: BTreeMap<String, String>,
) -> CmdResult<AvailabilityView> {
    let today = state.ctx().today();
    state
        .read(
            "stock_category_availability",
            stock::category_availability(&state.db()?, &category, &specs, today),
        )
        .await
}

/// Rust's answer for each scanned line, writing nothing (asked after every scan).
#[tauri::command]
#[specta::specta]
pub async fn stock_receive_check(
    state: State<'_, AppState>,
    lines: Vec<ReceiptLineInput>,
) -> CmdResult<ReceiptPreview> {
    state
        .read(
            "stock_receive_check",
            usecases::preview_receipt(&state.db()?, &lines),
        )
        .await
}

/// Receives the scanned units, all in one transaction.
#[tauri::command]
#[specta::specta]
pub async fn stock_receive(state: State<'_, AppState>, input: ReceiptInput) -> CmdResult<Received> {
    state
        .write(
            "stock_receive",
            usecases::receive_units(&state.db()?, &state.ctx(), input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn stock_unit_move(
    state: State<'_, AppState>,
    unit_id: i32,
    location: String,
) -> CmdResult<()> {
    state
        .write(
            "stock_unit_move",
            usecases::move_unit(&state.db()?, &state.ctx(), unit_id, &location),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn stock_unit_to_repair(
    state: State<'_, AppState>,
    unit_id: i32,
    reason: String,
) -> CmdResult<()> {
    state
        .write(
            "stock_unit_to_repair",
            usecases::send_to_repair(&state.db()?, &state.ctx(), unit_id, &reason),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn stock_unit_back_from_repair(
    state: State<'_, AppState>,
    unit_id: i32,
) -> CmdResult<()> {
    state
        .write(
            "stock_unit_back_from_repair",
            usecases::back_from_repair(&state.db()?, &state.ctx(), unit_id),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn stock_unit_retire(
    state: State<'_, AppState>,
    unit_id: i32,
    reason: String,
) -> CmdResult<()> {
    state
        .write(
            "stock_unit_retire",
            usecases::retire_unit(&state.db()?, &state.ctx(), unit_id, &reason),
        )
        .await
}
