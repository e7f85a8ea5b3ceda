//! The reports on a shop whose whole week was written through the use cases at
//! fixed instants (UTC): every figure is checked against one worked out by hand.
//!
//! The week, Monday 30 November to Monday 7 December 2026 (Dana drives 07–16):
//! - A: a monitor submitted Mon 09:00 (fast path: ready at once), booked Tue
//!   10:00 for Wed 09–10, out Wed 09:00, delivered Wed 10:00, completed Thu 12:00.
//! - B: a monitor submitted Mon 09:00, booked Tue 10:00 for Thu 13–14, out Thu
//!   13:00, failed Thu 14:00, booked Fri 09:00 for Mon 7 Dec 09–10 (after its
//!   window, which ends Fri 4 Dec), out Mon 09:00, delivered Mon 10:00.
//! - C: support submitted Wed 08:00, waiting for approval since.
//! - D: a monitor submitted Thu 10:00 (ready at once), held by a person Thu 11:00.
//!
//! The reports are read on Mon 7 Dec at 12:00.

use crate::helpers::*;
use chrono::{DateTime, Utc};
use engine::domain::ItemStatus;
use engine::read::reports::{self, LateCause, Period};
use engine::usecases as uc;
use engine::Ctx;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn when(s: &str) -> Ctx {
    Ctx::new("tester", at(s))
}

const NOW: &str = "2026-12-07T12:00:00Z";

struct Week {
    t: TestShop,
    a: i32,
    b: i32,
    c: i32,
    d: i32,
}

async fn monitor(t: &TestShop, ctx: &Ctx) -> uc::SubmitResult {
    uc::submit_order(
        &t.db,
        ctx,
        t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]),
    )
    .await
    .unwrap()
}

async fn version(t: &TestShop, item: i32) -> i32 {
    t.count(&format!("SELECT version FROM items WHERE id = {item}"))
        .await as i32
}

async fn book_at(
    t: &TestShop,
    ctx: &Ctx,
    item: i32,
    day: &str,
    from: &str,
    to: &str,
    why: Option<&str>,
) {
    let mut s = slot(
        item,
        version(t, item).await,
        t.shop.resources[0],
        day,
        from,
        to,
    );
    s.override_reason = why.map(String::from);
    uc::schedule_item(&t.db, ctx, s).await.unwrap();
}

async fn out_and_back(t: &TestShop, item: i32, out: &str, back: &str, delivered: bool) {
    uc::dispatch_item(&t.db, &when(out), item, version(t, item).await)
        .await
        .unwrap();
    let v = version(t, item).await;
    if delivered {
        uc::mark_delivered(&t.db, &when(back), item, v)
            .await
            .unwrap();
    } else {
        uc::mark_delivery_failed(&t.db, &when(back), item, v, "Nobody at the door")
            .await
            .unwrap();
    }
}

async fn week() -> Week {
    let t = spawn().await;
    let mon = when("2026-11-30T09:00:00Z");
    let ra = monitor(&t, &mon).await;
    let rb = monitor(&t, &mon).await;
    let (a, b) = (ra.items[0].item_id, rb.items[0].item_id);
    assert_eq!(ra.items[0].status, ItemStatus::Ready);
    let tue = when("2026-12-01T10:00:00Z");
    book_at(&t, &tue, a, "2026-12-02", "09:00", "10:00", None).await;
    book_at(&t, &tue, b, "2026-12-03", "13:00", "14:00", None).await;
    out_and_back(&t, a, "2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z", true).await;
    let c = uc::submit_order(
        &t.db,
        &when("2026-12-02T08:00:00Z"),
        t.order(vec![line(t.svc("SUPPORT-PLUS"), &[])]),
    )
    .await
    .unwrap()
    .items[0]
        .clone();
    assert_eq!(c.status, ItemStatus::AwaitingApproval);
    let order_version = t
        .count(&format!(
            "SELECT version FROM orders WHERE id = {}",
            ra.order_id
        ))
        .await as i32;
    uc::complete_order(
        &t.db,
        &when("2026-12-03T12:00:00Z"),
        ra.order_id,
        order_version,
    )
    .await
    .unwrap();
    out_and_back(&t, b, "2026-12-03T13:00:00Z", "2026-12-03T14:00:00Z", false).await;
    let d = monitor(&t, &when("2026-12-03T10:00:00Z")).await.items[0].clone();
    uc::hold_item(
        &t.db,
        &when("2026-12-03T11:00:00Z"),
        d.item_id,
        d.version,
        "Customer asked to wait",
    )
    .await
    .unwrap();
    book_at(
        &t,
        &when("2026-12-04T09:00:00Z"),
        b,
        "2026-12-07",
        "09:00",
        "10:00",
        Some("The recipient agreed to Monday"),
    )
    .await;
    out_and_back(&t, b, "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z", true).await;
    Week {
        t,
        a,
        b,
        c: c.item_id,
        d: d.item_id,
    }
}

fn period() -> Period {
    Period::parse("2026-11-30", "2026-12-07").unwrap()
}

#[tokio::test]
async fn open_work_counts_items_by_age_holds_and_waiting_approvals() {
    let w = week().await;
    let r = reports::open_work(&w.t.db, at(NOW)).await.unwrap();
    assert_eq!(
        r.age_buckets,
        ["Under 1 day", "1–3 days", "3–7 days", "7 days or more"]
    );
    let by_title: Vec<(String, Vec<Vec<i32>>)> = r
        .columns
        .iter()
        .filter(|c| c.total > 0)
        .map(|c| {
            (
                c.title.clone(),
                c.by_age.iter().map(|b| b.item_ids.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        by_title,
        vec![
            // C: at approval since Wed 08:00, 5 d 4 h.
            ("Approval".into(), vec![vec![], vec![], vec![w.c], vec![]]),
            // D: ready since Thu 10:00, 4 d 2 h (its hold does not move it).
            (
                "Delivery queue".into(),
                vec![vec![], vec![], vec![w.d], vec![]]
            ),
            // B: delivered at 10:00, 2 h ago.
            (
                "Ready to complete".into(),
                vec![vec![w.b], vec![], vec![], vec![]]
            ),
        ]
    );
    let holds: Vec<(&str, i32)> = r
        .holds
        .iter()
        .map(|h| (h.label.as_str(), h.items.count))
        .collect();
    assert_eq!(
        holds,
        [
            ("Stock shortage", 0),
            ("Held by a rule", 0),
            ("Held by a person", 1)
        ]
    );
    assert_eq!(r.holds[2].items.item_ids, [w.d]);
    assert_eq!(r.approvals.len(), 1);
    assert_eq!(r.approvals[0].item_id, w.c);
    assert_eq!(r.approvals[0].waiting.minutes, 5 * 24 * 60 + 4 * 60);
    assert_eq!(r.approvals[0].waiting.text, "5 d 4 h");
}

#[tokio::test]
async fn cumulative_flow_counts_each_shop_day_and_ends_on_the_board() {
    let w = week().await;
    let r = reports::cumulative_flow(&w.t.db, period(), engine::domain::shop_time::UTC)
        .await
        .unwrap();
    let keys: Vec<&str> = r.bands.iter().map(|b| b.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "approval",
            "assignment",
            "preparation",
            "delivery_queue",
            "scheduled",
            "in_delivery",
            "ready_to_complete",
            "completed"
        ]
    );
    let days: Vec<(&str, Vec<i32>)> = r
        .days
        .iter()
        .map(|d| (d.date.as_str(), d.counts.clone()))
        .collect();
    assert_eq!(
        days,
        vec![
            ("2026-11-30", vec![0, 0, 0, 2, 0, 0, 0, 0]), // A, B ready
            ("2026-12-01", vec![0, 0, 0, 0, 2, 0, 0, 0]), // both booked
            ("2026-12-02", vec![1, 0, 0, 0, 1, 0, 1, 0]), // C in; A delivered
            ("2026-12-03", vec![1, 0, 0, 2, 0, 0, 0, 1]), // A done; B failed; D in
            ("2026-12-04", vec![1, 0, 0, 1, 1, 0, 0, 1]), // B booked again
            ("2026-12-05", vec![1, 0, 0, 1, 1, 0, 0, 1]),
            ("2026-12-06", vec![1, 0, 0, 1, 1, 0, 0, 1]),
            ("2026-12-07", vec![1, 0, 0, 1, 0, 0, 1, 1]), // B delivered
        ]
    );
    assert_eq!(r.days[0].label, "Mon 30 Nov 2026");
    // The last day is the board's: each open column holds what the board counts.
    let board = engine::read::board(&w.t.db, at(NOW)).await.unwrap();
    let last = &r.days.last().unwrap().counts;
    for (i, col) in board.columns.iter().take(7).enumerate() {
        assert_eq!(last[i], col.count, "{:?}", col.key);
    }
}

#[tokio::test]
async fn cumulative_flow_of_a_period_in_the_past_walks_back_from_now() {
    let w = week().await;
    let p = Period::parse("2026-12-01", "2026-12-02").unwrap();
    let r = reports::cumulative_flow(&w.t.db, p, engine::domain::shop_time::UTC)
        .await
        .unwrap();
    let counts: Vec<Vec<i32>> = r.days.iter().map(|d| d.counts.clone()).collect();
    assert_eq!(
        counts,
        [vec![0, 0, 0, 0, 2, 0, 0, 0], vec![1, 0, 0, 0, 1, 0, 1, 0]]
    );
}

#[tokio::test]
async fn lead_times_and_time_in_each_decision_point() {
    let w = week().await;
    let r = reports::lead_times(&w.t.db, period(), engine::domain::shop_time::UTC)
        .await
        .unwrap();
    // A took 2 d 1 h to delivery, B 7 d 1 h; nearest rank: the median is the
    // first of two, the 85th percentile the second.
    let d = &r.to_delivered;
    assert_eq!(d.items.count, 2);
    assert_eq!(d.median.as_ref().unwrap().minutes, 2 * 1440 + 60);
    assert_eq!(d.median.as_ref().unwrap().text, "2 d 1 h");
    assert_eq!(d.p85.as_ref().unwrap().minutes, 7 * 1440 + 60);
    let slowest: Vec<i32> = d.slowest.iter().map(|s| s.item_id).collect();
    assert_eq!(slowest, [w.b, w.a]);
    // Only A was completed: Mon 09:00 to Thu 12:00.
    assert_eq!(r.to_completed.items.item_ids, [w.a]);
    assert_eq!(r.to_completed.median.as_ref().unwrap().text, "3 d 3 h");
    let points: Vec<(&str, Vec<i32>)> = r
        .per_decision_point
        .iter()
        .map(|p| {
            let mut m: Vec<i32> = p.slowest.iter().map(|s| s.took.minutes).collect();
            m.sort();
            (p.key.as_str(), m)
        })
        .collect();
    assert_eq!(
        points,
        vec![
            ("approval", vec![0, 0]),
            ("assignment", vec![]),
            ("preparation", vec![0, 0]),
            // A: Mon 09:00 → Tue 10:00; B: the same, and Thu 14:00 → Fri 09:00.
            ("delivery_queue", vec![1500, 1500 + 1140]),
            // A: Tue 10:00 → Wed 09:00; B: Tue 10:00 → Thu 13:00 and Fri 09:00 → Mon 09:00.
            ("scheduled", vec![1380, 3060 + 4320]),
            ("in_delivery", vec![60, 120]),
        ]
    );
    let queue = &r.per_decision_point[3];
    assert_eq!(queue.label, "D4 Delivery queue");
    assert_eq!(queue.median.as_ref().unwrap().text, "1 d 1 h");
    assert_eq!(queue.p85.as_ref().unwrap().text, "1 d 20 h");
    assert_eq!(r.per_service.len(), 1);
    assert_eq!(r.per_service[0].items.count, 2);
    assert_eq!(r.per_customer.len(), 1);
    assert_eq!(
        r.per_customer[0].items.item_ids,
        [w.b, w.a],
        "slowest first"
    );
}

#[tokio::test]
async fn on_time_lists_the_late_delivery_with_its_cause() {
    let w = week().await;
    let r = reports::on_time(&w.t.db, period(), engine::domain::shop_time::UTC)
        .await
        .unwrap();
    assert_eq!(r.delivered.count, 2);
    assert_eq!(r.on_time.item_ids, [w.a]);
    assert_eq!(r.late.item_ids, [w.b]);
    assert_eq!(r.early.count, 0);
    assert_eq!(r.on_time_percent, Some(50));
    let late = &r.late_items[0];
    assert_eq!(late.item_id, w.b);
    assert_eq!(late.window_end, "Fri 4 Dec 2026");
    assert_eq!(late.delivered_on, "Mon 7 Dec 2026");
    assert_eq!(late.days_late, 3);
    let causes: Vec<LateCause> = late.reasons.iter().map(|r| r.cause).collect();
    assert_eq!(causes, [LateCause::FailedDelivery]);
    assert_eq!(late.reasons[0].text, "A delivery failed");
}

#[tokio::test]
async fn utilisation_is_booked_hours_against_working_hours() {
    let w = week().await;
    let r = reports::utilisation(&w.t.db, period(), engine::domain::shop_time::UTC)
        .await
        .unwrap();
    assert_eq!(r.days.len(), 8);
    let dana = &r.resources[0];
    assert_eq!(dana.name, "Dana Weber");
    // Six work days of 07–16; A's hour on Wed, B's on Mon 7 Dec (its failed
    // trip's booking was given up when it came back).
    assert_eq!(dana.working.minutes, 6 * 9 * 60);
    assert_eq!(dana.booked.minutes, 120);
    assert_eq!(dana.booked.text, "2 h");
    assert_eq!(dana.percent, Some(4));
    let wed = &dana.days[2];
    assert_eq!(
        (wed.date.as_str(), wed.booked.minutes, wed.percent),
        ("2026-12-02", 60, Some(11))
    );
    let sat = &dana.days[5];
    assert_eq!((sat.working.minutes, sat.percent), (0, None));
}

#[tokio::test]
async fn a_period_is_two_dates_in_order_and_at_most_a_year() {
    let e = Period::parse("2026-12-07", "2026-11-30").unwrap_err();
    assert!(e.to_string().contains("to"), "{e}");
    assert!(Period::parse("2025-12-01", "2026-12-01").is_ok());
    let e = Period::parse("2025-11-30", "2026-12-01").unwrap_err();
    assert!(e.to_string().contains("366"), "{e}");
    assert!(Period::parse("30.11.2026", "2026-12-01").is_err());
}
