//! The drop map a drag paints agrees with the drop: every start it marks free
//! books, every one it marks overridable asks for a reason, every one it
//! marks refused is refused, on every resource, over the whole day.

use crate::helpers::*;
use engine::read::planner::{DropMap, DropVerdict};
use engine::usecases as uc;
use engine::Error;

/// What the booking use case answers for a start, as a verdict; a booking it
/// made is taken back so the next start meets the same calendar.
async fn verdict_of_booking(
    t: &TestShop,
    item_id: i32,
    version: &mut i32,
    resource_id: i32,
    day: &str,
    start: i32,
    minutes: i32,
) -> (DropVerdict, String) {
    let hm = |m: i32| format!("{:02}:{:02}", m / 60, m % 60);
    let end = start + minutes;
    let mut input = slot(item_id, *version, resource_id, day, &hm(start), &hm(end));
    if end == 24 * 60 {
        input.end = format!(
            "{}T00:00:00Z",
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .unwrap()
                .succ_opt()
                .unwrap()
        );
    }
    match uc::schedule_item(&t.db, &ctx(), input).await {
        Ok(out) => {
            let back = uc::unschedule_item(&t.db, &ctx(), item_id, out[0].version)
                .await
                .unwrap();
            *version = back[0].version;
            (DropVerdict::Free, String::new())
        }
        Err(Error::Overridable(r)) => (DropVerdict::Overridable, r.message),
        Err(Error::Refused(r)) => (DropVerdict::Refused, r.message),
        Err(other) => panic!("{day} {} on {resource_id}: {other}", hm(start)),
    }
}

async fn agrees(t: &TestShop, item_id: i32, day: &str, minutes: i32) -> DropMap {
    let map = uc::drop_map(&t.db, &ctx(), item_id, day, minutes)
        .await
        .unwrap();
    assert_eq!(map.refused, None, "{day} is plannable");
    let mut version = engine::read::item_detail(&t.db, item_id)
        .await
        .unwrap()
        .version;
    for row in &map.resources {
        for start in (0..=24 * 60 - minutes).step_by(map.step_minutes as usize) {
            let painted = row.verdict_at(start);
            let (booked, why) = verdict_of_booking(
                t,
                item_id,
                &mut version,
                row.resource_id,
                day,
                start,
                minutes,
            )
            .await;
            assert_eq!(
                painted, booked,
                "resource {} at minute {start}: the map says {painted:?}, the drop {booked:?} ({why})",
                row.resource_id
            );
        }
    }
    map
}

#[tokio::test]
async fn every_start_the_map_marks_is_what_the_drop_answers() {
    let t = spawn().await;
    let a = queued_monitor(&t).await;
    let b = queued_monitor(&t).await;
    // Wed 2 Dec 2026: Dana (the first driver) has a job 09:00–10:00.
    book(&t, a.item_id, a.version, "2026-12-02", "09:00", "10:00").await;
    let map = agrees(&t, b.item_id, "2026-12-02", 60).await;
    let dana = &map.resources[0];
    assert_eq!(dana.verdict_at(9 * 60), DropVerdict::Refused);
    let clash = dana
        .spans
        .iter()
        .find(|s| s.from_minute <= 9 * 60 && 9 * 60 < s.to_minute)
        .unwrap();
    assert!(
        clash
            .reason
            .as_deref()
            .unwrap()
            .starts_with("Dana Weber is already booked Wed 09:00–10:00"),
        "{clash:?}"
    );
    assert_eq!(
        dana.verdict_at(10 * 60 + 15),
        DropVerdict::Overridable,
        "inside the travel buffer"
    );
    assert_eq!(dana.verdict_at(10 * 60 + 30), DropVerdict::Free);
    assert_eq!(
        dana.verdict_at(6 * 60),
        DropVerdict::Overridable,
        "before her hours"
    );
}

#[tokio::test]
async fn a_technician_job_refuses_whole_rows_with_the_reason() {
    let t = spawn().await;
    let r = submit(&t, vec![line(t.svc("SETUP"), &[])]).await;
    let it = &r.items[0];
    assert_eq!(it.status, engine::domain::ItemStatus::Ready, "{it:?}");
    let view = engine::read::planner(&t.db, "2026-12-02", 1, UTC)
        .await
        .unwrap();
    let queued = view.queue.iter().find(|q| q.item_id == it.item_id).unwrap();
    assert_eq!(
        (queued.services.as_str(), queued.needs.as_str()),
        ("On-site set-up", "a technician, room for 1 unit"),
        "the queue card says what the job needs"
    );
    let map = agrees(&t, it.item_id, "2026-12-02", 90).await;
    let refused: Vec<_> = map
        .resources
        .iter()
        .filter_map(|r| r.refused.clone())
        .collect();
    assert_eq!(refused.len(), 2, "the driver and the van: {refused:?}");
    assert!(
        refused[0].starts_with("The job needs a technician; Dana Weber is a driver"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_moved_booking_is_judged_without_itself_and_a_past_day_is_refused() {
    let t = spawn().await;
    let a = queued_monitor(&t).await;
    let booked = book(&t, a.item_id, a.version, "2026-12-02", "09:00", "10:00").await;
    let map = uc::drop_map(&t.db, &ctx(), booked[0].item_id, "2026-12-02", 60)
        .await
        .unwrap();
    assert_eq!(
        map.resources[0].verdict_at(9 * 60 + 30),
        DropVerdict::Free,
        "a booking does not clash with where it is"
    );
    let past = uc::drop_map(&t.db, &ctx(), booked[0].item_id, "2026-11-24", 60)
        .await
        .unwrap();
    assert!(past.refused.unwrap().contains("past"));
}
