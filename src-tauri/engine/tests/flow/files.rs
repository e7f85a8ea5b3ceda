//! A file that is not right (in use, read-only, a full disk, damaged, from a
//! newer equipflow, not equipflow's): refused with what is wrong and what to
//! do, and left as it was. And the backups: one copy a day, rotated, each
//! checked before it may replace the shop.

use super::helpers::*;
use engine::usecases as uc;
use engine::{Db, Error, RefusalKind};
use std::path::{Path, PathBuf};

fn refusal(e: Error) -> (RefusalKind, String) {
    match e.refusal() {
        Some(r) => (r.kind, r.message.clone()),
        None => panic!("not a refusal: {e:?}"),
    }
}

/// A closed shop with an order in it, and the folder it lives in.
async fn shop_file() -> (PathBuf, tempfile::TempDir) {
    let t = spawn().await;
    uc::submit_order(
        &t.db,
        &ctx(),
        t.order(vec![line(
            t.svc("MONITOR-BUY"),
            &[("size", "27"), ("resolution", "4k")],
        )]),
    )
    .await
    .unwrap();
    t.close().await
}

/// The file refused as `kind`, with `says` in the message, and not changed by the attempt.
async fn refused_untouched(path: &Path, kind: RefusalKind, says: &str) {
    let before = std::fs::read(path).unwrap();
    let e = Db::open(path).await.err().expect("refused");
    let (got, message) = refusal(e);
    assert_eq!(got, kind, "{message}");
    assert!(message.contains(says), "{message}");
    assert!(
        message.contains(&path.display().to_string()),
        "names the file: {message}"
    );
    assert!(
        std::fs::read(path).unwrap() == before,
        "the file was changed"
    );
}

#[tokio::test]
async fn a_file_open_in_another_window_is_refused_until_it_is_closed() {
    let (path, _dir) = shop_file().await;
    let first = Db::open(&path).await.unwrap();
    let e = Db::open(&path)
        .await
        .err()
        .expect("the second window is refused");
    let (kind, message) = refusal(e);
    assert_eq!(kind, RefusalKind::DatabaseInUse);
    assert!(
        message.contains("open in another equipflow window"),
        "{message}"
    );
    first.close().await;
    Db::open(&path).await.expect("free once the first closed");
}

#[tokio::test]
async fn a_read_only_file_is_refused_untouched() {
    let (path, _dir) = shop_file().await;
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    refused_untouched(
        &path,
        RefusalKind::DatabaseReadOnly,
        "make the file and its folder writable",
    )
    .await;
}

#[tokio::test]
async fn a_damaged_file_is_refused_untouched() {
    let (path, _dir) = shop_file().await;
    let mut bytes = std::fs::read(&path).unwrap();
    // Page 2 onwards (the schema's tables) overwritten: the header still says SQLite.
    for b in bytes.iter_mut().skip(4096).take(4096 * 3) {
        *b = 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    refused_untouched(
        &path,
        RefusalKind::DatabaseDamaged,
        "put your latest backup in its place",
    )
    .await;
}

#[tokio::test]
async fn a_file_from_a_newer_equipflow_is_refused_unmigrated() {
    let (path, _dir) = shop_file().await;
    let conn = sqlx::SqlitePool::connect(&format!("sqlite:{}", path.display()))
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time)
         VALUES (29990101000000, 'from the future', '2999-01-01', 1, x'00', 1)",
    )
    .execute(&conn)
    .await
    .unwrap();
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&conn)
        .await
        .unwrap();
    conn.close().await;
    refused_untouched(
        &path,
        RefusalKind::DatabaseNewer,
        "install the newer equipflow",
    )
    .await;
}

#[tokio::test]
async fn a_file_that_is_not_equipflows_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "Dear Anna,\nthe invoices are in the blue folder.\n").unwrap();
    refused_untouched(&text, RefusalKind::NotEquipflow, "not a database file").await;

    let other = dir.path().join("other.db");
    let conn = sqlx::SqlitePool::connect(&format!("sqlite:{}?mode=rwc", other.display()))
        .await
        .unwrap();
    sqlx::query("CREATE TABLE contacts (name TEXT)")
        .execute(&conn)
        .await
        .unwrap();
    conn.close().await;
    refused_untouched(
        &other,
        RefusalKind::NotEquipflow,
        "is not an equipflow database",
    )
    .await;
}

#[tokio::test]
async fn a_full_disk_refuses_the_write_and_keeps_every_earlier_one() {
    let t = spawn().await.reopen_filling_at(40).await;
    let path = t.db.path().to_path_buf();
    let mut saved = Vec::new();
    let e = loop {
        let order = t.order(vec![line(
            t.svc("MONITOR-BUY"),
            &[("size", "27"), ("resolution", "4k")],
        )]);
        match uc::submit_order(&t.db, &ctx(), order).await {
            Ok(r) => saved.push(r.order_id),
            Err(e) => break e,
        }
        assert!(saved.len() < 5000, "the disk never filled");
    };
    let (kind, message) = refusal(e);
    assert_eq!(kind, RefusalKind::DiskFull);
    assert!(
        message.contains("nothing was saved; free some space"),
        "{message}"
    );
    t.db.close().await;
    let db = Db::open(&path).await.expect("opens once there is room");
    for id in saved {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM items WHERE order_id = ?")
            .bind(id)
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert!(n > 0, "order {id} was acknowledged and is gone");
    }
    let mut conn = db.pool().acquire().await.unwrap();
    assert_eq!(
        engine::store::health::broken(&mut conn).await.unwrap(),
        Vec::<String>::new()
    );
}

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

#[tokio::test]
async fn a_copy_a_day_seven_daily_and_four_weekly_are_kept() {
    let t = spawn().await;
    let folder = t.db.path().parent().unwrap().join("backups");
    let first = uc::daily_backup(&t.db, day("2026-10-01")).await.unwrap();
    assert_eq!(first, Some(folder.join("equipflow-backup-2026-10-01.db")));
    assert_eq!(
        uc::daily_backup(&t.db, day("2026-10-01")).await.unwrap(),
        None,
        "once a day"
    );
    std::fs::write(folder.join("notes.txt"), "mine").unwrap();
    for d in day("2026-10-02")
        .iter_days()
        .take_while(|d| *d <= day("2026-11-30"))
    {
        uc::daily_backup(&t.db, d).await.unwrap();
    }
    let view = uc::backups(&t.db).await.unwrap();
    assert!(view.default_folder);
    let days: Vec<&str> = view.copies.iter().map(|c| c.day.as_str()).collect();
    assert_eq!(
        days,
        [
            "2026-11-30",
            "2026-11-29",
            "2026-11-28",
            "2026-11-27",
            "2026-11-26",
            "2026-11-25",
            "2026-11-24",
            "2026-11-22",
            "2026-11-15",
            "2026-11-08",
            "2026-11-01"
        ]
    );
    assert!(
        folder.join("notes.txt").exists(),
        "a file the app did not make stays"
    );
    let check = engine::read::backup_check(Path::new(&view.copies[0].path))
        .await
        .unwrap();
    assert_eq!((check.orders, check.older_version), (0, false));
    assert!(check.customers > 0 && check.units > 0, "{check:?}");
}

#[tokio::test]
async fn a_restore_takes_only_a_whole_equipflow_file() {
    let t = spawn().await;
    let dir = t.db.path().parent().unwrap().to_path_buf();
    let staging = dir.join("restoring.db");
    let text = dir.join("notes.db");
    std::fs::write(&text, "not a shop").unwrap();
    let (kind, _) = refusal(uc::stage_restore(&text, &staging).await.unwrap_err());
    assert_eq!(kind, RefusalKind::NotEquipflow);
    assert!(!staging.exists(), "nothing made ready");
    let e = uc::stage_restore(&dir.join("gone.db"), &staging)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("there is no file at"), "{e}");

    let copy = dir.join("copy.db");
    uc::back_up_to(&t.db, &copy).await.unwrap();
    let check = uc::stage_restore(&copy, &staging).await.unwrap();
    let name = engine::read::settings(&t.db).await.unwrap().shop_name;
    assert_eq!(check.shop_name, name);
    assert!(staging.exists());
}

#[tokio::test]
async fn the_backup_folder_is_a_whole_path_that_can_be_written() {
    let t = spawn().await;
    let e = uc::set_backup_folder(&t.db, &ctx(), "backups")
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("backupFolder"));
    let elsewhere = t.db.path().parent().unwrap().join("usb").join("equipflow");
    let view = uc::set_backup_folder(&t.db, &ctx(), elsewhere.to_str().unwrap())
        .await
        .unwrap();
    assert_eq!(
        (view.folder.as_str(), view.default_folder),
        (elsewhere.to_str().unwrap(), false)
    );
    let made = uc::daily_backup(&t.db, day("2026-11-30"))
        .await
        .unwrap()
        .unwrap();
    assert!(made.starts_with(&elsewhere));
    let log = engine::read::settings(&t.db).await.unwrap().log;
    assert_eq!(log[0].edits[0].label, "Backup folder");
    let view = uc::set_backup_folder(&t.db, &ctx(), " ").await.unwrap();
    assert!(view.default_folder);
}
