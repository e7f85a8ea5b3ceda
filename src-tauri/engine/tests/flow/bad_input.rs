//! Bad input gets a specific error naming the field and leaves the database unchanged.

use crate::helpers::*;
use engine::usecases::{self as uc, NewOrderInput, ScheduleInput};
use engine::Error;

async fn refused_submit(t: &TestShop, order: NewOrderInput) -> Error {
    let before = t.fingerprint().await;
    let e = uc::submit_order(&t.db, &ctx(), order).await.unwrap_err();
    assert_eq!(
        t.fingerprint().await,
        before,
        "a refused submit changed the database: {e}"
    );
    e
}

fn field_of(e: &Error) -> &str {
    match e {
        Error::Validation { field, .. } => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[tokio::test]
async fn each_bad_order_field_is_named() {
    let t = spawn().await;
    let monitor = t.svc("MONITOR-BUY");
    type Spoil = Box<dyn Fn(&mut NewOrderInput)>;
    let rows: Vec<(&str, Spoil)> = vec![
        ("customerId", Box::new(|o| o.customer_id = 999)),
        ("customerId", Box::new(|o| o.customer_id = 0)),
        ("recipientId", Box::new(|o| o.recipient_id = 0)),
        (
            "items[0].serviceId",
            Box::new(|o| o.items[0].service_id = 0),
        ),
        ("recipientId", Box::new(|o| o.recipient_id = 999)),
        ("recipientId", Box::new(|o| o.recipient_id = 4)), // belongs to Brightline
        ("items", Box::new(|o| o.items.clear())),
        ("note", Box::new(|o| o.note = "n".repeat(2001))),
        (
            "items[0].serviceId",
            Box::new(|o| o.items[0].service_id = 999),
        ),
        ("items[0].quantity", Box::new(|o| o.items[0].quantity = 0)),
        (
            "items[0].quantity",
            Box::new(|o| o.items[0].quantity = 1001),
        ),
        (
            "items[0].window.end",
            Box::new(|o| o.items[0].window_end = "2026-11-30".into()),
        ),
        (
            "items[0].window.start",
            Box::new(|o| o.items[0].window_start = "next tuesday".into()),
        ),
        (
            "items[0].address.line1",
            Box::new(|o| o.items[0].address.line1 = " ".into()),
        ),
        (
            "items[0].address.line1",
            Box::new(|o| o.items[0].address.line1 = "x".repeat(101)),
        ),
        (
            "items[0].address.postalCode",
            Box::new(|o| o.items[0].address.postal_code = "1".repeat(31)),
        ),
        (
            "items[0].address.countryCode",
            Box::new(|o| o.items[0].address.country_code = "Austria".into()),
        ),
        (
            "items[0].address.addition",
            Box::new(|o| o.items[0].address.addition = "a".repeat(1501)),
        ),
        (
            "items[0].specs",
            Box::new(|o| {
                o.items[0].specs.insert("bad key!".into(), "x".into());
            }),
        ),
        (
            "items[0].specs.size",
            Box::new(|o| {
                o.items[0].specs.insert("size".into(), ">=big".into());
            }),
        ),
        (
            "items[1].quantity",
            Box::new(|o| {
                let mut second = o.items[0].clone();
                second.quantity = -3;
                o.items.push(second);
            }),
        ),
    ];
    for (want, spoil) in rows {
        let mut order = t.order(vec![line(monitor, &[("size", "22")])]);
        spoil(&mut order);
        let e = refused_submit(&t, order).await;
        assert_eq!(field_of(&e), want, "{e}");
    }
}

/// A form left blank hears about it top-down, in words a person understands.
#[tokio::test]
async fn blanks_are_named_in_form_order() {
    let t = spawn().await;
    let mut order = t.order(vec![line(0, &[])]);
    order.customer_id = 0;
    order.recipient_id = 0;
    order.items[0].quantity = 0;
    let e = refused_submit(&t, order.clone()).await;
    assert_eq!(field_of(&e), "customerId");
    assert!(e.to_string().contains("choose a customer"), "{e}");
    order.customer_id = t.shop.customers[0].0;
    let e = refused_submit(&t, order.clone()).await;
    assert_eq!(field_of(&e), "recipientId");
    assert!(e.to_string().contains("choose who receives"), "{e}");
    order.recipient_id = t.shop.customers[0].1[0];
    let e = refused_submit(&t, order.clone()).await;
    assert_eq!(field_of(&e), "items[0].serviceId");
    assert!(e.to_string().contains("choose a service"), "{e}");
    order.items[0].service_id = t.svc("MONITOR-BUY");
    let e = refused_submit(&t, order).await;
    assert_eq!(field_of(&e), "items[0].quantity");
}

/// The result says what each item is and where it went, linked services included.
#[tokio::test]
async fn submit_says_where_each_item_went() {
    let t = spawn().await;
    let r = uc::submit_order(
        &t.db,
        &ctx(),
        t.order(vec![
            line(t.svc("MONITOR-BUY"), &[("size", "27")]),
            line(t.svc("LAPTOP-BUY"), &[("ram", "16GB"), ("cpu", "m3")]),
        ]),
    )
    .await
    .unwrap();
    assert_eq!(r.placed.len(), r.items.len());
    let rows: Vec<_> = r
        .placed
        .iter()
        .map(|p| (p.position, p.service_name.as_str(), p.added_for))
        .collect();
    assert_eq!(
        rows,
        vec![
            (1, "Monitor", None),
            (2, "Business laptop", None),
            (3, "Device management", Some(2)),
        ]
    );
    for (p, o) in r.placed.iter().zip(&r.items) {
        assert_eq!(p.item_id, o.item_id);
        assert_eq!(p.status_label, o.status.label());
    }
    assert_eq!(r.placed[0].status_label, "Needs assignment");
}

#[tokio::test]
async fn unknown_ids_are_not_found_and_change_nothing() {
    let t = spawn().await;
    let before = t.fingerprint().await;
    let c = ctx();
    let errs = vec![
        uc::approve_item(&t.db, &c, 4242, 1, "").await.unwrap_err(),
        uc::mark_prepared(&t.db, &c, 4242, 1, &[])
            .await
            .unwrap_err(),
        uc::cancel_item(&t.db, &c, 4242, 1, "x").await.unwrap_err(),
        uc::cancel_order(&t.db, &c, 4242, "x").await.unwrap_err(),
        uc::complete_order(&t.db, &c, 4242, 1).await.unwrap_err(),
        engine::read::item_candidates(&t.db, 4242)
            .await
            .unwrap_err(),
        engine::read::item_detail(&t.db, 4242).await.unwrap_err(),
    ];
    for e in errs {
        assert!(matches!(e, Error::NotFound { id: 4242, .. }), "{e:?}");
    }
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn bad_schedule_input_is_named() {
    let t = spawn().await;
    let it = uc::submit_order(
        &t.db,
        &ctx(),
        t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]),
    )
    .await
    .unwrap()
    .items[0]
        .clone();
    let before = t.fingerprint().await;
    let mk = |start: &str, end: &str, resource_id: i32| ScheduleInput {
        item_id: it.item_id,
        expected_version: it.version,
        resource_id,
        start: start.into(),
        end: end.into(),
        override_reason: None,
    };
    let r = t.shop.resources[0];
    let cases = [
        (mk("2026-12-01T10:00:00Z", "2026-12-01T09:00:00Z", r), "end"),
        (mk("2026-12-01T10:00:00Z", "2026-12-01T10:00:00Z", r), "end"),
        (mk("tomorrow", "2026-12-01T09:00:00Z", r), "start"),
        (
            mk("2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z", 77),
            "resourceId",
        ),
    ];
    for (input, want) in cases {
        let e = uc::schedule_item(&t.db, &ctx(), input).await.unwrap_err();
        assert_eq!(field_of(&e), want, "{e}");
    }
    // Outside the recipient's window (2026-12-01..04).
    let e = uc::schedule_item(
        &t.db,
        &ctx(),
        mk("2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z", r),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(e, Error::Overridable(ref m) if m.conflicts.contains(&engine::domain::resource::ConflictKind::OutsideWindow)),
        "{e}"
    );
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn illegal_moves_name_the_statuses() {
    let t = spawn().await;
    let it = uc::submit_order(
        &t.db,
        &ctx(),
        t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]),
    )
    .await
    .unwrap()
    .items[0]
        .clone();
    let before = t.fingerprint().await;
    let e = uc::mark_delivered(&t.db, &ctx(), it.item_id, it.version)
        .await
        .unwrap_err();
    match &e {
        Error::IllegalTransition { from, to, reason } => {
            assert_eq!((from.as_str(), to.as_str()), ("ready", "delivered"));
            assert!(reason.to_string().contains("scheduled"), "{reason}");
        }
        other => panic!("{other}"),
    }
    let e = uc::dispatch_item(&t.db, &ctx(), it.item_id, it.version)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }));
    let e = uc::release_hold(&t.db, &ctx(), it.item_id, it.version, "")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Refused(ref r) if r.kind == engine::RefusalKind::NotOnHold));
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn bad_rules_are_refused_by_field() {
    let t = spawn().await;
    let before = t.fingerprint().await;
    let mut spec = engine::domain::rules::default_rules().remove(0);
    spec.name = "n".repeat(81);
    let e = uc::create_rule(&t.db, &ctx(), spec).await.unwrap_err();
    assert_eq!(field_of(&e), "name");
    assert_eq!(t.fingerprint().await, before);
}

#[tokio::test]
async fn resources_are_created_edited_and_checked() {
    use engine::domain::resource::ResourceKind;
    use engine::usecases::ResourceInput;
    let t = spawn().await;
    let input = ResourceInput {
        name: "Ola Berg".into(),
        kind: ResourceKind::Technician,
        skills: vec!["installation".into()],
        capacity: 4,
        work_start: "09:00".into(),
        work_end: "15:00".into(),
        work_days: vec![1, 3, 5],
        days_off: vec!["2026-12-24".into()],
    };
    let id = uc::create_resource(&t.db, &ctx(), input.clone())
        .await
        .unwrap();
    let bad = ResourceInput {
        work_end: "08:00".into(),
        ..input.clone()
    };
    let e = uc::update_resource(&t.db, &ctx(), id, 1, bad)
        .await
        .unwrap_err();
    assert_eq!(field_of(&e), "workEnd");
    let v = uc::update_resource(
        &t.db,
        &ctx(),
        id,
        1,
        ResourceInput {
            capacity: 6,
            ..input.clone()
        },
    )
    .await
    .unwrap();
    assert_eq!(v, 2);
    let e = uc::update_resource(&t.db, &ctx(), id, 1, input)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Conflict { .. }), "{e}");
    let view = engine::read::planner(&t.db, "2026-12-01", 7, UTC)
        .await
        .unwrap();
    let ola = view.resources.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        (ola.capacity, ola.version, ola.days_off.clone()),
        (6, 2, vec!["2026-12-24".to_string()])
    );
}

/// Found by the proptest: a cancelled item used to get an empty booking.
#[tokio::test]
async fn a_cancelled_item_cannot_be_scheduled_or_suggested() {
    let t = spawn().await;
    let it = uc::submit_order(
        &t.db,
        &ctx(),
        t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "22")])]),
    )
    .await
    .unwrap()
    .items[0]
        .clone();
    let c = uc::cancel_item(&t.db, &ctx(), it.item_id, it.version, "dup")
        .await
        .unwrap();
    let before = t.fingerprint().await;
    let e = uc::suggest_slot(&t.db, &ctx(), it.item_id, 60)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }), "{e}");
    let input = ScheduleInput {
        item_id: it.item_id,
        expected_version: c.version,
        resource_id: t.shop.resources[0],
        start: "2026-12-01T09:00:00Z".into(),
        end: "2026-12-01T10:00:00Z".into(),
        override_reason: None,
    };
    let e = uc::schedule_item(&t.db, &ctx(), input).await.unwrap_err();
    assert!(matches!(e, Error::IllegalTransition { .. }), "{e}");
    assert_eq!(t.fingerprint().await, before);
}
