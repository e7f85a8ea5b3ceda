//! CSV in and out through Tauri's IPC: a file's bytes previewed and
//! imported, the import's progress, and a table saved as CSV.

use super::{spawn, TestApp};
use serde_json::{json, Value};

/// A products file from a spreadsheet (semicolons, decimal commas) with one bad row.
pub const BAD_PRODUCTS: &str =
    "SKU;Name;Category;Specs;Unit price\nNB-900;Notebook 900;laptop;ram=16GB;1.299,00\nNB-901;Notebook 901;laptop;ram 32GB;999\n";
/// The same file with its bad row fixed.
pub const GOOD_PRODUCTS: &str =
    "SKU;Name;Category;Specs;Unit price\nNB-900;Notebook 900;laptop;ram=16GB;1.299,00\nNB-901;Notebook 901;laptop;ram=32GB;999\n";

/// Two open orders of the demo's Acme, the second's service unknown.
pub const ORDERS: &str =
    "order,line,customer,person,service,quantity,specs,window_start,window_end\n\
PO-1,1,C-01001,lenafischer@example.com,MONITOR-BUY,2,size=27,2026-12-07,2026-12-09\n\
PO-1,2,,,SETUP,1,,2026-12-07,2026-12-09\n\
PO-2,1,C-01001,Jonas Becker,MONITOR-RENT,1,,2026-12-07,2026-12-09\n";

fn bytes(text: &str) -> Value {
    json!(text.as_bytes())
}

fn preview(t: &TestApp, text: &str) -> Result<Value, Value> {
    t.invoke(
        "import_preview",
        json!({"kind": "products", "bytes": bytes(text)}),
    )
}

#[test]
fn a_file_is_previewed_then_imported_and_every_window_hears_of_it() {
    let t = spawn();
    let p = preview(&t, BAD_PRODUCTS).unwrap();
    assert_eq!(
        (p["new"].as_i64(), p["problemCount"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        p["problems"][0],
        json!({"row": 3, "column": "specs", "why": "\"ram 32GB\" has no '='; write specs like cpu=i7; ram=16GB"})
    );
    let e = t
        .invoke(
            "import_apply",
            json!({"kind": "products", "bytes": bytes(BAD_PRODUCTS)}),
        )
        .unwrap_err();
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("validation"), Some("file"))
    );
    assert!(
        t.events.lock().unwrap().is_empty(),
        "a refused import wrote nothing"
    );

    let done = t
        .invoke(
            "import_apply",
            json!({"kind": "products", "bytes": bytes(GOOD_PRODUCTS)}),
        )
        .unwrap();
    assert_eq!(done["new"], 2);
    assert!(t
        .events
        .lock()
        .unwrap()
        .iter()
        .any(|e| e.contains("import_apply")));
    let status = t.invoke("import_status", json!({})).unwrap();
    assert_eq!(status, json!({"running": false, "done": 2, "total": 2}));
    let skus: Vec<String> = t.invoke("catalog_get", json!({})).unwrap()["products"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["sku"].as_str().unwrap().to_string())
        .collect();
    assert!(skus.contains(&"NB-901".to_string()), "{skus:?}");
    assert_eq!(t.invoke("import_cancel", json!({})).unwrap(), json!(null));
}

#[test]
fn a_file_that_is_not_text_is_refused_with_the_reason() {
    let t = spawn();
    let e = t
        .invoke(
            "import_preview",
            json!({"kind": "customers", "bytes": [0x6e, 0x75, 0x6d, 0x0a, 0xff]}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "file");
    assert!(e["message"].as_str().unwrap().contains("UTF-8"), "{e}");
}

#[test]
fn open_orders_are_previewed_and_taken_through_the_order_form_use_case() {
    let t = spawn();
    let cards = || {
        let board = t.invoke("board_get", json!({})).unwrap().to_string();
        board.matches("\"itemId\"").count()
    };
    let before = cards();
    let p = t
        .invoke(
            "import_preview",
            json!({"kind": "open_orders", "bytes": bytes(ORDERS)}),
        )
        .unwrap();
    assert_eq!(
        (p["new"].as_i64(), p["problemCount"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(
        (
            p["problems"][0]["row"].as_i64(),
            p["problems"][0]["column"].as_str()
        ),
        (Some(4), Some("service"))
    );
    let good: String = ORDERS.lines().take(3).map(|l| format!("{l}\n")).collect();
    let done = t
        .invoke(
            "import_apply",
            json!({"kind": "open_orders", "bytes": bytes(&good)}),
        )
        .unwrap();
    assert_eq!(
        done["message"],
        "Imported 2 order lines: 2 new, 0 changed, 0 unchanged"
    );
    assert!(cards() >= before + 2, "the order's items are on the board");
}

/// A German desk reads each problem of a file, the refusal of the whole
/// file and what an import wrote in German.
#[test]
fn a_german_desk_reads_an_imports_problems_in_german() {
    let t = spawn();
    t.invoke("language_set", json!({"chosen": "de"})).unwrap();
    let p = t
        .invoke(
            "import_preview",
            json!({"kind": "open_orders", "bytes": bytes(ORDERS)}),
        )
        .unwrap();
    assert_eq!(
        p["problems"][0],
        json!({"row": 4, "column": "service", "why": "keine Leistung hat den Code \"MONITOR-RENT\""})
    );
    let line = &p["changes"][0];
    assert_eq!(line["key"], "PO-1 Zeile 1");
    assert_eq!(line["changes"][1], "Mo. 7. – Mi. 9. Dez. 2026");
    let products = preview(&t, BAD_PRODUCTS).unwrap();
    assert_eq!(
        products["problems"][0]["why"],
        "\"ram 32GB\" hat kein „=“; schreiben Sie Angaben wie cpu=i7; ram=16GB"
    );
    assert_eq!(
        products["changes"][0]["changes"],
        json!(["Notebook 900", "laptop", "1.299,00"])
    );
    t.invoke(
        "import_apply",
        json!({"kind": "products", "bytes": bytes(GOOD_PRODUCTS)}),
    )
    .unwrap();
    let cheaper = GOOD_PRODUCTS.replace("1.299,00", "1.199,00");
    let edit = preview(&t, &cheaper).unwrap();
    assert_eq!(
        edit["changes"][0]["changes"],
        json!(["Stückpreis: 1.299,00 → 1.199,00"])
    );
    let e = t
        .invoke(
            "import_apply",
            json!({"kind": "open_orders", "bytes": bytes(ORDERS)}),
        )
        .unwrap_err();
    assert_eq!(e["field"], "file");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .starts_with("Zeile 4, Spalte service: keine Leistung hat den Code \"MONITOR-RENT\"; nichts wurde importiert"),
        "{e}"
    );
    let one: String = ORDERS.lines().take(2).map(|l| format!("{l}\n")).collect();
    let done = t
        .invoke(
            "import_apply",
            json!({"kind": "open_orders", "bytes": bytes(&one)}),
        )
        .unwrap();
    assert_eq!(
        done["message"],
        "1 Bestellposition importiert: 1 neu, 0 geändert, 0 unverändert"
    );
}

/// What the Import / export screen's tests start from.
pub(super) fn fixtures(t: &TestApp) -> Value {
    json!({
        "badPreview": preview(t, BAD_PRODUCTS).unwrap(),
        "goodPreview": preview(t, GOOD_PRODUCTS).unwrap(),
        "refused": t.invoke("import_apply", json!({"kind": "products", "bytes": bytes(BAD_PRODUCTS)})).unwrap_err(),
        "applied": t.invoke("import_apply", json!({"kind": "products", "bytes": bytes(GOOD_PRODUCTS)})).unwrap(),
        "ordersPreview": t.invoke("import_preview", json!({"kind": "open_orders", "bytes": bytes(ORDERS)})).unwrap(),
        "notUtf8": t.invoke("import_preview", json!({"kind": "products", "bytes": [0x73, 0x6b, 0x75, 0x0a, 0xff]})).unwrap_err(),
    })
}
