//! A board delta applied to the board it started from gives the board now.

use crate::helpers::*;
use engine::read::{board, board_changes, BoardView};
use engine::usecases as uc;

/// Column keys with their item ids in order, and the header numbers.
fn shape(b: &BoardView) -> (Vec<(String, Vec<i32>)>, i32, i32) {
    (
        b.columns
            .iter()
            .map(|c| {
                (
                    format!("{:?}", c.key),
                    c.cards.iter().map(|k| k.item_id).collect(),
                )
            })
            .collect(),
        b.open_items,
        b.pending_approvals,
    )
}

#[tokio::test]
async fn a_delta_turns_the_old_board_into_the_new_one() {
    let t = spawn().await;
    let mut items = Vec::new();
    for _ in 0..5 {
        items.push(queued_monitor(&t).await);
    }
    let multi = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "34")]),
            line(t.svc("HEADSET-BUY"), &[("type", "wired"), ("anc", "yes")]),
        ],
    )
    .await;
    let before = board(&t.db, now()).await.unwrap();
    assert!(before.cursor > 0);

    // Nothing happened: an empty delta.
    let none = board_changes(&t.db, now(), before.cursor).await.unwrap();
    assert!(none.placed.is_empty() && none.removed.is_empty());
    // A delta from another starting point does not fit.
    let mut elsewhere = before.clone();
    elsewhere.cursor -= 1;
    assert!(none.clone().apply(elsewhere).is_none());

    // A move, a hold, a cancellation, one item of a multi-item order prepared, a new order.
    let a = &items[0];
    book(&t, a.item_id, a.version, "2026-12-02", "09:00", "10:00").await;
    uc::hold_item(
        &t.db,
        &ctx(),
        items[1].item_id,
        items[1].version,
        "customer asked to wait",
    )
    .await
    .unwrap();
    uc::cancel_item(
        &t.db,
        &ctx(),
        items[2].item_id,
        items[2].version,
        "not needed",
    )
    .await
    .unwrap();
    let m = &multi.items[0];
    prepare(&t.db, &ctx(), m.item_id, m.version).await.unwrap();
    queued_monitor(&t).await;

    let delta = board_changes(&t.db, now(), before.cursor).await.unwrap();
    let after = board(&t.db, now()).await.unwrap();
    assert_eq!(delta.cursor, after.cursor);
    // Only touched orders travel: the two untouched monitor orders are not in it.
    for untouched in &items[3..] {
        assert!(!delta
            .placed
            .iter()
            .any(|p| p.card.item_id == untouched.item_id));
    }
    let sibling = &multi.items[1];
    assert!(
        delta
            .placed
            .iter()
            .any(|p| p.card.item_id == sibling.item_id),
        "a sibling's \"x of y ready\" changes with its order"
    );
    assert_eq!(shape(&delta.apply(before).unwrap()), shape(&after));
}
