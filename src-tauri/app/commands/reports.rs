use crate::documents::{self, SavedFile};
use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::reports::{self, ReportItem, ReportTable, ReportsView};
use tauri::State;

/// Every report over `from`–`to` (the shop's days, ISO dates).
#[tauri::command]
#[specta::specta]
pub async fn reports_get(
    state: State<'_, AppState>,
    from: String,
    to: String,
) -> CmdResult<ReportsView> {
    let clock = &state.clock;
    state
        .read(
            "reports_get",
            reports::reports(&state.db()?, &from, &to, clock.now(), clock.zone),
        )
        .await
}

/// The items behind a number, as people know them (order number and title).
#[tauri::command]
#[specta::specta]
pub async fn report_items(
    state: State<'_, AppState>,
    item_ids: Vec<i32>,
) -> CmdResult<Vec<ReportItem>> {
    state
        .read(
            "report_items",
            reports::named_items(&state.db()?, &item_ids),
        )
        .await
}

/// Saves one report's table as CSV in the desk's documents folder (as the
/// day sheet's PDF: Rust picks folder and name, never overwrites).
#[tauri::command]
#[specta::specta]
pub async fn report_csv_save(
    state: State<'_, AppState>,
    table: ReportTable,
    from: String,
    to: String,
) -> CmdResult<SavedFile> {
    let clock = &state.clock;
    let db = state.db()?;
    let view = state
        .read(
            "report_csv_save",
            reports::reports(&db, &from, &to, clock.now(), clock.zone),
        )
        .await?;
    let lang = db.lang();
    let title = format!("{} {}", lang.report_table(table), view.period_text);
    documents::save_csv(&title, &reports::csv(&view, table, lang), lang)
}
