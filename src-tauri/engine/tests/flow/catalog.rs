//! The shop's own catalog: create, edit, archive and restore services and
//! products; every refusal names its field and changes nothing; a change
//! reaches the order form, the rules and D2 at once.

use super::helpers::*;
use engine::domain::catalog::{
    AuditAction, CatalogEntry, OfferType, ProductInput, ServiceInput, ServiceKind, ServiceLink,
};
use engine::domain::ItemStatus;
use engine::usecases as uc;
use engine::Error;
use std::collections::BTreeMap;

fn workstation() -> ProductInput {
    ProductInput {
        sku: "WS-049".into(),
        name: "Curved monitor 49\"".into(),
        category: "monitor".into(),
        specs: [("size".to_string(), "49".to_string())].into(),
        unit_price: "1299.00".into(),
    }
}

fn rental() -> ServiceInput {
    ServiceInput {
        code: "monitor-rent".into(),
        name: "Monitor rental".into(),
        kind: ServiceKind::Hardware,
        offer_type: OfferType::Rental,
        recurring: true,
        requires_approval: false,
        one_time: String::new(),
        monthly: "25".into(),
        product_category: Some("Monitor".into()),
        required_spec_keys: vec!["size".into()],
        needs_technician: false,
        prerequisites: vec![],
        links: vec![],
    }
}

async fn service(t: &TestShop, id: i32) -> engine::read::ServiceView {
    engine::read::catalog_view(&t.db)
        .await
        .unwrap()
        .services
        .into_iter()
        .find(|s| s.id == id)
        .unwrap()
}

async fn product(t: &TestShop, id: i32) -> engine::read::ProductView {
    engine::read::catalog_view(&t.db)
        .await
        .unwrap()
        .products
        .into_iter()
        .find(|p| p.id == id)
        .unwrap()
}

async fn product_of(t: &TestShop, item_id: i32) -> Option<i64> {
    sqlx::query_scalar("SELECT product_id FROM items WHERE id = ?")
        .bind(item_id)
        .fetch_one(t.db.pool())
        .await
        .unwrap()
}

fn field_of(e: Error) -> String {
    match e {
        Error::Validation { field, .. } => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_new_service_and_product_reach_the_order_form_and_d2_at_once() {
    let t = spawn().await;
    let pid = uc::create_product(&t.db, &ctx(), workstation())
        .await
        .unwrap();
    let sid = uc::create_service(&t.db, &ctx(), rental()).await.unwrap();

    let s = service(&t, sid).await;
    assert_eq!(
        (s.code.as_str(), s.version, s.archived),
        ("MONITOR-RENT", 1, false)
    );
    assert_eq!(s.product_category.as_deref(), Some("monitor"));
    assert_eq!(s.monthly_cents, 2_500);
    let p = product(&t, pid).await;
    assert_eq!((p.unit_cents, p.units, p.items), (129_900, 0, 0));
    assert_eq!(
        p.offered_by,
        vec!["Monitor".to_string(), "Monitor rental".into()]
    );

    let reference = engine::read::reference_data(&t.db).await.unwrap();
    assert!(reference
        .services
        .iter()
        .any(|r| r.id == sid && r.name == "Monitor rental"));

    // D2 picks the new product: the only monitor of 49".
    let r = submit(&t, vec![line(sid, &[("size", "49")])]).await;
    assert_eq!(r.items[0].status, ItemStatus::Assigned, "{:?}", r.items[0]);
    assert_eq!(product_of(&t, r.items[0].item_id).await, Some(pid.into()));
    assert_eq!(
        (
            service(&t, sid).await.items,
            service(&t, sid).await.open_items
        ),
        (1, 1)
    );
    assert_eq!(product(&t, pid).await.items, 1);

    let history = engine::read::catalog_history(&t.db, CatalogEntry::Service, sid)
        .await
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(
        (history[0].action, history[0].actor.as_str()),
        (AuditAction::Created, "tester")
    );
}

#[tokio::test]
async fn an_archived_service_is_never_ordered_but_its_items_keep_its_name() {
    let t = spawn().await;
    let sid = t.svc("MONITOR-BUY");
    let before = queued_monitor(&t).await;
    let v = service(&t, sid).await.version;
    let v = uc::archive_service(&t.db, &ctx(), sid, v, true)
        .await
        .unwrap();

    let reference = engine::read::reference_data(&t.db).await.unwrap();
    assert!(!reference.services.iter().any(|r| r.id == sid));
    let e = uc::submit_order(&t.db, &ctx(), t.order(vec![line(sid, &[("size", "22")])]))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("Monitor is archived"), "{e}");
    assert_eq!(field_of(e), "items[0].serviceId");
    assert_eq!(card_of(&t, before.item_id).await.service_name, "Monitor");
    let s = service(&t, sid).await;
    assert!(s.archived);
    assert_eq!(s.open_items, 1);

    // Restored, it can be ordered again.
    uc::archive_service(&t.db, &ctx(), sid, v, false)
        .await
        .unwrap();
    assert_eq!(queued_monitor(&t).await.status, ItemStatus::Ready);
    let actions: Vec<_> = engine::read::catalog_history(&t.db, CatalogEntry::Service, sid)
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.action)
        .collect();
    assert_eq!(
        actions,
        vec![AuditAction::Unarchived, AuditAction::Archived]
    );
}

#[tokio::test]
async fn an_archived_product_is_never_picked_nor_assigned() {
    let t = spawn().await;
    let pid = uc::create_product(&t.db, &ctx(), workstation())
        .await
        .unwrap();
    uc::archive_product(&t.db, &ctx(), pid, 1, true)
        .await
        .unwrap();

    let r = submit(&t, vec![line(t.svc("MONITOR-BUY"), &[("size", "49")])]).await;
    let it = &r.items[0];
    assert_eq!(it.status, ItemStatus::NeedsAssignment, "{it:?}");
    let candidates = engine::read::item_candidates(&t.db, it.item_id)
        .await
        .unwrap();
    assert!(!candidates.iter().any(|c| c.product_id == pid));
    let e = uc::assign_product(&t.db, &ctx(), it.item_id, it.version, pid, "")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("is archived"), "{e}");
    assert_eq!(field_of(e), "productId");
    assert_eq!(product_of(&t, it.item_id).await, None);
}

#[tokio::test]
async fn edits_are_versioned_logged_and_a_stale_one_is_a_conflict() {
    let t = spawn().await;
    let pid = uc::create_product(&t.db, &ctx(), workstation())
        .await
        .unwrap();
    let mut input = workstation();
    input.name = "Curved monitor 49\" (USB-C)".into();
    input.unit_price = "1.199,00".into();
    assert_eq!(
        uc::update_product(&t.db, &ctx(), pid, 1, input.clone())
            .await
            .unwrap(),
        2
    );
    let history = engine::read::catalog_history(&t.db, CatalogEntry::Product, pid)
        .await
        .unwrap();
    assert_eq!(history[0].action, AuditAction::Edited);
    assert_eq!(
        history[0].changes,
        vec![
            "name: Curved monitor 49\" → Curved monitor 49\" (USB-C)".to_string(),
            "unit price: 1,299.00 → 1,199.00".into()
        ]
    );
    // A German desk reads the same edit in German; an entry written without
    // its changes as data (before they were kept) shows its lines as stored.
    sqlx::query(
        "INSERT INTO audit_log (at, actor, entity, entity_id, action, changes)
         VALUES ('2026-11-30T08:00:00+00:00', 'Sam', 'product', ?, 'edited', '[\"SKU: A → B\"]')",
    )
    .bind(pid)
    .execute(t.db.pool())
    .await
    .unwrap();
    let german = engine::read::catalog_history(
        &t.db.speaking(engine::i18n::Lang::De),
        CatalogEntry::Product,
        pid,
    )
    .await
    .unwrap();
    assert_eq!(
        german[1].changes,
        [
            "Name: Curved monitor 49\" → Curved monitor 49\" (USB-C)",
            "Stückpreis: 1.299,00 → 1.199,00"
        ]
    );
    assert_eq!(german[0].changes, ["SKU: A → B"]);

    let before = t.fingerprint().await;
    input.name = "Someone else's edit".into();
    let e = uc::update_product(&t.db, &ctx(), pid, 1, input)
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::Conflict {
                expected: 1,
                found: 2,
                ..
            }
        ),
        "{e:?}"
    );
    let e = uc::archive_product(&t.db, &ctx(), pid, 1, true)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Conflict { .. }), "{e:?}");
    let sid = t.svc("MDM");
    let e = uc::update_service(&t.db, &ctx(), sid, 7, rental())
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::Conflict {
                expected: 7,
                found: 1,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(before, t.fingerprint().await);
}

/// Each row: an edit to a valid service, the field Rust names, and words of its reason.
#[tokio::test]
async fn every_bad_service_is_refused_with_its_field_and_nothing_changes() {
    let t = spawn().await;
    let mdm = t.svc("MDM");
    let tenant = t.svc("TENANT");
    let m365 = t.svc("M365");
    type Edit = Box<dyn Fn(&mut ServiceInput)>;
    let rows: Vec<(i32, Edit, &str, &str)> = vec![
        (0, Box::new(|s| s.name = "  ".into()), "name", "required"),
        (
            0,
            Box::new(|s| s.code = "laptop-buy".into()),
            "code",
            "already the code of Business laptop",
        ),
        (
            0,
            Box::new(|s| s.code = "MON RENT".into()),
            "code",
            "spaces",
        ),
        (
            0,
            Box::new(|s| s.one_time = "-1".into()),
            "oneTime",
            "negative",
        ),
        (
            0,
            Box::new(|s| s.one_time = "twelve".into()),
            "oneTime",
            "not an amount",
        ),
        (
            0,
            Box::new(|s| s.monthly = "0".into()),
            "monthly",
            "recurring service needs a monthly cost",
        ),
        (
            0,
            Box::new(|s| s.recurring = false),
            "monthly",
            "one-time service has no monthly cost",
        ),
        (
            0,
            Box::new(|s| s.product_category = Some("monitors".into())),
            "productCategory",
            "no product is a \"monitors\"",
        ),
        (
            0,
            Box::new(|s| s.required_spec_keys = vec!["size".into(), "SIZE".into()]),
            "requiredSpecKeys[1]",
            "twice",
        ),
        (
            0,
            Box::new(|s| {
                s.links = vec![ServiceLink {
                    service_id: 9999,
                    mandatory: true,
                }]
            }),
            "links[0]",
            "no service with id 9999",
        ),
        (
            0,
            Box::new(move |s| s.prerequisites = vec![mdm, mdm]),
            "prerequisites[1]",
            "listed twice",
        ),
        (
            mdm,
            Box::new(move |s| {
                s.code = "MDM".into();
                s.links = vec![ServiceLink {
                    service_id: mdm,
                    mandatory: false,
                }]
            }),
            "links[0]",
            "cannot list itself",
        ),
        (
            tenant,
            Box::new(move |s| {
                s.code = "TENANT".into();
                s.prerequisites = vec![m365]
            }),
            "prerequisites[0]",
            "round in a circle",
        ),
    ];
    let before = t.fingerprint().await;
    for (id, edit, field, words) in rows {
        let mut input = rental();
        edit(&mut input);
        let e = if id == 0 {
            uc::create_service(&t.db, &ctx(), input).await
        } else {
            uc::update_service(&t.db, &ctx(), id, 1, input).await
        }
        .unwrap_err();
        assert!(e.to_string().contains(words), "{field}: {e}");
        assert_eq!(field_of(e), field);
    }
    assert_eq!(before, t.fingerprint().await);
}

#[tokio::test]
async fn every_bad_product_is_refused_with_its_field_and_nothing_changes() {
    let t = spawn().await;
    type Edit = Box<dyn Fn(&mut ProductInput)>;
    let rows: Vec<(Edit, &str, &str)> = vec![
        (Box::new(|p| p.name = String::new()), "name", "required"),
        (
            Box::new(|p| p.sku = "laptop-001".into()),
            "sku",
            "already the SKU of",
        ),
        (Box::new(|p| p.sku = "".into()), "sku", "required"),
        (
            Box::new(|p| p.unit_price = "-100".into()),
            "unitPrice",
            "negative",
        ),
        (
            Box::new(|p| p.unit_price = "2000000".into()),
            "unitPrice",
            "more than 1,000,000.00",
        ),
        (
            Box::new(|p| p.category = "big screens".into()),
            "category",
            "spaces",
        ),
        (
            Box::new(|p| p.specs = BTreeMap::from([("size".into(), ">=40".into())])),
            "specs.size",
            "lower bound",
        ),
        (
            Box::new(|p| p.specs = BTreeMap::from([("screen size".into(), "49".into())])),
            "specs",
            "may hold only",
        ),
    ];
    let before = t.fingerprint().await;
    for (edit, field, words) in rows {
        let mut input = workstation();
        edit(&mut input);
        let e = uc::create_product(&t.db, &ctx(), input).await.unwrap_err();
        assert!(e.to_string().contains(words), "{field}: {e}");
        assert_eq!(field_of(e), field);
    }
    assert_eq!(before, t.fingerprint().await);
}

#[tokio::test]
async fn a_referenced_service_is_archived_only_after_what_needs_it() {
    let t = spawn().await;
    let (mdm, laptop, phone) = (t.svc("MDM"), t.svc("LAPTOP-BUY"), t.svc("PHONE-LEASE"));
    let before = t.fingerprint().await;
    let e = uc::archive_service(&t.db, &ctx(), mdm, 1, true)
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("linked service of Business laptop, Smartphone leasing"),
        "{e}"
    );
    assert_eq!(field_of(e), "archived");
    assert_eq!(before, t.fingerprint().await);

    uc::archive_service(&t.db, &ctx(), laptop, 1, true)
        .await
        .unwrap();
    uc::archive_service(&t.db, &ctx(), phone, 1, true)
        .await
        .unwrap();
    uc::archive_service(&t.db, &ctx(), mdm, 1, true)
        .await
        .unwrap();
    // The laptop links the archived MDM: it comes back only after MDM does.
    let e = uc::archive_service(&t.db, &ctx(), laptop, 2, false)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("Device management"), "{e}");
    let e = uc::archive_service(&t.db, &ctx(), mdm, 2, true)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("archived already"), "{e}");
    uc::archive_service(&t.db, &ctx(), mdm, 2, false)
        .await
        .unwrap();
    uc::archive_service(&t.db, &ctx(), laptop, 2, false)
        .await
        .unwrap();
}

#[tokio::test]
async fn an_ordered_product_keeps_its_category() {
    let t = spawn().await;
    let pid = uc::create_product(&t.db, &ctx(), workstation())
        .await
        .unwrap();
    submit(&t, vec![line(t.svc("MONITOR-BUY"), &[("size", "49")])]).await;
    let mut input = workstation();
    input.category = "dock".into();
    let e = uc::update_product(&t.db, &ctx(), pid, 1, input)
        .await
        .unwrap_err();
    assert!(
        e.to_string().contains("it is on 1 order item already"),
        "{e}"
    );
    assert_eq!(field_of(e), "category");
    // Its price may change: the items keep theirs.
    let mut input = workstation();
    input.unit_price = "999".into();
    assert_eq!(
        uc::update_product(&t.db, &ctx(), pid, 1, input)
            .await
            .unwrap(),
        2
    );
}
