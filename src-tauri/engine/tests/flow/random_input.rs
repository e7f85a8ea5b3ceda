//! Every write command, fed random input (malformed and extreme included):
//! it answers in time with success or a structured refusal, never an internal
//! error or a panic, and a refusal leaves the database exactly as it was.
//!
//! Each test runs on its own copy of the demo shop, so ids and versions are
//! often real and some calls go through; the rest are refusals to check.

use crate::helpers::{ctx, fingerprint};
use engine::domain::catalog::{OfferType, ProductInput, ServiceInput, ServiceKind, ServiceLink};
use engine::domain::holding::MissingDecision;
use engine::domain::order::TransactionType;
use engine::domain::resource::ResourceKind;
use engine::domain::rules::{default_rules, Condition, RuleSpec, Value};
use engine::usecases::{
    self as uc, AddressInput, NewItemInput, NewOrderInput, ResourceInput, ScheduleInput,
    SettingsInput,
};
use engine::{Db, Error};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::OnceLock;
use std::time::Duration;

/// Cases per command: enough to meet every kind of bad input, few enough to stay fast.
const CASES: u32 = 24;
/// A call that takes longer than this is taken for one that never answers.
const ANSWER_WITHIN: Duration = Duration::from_secs(20);

/// The demo shop's database file, seeded once per test binary; each test writes its own copy.
fn template() -> &'static [u8] {
    static TEMPLATE: OnceLock<Vec<u8>> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("template.db");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let db = Db::open(&dir.path().join("seed.db")).await.unwrap();
            engine::demo::seed_demo(&db, &ctx()).await.unwrap();
            sqlx::query("VACUUM INTO ?")
                .bind(path.to_str().unwrap())
                .execute(db.pool())
                .await
                .unwrap();
        });
        std::fs::read(&path).unwrap()
    })
}

/// A copy of the demo shop and the ids it holds.
struct World {
    db: Db,
    _dir: tempfile::TempDir,
}

/// An id as the caller sends it: one the shop knows (picked by index), or any number.
#[derive(Debug, Clone)]
enum Id {
    Known(usize),
    Raw(i32),
}

fn id() -> impl Strategy<Value = Id> {
    prop_oneof![
        5 => any::<usize>().prop_map(Id::Known),
        1 => prop_oneof![
            Just(0),
            Just(-1),
            Just(i32::MIN),
            Just(i32::MAX),
            1i32..5000
        ]
        .prop_map(Id::Raw),
    ]
}

/// The version a caller saw: the current one, or one that is off.
fn version() -> impl Strategy<Value = Option<i32>> {
    prop_oneof![4 => Just(None), 1 => prop_oneof![Just(-1), Just(1), Just(i32::MAX), Just(i32::MIN)].prop_map(Some)]
}

/// Text a person or a broken caller may send.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z][A-Za-z ]{0,20}",
        1 => Just(String::new()),
        1 => Just(" \t ".to_string()),
        1 => Just("\u{200B}\u{FEFF}\u{2060}".to_string()),
        1 => Just("a\u{0}b".to_string()),
        1 => Just("\u{1b}[31mred\u{1b}[0m".to_string()),
        1 => Just("'; DROP TABLE items; --".to_string()),
        1 => Just("<script>alert(1)</script>".to_string()),
        1 => Just("Cafe\u{301} Stra\u{DF}e".to_string()),
        1 => Just("x".repeat(100_000)),
        1 => any::<String>(),
    ]
}

/// Mostly `valid`, sometimes any of [`text`]: calls with many fields then
/// go through often enough, and each field still meets bad input.
fn mostly(valid: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![6 => Just(valid.to_string()), 1 => text()]
}

fn today_plus(days: i64) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap() + chrono::Duration::days(days)
}

/// A delivery window (start, end): mostly a plannable one, else any two days.
fn window() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        6 => (-3i64..10, 0i64..7).prop_map(|(from, len)| {
            (today_plus(from).to_string(), today_plus(from + len).to_string())
        }),
        1 => (day(), day()),
    ]
}

/// A booking (start, end): mostly an hour on a working day ahead, else any two instants.
fn booking() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        4 => (0i64..12, 7u32..17).prop_map(|(d, h)| {
            let day = today_plus(d);
            (format!("{day}T{h:02}:00:00Z"), format!("{day}T{:02}:00:00Z", h + 1))
        }),
        1 => (instant(), instant()),
    ]
}

/// A calendar day as text, around the tests' today (2026-11-25) or absurd.
fn day() -> impl Strategy<Value = String> {
    let near = (-40i64..60).prop_map(|d| today_plus(d).to_string());
    prop_oneof![
        6 => near,
        1 => Just("+262142-12-31".to_string()),
        1 => Just("-0001-12-31".to_string()),
        1 => Just("9999-12-31".to_string()),
        1 => Just("2000-01-01".to_string()),
        1 => Just("2026-02-30".to_string()),
        1 => Just(" 2026-12-01 ".to_string()),
        1 => Just("2026-12-1".to_string()),
        1 => "[0-9+-]{1,12}",
        1 => text(),
    ]
}

/// An instant as text: a day at an hour, in UTC or with an offset, or absurd.
fn instant() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (day(), 0u32..24, prop_oneof![Just("Z"), Just("+01:00"), Just("-11:00")])
            .prop_map(|(d, h, z)| format!("{d}T{h:02}:00:00{z}")),
        1 => Just("+262142-12-31T09:00:00Z".to_string()),
        1 => text(),
    ]
}

fn minutes() -> impl Strategy<Value = i32> {
    prop_oneof![4 => 15i32..240, 1 => any::<i32>()]
}

impl World {
    async fn new(template: &[u8]) -> World {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("equipflow.db");
        std::fs::write(&path, template).unwrap();
        World {
            db: Db::open(&path).await.unwrap(),
            _dir: dir,
        }
    }

    async fn ids(&self, sql: &str) -> Vec<(i32, i32)> {
        sqlx::query_as(sql).fetch_all(self.db.pool()).await.unwrap()
    }

    /// (id, version) of a row of `rows`, or the raw id with version 1.
    fn pick(rows: &[(i32, i32)], id: &Id, version: Option<i32>) -> (i32, i32) {
        match id {
            Id::Known(k) if !rows.is_empty() => {
                let (id, v) = rows[k % rows.len()];
                (id, version.unwrap_or(v))
            }
            Id::Known(k) => (*k as i32, version.unwrap_or(1)),
            Id::Raw(raw) => (*raw, version.unwrap_or(1)),
        }
    }

    /// An item, most often one the command acts on (`aim`: an SQL condition on items `i`).
    async fn item(&self, id: &Id, version: Option<i32>, aim: &str) -> (i32, i32) {
        let all = self.ids("SELECT id, version FROM items ORDER BY id").await;
        let aimed = self
            .ids(&format!(
                "SELECT id, version FROM items i WHERE {aim} ORDER BY id"
            ))
            .await;
        match id {
            Id::Known(k) if k % 4 != 0 && !aimed.is_empty() => Self::pick(&aimed, id, version),
            _ => Self::pick(&all, id, version),
        }
    }

    /// (id, version) of a row of `table` (orders, resources, rules).
    async fn row(&self, table: &str, id: &Id, version: Option<i32>) -> (i32, i32) {
        let rows = self
            .ids(&format!("SELECT id, version FROM {table} ORDER BY id"))
            .await;
        Self::pick(&rows, id, version)
    }

    async fn known(&self, table: &str, id: &Id) -> i32 {
        let rows = self
            .ids(&format!("SELECT id, 1 FROM {table} ORDER BY id"))
            .await;
        Self::pick(&rows, id, None).0
    }

    /// A customer and one of their recipients (or a stranger's, or none).
    async fn customer(&self, id: &Id, other_recipient: bool) -> (i32, i32) {
        let rows = self
            .ids("SELECT customer_id, id FROM recipients ORDER BY id")
            .await;
        let (customer, recipient) = Self::pick(&rows, id, None);
        match (other_recipient, id) {
            (true, Id::Known(k)) => (customer, rows[(k + 1) % rows.len()].1),
            _ => (customer, recipient),
        }
    }
}

/// Runs `call` on each generated input and checks the answer.
fn answers<S, T>(strategy: S, call: impl AsyncFn(&World, S::Value) -> engine::Result<T>)
where
    S: Strategy,
    S::Value: Debug,
    T: Debug,
{
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let world = rt.block_on(World::new(template()));
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    let outcome = runner.run(&strategy, |input| {
        rt.block_on(async {
            let before = fingerprint(&world.db).await;
            let answer = tokio::time::timeout(ANSWER_WITHIN, call(&world, input))
                .await
                .map_err(|_| TestCaseError::fail("no answer in time"))?;
            match answer {
                Ok(_) => Ok(()),
                Err(e @ (Error::Db(_) | Error::Migrate(_) | Error::Corrupt(_))) => {
                    Err(TestCaseError::fail(format!("not a refusal: {e:?}")))
                }
                Err(e) => {
                    if let Error::Validation { field, .. } = &e {
                        prop_assert!(!field.is_empty(), "{e}");
                    }
                    prop_assert!(
                        e.to_string().chars().count() < 2000,
                        "a refusal too long to read: {} characters",
                        e.to_string().chars().count()
                    );
                    prop_assert_eq!(
                        fingerprint(&world.db).await,
                        before,
                        "refused ({}) yet the database changed",
                        e
                    );
                    Ok(())
                }
            }
        })
    });
    if let Err(e) = outcome {
        panic!("{e}");
    }
}

fn address() -> impl Strategy<Value = AddressInput> {
    let country = prop_oneof![
        12 => Just("AT".to_string()),
        1 => Just("de".to_string()),
        1 => Just("XX".to_string()),
        1 => Just("ZZ".to_string()),
        1 => Just("Austria".to_string()),
        1 => text(),
    ];
    (
        mostly("Mariahilfer Straße 45"),
        mostly("1060"),
        mostly("Vienna"),
        country,
        prop_oneof![6 => Just(String::new()), 1 => text()],
    )
        .prop_map(
            |(line1, postal_code, city, country_code, addition)| AddressInput {
                line1,
                postal_code,
                city,
                country_code,
                addition,
            },
        )
}

fn specs() -> impl Strategy<Value = BTreeMap<String, String>> {
    prop_oneof![
        6 => Just(BTreeMap::from([("size".to_string(), "27".to_string())])),
        1 => prop::collection::btree_map(text(), text(), 0..4),
        1 => Just((0..30).map(|i| (format!("k{i}"), "v".to_string())).collect()),
    ]
}

fn line() -> impl Strategy<Value = (Id, NewItemInput)> {
    let tt = prop::sample::select(TransactionType::ALL.to_vec());
    let quantity = prop_oneof![6 => 1i32..4, 1 => any::<i32>()];
    (id(), tt, quantity, specs(), window(), address()).prop_map(
        |(service, transaction_type, quantity, specs, (window_start, window_end), address)| {
            (
                service,
                NewItemInput {
                    service_id: 0,
                    transaction_type,
                    quantity,
                    specs,
                    window_start,
                    window_end,
                    address,
                },
            )
        },
    )
}

#[test]
fn order_submit_answers() {
    let lines = prop_oneof![
        8 => prop::collection::vec(line(), 1..3),
        1 => Just(Vec::new()),
        1 => line().prop_map(|l| vec![l; engine::domain::limits::ITEMS_MAX + 1]),
    ];
    answers(
        (id(), prop::bool::weighted(0.1), mostly(""), lines),
        async |w, (customer, stranger, note, lines)| {
            let (customer_id, recipient_id) = w.customer(&customer, stranger).await;
            let mut items = Vec::new();
            for (service, mut l) in lines {
                l.service_id = w.known("services", &service).await;
                items.push(l);
            }
            uc::submit_order(
                &w.db,
                &ctx(),
                NewOrderInput {
                    customer_id,
                    recipient_id,
                    note,
                    items,
                },
            )
            .await
        },
    );
}

#[test]
fn order_split_answers() {
    let picks = prop_oneof![
        5 => prop::collection::vec((id(), version()), 0..4),
        1 => Just(vec![(Id::Known(1), None); engine::domain::limits::ITEMS_MAX + 1]),
    ];
    answers((id(), picks), async |w, (order, picks)| {
        let (order_id, _) = w.row("orders", &order, None).await;
        let own = w
            .ids(&format!(
                "SELECT id, version FROM items WHERE order_id = {order_id} ORDER BY id"
            ))
            .await;
        let split: Vec<(i32, i32)> = picks
            .iter()
            .map(|(id, v)| World::pick(&own, id, *v))
            .collect();
        uc::split_order(&w.db, &ctx(), order_id, &split).await
    });
}

#[test]
fn order_complete_answers() {
    answers((id(), version()), async |w, (order, v)| {
        let (order_id, version) = w.row("orders", &order, v).await;
        uc::complete_order(&w.db, &ctx(), order_id, version).await
    });
}

#[test]
fn order_cancel_answers() {
    answers((id(), text()), async |w, (order, reason)| {
        let (order_id, _) = w.row("orders", &order, None).await;
        uc::cancel_order(&w.db, &ctx(), order_id, &reason).await
    });
}

/// Item commands that take (item, version) and maybe a text, aimed at `statuses`.
macro_rules! item_command {
    ($name:ident, $aim:literal, |$db:ident, $ctx:ident, $id:ident, $v:ident| $call:expr) => {
        #[test]
        fn $name() {
            answers((id(), version()), async |w, (item, version)| {
                let ($id, $v) = w.item(&item, version, $aim).await;
                let ($db, $ctx) = (&w.db, &ctx());
                $call.await
            });
        }
    };
    ($name:ident, $aim:literal, |$db:ident, $ctx:ident, $id:ident, $v:ident, $text:ident| $call:expr) => {
        #[test]
        fn $name() {
            answers(
                (id(), version(), text()),
                async |w, (item, version, $text)| {
                    let ($id, $v) = w.item(&item, version, $aim).await;
                    let ($db, $ctx) = (&w.db, &ctx());
                    $call.await
                },
            );
        }
    };
}

item_command!(
    item_approve_answers,
    "status = 'awaiting_approval'",
    |db, c, id, v, note| uc::approve_item(db, c, id, v, &note)
);
item_command!(
    item_reject_answers,
    "status = 'awaiting_approval'",
    |db, c, id, v, reason| uc::reject_item(db, c, id, v, &reason)
);
item_command!(
    item_mark_prepared_answers,
    "status = 'preparing'",
    |db, c, id, v, scan| uc::mark_prepared(db, c, id, v, &[scan])
);
item_command!(
    item_hold_answers,
    "1",
    |db, c, id, v, reason| uc::hold_item(db, c, id, v, &reason)
);
item_command!(
    item_release_answers,
    "hold_reason IS NOT NULL",
    |db, c, id, v, note| uc::release_hold(db, c, id, v, &note)
);
item_command!(
    item_override_shortage_answers,
    "hold_kind = 'shortage'",
    |db, c, id, v, reason| uc::override_shortage(db, c, id, v, &reason)
);
item_command!(item_cancel_answers, "1", |db, c, id, v, reason| {
    uc::cancel_item(db, c, id, v, &reason)
});
item_command!(item_undo_answers, "1", |db, c, id, v| uc::undo_last(
    db, c, id, v
));
item_command!(
    item_unschedule_answers,
    "status = 'scheduled'",
    |db, c, id, v| uc::unschedule_item(db, c, id, v)
);
item_command!(
    item_dispatch_answers,
    "status = 'scheduled'",
    |db, c, id, v| uc::dispatch_item(db, c, id, v)
);
item_command!(
    item_delivered_answers,
    "status = 'in_delivery'",
    |db, c, id, v| uc::mark_delivered(db, c, id, v)
);
item_command!(
    item_delivery_failed_answers,
    "status = 'in_delivery'",
    |db, c, id, v, reason| uc::mark_delivery_failed(db, c, id, v, &reason)
);
item_command!(
    trip_delivered_answers,
    "status = 'in_delivery'",
    |db, c, id, v| uc::mark_trip_delivered(db, c, id, v)
);
item_command!(
    trip_failed_answers,
    "status = 'in_delivery'",
    |db, c, id, v, reason| uc::mark_trip_failed(db, c, id, v, &reason)
);

#[test]
fn item_assign_answers() {
    answers(
        (id(), version(), id()),
        async |w, (item, version, product)| {
            let (item_id, v) = w
                .item(&item, version, "status IN ('needs_assignment', 'assigned')")
                .await;
            let product_id = w.known("products", &product).await;
            uc::assign_product(&w.db, &ctx(), item_id, v, product_id, "").await
        },
    );
}

/// A ready item whose whole delivery is ready.
const SCHEDULABLE: &str = "status = 'ready' AND NOT EXISTS (SELECT 1 FROM items x
    WHERE x.order_id = i.order_id AND x.delivery_group = i.delivery_group
    AND x.status NOT IN ('ready', 'cancelled'))";

type Slot = (Id, Option<i32>, Id, (String, String), Option<String>);

fn schedule_input() -> impl Strategy<Value = Slot> {
    (
        id(),
        version(),
        id(),
        booking(),
        prop_oneof![
            2 => Just(None),
            1 => Just(Some("agreed with the recipient".to_string())),
            1 => text().prop_map(Some),
        ],
    )
}

async fn slot(
    w: &World,
    (item, version, resource, (start, end), override_reason): Slot,
    aim: &str,
) -> ScheduleInput {
    let (item_id, expected_version) = w.item(&item, version, aim).await;
    ScheduleInput {
        item_id,
        expected_version,
        resource_id: w.known("resources", &resource).await,
        start,
        end,
        override_reason,
    }
}

#[test]
fn item_schedule_answers() {
    answers(schedule_input(), async |w, input| {
        let input = slot(w, input, SCHEDULABLE).await;
        uc::schedule_item(&w.db, &ctx(), input).await
    });
}

#[test]
fn item_reschedule_answers() {
    answers(schedule_input(), async |w, input| {
        let input = slot(w, input, "status = 'scheduled'").await;
        uc::reschedule_item(&w.db, &ctx(), input).await
    });
}

#[test]
fn item_suggest_slot_answers() {
    answers((id(), minutes()), async |w, (item, minutes)| {
        let (item_id, _) = w.item(&item, None, SCHEDULABLE).await;
        uc::suggest_slot(&w.db, &ctx(), item_id, minutes).await
    });
}

#[test]
fn plan_day_answers() {
    answers((day(), minutes()), async |w, (day, minutes)| {
        uc::plan_day(&w.db, &ctx(), &day, minutes).await
    });
}

fn resource_input() -> impl Strategy<Value = ResourceInput> {
    let kind = prop::sample::select(vec![
        ResourceKind::Driver,
        ResourceKind::Technician,
        ResourceKind::Van,
    ]);
    let hours = prop_oneof![
        6 => (6u32..11, 13u32..19).prop_map(|(a, b)| (format!("{a:02}:00"), format!("{b:02}:00"))),
        1 => (text(), text()),
    ];
    let skills = prop_oneof![
        6 => prop::collection::vec(mostly("installation"), 0..3),
        1 => Just(vec!["installation".to_string(); 5000]),
    ];
    let days_off = prop_oneof![
        6 => prop::collection::vec((0i64..200).prop_map(|d| today_plus(d).to_string()), 0..3),
        1 => prop::collection::vec(day(), 0..3),
        1 => Just(vec!["+262142-12-31".to_string(); 20_000]),
    ];
    let work_days = prop_oneof![
        6 => prop::collection::vec(1i32..=7, 1..6),
        1 => prop::collection::vec(any::<i32>(), 0..40),
    ];
    (
        mostly("Ola Berg"),
        kind,
        skills,
        prop_oneof![6 => 1i32..10, 1 => any::<i32>()],
        hours,
        work_days,
        days_off,
    )
        .prop_map(
            |(name, kind, skills, capacity, (work_start, work_end), work_days, days_off)| {
                ResourceInput {
                    name,
                    kind,
                    skills,
                    capacity,
                    work_start,
                    work_end,
                    work_days,
                    days_off,
                }
            },
        )
}

#[test]
fn resource_create_answers() {
    answers(resource_input(), async |w, input| {
        uc::create_resource(&w.db, &ctx(), input).await
    });
}

#[test]
fn resource_update_answers() {
    answers(
        (id(), version(), resource_input()),
        async |w, (resource, version, input)| {
            let (id, v) = w.row("resources", &resource, version).await;
            uc::update_resource(&w.db, &ctx(), id, v, input).await
        },
    );
}

#[test]
fn holdings_decide_missing_answers() {
    answers(
        (
            id(),
            version(),
            id(),
            prop::sample::select(MissingDecision::ALL),
            text(),
        ),
        async |w, (holding, version, unit, decision, note)| {
            let (id, v) = w.row("holdings", &holding, version).await;
            let unit_id = w.known("stock_units", &unit).await;
            uc::decide_missing(&w.db, &ctx(), id, v, unit_id, decision, &note).await
        },
    );
}

fn rule_spec() -> impl Strategy<Value = RuleSpec> {
    let rules = default_rules();
    let pool: Vec<Condition> = rules.iter().flat_map(|r| r.conditions.clone()).collect();
    let value = prop_oneof![
        Just(Value::Number(f64::NAN)),
        Just(Value::Number(f64::INFINITY)),
        any::<f64>().prop_map(Value::Number),
        any::<bool>().prop_map(Value::Bool),
        text().prop_map(Value::Text),
    ];
    let condition = (
        prop::sample::select(pool),
        prop::option::weighted(0.3, value),
    )
        .prop_map(|(mut c, v)| {
            if let Some(v) = v {
                c.value = v;
            }
            c
        });
    (
        prop::sample::select(rules),
        mostly("Large orders"),
        mostly(""),
        prop_oneof![
            6 => prop::collection::vec(condition.clone(), 1..4),
            1 => prop::collection::vec(condition, 0..12)
        ],
    )
        .prop_map(|(mut spec, name, description, conditions)| {
            spec.name = name;
            spec.description = description;
            spec.conditions = conditions;
            spec
        })
}

#[test]
fn rule_create_answers() {
    answers(rule_spec(), async |w, spec| {
        uc::create_rule(&w.db, &ctx(), spec).await
    });
}

#[test]
fn rule_update_answers() {
    answers(
        (id(), version(), rule_spec()),
        async |w, (rule, version, spec)| {
            let (id, v) = w.row("rules", &rule, version).await;
            uc::update_rule(&w.db, &ctx(), id, v, spec).await
        },
    );
}

fn amount() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("1299.00".to_string()),
        1 => Just(String::new()),
        1 => Just("-5".to_string()),
        1 => Just("1.2.3,4".to_string()),
        1 => Just("99999999999999999999".to_string()),
        1 => text(),
    ]
}

fn product_input() -> impl Strategy<Value = ProductInput> {
    (
        mostly("RAND-001"),
        mostly("Random monitor"),
        prop_oneof![4 => Just("monitor".to_string()), 1 => text()],
        specs(),
        amount(),
    )
        .prop_map(|(sku, name, category, specs, unit_price)| ProductInput {
            sku,
            name,
            category,
            specs,
            unit_price,
        })
}

#[test]
fn catalog_product_create_answers() {
    answers(product_input(), async |w, input| {
        uc::create_product(&w.db, &ctx(), input).await
    });
}

#[test]
fn catalog_product_update_answers() {
    answers(
        (id(), version(), product_input()),
        async |w, (product, version, input)| {
            let (id, v) = w.row("products", &product, version).await;
            uc::update_product(&w.db, &ctx(), id, v, input).await
        },
    );
}

fn service_input() -> impl Strategy<Value = (ServiceInput, Vec<Id>, Vec<Id>)> {
    let ids = prop_oneof![4 => Just(vec![]), 1 => prop::collection::vec(id(), 0..4)];
    (
        (mostly("RAND-SVC"), mostly("Random service"), any::<bool>(), any::<bool>()),
        (amount(), amount()),
        prop_oneof![3 => Just(Some("monitor".to_string())), 1 => Just(None), 1 => text().prop_map(Some)],
        prop_oneof![3 => Just(vec!["size".to_string()]), 1 => prop::collection::vec(text(), 0..3)],
        ids.clone(),
        ids,
    )
        .prop_map(|((code, name, recurring, approval), (one_time, monthly), category, keys, pre, links)| {
            let input = ServiceInput {
                code,
                name,
                kind: ServiceKind::Hardware,
                offer_type: OfferType::Rental,
                recurring,
                requires_approval: approval,
                one_time,
                monthly,
                product_category: category,
                required_spec_keys: keys,
                needs_technician: false,
                prerequisites: vec![],
                links: vec![],
            };
            (input, pre, links)
        })
}

impl World {
    /// Service ids for `ids`: known ones by index, raw ones as sent.
    async fn services(&self, ids: &[Id]) -> Vec<i32> {
        let mut out = Vec::new();
        for i in ids {
            out.push(self.known("services", i).await);
        }
        out
    }
}

#[test]
fn catalog_service_create_answers() {
    answers(service_input(), async |w, (mut input, pre, links)| {
        input.prerequisites = w.services(&pre).await;
        input.links = w
            .services(&links)
            .await
            .into_iter()
            .map(|service_id| ServiceLink {
                service_id,
                mandatory: service_id % 2 == 0,
            })
            .collect();
        uc::create_service(&w.db, &ctx(), input).await
    });
}

#[test]
fn catalog_service_update_answers() {
    answers(
        (id(), version(), service_input()),
        async |w, (service, version, (mut input, pre, links))| {
            let (id, v) = w.row("services", &service, version).await;
            input.prerequisites = w.services(&pre).await;
            input.links = w
                .services(&links)
                .await
                .into_iter()
                .map(|service_id| ServiceLink {
                    service_id,
                    mandatory: false,
                })
                .collect();
            uc::update_service(&w.db, &ctx(), id, v, input).await
        },
    );
}

#[test]
fn catalog_archive_answers() {
    answers(
        (id(), version(), any::<bool>(), any::<bool>()),
        async |w, (entry, version, service, archived)| {
            if service {
                let (id, v) = w.row("services", &entry, version).await;
                uc::archive_service(&w.db, &ctx(), id, v, archived).await
            } else {
                let (id, v) = w.row("products", &entry, version).await;
                uc::archive_product(&w.db, &ctx(), id, v, archived).await
            }
        },
    );
}
fn whole_number() -> impl Strategy<Value = i32> {
    prop_oneof![4 => 0..40i32, 1 => any::<i32>()]
}

#[test]
fn settings_update_answers() {
    let input = (
        mostly("Kaiser IT"),
        mostly("EF-"),
        prop_oneof![
            3 => Just("INV-{seq:05}".to_string()),
            1 => Just("INV-{seq:0}".to_string()),
            1 => Just("{seq:013}".to_string()),
            1 => Just("{seq}{seq}".to_string()),
            1 => text()
        ],
        whole_number(),
        whole_number(),
        mostly("EUR"),
    )
        .prop_map(
            |(shop_name, order_prefix, inventory_pattern, days, minutes, currency)| SettingsInput {
                shop_name,
                order_prefix,
                inventory_pattern,
                stock_buffer_days: days,
                travel_buffer_minutes: minutes,
                currency,
            },
        );
    answers((version(), input), async |w, (version, input)| {
        let stored = engine::read::settings(&w.db).await?.version;
        uc::update_settings(&w.db, &ctx(), version.unwrap_or(stored), input).await
    });
}
