use crate::error::{AppError, CmdResult};
use crate::language::LanguageView;
use crate::state::AppState;
use engine::i18n::{FileTrouble, Lang};
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

/// The desk's language: the one in use, the one picked, the OS's.
#[tauri::command]
#[specta::specta]
pub async fn language_get(state: State<'_, AppState>) -> CmdResult<LanguageView> {
    Ok(state.language.view())
}

/// Picks the desk's language (`None`: the OS's again) for the UI and for
/// every sentence Rust writes from now on, and keeps it for the next start.
#[tauri::command]
#[specta::specta]
pub async fn language_set(
    state: State<'_, AppState>,
    chosen: Option<Lang>,
) -> CmdResult<LanguageView> {
    let view = state.language.choose(chosen).map_err(|e| {
        let os = e.to_string();
        AppError::internal(
            state
                .language
                .lang()
                .file_trouble(FileTrouble::CannotKeepLanguage { os: &os }),
        )
    })?;
    state.changed("language_set");
    Ok(view)
}
