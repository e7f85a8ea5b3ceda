use crate::error::CmdResult;
use crate::state::AppState;
use engine::domain::catalog::{CatalogEntry, ProductInput, ServiceInput};
use engine::read::{self, AuditEntryView, CatalogView};
use engine::usecases;
use tauri::State;

/// Every service and product, archived ones too, with where each is used.
#[tauri::command]
#[specta::specta]
pub async fn catalog_get(state: State<'_, AppState>) -> CmdResult<CatalogView> {
    state
        .read("catalog_get", read::catalog_view(&state.db()?))
        .await
}

/// One service's or product's changes, newest first.
#[tauri::command]
#[specta::specta]
pub async fn catalog_history(
    state: State<'_, AppState>,
    entry: CatalogEntry,
    id: i32,
) -> CmdResult<Vec<AuditEntryView>> {
    state
        .read(
            "catalog_history",
            read::catalog_history(&state.db()?, entry, id),
        )
        .await
}

/// Returns the new service's id.
#[tauri::command]
#[specta::specta]
pub async fn catalog_service_create(
    state: State<'_, AppState>,
    input: ServiceInput,
) -> CmdResult<i32> {
    state
        .write(
            "catalog_service_create",
            usecases::create_service(&state.db()?, &state.ctx(), input),
        )
        .await
}

/// Returns the new version.
#[tauri::command]
#[specta::specta]
pub async fn catalog_service_update(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    input: ServiceInput,
) -> CmdResult<i32> {
    state
        .write(
            "catalog_service_update",
            usecases::update_service(&state.db()?, &state.ctx(), id, version, input),
        )
        .await
}

/// Archives (`archived`) or restores a service; returns the new version.
#[tauri::command]
#[specta::specta]
pub async fn catalog_service_archive(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    archived: bool,
) -> CmdResult<i32> {
    state
        .write(
            "catalog_service_archive",
            usecases::archive_service(&state.db()?, &state.ctx(), id, version, archived),
        )
        .await
}

/// Returns the new product's id.
#[tauri::command]
#[specta::specta]
pub async fn catalog_product_create(
    state: State<'_, AppState>,
    input: ProductInput,
) -> CmdResult<i32> {
    state
        .write(
            "catalog_product_create",
            usecases::create_product(&state.db()?, &state.ctx(), input),
        )
        .await
}

/// Returns the new version.
#[tauri::command]
#[specta::specta]
pub async fn catalog_product_update(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    input: ProductInput,
) -> CmdResult<i32> {
    state
        .write(
            "catalog_product_update",
            usecases::update_product(&state.db()?, &state.ctx(), id, version, input),
        )
        .await
}

/// Archives (`archived`) or restores a product; returns the new version.
#[tauri::command]
#[specta::specta]
pub async fn catalog_product_archive(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    archived: bool,
) -> CmdResult<i32> {
    state
        .write(
            "catalog_product_archive",
            usecases::archive_product(&state.db()?, &state.ctx(), id, version, archived),
        )
        .await
}
