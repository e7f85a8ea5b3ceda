//! What a probe of the command boundary found (issue 15), one test per case:
//! absurd and past dates, text with nothing visible or with control
//! characters, unlimited lists, and refusals a person could not read.

use crate::helpers::*;
use engine::domain::resource::ResourceKind;
use engine::usecases::{self as uc, ResourceInput, ScheduleInput};
use engine::Error;

fn field_of(e: &Error) -> &str {
    match e {
        Error::Validation { field, .. } => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

/// The refusal of `run`, which must leave the database as it was.
async fn refused<T: std::fmt::Debug>(
    t: &TestShop,
    run: impl std::future::Future<Output = engine::Result<T>>,
) -> Error {
    let before = t.fingerprint().await;
    let e = run.await.unwrap_err();
    assert_eq!(t.fingerprint().await, before, "refused ({e}) yet changed");
    e
}

#[tokio::test]
async fn plan_day_at_the_end_of_time_is_refused_with_the_field() {
    let t = spawn().await;
    for day in ["+262142-12-31", "-0001-01-01", "9999-12-31", "2020-01-06"] {
        let e = refused(&t, uc::plan_day(&t.db, &ctx(), day, 60)).await;
        assert_eq!(field_of(&e), "day", "{day}: {e}");
    }
}

#[tokio::test]
async fn planner_and_day_sheet_refuse_dates_outside_the_shops_years() {
    let t = spawn().await;
    let e = engine::read::planner(&t.db, "+262142-12-31", 31, UTC)
        .await
        .unwrap_err();
    assert_eq!(field_of(&e), "from");
    let e = engine::read::day_sheet(&t.db, t.shop.resources[0], "+262142-12-31", UTC)
        .await
        .unwrap_err();
    assert_eq!(field_of(&e), "date");
}

#[tokio::test]
async fn plan_day_uses_the_day_it_parsed() {
    let plans = async |day: &str| {
        let t = spawn().await;
        queued_monitor(&t).await;
        let plan = uc::plan_day(&t.db, &ctx(), day, 60).await.unwrap();
        (plan.placed.len(), plan.unplaced.len())
    };
    let want = plans("2026-12-01").await;
    assert_eq!(want, (1, 0), "the queued monitor is placed");
    assert_eq!(plans(" 2026-12-01 ").await, want);
    assert_eq!(plans("2026-12-1").await, want);
}

/// The search starts where the recipients' windows open; one far ahead is
/// refused in words instead of being searched (it overflowed at +262142).
#[tokio::test]
async fn suggest_slot_for_a_window_far_ahead_answers() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    // As a database written before windows were checked may hold it.
    sqlx::query("UPDATE items SET window_start = '2100-12-25', window_end = '2100-12-31'")
        .execute(t.db.pool())
        .await
        .unwrap();
    let e = uc::suggest_slot(&t.db, &ctx(), it.item_id, 60)
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::Refused(ref m) if m.kind == engine::RefusalKind::TooFarAhead && m.message.contains("2100-12-25")),
        "{e}"
    );
}

#[tokio::test]
async fn a_booking_in_the_past_or_far_ahead_is_refused_even_with_a_reason() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let at = |day: &str| insisted(&t, it.item_id, it.version, day);
    for day in ["2020-12-01", "2026-11-24", "9999-12-31", "2028-12-01"] {
        let e = refused(&t, uc::schedule_item(&t.db, &ctx(), at(day))).await;
        assert_eq!(field_of(&e), "start", "{day}: {e}");
    }
    let e = refused(&t, uc::schedule_item(&t.db, &ctx(), at("+262142-12-31"))).await;
    assert_eq!(field_of(&e), "start", "{e}");
}

#[tokio::test]
async fn a_reschedule_into_the_past_is_refused() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let booked = book(&t, it.item_id, it.version, "2026-12-01", "09:00", "10:00").await;
    let back = insisted(&t, it.item_id, booked[0].version, "2026-11-20");
    let e = refused(&t, uc::reschedule_item(&t.db, &ctx(), back)).await;
    assert_eq!(field_of(&e), "start", "{e}");
}

#[tokio::test]
async fn windows_ended_at_year_zero_or_beyond_the_horizon_are_refused() {
    let t = spawn().await;
    let cases = [
        ("2026-12-01", "+262142-12-31", "items[0].window.end"),
        ("0000-01-01", "2026-12-01", "items[0].window.start"),
        ("2000-01-03", "2000-01-07", "items[0].window.end"),
        ("2026-11-01", "2026-11-24", "items[0].window.end"),
        ("2026-12-01", "2027-12-31", "items[0].window.end"),
    ];
    for (start, end, want) in cases {
        let mut l = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
        l.window_start = start.into();
        l.window_end = end.into();
        let e = refused(&t, uc::submit_order(&t.db, &ctx(), t.order(vec![l]))).await;
        assert_eq!(field_of(&e), want, "{start}–{end}: {e}");
    }
    // A window that opened before today and is still open is fine.
    let mut l = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
    l.window_start = "2026-11-20".into();
    uc::submit_order(&t.db, &ctx(), t.order(vec![l]))
        .await
        .unwrap();
}

#[tokio::test]
async fn control_characters_in_specs_and_their_keys_are_refused() {
    let t = spawn().await;
    for (key, value) in [
        ("size", "22\u{0}"),
        ("size", "\u{1b}[2J"),
        ("si\u{0}ze", "22"),
    ] {
        let order = t.order(vec![line(t.svc("MONITOR-BUY"), &[(key, value)])]);
        let e = refused(&t, uc::submit_order(&t.db, &ctx(), order)).await;
        assert!(field_of(&e).starts_with("items[0].specs"), "{e}");
    }
}

#[tokio::test]
async fn text_with_nothing_visible_counts_as_empty() {
    let t = spawn().await;
    let blank = "\u{200B}\u{FEFF}";
    let it = queued_monitor(&t).await;
    let e = refused(
        &t,
        uc::hold_item(&t.db, &ctx(), it.item_id, it.version, blank),
    )
    .await;
    assert_eq!(field_of(&e), "reason");
    for (want, spoil) in [
        ("items[0].address.line1", 0),
        ("items[0].address.postalCode", 1),
        ("items[0].address.city", 2),
    ] {
        let mut l = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
        let a = &mut l.address;
        *[&mut a.line1, &mut a.postal_code, &mut a.city][spoil] = blank.into();
        let e = refused(&t, uc::submit_order(&t.db, &ctx(), t.order(vec![l]))).await;
        assert_eq!(field_of(&e), want, "{e}");
    }
    let e = refused(&t, uc::create_resource(&t.db, &ctx(), resource(blank))).await;
    assert_eq!(field_of(&e), "name");
    let mut rule = engine::domain::rules::default_rules().remove(0);
    rule.name = "\u{FEFF}".into();
    let e = refused(&t, uc::create_rule(&t.db, &ctx(), rule)).await;
    assert_eq!(field_of(&e), "name");
}

#[tokio::test]
async fn text_is_stored_in_nfc() {
    let t = spawn().await;
    let id = uc::create_resource(&t.db, &ctx(), resource("Rene\u{301} Mu\u{308}ller"))
        .await
        .unwrap();
    let name: String = sqlx::query_scalar("SELECT name FROM resources WHERE id = ?")
        .bind(id)
        .fetch_one(t.db.pool())
        .await
        .unwrap();
    assert_eq!(name, "Ren\u{E9} M\u{FC}ller");
}

#[tokio::test]
async fn country_codes_come_from_the_iso_list() {
    let t = spawn().await;
    for code in ["XX", "ZZ", "QQ"] {
        let mut l = line(t.svc("MONITOR-BUY"), &[("size", "22")]);
        l.address.country_code = code.into();
        let e = refused(&t, uc::submit_order(&t.db, &ctx(), t.order(vec![l]))).await;
        assert_eq!(field_of(&e), "items[0].address.countryCode", "{code}");
    }
}

#[tokio::test]
async fn a_resources_lists_are_limited() {
    let t = spawn().await;
    let many_skills = ResourceInput {
        skills: vec!["installation".into(); 5000],
        ..resource("Ola Berg")
    };
    let e = refused(&t, uc::create_resource(&t.db, &ctx(), many_skills)).await;
    assert_eq!(field_of(&e), "skills");
    let many_days_off = ResourceInput {
        days_off: vec!["2026-12-24".into(); 20_000],
        ..resource("Ola Berg")
    };
    let e = refused(&t, uc::create_resource(&t.db, &ctx(), many_days_off)).await;
    assert_eq!(field_of(&e), "daysOff");
    let far_off = ResourceInput {
        days_off: vec!["+262142-12-31".into()],
        ..resource("Ola Berg")
    };
    let e = refused(&t, uc::create_resource(&t.db, &ctx(), far_off)).await;
    assert_eq!(field_of(&e), "daysOff[0]");
}

#[tokio::test]
async fn a_huge_value_is_echoed_cut() {
    let t = spawn().await;
    let huge = "9".repeat(100_000);
    let e = refused(&t, uc::plan_day(&t.db, &ctx(), &huge, 60)).await;
    assert!(e.to_string().chars().count() < 120, "{e}");
    assert!(e.to_string().contains('…'), "{e}");
}

#[tokio::test]
async fn order_split_names_its_items_and_an_item_listed_twice() {
    let t = spawn().await;
    let r = submit(
        &t,
        vec![
            line(t.svc("MONITOR-BUY"), &[("size", "22")]),
            line(t.svc("MONITOR-BUY"), &[("size", "27")]),
            line(t.svc("MONITOR-BUY"), &[("size", "32")]),
        ],
    )
    .await;
    let first = (r.items[0].item_id, r.items[0].version);
    let e = refused(
        &t,
        uc::split_order(&t.db, &ctx(), r.order_id, &[first, first]),
    )
    .await;
    assert_eq!(field_of(&e), "items[1].itemId");
    assert!(e.to_string().contains("listed twice"), "{e}");
    let e = refused(&t, uc::split_order(&t.db, &ctx(), r.order_id, &[])).await;
    assert_eq!(field_of(&e), "items");
    let e = refused(
        &t,
        uc::split_order(&t.db, &ctx(), r.order_id, &[first, (4242, 1)]),
    )
    .await;
    assert_eq!(field_of(&e), "items[1].itemId");
}

/// 09:00–10:00 on `day` with the first driver, with a reason for whatever a person may override.
fn insisted(t: &TestShop, item_id: i32, version: i32, day: &str) -> ScheduleInput {
    ScheduleInput {
        override_reason: Some("the recipient agreed by phone".into()),
        ..slot(item_id, version, t.shop.resources[0], day, "09:00", "10:00")
    }
}

fn resource(name: &str) -> ResourceInput {
    ResourceInput {
        name: name.into(),
        kind: ResourceKind::Driver,
        skills: vec![],
        capacity: 4,
        work_start: "08:00".into(),
        work_end: "16:00".into(),
        work_days: vec![1, 2, 3, 4, 5],
        days_off: vec![],
    }
}

/// A booking's trail shows the year of a day in another year ("Fri 31 Dec"
/// alone once read as this year's).
#[tokio::test]
async fn a_booking_in_another_year_says_its_year() {
    let booked = async |day: &str| {
        let t = spawn().await;
        let it = queued_monitor(&t).await;
        let input = insisted(&t, it.item_id, it.version, day);
        uc::schedule_item(&t.db, &ctx(), input).await.unwrap();
        let d = engine::read::item_detail(&t.db, it.item_id).await.unwrap();
        d.timeline.last().unwrap().reasons.join(" ")
    };
    let next_year = booked("2027-01-05").await;
    assert!(
        next_year.contains("Tue 5 Jan 2027 09:00–10:00"),
        "{next_year}"
    );
    let this_year = booked("2026-12-01").await;
    assert!(this_year.contains("Tue 1 Dec 09:00–10:00"), "{this_year}");
}
