use crate::clock::Clock;
use crate::error::{AppError, CmdResult};
use crate::events::DataChanged;
use crate::language::DeskLanguage;
use crate::shops::{ShopFiles, ShopKind};
use engine::i18n::{FileTrouble, Lang};
use engine::{Ctx, Db, RefusalKind};
use futures_util::FutureExt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::path::Path;
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
    /// The language people read: Rust's sentences on every command's handle, and the UI's.
    pub language: DeskLanguage,
    notify: OnceLock<Notify>,
    /// Why the shop's own database did not open at start (the first-run
    /// screen says it, in the language of the moment), until a shop opens.
    problem: RwLock<Option<engine::Error>>,
    /// Rung when the shop's own database opens (set up, switched to,
    /// restored), so its daily backup does not wait for the next look.
    pub backup_due: tokio::sync::Notify,
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
            language: DeskLanguage::english(),
            notify: OnceLock::new(),
            problem: RwLock::new(None),
            backup_due: tokio::sync::Notify::new(),
        }
    }

    /// The app with nothing open because the shop's own file was refused at start.
    pub fn with_problem(self, problem: engine::Error) -> AppState {
        *self.problem.write().expect("problem lock") = Some(problem);
        self
    }

    /// Why the shop's own database did not open at start, while nothing is open.
    pub fn problem(&self) -> Option<AppError> {
        self.problem
            .read()
            .expect("problem lock")
            .as_ref()
            .map(|e| self.said(e))
    }

    /// The engine's error as the desk reads it, in its language.
    pub fn said(&self, e: &engine::Error) -> AppError {
        AppError::in_lang(e, self.language.lang())
    }

    /// The app speaking `language` (English unless told).
    pub fn speaking(self, language: DeskLanguage) -> AppState {
        AppState { language, ..self }
    }

    /// The open database (a handle: a switch meanwhile does not pull it away
    /// from a command already running), writing its sentences in the desk's language.
    pub fn db(&self) -> CmdResult<Db> {
        self.open
            .read()
            .expect("open shop lock")
            .as_ref()
            .map(|(_, db)| db.speaking(self.language.lang()))
            .ok_or_else(|| self.said(&no_shop_open()))
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
            self.said(&engine::Error::refused(
                RefusalKind::NotSetUp,
                "This window works on one database only",
            ))
        })?;
        let lang = self.language.lang();
        let db = answer("shop_switch", lang, files.open(kind, &self.ctx())).await?;
        answer("shop_switch", lang, prepare(db.clone())).await?;
        *self.problem.write().expect("problem lock") = None;
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
        if kind == ShopKind::Mine {
            self.backup_due.notify_one();
        }
        Ok(())
    }

    /// Puts the database file `staged` (whole, made ready beside it) in
    /// place of the open shop's: the open one is closed once its commands are
    /// done, the files swapped, and the shop opened again. When the new file
    /// does not open, `before` (a copy of the old one) goes back in its place.
    pub async fn replace_file(&self, staged: &Path, before: &Path) -> CmdResult<()> {
        let _one_at_a_time = self.switching.lock().await;
        let (kind, db) = self
            .open
            .write()
            .expect("open shop lock")
            .take()
            .ok_or_else(|| self.said(&no_shop_open()))?;
        let path = db.path().to_path_buf();
        let lang = db.lang();
        db.close().await;
        let opened = match swap_in(staged, &path, lang) {
            Ok(()) => Db::open(&path).await.map_err(|e| self.said(&e)),
            Err(e) => Err(e),
        };
        let (db, out) = match opened {
            Ok(db) => (db, Ok(())),
            Err(e) => {
                let back = std::fs::copy(before, staged)
                    .map_err(|e| {
                        AppError::internal(lang.file_trouble(FileTrouble::CouldNotPutBack {
                            file: &before.display().to_string(),
                            os: &e.to_string(),
                        }))
                    })
                    .and_then(|_| swap_in(staged, &path, lang));
                back?;
                (Db::open(&path).await.map_err(|e| self.said(&e))?, Err(e))
            }
        };
        self.open
            .write()
            .expect("open shop lock")
            .replace((kind, db));
        self.changed("backup_restore");
        out
    }

    pub fn ctx(&self) -> Ctx {
        self.clock.ctx(&self.actor).speaking(self.language.lang())
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
        let out = answer(what, self.language.lang(), run).await?;
        self.changed(what);
        Ok(out)
    }

    pub fn changed(&self, what: &str) {
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
        answer(what, self.language.lang(), run).await
    }
}

fn no_shop_open() -> engine::Error {
    engine::Error::refused(
        RefusalKind::NoShopOpen,
        "No shop is open yet: set up your shop or explore the demo",
    )
}

/// Moves `staged` to `path`, after the old file's WAL and shared memory (a
/// closed database's, empty once checkpointed) are gone, so SQLite never
/// reads them against the new file.
fn swap_in(staged: &Path, path: &Path, lang: Lang) -> CmdResult<()> {
    let could_not = |e: std::io::Error| {
        AppError::internal(lang.file_trouble(FileTrouble::CouldNotReplace {
            file: &path.display().to_string(),
            os: &e.to_string(),
        }))
    };
    for ext in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_os_string();
        side.push(ext);
        match std::fs::remove_file(&side) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(could_not(e)),
        }
    }
    std::fs::rename(staged, path).map_err(could_not)
}

/// Every call answers: a panic inside a command becomes an `internal` error
/// with a message (and a line in the log) instead of a promise that never settles.
async fn answer<T>(
    what: &str,
    lang: Lang,
    run: impl Future<Output = engine::Result<T>>,
) -> CmdResult<T> {
    let asked = crate::timing::on().then(|| {
        crate::timing::mark(format_args!("{what} asked"));
        std::time::Instant::now()
    });
    let out = answer_now(what, lang, run).await;
    if let Some(asked) = asked {
        crate::timing::mark(format_args!(
            "{what} answered in {} ms",
            asked.elapsed().as_millis()
        ));
    }
    out
}

async fn answer_now<T>(
    what: &str,
    lang: Lang,
    run: impl Future<Output = engine::Result<T>>,
) -> CmdResult<T> {
    match AssertUnwindSafe(run).catch_unwind().await {
        Ok(out) => out.map_err(|e| AppError::in_lang(&e, lang)),
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".into());
            eprintln!("equipflow: {what} panicked: {why}");
            Err(AppError::internal(
                lang.file_trouble(FileTrouble::Broke { what, why: &why }),
            ))
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
        let e = answer("plan_day", Lang::En, boom).await.unwrap_err();
        assert_eq!(e.code, ErrorCode::Internal);
        assert!(
            e.message.contains("plan_day") && e.message.contains("date overflow"),
            "{e:?}"
        );
    }
}
