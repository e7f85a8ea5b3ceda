//! Thin `#[tauri::command]` adapters, one file per area, named `<area>_<verb>`.
//! Every write emits [`DataChanged`](crate::events::DataChanged) so every
//! open window refreshes.

mod args;
mod backup;
mod board;
mod catalog;
mod customers;
mod deliveries;
mod holdings;
mod items;
mod orders;
mod reports;
mod rules;
mod settings;
mod sheets;
mod shop;
mod start;
mod stock;

use crate::error::AppError;
use crate::events::DataChanged;
use crate::shops::ShopKind;
use engine::domain::catalog::{CatalogEntry, ProductInput, ServiceInput};
use engine::domain::customer::CustomerPart;
use engine::domain::holding::{CheckInCondition, MissingDecision};
use engine::domain::rules::RuleSpec;
use engine::domain::sheet::SheetKind;
use engine::i18n::Lang;
use engine::read::reports::ReportTable;
use engine::usecases::{
    AddressInput, CustomerInput, NewOrderInput, PersonInput, ReceiptInput, ReceiptLineInput,
    ResourceInput, ScheduleInput, SettingsInput, ShopSetupInput, WayBackInput,
};
use orders::ItemRef;
pub use start::{start_view, StartView};
use std::collections::BTreeMap;
use tauri::ipc::{Invoke, InvokeBody};
use tauri::Runtime;
use tauri_specta::{collect_commands, collect_events};

/// Every command, with the arguments the UI sends it (`State` left out). The
/// one list registers the commands and checks each call's arguments before
/// its command runs; `the_list_matches_the_commands` keeps it true to them.
macro_rules! commands {
    ($($area:ident :: $name:ident ( $($arg:ident : $ty:ty),* );)*) => {
        pub fn specta_builder<R: Runtime>() -> tauri_specta::Builder<R> {
            tauri_specta::Builder::<R>::new()
                .commands(collect_commands![$($area::$name),*])
                .events(collect_events![DataChanged])
        }

        /// Whether `payload` holds the arguments of `command`; `None` for a
        /// command not in the list (Tauri answers those itself).
        fn check_args(command: &str, payload: &InvokeBody) -> Option<Result<(), AppError>> {
            match command {
                $(stringify!($name) => Some(commands!(@check payload; $($arg: $ty),*)),)*
                _ => None,
            }
        }

        /// (command, [(argument, its type)]) as listed, for the test against specta's view.
        #[cfg(test)]
        fn listed(types: &mut specta::Types) -> Vec<(&'static str, Vec<(&'static str, specta::datatype::DataType)>)> {
            vec![$((stringify!($name), vec![$((stringify!($arg), <$ty as specta::Type>::definition(types))),*])),*]
        }
    };
    (@check $payload:ident;) => { Ok(()) };
    (@check $payload:ident; $($arg:ident : $ty:ty),+) => {{
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[allow(dead_code)]
        struct Args {
            $($arg: $ty),+
        }
        args::check::<Args>($payload)
    }};
}

commands! {
    board::board_get();
    board::board_changes(since: i32);
    board::item_detail(item_id: i32);
    board::item_candidates(item_id: i32);
    board::item_moves(item_id: i32);
    board::flow_get();
    board::clock_get();
    board::reference_get();
    orders::order_submit(input: NewOrderInput);
    orders::order_line_fit(service_id: i32, specs: BTreeMap<String, String>);
    orders::order_split(order_id: i32, items: Vec<ItemRef>);
    orders::order_complete(order_id: i32, version: i32);
    orders::order_cancel(order_id: i32, reason: String);
    items::item_approve(item_id: i32, version: i32, note: String);
    items::item_reject(item_id: i32, version: i32, reason: String);
    items::item_assign(item_id: i32, version: i32, product_id: i32, note: String);
    items::item_prepare_check(item_id: i32, scans: Vec<String>);
    items::item_mark_prepared(item_id: i32, version: i32, scans: Vec<String>);
    items::item_hold(item_id: i32, version: i32, reason: String);
    items::item_release(item_id: i32, version: i32, note: String);
    items::item_override_shortage(item_id: i32, version: i32, reason: String);
    items::item_cancel(item_id: i32, version: i32, reason: String);
    items::item_undo(item_id: i32, version: i32);
    deliveries::item_schedule(input: ScheduleInput);
    deliveries::item_reschedule(input: ScheduleInput);
    deliveries::trip_delivered(item_id: i32, version: i32);
    deliveries::trip_failed(item_id: i32, version: i32, reason: String);
    deliveries::item_unschedule(item_id: i32, version: i32);
    deliveries::item_dispatch(item_id: i32, version: i32);
    deliveries::item_delivered(item_id: i32, version: i32);
    deliveries::item_delivery_failed(item_id: i32, version: i32, reason: String);
    deliveries::item_suggest_slot(item_id: i32, duration_minutes: i32);
    deliveries::plan_day(day: String, duration_minutes: i32);
    deliveries::planner_get(from: String, days: i32);
    deliveries::planner_drop_map(item_id: i32, day: String, duration_minutes: i32);
    deliveries::day_sheet_get(resource_id: i32, date: String);
    deliveries::day_sheet_pdf(resource_id: i32, date: String);
    deliveries::delivery_note_get(booking_id: i32);
    deliveries::delivery_note_pdf(booking_id: i32);
    deliveries::resource_create(input: ResourceInput);
    deliveries::resource_update(id: i32, version: i32, input: ResourceInput);
    rules::rule_fields_get();
    rules::rules_list();
    rules::rule_create(spec: RuleSpec);
    rules::rule_update(id: i32, version: i32, spec: RuleSpec);
    rules::rule_preview(spec: RuleSpec);
    customers::customers_list();
    customers::customer_get(id: i32);
    customers::customer_holdings(customer_id: i32);
    holdings::holdings_request(input: WayBackInput);
    holdings::check_in_get(item_id: i32);
    holdings::check_in_scan(item_id: i32, version: i32, serial: String, condition: CheckInCondition, note: String);
    holdings::check_in_close(item_id: i32, version: i32);
    holdings::holdings_due_back();
    holdings::return_receipt_get(item_id: i32);
    holdings::return_receipt_pdf(item_id: i32);
    holdings::holdings_decide_missing(holding_id: i32, version: i32, unit_id: i32, decision: MissingDecision, note: String);
    customers::customer_create(input: CustomerInput);
    customers::customer_update(id: i32, version: i32, input: CustomerInput);
    customers::customer_add_person(customer_id: i32, input: PersonInput);
    customers::customer_update_person(id: i32, version: i32, input: PersonInput);
    customers::customer_add_address(customer_id: i32, input: AddressInput);
    customers::customer_update_address(id: i32, version: i32, input: AddressInput);
    customers::customer_archive(part: CustomerPart, id: i32, version: i32, archived: bool);
    catalog::catalog_get();
    catalog::catalog_history(entry: CatalogEntry, id: i32);
    catalog::catalog_service_create(input: ServiceInput);
    catalog::catalog_service_update(id: i32, version: i32, input: ServiceInput);
    catalog::catalog_service_archive(id: i32, version: i32, archived: bool);
    catalog::catalog_product_create(input: ProductInput);
    catalog::catalog_product_update(id: i32, version: i32, input: ProductInput);
    catalog::catalog_product_archive(id: i32, version: i32, archived: bool);
    stock::stock_get();
    stock::stock_unit_history(unit_id: i32);
    stock::stock_availability(product_id: i32);
    stock::stock_category_availability(category: String, specs: BTreeMap<String, String>);
    stock::stock_receive_check(lines: Vec<ReceiptLineInput>);
    stock::stock_receive(input: ReceiptInput);
    stock::stock_unit_move(unit_id: i32, location: String);
    stock::stock_unit_to_repair(unit_id: i32, reason: String);
    stock::stock_unit_back_from_repair(unit_id: i32);
    stock::stock_unit_retire(unit_id: i32, reason: String);
    shop::shop_get();
    shop::shop_setup(input: ShopSetupInput);
    shop::shop_switch(to: ShopKind);
    shop::shop_checklist();
    settings::settings_get();
    settings::settings_update(version: i32, input: SettingsInput);
    settings::language_get();
    settings::language_set(chosen: Option<Lang>);
    start::start_get();
    reports::reports_get(from: String, to: String);
    reports::report_csv_save(table: ReportTable, from: String, to: String);
    reports::report_items(item_ids: Vec<i32>);
    sheets::import_preview(kind: SheetKind, bytes: Vec<u8>);
    sheets::import_apply(kind: SheetKind, bytes: Vec<u8>);
    sheets::import_status();
    sheets::import_cancel();
    sheets::export_csv_save(kind: SheetKind);
    backup::backup_get();
    backup::backup_set_folder(folder: String);
    backup::backup_now();
    backup::backup_check(path: String);
    backup::backup_restore(path: String);
}

/// The commands' invoke handler (`run`) behind a check of each call's arguments: a
/// malformed call is refused with an `invalid_input` [`AppError`] naming the
/// field, the same shape as any other refusal, before Tauri would answer it
/// with serde's bare sentence.
pub fn checked<R: Runtime>(
    run: impl Fn(Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    move |invoke: Invoke<R>| match check_args(invoke.message.command(), invoke.message.payload()) {
        Some(Err(refusal)) => {
            invoke.resolver.reject(refusal);
            true
        }
        Some(Ok(())) | None => run(invoke),
    }
}

pub fn typescript() -> specta_typescript::Typescript {
    specta_typescript::Typescript::default()
        .header("// Generated by tauri-specta from the Rust commands: do not edit.\n")
}

#[cfg(test)]
mod tests {
    use tauri_specta::{BuilderConfiguration, LanguageExt};

    /// Hands back what tauri-specta knows of the commands.
    struct Commands<'a>(
        &'a mut Vec<specta::datatype::Function>,
        &'a mut specta::Types,
    );

    impl LanguageExt for Commands<'_> {
        type Error = std::io::Error;
        fn export(self, cfg: &BuilderConfiguration, _: &std::path::Path) -> std::io::Result<()> {
            *self.0 = cfg.commands.clone();
            *self.1 = cfg.types.clone();
            Ok(())
        }
    }

    /// The checked arguments are each command's own: the same names, in the
    /// same order, of the same types.
    #[test]
    fn the_list_matches_the_commands() {
        let (mut functions, mut types) = (Vec::new(), specta::Types::default());
        super::specta_builder::<tauri::Wry>()
            .export(
                Commands(&mut functions, &mut types),
                std::path::Path::new(""),
            )
            .unwrap();
        let listed = super::listed(&mut types);
        assert_eq!(functions.len(), listed.len());
        for (f, (name, args)) in functions.iter().zip(listed) {
            assert_eq!(f.name(), name);
            let theirs: Vec<_> = f
                .args()
                .iter()
                .map(|(n, t)| (n.as_ref(), t.clone()))
                .collect();
            assert_eq!(theirs, args, "the arguments of {name}");
        }
    }

    /// The checked-in bindings must be what the commands generate now.
    #[test]
    fn bindings_are_fresh() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings.ts");
        let tmp =
            std::env::temp_dir().join(format!("equipflow-bindings-{}.ts", std::process::id()));
        super::specta_builder::<tauri::Wry>()
            .export(crate::commands::typescript(), &tmp)
            .expect("export bindings");
        let want = std::fs::read_to_string(&tmp).unwrap();
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if std::env::var("UPDATE_BINDINGS").is_ok() {
            std::fs::write(&path, &want).unwrap();
            return;
        }
        assert!(have == want, "ui/src/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test --lib bindings_are_fresh`");
    }
}
