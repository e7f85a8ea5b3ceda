//! The Tauri shell: opens the database, registers the typed commands, and
//! hands the UI its window. No business rule lives here; see `engine`.

pub mod clock;
pub mod commands;
pub mod documents;
pub mod error;
pub mod events;
pub mod state;

use clock::Clock;
use engine::Db;
use state::AppState;
use std::path::PathBuf;
use tauri::{Manager, Runtime};

/// Where the database lives: `--db PATH`, else `EQUIPFLOW_DB`, else the OS
/// app-data directory (e.g. ~/.local/share/io.equipflow.desktop/equipflow.db).
pub fn database_path(args: &[String], identifier: &str) -> PathBuf {
    if let Some(i) = args.iter().position(|a| a == "--db") {
        if let Some(p) = args.get(i + 1) {
            return PathBuf::from(p);
        }
    }
    if let Some(p) = args.iter().find_map(|a| a.strip_prefix("--db=")) {
        return PathBuf::from(p);
    }
    if let Ok(p) = std::env::var("EQUIPFLOW_DB") {
        return PathBuf::from(p);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(identifier)
        .join("equipflow.db")
}

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
    let path = database_path(&args, &context.config().identifier);
    let clock = Clock::from_env();
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    let db = rt.block_on(async {
        let db = Db::open(&path).await?;
        let seeded = engine::demo::seed_demo(&db, &clock.ctx("demo")).await?;
        if seeded {
            eprintln!(
                "equipflow: new database at {} seeded with demo data",
                path.display()
            );
        }
        Ok::<_, engine::Error>(db)
    });
    let db = match db {
        Ok(db) => db,
        Err(e) => {
            eprintln!(
                "equipflow: cannot open the database at {}: {e}",
                path.display()
            );
            std::process::exit(2);
        }
    };
    tauri::async_runtime::set(rt.handle().clone());
    configure_state(
        tauri::Builder::<tauri::Wry>::default(),
        AppState::new(db, clock),
    )
    .run(context)
    .expect("error while running equipflow");
    let _ = rt;
}
