use crate::error::{AppError, CmdResult};
use crate::shops::ShopKind;
use crate::state::AppState;
use engine::read::{self, SetupChecklist};
use engine::usecases::{self, ShopSetupInput};
use engine::RefusalKind;
use serde::Serialize;
use tauri::State;

/// Which shop is open, for the first-run choice, the demo badge and the switch.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ShopView {
    /// `None` on a first run: the app asks to set up a shop or explore the demo.
    pub open: Option<ShopKind>,
    /// The open shop's name.
    pub name: Option<String>,
    /// Whether the shop's own database has been set up (else switching to it sets it up).
    pub mine_exists: bool,
    /// Whether this window may open the other database at all.
    pub can_switch: bool,
    /// Why the shop's own database did not open at start (in use, read-only,
    /// damaged, newer, not equipflow's…), while no shop is open.
    pub problem: Option<AppError>,
}

pub(crate) async fn view(state: &AppState) -> CmdResult<ShopView> {
    let name = match state.shop() {
        Some(_) => Some(
            state
                .read("shop_get", read::settings(&state.db()?))
                .await?
                .shop_name,
        ),
        None => None,
    };
    Ok(ShopView {
        open: state.shop(),
        name,
        mine_exists: state
            .files
            .as_ref()
            .is_some_and(|f| f.exists(ShopKind::Mine)),
        can_switch: state.files.is_some(),
        problem: state.problem(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn shop_get(state: State<'_, AppState>) -> CmdResult<ShopView> {
    view(&state).await
}

/// Creates the shop's own (empty) database with its name and currency, and opens it.
#[tauri::command]
#[specta::specta]
pub async fn shop_setup(state: State<'_, AppState>, input: ShopSetupInput) -> CmdResult<ShopView> {
    if state
        .files
        .as_ref()
        .is_some_and(|f| f.exists(ShopKind::Mine))
    {
        return Err(refused(
            &state,
            RefusalKind::AlreadySetUp,
            "Your shop is set up already: switch to it",
        ));
    }
    let setup = input.parse().map_err(|e| state.said(&e))?;
    let ctx = state.ctx();
    state
        .switch(ShopKind::Mine, |db| async move {
            usecases::set_up_shop(&db, &ctx, &setup).await
        })
        .await?;
    view(&state).await
}

/// Opens the other database in this window: the demo, or the shop's own once set up.
#[tauri::command]
#[specta::specta]
pub async fn shop_switch(state: State<'_, AppState>, to: ShopKind) -> CmdResult<ShopView> {
    let set_up = state
        .files
        .as_ref()
        .is_some_and(|f| f.exists(ShopKind::Mine));
    if to == ShopKind::Mine && !set_up {
        return Err(refused(
            &state,
            RefusalKind::NotSetUp,
            "Your shop is not set up yet: set it up first",
        ));
    }
    state.switch(to, |_| async { Ok(()) }).await?;
    view(&state).await
}

/// What a new shop still has to enter; the board shows it until all is done.
#[tauri::command]
#[specta::specta]
pub async fn shop_checklist(state: State<'_, AppState>) -> CmdResult<SetupChecklist> {
    state
        .read("shop_checklist", read::setup_checklist(&state.db()?))
        .await
}

fn refused(state: &AppState, kind: RefusalKind, message: &str) -> AppError {
    state.said(&engine::Error::refused(kind, message))
}
