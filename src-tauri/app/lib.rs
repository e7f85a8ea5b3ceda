//! The Tauri shell: opens the database, registers the typed commands, and
//! hands the UI its window. No business rule lives here; see `engine`.

pub mod clock;
pub mod commands;
pub mod documents;
pub mod error;
pub mod events;
pub mod shops;
pub mod state;

use clock::Clock;
use engine::Db;
use shops::ShopFiles;
use state::AppState;
use tauri::{Manager, Runtime};

/// Puts the app around an already open database, so tests can hand in their
/// own (and their `tauri::test::mock_builder()`). Tests call [`attach`]
/// themselves, since `setup` only runs once an event loop starts.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>, db: Db) -> tauri::Builder<R> {
    configure_state(builder, AppState::new(db, Clock::from_env()))
}

/// [`configure`] with a state made by the caller (its own clock).
pub fn configure_state<R: Runtime>(
    builder: tauri::Builder<R>,
    state: AppState,
) -> tauri::Builder<R> {
    let specta = commands::specta_builder::<R>();
    builder
        .manage(state)
        .invoke_handler(commands::checked(specta.invoke_handler()))
        .setup(move |app| {
            attach(app);
            Ok(())
        })
}

/// Registers the typed events and wires change notifications to this app.
pub fn attach<R: Runtime, M: Manager<R>>(app: &M) {
    commands::specta_builder::<R>().mount_events(app);
    app.state::<AppState>().attach(app.app_handle().clone());
}

pub fn run() {
    let context = tauri::generate_context!();
    let args: Vec<String> = std::env::args().collect();
    let files = ShopFiles::from_args(&args, &context.config().identifier);
    let clock = Clock::from_env();
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    match rt.block_on(files.settle_before_shops()) {
        Ok(Some(to)) => eprintln!(
            "equipflow: {} held the demo shop from before shops existed; it is the demo now, at {}",
            files.mine.display(),
            to.display()
        ),
        Ok(None) => {}
        Err(e) => {
            eprintln!(
                "equipflow: cannot check the database at {}: {e}",
                files.mine.display()
            );
            std::process::exit(2);
        }
    }
    // A first run opens nothing: the app asks to set up a shop or explore the demo.
    let open =
        files.at_start(&args).map(
            |kind| match rt.block_on(files.open(kind, &clock.ctx("demo"))) {
                Ok(db) => (kind, db),
                Err(e) => {
                    eprintln!(
                        "equipflow: cannot open the database at {}: {e}",
                        files.path(kind).display()
                    );
                    std::process::exit(2);
                }
            },
        );
    tauri::async_runtime::set(rt.handle().clone());
    configure_state(
        tauri::Builder::<tauri::Wry>::default(),
        AppState::with_files(Some(files), open, clock),
    )
    .run(context)
    .expect("error while running equipflow");
    let _ = rt;
}
