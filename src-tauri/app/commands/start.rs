use super::board::{clock_view, ClockView};
use super::shop::{view as shop_view, ShopView};
use crate::error::CmdResult;
use crate::language::LanguageView;
use crate::state::AppState;
use engine::read::{self, BoardView};
use tauri::State;

/// Everything the page needs before it draws the board, in one answer: what
/// `clock_get`, `language_get`, `shop_get` and `board_get` answer. Rust
/// hands it to the page with the page itself (`start.js`, see `app/start.rs`),
/// so the first board is drawn without a round trip.
#[derive(Debug, Clone, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StartView {
    pub clock: ClockView,
    pub language: LanguageView,
    /// `None` when it could not be read: the page asks `shop_get`, which says why.
    pub shop: Option<ShopView>,
    /// `None` with no shop open, or when it could not be read (the board asks `board_get`).
    pub board: Option<BoardView>,
}

pub async fn start_view(state: &AppState) -> StartView {
    let shop = shop_view(state).await.ok();
    let board = match (&shop, state.db()) {
        (Some(ShopView { open: Some(_), .. }), Ok(db)) => state
            .read("start: board", read::board(&db, state.clock.now()))
            .await
            .ok(),
        _ => None,
    };
    StartView {
        clock: clock_view(state),
        language: state.language.view(),
        shop,
        board,
    }
}

/// The start when the page was not handed it (a page served by the dev server).
#[tauri::command]
#[specta::specta]
pub async fn start_get(state: State<'_, AppState>) -> CmdResult<StartView> {
    Ok(start_view(&state).await)
}
