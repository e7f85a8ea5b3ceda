//! Use cases end to end on a real SQLite file.

mod helpers;

use engine::domain::ItemStatus;
use engine::usecases as uc;
use helpers::*;

#[tokio::test]
async fn single_item_order_flows_to_the_delivery_queue_untouched() {
    let t = spawn().await;
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
    assert_eq!(r.items.len(), 1);
    let it = &r.items[0];
    assert_eq!(it.status, ItemStatus::Ready, "{it:?}");
    assert!(it.reason.starts_with("Single-item order"), "{}", it.reason);
    let detail = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
    let steps: Vec<_> = detail
        .timeline
        .iter()
        .map(|e| (e.from, e.to, e.decision_point.clone()))
        .collect();
    assert_eq!(
        steps,
        vec![
            (ItemStatus::New, ItemStatus::New, None),
            (ItemStatus::New, ItemStatus::Assigned, Some("D2".into())),
            (
                ItemStatus::Assigned,
                ItemStatus::Preparing,
                Some("D3".into())
            ),
            (ItemStatus::Preparing, ItemStatus::Ready, Some("D4".into())),
        ]
    );
    assert_eq!(detail.serials.len(), 1);
    // The reservation names its days as people read them, never ISO.
    let reserved = &detail.timeline[2].reasons[0];
    assert!(
        reserved.starts_with("Reserved 1 × ") && reserved.contains(" (from Tue 1 Dec 2026 on): "),
        "{reserved}"
    );
}

#[tokio::test]
async fn demo_fills_every_column() {
    let dir = tempfile::tempdir().unwrap();
    let db = engine::Db::open(&dir.path().join("demo.db")).await.unwrap();
    assert!(engine::demo::seed_demo(&db, &ctx()).await.unwrap());
    assert!(
        !engine::demo::seed_demo(&db, &ctx()).await.unwrap(),
        "seeding twice does nothing"
    );
    let b = engine::read::board(&db, now()).await.unwrap();
    for c in &b.columns {
        assert!(c.count > 0, "column {:?} is empty", c.key);
        for card in &c.cards {
            // A due date stops mattering once the item is delivered or closed.
            assert_eq!(
                card.due_date.is_some(),
                card.status.due_date_matters(),
                "{card:?}"
            );
        }
    }
}

mod bad_input;
mod boundary;
mod catalog;
mod collections;
mod customers;
mod delta;
mod drop_map;
mod files;
mod holds;
mod import;
mod import_orders;
mod lifecycle;
mod line_fit;
mod own_shop;
mod planner;
mod prepare_scan;
mod random_input;
mod reasons;
mod reports;
mod shop_time;
mod stock;
mod way_back;

#[tokio::test]
async fn the_cards_of_one_order_tell_the_same_story() {
    let dir = tempfile::tempdir().unwrap();
    let db = engine::Db::open(&dir.path().join("demo.db")).await.unwrap();
    engine::demo::seed_demo(&db, &ctx()).await.unwrap();
    let b = engine::read::board(&db, now()).await.unwrap();
    let mut by_order: std::collections::BTreeMap<i32, Vec<&engine::read::BoardCard>> =
        Default::default();
    for card in b.columns.iter().flat_map(|c| &c.cards) {
        by_order.entry(card.order_id).or_default().push(card);
    }
    let mut multi = 0;
    for (order, cards) in &by_order {
        let counts = |c: &&engine::read::BoardCard| {
            (
                c.order_item_count,
                c.order_ready_count,
                c.order_delivered_count,
            )
        };
        let first = counts(&cards[0]);
        assert!(
            cards.iter().all(|c| counts(c) == first),
            "order {order}: {:?}",
            cards.iter().map(counts).collect::<Vec<_>>()
        );
        assert!(
            first.2 <= first.1 && first.1 <= first.0,
            "order {order}: {first:?}"
        );
        multi += (cards.len() > 1) as i32;
        for c in cards {
            // A reason states what stays true: never a count of the order's other items.
            assert!(
                !c.reason.contains("more item"),
                "{}: {}",
                c.order_number,
                c.reason
            );
        }
    }
    assert!(multi > 0, "the demo has multi-item orders on the board");
}
