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
use engine::i18n::Lang;
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
    // Named as people know it: its order's number and what its card says.
    let c = &r.approvals[0].item;
    assert_eq!(c.item_id, w.c);
    assert_eq!(c.order_number, "EF-000003");
    assert_eq!(c.title, "Premium support package");
    assert_eq!(c.position, 1, "its place in its order");
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
            "check_in",
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
            ("2026-11-30", vec![0, 0, 0, 2, 0, 0, 0, 0, 0]), // A, B ready
            ("2026-12-01", vec![0, 0, 0, 0, 2, 0, 0, 0, 0]), // both booked
            ("2026-12-02", vec![1, 0, 0, 0, 1, 0, 0, 1, 0]), // C in; A delivered
            ("2026-12-03", vec![1, 0, 0, 2, 0, 0, 0, 0, 1]), // A done; B failed; D in
            ("2026-12-04", vec![1, 0, 0, 1, 1, 0, 0, 0, 1]), // B booked again
            ("2026-12-05", vec![1, 0, 0, 1, 1, 0, 0, 0, 1]),
            ("2026-12-06", vec![1, 0, 0, 1, 1, 0, 0, 0, 1]),
            ("2026-12-07", vec![1, 0, 0, 1, 0, 0, 0, 1, 1]), // B delivered
        ]
    );
    assert_eq!(r.days[0].label, "Mon 30 Nov 2026");
    // The last day is the board's: each open column holds what the board counts.
    let board = engine::read::board(&w.t.db, at(NOW)).await.unwrap();
    let last = &r.days.last().unwrap().counts;
    for (i, col) in board.columns.iter().take(8).enumerate() {
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
        [
            vec![0, 0, 0, 0, 2, 0, 0, 0, 0],
            vec![1, 0, 0, 0, 1, 0, 0, 1, 0]
        ]
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
            ("check_in", vec![]),
        ]
    );
    let queue = &r.per_decision_point[3];
    assert_eq!(queue.label, "D4 Delivery queue");
    assert_eq!(queue.short_label, "D4", "what the chart's axis draws");
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

/// The week, and besides it: a MacBook Pro rented for 1–4 Dec (approved Mon
/// 12:00, delivered Tue 1 Dec 10:00, its rental running to Fri 4 Dec), and a
/// spare 22" monitor retired Fri 4 Dec 15:00. Every unit came in on 26 Oct.
async fn week_with_stock() -> Week {
    let w = week().await;
    let t = &w.t;
    let noon = when("2026-11-30T12:00:00Z");
    let rented = uc::submit_order(
        &t.db,
        &noon,
        t.order(vec![line(t.svc("LAPTOP-RENT"), &[("ram", "48GB")])]),
    )
    .await
    .unwrap()
    .items[0]
        .clone();
    assert_eq!(
        rented.status,
        ItemStatus::AwaitingApproval,
        "a monthly cost"
    );
    uc::approve_item(&t.db, &noon, rented.item_id, rented.version, "")
        .await
        .unwrap();
    let laptop = rented.item_id;
    book_at(t, &noon, laptop, "2026-12-01", "09:00", "10:00", None).await;
    out_and_back(
        t,
        laptop,
        "2026-12-01T09:00:00Z",
        "2026-12-01T10:00:00Z",
        true,
    )
    .await;
    let spare = t
        .count(&format!(
            "SELECT MIN(id) FROM stock_units WHERE product_id = \
             (SELECT product_id FROM items WHERE id = {}) \
             AND id NOT IN (SELECT unit_id FROM reservations)",
            w.a
        ))
        .await as i32;
    uc::retire_unit(
        &t.db,
        &when("2026-12-04T15:00:00Z"),
        spare,
        "Cracked screen",
    )
    .await
    .unwrap();
    w
}

/// (out days, unit days, percent) of the product named `name`.
fn product_use(r: &[reports::ProductUse], name: &str) -> (i32, i32, Option<i32>) {
    let p = r.iter().find(|p| p.name == name).unwrap();
    (p.out_days, p.unit_days, p.percent)
}

#[tokio::test]
async fn stock_use_is_the_share_of_unit_days_out_with_a_customer() {
    let w = week_with_stock().await;
    let r = reports::stock_use(&w.t.db, period(), engine::domain::shop_time::UTC)
        .await
        .unwrap();
    // Six monitors over eight days, but the spare only to its retirement
    // (Mon–Fri, 5 days): 45 unit days. Out: A's from Wed 2 Dec on (bought,
    // it stays out: 6 days), B's on Mon 7 Dec (1); D's is only reserved.
    assert_eq!(
        product_use(&r, "Philips 22E1N 22\""),
        (7, 5 * 8 + 5, Some(16))
    );
    // Six MacBooks over eight days; the rented one out Tue 1 to Fri 4 Dec.
    assert_eq!(
        product_use(&r, "Apple MacBook Pro 14 M4 Pro"),
        (4, 48, Some(8))
    );
    let monitors = r.iter().find(|p| p.name.starts_with("Philips 22")).unwrap();
    assert_eq!(monitors.units, 6);
    // A product nobody took out: its units were all in the shop.
    assert_eq!(
        product_use(&r, "Lenovo ThinkPad T14 Gen 5 (16 GB)"),
        (0, 48, Some(0))
    );

    // Thu 3 to Mon 7 Dec: the rental's last two days; the spare's two.
    let later = Period::parse("2026-12-03", "2026-12-07").unwrap();
    let r = reports::stock_use(&w.t.db, later, engine::domain::shop_time::UTC)
        .await
        .unwrap();
    assert_eq!(
        product_use(&r, "Apple MacBook Pro 14 M4 Pro"),
        (2, 30, Some(7))
    );
    assert_eq!(
        product_use(&r, "Philips 22E1N 22\""),
        (5 + 1, 5 * 5 + 2, Some(22))
    );
}

/// A laptop rented by the shop's customer `n` (its first person), approved
/// and delivered on Tue 1 Dec between `from` and `to`, its rental ending `end`.
async fn rent(t: &TestShop, n: usize, from: &str, to: &str, end: &str) -> i32 {
    let noon = when("2026-11-30T12:00:00Z");
    let (customer_id, people, _) = &t.shop.customers[n];
    let mut l = line(t.svc("LAPTOP-RENT"), &[("ram", "48GB")]);
    l.window_end = end.into();
    let order = engine::usecases::NewOrderInput {
        customer_id: *customer_id,
        recipient_id: people[0],
        note: String::new(),
        items: vec![l],
    };
    let item = uc::submit_order(&t.db, &noon, order).await.unwrap().items[0].clone();
    uc::approve_item(&t.db, &noon, item.item_id, item.version, "")
        .await
        .unwrap();
    book_at(t, &noon, item.item_id, "2026-12-01", from, to, None).await;
    out_and_back(
        t,
        item.item_id,
        &format!("2026-12-01T{from}:00Z"),
        &format!("2026-12-01T{to}:00Z"),
        true,
    )
    .await;
    item.item_id
}

async fn customer_name(t: &TestShop, n: usize) -> String {
    sqlx::query_scalar("SELECT name FROM customers WHERE id = ?")
        .bind(t.shop.customers[n].0)
        .fetch_one(t.db.pool())
        .await
        .unwrap()
}

/// The week with stock (Acme's MacBook rented to Fri 4 Dec), and two more
/// rentals delivered Tue 1 Dec: the second customer's to Thu 10 Dec, the
/// third's to Sun 20 Dec. Bought monitors never come back.
#[tokio::test]
async fn due_back_lists_overdue_and_ending_rentals_per_customer() {
    let w = week_with_stock().await;
    let t = &w.t;
    let acme_laptop = t
        .count("SELECT id FROM items WHERE service_id = (SELECT id FROM services WHERE code = 'LAPTOP-RENT')")
        .await as i32;
    let second = rent(t, 1, "13:00", "14:00", "2026-12-10").await;
    let third = rent(t, 2, "15:00", "16:00", "2026-12-20").await;
    let (acme, beta) = (customer_name(t, 0).await, customer_name(t, 1).await);

    // Mon 7 Dec: Acme's ended Fri 4 Dec (overdue); the second ends Thu 10 Dec,
    // within a week; the third ends after Mon 14 Dec, so it is not listed.
    let r = reports::due_back(&t.db, "2026-12-07".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(r.today, "Mon 7 Dec 2026");
    assert_eq!(r.horizon_days, 7);
    assert_eq!(r.overdue.item_ids, [acme_laptop]);
    assert_eq!(r.due_soon.item_ids, [second]);
    let customers: Vec<(&str, Vec<i32>, Vec<i32>)> = r
        .customers
        .iter()
        .map(|c| {
            (
                c.customer.as_str(),
                c.overdue.item_ids.clone(),
                c.due_soon.item_ids.clone(),
            )
        })
        .collect();
    assert_eq!(
        customers,
        [
            (acme.as_str(), vec![acme_laptop], vec![]),
            (beta.as_str(), vec![], vec![second]),
        ],
        "overdue first"
    );
    let labels: Vec<Option<&str>> = r
        .customers
        .iter()
        .flat_map(|c| c.holdings.iter().map(|d| d.holding.due_label.as_deref()))
        .collect();
    assert_eq!(
        labels,
        [
            Some("Overdue since Fri 4 Dec 2026"),
            Some("Due back Thu 10 Dec 2026")
        ]
    );
    assert_eq!(r.customers[0].holdings[0].holding.units.len(), 1);

    // Wed 2 Dec: only Acme's is within the week (Fri 4 Dec); nothing overdue.
    let r = reports::due_back(&t.db, "2026-12-02".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(r.overdue.count, 0);
    assert_eq!(r.due_soon.item_ids, [acme_laptop]);
    // Mon 21 Dec: all three overdue, the longest overdue first.
    let r = reports::due_back(&t.db, "2026-12-21".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(r.overdue.item_ids, [acme_laptop, second, third]);

    // The screen's view reads it at its `now` (Mon 7 Dec), and saves it as CSV.
    let view = the_week(&t.db).await;
    assert_eq!(view.due_back.overdue.count, 1);
    let csv = reports::csv(&view, reports::ReportTable::DueBack, Lang::En);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert_eq!(
        lines[0],
        "Customer,Person,Order,Item,What,Quantity,Serials,Ends,Due"
    );
    assert!(lines[1].starts_with(&format!("{acme},")), "{csv}");
    assert!(
        lines[1].ends_with(",2026-12-04,Overdue since Fri 4 Dec 2026"),
        "{csv}"
    );
    assert!(lines[2].starts_with(&format!("{beta},")), "{csv}");
    assert!(
        lines[2].contains(&format!(",{second},Apple MacBook Pro 14 M4 Pro,1,")),
        "{csv}"
    );
    assert!(
        lines[2].ends_with(",2026-12-10,Due back Thu 10 Dec 2026"),
        "{csv}"
    );
}

/// Every report over the week, read on Monday at noon.
async fn the_week(db: &engine::store::Db) -> reports::ReportsView {
    reports::reports(
        db,
        "2026-11-30",
        "2026-12-07",
        at(NOW),
        engine::domain::shop_time::UTC,
    )
    .await
    .unwrap()
}

fn csv_lines(view: &reports::ReportsView, table: reports::ReportTable, lang: Lang) -> Vec<String> {
    reports::csv(view, table, lang)
        .lines()
        .map(String::from)
        .collect()
}

#[tokio::test]
async fn every_table_on_the_screen_saves_as_csv() {
    use engine::read::reports::ReportTable as T;
    let w = week_with_stock().await;
    let view = the_week(&w.t.db).await;
    let lines = |table: T| csv_lines(&view, table, Lang::En);
    assert_eq!(
        lines(T::Holds),
        [
            "Hold,Items",
            "Stock shortage,0",
            "Held by a rule,0",
            "Held by a person,1"
        ]
    );
    assert_eq!(
        lines(T::Approvals),
        [
            "Order,Item,Title,Waiting (hours),Waiting".to_string(),
            format!("EF-000003,{},Premium support package,124,5 d 4 h", w.c)
        ]
    );
    // A and the rented laptop in their windows, B three days late.
    assert_eq!(
        lines(T::Delivered),
        [
            "Delivered,Items",
            "Delivered,3",
            "On time,2",
            "Late,1",
            "Early,0"
        ]
    );
    let stock = lines(T::StockUse);
    assert_eq!(stock[0], "Product,SKU,Units,Unit days,Days out,Out (%)");
    assert!(
        stock.contains(&"Apple MacBook Pro 14 M4 Pro,LAPTOP-005,6,48,4,8".to_string()),
        "{stock:?}"
    );
    // The rest: a header, then one row per line the screen shows.
    for (table, rows) in [
        (T::OpenWork, view.open_work.columns.len()),
        (T::CumulativeFlow, 8),
        (T::OnTime, 1),
        (T::Utilisation, 3 * 8),
    ] {
        assert_eq!(lines(table).len(), 1 + rows, "{table:?}");
    }
    assert!(lines(T::LeadTimes).len() > 1 + 2 + 6);
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

/// The same week in a German shop: every label Rust writes reads German,
/// days and times as a German office writes them.
#[tokio::test]
async fn a_german_shop_reads_its_reports_in_german() {
    use engine::read::reports::ReportTable as T;
    let w = week().await;
    let db = w.t.db.speaking(Lang::De);
    let view = the_week(&db).await;
    assert_eq!(view.period_text, "Mo. 30. Nov. 2026 – Mo. 7. Dez. 2026");
    let open = &view.open_work;
    assert_eq!(
        open.age_buckets,
        ["Unter 1 Tag", "1–3 Tage", "3–7 Tage", "7 Tage und mehr"]
    );
    let holds: Vec<&str> = open.holds.iter().map(|h| h.label.as_str()).collect();
    assert_eq!(
        holds,
        [
            "Lagerengpass",
            "Von einer Regel angehalten",
            "Von einer Person angehalten"
        ]
    );
    assert_eq!(open.approvals[0].waiting.text, "5 Tg. 4 Std.");
    assert_eq!(open.columns[0].title, "Genehmigung");
    let flow = &view.cumulative_flow;
    assert_eq!(flow.days[0].label, "Mo. 30. Nov. 2026");
    assert_eq!(
        flow.bands.last().unwrap().title,
        "Im Zeitraum abgeschlossen"
    );
    let lead = &view.lead_times;
    assert_eq!(lead.to_delivered.label, "Vom Senden bis geliefert");
    assert_eq!(
        lead.to_delivered.median.as_ref().unwrap().text,
        "2 Tg. 1 Std."
    );
    let late = &view.on_time.late_items[0];
    assert_eq!(
        (late.window_end.as_str(), late.delivered_on.as_str()),
        ("Fr. 4. Dez. 2026", "Mo. 7. Dez. 2026")
    );
    assert_eq!(late.reasons[0].text, "Eine Zustellung schlug fehl");
    assert_eq!(view.utilisation.resources[0].booked.text, "2 Std.");
    assert_eq!(view.utilisation.day_labels[0], "Mo. 30. Nov. 2026");
    assert_eq!(
        Lang::De.report_table(T::Approvals),
        "Wartende Genehmigungen"
    );
    let csv = |table: T| csv_lines(&view, table, Lang::De);
    assert_eq!(
        csv(T::Holds),
        [
            "Halt,Artikel",
            "Lagerengpass,0",
            "Von einer Regel angehalten,0",
            "Von einer Person angehalten,1"
        ]
    );
    assert_eq!(
        csv(T::Delivered)[1..],
        ["Geliefert,2", "Pünktlich,1", "Verspätet,1", "Zu früh,0"]
    );
    assert_eq!(
        csv(T::Approvals)[0],
        "Bestellung,Artikel-ID,Bezeichnung,Wartezeit (Stunden),Wartezeit"
    );
}
