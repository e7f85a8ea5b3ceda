//! Days turn over at the shop's midnight, whatever the day and hour a test runs:
//! every instant here is fixed, and the shop is in Vienna (UTC+1 in winter).

use crate::helpers::*;
use chrono::{DateTime, Utc};
use engine::domain::shop_time::{self, Zone};
use engine::domain::ItemStatus;
use engine::read::flow::FlowStats;
use engine::usecases::{self as uc, ScheduleInput};
use engine::Ctx;

fn vienna() -> Zone {
    shop_time::parse_zone("Europe/Vienna").unwrap()
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn in_vienna(now: &str) -> Ctx {
    Ctx::new("tester", at(now)).in_zone(vienna())
}

/// A single 22" monitor ordered at `ctx`'s time and zone.
async fn submit_monitor(t: &TestShop, ctx: &Ctx) -> uc::SubmitResult {
    uc::submit_order(
        &t.db,
        ctx,
        t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]),
    )
    .await
    .unwrap()
}

/// Today's and the last seven days' count of new → assigned (the fast path).
fn fast_path(flow: &FlowStats) -> (i32, i32) {
    let e = flow
        .edges
        .iter()
        .find(|e| e.from == ItemStatus::New && e.to == ItemStatus::Assigned)
        .expect("the fast path is always drawn");
    (e.today, e.last_seven_days)
}

#[tokio::test]
async fn every_allowed_path_is_drawn_even_without_traffic() {
    let t = spawn().await;
    let flow = engine::read::flow_stats(&t.db, now(), UTC).await.unwrap();
    let allowed: usize = ItemStatus::ALL.iter().map(|s| s.moves().len()).sum();
    assert_eq!(flow.edges.len(), allowed);
    assert!(flow
        .edges
        .iter()
        .all(|e| e.today == 0 && e.last_seven_days == 0));
}

#[tokio::test]
async fn the_period_is_the_last_seven_days_not_since_monday() {
    let t = spawn().await;
    // Sunday 29 November 2026, 23:55 in Vienna.
    let sunday = in_vienna("2026-11-29T22:55:00Z");
    submit_monitor(&t, &sunday).await;
    let flow_at = |now: &'static str| {
        let db = t.db.clone();
        async move {
            fast_path(
                &engine::read::flow_stats(&db, at(now), vienna())
                    .await
                    .unwrap(),
            )
        }
    };
    // Sunday 23:55: today's.
    assert_eq!(flow_at("2026-11-29T22:55:00Z").await, (1, 1));
    // Monday 00:05: yesterday's, still in the last seven days.
    assert_eq!(flow_at("2026-11-29T23:05:00Z").await, (0, 1));
    // The month's last minute, Monday 30 November 23:59.
    assert_eq!(flow_at("2026-11-30T22:59:00Z").await, (0, 1));
    // The first of the month, and a week after the move it is gone.
    assert_eq!(flow_at("2026-11-30T23:01:00Z").await, (0, 1));
    assert_eq!(flow_at("2026-12-06T22:56:00Z").await, (0, 0));
}

#[tokio::test]
async fn today_follows_the_shops_midnight_not_utcs() {
    let t = spawn().await;
    // 23:50 in Vienna on Monday 30 November (22:50 UTC).
    submit_monitor(&t, &in_vienna("2026-11-30T22:50:00Z")).await;
    // 00:30 on Tuesday in Vienna is still Monday in UTC.
    let half_past = at("2026-11-30T23:30:00Z");
    let vienna_flow = engine::read::flow_stats(&t.db, half_past, vienna())
        .await
        .unwrap();
    let utc_flow = engine::read::flow_stats(&t.db, half_past, UTC)
        .await
        .unwrap();
    assert_eq!(fast_path(&vienna_flow), (0, 1), "yesterday in Vienna");
    assert_eq!(fast_path(&utc_flow), (1, 1), "today in UTC");
    assert_eq!(
        in_vienna("2026-11-30T23:30:00Z").today().to_string(),
        "2026-12-01"
    );
}

#[tokio::test]
async fn working_hours_and_the_planners_day_are_the_shops() {
    let t = spawn().await;
    let ctx = in_vienna("2026-11-30T23:30:00Z"); // Tue 1 Dec, 00:30 in Vienna
    let monitor = submit_monitor(&t, &ctx).await.items[0].clone();
    assert_eq!(monitor.status, ItemStatus::Ready);
    // The window opens today, Tue 1 Dec; the driver starts at 07:00 Vienna time.
    let s = uc::suggest_slot(&t.db, &ctx, monitor.item_id, 60)
        .await
        .unwrap();
    assert_eq!(s.start, "2026-12-01T06:00:00+00:00", "{s:?}");
    // 07:15 in Vienna is 06:15 UTC: inside the day's hours there, no override needed.
    let booked = uc::schedule_item(
        &t.db,
        &ctx,
        ScheduleInput {
            item_id: monitor.item_id,
            expected_version: monitor.version,
            resource_id: s.resource_id,
            start: "2026-12-01T06:15:00Z".into(),
            end: "2026-12-01T07:15:00Z".into(),
            override_reason: None,
        },
    )
    .await
    .unwrap();
    assert_eq!(booked[0].status, ItemStatus::Scheduled);
    assert!(
        booked[0].reason.contains("07:15"),
        "the reason says the shop's time: {}",
        booked[0].reason
    );
    // The planner's Tuesday is Vienna's: from 23:00 UTC on Monday.
    let view = engine::read::planner(&t.db, "2026-12-01", 1, vienna())
        .await
        .unwrap();
    let on_tuesday: usize = view.resources.iter().map(|r| r.bookings.len()).sum();
    assert_eq!(on_tuesday, 1);
    let sheet = engine::read::day_sheet(&t.db, s.resource_id, "2026-12-01", vienna())
        .await
        .unwrap();
    assert_eq!(sheet.stops.len(), 1);
    // A desk in UTC reads 06:15 UTC as before the 07:00 start: overtime.
    let early = submit_monitor(&t, &ctx).await.items[0].clone();
    let other = *t
        .shop
        .resources
        .iter()
        .find(|r| **r != s.resource_id)
        .unwrap();
    let refused = uc::schedule_item(
        &t.db,
        &Ctx::new("tester", at("2026-11-30T23:30:00Z")),
        ScheduleInput {
            item_id: early.item_id,
            expected_version: early.version,
            resource_id: other,
            start: "2026-12-01T06:15:00Z".into(),
            end: "2026-12-01T07:15:00Z".into(),
            override_reason: None,
        },
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&refused, engine::Error::Overridable(m) if m.conflicts == [engine::domain::resource::ConflictKind::OutsideHours] && m.message.contains("06:15–07:15 is outside")),
        "{refused:?}"
    );
}
