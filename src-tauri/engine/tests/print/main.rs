//! Printable documents made from a real demo shop, read back as text: what a
//! person would find on the paper.

use chrono::{DateTime, NaiveDate, Utc};
use engine::domain::shop_time::{self, Zone};
use engine::read::DaySheet;
use engine::{Ctx, Db};

fn vienna() -> Zone {
    shop_time::parse_zone("Europe/Vienna").unwrap()
}

/// Monday 30 Nov 2026, 09:00 in Vienna.
fn now() -> DateTime<Utc> {
    "2026-11-30T08:00:00Z".parse().unwrap()
}

/// The demo shop on a temp file, and every resource's day sheet for the days it books.
async fn demo_sheets() -> (tempfile::TempDir, Db, Vec<DaySheet>) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("equipflow.db")).await.unwrap();
    let ctx = Ctx::new("demo", now()).in_zone(vienna());
    engine::demo::seed_demo(&db, &ctx).await.unwrap();
    let view = engine::read::planner(&db, "2026-11-30", 14, vienna())
        .await
        .unwrap();
    let mut sheets = Vec::new();
    for r in &view.resources {
        let mut days: Vec<NaiveDate> = r
            .bookings
            .iter()
            .map(|b| shop_time::local_day(b.start.parse().unwrap(), vienna()))
            .collect();
        days.dedup();
        for day in days {
            let sheet = engine::read::day_sheet(&db, r.id, &day.to_string(), vienna())
                .await
                .unwrap();
            sheets.push(sheet);
        }
    }
    (dir, db, sheets)
}

fn text_of(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    pdf_extract::extract_text_from_mem(pdf).unwrap()
}

/// The day sheet as it reads on paper: pdf-extract splits lines where the PDF
/// does, so words are compared with runs of white space made one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn a_demo_days_sheet_as_pdf_lists_every_stop_with_names_phones_serials_and_notes() {
    let (_dir, _db, sheets) = demo_sheets().await;
    let busiest = sheets
        .iter()
        .max_by_key(|s| s.stops.len())
        .expect("the demo books deliveries");
    assert!(busiest.stops.len() >= 2, "{busiest:?}");

    let pdf =
        engine::print::day_sheet_pdf(busiest, vienna(), now(), engine::i18n::Lang::En).unwrap();
    // For people to look at: EQUIPFLOW_PDF_OUT=/tmp/day-sheet.pdf.
    if let Ok(path) = std::env::var("EQUIPFLOW_PDF_OUT") {
        std::fs::write(path, &pdf).unwrap();
    }
    let text = words(&text_of(&pdf));
    let day: NaiveDate = busiest.date.parse().unwrap();
    for want in [
        busiest.resource_name.clone(),
        engine::domain::words::day(day),
        format!("{} stops", busiest.stops.len()),
        "Printed Mon 30 Nov 2026, 09:00".to_string(),
    ] {
        assert!(text.contains(&want), "{want:?} is on the sheet: {text}");
    }
    assert!(
        !text.contains(&busiest.date),
        "no ISO date for people: {text}"
    );

    let mut at = 0;
    for stop in &busiest.stops {
        // Stops in time order: each one's order number after the one before.
        let found = text[at..]
            .find(&stop.order_number)
            .unwrap_or_else(|| panic!("{} after position {at}: {text}", stop.order_number));
        at += found + stop.order_number.len();
        let time = shop_time::local(stop.start.parse().unwrap(), vienna())
            .format("%H:%M")
            .to_string();
        let mut wanted = vec![
            time,
            words(&stop.recipient_name),
            words(&stop.customer_name),
        ];
        wanted.extend(stop.recipient_phone.iter().map(|p| words(p)));
        wanted.extend(stop.delivery_note.iter().map(|n| words(n)));
        for item in stop.hand_over.iter().chain(&stop.bring_back) {
            wanted.push(words(&item.title));
            wanted.extend(item.serials.iter().cloned());
        }
        for want in wanted {
            assert!(
                text.contains(&want),
                "{want:?} of {}: {text}",
                stop.order_number
            );
        }
    }
}

#[tokio::test]
async fn the_demo_gives_the_day_sheets_phones_and_delivery_notes() {
    let (_dir, _db, sheets) = demo_sheets().await;
    let stops: Vec<_> = sheets.iter().flat_map(|s| &s.stops).collect();
    assert!(!stops.is_empty());
    assert!(
        stops.iter().any(|s| s.recipient_phone.is_some()),
        "a phone on some stop: {stops:?}"
    );
    assert!(
        stops.iter().any(|s| s.delivery_note.is_some()),
        "a delivery note on some stop: {stops:?}"
    );
    assert!(
        stops
            .iter()
            .flat_map(|s| &s.hand_over)
            .any(|i| !i.serials.is_empty()),
        "serial numbers on some stop"
    );
}
