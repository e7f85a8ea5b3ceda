//! A shop of its own: a new database starts empty with the setup checklist;
//! the settings are checked, logged and reach the snapshot at once.

use super::helpers::*;
use engine::domain::resource::ResourceKind;
use engine::read::{self, SetupStepKey};
use engine::usecases::{self as uc, ResourceInput, SettingsInput, ShopSetupInput};
use engine::{Db, Error};

async fn empty() -> (Db, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("equipflow.db")).await.unwrap();
    (db, dir)
}

async fn steps_done(db: &Db) -> Vec<(SetupStepKey, i32, bool)> {
    read::setup_checklist(db)
        .await
        .unwrap()
        .steps
        .iter()
        .map(|s| (s.key, s.count, s.done))
        .collect()
}

fn van() -> ResourceInput {
    ResourceInput {
        name: "Van 1".into(),
        kind: ResourceKind::Van,
        skills: vec![],
        capacity: 12,
        work_start: "08:00".into(),
        work_end: "17:00".into(),
        work_days: vec![1, 2, 3, 4, 5],
        days_off: vec![],
    }
}

#[tokio::test]
async fn a_new_shop_starts_empty_with_every_step_to_do() {
    let (db, _dir) = empty().await;
    for table in [
        "orders",
        "items",
        "services",
        "products",
        "stock_units",
        "customers",
        "resources",
    ] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(n, 0, "{table} holds no demo rows");
    }
    let list = read::setup_checklist(&db).await.unwrap();
    assert!(!list.complete);
    assert_eq!(
        list.steps
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>(),
        [
            "Add products",
            "Add services",
            "Receive stock",
            "Add customers",
            "Add people",
            "Add vans"
        ]
    );
    assert!(list.steps.iter().all(|s| !s.done && s.count == 0));
    assert!(read::board(&db, now())
        .await
        .unwrap()
        .columns
        .iter()
        .all(|c| c.count == 0));
}

#[tokio::test]
async fn each_step_is_ticked_from_the_counts_and_the_list_completes() {
    let (db, _dir) = empty().await;
    uc::create_resource(&db, &ctx(), van()).await.unwrap();
    let done = steps_done(&db).await;
    assert_eq!(done[5], (SetupStepKey::Vans, 1, true));
    assert_eq!(
        done[4],
        (SetupStepKey::People, 0, false),
        "a van is not a person"
    );
    let driver = ResourceInput {
        name: "Lena".into(),
        kind: ResourceKind::Driver,
        ..van()
    };
    uc::create_resource(&db, &ctx(), driver).await.unwrap();
    assert_eq!(steps_done(&db).await[4], (SetupStepKey::People, 1, true));
    assert!(!read::setup_checklist(&db).await.unwrap().complete);

    engine::demo::seed_catalog(&db, &ctx(), 2).await.unwrap();
    let list = read::setup_checklist(&db).await.unwrap();
    assert!(list.steps.iter().all(|s| s.done), "{:?}", list.steps);
    assert!(list.complete);
}

#[tokio::test]
async fn an_archived_product_does_not_tick_its_step() {
    let (db, _dir) = empty().await;
    let input = engine::domain::catalog::ProductInput {
        sku: "MON-24".into(),
        name: "Monitor 24\"".into(),
        category: "monitor".into(),
        specs: Default::default(),
        unit_price: "149.00".into(),
    };
    let id = uc::create_product(&db, &ctx(), input).await.unwrap();
    assert_eq!(steps_done(&db).await[0], (SetupStepKey::Products, 1, true));
    uc::archive_product(&db, &ctx(), id, 1, true).await.unwrap();
    assert_eq!(
        steps_done(&db).await[0],
        (SetupStepKey::Products, 0, false),
        "an archived product is history, not what the shop sells"
    );
}

#[tokio::test]
async fn the_demo_shop_is_seeded_complete_and_named() {
    let (db, _dir) = empty().await;
    assert!(engine::demo::seed_demo(&db, &ctx()).await.unwrap());
    assert!(read::setup_checklist(&db).await.unwrap().complete);
    assert_eq!(
        read::settings(&db).await.unwrap().shop_name,
        engine::demo::DEMO_SHOP_NAME
    );
    assert!(
        !engine::demo::seed_demo(&db, &ctx()).await.unwrap(),
        "seeded once"
    );
}

fn input_of(v: &read::SettingsView) -> SettingsInput {
    SettingsInput {
        shop_name: v.shop_name.clone(),
        order_prefix: v.order_prefix.clone(),
        inventory_pattern: v.inventory_pattern.clone(),
        stock_buffer_days: v.stock_buffer_days,
        travel_buffer_minutes: v.travel_buffer_minutes,
        currency: v.currency.clone(),
    }
}

#[tokio::test]
async fn a_bad_setting_is_refused_with_its_field_and_nothing_is_written() {
    let t = spawn().await;
    let before = read::settings(&t.db).await.unwrap();
    assert_eq!(before.order_prefix, "EF-");
    assert_eq!(before.inventory_pattern, "INV-{seq:05}");
    assert_eq!(before.inventory_example, "INV-00001");
    let base = input_of(&before);
    let cases: Vec<(SettingsInput, &str)> = vec![
        (
            SettingsInput {
                shop_name: " \u{200B} ".into(),
                ..base.clone()
            },
            "shopName",
        ),
        (
            SettingsInput {
                order_prefix: "EF 2026".into(),
                ..base.clone()
            },
            "orderPrefix",
        ),
        (
            SettingsInput {
                inventory_pattern: "INV-{seq:5}".into(),
                ..base.clone()
            },
            "inventoryPattern",
        ),
        (
            SettingsInput {
                inventory_pattern: "INV-".into(),
                ..base.clone()
            },
            "inventoryPattern",
        ),
        (
            SettingsInput {
                stock_buffer_days: -1,
                ..base.clone()
            },
            "stockBufferDays",
        ),
        (
            SettingsInput {
                travel_buffer_minutes: 600,
                ..base.clone()
            },
            "travelBufferMinutes",
        ),
        (
            SettingsInput {
                currency: "Euro".into(),
                ..base.clone()
            },
            "currency",
        ),
    ];
    for (input, field) in cases {
        // Each refusal names its field, even when another field changes in the same save.
        let input = SettingsInput {
            shop_name: if field == "shopName" {
                input.shop_name
            } else {
                "Kaiser IT".into()
            },
            ..input
        };
        match uc::update_settings(&t.db, &ctx(), before.version, input).await {
            Err(Error::Validation {
                field: f, message, ..
            }) => {
                assert_eq!(f, field, "{message}");
                assert!(!message.is_empty());
            }
            other => panic!("{field}: {other:?}"),
        }
    }
    let after = read::settings(&t.db).await.unwrap();
    assert_eq!(after.version, before.version);
    assert_eq!(after.shop_name, before.shop_name);
    assert!(after.log.is_empty(), "{:?}", after.log);
}

#[tokio::test]
async fn a_good_change_is_logged_and_reaches_the_snapshot_at_once() {
    let t = spawn().await;
    let before = read::settings(&t.db).await.unwrap();
    assert_eq!(t.db.snapshot().await.unwrap().stock_buffer_days, 1);
    let input = SettingsInput {
        order_prefix: "KIT-".into(),
        inventory_pattern: "WH1/{seq:04}".into(),
        stock_buffer_days: 3,
        travel_buffer_minutes: 45,
        ..input_of(&before)
    };
    let after = uc::update_settings(&t.db, &ctx(), before.version, input.clone())
        .await
        .unwrap();
    assert_eq!(after.version, before.version + 1);
    assert_eq!(after.inventory_example, "WH1/0001");
    assert_eq!(after.order_example, "KIT-000001");
    assert_eq!(after.log.len(), 1, "one save, one entry");
    assert_eq!(after.log[0].actor, "tester");
    let edits: Vec<_> = after.log[0]
        .edits
        .iter()
        .map(|e| (e.label.as_str(), e.from.as_str(), e.to.as_str()))
        .collect();
    assert_eq!(
        edits,
        [
            ("Order number prefix", "EF-", "KIT-"),
            ("Inventory number pattern", "INV-{seq:05}", "WH1/{seq:04}"),
            ("Stock buffer", "1", "3"),
            ("Travel buffer", "30", "45"),
        ],
        "only what changed"
    );
    let snap = t.db.snapshot().await.unwrap();
    assert_eq!(
        (snap.stock_buffer_days, snap.travel_buffer_minutes),
        (3, 45)
    );

    // The next order takes the new prefix.
    let r = uc::submit_order(
        &t.db,
        &ctx(),
        t.order(vec![line(
            t.svc("MONITOR-BUY"),
            &[("size", "27"), ("resolution", "4k")],
        )]),
    )
    .await
    .unwrap();
    assert!(r.number.starts_with("KIT-"), "{}", r.number);

    // Saving the same again changes nothing; an old version is a conflict.
    let same = uc::update_settings(&t.db, &ctx(), after.version, input.clone())
        .await
        .unwrap();
    assert_eq!((same.version, same.log.len()), (after.version, 1));
    let stale = uc::update_settings(
        &t.db,
        &ctx(),
        before.version,
        SettingsInput {
            stock_buffer_days: 9,
            ..input
        },
    )
    .await
    .unwrap_err();
    assert!(matches!(stale, Error::Conflict { .. }), "{stale:?}");
    assert_eq!(t.db.snapshot().await.unwrap().stock_buffer_days, 3);
}

#[tokio::test]
async fn the_settings_trail_is_append_only() {
    let t = spawn().await;
    let v = read::settings(&t.db).await.unwrap();
    uc::update_settings(
        &t.db,
        &ctx(),
        v.version,
        SettingsInput {
            shop_name: "Kaiser IT".into(),
            ..input_of(&v)
        },
    )
    .await
    .unwrap();
    for sql in [
        "UPDATE audit_log SET changes = '[]'",
        "DELETE FROM audit_log",
    ] {
        assert!(
            sqlx::query(sql).execute(t.db.pool()).await.is_err(),
            "{sql}"
        );
    }
}

#[tokio::test]
async fn setting_up_a_shop_names_it_and_logs_it() {
    let (db, _dir) = empty().await;
    let bad = ShopSetupInput {
        shop_name: "Kaiser IT".into(),
        currency: "12".into(),
    };
    assert!(matches!(bad.parse(), Err(Error::Validation { field, .. }) if field == "currency"));
    let setup = ShopSetupInput {
        shop_name: " Kaiser IT ".into(),
        currency: "chf".into(),
    }
    .parse()
    .unwrap();
    uc::set_up_shop(&db, &ctx(), &setup).await.unwrap();
    let v = read::settings(&db).await.unwrap();
    assert_eq!(
        (v.shop_name.as_str(), v.currency.as_str()),
        ("Kaiser IT", "CHF")
    );
    assert_eq!(v.log.len(), 1);
    assert_eq!(v.log[0].edits.len(), 2, "{:?}", v.log);
    assert_eq!(db.snapshot().await.unwrap().currency, "CHF");
}
