//! The Stock screen's use cases: receive by scanning, move, repair and back,
//! retire, each refusal changing nothing; where a unit is follows its trail
//! and its reservations; availability agrees with D3's pick.

use crate::helpers::*;
use engine::domain::stock::{pick_units, PlaceKind, Span, StockDecision, UnitEventKind};
use engine::read::stock::{
    availability, category_availability, stock_view, unit_history, UnitView,
};
use engine::usecases::{self as uc, ReceiptInput, ReceiptLineInput};
use engine::{Error, RefusalKind};

const MONITOR_22: &str = "Philips 22E1N 22\"";

async fn product(t: &TestShop, name: &str) -> i32 {
    stock_view(&t.db)
        .await
        .unwrap()
        .products
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is a demo product"))
        .id
}

async fn receive(t: &TestShop, serials: &[&str]) -> Vec<i32> {
    receive_serials(t, product(t, MONITOR_22).await, serials).await
}

fn refused(e: &Error) -> RefusalKind {
    e.refusal().unwrap_or_else(|| panic!("a refusal: {e}")).kind
}

#[tokio::test]
async fn scanned_lines_get_inventory_numbers_and_refusals_on_their_own_line() {
    let t = spawn().await;
    let before = t.fingerprint().await;
    let known = unit_by_serial(&t, "SNLA10001").await;
    let p = uc::preview_receipt(
        &t.db,
        &lines(&["NEW-1", "SNLA10001", "NEW-2", "NEW-1", " ", "NEW-3"]),
    )
    .await
    .unwrap();
    assert_eq!(t.fingerprint().await, before, "a preview writes nothing");
    let shown: Vec<_> = p
        .lines
        .iter()
        .map(|l| {
            (
                l.accepted,
                l.inventory_number.as_str(),
                l.problem.as_deref(),
            )
        })
        .collect();
    // The demo numbered its units INV-10001…; the pattern goes on from the highest.
    let max: i64 = t
        .count("SELECT MAX(CAST(substr(inventory_number, 5) AS INTEGER)) FROM stock_units")
        .await;
    let (n1, n2, n3) = (
        format!("INV-{}", max + 1),
        format!("INV-{}", max + 2),
        format!("INV-{}", max + 3),
    );
    let known_why = format!("Already in stock: SNLA10001 is {}", known.inventory_number);
    assert_eq!(
        shown,
        vec![
            (true, n1.as_str(), None),
            (false, "", Some(known_why.as_str())),
            (true, n2.as_str(), None),
            (false, "", Some("Scanned twice: line 1 has NEW-1 already")),
            (false, "", Some("Serial is required")),
            (true, n3.as_str(), None),
        ]
    );
    assert_eq!(
        (p.accepted, p.receive_label.as_str()),
        (3, "Receive 3 units")
    );
    let de = uc::preview_receipt(
        &t.db.speaking(engine::i18n::Lang::De),
        &lines(&["SNLA10001", " "]),
    )
    .await
    .unwrap();
    assert_eq!(
        de.lines[0].problem.as_deref(),
        Some(
            format!(
                "Schon im Lager: SNLA10001 hat die Inventarnummer {}",
                known.inventory_number
            )
            .as_str()
        )
    );
    assert_eq!(
        de.lines[1].problem.as_deref(),
        Some(
            format!(
                "Seriennummer: {}",
                engine::i18n::Lang::De.invalid(&engine::i18n::Invalid::Required)
            )
            .as_str()
        )
    );
}

#[tokio::test]
async fn receiving_writes_every_unit_with_its_first_step_or_nothing() {
    let t = spawn().await;
    let pid = product(&t, MONITOR_22).await;
    let before = t.fingerprint().await;
    let input = |location: &str, serials: &[&str]| ReceiptInput {
        product_id: pid,
        location: location.into(),
        lines: lines(serials),
    };
    for (bad, field) in [
        (
            input("Vienna warehouse A", &["A-1", "A-1"]),
            "lines[1].serial",
        ),
        (
            input("Vienna warehouse A", &["A-1", "SNLA10001"]),
            "lines[1].serial",
        ),
        (input(" ", &["A-1"]), "location"),
        (input("Vienna warehouse A", &[]), "lines"),
        (
            ReceiptInput {
                product_id: 9999,
                ..input("Vienna warehouse A", &["A-1"])
            },
            "productId",
        ),
    ] {
        let e = uc::receive_units(&t.db, &ctx(), bad).await.unwrap_err();
        assert_eq!(e.field(), Some(field), "{e}");
        assert_eq!(t.fingerprint().await, before, "refused: nothing written");
    }
    let scanned_number = ReceiptInput {
        lines: vec![ReceiptLineInput {
            serial: "A-9".into(),
            inventory_number: "WH-77".into(),
        }],
        ..input("Vienna warehouse A", &[])
    };
    let done = uc::receive_units(
        &t.db,
        &ctx(),
        input("Vienna warehouse B", &["A-1", "A-2", "A-3"]),
    )
    .await
    .unwrap();
    assert_eq!(
        done.message,
        "Received 3 units of Philips 22E1N 22\" at Vienna warehouse B"
    );
    let ids = done.unit_ids;
    uc::receive_units(&t.db, &ctx(), scanned_number)
        .await
        .unwrap();
    assert_eq!(unit_by_serial(&t, "A-9").await.inventory_number, "WH-77");
    let h = unit_history(&t.db, ids[1]).await.unwrap();
    assert_eq!(h.unit.serial, "A-2");
    assert_eq!(h.unit.place, PlaceKind::InShop);
    assert_eq!(h.unit.place_text, "In the shop");
    assert_eq!(h.unit.condition_label, "New");
    assert_eq!(h.unit.location, "Vienna warehouse B");
    assert_eq!(h.steps.len(), 1);
    assert_eq!(h.steps[0].kind, UnitEventKind::Received);
    assert_eq!(
        h.steps[0].text,
        format!(
            "Received at Vienna warehouse B as {}",
            h.unit.inventory_number
        )
    );
    assert_eq!(h.steps[0].actor, "tester");
}

#[tokio::test]
async fn a_unit_moves_goes_to_repair_comes_back_and_retires_and_refuses_what_makes_no_sense() {
    let t = spawn().await;
    let id = receive(&t, &["R-1"]).await[0];
    let c = ctx();
    let refuses = |e: Error, kind: RefusalKind, words: &str| {
        assert_eq!(refused(&e), kind, "{e}");
        assert!(e.to_string().contains(words), "{e}");
    };
    // Moving to where it is already is a slip of the person's.
    let e = uc::move_unit(&t.db, &c, id, "Vienna warehouse A")
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("location"));
    uc::move_unit(&t.db, &c, id, "Munich branch").await.unwrap();
    let before = t.fingerprint().await;
    refuses(
        uc::back_from_repair(&t.db, &c, id).await.unwrap_err(),
        RefusalKind::UnitNotInRepair,
        "R-1 is not in repair",
    );
    let e = uc::send_to_repair(&t.db, &c, id, "  ").await.unwrap_err();
    assert_eq!(e.field(), Some("reason"));
    assert_eq!(t.fingerprint().await, before);
    uc::send_to_repair(&t.db, &c, id, "Dead pixels")
        .await
        .unwrap();
    let u = unit_history(&t.db, id).await.unwrap().unit;
    assert_eq!(
        (u.place, u.condition_label.as_str()),
        (PlaceKind::InRepair, "Damaged")
    );
    refuses(
        uc::send_to_repair(&t.db, &c, id, "again")
            .await
            .unwrap_err(),
        RefusalKind::UnitInRepair,
        "in repair already",
    );
    uc::back_from_repair(&t.db, &c, id).await.unwrap();
    let u = unit_history(&t.db, id).await.unwrap().unit;
    assert_eq!(
        (u.place, u.condition_label.as_str()),
        (PlaceKind::InShop, "Good")
    );
    let e = uc::retire_unit(&t.db, &c, id, "").await.unwrap_err();
    assert_eq!(e.field(), Some("reason"));
    uc::retire_unit(&t.db, &c, id, "Stolen from the van")
        .await
        .unwrap();
    let before = t.fingerprint().await;
    for e in [
        uc::move_unit(&t.db, &c, id, "Vienna warehouse B")
            .await
            .unwrap_err(),
        uc::send_to_repair(&t.db, &c, id, "x").await.unwrap_err(),
        uc::back_from_repair(&t.db, &c, id).await.unwrap_err(),
        uc::retire_unit(&t.db, &c, id, "twice").await.unwrap_err(),
    ] {
        refuses(e, RefusalKind::UnitRetired, "R-1 is retired");
    }
    assert_eq!(t.fingerprint().await, before, "refused: nothing written");
    let h = unit_history(&t.db, id).await.unwrap();
    let steps: Vec<_> = h
        .steps
        .iter()
        .map(|s| (s.kind, s.text.as_str(), s.location.as_str()))
        .collect();
    assert_eq!(
        steps[1..],
        [
            (
                UnitEventKind::Moved,
                "Moved from Vienna warehouse A to Munich branch",
                "Munich branch"
            ),
            (
                UnitEventKind::ToRepair,
                "Sent to repair: Dead pixels",
                "Munich branch"
            ),
            (
                UnitEventKind::BackFromRepair,
                "Back from repair",
                "Munich branch"
            ),
            (
                UnitEventKind::Retired,
                "Retired: Stolen from the van",
                "Munich branch"
            ),
        ]
    );
    assert_eq!(h.unit.place_text, "Retired");
    assert!(
        h.unit.actions.iter().all(|a| a.why_not.is_some()),
        "nothing left to do"
    );
    // The trail is append-only.
    for sql in [
        "UPDATE unit_events SET text = 'x'",
        "DELETE FROM unit_events",
    ] {
        assert!(
            sqlx::query(sql).execute(t.db.pool()).await.is_err(),
            "{sql}"
        );
    }
}

#[tokio::test]
async fn a_reserved_unit_names_its_order_and_a_delivered_one_is_out_with_the_customer() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let serial: String = sqlx::query_scalar(
        "SELECT u.serial FROM reservations r JOIN stock_units u ON u.id = r.unit_id WHERE r.item_id = ?",
    )
    .bind(it.item_id)
    .fetch_one(t.db.pool())
    .await
    .unwrap();
    let number: String = sqlx::query_scalar(
        "SELECT o.number FROM orders o JOIN items i ON i.order_id = o.id WHERE i.id = ?",
    )
    .bind(it.item_id)
    .fetch_one(t.db.pool())
    .await
    .unwrap();
    let u = unit_by_serial(&t, &serial).await;
    assert_eq!(u.place, PlaceKind::Reserved);
    assert_eq!(
        u.place_text,
        format!("Reserved for {number} (Acme Consulting GmbH), from Tue 1 Dec 2026 on")
    );
    let before = t.fingerprint().await;
    for e in [
        uc::send_to_repair(&t.db, &ctx(), u.id, "Cracked")
            .await
            .unwrap_err(),
        uc::retire_unit(&t.db, &ctx(), u.id, "Lost")
            .await
            .unwrap_err(),
    ] {
        assert_eq!(refused(&e), RefusalKind::UnitReserved);
        assert_eq!(
            e.to_string(),
            format!("{serial} is reserved for order {number} (Acme Consulting GmbH, from Tue 1 Dec 2026 on); move that reservation to another unit first")
        );
    }
    assert_eq!(t.fingerprint().await, before);
    let booked = book(&t, it.item_id, it.version, "2026-12-01", "09:00", "10:00").await;
    let out = uc::dispatch_item(&t.db, &ctx(), booked[0].item_id, booked[0].version)
        .await
        .unwrap();
    uc::mark_delivered(&t.db, &ctx(), out[0].item_id, out[0].version)
        .await
        .unwrap();
    let h = unit_history(&t.db, u.id).await.unwrap();
    assert_eq!(h.unit.place, PlaceKind::Out);
    assert_eq!(
        h.unit.place_text,
        format!("Out with Acme Consulting GmbH ({number})")
    );
    let kinds: Vec<_> = h.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            UnitEventKind::Received,
            UnitEventKind::Reserved,
            UnitEventKind::Delivered
        ]
    );
    assert_eq!(
        h.steps[1].text,
        format!("Reserved for order {number}, from Tue 1 Dec 2026 on")
    );
    assert_eq!(
        h.steps[2].text,
        format!("Delivered with order {number} by tester")
    );
    let e = uc::move_unit(&t.db, &ctx(), u.id, "Munich branch")
        .await
        .unwrap_err();
    assert_eq!(refused(&e), RefusalKind::UnitOut);
}

/// Every step a unit went through is in its trail, in order, with the order
/// it was for: received, reserved, released when its item was cancelled,
/// then the steps people took with it, to its retirement.
#[tokio::test]
async fn a_units_trail_tells_its_whole_story() {
    let t = spawn().await;
    let it = queued_monitor(&t).await;
    let unit_of = |item_id: i32| {
        let pool = t.db.pool().clone();
        async move {
            sqlx::query_as::<_, (i32, String)>(
                "SELECT r.unit_id, o.number FROM reservations r JOIN items i ON i.id = r.item_id
                 JOIN orders o ON o.id = i.order_id WHERE r.item_id = ?",
            )
            .bind(item_id)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let (unit, number) = unit_of(it.item_id).await;
    assert_eq!(
        unit_history(&t.db, unit).await.unwrap().unit.place,
        PlaceKind::Reserved
    );
    uc::cancel_item(
        &t.db,
        &ctx(),
        it.item_id,
        it.version,
        "Customer changed their mind",
    )
    .await
    .unwrap();
    let h = unit_history(&t.db, unit).await.unwrap();
    assert_eq!(h.unit.place, PlaceKind::InShop, "free again once released");
    assert_eq!(
        h.steps.last().unwrap().text,
        format!("Released from order {number}: the item was cancelled")
    );
    let from = h.unit.location.clone();
    uc::move_unit(&t.db, &ctx(), unit, "Munich branch")
        .await
        .unwrap();
    uc::send_to_repair(&t.db, &ctx(), unit, "Flickers")
        .await
        .unwrap();
    uc::back_from_repair(&t.db, &ctx(), unit).await.unwrap();
    uc::retire_unit(&t.db, &ctx(), unit, "Dropped")
        .await
        .unwrap();
    let h = unit_history(&t.db, unit).await.unwrap();
    let story: Vec<_> = h.steps.iter().map(|s| (s.kind, s.text.as_str())).collect();
    assert_eq!(
        story[1..],
        [
            (
                UnitEventKind::Reserved,
                format!("Reserved for order {number}, from Tue 1 Dec 2026 on").as_str()
            ),
            (
                UnitEventKind::Released,
                format!("Released from order {number}: the item was cancelled").as_str()
            ),
            (
                UnitEventKind::Moved,
                format!("Moved from {from} to Munich branch").as_str()
            ),
            (UnitEventKind::ToRepair, "Sent to repair: Flickers"),
            (UnitEventKind::BackFromRepair, "Back from repair"),
            (UnitEventKind::Retired, "Retired: Dropped"),
        ]
    );
    assert_eq!(story[0].0, UnitEventKind::Received);
    assert_eq!(h.unit.place, PlaceKind::Retired);

    // A German desk reads the same trail in German; a step written before
    // steps were kept as data reads as it was written.
    sqlx::query(
        "INSERT INTO unit_events (unit_id, at, actor, kind, location, text)
         VALUES (?, '2026-11-30T12:00:00+00:00', 'system', 'retired', 'Munich branch', 'Retired: written before')",
    )
    .bind(unit)
    .execute(t.db.pool())
    .await
    .unwrap();
    let de = unit_history(&t.db.speaking(engine::i18n::Lang::De), unit)
        .await
        .unwrap();
    let story: Vec<_> = de.steps.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        story[1..],
        [
            format!("Reserviert für Bestellung {number}, ab Di. 1. Dez. 2026").as_str(),
            format!("Reservierung für Bestellung {number} aufgehoben: der Artikel wurde storniert")
                .as_str(),
            format!("Verlegt von {from} nach Munich branch").as_str(),
            "In Reparatur gegeben: Flickers",
            "Zurück aus der Reparatur",
            "Ausgemustert: Dropped",
            "Retired: written before",
        ]
    );
    assert!(story[0].starts_with("Eingebucht in "), "{}", story[0]);
}

/// If availability says k units are free on a day, D3 reserves k for that day
/// and refuses k + 1 — on every day of the view, with reservations, a unit in
/// repair and the buffer in play.
#[tokio::test]
async fn availability_agrees_with_the_pick_on_every_day() {
    let t = spawn().await;
    let pid = product(&t, MONITOR_22).await;
    queued_monitor(&t).await;
    queued_monitor(&t).await;
    let units: Vec<UnitView> = stock_view(&t.db)
        .await
        .unwrap()
        .units
        .into_iter()
        .filter(|u| u.product_id == pid && u.place == PlaceKind::InShop)
        .collect();
    uc::send_to_repair(&t.db, &ctx(), units[0].id, "Broken stand")
        .await
        .unwrap();
    let today = ctx().today();
    let view = availability(&t.db, pid, today).await.unwrap();
    assert_eq!(view.days.len(), 28);
    assert_eq!(view.days[0].date, "2026-11-25");
    assert!(view.in_repair >= 1);
    let buffer = view.buffer_days;
    let mut tx = t.db.pool().begin().await.unwrap();
    let mut seen_behind = false;
    for day in &view.days {
        let d = day.date.parse().unwrap();
        let span = Span { start: d, end: d };
        let us = engine::store::stock::availability(&mut tx, pid, &span, buffer)
            .await
            .unwrap();
        let k = day.free;
        assert!(
            matches!(pick_units(&us, &span, buffer, k), StockDecision::Reserve(ref r) if r.len() == k as usize),
            "{} free on {}",
            k,
            day.date
        );
        assert_eq!(
            pick_units(&us, &span, buffer, k + 1),
            StockDecision::Shortage {
                needed: k + 1,
                free: k
            },
            "{}",
            day.date
        );
        assert_eq!(
            day.free + day.behind.len() as u32 + view.in_repair,
            view.units,
            "every unit not free on {} is in repair or behind a reservation",
            day.date
        );
        seen_behind |= !day.behind.is_empty();
    }
    assert!(seen_behind, "the orders' reservations show");
    let r = &view.reservations[view.days[10].behind[0] as usize];
    assert_eq!(r.customer, "Acme Consulting GmbH");
    assert_eq!(r.span_text, "from Tue 1 Dec 2026 on");
}

/// Any product of a category with the specs asked counts the units of every
/// product that has them, as D2 matches a request; a one-product answer is
/// that product's own availability, day by day.
#[tokio::test]
async fn availability_of_a_category_with_specs_counts_every_fitting_product() {
    let t = spawn().await;
    let pid = product(&t, MONITOR_22).await;
    queued_monitor(&t).await;
    let today = ctx().today();
    let asked = |pairs: &[(&str, &str)]| -> std::collections::BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let one = availability(&t.db, pid, today).await.unwrap();
    let by_spec = category_availability(&t.db, "Monitor", &asked(&[("size", "22")]), today)
        .await
        .unwrap();
    assert_eq!(by_spec.title, "Any monitor with size 22");
    assert_eq!(
        by_spec.products.iter().map(|p| p.id).collect::<Vec<_>>(),
        [pid]
    );
    let free = |v: &engine::read::stock::AvailabilityView| -> Vec<u32> {
        v.days.iter().map(|d| d.free).collect()
    };
    assert_eq!(free(&by_spec), free(&one));
    assert_eq!(by_spec.reservations.len(), one.reservations.len());

    let any = category_availability(&t.db, "monitor", &asked(&[]), today)
        .await
        .unwrap();
    assert_eq!(any.title, "Any monitor");
    // A German desk reads the title and the reservations' days in German.
    let de = t.db.speaking(engine::i18n::Lang::De);
    let german = category_availability(&de, "monitor", &asked(&[("size", "22")]), today)
        .await
        .unwrap();
    assert_eq!(
        german.title,
        "Jedes Produkt der Kategorie „monitor“ mit size 22"
    );
    let spans = |v: &engine::read::stock::AvailabilityView| -> Vec<String> {
        v.reservations.iter().map(|r| r.span_text.clone()).collect()
    };
    assert!(!german.reservations.is_empty());
    assert_eq!(spans(&german).len(), spans(&by_spec).len());
    for (de, en) in spans(&german).iter().zip(spans(&by_spec)) {
        assert_ne!(de, &en);
    }
    assert!(any.products.len() > 1, "every monitor counts");
    let mut sum = 0;
    for p in &any.products {
        sum += availability(&t.db, p.id, today).await.unwrap().days[0].free;
    }
    assert_eq!(any.days[0].free, sum);

    let none = category_availability(&t.db, "monitor", &asked(&[("size", "99")]), today)
        .await
        .unwrap();
    assert!(none.products.is_empty() && none.units == 0);

    let e = category_availability(&t.db, "toaster", &asked(&[]), today)
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "category: no product of category \"toaster\" is offered"
    );
    let e = category_availability(&t.db, "monitor", &asked(&[("si ze", "22")]), today)
        .await
        .unwrap_err();
    assert!(e.to_string().starts_with("specs: "), "{e}");
}
