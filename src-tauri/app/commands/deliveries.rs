use crate::documents::{self, SavedFile};
use crate::error::{AppError, CmdResult};
use crate::state::AppState;
use engine::print;
use engine::read::{self, DaySheet, DeliveryNote, DropMap, PlannerView};
use engine::usecases::{self, DayPlan, ItemOutcome, ResourceInput, ScheduleInput, SlotSuggestion};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn item_schedule(
    state: State<'_, AppState>,
    input: ScheduleInput,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "item_schedule",
            usecases::schedule_item(&state.db()?, &state.ctx(), input),
        )
        .await
}

/// Moves or resizes a scheduled delivery; every D5 rule is checked again.
#[tauri::command]
#[specta::specta]
pub async fn item_reschedule(
    state: State<'_, AppState>,
    input: ScheduleInput,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "item_reschedule",
            usecases::reschedule_item(&state.db()?, &state.ctx(), input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_unschedule(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "item_unschedule",
            usecases::unschedule_item(&state.db()?, &state.ctx(), item_id, version),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_dispatch(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "item_dispatch",
            usecases::dispatch_item(&state.db()?, &state.ctx(), item_id, version),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_delivered(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_delivered",
            usecases::mark_delivered(&state.db()?, &state.ctx(), item_id, version),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn item_delivery_failed(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    reason: String,
) -> CmdResult<ItemOutcome> {
    state
        .write(
            "item_delivery_failed",
            usecases::mark_delivery_failed(&state.db()?, &state.ctx(), item_id, version, &reason),
        )
        .await
}

/// The whole trip of the item's booking came back delivered.
#[tauri::command]
#[specta::specta]
pub async fn trip_delivered(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "trip_delivered",
            usecases::mark_trip_delivered(&state.db()?, &state.ctx(), item_id, version),
        )
        .await
}

/// The whole trip of the item's booking failed; every item returns to the queue.
#[tauri::command]
#[specta::specta]
pub async fn trip_failed(
    state: State<'_, AppState>,
    item_id: i32,
    version: i32,
    reason: String,
) -> CmdResult<Vec<ItemOutcome>> {
    state
        .write(
            "trip_failed",
            usecases::mark_trip_failed(&state.db()?, &state.ctx(), item_id, version, &reason),
        )
        .await
}

/// The earliest slot that breaks no rule, on any resource; books nothing.
#[tauri::command]
#[specta::specta]
pub async fn item_suggest_slot(
    state: State<'_, AppState>,
    item_id: i32,
    duration_minutes: i32,
) -> CmdResult<SlotSuggestion> {
    state
        .read(
            "item_suggest_slot",
            usecases::suggest_slot(&state.db()?, &state.ctx(), item_id, duration_minutes),
        )
        .await
}

/// Places the day's ready deliveries automatically and reports what could not be placed and why.
#[tauri::command]
#[specta::specta]
pub async fn plan_day(
    state: State<'_, AppState>,
    day: String,
    duration_minutes: i32,
) -> CmdResult<DayPlan> {
    state
        .write(
            "plan_day",
            usecases::plan_day(&state.db()?, &state.ctx(), &day, duration_minutes),
        )
        .await
}

/// Resources with their bookings for `days` days from `from` (YYYY-MM-DD), and the delivery queue.
#[tauri::command]
#[specta::specta]
pub async fn planner_get(
    state: State<'_, AppState>,
    from: String,
    days: i32,
) -> CmdResult<PlannerView> {
    state
        .read(
            "planner_get",
            read::planner(&state.db()?, &from, days, state.clock.zone),
        )
        .await
}

/// Where the item's delivery may be dropped on `day` (YYYY-MM-DD) for
/// `duration_minutes`: per resource, refused outright or, per start time,
/// free, overridable or refused, with the reason. Asked when a drag begins.
#[tauri::command]
#[specta::specta]
pub async fn planner_drop_map(
    state: State<'_, AppState>,
    item_id: i32,
    day: String,
    duration_minutes: i32,
) -> CmdResult<DropMap> {
    state
        .read(
            "planner_drop_map",
            usecases::drop_map(&state.db()?, &state.ctx(), item_id, &day, duration_minutes),
        )
        .await
}

/// A resource's stops for one day, for printing.
#[tauri::command]
#[specta::specta]
pub async fn day_sheet_get(
    state: State<'_, AppState>,
    resource_id: i32,
    date: String,
) -> CmdResult<DaySheet> {
    state
        .read(
            "day_sheet_get",
            read::day_sheet(&state.db()?, resource_id, &date, state.clock.zone),
        )
        .await
}

/// A resource's day sheet saved as a PDF in the desk's Downloads folder (else
/// Documents, else home), under a name no other file there has.
#[tauri::command]
#[specta::specta]
pub async fn day_sheet_pdf(
    state: State<'_, AppState>,
    resource_id: i32,
    date: String,
) -> CmdResult<SavedFile> {
    let (zone, now, db) = (state.clock.zone, state.clock.now(), state.db()?);
    let (title, pdf) = state
        .read("day_sheet_pdf", async {
            let sheet = read::day_sheet(&db, resource_id, &date, zone).await?;
            Ok((
                print::day_sheet_title(&sheet, db.lang()),
                print::day_sheet_pdf(&sheet, zone, now, db.lang()),
            ))
        })
        .await?;
    let pdf = pdf.map_err(|e| AppError::internal(e.to_string()))?;
    documents::save_pdf(&title, &pdf, db.lang())
}

/// The delivery note of one stop (a booking), for printing.
#[tauri::command]
#[specta::specta]
pub async fn delivery_note_get(
    state: State<'_, AppState>,
    booking_id: i32,
) -> CmdResult<DeliveryNote> {
    state
        .read(
            "delivery_note_get",
            read::delivery_note(&state.db()?, booking_id, state.clock.zone),
        )
        .await
}

/// A stop's delivery note saved as a PDF where the day sheet is saved.
#[tauri::command]
#[specta::specta]
pub async fn delivery_note_pdf(
    state: State<'_, AppState>,
    booking_id: i32,
) -> CmdResult<SavedFile> {
    let (zone, now, db) = (state.clock.zone, state.clock.now(), state.db()?);
    let (title, pdf) = state
        .read("delivery_note_pdf", async {
            let note = read::delivery_note(&db, booking_id, zone).await?;
            Ok((
                print::delivery_note_title(&note, db.lang()),
                print::delivery_note_pdf(&note, zone, now, db.lang()),
            ))
        })
        .await?;
    let pdf = pdf.map_err(|e| AppError::internal(e.to_string()))?;
    documents::save_pdf(&title, &pdf, db.lang())
}

#[tauri::command]
#[specta::specta]
pub async fn resource_create(state: State<'_, AppState>, input: ResourceInput) -> CmdResult<i32> {
    state
        .write(
            "resource_create",
            usecases::create_resource(&state.db()?, &state.ctx(), input),
        )
        .await
}

/// Returns the new version.
#[tauri::command]
#[specta::specta]
pub async fn resource_update(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    input: ResourceInput,
) -> CmdResult<i32> {
    state
        .write(
            "resource_update",
            usecases::update_resource(&state.db()?, &state.ctx(), id, version, input),
        )
        .await
}
