//! CSV in and out: a preview names every row's problems (row, column, why)
//! and writes nothing; an apply writes every row or none; the same file
//! twice changes nothing; what spreadsheets write is read alike; an export
//! imports back into an empty shop as the same file.

use super::helpers::*;
use engine::domain::sheet::SheetKind;
use engine::read::{export_csv, ImportPreview};
use engine::usecases::{self as uc, ImportProgress};
use engine::{Db, Error};

pub async fn empty() -> (Db, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("equipflow.db")).await.unwrap();
    (db, dir)
}

pub async fn preview(db: &Db, kind: SheetKind, text: &str) -> ImportPreview {
    uc::preview_import(db, &ctx(), kind, text.as_bytes())
        .await
        .unwrap()
}

pub async fn apply(
    db: &Db,
    kind: SheetKind,
    text: &str,
) -> Result<engine::read::ImportDone, Error> {
    uc::apply_import(
        db,
        &ctx(),
        kind,
        text.as_bytes(),
        &ImportProgress::default(),
    )
    .await
}

/// (new, changed, unchanged)
fn counts(p: &ImportPreview) -> (u32, u32, u32) {
    (p.new, p.changed, p.unchanged)
}

/// (row, column) of each problem, and the whys.
fn problems(p: &ImportPreview) -> Vec<(u32, &str)> {
    p.problems
        .iter()
        .map(|p| (p.row, p.column.as_str()))
        .collect()
}

pub async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(db.pool()).await.unwrap()
}

/// Every table the import may write (rows, and versions where it keeps
/// them), as a fingerprint to compare before and after.
pub async fn tables(db: &Db) -> Vec<i64> {
    let mut out = Vec::new();
    for (t, versioned) in [
        ("products", true),
        ("services", true),
        ("service_links", false),
        ("service_prerequisites", false),
        ("stock_units", false),
        ("unit_events", false),
        ("customers", true),
        ("recipients", true),
        ("addresses", true),
        ("audit_log", false),
    ] {
        out.push(count(db, &format!("SELECT COUNT(*) FROM {t}")).await);
        if versioned {
            out.push(count(db, &format!("SELECT COALESCE(SUM(version), 0) FROM {t}")).await);
        }
    }
    out
}

const PRODUCTS: &str = "sku,name,category,specs,unit_price\n\
NB-14,Notebook 14,laptop,cpu=i7; ram=16GB,1299.00\n\
NB-16,Notebook 16,laptop,cpu=i9; ram=32GB,1899.50\n\
MON-27,Monitor 27,monitor,size=27,249\n";

#[tokio::test]
async fn products_import_after_a_preview_that_writes_nothing() {
    let (db, _dir) = empty().await;
    let p = preview(&db, SheetKind::Products, PRODUCTS).await;
    assert_eq!((p.rows, counts(&p), p.problem_count), (3, (3, 0, 0), 0));
    assert_eq!(p.changes[0].key, "NB-14");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM products").await, 0);

    let done = apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    assert_eq!(
        done.message,
        "Imported 3 products: 3 new, 0 changed, 0 unchanged"
    );
    let catalog = engine::read::catalog_view(&db).await.unwrap();
    let nb = catalog.products.iter().find(|p| p.sku == "NB-14").unwrap();
    assert_eq!(nb.unit_cents, 129_900);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'product' AND action = 'created'"
        )
        .await,
        3
    );
}

#[tokio::test]
async fn the_same_file_twice_changes_nothing_and_a_changed_row_is_an_edit() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    let before = tables(&db).await;
    let p = preview(&db, SheetKind::Products, PRODUCTS).await;
    assert_eq!(counts(&p), (0, 0, 3));
    assert!(p.changes.is_empty());
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    assert_eq!(
        tables(&db).await,
        before,
        "the second import wrote something"
    );

    // A price list: only the key and the price; the rest stays as it is.
    let prices = "SKU;Unit price\nnb-14;1.199,00\nMON-27;249,00\n";
    let p = preview(&db, SheetKind::Products, prices).await;
    assert_eq!(counts(&p), (0, 1, 1));
    assert_eq!(p.changes[0].changes, ["unit price: 1,299.00 → 1,199.00"]);
    apply(&db, SheetKind::Products, prices).await.unwrap();
    let (version, cents): (i32, i64) =
        sqlx::query_as("SELECT version, unit_cents FROM products WHERE sku = 'NB-14'")
            .fetch_one(db.pool())
            .await
            .unwrap();
    assert_eq!((version, cents), (2, 119_900));
    let changes: String = sqlx::query_scalar(
        "SELECT changes FROM audit_log WHERE entity = 'product' AND action = 'edited'",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    assert_eq!(changes, r#"["unit price: 1,299.00 → 1,199.00"]"#);
}

#[tokio::test]
async fn what_spreadsheets_write_is_read_alike() {
    let (db, _dir) = empty().await;
    let excel = "\u{FEFF}SKU;Name;Category;Specs;Unit price\r\n\
        NB-14;Notebook 14;laptop;\"cpu=i7; ram=16GB\";1299,00\r\n\
        NB-16;\"Notebook 16; silver\";laptop;;\"1.899,50\"\r\n;;;;\r\n";
    let p = preview(&db, SheetKind::Products, excel).await;
    assert_eq!(
        (counts(&p), p.problem_count),
        ((2, 0, 0), 0),
        "{:?}",
        p.problems
    );
    apply(&db, SheetKind::Products, excel).await.unwrap();
    let cents: Vec<i64> = sqlx::query_scalar("SELECT unit_cents FROM products ORDER BY sku")
        .fetch_all(db.pool())
        .await
        .unwrap();
    assert_eq!(cents, [129_900, 189_950]);
    // The comma file of the same products is the same to the shop.
    let p = preview(
        &db,
        SheetKind::Products,
        "sku,name,category,specs,unit_price\nNB-14,Notebook 14,laptop,cpu=i7; ram=16GB,1299\n",
    )
    .await;
    assert_eq!(counts(&p), (0, 0, 1));
}

#[tokio::test]
async fn every_bad_row_is_named_by_row_and_column_and_nothing_is_written() {
    let (db, _dir) = empty().await;
    let file = "sku,name,category,specs,unit_price,archived\n\
        NB-14,Notebook 14,laptop,ram=16GB,1299.00,no\n\
        NB 15,Notebook 15,laptop,,10,no\n\
        NB-16,,laptop,,10,no\n\
        NB-17,Notebook 17,laptop,ram 16,10,no\n\
        NB-18,Notebook 18,laptop,,1.2345,no\n\
        NB-19,Notebook 19,laptop,,-5,no\n\
        nb-14,Notebook 14 again,laptop,,10,no\n\
        NB-20,Notebook 20,laptop,,10,maybe\n\
        NB-21,Notebook 21,laptop,,10,no,extra\n\
        NB-22,Notebook 22,laptop,ram=>=16,10,no\n";
    let p = preview(&db, SheetKind::Products, file).await;
    assert_eq!(
        problems(&p),
        [
            (3, "sku"),
            (4, "name"),
            (5, "specs"),
            (6, "unit_price"),
            (7, "unit_price"),
            (8, "sku"),
            (9, "archived"),
            (10, ""),
            (11, "specs"),
        ]
    );
    let why: Vec<&str> = p.problems.iter().map(|p| p.why.as_str()).collect();
    assert!(why[0].contains("not spaces"), "{why:?}");
    assert_eq!(why[1], "is required");
    assert!(why[4].contains("negative"), "{why:?}");
    assert_eq!(why[5], "nb-14 is on row 2 already");
    assert!(why[7].contains("7 cells"), "{why:?}");
    assert_eq!(counts(&p), (1, 0, 0), "only the fit row counts");

    let e = apply(&db, SheetKind::Products, file).await.unwrap_err();
    match e {
        Error::Validation { field, message, .. } => {
            assert_eq!(field, "file");
            assert!(
                message.starts_with("row 3, column sku: ")
                    && message.contains("(and 8 more problems)"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(tables(&db).await, tables_of_empty().await);
}

async fn tables_of_empty() -> Vec<i64> {
    let (db, _dir) = empty().await;
    tables(&db).await
}

#[tokio::test]
async fn a_file_not_of_its_kind_is_refused_as_a_whole() {
    let (db, _dir) = empty().await;
    for (bytes, why) in [
        (&b"name,unit_price\nx,1\n"[..], "no column sku"),
        (&b"sku,name\nNB-1,Caf\xE9\n"[..], "not UTF-8"),
        (&b""[..], "is empty"),
    ] {
        let e = uc::preview_import(&db, &ctx(), SheetKind::Products, bytes)
            .await
            .unwrap_err();
        assert!(e.to_string().contains(why), "{why}: {e}");
    }
    let e = uc::preview_import(&db, &ctx(), SheetKind::AuditTrail, b"at\n")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("never imported"), "{e}");
}

#[tokio::test]
async fn products_export_as_they_import() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    let out = export_csv(&db, SheetKind::Products).await.unwrap();
    assert_eq!(
        out,
        "sku,name,category,specs,unit_price,archived\n\
         MON-27,Monitor 27,monitor,size=27,249.00,no\n\
         NB-14,Notebook 14,laptop,cpu=i7; ram=16GB,1299.00,no\n\
         NB-16,Notebook 16,laptop,cpu=i9; ram=32GB,1899.50,no\n"
    );
    let (other, _dir2) = empty().await;
    apply(&other, SheetKind::Products, &out).await.unwrap();
    assert_eq!(export_csv(&other, SheetKind::Products).await.unwrap(), out);
    let p = preview(&db, SheetKind::Products, &out).await;
    assert_eq!(counts(&p), (0, 0, 3));
}

const SERVICES: &str = "code,name,kind,offer_type,recurring,requires_approval,one_time,monthly,product_category,required_specs,needs_technician,basic_services,linked_services\n\
nb-rent,Notebook rental,hardware,rental,yes,no,,\"39,90\",laptop,ram; cpu,no,,SETUP (mandatory); MDM\n\
SETUP,On-site set-up,workplace,purchase,no,no,89,,,,yes,,\n\
MDM,Device management,software,purchase,yes,no,,4.50,,,no,SETUP,\n";

#[tokio::test]
async fn services_name_each_other_by_code_anywhere_in_the_file() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    let p = preview(&db, SheetKind::Services, SERVICES).await;
    assert_eq!(
        (counts(&p), p.problem_count),
        ((3, 0, 0), 0),
        "{:?}",
        p.problems
    );
    apply(&db, SheetKind::Services, SERVICES).await.unwrap();
    let out = export_csv(&db, SheetKind::Services).await.unwrap();
    assert!(
        out.contains("NB-RENT,Notebook rental,hardware,rental,yes,no,0.00,39.90,laptop,ram; cpu,no,,MDM; SETUP (mandatory),no"),
        "{out}"
    );
    assert!(
        out.contains("MDM,Device management,software,purchase,yes,no,0.00,4.50,,,no,SETUP,,no"),
        "{out}"
    );
    let before = tables(&db).await;
    assert_eq!(
        counts(&preview(&db, SheetKind::Services, SERVICES).await),
        (0, 0, 3)
    );
    apply(&db, SheetKind::Services, &out).await.unwrap();
    assert_eq!(tables(&db).await, before);

    // An edit: a new price and one link less, logged like the catalog's own edit.
    let edit = "code,monthly,linked_services\nNB-RENT,45,SETUP (mandatory)\n";
    let p = preview(&db, SheetKind::Services, edit).await;
    assert_eq!(counts(&p), (0, 1, 0));
    assert_eq!(
        p.changes[0].changes,
        [
            "monthly cost: 39.90 → 45.00",
            "linked services: SETUP (mandatory), MDM → SETUP (mandatory)"
        ]
    );
    apply(&db, SheetKind::Services, edit).await.unwrap();
    assert_eq!(
        count(&db, "SELECT version FROM services WHERE code = 'NB-RENT'").await,
        2
    );
}

#[tokio::test]
async fn bad_service_rows_are_named() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    let file = "code,name,kind,offer_type,recurring,monthly,product_category,basic_services\n\
        A,Alpha,gadget,purchase,no,,,\n\
        B,Beta,hardware,lease,no,,,\n\
        C,Gamma,hardware,purchase,maybe,,,\n\
        D,Delta,hardware,purchase,yes,,,\n\
        E,Epsilon,hardware,purchase,no,,printer,\n\
        F,Phi,support,purchase,no,,,NOPE\n\
        G,Gamma,support,purchase,no,,,H\n\
        H,Eta,support,purchase,no,,,G\n";
    let p = preview(&db, SheetKind::Services, file).await;
    assert_eq!(
        problems(&p),
        [
            (2, "kind"),
            (3, "offer_type"),
            (4, "recurring"),
            (5, "monthly"),
            (6, "product_category"),
            (7, "basic_services"),
            (9, "basic_services"),
        ]
    );
    assert!(
        p.problems[4]
            .why
            .contains("the categories are laptop, monitor"),
        "{:?}",
        p.problems[4]
    );
    assert!(p.problems[6].why.contains("circle"), "{:?}", p.problems[6]);
}

const UNITS: &str = "serial,sku,inventory_number,location,state,condition\n\
SN-1,NB-14,INV-9001,Vienna A,available,new\n\
SN-2,NB-14,,Vienna A,,\n\
SN-3,MON-27,INV-9003,Munich,in_repair,damaged\n\
SN-4,MON-27,INV-9004,Munich,retired,good\n";

#[tokio::test]
async fn stock_units_are_received_with_their_trail_and_move_by_its_steps() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    let p = preview(&db, SheetKind::StockUnits, UNITS).await;
    assert_eq!(
        (counts(&p), p.problem_count),
        ((4, 0, 0), 0),
        "{:?}",
        p.problems
    );
    assert_eq!(
        p.changes[1].changes[0], "INV-00001",
        "the pattern numbers an empty cell"
    );
    apply(&db, SheetKind::StockUnits, UNITS).await.unwrap();
    let trail: Vec<String> = sqlx::query_scalar(
        "SELECT e.kind FROM unit_events e JOIN stock_units u ON u.id = e.unit_id WHERE u.serial = 'SN-3' ORDER BY e.id",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert_eq!(trail, ["received", "to_repair"]);
    // A retired unit stays where it is, said in the desk's language.
    let retired_moves = "serial,location,state,condition\nSN-4,Graz,retired,good\n";
    let said = |p: ImportPreview| p.problems.into_iter().map(|p| p.why).collect::<Vec<_>>();
    assert_eq!(
        said(preview(&db, SheetKind::StockUnits, retired_moves).await),
        ["SN-4 is retired; a retired unit stays where it is"]
    );
    assert_eq!(
        said(
            preview(
                &db.speaking(engine::i18n::Lang::De),
                SheetKind::StockUnits,
                retired_moves
            )
            .await
        ),
        ["SN-4 ist ausgemustert; ein ausgemustertes Gerät bleibt, wo es ist"]
    );
    let before = tables(&db).await;
    let out = export_csv(&db, SheetKind::StockUnits).await.unwrap();
    assert_eq!(
        counts(&preview(&db, SheetKind::StockUnits, &out).await),
        (0, 0, 4)
    );
    apply(&db, SheetKind::StockUnits, &out).await.unwrap();
    assert_eq!(tables(&db).await, before);

    let moves = "serial,location,state,condition\nSN-1,Graz,available,new\nSN-3,Munich,available,good\nSN-4,Munich,available,good\nSN-2,Vienna A,available,damaged\n";
    let p = preview(&db, SheetKind::StockUnits, moves).await;
    assert_eq!(
        problems(&p),
        [(4, "state"), (5, "condition")],
        "{:?}",
        p.problems
    );
    let good =
        "serial,location,state,condition\nSN-1,Graz,available,new\nSN-3,Munich,available,good\n";
    let p = preview(&db, SheetKind::StockUnits, good).await;
    assert_eq!(p.changes[0].changes, ["location: Vienna A → Graz"]);
    assert_eq!(p.changes[1].changes, ["state: in_repair → available"]);
    apply(&db, SheetKind::StockUnits, good).await.unwrap();
    let trail: Vec<String> = sqlx::query_scalar(
        "SELECT e.kind FROM unit_events e JOIN stock_units u ON u.id = e.unit_id WHERE u.serial IN ('SN-1', 'SN-3') ORDER BY e.id",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert_eq!(
        trail,
        [
            "received",
            "received",
            "to_repair",
            "moved",
            "back_from_repair"
        ]
    );
}

#[tokio::test]
async fn bad_unit_rows_are_named() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    apply(&db, SheetKind::StockUnits, UNITS).await.unwrap();
    let file = "serial,sku,inventory_number,location,state\n\
        ,NB-14,,Vienna,\n\
        SN-10,NB-99,,Vienna,\n\
        SN-11,NB-14,INV-9001,Vienna,\n\
        SN-12,NB-14,,,\n\
        SN-13,NB-14,,Vienna,lost\n\
        SN-1,MON-27,INV-9001,Vienna A,\n\
        SN-14,NB-14,,Vienna,\n\
        sn-14,NB-14,,Vienna,\n\
        SN-15,NB-14,INV-7777,Vienna,\n\
        SN-16,NB-14,INV-7777,Vienna,\n";
    let p = preview(&db, SheetKind::StockUnits, file).await;
    assert_eq!(
        problems(&p),
        [
            (2, "serial"),
            (3, "sku"),
            (4, "inventory_number"),
            (5, "location"),
            (6, "state"),
            (7, "sku"),
            (9, "serial"),
            (11, "inventory_number")
        ]
    );
    assert_eq!(
        p.problems[2].why,
        "Inventory number INV-9001 is given already"
    );
    // Two new units with one number: the second names the first's row.
    assert_eq!(p.problems[7].why, "INV-7777 is on row 10 already");
}

const CUSTOMERS: &str = "number,name,new,flagged,person_name,person_email,person_phone,address_line1,address_postal_code,address_city,address_country,address_addition\n\
C-1,Acme GmbH,no,no,Lena Fischer,lena@acme.at,+43 660 1234567,Mariahilfer Straße 45,1060,Vienna,AT,\"2nd floor, door 4\"\n\
C-1,,,,Jonas Berger,jonas@acme.at,,,,,,\n\
C-2,Beta AG,yes,no,Ute Kern,,,Hauptplatz 1,8010,Graz,at,\n";

#[tokio::test]
async fn customers_come_with_their_people_and_addresses() {
    let (db, _dir) = empty().await;
    let p = preview(&db, SheetKind::Customers, CUSTOMERS).await;
    assert_eq!(
        (counts(&p), p.problem_count),
        ((3, 0, 0), 0),
        "{:?}",
        p.problems
    );
    apply(&db, SheetKind::Customers, CUSTOMERS).await.unwrap();
    assert_eq!(count(&db, "SELECT COUNT(*) FROM customers").await, 2);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM recipients").await, 3);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM addresses WHERE country_code = 'AT'"
        )
        .await,
        2
    );
    let before = tables(&db).await;
    assert_eq!(
        counts(&preview(&db, SheetKind::Customers, CUSTOMERS).await),
        (0, 0, 3)
    );
    let out = export_csv(&db, SheetKind::Customers).await.unwrap();
    apply(&db, SheetKind::Customers, &out).await.unwrap();
    assert_eq!(tables(&db).await, before);

    let edit = "number,name,person_name,person_phone\nc-1,Acme Austria GmbH,Lena Fischer,+43 660 7654321\nC-1,,Eva Novak,\n";
    let p = preview(&db, SheetKind::Customers, edit).await;
    assert_eq!(counts(&p), (0, 2, 0));
    assert_eq!(
        p.changes[0].changes,
        [
            "name: Acme GmbH → Acme Austria GmbH",
            "person phone: +43 660 1234567 → +43 660 7654321"
        ]
    );
    assert_eq!(p.changes[1].changes, ["person added"]);
    apply(&db, SheetKind::Customers, edit).await.unwrap();
    assert_eq!(
        count(&db, "SELECT version FROM customers WHERE number = 'C-1'").await,
        2
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_log WHERE entity = 'person' AND action = 'edited'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn bad_customer_rows_are_named() {
    let (db, _dir) = empty().await;
    let file = "number,name,new,person_name,person_email,address_line1,address_postal_code,address_city,address_country\n\
        C 1,Acme,no,,,,,,\n\
        C-2,,no,,,,,,\n\
        C-3,Gamma,perhaps,,,,,,\n\
        C-4,Delta,no,Lena,lena@,,,,\n\
        C-5,Epsilon,no,,,Main St 1,1010,Vienna,XX\n\
        C-6,Zeta,no,,,Main St 1,,Vienna,AT\n\
        C-6,Other name,,,,,,,\n\
        C-6,,,Ann,,,,,\n\
        C-6,,,ann,,,,,\n";
    let p = preview(&db, SheetKind::Customers, file).await;
    assert_eq!(
        problems(&p),
        [
            (2, "number"),
            (3, "name"),
            (4, "new"),
            (5, "person_email"),
            (6, "address_country"),
            (7, "address_postal_code"),
            (8, "name"),
            (10, "person_name"),
        ]
    );
}

#[tokio::test]
async fn an_export_imports_into_an_empty_shop_as_the_same_file() {
    let t = spawn().await;
    // Something archived, and text a spreadsheet must quote.
    let catalog = engine::read::catalog_view(&t.db).await.unwrap();
    let archived = catalog.products[2].clone();
    uc::archive_product(&t.db, &ctx(), archived.id, archived.version, true)
        .await
        .unwrap();
    let (cid, _, _) = &t.shop.customers[1];
    uc::add_address(
        &t.db,
        &ctx(),
        *cid,
        engine::usecases::AddressInput {
            line1: "Gasse 3; Hof \"links\"".into(),
            postal_code: "1010".into(),
            city: "Wien".into(),
            country_code: "AT".into(),
            addition: "ring twice,\nthen wait".into(),
        },
    )
    .await
    .unwrap();
    let kinds = [
        SheetKind::Products,
        SheetKind::Services,
        SheetKind::StockUnits,
        SheetKind::Customers,
    ];
    let (db, _dir) = empty().await;
    for kind in kinds {
        let out = export_csv(&t.db, kind).await.unwrap();
        assert!(out.lines().count() > 3, "{kind:?}: {out}");
        let done = apply(&db, kind, &out)
            .await
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        assert_eq!((done.changed, done.unchanged), (0, 0), "{kind:?}");
        assert_eq!(export_csv(&db, kind).await.unwrap(), out, "{kind:?}");
        // And the shop it came from has it all already.
        let p = preview(&t.db, kind, &out).await;
        assert_eq!((p.new, p.changed), (0, 0), "{kind:?}");
    }
    let trail = export_csv(&t.db, SheetKind::AuditTrail).await.unwrap();
    assert!(
        trail.starts_with("at,actor,entity,entity_id,action,changes\n"),
        "{trail}"
    );
    assert!(
        trail.contains(&format!(",tester,product,{},archived,", archived.id)),
        "{trail}"
    );
}

/// A file of `n` new units of NB-14.
fn many_units(n: usize) -> String {
    let mut s = String::from("serial;sku;location\n");
    for i in 0..n {
        s.push_str(&format!("SN{i:06};NB-14;Vienna warehouse\n"));
    }
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_thousand_rows_preview_and_import_and_a_cancel_writes_nothing() {
    let (db, _dir) = empty().await;
    apply(&db, SheetKind::Products, PRODUCTS).await.unwrap();
    let file = many_units(50_000);
    let p = preview(&db, SheetKind::StockUnits, &file).await;
    assert_eq!(
        (p.rows, counts(&p), p.problem_count),
        (50_000, (50_000, 0, 0), 0)
    );
    assert_eq!(p.changes.len(), engine::read::import::PREVIEW_LIST_MAX);

    let before = tables(&db).await;
    let progress = std::sync::Arc::new(ImportProgress::default());
    let run = {
        let (db, progress, file) = (db.clone(), progress.clone(), file.clone());
        tokio::spawn(async move {
            uc::apply_import(
                &db,
                &ctx(),
                SheetKind::StockUnits,
                file.as_bytes(),
                &progress,
            )
            .await
        })
    };
    while progress.status().done < 1_000 {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    let status = progress.status();
    assert!(status.running && status.total == 50_000, "{status:?}");
    progress.cancel();
    let e = run.await.unwrap().unwrap_err();
    assert_eq!(
        e.refusal().map(|r| r.kind),
        Some(engine::RefusalKind::ImportCancelled),
        "{e}"
    );
    assert!(!progress.status().running);
    assert_eq!(
        tables(&db).await,
        before,
        "a cancelled import wrote something"
    );

    let done = apply(&db, SheetKind::StockUnits, &file).await.unwrap();
    assert_eq!(done.new, 50_000);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM stock_units").await, 50_000);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM unit_events").await, 50_000);
}
