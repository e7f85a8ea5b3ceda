//! A file that is not right, said where the first run asks (and left as it
//! was); the daily backup, a check and a restore, through Tauri's IPC.

use super::{clock, launch, TestApp};
use equipflow_app::shops::ShopFiles;
use equipflow_app::state::AppState;
use serde_json::{json, Value};
use std::path::Path;
use tauri::Manager;

/// Where the paths of temp folders read in the fixtures (they differ each run).
const SHOWN_DIR: &str = "/home/anna/equipflow";

fn args(db: &Path) -> Vec<String> {
    ["equipflow", "--db", db.to_str().unwrap()]
        .map(String::from)
        .to_vec()
}

/// A closed, set-up shop at `dir/equipflow.db`.
fn shop_at(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("equipflow.db");
    tauri::async_runtime::block_on(async {
        let db = engine::Db::open(&path).await.unwrap();
        let setup = engine::usecases::ShopSetupInput {
            shop_name: "Kaiser IT".into(),
            currency: "EUR".into(),
        }
        .parse()
        .unwrap();
        engine::usecases::set_up_shop(&db, &clock().ctx("test"), &setup)
            .await
            .unwrap();
        db.close().await;
    });
    path
}

/// The app started on the shop in `dir` after `spoil` made it not right.
fn start(dir: tempfile::TempDir) -> TestApp {
    let path = dir.path().join("equipflow.db");
    let files = ShopFiles::from_args(&args(&path), "test");
    let state =
        tauri::async_runtime::block_on(equipflow_app::start_state(files, &args(&path), clock()));
    launch(state, dir)
}

/// What spoils a shop's file; a database it keeps open holds the file while it lives.
type Spoil = Box<dyn Fn(&Path) -> Option<engine::Db>>;

/// Each way a file is not right: (its name in the fixtures, what spoils the shop's file).
fn spoilers() -> Vec<(&'static str, Spoil)> {
    vec![
        (
            "inUse",
            Box::new(|p| Some(tauri::async_runtime::block_on(engine::Db::open(p)).unwrap())),
        ),
        (
            "readOnly",
            Box::new(|p| {
                let mut perms = std::fs::metadata(p).unwrap().permissions();
                perms.set_readonly(true);
                std::fs::set_permissions(p, perms).unwrap();
                None
            }),
        ),
        (
            "damaged",
            Box::new(|p| {
                let mut bytes = std::fs::read(p).unwrap();
                bytes[4096..4096 * 3].fill(0x5a);
                std::fs::write(p, bytes).unwrap();
                None
            }),
        ),
        (
            "newer",
            Box::new(|p| {
                mark_newer(p);
                None
            }),
        ),
        (
            "notEquipflow",
            Box::new(|p| {
                std::fs::write(p, "Invoices 2026\nTelekom 49.90\n").unwrap();
                None
            }),
        ),
    ]
}

/// Marks the file as migrated by a newer equipflow.
fn mark_newer(p: &Path) {
    tauri::async_runtime::block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}", p.display()))
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time)
             VALUES (29990101000000, 'from the future', '2999-01-01', 1, x'00', 1)",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    })
}

/// What `shop_get` answers for each spoiled file (paths as `SHOWN_DIR`),
/// each checked: nothing open, the problem named, the file untouched, and
/// switching to it refused the same way.
fn problems() -> serde_json::Map<String, Value> {
    let mut out = serde_json::Map::new();
    for (name, spoil) in spoilers() {
        let dir = tempfile::tempdir().unwrap();
        let path = shop_at(dir.path());
        let holder = spoil(&path);
        let before = std::fs::read(&path).unwrap();
        let shown = dir.path().display().to_string();
        let t = start(dir);
        let shop = t.invoke("shop_get", json!({})).unwrap();
        assert_eq!(shop["open"], Value::Null, "{name}: {shop}");
        assert_eq!(shop["problem"]["code"], "refused", "{name}: {shop}");
        let message = shop["problem"]["message"].as_str().unwrap();
        assert!(
            message.contains(&path.display().to_string()),
            "{name}: {message}"
        );
        let again = t.invoke("shop_switch", json!({"to": "mine"})).unwrap_err();
        assert_eq!(
            again["refusal"], shop["problem"]["refusal"],
            "{name}: {again}"
        );
        assert!(
            std::fs::read(&path).unwrap() == before,
            "{name}: the file was changed"
        );
        drop(holder);
        let text = serde_json::to_string(&shop)
            .unwrap()
            .replace(&shown, SHOWN_DIR);
        out.insert(name.into(), serde_json::from_str(&text).unwrap());
    }
    out
}

#[test]
fn a_file_that_is_not_right_is_said_where_the_first_run_asks_and_left_as_it_was() {
    let kinds: Vec<(String, Value)> = problems()
        .into_iter()
        .map(|(k, v)| (k, v["problem"]["refusal"].clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("damaged", "database_damaged"),
            ("inUse", "database_in_use"),
            ("newer", "database_newer"),
            ("notEquipflow", "not_equipflow"),
            ("readOnly", "database_read_only"),
        ]
        .map(|(k, v)| (k.to_string(), json!(v)))
    );
}

/// A German desk reads why its shop's file did not open in German, from the
/// first look on (the file refused again the same way), and the first run's
/// own refusals too.
#[test]
fn a_german_desk_reads_a_file_that_is_not_right_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let path = shop_at(dir.path());
    std::fs::write(&path, "Invoices 2026\nTelekom 49.90\n").unwrap();
    let file = path.display().to_string();
    let t = start(dir);
    t.invoke("language_set", json!({"chosen": "de"})).unwrap();
    let shop = t.invoke("shop_get", json!({})).unwrap();
    let german = format!(
        "{file} ist keine equipflow-Datenbank (sie ist keine Datenbankdatei): nichts darin wurde geändert; öffnen Sie die Datei Ihres eigenen Geschäfts, oder legen Sie diese beiseite und versuchen Sie es noch einmal"
    );
    assert_eq!(shop["problem"]["message"], german.as_str());
    let again = t.invoke("shop_switch", json!({"to": "mine"})).unwrap_err();
    assert_eq!(again["message"], german.as_str());
    let none = t.invoke("board_get", json!({})).unwrap_err();
    assert_eq!(
        none["message"],
        "Noch ist kein Geschäft geöffnet: richten Sie Ihr Geschäft ein oder sehen Sie sich die Demo an"
    );
    let set_up = t
        .invoke(
            "shop_setup",
            json!({"input": {"shopName": "Kaiser IT", "currency": "EUR"}}),
        )
        .unwrap_err();
    assert_eq!(set_up["message"], "Das Geschäft ist bereits eingerichtet");
}

/// A demo shop on a disk with room for a few more orders: each is saved
/// until the disk is full, then refused as `disk_full`.
fn disk_full() -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("equipflow.db");
    let db = tauri::async_runtime::block_on(async {
        let db = engine::Db::open(&path).await.unwrap();
        engine::demo::seed_demo(&db, &clock().ctx("demo"))
            .await
            .unwrap();
        db.close().await;
        engine::Db::open_filling_at(&path, 30).await.unwrap()
    });
    let t = launch(AppState::new(db, clock()), dir);
    let refs = t.invoke("reference_get", json!({})).unwrap();
    let service = refs["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "MONITOR-BUY")
        .unwrap()
        .clone();
    let customer = refs["customers"][0].clone();
    let place = customer["addresses"][0].clone();
    let input = json!({"input": {
        "customerId": customer["id"], "recipientId": customer["recipients"][0]["id"], "note": "",
        "items": [{
            "serviceId": service["id"], "transactionType": "order", "quantity": 1,
            "specs": {"size": "32", "usb_c": "yes"}, "windowStart": "2026-12-07", "windowEnd": "2026-12-11",
            "address": {"line1": place["line1"], "postalCode": place["postalCode"], "city": place["city"], "countryCode": place["countryCode"]}
        }]
    }});
    for _ in 0..5000 {
        if let Err(e) = t.invoke("order_submit", input.clone()) {
            return e;
        }
    }
    panic!("the disk never filled")
}

#[test]
fn a_full_disk_is_said_and_nothing_is_half_saved() {
    let e = disk_full();
    assert_eq!(
        (e["code"].as_str(), e["refusal"].as_str()),
        (Some("refused"), Some("disk_full")),
        "{e}"
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .starts_with("The disk holding the database is full"),
        "{e}"
    );
}

/// A set-up shop (Kaiser IT) with today's copy made; the app, its folder and the copy's path.
fn backed_up() -> (TestApp, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    shop_at(dir.path());
    let folder = dir.path().to_path_buf();
    let t = start(dir);
    let state = t._app.state::<AppState>();
    tauri::async_runtime::block_on(equipflow_app::backups::back_up_today(state.inner()));
    let view = t.invoke("backup_get", json!({})).unwrap();
    let copy = view["copies"][0]["path"].as_str().unwrap().to_string();
    (t, folder, copy)
}

#[test]
fn the_daily_copy_is_made_once_and_a_restore_brings_the_shop_back_keeping_the_one_before() {
    let (t, folder, copy) = backed_up();
    assert_eq!(
        Path::new(&copy),
        folder
            .join("backups")
            .join("equipflow-backup-2026-11-30.db")
    );
    let state = t._app.state::<AppState>();
    tauri::async_runtime::block_on(equipflow_app::backups::back_up_today(state.inner()));
    let view = t.invoke("backup_get", json!({})).unwrap();
    assert_eq!(view["copies"].as_array().unwrap().len(), 1, "once a day");

    let settings = t.invoke("settings_get", json!({})).unwrap();
    let mut input = settings.clone();
    input["shopName"] = json!("Kaiser IT Services");
    for k in ["version", "inventoryExample", "orderExample", "log"] {
        input.as_object_mut().unwrap().remove(k);
    }
    t.invoke(
        "settings_update",
        json!({"version": settings["version"], "input": input}),
    )
    .unwrap();

    let notes = folder.join("notes.db");
    std::fs::write(&notes, "not a shop").unwrap();
    let e = t
        .invoke("backup_restore", json!({"path": notes.to_str().unwrap()}))
        .unwrap_err();
    assert_eq!(e["refusal"], "not_equipflow", "{e}");
    assert_eq!(
        t.invoke("shop_get", json!({})).unwrap()["name"],
        "Kaiser IT Services",
        "nothing changed"
    );

    let check = t.invoke("backup_check", json!({"path": copy})).unwrap();
    assert_eq!(check["shopName"], "Kaiser IT");
    let done = t.invoke("backup_restore", json!({"path": copy})).unwrap();
    assert_eq!(done["restored"], check);
    assert_eq!(
        t.invoke("shop_get", json!({})).unwrap()["name"],
        "Kaiser IT",
        "the copy is the shop now"
    );
    let before = t
        .invoke("backup_check", json!({"path": done["before"]}))
        .unwrap();
    assert_eq!(
        before["shopName"], "Kaiser IT Services",
        "the shop as it was is kept"
    );
    assert!(t
        .events
        .lock()
        .unwrap()
        .iter()
        .any(|e| e.contains("backup_restore")));
}

/// The Settings screen's backups, and the first run's problems, as the UI reads them.
pub(super) fn fixtures() -> Value {
    let (t, folder, copy) = backed_up();
    let shown = folder.display().to_string();
    let notes = folder.join("notes.db");
    std::fs::write(&notes, "not a shop").unwrap();
    let backups = json!({
        "view": t.invoke("backup_get", json!({})).unwrap(),
        "check": t.invoke("backup_check", json!({"path": copy})).unwrap(),
        "refused": t.invoke("backup_check", json!({"path": notes.to_str().unwrap()})).unwrap_err(),
        "badFolder": t.invoke("backup_set_folder", json!({"folder": "usb"})).unwrap_err(),
        "restored": t.invoke("backup_restore", json!({"path": copy})).unwrap(),
    });
    let backups = serde_json::to_string(&backups)
        .unwrap()
        .replace(&shown, SHOWN_DIR);
    json!({
        "backups": serde_json::from_str::<Value>(&backups).unwrap(),
        "problems": problems(),
        "diskFull": disk_full(),
    })
}
