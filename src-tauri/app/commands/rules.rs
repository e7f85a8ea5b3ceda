use crate::error::CmdResult;
use crate::state::AppState;
use engine::domain::rules::{FieldInfo, RuleSpec};
use engine::read::{self, RuleHitView, RuleView};
use engine::usecases;
use tauri::State;

/// The facts a rule can test, each with its kind of value and the operators that apply.
#[tauri::command]
#[specta::specta]
pub fn rule_fields_get() -> Vec<FieldInfo> {
    FieldInfo::all()
}

#[tauri::command]
#[specta::specta]
pub async fn rules_list(state: State<'_, AppState>) -> CmdResult<Vec<RuleView>> {
    state
        .read("rules_list", read::list_rules(&state.db()?))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rule_create(state: State<'_, AppState>, spec: RuleSpec) -> CmdResult<RuleView> {
    state
        .write(
            "rule_create",
            usecases::create_rule(&state.db()?, &state.ctx(), spec),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rule_update(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    spec: RuleSpec,
) -> CmdResult<RuleView> {
    state
        .write(
            "rule_update",
            usecases::update_rule(&state.db()?, &state.ctx(), id, version, spec),
        )
        .await
}

/// Which open items the rule would hit now; changes nothing.
#[tauri::command]
#[specta::specta]
pub async fn rule_preview(
    state: State<'_, AppState>,
    spec: RuleSpec,
) -> CmdResult<Vec<RuleHitView>> {
    state
        .read("rule_preview", usecases::preview_rule(&state.db()?, spec))
        .await
}
