//! The Tauri shell: opens the database, registers the typed commands, and
//! hands the UI its window. No business rule lives here; see `engine`.

pub mod backups;
pub mod clock;
pub mod commands;
pub mod documents;
pub mod error;
pub mod events;
pub mod language;
pub mod shops;
pub mod start;
pub mod state;
pub mod timing;

use clock::Clock;
use engine::Db;
use language::DeskLanguage;
use shops::ShopFiles;
use state::AppState;
use std::path::Path;
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
            backups::start(app.handle());
            timing::mark("window set up");
            Ok(())
        })
}

/// Registers the typed events and wires change notifications to this app.
pub fn attach<R: Runtime, M: Manager<R>>(app: &M) {
    commands::specta_builder::<R>().mount_events(app);
    app.state::<AppState>().attach(app.app_handle().clone());
}

pub fn run() {
    timing::begin();
    let mut context = tauri::generate_context!();
    start::StartPage::around(&mut context);
    let args: Vec<String> = std::env::args().collect();
    let files = ShopFiles::from_args(&args, &context.config().identifier);
    let language = DeskLanguage::of_desk(files.language());
    let clock = Clock::from_env();
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    if let Some(file) = arg_after(&args, "--check-db") {
        std::process::exit(rt.block_on(backups::check_db(Path::new(&file))));
    }
    match rt.block_on(files.settle_before_shops()) {
        Ok(Some(to)) => eprintln!(
            "equipflow: {} held the demo shop from before shops existed; it is the demo now, at {}",
            files.mine.display(),
            to.display()
        ),
        Ok(None) => {}
        // The same file refused again when it is opened: the first-run screen says why.
        Err(e) => eprintln!(
            "equipflow: cannot check the database at {}: {e}",
            files.mine.display()
        ),
    }
    timing::mark("shop files settled");
    let state = rt.block_on(start_state(files, &args, clock));
    timing::mark("shop opened");
    tauri::async_runtime::set(rt.handle().clone());
    configure_state(
        tauri::Builder::<tauri::Wry>::default(),
        state.speaking(language),
    )
    .run(context)
    .expect("error while running equipflow");
    let _ = rt;
}

/// The app as it starts: the shop `args` ask for opened, or nothing on a
/// first run (the app asks to set up a shop or explore the demo). A file that
/// does not open leaves nothing open either, and the same screen says what
/// is wrong with it.
pub async fn start_state(files: ShopFiles, args: &[String], clock: Clock) -> AppState {
    let Some(kind) = files.at_start(args) else {
        return AppState::with_files(Some(files), None, clock);
    };
    match files.open(kind, &clock.ctx("demo")).await {
        Ok(db) => AppState::with_files(Some(files), Some((kind, db)), clock),
        Err(e) => {
            eprintln!(
                "equipflow: cannot open the database at {}: {e}",
                files.path(kind).display()
            );
            AppState::with_files(Some(files), None, clock).with_problem(e)
        }
    }
}

fn arg_after(args: &[String], flag: &str) -> Option<String> {
    let i = args.iter().position(|a| a == flag)?;
    args.get(i + 1).cloned()
}
