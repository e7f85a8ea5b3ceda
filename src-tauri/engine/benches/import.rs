//! `cargo bench -p engine --bench import` — the CSV import of 10,000 stock
//! units and 5,000 customers (each with a person and an address) into a new
//! shop, against a raw INSERT of the same rows in one transaction (issue 10,
//! point 10). The import also parses every row with the domain's parsers,
//! checks it against the shop, writes each unit's trail and each customer's
//! audit lines; the raw insert writes the bare rows.

use engine::domain::sheet::SheetKind;
use engine::usecases::{self as uc, ImportProgress};
use engine::{Ctx, Db};
use std::time::{Duration, Instant};

const UNITS: usize = 10_000;
const CUSTOMERS: usize = 5_000;

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-25T10:00:00Z".parse().unwrap()
}

fn units_csv() -> String {
    let mut s = String::from("serial,sku,inventory_number,location,state,condition\n");
    for i in 0..UNITS {
        s.push_str(&format!(
            "SN{i:06},NB-{:02},INV-{i:06},Warehouse {},available,new\n",
            i % 20,
            i % 3
        ));
    }
    s
}

fn customers_csv() -> String {
    let mut s = String::from(
        "number;name;new;flagged;person_name;person_email;person_phone;address_line1;address_postal_code;address_city;address_country\n",
    );
    for i in 0..CUSTOMERS {
        s.push_str(&format!(
            "C-{i:05};Customer {i} GmbH;no;no;Person {i};person{i}@example.com;+43 1 {i:06};Hauptstraße {};{};Wien;AT\n",
            i % 200 + 1,
            1010 + i % 23 * 10
        ));
    }
    s
}

async fn shop(dir: &std::path::Path, name: &str) -> Db {
    let db = Db::open(&dir.join(name)).await.unwrap();
    let mut products = String::from("sku,name,category,unit_price\n");
    for i in 0..20 {
        products.push_str(&format!("NB-{i:02},Notebook {i},laptop,999\n"));
    }
    let ctx = Ctx::new("bench", now());
    uc::apply_import(
        &db,
        &ctx,
        SheetKind::Products,
        products.as_bytes(),
        &ImportProgress::default(),
    )
    .await
    .unwrap();
    db
}

/// The same rows as bare INSERTs in one transaction, prepared once each.
async fn raw(db: &Db) -> (Duration, Duration) {
    let t = Instant::now();
    let mut tx = db.pool().begin().await.unwrap();
    for i in 0..UNITS {
        sqlx::query(
            "INSERT INTO stock_units (product_id, serial, inventory_number, location, state, condition)
             VALUES (?, ?, ?, ?, 'available', 'new')",
        )
        .bind((i % 20 + 1) as i64)
        .bind(format!("SN{i:06}"))
        .bind(format!("INV-{i:06}"))
        .bind(format!("Warehouse {}", i % 3))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let units = t.elapsed();
    let t = Instant::now();
    let mut tx = db.pool().begin().await.unwrap();
    for i in 0..CUSTOMERS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO customers (number, name, is_new, flagged, created_at) VALUES (?, ?, 0, 0, ?) RETURNING id",
        )
        .bind(format!("C-{i:05}"))
        .bind(format!("Customer {i} GmbH"))
        .bind(now().to_rfc3339())
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query("INSERT INTO recipients (customer_id, name, email, phone) VALUES (?, ?, ?, ?)")
            .bind(id)
            .bind(format!("Person {i}"))
            .bind(format!("person{i}@example.com"))
            .bind(format!("+43 1 {i:06}"))
            .execute(&mut *tx)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO addresses (customer_id, line1, postal_code, city, country_code) VALUES (?, ?, ?, 'Wien', 'AT')",
        )
        .bind(id)
        .bind(format!("Hauptstraße {}", i % 200 + 1))
        .bind(format!("{}", 1010 + i % 23 * 10))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    (units, t.elapsed())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let ctx = Ctx::new("bench", now());
        let (units, customers) = (units_csv(), customers_csv());

        let db = shop(dir.path(), "import.db").await;
        let t = Instant::now();
        let p = uc::preview_import(&db, &ctx, SheetKind::StockUnits, units.as_bytes())
            .await
            .unwrap();
        let preview_units = t.elapsed();
        assert_eq!(p.new as usize, UNITS);
        let t = Instant::now();
        uc::apply_import(
            &db,
            &ctx,
            SheetKind::StockUnits,
            units.as_bytes(),
            &ImportProgress::default(),
        )
        .await
        .unwrap();
        let import_units = t.elapsed();
        let t = Instant::now();
        let p = uc::preview_import(&db, &ctx, SheetKind::Customers, customers.as_bytes())
            .await
            .unwrap();
        let preview_customers = t.elapsed();
        assert_eq!(p.new as usize, CUSTOMERS);
        let t = Instant::now();
        uc::apply_import(
            &db,
            &ctx,
            SheetKind::Customers,
            customers.as_bytes(),
            &ImportProgress::default(),
        )
        .await
        .unwrap();
        let import_customers = t.elapsed();
        let t = Instant::now();
        let again = uc::apply_import(
            &db,
            &ctx,
            SheetKind::StockUnits,
            units.as_bytes(),
            &ImportProgress::default(),
        )
        .await
        .unwrap();
        let twice_units = t.elapsed();
        assert_eq!(again.unchanged as usize, UNITS);

        let bare = shop(dir.path(), "raw.db").await;
        let (raw_units, raw_customers) = raw(&bare).await;

        println!("{:<52} {:>9} {:>9} {:>7}", "", "import", "raw", "ratio");
        for (what, import, raw) in [
            (format!("{UNITS} stock units"), import_units, raw_units),
            (
                format!("{CUSTOMERS} customers (+ a person and an address each)"),
                import_customers,
                raw_customers,
            ),
            (
                "both".to_string(),
                import_units + import_customers,
                raw_units + raw_customers,
            ),
        ] {
            println!(
                "{what:<52} {:>6.0} ms {:>6.0} ms {:>6.1}×",
                ms(import),
                ms(raw),
                ms(import) / ms(raw)
            );
        }
        println!(
            "{:<52} {:>6.0} ms",
            format!("preview of the {UNITS} units (writes nothing)"),
            ms(preview_units)
        );
        println!(
            "{:<52} {:>6.0} ms",
            format!("preview of the {CUSTOMERS} customers"),
            ms(preview_customers)
        );
        println!(
            "{:<52} {:>6.0} ms",
            "the units' file again (all unchanged)",
            ms(twice_units)
        );
    });
}
