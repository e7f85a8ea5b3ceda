use chrono::{DateTime, Utc};
use engine::demo::{seed_catalog, Shop};
pub use engine::domain::shop_time::UTC;
use engine::usecases::{self as uc, AddressInput, NewItemInput, NewOrderInput, ScheduleInput};
use engine::{Ctx, Db};
use std::collections::BTreeMap;

/// A fresh database in a temp dir, with the demo catalog and no orders.
pub struct TestShop {
    pub db: Db,
    pub shop: Shop,
    _dir: tempfile::TempDir,
}

pub fn now() -> DateTime<Utc> {
    "2026-11-25T10:00:00Z".parse().unwrap()
}

pub fn ctx() -> Ctx {
    Ctx::new("tester", now())
}

pub async fn spawn() -> TestShop {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("equipflow.db")).await.unwrap();
    let shop = seed_catalog(&db, &ctx(), 6).await.unwrap();
    TestShop {
        db,
        shop,
        _dir: dir,
    }
}

pub fn address() -> AddressInput {
    AddressInput {
        line1: "Mariahilfer Straße 45".into(),
        postal_code: "1060".into(),
        city: "Vienna".into(),
        country_code: "AT".into(),
        addition: String::new(),
    }
}

pub fn line(service_id: i32, specs: &[(&str, &str)]) -> NewItemInput {
    NewItemInput {
        service_id,
        transaction_type: engine::domain::order::TransactionType::Order,
        quantity: 1,
        specs: specs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
        window_start: "2026-12-01".into(),
        window_end: "2026-12-04".into(),
        address: address(),
    }
}

impl TestShop {
    /// Closes the database: its file, and the folder that keeps it.
    pub async fn close(self) -> (std::path::PathBuf, tempfile::TempDir) {
        self.db.close().await;
        (self.db.path().to_path_buf(), self._dir)
    }

    /// The same shop reopened on a disk that is full `pages` pages from now.
    pub async fn reopen_filling_at(self, pages: u32) -> TestShop {
        self.db.close().await;
        let db = Db::open_filling_at(self.db.path(), pages).await.unwrap();
        TestShop { db, ..self }
    }

    /// Acme (customer 1, an established customer) ordering for its first recipient.
    pub fn order(&self, items: Vec<NewItemInput>) -> NewOrderInput {
        let (cid, rids, _) = &self.shop.customers[0];
        NewOrderInput {
            customer_id: *cid,
            recipient_id: rids[0],
            note: String::new(),
            items,
        }
    }

    pub fn svc(&self, code: &str) -> i32 {
        self.shop.service(code)
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .fetch_one(self.db.pool())
            .await
            .unwrap()
    }

    /// Every table's full content, to prove a refused command changed nothing.
    pub async fn fingerprint(&self) -> Vec<(String, u64)> {
        fingerprint(&self.db).await
    }
}

/// A hash of every row of every table (all columns, in rowid order), by table:
/// equal before and after a call only if the call left the database as it was.
pub async fn fingerprint(db: &Db) -> Vec<(String, u64)> {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let pool = db.pool();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut out = Vec::with_capacity(tables.len());
    for t in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info(?)")
            .bind(&t)
            .fetch_all(pool)
            .await
            .unwrap();
        let row = columns
            .iter()
            .map(|c| format!("quote(\"{c}\")"))
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let rows: Vec<String> =
            sqlx::query_scalar(&format!("SELECT {row} FROM \"{t}\" ORDER BY rowid"))
                .fetch_all(pool)
                .await
                .unwrap();
        let mut h = DefaultHasher::new();
        rows.hash(&mut h);
        out.push((t, h.finish()));
    }
    out
}

pub async fn submit(
    t: &TestShop,
    items: Vec<engine::usecases::NewItemInput>,
) -> engine::usecases::SubmitResult {
    uc::submit_order(&t.db, &ctx(), t.order(items))
        .await
        .unwrap()
}

/// A single 22" monitor: the fast path puts it straight in the delivery queue.
pub async fn queued_monitor(t: &TestShop) -> engine::usecases::ItemOutcome {
    submit(t, vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])])
        .await
        .items[0]
        .clone()
}

/// Books the item's delivery on the first driver.
pub async fn book(
    t: &TestShop,
    item_id: i32,
    version: i32,
    day: &str,
    from: &str,
    to: &str,
) -> Vec<engine::usecases::ItemOutcome> {
    uc::schedule_item(
        &t.db,
        &ctx(),
        slot(item_id, version, t.shop.resources[0], day, from, to),
    )
    .await
    .unwrap()
}

pub fn slot(
    item_id: i32,
    version: i32,
    resource_id: i32,
    day: &str,
    from: &str,
    to: &str,
) -> ScheduleInput {
    ScheduleInput {
        item_id,
        expected_version: version,
        resource_id,
        start: format!("{day}T{from}:00Z"),
        end: format!("{day}T{to}:00Z"),
        override_reason: None,
    }
}

/// The board card of an item, as the board draws it now.
pub async fn card_of(t: &TestShop, item_id: i32) -> engine::read::BoardCard {
    engine::read::board(&t.db, now())
        .await
        .unwrap()
        .columns
        .into_iter()
        .flat_map(|c| c.cards)
        .find(|c| c.item_id == item_id)
        .expect("the item is on the board")
}

/// (items, ready or beyond, delivered) of the item's order, as its card counts them.
pub async fn order_counts(t: &TestShop, item_id: i32) -> (i32, i32, i32) {
    let c = card_of(t, item_id).await;
    (
        c.order_item_count,
        c.order_ready_count,
        c.order_delivered_count,
    )
}

/// Scanned serials as receipt lines, each without an inventory number.
pub fn lines(serials: &[&str]) -> Vec<uc::ReceiptLineInput> {
    serials
        .iter()
        .map(|s| uc::ReceiptLineInput {
            serial: s.to_string(),
            inventory_number: String::new(),
        })
        .collect()
}

/// Receives `serials` as new units of the product at Vienna warehouse A.
pub async fn receive_serials(t: &TestShop, product_id: i32, serials: &[&str]) -> Vec<i32> {
    uc::receive_units(
        &t.db,
        &ctx(),
        uc::ReceiptInput {
            product_id,
            location: "Vienna warehouse A".into(),
            lines: lines(serials),
        },
    )
    .await
    .unwrap()
    .unit_ids
}

/// The unit with `serial`, as the Stock screen shows it.
pub async fn unit_by_serial(t: &TestShop, serial: &str) -> engine::read::stock::UnitView {
    engine::read::stock::stock_view(&t.db)
        .await
        .unwrap()
        .units
        .into_iter()
        .find(|u| u.serial == serial)
        .unwrap_or_else(|| panic!("{serial} is in stock"))
}

/// Marked prepared as a person does it: every unit reserved for the item scanned.
pub async fn prepare(
    db: &Db,
    c: &Ctx,
    item_id: i32,
    version: i32,
) -> engine::Result<uc::ItemOutcome> {
    let reserved = engine::read::item_detail(db, item_id).await?.serials;
    uc::mark_prepared(db, c, item_id, version, &reserved).await
}
