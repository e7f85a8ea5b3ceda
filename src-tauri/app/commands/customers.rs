use crate::error::CmdResult;
use crate::state::AppState;
use engine::domain::customer::CustomerPart;
use engine::read::{self, CustomerDetail, CustomerSummary, HoldingView};
use engine::usecases::{self, AddressInput, CustomerInput, PersonInput};
use tauri::State;

/// Every customer, archived ones too, with its counts.
#[tauri::command]
#[specta::specta]
pub async fn customers_list(state: State<'_, AppState>) -> CmdResult<Vec<CustomerSummary>> {
    state
        .read("customers_list", read::customers_list(&state.db()?))
        .await
}

/// One customer with its people, addresses and orders.
#[tauri::command]
#[specta::specta]
pub async fn customer_get(state: State<'_, AppState>, id: i32) -> CmdResult<CustomerDetail> {
    state
        .read(
            "customer_get",
            read::customer_detail(&state.db()?, id, state.clock.zone),
        )
        .await
}

/// What the customer's people hold now (and held), each holding with its units.
#[tauri::command]
#[specta::specta]
pub async fn customer_holdings(
    state: State<'_, AppState>,
    customer_id: i32,
) -> CmdResult<Vec<HoldingView>> {
    state
        .read(
            "customer_holdings",
            read::customer_holdings(&state.db()?, customer_id, state.ctx().today()),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn customer_create(
    state: State<'_, AppState>,
    input: CustomerInput,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_create",
            usecases::create_customer(&state.db()?, &state.ctx(), input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn customer_update(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    input: CustomerInput,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_update",
            usecases::update_customer(&state.db()?, &state.ctx(), id, version, input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn customer_add_person(
    state: State<'_, AppState>,
    customer_id: i32,
    input: PersonInput,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_add_person",
            usecases::add_person(&state.db()?, &state.ctx(), customer_id, input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn customer_update_person(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    input: PersonInput,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_update_person",
            usecases::update_person(&state.db()?, &state.ctx(), id, version, input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn customer_add_address(
    state: State<'_, AppState>,
    customer_id: i32,
    input: AddressInput,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_add_address",
            usecases::add_address(&state.db()?, &state.ctx(), customer_id, input),
        )
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn customer_update_address(
    state: State<'_, AppState>,
    id: i32,
    version: i32,
    input: AddressInput,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_update_address",
            usecases::update_address(&state.db()?, &state.ctx(), id, version, input),
        )
        .await
}

/// Archives a customer, a person or an address (`archived`), or brings it back.
#[tauri::command]
#[specta::specta]
pub async fn customer_archive(
    state: State<'_, AppState>,
    part: CustomerPart,
    id: i32,
    version: i32,
    archived: bool,
) -> CmdResult<CustomerDetail> {
    state
        .write(
            "customer_archive",
            usecases::set_archived(&state.db()?, &state.ctx(), part, id, version, archived),
        )
        .await
}
