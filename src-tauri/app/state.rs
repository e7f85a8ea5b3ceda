use crate::clock::Clock;
use crate::error::{AppError, CmdResult};
use crate::events::DataChanged;
use engine::{Ctx, Db};
use futures_util::FutureExt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
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
        let out = answer(what, run).await?;
        if let Some(notify) = self.notify.get() {
            notify(what);
        }
        Ok(out)
    }

    /// Runs a read (or a use case that writes nothing) for command `what`.
    pub async fn read<T>(
        &self,
        what: &str,
        run: impl Future<Output = engine::Result<T>>,
    ) -> CmdResult<T> {
        answer(what, run).await
    }
}

/// Every call answers: a panic inside a command becomes an `internal` error
/// with a message (and a line in the log) instead of a promise that never settles.
async fn answer<T>(what: &str, run: impl Future<Output = engine::Result<T>>) -> CmdResult<T> {
    match AssertUnwindSafe(run).catch_unwind().await {
        Ok(out) => Ok(out?),
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".into());
            eprintln!("equipflow: {what} panicked: {why}");
            Err(AppError::internal(format!(
                "Something went wrong in {what}: {why}"
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[tokio::test]
    async fn a_panic_inside_a_command_answers_internal_with_its_message() {
        let boom = async {
            if "+262142-12-31".starts_with('+') {
                panic!("date overflow");
            }
            Ok(())
        };
        let e = answer("plan_day", boom).await.unwrap_err();
        assert_eq!(e.code, ErrorCode::Internal);
        assert!(
            e.message.contains("plan_day") && e.message.contains("date overflow"),
            "{e:?}"
        );
    }
}
