use crate::documents::{self, SavedFile};
use crate::error::{AppError, CmdResult};
use crate::state::AppState;
use engine::domain::holding::{CheckInCondition, MissingDecision};
use engine::print;
use engine::read::{self, CheckInView, DueBackView, HoldingView, ReturnReceipt};
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

/// What is due back in the coming days, and overdue: the office's daily list.
#[tauri::command]
#[specta::specta]
pub async fn holdings_due_back(state: State<'_, AppState>) -> CmdResult<Vec<DueBackView>> {
    state
        .read(
            "holdings_due_back",
            read::due_back(&state.db()?, state.ctx().today()),
        )
        .await
}

/// A person's decision on a unit checked in missing: found, written off or charged.
#[tauri::command]
#[specta::specta]
pub async fn holdings_decide_missing(
    state: State<'_, AppState>,
    holding_id: i32,
    version: i32,
    unit_id: i32,
    decision: MissingDecision,
    note: String,
) -> CmdResult<HoldingView> {
    state
        .write(
            "holdings_decide_missing",
            usecases::decide_missing(
                &state.db()?,
                &state.ctx(),
                holding_id,
                version,
                unit_id,
                decision,
                &note,
            ),
        )
        .await
}

/// The return receipt of a return, swap or change, for printing.
#[tauri::command]
#[specta::specta]
pub async fn return_receipt_get(
    state: State<'_, AppState>,
    item_id: i32,
) -> CmdResult<ReturnReceipt> {
    let (zone, today) = (state.clock.zone, state.ctx().today());
    state
        .read(
            "return_receipt_get",
            read::return_receipt(&state.db()?, item_id, zone, today),
        )
        .await
}

/// A return receipt saved as a PDF where the other papers are saved.
#[tauri::command]
#[specta::specta]
pub async fn return_receipt_pdf(state: State<'_, AppState>, item_id: i32) -> CmdResult<SavedFile> {
    let (zone, now, today, db) = (
        state.clock.zone,
        state.clock.now(),
        state.ctx().today(),
        state.db()?,
    );
    let (title, pdf) = state
        .read("return_receipt_pdf", async {
            let receipt = read::return_receipt(&db, item_id, zone, today).await?;
            Ok((
                print::return_receipt_title(&receipt, db.lang()),
                print::return_receipt_pdf(&receipt, zone, now, db.lang()),
            ))
        })
        .await?;
    let pdf = pdf.map_err(|e| AppError::internal(e.to_string()))?;
    documents::save_pdf(&title, &pdf, db.lang())
}
