use crate::error::CmdResult;
use crate::state::AppState;
use engine::read::{self, SettingsView};
use engine::usecases::{self, SettingsInput};
use tauri::State;

#[tauri::command]
#[specta::specta]
pub async fn settings_get(state: State<'_, AppState>) -> CmdResult<SettingsView> {
    state
        .read("settings_get", read::settings(&state.db()?))
        .await
}

/// Saves every setting at once if they are still at `version`; each change is logged.
#[tauri::command]
#[specta::specta]
pub async fn settings_update(
    state: State<'_, AppState>,
    version: i32,
    input: SettingsInput,
) -> CmdResult<SettingsView> {
    state
        .write(
            "settings_update",
            usecases::update_settings(&state.db()?, &state.ctx(), version, input),
        )
        .await
}
