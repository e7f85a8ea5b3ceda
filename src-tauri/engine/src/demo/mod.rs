//! A believable shop for first runs and benchmarks. Orders are made through
//! the same use cases staff use, so their event trails are real. The shop's
//! catalog and customers are tables in [`data`].

mod data;

use crate::domain::catalog::{Product, Service, ServiceLink};
use crate::domain::customer::{Customer, Person};
use crate::domain::order::{Address, TransactionType};
use crate::domain::resource::{Resource, ResourceKind};
use crate::domain::shop_time;
use crate::domain::stock::UnitAction;
use crate::domain::ItemStatus;
use crate::store::{catalog, customers, items, orders, resources, stock, Db};
use crate::usecases::{self, AddressInput, Ctx, NewItemInput, NewOrderInput, ScheduleInput};
use crate::Result;
use chrono::{Datelike, Days, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use data::{specs, CUSTOMERS, DELIVERY_NOTES, PRODUCTS, SERVICES};

/// A small, repeatable pseudo-random source (xorshift64*): demo data is the same every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Ids of what `seed_catalog` created, for making orders.
pub struct Shop {
    /// (service id, code)
    pub services: Vec<(i32, &'static str)>,
    /// (customer id, recipient ids, address)
    pub customers: Vec<(i32, Vec<i32>, AddressInput)>,
    pub resources: Vec<i32>,
}

impl Shop {
    pub fn service(&self, code: &str) -> i32 {
        self.services
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(id, _)| *id)
            .expect("demo service exists")
    }
}

/// Services, products, `units_per_product` stock units each, customers and resources.
pub async fn seed_catalog(db: &Db, ctx: &Ctx, units_per_product: u32) -> Result<Shop> {
    let mut tx = db.begin_write().await?;
    let mut services: Vec<(i32, &'static str)> = Vec::new();
    for d in SERVICES {
        let id_of = |code: &str| services.iter().find(|(_, c)| *c == code).map(|(id, _)| *id);
        let mut s = Service {
            id: 0,
            code: d.code.into(),
            name: d.name.into(),
            kind: d.kind,
            offer_type: d.offer,
            recurring: d.monthly > 0,
            requires_approval: d.approval,
            one_time_cents: d.one_time,
            monthly_cents: d.monthly,
            product_category: d.category.map(String::from),
            required_spec_keys: d.required.iter().map(|k| k.to_string()).collect(),
            needs_technician: d.technician,
            prerequisites: vec![],
            links: vec![],
            archived: false,
            version: 1,
        };
        if d.code == "M365" {
            s.prerequisites = id_of("TENANT").into_iter().collect();
        }
        let id = catalog::insert_service(&mut tx, &s).await?;
        services.push((id, d.code));
    }
    // Devices come with device management (mandatory) and on-site set-up (optional).
    let id_of = |code: &str| {
        services
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(id, _)| *id)
            .expect("defined above")
    };
    for (device, linked, mandatory) in [
        ("LAPTOP-BUY", "MDM", true),
        ("LAPTOP-BUY", "SETUP", false),
        ("PHONE-LEASE", "MDM", true),
        ("PRINTER-RENT", "SETUP", false),
    ] {
        let link = ServiceLink {
            service_id: id_of(linked),
            mandatory,
        };
        catalog::insert_link(&mut *tx, id_of(device), &link).await?;
    }
    let locations = ["Vienna warehouse A", "Vienna warehouse B", "Munich branch"];
    let mut serial = 10_000;
    // The goods came in a month before the demo's orders begin, so every unit's trail starts with them.
    let delivery_day = Ctx {
        now: ctx.now - Duration::days(30),
        ..ctx.clone()
    };
    for (i, (cat, name, cents, sp)) in PRODUCTS.iter().enumerate() {
        let pid = catalog::insert_product(
            &mut *tx,
            &Product {
                id: 0,
                sku: format!("{}-{:03}", cat.to_uppercase(), i + 1),
                name: name.to_string(),
                category: cat.to_string(),
                specs: specs(sp),
                unit_cents: *cents,
                archived: false,
                version: 1,
            },
        )
        .await?;
        let units = if *cat == "headset" {
            units_per_product / 2
        } else {
            units_per_product
        };
        for u in 0..units {
            serial += 1;
            let id = usecases::stock::record_receipt(
                &mut tx,
                &delivery_day,
                pid,
                locations[u as usize % 3],
                &format!("SN{}{serial}", &cat[..2].to_uppercase()),
                &format!("INV-{serial}"),
            )
            .await?;
            if u == 0 && i % 7 == 3 {
                usecases::stock::step_in(
                    &mut tx,
                    &delivery_day,
                    id,
                    UnitAction::ToRepair,
                    "Screen flickers",
                )
                .await?;
            }
        }
    }
    let now = ctx.now_text();
    let mut customers = Vec::new();
    for (n, (name, is_new, flagged, people, (line1, postal, city, cc))) in
        CUSTOMERS.iter().enumerate()
    {
        let number = format!("C-{:05}", 1001 + n);
        let customer = Customer::parse(&number, name, *is_new, *flagged)?;
        let cid = customers::insert_customer(&mut *tx, &customer, &now).await?;
        let mut rids = Vec::new();
        for (p, phone) in *people {
            let email = format!("{}@example.com", p.to_lowercase().replace(['.', ' '], ""));
            let person = Person::parse(p, &email, phone)?;
            rids.push(customers::insert_person(&mut *tx, cid, &person).await?);
        }
        let a = Address::parse("address", line1, postal, city, cc, "")?;
        customers::insert_address(&mut *tx, cid, &a).await?;
        let address = AddressInput {
            line1: line1.to_string(),
            postal_code: postal.to_string(),
            city: city.to_string(),
            country_code: cc.to_string(),
            addition: String::new(),
        };
        customers.push((cid, rids, address));
    }
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).expect("valid hour");
    let mut res = Vec::new();
    for (name, kind, skills, capacity, start, end) in [
        ("Dana Weber", ResourceKind::Driver, vec![], 20, 7, 16),
        (
            "Tomás Novak",
            ResourceKind::Technician,
            vec!["provisioning".to_string(), "installation".to_string()],
            6,
            8,
            17,
        ),
        (
            "Van W-4711 (VW Crafter)",
            ResourceKind::Van,
            vec![],
            40,
            7,
            18,
        ),
    ] {
        res.push(
            resources::insert(
                &mut *tx,
                &Resource {
                    id: 0,
                    name: name.into(),
                    kind,
                    skills,
                    capacity,
                    work_start: t(start),
                    work_end: t(end),
                    work_days: vec![1, 2, 3, 4, 5],
                    days_off: vec![],
                },
            )
            .await?,
        );
    }
    tx.commit().await?;
    db.invalidate_snapshot();
    Ok(Shop {
        services,
        customers,
        resources: res,
    })
}

/// A plausible order: 1–3 lines of the kinds the shop sells.
pub fn random_order(rng: &mut Rng, shop: &Shop, window_start: NaiveDate) -> NewOrderInput {
    // Most orders come from established customers; new and flagged ones go to approval.
    let idx = if rng.chance(75) {
        *rng.pick(&[0, 1, 4]) % shop.customers.len()
    } else {
        rng.below(shop.customers.len())
    };
    let (cid, rids, address) = &shop.customers[idx];
    let n = if rng.chance(60) { 1 } else { 2 + rng.below(2) };
    let mut items = Vec::new();
    for _ in 0..n {
        let (code, sp): (&str, Vec<(&str, &str)>) = match rng.below(10) {
            0 | 1 => (
                "LAPTOP-BUY",
                rng.pick(&[
                    vec![("ram", "32GB"), ("cpu", "i7"), ("screen", "14")],
                    vec![("ram", "16GB"), ("cpu", "m3")],
                    vec![("ram", "16GB"), ("cpu", "i5")],
                    vec![("ram", "16GB")],
                ])
                .clone(),
            ),
            2 => (
                "LAPTOP-RENT",
                rng.pick(&[
                    vec![("ram", "16GB"), ("cpu", "m3")],
                    vec![("ram", ">=32"), ("screen", "16")],
                ])
                .clone(),
            ),
            3 => (
                "PHONE-LEASE",
                rng.pick(&[
                    vec![("storage", "256GB"), ("os", "ios")],
                    vec![("storage", "128GB")],
                    vec![("storage", "64GB")],
                ])
                .clone(),
            ),
            4 | 5 => (
                "MONITOR-BUY",
                rng.pick(&[
                    vec![("size", "27"), ("resolution", "4k")],
                    vec![("size", "24"), ("usb_c", "yes")],
                    vec![("size", "34")],
                    vec![("size", "22")],
                ])
                .clone(),
            ),
            6 => (
                "DOCK-BUY",
                rng.pick(&[
                    vec![("port", "thunderbolt"), ("displays", "3")],
                    vec![("port", "usb-c"), ("displays", "2")],
                ])
                .clone(),
            ),
            7 => (
                "HEADSET-BUY",
                rng.pick(&[
                    vec![("type", "wired"), ("anc", "yes")],
                    vec![("type", "wireless"), ("anc", "yes")],
                    vec![("type", "wired")],
                ])
                .clone(),
            ),
            8 => ("SETUP", vec![]),
            _ => (
                *rng.pick(&["M365", "PRINTER-RENT", "SUPPORT-PLUS", "TENANT"]),
                vec![],
            ),
        };
        let quantity = if rng.chance(85) {
            1
        } else {
            2 + rng.below(3) as i32
        };
        let start = window_start + Days::new(rng.below(5) as u64);
        // Draws what it drew when some lines were returns, so the rest of the
        // demo stays as it was; the way back starts from holdings now (`way_back`).
        if !sp.is_empty() {
            rng.chance(93);
        }
        items.push(NewItemInput {
            service_id: shop.service(code),
            // The way back starts from holdings: see `way_back`.
            transaction_type: TransactionType::Order,
            quantity,
            specs: sp
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            window_start: start.to_string(),
            window_end: (start + Days::new(6)).to_string(),
            address: address.clone(),
        });
    }
    NewOrderInput {
        customer_id: *cid,
        recipient_id: *rng.pick(rids),
        note: String::new(),
        items,
    }
}

/// The demo shop's name, as the header shows it.
pub const DEMO_SHOP_NAME: &str = "Equipflow demo shop";

/// The name a database has until someone names it (the settings migration's).
const UNNAMED_SHOP: &str = "My shop";

/// Whether `db` is a shop database from before shops existed: every new
/// database was then filled with the demo, so one never named that holds
/// orders and the demo's catalog (its first services, by code) is the demo,
/// whatever its file is called. A shop set up since starts empty and named.
pub async fn is_demo_from_before_shops(db: &Db) -> Result<bool> {
    let name = crate::store::settings::get_text(db.pool(), "shop_name").await?;
    if name != UNNAMED_SHOP || orders::count(db.pool()).await? == 0 {
        return Ok(false);
    }
    let snap = db.snapshot().await?;
    Ok(SERVICES[..3]
        .iter()
        .all(|d| snap.services.values().any(|s| s.code == d.code)))
}

/// Names a database from before shops as the demo it is.
pub async fn name_as_demo(db: &Db) -> Result<()> {
    crate::store::settings::set(db.pool(), "shop_name", DEMO_SHOP_NAME).await?;
    db.invalidate_snapshot();
    Ok(())
}

/// Seeds an empty database with a shop and ~60 orders at every decision point.
/// Does nothing when orders already exist.
pub async fn seed_demo(db: &Db, ctx: &Ctx) -> Result<bool> {
    if orders::count(db.pool()).await? > 0 {
        return Ok(false);
    }
    crate::store::settings::set(db.pool(), "shop_name", DEMO_SHOP_NAME).await?;
    let shop = seed_catalog(db, ctx, 6).await?;
    let mut rng = Rng::new(20261125);
    let today = ctx.today();
    // Orders submitted over the last days, windows around today.
    for i in 0..60u32 {
        let age = Duration::hours(((60 - i) * 5) as i64);
        let at =
            Ctx::new(if i % 3 == 0 { "lena" } else { "markus" }, ctx.now - age).in_zone(ctx.zone);
        let start =
            today.checked_sub_days(Days::new(3)).unwrap_or(today) + Days::new((i % 12) as u64);
        let mut order = random_order(&mut rng, &shop, start);
        if i % 2 == 0 {
            order.note = DELIVERY_NOTES[(i as usize / 2) % DELIVERY_NOTES.len()].into();
        }
        usecases::submit_order(db, &at, order).await?;
    }
    progress(db, ctx, &shop, &mut rng).await?;
    Ok(true)
}

/// Marked prepared as the staff do it: every unit reserved for the item scanned.
async fn prepare(db: &Db, staff: &Ctx, id: i32, version: i32) -> Result<usecases::ItemOutcome> {
    let scans = stock::serials_for_item(db.pool(), id).await?;
    usecases::mark_prepared(db, staff, id, version, &scans).await
}

/// Moves part of the demo on, so every column of the board has something.
async fn progress(db: &Db, ctx: &Ctx, shop: &Shop, rng: &mut Rng) -> Result<()> {
    // The staff worked today, whatever the hour: the demo always shows today's traffic.
    let worked = (ctx.now - Duration::hours(2)).max(shop_time::day_start(ctx.today(), ctx.zone));
    let staff = Ctx::new("markus", worked).in_zone(ctx.zone);
    // Prepare multi-item orders that sit in preparation, about half of them.
    for (id, v) in ids_in(db, ItemStatus::Preparing).await? {
        if rng.chance(50) {
            prepare(db, &staff, id, v).await?;
        }
    }
    // Book ready deliveries on the next working days, earliest windows first.
    let mut slot_of_resource: Vec<(i32, NaiveDateTime)> = Vec::new();
    let mut booked = 0;
    for (id, v) in ids_in(db, ItemStatus::Ready).await? {
        if booked >= 14 {
            break;
        }
        let window = items::get(&mut db.pool().begin().await?, id).await?.window;
        let (first, last) = (window.start(), window.end());
        // From today on: a booking in the past is refused.
        let mut day = first.max(ctx.today());
        while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            day = day + Days::new(1);
        }
        if day > last {
            continue;
        }
        for &rid in &shop.resources {
            let start = slot_of_resource
                .iter()
                .find(|(r, t)| *r == rid && t.date() == day)
                .map(|(_, t)| *t)
                .unwrap_or_else(|| day.and_hms_opt(9, 0, 0).expect("valid time"));
            let at = |t: NaiveDateTime| shop_time::wall_to_instant(t, ctx.zone).to_rfc3339();
            let input = ScheduleInput {
                item_id: id,
                expected_version: v,
                resource_id: rid,
                start: at(start),
                end: at(start + Duration::minutes(60)),
                override_reason: None,
            };
            if usecases::schedule_item(db, &staff, input).await.is_ok() {
                slot_of_resource.retain(|(r, t)| !(*r == rid && t.date() == day));
                slot_of_resource.push((rid, start + Duration::minutes(120)));
                booked += 1;
                break;
            }
        }
    }
    // Some are out, some came back delivered, one failed, some orders completed.
    let mut n = 0;
    for (id, v) in ids_in(db, ItemStatus::Scheduled).await? {
        n += 1;
        if n % 2 == 0 {
            if let Ok(out) = usecases::dispatch_item(db, &staff, id, v).await {
                for o in out.iter().filter(|_| n % 4 == 0) {
                    usecases::mark_delivered(db, &staff, o.item_id, o.version).await?;
                }
            }
        }
    }
    if let Some((id, v)) = ids_in(db, ItemStatus::InDelivery).await?.into_iter().next() {
        usecases::mark_delivery_failed(
            db,
            &staff,
            id,
            v,
            "Recipient not on site; reception closed",
        )
        .await?;
    }
    if let Some((oid, v)) = orders::completable(db.pool()).await?.first() {
        usecases::complete_order(db, &staff, *oid, *v).await?;
    }
    if let Some((id, v)) = ids_in(db, ItemStatus::NeedsAssignment)
        .await?
        .into_iter()
        .last()
    {
        usecases::cancel_item(db, &staff, id, v, "Customer changed their mind").await?;
    }
    way_back(db, ctx, &staff, shop).await?;
    if let Some((id, v)) = ids_in(db, ItemStatus::Ready).await?.into_iter().last() {
        usecases::hold_item(
            db,
            &staff,
            id,
            v,
            "Customer asked to wait until the office move",
        )
        .await?;
    }
    Ok(())
}

/// What customers hold comes back: one return was collected and waits for
/// check-in, another waits for approval; and a laptop delivered on the next
/// working day, whatever the hour the demo is seeded, is there to take back.
async fn way_back(db: &Db, ctx: &Ctx, staff: &Ctx, shop: &Shop) -> Result<()> {
    let held = crate::store::holdings::active_with_units(db.pool()).await?;
    let mut day = ctx.today() + Days::new(1);
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
        day = day + Days::new(1);
    }
    let request = |holding: i32| usecases::WayBackInput {
        holding_ids: vec![holding],
        transaction_type: TransactionType::Return,
        window_start: day.to_string(),
        window_end: (day + Days::new(4)).to_string(),
        ends_on: String::new(),
        product_id: None,
        override_reason: None,
        note: "Employee leaves at the end of the month".into(),
    };
    if let Some(&h) = held.first() {
        let r = usecases::request_way_back(db, staff, request(h)).await?;
        let it =
            usecases::approve_item(db, staff, r.items[0].item_id, r.items[0].version, "").await?;
        on_the_road(db, ctx, staff, shop, &it, day, &[16, 15, 14]).await?;
    }
    if let Some(&h) = held.get(1) {
        usecases::request_way_back(db, staff, request(h)).await?;
    }
    let (customer_id, people, address) = &shop.customers[0];
    let laptop = NewOrderInput {
        customer_id: *customer_id,
        recipient_id: people[1 % people.len()],
        note: String::new(),
        items: vec![NewItemInput {
            service_id: shop.service("LAPTOP-BUY"),
            transaction_type: TransactionType::Order,
            quantity: 1,
            specs: [("ram", "16GB"), ("cpu", "i5")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            window_start: day.to_string(),
            window_end: (day + Days::new(4)).to_string(),
            address: address.clone(),
        }],
    };
    let mut it = usecases::submit_order(db, staff, laptop).await?.items[0].clone();
    if it.status == ItemStatus::Preparing {
        it = prepare(db, staff, it.item_id, it.version).await?;
    }
    on_the_road(db, ctx, staff, shop, &it, day, &[9, 10, 11]).await
}

/// A ready item booked at the first of `hours` on `day` a resource has free,
/// sent out and delivered (or, coming back, collected) with its booking.
async fn on_the_road(
    db: &Db,
    ctx: &Ctx,
    staff: &Ctx,
    shop: &Shop,
    it: &usecases::ItemOutcome,
    day: NaiveDate,
    hours: &[u32],
) -> Result<()> {
    let at = |hour: u32| {
        let t = day.and_hms_opt(hour, 0, 0).expect("valid time");
        shop_time::wall_to_instant(t, ctx.zone).to_rfc3339()
    };
    for &hour in hours {
        for &rid in &shop.resources {
            let input = ScheduleInput {
                item_id: it.item_id,
                expected_version: it.version,
                resource_id: rid,
                start: at(hour),
                end: at(hour + 1),
                override_reason: None,
            };
            if let Ok(b) = usecases::schedule_item(db, staff, input).await {
                let out = usecases::dispatch_item(db, staff, b[0].item_id, b[0].version).await?;
                usecases::mark_trip_delivered(db, staff, out[0].item_id, out[0].version).await?;
                return Ok(());
            }
        }
    }
    Ok(())
}

async fn ids_in(db: &Db, status: ItemStatus) -> Result<Vec<(i32, i32)>> {
    items::unheld_in(db.pool(), status).await
}
