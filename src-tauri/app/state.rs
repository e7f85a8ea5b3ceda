use crate::clock::Clock;
use crate::error::CmdResult;
use crate::events::DataChanged;
use engine::{Ctx, Db};
use std::future::Future;
use std::sync::OnceLock;
use tauri::Runtime;
use tauri_specta::Event;

type Notify = Box<dyn Fn(&str) + Send + Sync>;

/// What every command needs: the database, who is at the desk, the desk's
/// clock, and how to tell every open window that something changed.
pub struct AppState {
    pub db: Db,
    pub actor: String,
    pub clock: Clock,
    notify: OnceLock<Notify>,
}

impl AppState {
    pub fn new(db: Db, clock: Clock) -> AppState {
        let actor = std::env::var("EQUIPFLOW_USER")
            .or_else(|_| std::env::var("USER"))
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_else(|_| "staff".into());
        AppState {
            db,
            actor,
            clock,
            notify: OnceLock::new(),
        }
    }

    pub fn ctx(&self) -> Ctx {
        self.clock.ctx(&self.actor)
    }

    /// Wires change events to a running app (from `setup`, or by tests after `build`).
    pub fn attach<R: Runtime>(&self, app: tauri::AppHandle<R>) {
        let _ = self.notify.set(Box::new(move |reason: &str| {
            // A window that misses the event still sees the change on its next fetch.
            let _ = DataChanged {
                reason: reason.to_string(),
            }
            .emit(&app);
        }));
    }

    /// Runs a write use case and, when it succeeds, tells every window.
    pub async fn write<T>(
        &self,
        what: &str,
        run: impl Future<Output = engine::Result<T>>,
    ) -> CmdResult<T> {
        let out = run.await?;
        if let Some(notify) = self.notify.get() {
            notify(what);
        }
        Ok(out)
    }
}
