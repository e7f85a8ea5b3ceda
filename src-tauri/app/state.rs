use crate::clock::Clock;
use crate::error::{AppError, CmdResult};
use crate::events::DataChanged;
use crate::shops::{ShopFiles, ShopKind};
use engine::{Ctx, Db, RefusalKind};
use futures_util::FutureExt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{OnceLock, RwLock};
use tauri::Runtime;
use tauri_specta::Event;

type Notify = Box<dyn Fn(&str) + Send + Sync>;

/// What every command needs: the open database, who is at the desk, the
/// desk's clock, and how to tell every open window that something changed.
pub struct AppState {
    open: RwLock<Option<(ShopKind, Db)>>,
    /// Where the shop's and the demo's databases live; `None` when a caller
    /// (a test) handed in one database and nothing else may be opened.
    pub files: Option<ShopFiles>,
    /// One switch or setup at a time, so the demo is never seeded twice.
    switching: tokio::sync::Mutex<()>,
    pub actor: String,
    pub clock: Clock,
    /// The CSV import running now, if any: its progress, and its cancel.
    pub import: engine::usecases::ImportProgress,
    notify: OnceLock<Notify>,
}

impl AppState {
    /// The app on one database, taken as the shop's own.
    pub fn new(db: Db, clock: Clock) -> AppState {
        AppState::with_files(None, Some((ShopKind::Mine, db)), clock)
    }

    /// The app with both files known, and the one open now (none on a first run).
    pub fn with_files(
        files: Option<ShopFiles>,
        open: Option<(ShopKind, Db)>,
        clock: Clock,
    ) -> AppState {
        let actor = std::env::var("EQUIPFLOW_USER")
            .or_else(|_| std::env::var("USER"))
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_else(|_| "staff".into());
        AppState {
            open: RwLock::new(open),
            files,
            switching: tokio::sync::Mutex::new(()),
            actor,
            clock,
            import: Default::default(),
            notify: OnceLock::new(),
        }
    }

    /// The open database (a handle: a switch meanwhile does not pull it away
    /// from a command already running).
    pub fn db(&self) -> CmdResult<Db> {
        self.open
            .read()
            .expect("open shop lock")
            .as_ref()
            .map(|(_, db)| db.clone())
            .ok_or_else(|| {
                engine::Error::refused(
                    RefusalKind::NoShopOpen,
                    "No shop is open yet: set up your shop or explore the demo",
                )
                .into()
            })
    }

    /// Which shop is open, if any.
    pub fn shop(&self) -> Option<ShopKind> {
        self.open
            .read()
            .expect("open shop lock")
            .as_ref()
            .map(|(k, _)| *k)
    }

    /// Opens `kind` in place of whatever is open, with `prepare` run on the
    /// new database before any command sees it, and tells every window.
    pub async fn switch<F, Fut>(&self, kind: ShopKind, prepare: F) -> CmdResult<()>
    where
        F: FnOnce(Db) -> Fut,
        Fut: Future<Output = engine::Result<()>>,
    {
        let _one_at_a_time = self.switching.lock().await;
        if self.shop() == Some(kind) {
            return Ok(());
        }
        let files = self.files.as_ref().ok_or_else(|| {
            AppError::from(engine::Error::refused(
                RefusalKind::NotSetUp,
                "This window works on one database only",
            ))
        })?;
        let db = answer("shop_switch", files.open(kind, &self.ctx())).await?;
        answer("shop_switch", prepare(db.clone())).await?;
        let old = self
            .open
            .write()
            .expect("open shop lock")
            .replace((kind, db));
        if let Some((_, old)) = old {
            // Waits for the commands still running on it, then lets the file go.
            old.close().await;
        }
        self.changed("shop_switch");
        Ok(())
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
        self.changed(what);
        Ok(out)
    }

    fn changed(&self, what: &str) {
        if let Some(notify) = self.notify.get() {
            notify(what);
        }
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
