//! SQLite through sqlx: the only layer that writes SQL. One module per
//! aggregate; row structs stay apart from domain entities.

pub mod audit;
pub mod backup;
pub mod board;
pub mod catalog;
pub mod checklist;
pub mod customers;
pub mod events;
pub mod file;
pub mod health;
pub mod holdings;
pub mod items;
pub mod orders;
pub mod planner;
pub mod reference;
pub mod reports;
pub mod resources;
pub mod rules;
pub mod settings;
pub mod stock;
pub mod unit_events;

use crate::i18n::{Invalid, Lang};
use crate::Result;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Sqlite, SqlitePool, Transaction};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

pub type Tx = Transaction<'static, Sqlite>;

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The open database plus an in-memory snapshot of the rarely changing data
/// (catalog, rules, settings) every submit needs, and the language the
/// sentences read from it are written in (the desk's, handed out with the
/// handle a command gets; English unless told).
#[derive(Clone)]
pub struct Db {
    pool: SqlitePool,
    path: PathBuf,
    snapshot: Arc<RwLock<Option<Arc<catalog::Snapshot>>>>,
    lock: Arc<file::FileLock>,
    lang: Lang,
}

impl Db {
    /// This handle, writing its sentences in `lang`.
    pub fn speaking(&self, lang: Lang) -> Db {
        Db {
            lang,
            ..self.clone()
        }
    }

    /// The language the reads and writes on this handle write their sentences in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Opens (creating if needed) the database at `path`, backs it up with
    /// `VACUUM INTO` when a migration is pending, and migrates it. A file it
    /// does not understand, or cannot write, is refused untouched (see `file`).
    pub async fn open(path: &Path) -> Result<Db> {
        Db::open_with(path, None).await
    }

    /// [`Db::open`] on a disk that is full once the file has `pages` pages
    /// more than now (SQLite's `max_page_count`): how tests fill a disk.
    pub async fn open_filling_at(path: &Path, pages: u32) -> Result<Db> {
        Db::open_with(path, Some(pages)).await
    }

    async fn open_with(path: &Path, extra_pages: Option<u32>) -> Result<Db> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                crate::Error::invalid(
                    "db",
                    Invalid::CannotCreateFolder {
                        dir: dir.display().to_string(),
                        error: e.to_string(),
                    },
                )
            })?;
        }
        file::refuse_read_only(path)?;
        let existed = file::has_content(path)?;
        let lock = file::lock(path)?;
        let mut options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // WAL + NORMAL: a commit survives an app crash; only an OS crash can lose the last commits.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // The board reads every open item: keep them in memory (64 MiB page cache).
            .pragma("cache_size", "-65536");
        if existed {
            // What the file is, before the pool (which turns on WAL) writes to it.
            let mut conn = SqliteConnectOptions::new()
                .filename(path)
                .busy_timeout(Duration::from_secs(5))
                .connect()
                .await?;
            let check = file::understand(&mut conn, path, &MIGRATOR).await;
            let _ = conn.close().await;
            check?;
        }
        if let Some(pages) = extra_pages {
            let now = std::fs::metadata(path).map_or(0, |m| m.len() / 4096) as u32;
            options = options.pragma("max_page_count", (now + pages).to_string());
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        let db = Db {
            pool,
            path: path.to_path_buf(),
            snapshot: Arc::new(RwLock::new(None)),
            lock: Arc::new(lock),
            lang: Lang::En,
        };
        if existed {
            db.backup_if_migrating().await?;
        }
        MIGRATOR.run(&db.pool).await?;
        rules::seed_defaults_once(&db.pool).await?;
        Ok(db)
    }

    async fn backup_if_migrating(&self) -> Result<()> {
        let applied: Vec<i64> =
            sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = 1")
                .fetch_all(&self.pool)
                .await
                .unwrap_or_default();
        let pending = MIGRATOR.iter().any(|m| !applied.contains(&m.version));
        if pending && !applied.is_empty() {
            let stamp = chrono::Utc::now().format("%Y%m%d%H%M%S");
            let target = self.path.with_extension(format!("backup-{stamp}.db"));
            backup::copy_into(&self.pool, &target).await?;
        }
        Ok(())
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A write transaction that takes the write lock up front (a deferred one
    /// upgraded later fails at once with SQLITE_BUSY under contention).
    pub async fn begin_write(&self) -> Result<Tx> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Catalog, rules and settings as of the last change.
    pub async fn snapshot(&self) -> Result<Arc<catalog::Snapshot>> {
        if let Some(s) = self.snapshot.read().expect("snapshot lock").as_ref() {
            return Ok(s.clone());
        }
        let mut conn = self.pool.acquire().await?;
        let fresh = Arc::new(catalog::Snapshot::load(&mut conn).await?);
        *self.snapshot.write().expect("snapshot lock") = Some(fresh.clone());
        Ok(fresh)
    }

    /// Call after committing a change to the catalog, rules or settings.
    pub fn invalidate_snapshot(&self) {
        *self.snapshot.write().expect("snapshot lock") = None;
    }

    /// Closes the pool (waiting for the commands still on it) and lets the file go.
    pub async fn close(&self) {
        // Everything into the database file itself, so the file alone is the
        // shop once closed (a copy, a restore's swap, a check by hand).
        let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await;
        self.pool.close().await;
        self.lock.release();
    }
}
