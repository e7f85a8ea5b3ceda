//! The commands through Tauri's real IPC path, on the mock runtime and a real SQLite file.

use equipflow_app::clock::Clock;
use equipflow_app::state::AppState;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{Listener, WebviewWindow, WebviewWindowBuilder};

mod bad_calls;
mod files;
mod own_shop;
mod sheets;

struct TestApp {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    events: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

/// The desk's clock in these tests: Monday 00:05, the hour the suite once
/// failed, standing still so whole answers can be compared.
fn clock() -> Clock {
    Clock::frozen(
        "2026-11-30T00:05:00Z".parse().unwrap(),
        engine::domain::shop_time::UTC,
    )
}

fn today() -> chrono::NaiveDate {
    clock().ctx("test").today()
}

/// A fresh app on a temp database seeded with the demo shop.
fn spawn() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("equipflow.db");
    let clock = clock();
    let db = tauri::async_runtime::block_on(async {
        let db = engine::Db::open(&path).await.unwrap();
        engine::demo::seed_demo(&db, &clock.ctx("demo"))
            .await
            .unwrap();
        db
    });
    launch(AppState::new(db, clock), dir)
}

/// The app around `state`, listening for its change events; `dir` lives as long as it.
fn launch(state: AppState, dir: tempfile::TempDir) -> TestApp {
    let app = equipflow_app::configure_state(mock_builder(), state)
        .build(mock_context(noop_assets()))
        .unwrap();
    equipflow_app::attach(&app);
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    app.listen_any("data-changed", move |e| {
        sink.lock().unwrap().push(e.payload().to_string())
    });
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    TestApp {
        _app: app,
        window,
        events,
        _dir: dir,
    }
}

impl TestApp {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let req = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, req).map(|b| b.deserialize::<Value>().unwrap())
    }

    fn board(&self) -> Value {
        self.invoke("board_get", json!({})).unwrap()
    }

    fn column<'a>(board: &'a Value, key: &str) -> &'a Value {
        board["columns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["key"] == key)
            .unwrap()
    }

    /// The first card of a column that is not on hold.
    fn first_not_held(board: &Value, key: &str) -> Value {
        Self::column(board, key)["cards"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["onHold"] == false)
            .unwrap()
            .clone()
    }
}

#[test]
fn the_board_shows_the_demo_at_every_decision_point() {
    let t = spawn();
    let b = t.board();
    let keys: Vec<_> = b["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "approval",
            "assignment",
            "preparation",
            "delivery_queue",
            "scheduled",
            "in_delivery",
            "check_in",
            "ready_to_complete",
            "done"
        ]
    );
    for c in b["columns"].as_array().unwrap() {
        assert!(c["count"].as_i64().unwrap() > 0, "{} is empty", c["key"]);
        assert_eq!(
            c["count"].as_i64().unwrap() as usize,
            c["cards"].as_array().unwrap().len()
        );
    }
    let card = &TestApp::column(&b, "approval")["cards"][0];
    assert!(card["orderNumber"].as_str().unwrap().starts_with("EF-"));
    assert!(!card["reason"].as_str().unwrap().is_empty());
    assert_eq!(
        b["pendingApprovals"],
        TestApp::column(&b, "approval")["count"]
    );
}

#[test]
fn approving_through_ipc_moves_the_card_and_tells_every_window() {
    let t = spawn();
    let b = t.board();
    let card = TestApp::first_not_held(&b, "approval");
    let out = t
        .invoke(
            "item_approve",
            json!({"itemId": card["itemId"], "version": card["version"], "note": "fine"}),
        )
        .unwrap();
    // The demo shop at the tests' fixed clock: the first approvable card, once
    // approved, is assigned its product and waits there.
    assert_eq!(out["status"], "assigned", "{out}");
    assert_eq!(
        out["version"].as_i64().unwrap(),
        card["version"].as_i64().unwrap() + 1
    );
    let after = t.board();
    let still_there = TestApp::column(&after, "approval")["cards"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["itemId"] == card["itemId"]);
    assert!(!still_there);
    assert_eq!(
        t.events.lock().unwrap().as_slice(),
        [r#"{"reason":"item_approve"}"#]
    );
    let detail = t
        .invoke("item_detail", json!({"itemId": card["itemId"]}))
        .unwrap();
    let last = detail["timeline"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(detail["status"], out["status"]);
    assert_eq!(last["to"], out["status"]);
}

#[test]
fn errors_cross_ipc_with_code_message_and_field() {
    let t = spawn();
    let e = t
        .invoke(
            "item_approve",
            json!({"itemId": 99999, "version": 1, "note": ""}),
        )
        .unwrap_err();
    assert_eq!(e["code"], "not_found");
    assert_eq!(e["field"], "itemId");
    assert!(e["message"].as_str().unwrap().contains("99999"));

    let refs = t.invoke("reference_get", json!({})).unwrap();
    let customer = &refs["customers"][0];
    let input = json!({
        "customerId": customer["id"], "recipientId": customer["recipients"][0]["id"], "note": "",
        "items": [{
            "serviceId": refs["services"][3]["id"], "transactionType": "order", "quantity": 1,
            "specs": {"size": "27"}, "windowStart": "2026-12-03", "windowEnd": "2026-12-01",
            "address": {"line1": "Main 1", "postalCode": "1010", "city": "Vienna", "countryCode": "AT", "addition": ""}
        }]
    });
    let e = t
        .invoke("order_submit", json!({ "input": input }))
        .unwrap_err();
    assert_eq!(e["code"], "validation");
    assert_eq!(e["field"], "items[0].window.end");
    assert!(
        t.events.lock().unwrap().is_empty(),
        "a refused write emits nothing"
    );

    let stale = TestApp::column(&t.board(), "preparation")["cards"][0].clone();
    let e = t
        .invoke(
            "item_mark_prepared",
            json!({"itemId": stale["itemId"], "version": stale["version"].as_i64().unwrap() - 1, "scans": []}),
        )
        .unwrap_err();
    assert_eq!(e["code"], "conflict");
}

#[test]
fn a_german_desk_reads_a_catalog_refusal_in_german_beside_its_field() {
    let t = spawn();
    let catalog = t.invoke("catalog_get", json!({})).unwrap();
    let taken = &catalog["services"][0];
    let service = json!({"input": {
        "code": taken["code"], "name": "Another", "kind": "support", "offerType": "purchase",
        "recurring": false, "requiresApproval": false, "oneTime": "10", "monthly": "",
        "needsTechnician": false
    }});
    let product = json!({"input": {
        "sku": "NEW-1", "name": "Gold plated", "category": "laptop", "specs": {}, "unitPrice": "2000000"
    }});
    let refused = |lang: Value| {
        t.invoke("language_set", json!({ "chosen": lang })).unwrap();
        [
            t.invoke("catalog_service_create", service.clone())
                .unwrap_err(),
            t.invoke("catalog_product_create", product.clone())
                .unwrap_err(),
        ]
    };
    let [code, price] = refused(json!("de"));
    assert_eq!(
        (&code["code"], &code["field"]),
        (&json!("validation"), &json!("code"))
    );
    assert_eq!(
        code["message"],
        format!(
            "{} ist bereits der Code von {}",
            taken["code"].as_str().unwrap(),
            taken["name"].as_str().unwrap()
        )
    );
    assert_eq!(price["field"], "unitPrice");
    assert_eq!(price["message"], "Darf höchstens 1.000.000,00 betragen");
    // The same refusals in English again once the desk follows its (English) system.
    let [code, price] = refused(Value::Null);
    assert_eq!(
        code["message"],
        format!(
            "{} is already the code of {}",
            taken["code"].as_str().unwrap(),
            taken["name"].as_str().unwrap()
        )
    );
    assert_eq!(price["message"], "Is more than 1,000,000.00");
    assert!(
        t.events
            .lock()
            .unwrap()
            .iter()
            .all(|e| e.contains("language")),
        "nothing but the language changed"
    );
}

#[test]
fn submit_through_ipc_runs_the_automatic_review() {
    let t = spawn();
    let refs = t.invoke("reference_get", json!({})).unwrap();
    let monitor = refs["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "MONITOR-BUY")
        .unwrap();
    let customer = refs["customers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Acme Consulting GmbH")
        .unwrap();
    let input = json!({
        "customerId": customer["id"], "recipientId": customer["recipients"][0]["id"],
        "items": [{
            "serviceId": monitor["id"], "transactionType": "order", "quantity": 1,
            "specs": {"size": "32", "usb_c": "yes"}, "windowStart": "2026-12-07", "windowEnd": "2026-12-11",
            "address": {"line1": customer["addresses"][0]["line1"], "postalCode": customer["addresses"][0]["postalCode"], "city": customer["addresses"][0]["city"], "countryCode": customer["addresses"][0]["countryCode"]}
        }]
    });
    let out = t.invoke("order_submit", json!({ "input": input })).unwrap();
    assert_eq!(out["items"][0]["status"], "ready", "{out}");
    let b = t.board();
    assert!(TestApp::column(&b, "delivery_queue")["cards"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["orderNumber"] == out["number"]));
}

#[test]
fn rust_says_where_a_card_may_go() {
    let t = spawn();
    let b = t.board();
    let queued = TestApp::column(&b, "preparation")["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] == "preparing" && c["onHold"] == false)
        .unwrap()
        .clone();
    let m = t
        .invoke("item_moves", json!({"itemId": queued["itemId"]}))
        .unwrap();
    let prepared = m["moves"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["action"] == "mark_prepared")
        .unwrap();
    assert_eq!(prepared["targets"], json!(["delivery_queue"]));
    assert_eq!(prepared["enabled"], true);
    // Its units reserved, the item is prepared by scanning them: the move asks for the scan.
    let serials = t
        .invoke("item_detail", json!({"itemId": queued["itemId"]}))
        .unwrap()["serials"]
        .clone();
    assert!(!serials.as_array().unwrap().is_empty(), "{serials}");
    assert_eq!(prepared["input"], "prepare_scan");
    let e = t
        .invoke(
            "item_mark_prepared",
            json!({"itemId": queued["itemId"], "version": queued["version"], "scans": []}),
        )
        .unwrap_err();
    assert_eq!(
        (&e["code"], &e["field"]),
        (&json!("validation"), &json!("scans"))
    );
    let done = TestApp::column(&b, "done")["cards"][0].clone();
    let m = t
        .invoke("item_moves", json!({"itemId": done["itemId"]}))
        .unwrap();
    assert_eq!(m["moves"], json!([]), "a closed item goes nowhere");
}

#[test]
fn an_overridable_refusal_asks_for_a_reason_then_books_and_shows_it() {
    use chrono::{Datelike, NaiveDate};
    let t = spawn();
    let planner = |t: &TestApp| {
        t.invoke(
            "planner_get",
            json!({"from": today().to_string(), "days": 31}),
        )
        .unwrap()
    };
    let view = planner(&t);
    let resource = view["resources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "technician")
        .unwrap()
        .clone();
    // A delivery with a weekday in its window; 05:00 is before anyone's working hours.
    let (entry, day) = view["queue"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| {
            !q["onHold"].as_bool().unwrap()
                && q["units"].as_i64().unwrap() <= resource["capacity"].as_i64().unwrap()
        })
        .find_map(|q| {
            let from: NaiveDate = q["windowStart"].as_str()?.parse().ok()?;
            let to: NaiveDate = q["windowEnd"].as_str()?.parse().ok()?;
            from.max(today())
                .iter_days()
                .take_while(|d| *d <= to)
                .find(|d| d.weekday().number_from_monday() <= 5)
                .map(|d| (q.clone(), d))
        })
        .expect("the demo queues a delivery with a weekday in its window");
    let input = |reason: Option<&str>| {
        json!({"input": {
            "itemId": entry["itemId"], "expectedVersion": entry["itemVersion"],
            "resourceId": resource["id"],
            "start": format!("{day}T05:00:00Z"), "end": format!("{day}T06:00:00Z"),
            "overrideReason": reason,
        }})
    };
    let e = t.invoke("item_schedule", input(None)).unwrap_err();
    assert_eq!(e["code"], "overridable", "{e}");
    assert_eq!(e["field"], "overrideReason");
    assert!(e["message"].as_str().unwrap().contains("working hours"));

    t.invoke(
        "item_schedule",
        input(Some("early start agreed with the customer")),
    )
    .unwrap();
    let view = planner(&t);
    let booking = view["resources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["bookings"].as_array().unwrap())
        .find(|b| b["itemIds"].as_array().unwrap().contains(&entry["itemId"]))
        .expect("the delivery is on the plan");
    assert!(booking["overrideReason"]
        .as_str()
        .unwrap()
        .contains("early start agreed with the customer"));
}

/// A preparing item asked for by scan (its card says so; its detail and
/// moves) and Rust's answers to its scans: a reserved serial, an unknown one,
/// the first twice; then every reserved serial (complete).
fn prepare_fixtures(t: &TestApp, board: &Value) -> Value {
    let card = TestApp::column(board, "preparation")["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["prepareByScan"] == true)
        .expect("the demo prepares an item with reserved units");
    let detail = t
        .invoke("item_detail", json!({"itemId": card["itemId"]}))
        .unwrap();
    let id = detail["itemId"].clone();
    let expected: Vec<Value> = detail["serials"].as_array().unwrap().clone();
    let first = expected[0].clone();
    json!({
        "moves": t.invoke("item_moves", json!({"itemId": id})).unwrap(),
        "none": t.invoke("item_prepare_check", json!({"itemId": id, "scans": []})).unwrap(),
        "check": t.invoke("item_prepare_check", json!({"itemId": id, "scans": [first, "NOPE-0001", first]})).unwrap(),
        "complete": t.invoke("item_prepare_check", json!({"itemId": id, "scans": expected})).unwrap(),
        "detail": detail,
    })
}

/// The UI's tests are built on what Rust really answers: this writes the
/// demo shop's board, moves, detail, planner, flow and refusals, as the
/// commands return them at the fixed clock, into `ui/src/test/rust-fixtures.json`,
/// and fails while the checked-in file differs (`UPDATE_FIXTURES=1` rewrites it).
#[test]
fn ui_fixtures_are_rusts_answers() {
    let t = spawn();
    let board = t.board();
    let first = |key: &str| TestApp::column(&board, key)["cards"][0].clone();
    let mut moves = serde_json::Map::new();
    for c in board["columns"].as_array().unwrap() {
        if let Some(card) = c["cards"].as_array().unwrap().first() {
            let m = t
                .invoke("item_moves", json!({"itemId": card["itemId"]}))
                .unwrap();
            moves.insert(c["key"].as_str().unwrap().to_string(), m);
        }
    }
    let held = board["columns"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["cards"].as_array().unwrap().iter())
        .find(|c| c["onHold"] == true)
        .expect("the demo holds an item")
        .clone();
    let approval = first("approval");
    let detail = |card: &Value| {
        t.invoke("item_detail", json!({"itemId": card["itemId"]}))
            .unwrap()
    };
    let day = today().to_string();
    let errors = json!({
        "validation": t.invoke("order_submit", json!({"input": {
            "customerId": 0, "recipientId": 0, "note": "", "items": []
        }})).unwrap_err(),
        "notFound": t.invoke("item_detail", json!({"itemId": 999_999})).unwrap_err(),
        "conflict": t.invoke("item_approve", json!({
            "itemId": approval["itemId"], "version": approval["version"].as_i64().unwrap() + 7, "note": ""
        })).unwrap_err(),
        "refused": t.invoke("item_undo", json!({
            "itemId": approval["itemId"], "version": approval["version"]
        })).unwrap_err(),
    });
    let catalog = t.invoke("catalog_get", json!({})).unwrap();
    // A new product with the SKU of one the shop has: refused beside the SKU field.
    let duplicate_sku = t
        .invoke(
            "catalog_product_create",
            json!({"input": {
                "sku": catalog["products"][0]["sku"], "name": "Another", "category": "laptop",
                "specs": {}, "unitPrice": "100"
            }}),
        )
        .unwrap_err();
    let stock = t.invoke("stock_get", json!({})).unwrap();
    let units = stock["units"].as_array().unwrap();
    let reserved = units
        .iter()
        .find(|u| u["place"] == "reserved")
        .expect("the demo reserves units")
        .clone();
    let known = units.iter().find(|u| u["place"] == "in_shop").unwrap()["serial"].clone();
    // Any product of the reserved unit's category with the first spec it has, as it has it.
    let product = catalog["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == reserved["productId"])
        .unwrap();
    let (key, value) = product["specs"].as_object().unwrap().iter().next().unwrap();
    let mut asked = serde_json::Map::new();
    asked.insert(key.clone(), value.clone());
    let category = json!({ "category": product["category"] });
    let stock_fixtures = json!({
        // The units of one product (with a reserved one), the products, categories and places whole.
        "view": {
            "units": units.iter().filter(|u| u["productId"] == reserved["productId"]).collect::<Vec<_>>(),
            "products": stock["products"],
            "categories": stock["categories"],
            "locations": stock["locations"],
        },
        "categoryAsked": {"category": category["category"], "specs": asked},
        "categoryAvailability": t.invoke("stock_category_availability", json!({
            "category": category["category"], "specs": asked,
        })).unwrap(),
        "history": t.invoke("stock_unit_history", json!({"unitId": reserved["id"]})).unwrap(),
        "availability": t.invoke("stock_availability", json!({"productId": reserved["productId"]})).unwrap(),
        "receiveCheck": t.invoke("stock_receive_check", json!({"lines": [
            {"serial": "NEW-0001", "inventoryNumber": ""},
            {"serial": known, "inventoryNumber": ""},
            {"serial": "NEW-0002", "inventoryNumber": ""},
            {"serial": "NEW-0001", "inventoryNumber": ""},
        ]})).unwrap(),
        "refusedRepair": t.invoke("stock_unit_to_repair", json!({"unitId": reserved["id"], "reason": "Cracked"})).unwrap_err(),
    });
    let planner = t
        .invoke("planner_get", json!({"from": day, "days": 7}))
        .unwrap();
    // A drag of the first queued delivery on today, an hour long, as the planner asks at drag start.
    let drop_map = t
        .invoke(
            "planner_drop_map",
            json!({"itemId": planner["queue"][0]["itemId"], "day": day, "durationMinutes": 60}),
        )
        .unwrap();
    // Minutes typed that are no whole number go as 0: Rust refuses them beside the field.
    let no_minutes = t
        .invoke(
            "item_suggest_slot",
            json!({"itemId": planner["queue"][0]["itemId"], "durationMinutes": 0}),
        )
        .unwrap_err();
    let customers = t.invoke("customers_list", json!({})).unwrap();
    let acme = customers[0]["id"].clone();
    let customer = json!({
        "list": customers,
        "detail": t.invoke("customer_get", json!({"id": acme})).unwrap(),
        "badEmail": t.invoke("customer_add_person", json!({
            "customerId": acme, "input": {"name": "Ida Berg", "email": "ida.example.com", "phone": ""}
        })).unwrap_err(),
    });
    let reference = t.invoke("reference_get", json!({})).unwrap();
    let laptop = reference["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "LAPTOP-BUY")
        .expect("the demo sells business laptops")["id"]
        .clone();
    let fit = |specs: Value| {
        t.invoke(
            "order_line_fit",
            json!({"serviceId": laptop, "specs": specs}),
        )
        .unwrap()
    };
    // A business laptop as the order form asks while it is typed.
    let line_fit = json!({
        "laptopBlank": fit(json!({})),
        "laptopRam16": fit(json!({"ram": "16GB"})),
        "laptopRam16M3": fit(json!({"ram": "16GB", "cpu": "m3"})),
        "laptopNone": fit(json!({"ram": "64GB", "cpu": "i9"})),
    });
    // The Reports screen's first answer (the last 7 days, today included) and
    // the items behind the number it opens first: the approvals waiting.
    let week_ago = (today() - chrono::Duration::days(6)).to_string();
    let reports = t
        .invoke("reports_get", json!({"from": week_ago, "to": day}))
        .unwrap();
    let waiting = reports["openWork"]["columns"][0]["byAge"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|b| b["itemIds"].as_array().unwrap().clone())
        .collect::<Vec<_>>();
    let report_fixtures = json!({
        "week": reports,
        "approvalItems": t.invoke("report_items", json!({"itemIds": waiting})).unwrap(),
    });
    let mut fixtures = json!({
        "clock": t.invoke("clock_get", json!({})).unwrap(),
        "board": board,
        "moves": moves,
        "detail": { "approval": detail(&approval), "held": detail(&held) },
        "planner": planner,
        "dropMap": drop_map,
        "slotErrors": { "noMinutes": no_minutes },
        "flow": t.invoke("flow_get", json!({})).unwrap(),
        "reference": reference,
        "catalog": catalog,
        "customers": customer,
        "lineFit": line_fit,
        "errors": errors,
        "catalogErrors": { "duplicateSku": duplicate_sku },
        "stock": stock_fixtures,
        "settings": t.invoke("settings_get", json!({})).unwrap(),
        "reports": report_fixtures,
        "ownShop": own_shop::fixtures(),
        "prepare": prepare_fixtures(&t, &board),
        "files": files::fixtures(),
        "wayBack": {
            "dueBack": t.invoke("holdings_due_back", json!({})).unwrap(),
            "holdings": t.invoke("customer_holdings", json!({"customerId": acme})).unwrap(),
        },
    });
    // What writes answer, taken last since they change the shop: an approval
    // the flow carries on from, and a move Undo can take back, undone.
    let preparing = first("preparation");
    // Prepared as a person does it: every unit reserved for it scanned.
    let scans = t
        .invoke("item_detail", json!({"itemId": preparing["itemId"]}))
        .unwrap()["serials"]
        .clone();
    let prepared = t
        .invoke(
            "item_mark_prepared",
            json!({"itemId": preparing["itemId"], "version": preparing["version"], "scans": scans}),
        )
        .unwrap();
    fixtures["outcomes"] = json!({
        "approved": t.invoke("item_approve", json!({
            "itemId": approval["itemId"], "version": approval["version"], "note": ""
        })).unwrap(),
        "prepared": prepared,
        "undone": t.invoke("item_undo", json!({
            "itemId": prepared["itemId"], "version": prepared["version"]
        })).unwrap(),
    });
    // Last too: an import adds products.
    fixtures["sheets"] = sheets::fixtures(&t);
    let want = serde_json::to_string_pretty(&fixtures).unwrap() + "\n";
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/test/rust-fixtures.json");
    if std::env::var("UPDATE_FIXTURES").is_ok() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "ui/src/test/rust-fixtures.json is stale: run `UPDATE_FIXTURES=1 cargo test --test commands ui_fixtures`"
    );
}

// — usecases —
#[test]
fn a_german_desk_reads_which_item_and_order_a_refusal_is_about_in_german() {
    let t = spawn();
    t.invoke("language_set", json!({"chosen": "de"})).unwrap();
    let b = t.board();
    let card = TestApp::first_not_held(&b, "approval");
    let e = t
        .invoke(
            "item_release",
            json!({"itemId": card["itemId"], "version": card["version"], "note": ""}),
        )
        .unwrap_err();
    assert_eq!(
        (&e["code"], &e["refusal"]),
        (&json!("refused"), &json!("not_on_hold"))
    );
    assert_eq!(
        e["message"],
        format!("Artikel {} ist nicht angehalten", card["itemId"])
    );
    let e = t
        .invoke(
            "order_complete",
            json!({"orderId": card["orderId"], "version": card["orderVersion"]}),
        )
        .unwrap_err();
    let said = e["message"].as_str().unwrap();
    let order = format!(
        "Bestellung {} ist noch nicht abschlussbereit: ",
        card["orderNumber"].as_str().unwrap()
    );
    let item = format!(
        "Artikel {} hat den Status „Wartet auf Genehmigung“",
        card["position"]
    );
    assert!(said.starts_with(&order) && said.contains(&item), "{said}");
    let e = t
        .invoke(
            "order_split",
            json!({"orderId": card["orderId"], "items": []}),
        )
        .unwrap_err();
    assert_eq!(
        (&e["field"], &e["message"]),
        (
            &json!("items"),
            &json!("Wählen Sie mindestens einen Artikel zum Abtrennen")
        )
    );
    let queued = &TestApp::column(&b, "delivery_queue")["cards"][0];
    let e = t
        .invoke(
            "item_approve",
            json!({"itemId": queued["itemId"], "version": queued["version"], "note": ""}),
        )
        .unwrap_err();
    assert_eq!(
        e["message"],
        "Von „Lieferbereit“ nach „Zugeordnet“ geht es nicht: genehmigt wird nur ein Artikel, der auf Genehmigung wartet"
    );
}
