//! What a database file is before the app writes to it: equipflow's own (of
//! this version or an older one), or held by another window, read-only,
//! damaged, from a newer equipflow, or not equipflow's at all. Each of those
//! is refused with what is wrong and what to do, and the file is left as it is.

use crate::i18n::{Because, Invalid};
use crate::{Error, RefusalKind, Result};
use sqlx::migrate::Migrator;
use sqlx::SqliteConnection;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Held while a database is open, so a second window (or a second app) on
/// the same file is refused instead of writing beside the first.
#[derive(Debug)]
pub struct FileLock(File);

impl FileLock {
    pub fn release(&self) {
        let _ = self.0.unlock();
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

fn name(path: &Path) -> String {
    path.display().to_string()
}

/// Takes the file's lock (beside it, `<file>.lock`), or says who has it.
pub fn lock(path: &Path) -> Result<FileLock> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))
        .map_err(|e| io_refusal(path, &e))?;
    match file.try_lock() {
        Ok(()) => Ok(FileLock(file)),
        Err(TryLockError::WouldBlock) => Err(Error::refuse(
            RefusalKind::DatabaseInUse,
            Because::OpenElsewhere { file: name(path) },
        )),
        Err(TryLockError::Error(e)) => Err(io_refusal(path, &e)),
    }
}

/// A file the app may not write (its mode, or a read-only folder or disk).
pub fn refuse_read_only(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.permissions().readonly() => Err(read_only(path)),
        _ => Ok(()),
    }
}

fn read_only(path: &Path) -> Error {
    Error::refuse(
        RefusalKind::DatabaseReadOnly,
        Because::ReadOnly { file: name(path) },
    )
}

pub(crate) fn io_refusal(path: &Path, e: &std::io::Error) -> Error {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied | K::ReadOnlyFilesystem => read_only(path),
        K::StorageFull => Error::refuse(
            RefusalKind::DiskFull,
            Because::DiskFull { file: name(path) },
        ),
        _ => Error::invalid(
            "db",
            Invalid::CannotOpen {
                file: name(path),
                error: e.to_string(),
            },
        ),
    }
}

/// Whether the file holds anything; refused when what it holds is not SQLite.
pub fn has_content(path: &Path) -> Result<bool> {
    let mut head = Vec::with_capacity(16);
    match File::open(path) {
        Ok(f) => {
            f.take(16)
                .read_to_end(&mut head)
                .map_err(|e| io_refusal(path, &e))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io_refusal(path, &e)),
    }
    if head.is_empty() {
        return Ok(false);
    }
    if head != b"SQLite format 3\0" {
        return Err(not_equipflow(path, Foreign::NotADatabase));
    }
    Ok(true)
}

/// Why a file is not an equipflow database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    Empty,
    NotADatabase,
    OtherTables,
    OtherProgram,
    ChangedEquipflow,
}

impl Foreign {
    pub const ALL: [Foreign; 5] = [
        Foreign::Empty,
        Foreign::NotADatabase,
        Foreign::OtherTables,
        Foreign::OtherProgram,
        Foreign::ChangedEquipflow,
    ];
}

pub(crate) fn not_equipflow(path: &Path, why: Foreign) -> Error {
    Error::refuse(
        RefusalKind::NotEquipflow,
        Because::NotEquipflow {
            file: name(path),
            why,
        },
    )
}

/// Checks an existing database before anything is written to it: whole
/// (SQLite's quick check), equipflow's, and of no newer version than this
/// app; how many of this app's migrations it still lacks. An empty database
/// passes (it becomes a new shop).
pub async fn understand(
    conn: &mut SqliteConnection,
    path: &Path,
    migrator: &Migrator,
) -> Result<usize> {
    understand_file(conn, path, migrator)
        .await
        .map_err(|e| match e.refusal().map(|r| r.kind) {
            // SQLite refused to read it at all: said of this file.
            Some(RefusalKind::DatabaseDamaged) if !e.to_string().contains(&name(path)) => {
                damaged(path, Damage::Unreadable)
            }
            _ => e,
        })
}

async fn understand_file(
    conn: &mut SqliteConnection,
    path: &Path,
    migrator: &Migrator,
) -> Result<usize> {
    let check: Vec<String> = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_all(&mut *conn)
        .await?;
    if check.first().map(String::as_str) != Some("ok") {
        let said = check.first().map_or("", String::as_str);
        return Err(damaged(
            path,
            Damage::Check(said.lines().next().unwrap_or("").chars().take(80).collect()),
        ));
    }
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(&mut *conn)
            .await?;
    if tables.is_empty() {
        return Ok(migrator.iter().count());
    }
    if !tables.iter().any(|t| t == "_sqlx_migrations") {
        return Err(not_equipflow(path, Foreign::OtherTables));
    }
    let applied: Vec<(i64, bool, Vec<u8>)> =
        sqlx::query_as("SELECT version, success, checksum FROM _sqlx_migrations")
            .fetch_all(&mut *conn)
            .await?;
    let known = |v: i64| migrator.iter().find(|m| m.version == v);
    let first = migrator.iter().next().map(|m| m.version);
    if !applied.iter().any(|(v, _, _)| Some(*v) == first) {
        return Err(not_equipflow(path, Foreign::OtherProgram));
    }
    let newer = applied
        .iter()
        .filter(|(v, _, _)| known(*v).is_none())
        .count();
    if newer > 0 {
        return Err(Error::refuse(
            RefusalKind::DatabaseNewer,
            Because::Newer {
                file: name(path),
                changes: newer,
            },
        ));
    }
    if applied.iter().any(|(_, ok, _)| !ok) {
        return Err(damaged(path, Damage::CutOff));
    }
    if applied
        .iter()
        .any(|(v, _, sum)| known(*v).is_some_and(|m| m.checksum.as_ref() != sum.as_slice()))
    {
        return Err(not_equipflow(path, Foreign::ChangedEquipflow));
    }
    Ok(migrator.iter().count() - applied.len())
}

/// What is wrong with a damaged file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// SQLite cannot read it at all.
    Unreadable,
    /// An update of its tables was cut off.
    CutOff,
    /// SQLite's check's first complaint, as SQLite words it.
    Check(String),
}

fn damaged(path: &Path, detail: Damage) -> Error {
    Error::refuse(
        RefusalKind::DatabaseDamaged,
        Because::Damaged {
            file: name(path),
            detail,
        },
    )
}
