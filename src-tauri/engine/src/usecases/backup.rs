//! Backups: the daily automatic copy and its rotation, a copy made by hand,
//! the backup folder (a setting), and a restore's file checked and made
//! ready beside the database.

use super::Ctx;
use crate::domain::backup::{daily_name, day_of, due, expired};
use crate::domain::settings::{parse_backup_folder, BACKUP_FOLDER};
use crate::i18n::Invalid;
use crate::read::backup::{backup_check, copies, BackupCheck, BackupsView};
use crate::store::{audit, backup, file, settings, Db};
use crate::Result;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The folder the automatic copies go to: the one chosen in Settings, else
/// `backups` beside the database; and whether it is that default.
pub async fn backup_folder(db: &Db) -> Result<(PathBuf, bool)> {
    let chosen = settings::get_optional(db.pool(), BACKUP_FOLDER.0)
        .await?
        .filter(|f| !f.is_empty());
    Ok(match chosen {
        Some(folder) => (PathBuf::from(folder), false),
        None => (
            db.path().parent().unwrap_or(Path::new(".")).join("backups"),
            true,
        ),
    })
}

/// The folder and the automatic copies in it.
pub async fn backups(db: &Db) -> Result<BackupsView> {
    let (folder, default_folder) = backup_folder(db).await?;
    Ok(BackupsView {
        copies: copies(&folder),
        folder: folder.display().to_string(),
        default_folder,
    })
}

/// Makes today's copy unless the folder has it, then lets go of the copies
/// the rotation does not keep; the copy made, if one was.
pub async fn daily_backup(db: &Db, today: NaiveDate) -> Result<Option<PathBuf>> {
    let (folder, _) = backup_folder(db).await?;
    let days = |folder: &Path| -> Vec<NaiveDate> {
        std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| day_of(&e.file_name().to_string_lossy()))
            .collect()
    };
    if !due(today, &days(&folder)) {
        return Ok(None);
    }
    std::fs::create_dir_all(&folder).map_err(|e| file::io_refusal(&folder, &e))?;
    let target = folder.join(daily_name(today));
    // Copied under another name first, so a copy cut off halfway is never taken for today's.
    let part = folder.join(format!(".{}.part", daily_name(today)));
    let _ = std::fs::remove_file(&part);
    if let Err(e) = backup::copy_into(db.pool(), &part).await {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    std::fs::rename(&part, &target).map_err(|e| file::io_refusal(&target, &e))?;
    for day in expired(today, &days(&folder)) {
        let _ = std::fs::remove_file(folder.join(daily_name(day)));
    }
    Ok(Some(target))
}

/// Copies the database to `target`, a file that does not exist yet or is empty.
pub async fn back_up_to(db: &Db, target: &Path) -> Result<()> {
    backup::copy_into(db.pool(), target).await
}

/// Sets the backup folder (empty: the default), once it is known to be
/// writable; logged in the settings' trail.
pub async fn set_backup_folder(db: &Db, ctx: &Ctx, raw: &str) -> Result<BackupsView> {
    let folder = parse_backup_folder(raw)?;
    if !folder.is_empty() {
        writable(Path::new(&folder))?;
    }
    let mut tx = db.begin_write().await?;
    let old = settings::get_optional(&mut *tx, BACKUP_FOLDER.0)
        .await?
        .unwrap_or_default();
    if old != folder {
        settings::set(&mut *tx, BACKUP_FOLDER.0, &folder).await?;
        let line = audit::changes(&[(BACKUP_FOLDER.1, old, folder.clone())]);
        audit::append(
            &mut tx,
            &ctx.now_text(),
            &ctx.actor,
            settings::AUDIT_ENTITY,
            1,
            "edited",
            &line,
        )
        .await?;
    }
    tx.commit().await?;
    backups(db).await
}

/// Whether a file can be made in `folder` (made if missing), or why not.
fn writable(folder: &Path) -> Result<()> {
    let field = |e: std::io::Error| {
        crate::Error::invalid(
            "backupFolder",
            Invalid::CannotWrite {
                folder: folder.display().to_string(),
                error: e.to_string(),
            },
        )
    };
    std::fs::create_dir_all(folder).map_err(field)?;
    let probe = folder.join(".equipflow-write-test");
    std::fs::write(&probe, b"").map_err(field)?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// Checks `from` (see [`backup_check`]) and copies it to `staging` beside the
/// database, ready to take its place; what it holds.
pub async fn stage_restore(from: &Path, staging: &Path) -> Result<BackupCheck> {
    let check = backup_check(from).await?;
    let _ = std::fs::remove_file(staging);
    let (mut conn, _) = backup::open_to_read(from).await?;
    let copied = backup::copy_into(&mut conn, staging).await;
    let _ = sqlx::Connection::close(conn).await;
    copied?;
    Ok(check)
}
