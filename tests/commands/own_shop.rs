//! First run, setting up a shop, the demo beside it and switching between
//! them in the running app, through Tauri's IPC.

use super::{clock, launch, TestApp};
use equipflow_app::shops::ShopFiles;
use equipflow_app::state::AppState;
use serde_json::json;

/// The app as a first run starts it: both files known, neither there yet.
fn first_run() -> (TestApp, ShopFiles) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("equipflow.db");
    let args = ["equipflow", "--db", db.to_str().unwrap()].map(String::from);
    let files = ShopFiles::from_args(&args, "test");
    assert_eq!(files.at_start(&args), None);
    let state = AppState::with_files(Some(files.clone()), None, clock());
    (launch(state, dir), files)
}

fn open_cards(t: &TestApp) -> i64 {
    t.board()["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_i64().unwrap())
        .sum()
}

#[test]
fn a_first_run_asks_and_set_up_opens_an_empty_shop_with_its_checklist() {
    let (t, files) = first_run();
    let shop = t.invoke("shop_get", json!({})).unwrap();
    assert_eq!(shop["open"], json!(null));
    assert_eq!(shop["mineExists"], false);
    let e = t.invoke("board_get", json!({})).unwrap_err();
    assert_eq!(
        (e["code"].as_str(), e["refusal"].as_str()),
        (Some("refused"), Some("no_shop_open"))
    );

    // A bad currency is refused beside its field, and no database is made.
    let e = t
        .invoke(
            "shop_setup",
            json!({"input": {"shopName": "Kaiser IT", "currency": "Euro"}}),
        )
        .unwrap_err();
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("validation"), Some("currency"))
    );
    assert!(!files.mine.exists() && !files.demo.exists());

    let shop = t
        .invoke(
            "shop_setup",
            json!({"input": {"shopName": "Kaiser IT", "currency": "EUR"}}),
        )
        .unwrap();
    assert_eq!(shop["open"], "mine");
    assert_eq!(shop["name"], "Kaiser IT");
    assert!(
        files.mine.exists() && !files.demo.exists(),
        "the demo is made only when asked for"
    );
    assert_eq!(open_cards(&t), 0, "an empty shop, no demo orders");
    let list = t.invoke("shop_checklist", json!({})).unwrap();
    assert_eq!(list["complete"], false);
    assert_eq!(list["steps"].as_array().unwrap().len(), 6);
    assert_eq!(
        t.events.lock().unwrap().as_slice(),
        [r#"{"reason":"shop_switch"}"#]
    );

    let e = t
        .invoke(
            "shop_setup",
            json!({"input": {"shopName": "Again", "currency": "EUR"}}),
        )
        .unwrap_err();
    assert_eq!(e["refusal"], "already_set_up");
}

#[test]
fn the_demo_opens_beside_the_shop_and_the_app_switches_between_them() {
    let (t, files) = first_run();
    let e = t.invoke("shop_switch", json!({"to": "mine"})).unwrap_err();
    assert_eq!(e["refusal"], "not_set_up", "{e}");

    let shop = t.invoke("shop_switch", json!({"to": "demo"})).unwrap();
    assert_eq!(shop["open"], "demo");
    assert_eq!(shop["name"], engine::demo::DEMO_SHOP_NAME);
    assert!(files.demo.exists() && !files.mine.exists());
    let demo_cards = open_cards(&t);
    assert!(demo_cards > 40, "{demo_cards}");
    assert_eq!(
        t.invoke("shop_checklist", json!({})).unwrap()["complete"],
        true
    );

    t.invoke(
        "shop_setup",
        json!({"input": {"shopName": "Kaiser IT", "currency": "EUR"}}),
    )
    .unwrap();
    assert_eq!(
        open_cards(&t),
        0,
        "the shop's own data never mixes with the demo"
    );
    let shop = t.invoke("shop_switch", json!({"to": "demo"})).unwrap();
    assert_eq!(
        (shop["open"].as_str(), shop["mineExists"].as_bool()),
        (Some("demo"), Some(true))
    );
    assert_eq!(open_cards(&t), demo_cards, "the demo is seeded once");
    t.invoke("shop_switch", json!({"to": "mine"})).unwrap();
    assert_eq!(
        t.invoke("settings_get", json!({})).unwrap()["shopName"],
        "Kaiser IT"
    );
    assert_eq!(
        t.events.lock().unwrap().len(),
        4,
        "every switch tells every window"
    );
}

#[test]
fn a_settings_change_is_refused_beside_its_field_or_saved_and_logged() {
    let t = super::spawn();
    let v = t.invoke("settings_get", json!({})).unwrap();
    let mut input = json!({
        "shopName": v["shopName"], "orderPrefix": v["orderPrefix"],
        "inventoryPattern": "INV-{seq:5}", "stockBufferDays": 2,
        "travelBufferMinutes": v["travelBufferMinutes"], "currency": v["currency"],
    });
    let e = t
        .invoke(
            "settings_update",
            json!({"version": v["version"], "input": input}),
        )
        .unwrap_err();
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("validation"), Some("inventoryPattern"))
    );
    assert!(t.events.lock().unwrap().is_empty());

    input["inventoryPattern"] = json!("INV-{seq:06}");
    let after = t
        .invoke(
            "settings_update",
            json!({"version": v["version"], "input": input}),
        )
        .unwrap();
    assert_eq!(after["inventoryExample"], "INV-000001");
    assert_eq!(after["log"][0]["edits"][0]["field"], "inventoryPattern");
    assert_eq!(after["log"][0]["edits"][1]["field"], "stockBufferDays");
    assert_eq!(
        t.events.lock().unwrap().as_slice(),
        [r#"{"reason":"settings_update"}"#]
    );
    let e = t
        .invoke(
            "settings_update",
            json!({"version": v["version"], "input": input}),
        )
        .unwrap_err();
    assert_eq!(e["code"], "conflict");
}

/// What the first run, a new shop and its settings answer, for the UI's tests.
pub(super) fn fixtures() -> serde_json::Value {
    let (t, _files) = first_run();
    let first_run = t.invoke("shop_get", json!({})).unwrap();
    let set_up = t
        .invoke(
            "shop_setup",
            json!({"input": {"shopName": "Kaiser IT", "currency": "EUR"}}),
        )
        .unwrap();
    let settings = t.invoke("settings_get", json!({})).unwrap();
    let refusal = t
        .invoke(
            "settings_update",
            json!({"version": settings["version"], "input": {
                "shopName": "Kaiser IT", "orderPrefix": "EF-", "inventoryPattern": "INV-{seq:05}",
                "stockBufferDays": 45, "travelBufferMinutes": 30, "currency": "EUR",
            }}),
        )
        .unwrap_err();
    let checklist = t.invoke("shop_checklist", json!({})).unwrap();
    let demo = t.invoke("shop_switch", json!({"to": "demo"})).unwrap();
    json!({
        "firstRun": first_run,
        "setUp": set_up,
        "checklist": checklist,
        "settings": settings,
        "settingsRefusal": refusal,
        "demo": demo,
        "demoChecklist": t.invoke("shop_checklist", json!({})).unwrap(),
    })
}

#[test]
fn a_shop_just_set_up_is_backed_up_at_once_not_at_the_next_look() {
    let (t, files) = first_run();
    equipflow_app::backups::start(t._app.handle());
    // The first look, at start, finds no shop; the next would be half an hour away.
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.invoke(
        "shop_setup",
        json!({"input": {"shopName": "Kaiser IT", "currency": "EUR"}}),
    )
    .unwrap();
    // The look runs beside the commands: wait for it, far below the half hour between looks.
    let copies = (0..200)
        .find_map(|_| {
            let view = t.invoke("backup_get", json!({})).unwrap();
            let copies = view["copies"].as_array().unwrap().clone();
            if copies.is_empty() {
                std::thread::sleep(std::time::Duration::from_millis(50));
                None
            } else {
                Some(copies)
            }
        })
        .expect("a backup within ten seconds of setting up");
    assert_eq!(copies.len(), 1);
    assert!(copies[0]["path"]
        .as_str()
        .unwrap()
        .starts_with(files.mine.parent().unwrap().to_str().unwrap()));
}

/// What the page starts from (app/start.rs hands it over with the page):
/// nothing to draw on a first run, then the open shop and its board, as
/// `shop_get` and `board_get` answer them.
#[test]
fn the_start_is_the_shop_and_its_board_and_no_board_on_a_first_run() {
    let (t, _files) = first_run();
    let start = t.invoke("start_get", json!({})).unwrap();
    assert_eq!(start["shop"]["open"], json!(null));
    assert_eq!(start["board"], json!(null));
    assert_eq!(
        start["language"],
        t.invoke("language_get", json!({})).unwrap()
    );

    t.invoke(
        "shop_setup",
        json!({"input": {"shopName": "Kaiser IT", "currency": "EUR"}}),
    )
    .unwrap();
    let start = t.invoke("start_get", json!({})).unwrap();
    assert_eq!(start["shop"], t.invoke("shop_get", json!({})).unwrap());
    assert_eq!(start["board"], t.board());
}
