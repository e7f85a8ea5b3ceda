//! Open orders from CSV: each order of the file submitted by the order
//! form's own use case (D1–D4 run as for an order typed in) in the import's
//! one transaction; every bad row named by row and column; the same file
//! twice changes nothing; an export imports into a shop with the same
//! catalog and customers as the same file.

use super::helpers::*;
use super::import::{apply, count, preview};
use engine::domain::sheet::SheetKind;
use engine::domain::ItemStatus;
use engine::read::export_csv;
use engine::usecases as uc;
use engine::Error;

const HEADER: &str = "order,line,customer,person,service,quantity,specs,window_start,window_end,address_line1,address_postal_code,address_city,address_country,address_addition,transaction_type,note";

/// Two orders of Acme (an established customer) and one of Brightline, as a
/// spreadsheet writes them: semicolons, a German date, the order's cells on
/// its first row only, an address left empty (the customer's first) or typed.
const ORDERS: &str = "Order;Line;Customer;Person;Service;Quantity;Specs;Window start;Window end;Address line1;Address postal code;Address city;Address country;Transaction type;Note\n\
PO-4711;1;C-01001;lenafischer@example.com;MONITOR-BUY;1;\"size=27; resolution=4k\";2026-12-01;2026-12-04;;;;;order;Call before\n\
PO-4712;1;C-01001;Jonas Becker;LAPTOP-BUY;2;\"ram=16GB; cpu=i5\";1.12.2026;;;;;;;\n\
PO-4712;2;;;SETUP;1;;2026-12-02;2026-12-03;Mariahilfer Straße 45;;;;;\n\
PO-4713;;C-01002;sofiarossi@example.com;HEADSET-BUY;3;type=wired;2026-12-07;2026-12-09;Neue Gasse 1;80331;Munich;de;order;\n";

#[tokio::test]
async fn open_orders_are_submitted_as_the_order_form_submits_them() {
    let t = spawn().await;
    let before = t.fingerprint().await;
    let p = preview(&t.db, SheetKind::OpenOrders, ORDERS).await;
    assert_eq!(
        (p.rows, p.new, p.changed, p.unchanged, p.problem_count),
        (4, 4, 0, 0, 0),
        "{:?}",
        p.problems
    );
    assert_eq!(p.changes[0].key, "PO-4711 line 1");
    assert_eq!(
        p.changes[1].changes,
        [
            "2 × Business laptop",
            "Tue 1 Dec 2026",
            "Acme Consulting GmbH, Jonas Becker",
            "Mariahilfer Straße 45, 1060 Vienna"
        ]
    );
    assert_eq!(t.fingerprint().await, before, "the preview wrote something");

    let done = apply(&t.db, SheetKind::OpenOrders, ORDERS).await.unwrap();
    assert_eq!(
        done.message,
        "Imported 4 order lines: 4 new, 0 changed, 0 unchanged"
    );
    let orders: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT o.reference, r.name, o.note FROM orders o JOIN recipients r ON r.id = o.recipient_id ORDER BY o.id",
    )
    .fetch_all(t.db.pool())
    .await
    .unwrap();
    assert_eq!(
        orders,
        [
            (
                "PO-4711".into(),
                "Lena Fischer".into(),
                "Call before".into()
            ),
            ("PO-4712".into(), "Jonas Becker".into(), String::new()),
            ("PO-4713".into(), "Sofia Rossi".into(), String::new()),
        ]
    );
    // The order form's use case ran: a single-item order flows on by itself,
    // a laptop brings its mandatory device management, after the file's lines.
    let items: Vec<(String, i32, String, String, String)> = sqlx::query_as(
        "SELECT o.reference, i.position, s.code, i.status, i.window_end || ' ' || i.city FROM items i
         JOIN orders o ON o.id = i.order_id JOIN services s ON s.id = i.service_id ORDER BY o.id, i.position",
    )
    .fetch_all(t.db.pool())
    .await
    .unwrap();
    let codes: Vec<(&str, i32, &str, &str)> = items
        .iter()
        .map(|(o, p, c, _, w)| (o.as_str(), *p, c.as_str(), w.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("PO-4711", 1, "MONITOR-BUY", "2026-12-04 Vienna"),
            ("PO-4712", 1, "LAPTOP-BUY", "2026-12-01 Vienna"),
            ("PO-4712", 2, "SETUP", "2026-12-03 Vienna"),
            ("PO-4712", 3, "MDM", "2026-12-01 Vienna"),
            ("PO-4713", 1, "HEADSET-BUY", "2026-12-09 Munich"),
        ]
    );
    assert_eq!(items[0].3, ItemStatus::Ready.as_str(), "{items:?}");
    let created = count(
        &t.db,
        "SELECT COUNT(*) FROM events e JOIN items i ON i.id = e.item_id JOIN orders o ON o.id = i.order_id
         WHERE o.reference = 'PO-4711' AND e.actor = 'tester'",
    )
    .await;
    assert_eq!(created, 1, "the order was taken in the importer's name");

    // The same file again: every row is there already; nothing changes.
    let before = t.fingerprint().await;
    let p = preview(&t.db, SheetKind::OpenOrders, ORDERS).await;
    assert_eq!(
        (p.new, p.changed, p.unchanged, p.problem_count),
        (0, 0, 4, 0),
        "{:?}",
        p.problems
    );
    apply(&t.db, SheetKind::OpenOrders, ORDERS).await.unwrap();
    assert_eq!(
        t.fingerprint().await,
        before,
        "the second import wrote something"
    );

    // A taken order is not changed by a file: a row unlike its line is named.
    let changed = ORDERS.replace("MONITOR-BUY;1;", "MONITOR-BUY;2;");
    let p = preview(&t.db, SheetKind::OpenOrders, &changed).await;
    assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
    assert_eq!(
        (p.problems[0].row, p.problems[0].column.as_str()),
        (2, "quantity")
    );
    assert!(
        p.problems[0]
            .why
            .starts_with("is \"1\" on order EF-000001, taken already"),
        "{}",
        p.problems[0].why
    );
}

#[tokio::test]
async fn every_bad_order_row_is_named_by_row_and_column_and_nothing_is_written() {
    let t = spawn().await;
    let svc = t.svc("PRINTER-RENT");
    let catalog = engine::read::catalog_view(&t.db).await.unwrap();
    let printer = catalog.services.iter().find(|s| s.id == svc).unwrap();
    uc::archive_service(&t.db, &ctx(), svc, printer.version, true)
        .await
        .unwrap();
    let rows = [
        "A1,1,C-09999,lena,MONITOR-BUY,1,,2026-12-01,2026-12-04,,,,,,,",
        "A2,1,C-01001,Sofia Rossi,MONITOR-BUY,1,,2026-12-01,2026-12-04,,,,,,,",
        "A3,1,C-01001,Lena Fischer,NOPE,1,,2026-12-01,2026-12-04,,,,,,,",
        "A4,1,C-01001,Lena Fischer,PRINTER-RENT,1,,2026-12-01,2026-12-04,,,,,,,",
        "A5,1,C-01001,Lena Fischer,MONITOR-BUY,0,,2026-12-01,2026-12-04,,,,,,,",
        "A6,1,C-01001,Lena Fischer,MONITOR-BUY,two,,2026-12-01,2026-12-04,,,,,,,",
        "A7,1,C-01001,Lena Fischer,MONITOR-BUY,1,,2026-13-01,2026-12-04,,,,,,,",
        "A8,1,C-01001,Lena Fischer,MONITOR-BUY,1,,2026-12-04,2026-12-01,,,,,,,",
        "A9,1,C-01001,Lena Fischer,MONITOR-BUY,1,,2026-11-01,2026-11-02,,,,,,,",
        "A10,1,C-01001,Lena Fischer,MONITOR-BUY,1,,2026-12-01,2026-12-04,,,,,,return,",
        "A11,1,C-01001,Lena Fischer,MONITOR-BUY,1,size 27,2026-12-01,2026-12-04,,,,,,,",
        "A12,1,C-01001,Lena Fischer,MONITOR-BUY,1,,2026-12-01,2026-12-04,Gasse 1,1010,Wien,XX,,,",
        "A13,1,C-01001,Lena Fischer,MONITOR-BUY,1,,2026-12-01,2026-12-04,,,,,,,",
        "A13,1,,,SETUP,1,,2026-12-01,2026-12-04,,,,,,,",
        "A13,2,C-01002,,SETUP,1,,2026-12-01,2026-12-04,,,,,,,",
        "A14,1,C-01001,,MONITOR-BUY,1,,2026-12-01,2026-12-04,,,,,,,",
        "A15,1,C-01001,Lena Fischer,MONITOR-BUY,1,,,,,,,,,,",
    ];
    let file = format!("{HEADER}\n{}\n", rows.join("\n"));
    let p = preview(&t.db, SheetKind::OpenOrders, &file).await;
    let named: Vec<(u32, &str)> = p
        .problems
        .iter()
        .map(|p| (p.row, p.column.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            (2, "customer"),
            (3, "person"),
            (4, "service"),
            (5, "service"),
            (6, "quantity"),
            (7, "quantity"),
            (8, "window_start"),
            (9, "window_end"),
            (10, "window_end"),
            (11, "transaction_type"),
            (12, "specs"),
            (13, "address_country"),
            (15, "line"),
            (16, "customer"),
            (17, "person"),
            (18, "window_start"),
        ],
        "{:#?}",
        p.problems
    );
    let why = |row: u32| {
        p.problems
            .iter()
            .find(|p| p.row == row)
            .map_or("", |p| p.why.as_str())
    };
    assert_eq!(why(2), "no customer has the number \"C-09999\"");
    assert!(
        why(3).starts_with(
            "\"Sofia Rossi\" is not one of Acme Consulting GmbH's people: Lena Fischer"
        ),
        "{}",
        why(3)
    );
    assert_eq!(why(4), "no service has the code \"NOPE\"");
    assert!(why(5).contains("archived"), "{}", why(5));
    assert!(why(7).contains("two"), "{}", why(7));
    assert!(why(9).contains("before it starts"), "{}", why(9));
    assert!(why(10).contains("past"), "{}", why(10));
    assert!(why(11).contains("what the customer holds"), "{}", why(11));
    assert_eq!(why(15), "line 1 of A13 is on row 14 already");
    assert!(why(16).starts_with("differs from row 14"), "{}", why(16));

    let before = t.fingerprint().await;
    match apply(&t.db, SheetKind::OpenOrders, &file)
        .await
        .unwrap_err()
    {
        Error::Validation { field, message, .. } => {
            assert_eq!(field, "file");
            assert!(
                message.starts_with("row 2, column customer: ")
                    && message.ends_with("(and 15 more problems); nothing was imported"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn open_orders_export_and_import_into_a_shop_with_the_same_catalog_as_the_same_file() {
    let t = spawn().await;
    let mut rng = engine::demo::Rng::new(7);
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    for _ in 0..12 {
        let mut order = engine::demo::random_order(&mut rng, &t.shop, start);
        order.note = "Ring twice; \"IT\" at the back, then wait".into();
        uc::submit_order(&t.db, &ctx(), order).await.unwrap();
    }
    // Imported ones too, by their reference; a cancelled line is not open.
    apply(&t.db, SheetKind::OpenOrders, ORDERS).await.unwrap();
    let item: (i32, i32) =
        sqlx::query_as("SELECT id, version FROM items WHERE position = 1 ORDER BY id LIMIT 1")
            .fetch_one(t.db.pool())
            .await
            .unwrap();
    uc::cancel_item(
        &t.db,
        &ctx(),
        item.0,
        item.1,
        "the customer changed their mind",
    )
    .await
    .unwrap();

    let out = export_csv(&t.db, SheetKind::OpenOrders).await.unwrap();
    assert!(out.starts_with(&format!("{HEADER}\n")), "{out}");
    assert!(out.contains("\nPO-4712,2,C-01001,jonasbecker@example.com,SETUP,1,,2026-12-02,2026-12-03,Mariahilfer Straße 45,1060,Vienna,AT,,order,\n"), "{out}");
    assert!(
        !out.contains(",MDM,"),
        "a line the flow added is added again by the import: {out}"
    );
    assert!(
        !out.starts_with(&format!("{HEADER}\nEF-000001,1,")),
        "the cancelled line: {out}"
    );
    let lines = out.lines().count() - 1;

    let other = spawn().await;
    let done = apply(&other.db, SheetKind::OpenOrders, &out)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (done.new as usize, done.changed, done.unchanged),
        (lines, 0, 0)
    );
    assert_eq!(
        export_csv(&other.db, SheetKind::OpenOrders).await.unwrap(),
        out
    );
    // And the shop it came from has every order already.
    let p = preview(&t.db, SheetKind::OpenOrders, &out).await;
    assert_eq!(
        (p.new, p.changed, p.problem_count),
        (0, 0, 0),
        "{:?}",
        p.problems
    );
}
