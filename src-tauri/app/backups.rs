//! The automatic backup: the shop's own database copied once a day while the
//! app runs (at start, when the shop's database opens, then looked at every
//! half hour), the day from the desk's clock; and `equipflow --check-db FILE`, which reads a file and says
//! whether it holds together (what the crash test asks after each kill).

use crate::shops::ShopKind;
use crate::state::AppState;
use engine::usecases;
use std::path::Path;
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime};

/// How often the app looks whether today's copy is made. A look, not a
/// timer to midnight: a timer's clock stands still while the laptop sleeps,
/// and a look that finds today's copy made costs one file listing.
const EVERY: Duration = Duration::from_secs(30 * 60);

/// Starts the daily backup beside the app (the demo is not backed up).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            back_up_today(app.state::<AppState>().inner()).await;
            let state = app.state::<AppState>();
            tokio::select! {
                _ = tokio::time::sleep(EVERY) => {}
                _ = state.backup_due.notified() => {}
            }
        }
    });
}

/// Today's copy of the shop's own database, unless it is made already.
pub async fn back_up_today(state: &AppState) {
    if state.shop() != Some(ShopKind::Mine) {
        return;
    }
    let Ok(db) = state.db() else { return };
    match usecases::daily_backup(&db, state.ctx().today()).await {
        Ok(Some(copy)) => {
            eprintln!("equipflow: backed up to {}", copy.display());
            state.changed("backup");
        }
        Ok(None) => {}
        // Tried again at the next look; the Settings screen shows the last copy made.
        Err(e) => eprintln!("equipflow: the daily backup failed: {e}"),
    }
}

/// Prints SQLite's integrity check, the invariants the file breaks and its
/// orders' ids as JSON; exit code 0 when it holds together.
pub async fn check_db(path: &Path) -> i32 {
    match engine::store::health::file_report(path).await {
        Ok(report) => {
            println!(
                "{}",
                serde_json::to_string(&report).expect("a report is JSON")
            );
            i32::from(!report.holds())
        }
        Err(e) => {
            eprintln!("equipflow: cannot check {}: {e}", path.display());
            2
        }
    }
}
