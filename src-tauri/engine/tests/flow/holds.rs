//! A hold's kind is data: release, override and the moves read it, never the text.

use crate::helpers::*;
use engine::domain::rules::{RuleAction, Value};
use engine::domain::{HoldKind, ItemStatus};
use engine::i18n::{ErrorWords, Lang};
use engine::read::moves::MoveAction;
use engine::usecases as uc;
use engine::Error;

async fn hold_kind(t: &TestShop, item_id: i32) -> Option<String> {
    sqlx::query_scalar("SELECT hold_kind FROM items WHERE id = ?")
        .bind(item_id)
        .fetch_one(t.db.pool())
        .await
        .unwrap()
}

async fn version_of(t: &TestShop, item_id: i32) -> i32 {
    sqlx::query_scalar("SELECT version FROM items WHERE id = ?")
        .bind(item_id)
        .fetch_one(t.db.pool())
        .await
        .unwrap()
}

/// Three held items: a stock shortage, a rule's hold, a person's hold whose
/// text reads like a shortage. Returns their item ids in that order.
async fn one_of_each(t: &TestShop) -> [i32; 3] {
    let ready = queued_monitor(t).await;
    let manual = uc::hold_item(
        &t.db,
        &ctx(),
        ready.item_id,
        ready.version,
        "Shortage of desks",
    )
    .await
    .unwrap();
    // The answer says the item stays where it is, on hold and why, and that Undo takes the hold off.
    assert_eq!(manual.step, "Put on hold");
    assert_eq!(
        manual.sentence,
        format!(
            "{} stays in Ready for delivery, on hold — Shortage of desks (tester).",
            manual.item_ref
        )
    );
    assert_eq!(manual.undo.as_deref(), Some("Take the hold off"));
    let mut big = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    big.quantity = 7; // 6 units exist
    let short = submit(t, vec![big]).await.items[0].clone();
    assert!(
        short.sentence.starts_with(&format!(
            "{} went on to Assigned, on hold — ",
            short.item_ref
        )),
        "{}",
        short.sentence
    );

    let rules = engine::read::list_rules(&t.db).await.unwrap();
    let high = rules
        .iter()
        .find(|r| r.spec.name == "High line value")
        .unwrap();
    let mut spec = high.spec.clone();
    spec.conditions[0].value = Value::Number(100.0);
    spec.action = RuleAction::Hold;
    uc::update_rule(&t.db, &ctx(), high.id, high.version, spec)
        .await
        .unwrap();
    let ruled = submit(
        t,
        vec![line(
            t.svc("MONITOR-BUY"),
            &[("size", "27"), ("resolution", "4k")],
        )],
    )
    .await
    .items[0]
        .clone();

    assert!(
        short.on_hold && ruled.on_hold && manual.on_hold,
        "{short:?} {ruled:?} {manual:?}"
    );
    [short.item_id, ruled.item_id, manual.item_id]
}

#[tokio::test]
async fn each_hold_is_stored_with_its_kind() {
    let t = spawn().await;
    let [short, ruled, manual] = one_of_each(&t).await;
    assert_eq!(hold_kind(&t, short).await.as_deref(), Some("shortage"));
    assert_eq!(hold_kind(&t, ruled).await.as_deref(), Some("rule"));
    assert_eq!(hold_kind(&t, manual).await.as_deref(), Some("manual"));
    let board = engine::read::board(&t.db, now()).await.unwrap();
    let kind_of = |id: i32| {
        board
            .columns
            .iter()
            .flat_map(|c| &c.cards)
            .find(|c| c.item_id == id)
            .unwrap()
            .hold_kind
    };
    assert_eq!(kind_of(short), Some(HoldKind::Shortage));
    assert_eq!(kind_of(manual), Some(HoldKind::Manual));
}

#[tokio::test]
async fn a_persons_hold_that_reads_like_a_shortage_is_not_one() {
    let t = spawn().await;
    let [short, _, manual] = one_of_each(&t).await;
    let offers_override = |id: i32| {
        let db = t.db.clone();
        async move {
            engine::read::item_moves(&db, id)
                .await
                .unwrap()
                .moves
                .iter()
                .any(|m| m.action == MoveAction::OverrideShortage)
        }
    };
    assert!(offers_override(short).await);
    assert!(
        !offers_override(manual).await,
        "Shortage of desks is a person's hold"
    );
    let version = version_of(&t, manual).await;
    let before = t.fingerprint().await;
    let e = uc::override_shortage(&t.db, &ctx(), manual, version, "go on")
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref r) if r.kind == engine::RefusalKind::NotAShortage),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn the_migration_classifies_existing_holds_by_their_trail() {
    let t = spawn().await;
    let [short, ruled, manual] = one_of_each(&t).await;
    // As a database from before the column: holds without a kind.
    sqlx::query("UPDATE items SET hold_kind = NULL")
        .execute(t.db.pool())
        .await
        .unwrap();
    let migration = include_str!("../../migrations/20261130000000_hold_kind.sql");
    let updates = &migration[migration.find("UPDATE").unwrap()..];
    sqlx::raw_sql(updates).execute(t.db.pool()).await.unwrap();
    assert_eq!(hold_kind(&t, short).await.as_deref(), Some("shortage"));
    assert_eq!(hold_kind(&t, ruled).await.as_deref(), Some("rule"));
    assert_eq!(hold_kind(&t, manual).await.as_deref(), Some("manual"));
    let status: String = sqlx::query_scalar("SELECT status FROM items WHERE id = ?")
        .bind(short)
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    assert_eq!(status, ItemStatus::Assigned.as_str());
}

// — refusals —
/// Refused for a hold, a German desk reads the hold's reasons in German; the
/// engine's error keeps its English.
#[tokio::test]
async fn a_refusal_for_a_hold_names_the_hold_in_the_desks_language() {
    let t = spawn().await;
    let [_, _, manual] = one_of_each(&t).await;
    let version = version_of(&t, manual).await;
    let before = t.fingerprint().await;
    let at = slot(
        manual,
        version,
        t.shop.resources[0],
        "2026-12-01",
        "09:00",
        "10:00",
    );
    let e = uc::schedule_item(&t.db, &ctx(), at).await.unwrap_err();
    assert_eq!(t.fingerprint().await, before);
    let Error::OnHold { position, reasons } = &e else {
        panic!("{e}")
    };
    let words = |lang: Lang| {
        lang.error(&ErrorWords::OnHold {
            position: *position,
            reasons,
        })
    };
    assert_eq!(words(Lang::En), e.to_string());
    assert_eq!(
        e.to_string(),
        "item is on hold (item 1: Shortage of desks (tester)); release the hold first"
    );
    assert_eq!(
        words(Lang::De),
        "der Artikel ist angehalten (Artikel 1: Shortage of desks (tester)); heben Sie den Halt zuerst auf"
    );
}
