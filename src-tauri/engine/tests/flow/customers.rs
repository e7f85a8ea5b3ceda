//! The Customers screen's actions: create, edit, archive and bring back
//! customers, people and addresses; every refusal names its field and
//! changes nothing; what changes reaches the order form and the rules at once.

use super::helpers::*;
use engine::domain::customer::CustomerPart;
use engine::domain::order::OrderStatus;
use engine::domain::ItemStatus;
use engine::read::{self, CustomerDetail};
use engine::usecases::{self as uc, AddressInput, CustomerInput, PersonInput};
use engine::Error;

fn customer(number: &str, name: &str) -> CustomerInput {
    CustomerInput {
        number: number.into(),
        name: name.into(),
        is_new: false,
        flagged: false,
    }
}

fn person(name: &str, email: &str, phone: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        email: email.into(),
        phone: phone.into(),
    }
}

fn graz() -> AddressInput {
    AddressInput {
        line1: "Herrengasse 16".into(),
        postal_code: "8010".into(),
        city: "Graz".into(),
        country_code: "at".into(),
        addition: "2nd floor, ring twice".into(),
    }
}

/// A new customer with one person and one address.
async fn nordlicht(t: &TestShop) -> CustomerDetail {
    let c = uc::create_customer(&t.db, &ctx(), customer("N-100", "Nordlicht KG"))
        .await
        .unwrap();
    let c = uc::add_person(
        &t.db,
        &ctx(),
        c.id,
        person("Ida Berg", "ida@nordlicht.at", "+43 316 80 40"),
    )
    .await
    .unwrap();
    uc::add_address(&t.db, &ctx(), c.id, graz()).await.unwrap()
}

/// The error of a refused call, after checking the database is as it was.
async fn refused<T: std::fmt::Debug>(
    t: &TestShop,
    call: impl std::future::Future<Output = engine::Result<T>>,
    before: &[(String, u64)],
) -> Error {
    let e = call.await.unwrap_err();
    assert_eq!(
        t.fingerprint().await,
        before,
        "a refusal changed the database: {e}"
    );
    e
}

fn field_of(e: &Error) -> &str {
    match e {
        Error::Validation { field, .. } => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn audit(t: &TestShop, entity: &str, id: i32) -> Vec<(String, String, String)> {
    engine::store::audit::for_entity(t.db.pool(), entity, id)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.actor, r.action, r.changes))
        .collect()
}

#[tokio::test]
async fn a_new_customer_with_a_person_and_an_address_is_offered_to_the_order_form() {
    let t = spawn().await;
    let c = nordlicht(&t).await;
    assert_eq!(
        (c.number.as_str(), c.name.as_str(), c.version),
        ("N-100", "Nordlicht KG", 1)
    );
    assert_eq!(c.people[0].email, "ida@nordlicht.at");
    let a = &c.addresses[0];
    assert_eq!(
        (a.city.as_str(), a.country_code.as_str()),
        ("Graz", "AT"),
        "country codes read in capitals"
    );
    assert!(c.orders.is_empty());

    let list = read::customers_list(&t.db).await.unwrap();
    let row = list.iter().find(|r| r.id == c.id).unwrap();
    assert_eq!(
        (row.people, row.addresses, row.orders, row.city.as_str()),
        (1, 1, 0, "Graz")
    );

    let refs = read::reference_data(&t.db).await.unwrap();
    let offered = refs
        .customers
        .iter()
        .find(|r| r.id == c.id)
        .expect("offered");
    assert_eq!(offered.recipients[0].name, "Ida Berg");
    assert_eq!(offered.addresses.len(), 1);
    assert_eq!(offered.addresses[0].line1, "Herrengasse 16");
    assert_eq!(offered.addresses[0].label, "Herrengasse 16, 8010 Graz, AT");

    // …and an order for them goes through.
    let mut order = t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "27")])]);
    order.customer_id = c.id;
    order.recipient_id = c.people[0].id;
    uc::submit_order(&t.db, &ctx(), order).await.unwrap();
    let c = read::customer_detail(&t.db, c.id, UTC).await.unwrap();
    assert_eq!(c.orders.len(), 1);
    assert_eq!(c.orders[0].placed_on, "2026-11-25");
    assert_eq!(c.orders[0].recipient, "Ida Berg");

    // Every step is in the trail, by whom, with what it set.
    let trail = audit(&t, "customer", c.id).await;
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].0, "tester");
    assert_eq!(trail[0].1, "created");
    assert!(trail[0].2.contains("number: N-100"), "{}", trail[0].2);
    assert_eq!(audit(&t, "person", c.people[0].id).await[0].1, "created");
    assert_eq!(
        audit(&t, "address", c.addresses[0].id).await[0].1,
        "created"
    );
}

#[tokio::test]
async fn each_bad_field_is_named_and_nothing_is_saved() {
    let t = spawn().await;
    let c = nordlicht(&t).await;
    let before = t.fingerprint().await;
    let acme = t.shop.customers[0].0;
    let acme_number = read::customer_detail(&t.db, acme, UTC)
        .await
        .unwrap()
        .number;

    let cases: Vec<(&str, CustomerInput)> = vec![
        ("number", customer("", "X")),
        ("number", customer("N 101", "X")),
        ("name", customer("N-101", "   ")),
        // Another customer's number, in any case, is theirs.
        ("number", customer(&acme_number.to_lowercase(), "X")),
    ];
    for (field, input) in cases {
        let e = refused(
            &t,
            uc::create_customer(&t.db, &ctx(), input.clone()),
            &before,
        )
        .await;
        assert_eq!(field_of(&e), field, "{input:?}: {e}");
        let e = refused(
            &t,
            uc::update_customer(&t.db, &ctx(), c.id, 1, input.clone()),
            &before,
        )
        .await;
        assert_eq!(field_of(&e), field, "{input:?}: {e}");
    }
    let e = refused(
        &t,
        uc::create_customer(&t.db, &ctx(), customer(&acme_number, "X")),
        &before,
    )
    .await;
    assert!(
        e.to_string().contains("Acme Consulting GmbH"),
        "names whose number it is: {e}"
    );

    for (field, p) in [
        ("email", person("Ida", "ida.nordlicht.at", "")),
        ("email", person("Ida", "ida@nordlicht", "")),
        ("phone", person("Ida", "", "+43 316 IDA")),
        ("name", person("", "", "")),
    ] {
        let e = refused(&t, uc::add_person(&t.db, &ctx(), c.id, p.clone()), &before).await;
        assert_eq!(field_of(&e), field, "{p:?}");
        let e = refused(
            &t,
            uc::update_person(&t.db, &ctx(), c.people[0].id, 1, p.clone()),
            &before,
        )
        .await;
        assert_eq!(field_of(&e), field, "{p:?}");
    }

    type Spoil = fn(&mut AddressInput);
    let spoils: [(&str, Spoil); 5] = [
        ("address.line1", |a| a.line1 = "x".repeat(101)),
        ("address.postalCode", |a| a.postal_code = "9".repeat(31)),
        ("address.city", |a| a.city = " ".into()),
        ("address.countryCode", |a| a.country_code = "AUT".into()),
        ("address.addition", |a| a.addition = "y".repeat(1501)),
    ];
    for (field, spoil) in spoils {
        let mut a = graz();
        spoil(&mut a);
        let e = refused(&t, uc::add_address(&t.db, &ctx(), c.id, a.clone()), &before).await;
        assert_eq!(field_of(&e), field);
        let e = refused(
            &t,
            uc::update_address(&t.db, &ctx(), c.addresses[0].id, 1, a),
            &before,
        )
        .await;
        assert_eq!(field_of(&e), field);
    }

    // Something that is not there is not found, not invented.
    let e = refused(
        &t,
        uc::add_person(&t.db, &ctx(), 9999, person("Ida", "", "")),
        &before,
    )
    .await;
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
    let e = refused(
        &t,
        uc::set_archived(&t.db, &ctx(), CustomerPart::Address, 9999, 1, true),
        &before,
    )
    .await;
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
}

#[tokio::test]
async fn a_stale_edit_is_a_conflict_for_customers_people_and_addresses() {
    let t = spawn().await;
    let c = nordlicht(&t).await;
    let c2 = uc::update_customer(
        &t.db,
        &ctx(),
        c.id,
        1,
        customer("N-100", "Nordlicht & Co KG"),
    )
    .await
    .unwrap();
    assert_eq!(c2.version, 2);
    let before = t.fingerprint().await;
    let e = refused(
        &t,
        uc::update_customer(&t.db, &ctx(), c.id, 1, customer("N-100", "Other")),
        &before,
    )
    .await;
    assert!(
        matches!(
            e,
            Error::Conflict {
                expected: 1,
                found: 2,
                ..
            }
        ),
        "{e}"
    );
    let e = refused(
        &t,
        uc::set_archived(&t.db, &ctx(), CustomerPart::Customer, c.id, 1, true),
        &before,
    )
    .await;
    assert!(matches!(e, Error::Conflict { .. }), "{e}");

    let pid = c.people[0].id;
    uc::update_person(
        &t.db,
        &ctx(),
        pid,
        1,
        person("Ida Berg", "ida.berg@nordlicht.at", ""),
    )
    .await
    .unwrap();
    let before = t.fingerprint().await;
    let e = refused(
        &t,
        uc::update_person(&t.db, &ctx(), pid, 1, person("Ida", "", "")),
        &before,
    )
    .await;
    assert!(matches!(e, Error::Conflict { .. }), "{e}");

    let aid = c.addresses[0].id;
    uc::set_archived(&t.db, &ctx(), CustomerPart::Address, aid, 1, true)
        .await
        .unwrap();
    let before = t.fingerprint().await;
    let e = refused(
        &t,
        uc::update_address(&t.db, &ctx(), aid, 1, graz()),
        &before,
    )
    .await;
    assert!(matches!(e, Error::Conflict { .. }), "{e}");

    // An edit logs the fields it changed, old → new, and nothing else.
    let trail = audit(&t, "customer", c.id).await;
    assert_eq!(trail[1].1, "edited");
    assert_eq!(trail[1].2, r#"["name: Nordlicht KG → Nordlicht & Co KG"]"#);
    let trail = audit(&t, "person", pid).await;
    assert_eq!(
        trail[1].2,
        r#"["email: ida@nordlicht.at → ida.berg@nordlicht.at","phone: +43 316 80 40 → "]"#
    );
}

#[tokio::test]
async fn an_archived_customer_or_person_is_never_ordered_for_but_history_keeps_their_names() {
    let t = spawn().await;
    let c = nordlicht(&t).await;
    let mut order = t.order(vec![line(t.svc("MONITOR-BUY"), &[("size", "27")])]);
    order.customer_id = c.id;
    order.recipient_id = c.people[0].id;
    let placed = uc::submit_order(&t.db, &ctx(), order.clone())
        .await
        .unwrap();

    let c = uc::set_archived(&t.db, &ctx(), CustomerPart::Customer, c.id, 1, true)
        .await
        .unwrap();
    assert!(c.archived);
    let refs = read::reference_data(&t.db).await.unwrap();
    assert!(
        refs.customers.iter().all(|r| r.id != c.id),
        "the order form omits it"
    );
    let before = t.fingerprint().await;
    let e = refused(&t, uc::submit_order(&t.db, &ctx(), order.clone()), &before).await;
    assert_eq!(field_of(&e), "customerId");
    assert!(e.to_string().contains("Nordlicht KG is archived"), "{e}");
    // Archiving twice says so.
    let e = refused(
        &t,
        uc::set_archived(&t.db, &ctx(), CustomerPart::Customer, c.id, 2, true),
        &before,
    )
    .await;
    assert_eq!(field_of(&e), "archived");

    // History still reads the names: the order's card and the customer's orders.
    let card = card_of(&t, placed.items[0].item_id).await;
    assert_eq!(card.customer_name, "Nordlicht KG");
    let list = read::customers_list(&t.db).await.unwrap();
    assert!(
        list.iter().any(|r| r.id == c.id && r.archived),
        "the list keeps it, marked"
    );
    assert_eq!(c.orders[0].recipient, "Ida Berg");

    // Brought back, it is offered again; then its person archived is refused by name.
    let c = uc::set_archived(&t.db, &ctx(), CustomerPart::Customer, c.id, 2, false)
        .await
        .unwrap();
    let refs = read::reference_data(&t.db).await.unwrap();
    assert!(refs.customers.iter().any(|r| r.id == c.id));
    let c = uc::set_archived(&t.db, &ctx(), CustomerPart::Person, c.people[0].id, 1, true)
        .await
        .unwrap();
    let refs = read::reference_data(&t.db).await.unwrap();
    let offered = refs.customers.iter().find(|r| r.id == c.id).unwrap();
    assert!(
        offered.recipients.is_empty(),
        "the order form omits an archived person"
    );
    let before = t.fingerprint().await;
    let e = refused(&t, uc::submit_order(&t.db, &ctx(), order), &before).await;
    assert_eq!(field_of(&e), "recipientId");
    assert!(e.to_string().contains("Ida Berg is archived"), "{e}");
    let actions: Vec<_> = audit(&t, "customer", c.id)
        .await
        .into_iter()
        .map(|a| a.1)
        .collect();
    assert_eq!(actions, ["created", "archived", "unarchived"]);
}

#[tokio::test]
async fn every_address_is_offered_but_an_archived_one() {
    let t = spawn().await;
    let c = nordlicht(&t).await;
    let mut linz = graz();
    linz.line1 = "Landstraße 1".into();
    linz.city = "Linz".into();
    let c = uc::add_address(&t.db, &ctx(), c.id, linz).await.unwrap();
    let cities = |refs: &read::ReferenceData| -> Vec<String> {
        let offered = refs.customers.iter().find(|r| r.id == c.id).unwrap();
        offered.addresses.iter().map(|a| a.city.clone()).collect()
    };
    let refs = read::reference_data(&t.db).await.unwrap();
    assert_eq!(
        cities(&refs),
        ["Graz", "Linz"],
        "the order form offers every address, the first first"
    );
    let first = c.addresses.iter().find(|a| a.city == "Graz").unwrap();
    let c = uc::set_archived(&t.db, &ctx(), CustomerPart::Address, first.id, 1, true)
        .await
        .unwrap();
    let refs = read::reference_data(&t.db).await.unwrap();
    assert_eq!(cities(&refs), ["Linz"]);
    // Archived ones are listed last, and kept.
    assert_eq!(c.addresses.len(), 2);
    assert!(c.addresses[1].archived && c.addresses[1].city == "Graz");
    let list = read::customers_list(&t.db).await.unwrap();
    let row = list.iter().find(|r| r.id == c.id).unwrap();
    assert_eq!((row.addresses, row.city.as_str()), (1, "Linz"));
}

#[tokio::test]
async fn marking_a_customer_new_or_flagged_reaches_the_rules_at_once() {
    let t = spawn().await;
    let (acme, _, _) = t.shop.customers[0];
    let before = submit(
        &t,
        vec![line(
            t.svc("MONITOR-BUY"),
            &[("size", "27"), ("resolution", "4k")],
        )],
    )
    .await;
    assert_eq!(before.items[0].status, ItemStatus::Ready);
    let c = read::customer_detail(&t.db, acme, UTC).await.unwrap();
    let mut input = customer(&c.number, &c.name);
    input.flagged = true;
    uc::update_customer(&t.db, &ctx(), acme, c.version, input)
        .await
        .unwrap();
    let after = submit(
        &t,
        vec![line(
            t.svc("MONITOR-BUY"),
            &[("size", "27"), ("resolution", "4k")],
        )],
    )
    .await;
    assert_eq!(after.items[0].status, ItemStatus::AwaitingApproval);
    assert!(
        after.items[0].reason.contains("flagged customer"),
        "{}",
        after.items[0].reason
    );

    // The customer's orders, newest first, with the status the board derives.
    let c = read::customer_detail(&t.db, acme, UTC).await.unwrap();
    let statuses: Vec<_> = c
        .orders
        .iter()
        .map(|o| (o.number.clone(), o.status))
        .collect();
    assert_eq!(
        statuses,
        [
            (after.number.clone(), OrderStatus::NeedsAttention),
            (before.number.clone(), OrderStatus::ReadyForDelivery),
        ]
    );
    assert_eq!(c.orders[0].status_label, "Needs attention");
}
