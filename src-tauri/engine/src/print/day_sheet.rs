//! The day sheet as a PDF: the resource and the day, then each stop in time
//! order with its time, who receives it (and their phone), the customer and
//! order, the address, what to hand over and what to bring back with
//! quantities and serial numbers, the delivery note, and lines to sign. A stop is never split across pages
//! unless it is longer than a page.

use super::layout::{Align, Face, Fonts, Pages, Row, Style, MARGIN, PAGE_WIDTH};
use super::RenderError;
use crate::domain::shop_time::{self, Zone};
use crate::domain::words;
use crate::read::planner::{DaySheet, Stop, StopItem};
use chrono::{DateTime, NaiveDate, Utc};
use krilla::metadata::Metadata;

pub(super) const RIGHT: f32 = PAGE_WIDTH - MARGIN;
/// Where a stop's details start; the time stands left of it.
const MAIN: f32 = MARGIN + 70.0;
const QTY_RIGHT: f32 = MAIN + 268.0;
const SERIALS: f32 = QTY_RIGHT + 12.0;

pub(super) const LABEL: Style = Style::new(Face::Bold, 7.5).grey(100);
const BODY: Style = Style::new(Face::Regular, 10.0);
pub(super) const SMALL: Style = Style::new(Face::Regular, 8.5).grey(80);
const SERIAL: Style = Style::new(Face::Mono, 8.5);

/// "Day sheet Dana Weber Tue 1 Dec 2026": the PDF's title and, made safe, its file name.
pub fn title(sheet: &DaySheet) -> String {
    let day = day_of(sheet)
        .map(words::day)
        .unwrap_or_else(|| sheet.date.clone());
    format!("Day sheet {} {day}", sheet.resource_name)
}

/// The sheet as PDF bytes; times are the shop's (`zone`), `printed` is when it was made.
pub fn day_sheet_pdf(
    sheet: &DaySheet,
    zone: Zone,
    printed: DateTime<Utc>,
) -> Result<Vec<u8>, RenderError> {
    let fonts = Fonts::new()?;
    let day = day_of(sheet)
        .map(words::day)
        .unwrap_or_else(|| sheet.date.clone());
    let mut pages = Pages::new();
    pages.block(head(&fonts, sheet, &day, zone, printed));
    if sheet.stops.is_empty() {
        let mut row = Row::new(30.0);
        row.text(
            &fonts,
            MARGIN,
            20.0,
            BODY,
            "Nothing booked on this day.",
            Align::Left,
        );
        pages.block(vec![row]);
    }
    for (n, stop) in sheet.stops.iter().enumerate() {
        pages.block(stop_rows(&fonts, Some(n + 1), stop, zone));
    }
    let metadata = Metadata::new()
        .title(title(sheet))
        .creator("equipflow".into())
        .language("en".into());
    pages.finish(
        &fonts,
        metadata,
        &format!("{} · {day}", sheet.resource_name),
    )
}

fn day_of(sheet: &DaySheet) -> Option<NaiveDate> {
    sheet.date.parse().ok()
}

/// The shop's wall-clock time of a stored instant ("09:30").
pub(super) fn clock(instant: &str, zone: Zone) -> String {
    match instant.parse::<DateTime<Utc>>() {
        Ok(at) => shop_time::local(at, zone).format("%H:%M").to_string(),
        Err(_) => instant.to_string(),
    }
}

fn kind_label(kind: &str) -> String {
    let mut chars = kind.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The top line of a document: what it is on the left, when it was printed on the right.
pub(super) fn printed_line(fonts: &Fonts, what: &str, zone: Zone, printed: DateTime<Utc>) -> Row {
    let local = shop_time::local(printed, zone);
    let mut top = Row::new(14.0);
    top.text(fonts, MARGIN, 8.0, LABEL, what, Align::Left);
    top.text(
        fonts,
        RIGHT,
        8.0,
        SMALL,
        &format!(
            "Printed {}, {}",
            words::day(local.date()),
            local.format("%H:%M")
        ),
        Align::Right,
    );
    top
}

fn head(
    fonts: &Fonts,
    sheet: &DaySheet,
    day: &str,
    zone: Zone,
    printed: DateTime<Utc>,
) -> Vec<Row> {
    let top = printed_line(fonts, "DAY SHEET", zone, printed);
    let stops = match sheet.stops.len() {
        0 => "No stops".to_string(),
        1 => "1 stop".to_string(),
        n => format!("{n} stops"),
    };
    let mut rows = vec![top];
    rows.extend(heading(
        fonts,
        &sheet.resource_name,
        &format!("{} · {day} · {stops}", kind_label(&sheet.resource_kind)),
    ));
    rows
}

/// A document's name in large type and the line under it, closed by a rule.
pub(super) fn heading(fonts: &Fonts, name: &str, under: &str) -> Vec<Row> {
    let name_style = Style::new(Face::Bold, 20.0);
    let names = fonts.wrap(name_style, name, RIGHT - MARGIN);
    let mut big = Row::new(0.0);
    big.lines(fonts, MARGIN, 20.0, name_style, &names);
    big.at_least(26.0);
    let mut what = Row::new(26.0);
    what.text(
        fonts,
        MARGIN,
        13.0,
        Style::new(Face::Regular, 12.0),
        under,
        Align::Left,
    );
    what.rule(MARGIN, RIGHT, 22.0, 1.2, 0);
    vec![big, what]
}

/// One stop's rows: its time and who, the customer and order, where, the
/// items with serials, the order's note and the lines to sign. `n` is its
/// number on a sheet of several (a delivery note has one stop and no number).
pub(super) fn stop_rows(fonts: &Fonts, n: Option<usize>, stop: &Stop, zone: Zone) -> Vec<Row> {
    let mut rows = Vec::new();
    let width = RIGHT - MAIN;

    // Time and who: the recipient in bold, their phone on the right.
    let mut who = Row::new(22.0);
    if let Some(n) = n {
        who.text(
            fonts,
            MARGIN,
            16.0,
            Style::new(Face::Bold, 9.0).grey(100),
            &n.to_string(),
            Align::Left,
        );
    }
    who.text(
        fonts,
        MARGIN + 14.0,
        16.0,
        Style::new(Face::Bold, 13.0),
        &clock(&stop.start, zone),
        Align::Left,
    );
    let phone = stop
        .recipient_phone
        .as_deref()
        .map(|p| format!("Phone {p}"));
    let phone_width = phone
        .as_deref()
        .map_or(0.0, |p| fonts.width(BODY, p) + 12.0);
    let name_style = Style::new(Face::Bold, 11.0);
    let name = fonts.wrap(name_style, &stop.recipient_name, width - phone_width);
    who.lines(fonts, MAIN, 16.0, name_style, &name);
    if let Some(phone) = &phone {
        who.text(fonts, RIGHT, 16.0, BODY, phone, Align::Right);
    }
    rows.push(who);

    // Until when, the customer and the order.
    let mut order = Row::new(15.0);
    order.text(
        fonts,
        MARGIN + 14.0,
        11.0,
        SMALL,
        &format!("until {}", clock(&stop.end, zone)),
        Align::Left,
    );
    let number_width = fonts.width(SERIAL, &stop.order_number) + 12.0;
    let customer = fonts.wrap(BODY, &stop.customer_name, width - number_width);
    order.lines(fonts, MAIN, 11.0, BODY, &customer);
    order.text(fonts, RIGHT, 11.0, SERIAL, &stop.order_number, Align::Right);
    rows.push(order);

    // Where.
    for line in fonts.wrap(BODY, &stop.address, width) {
        let mut row = Row::new(BODY.leading());
        row.text(fonts, MAIN, 10.0, BODY, &line, Align::Left);
        rows.push(row);
    }
    if let Some(addition) = &stop.address_addition {
        let style = Style::new(Face::Regular, 9.5).grey(60);
        for line in fonts.wrap(style, addition, width) {
            let mut row = Row::new(style.leading());
            row.text(fonts, MAIN, 10.0, style, &line, Align::Left);
            rows.push(row);
        }
    }

    // What: to hand over, and to bring back, with quantities and serial numbers.
    rows.extend(items_table(fonts, "HAND OVER", &stop.hand_over));
    rows.extend(items_table(fonts, "BRING BACK", &stop.bring_back));

    // The order's note for the delivery.
    if let Some(note) = &stop.delivery_note {
        let label = Style::new(Face::Bold, 9.5);
        let indent = fonts.width(label, "Delivery note") + 8.0;
        let lines = fonts.wrap(BODY, note, width - indent);
        let mut row = Row::new(0.0);
        row.text(fonts, MAIN, 15.0, label, "Delivery note", Align::Left);
        row.lines(fonts, MAIN + indent, 15.0, BODY, &lines);
        let height = row.height() + 2.0;
        row.at_least(height);
        rows.push(row);
    }

    // Lines to sign, and the rule that closes the stop.
    let mut sign = Row::new(52.0);
    let half = (width - 24.0) / 2.0;
    sign.rule(MAIN, MAIN + half, 30.0, 0.5, 120);
    sign.rule(MAIN + half + 24.0, RIGHT, 30.0, 0.5, 120);
    sign.text(fonts, MAIN, 39.0, SMALL, "Received by", Align::Left);
    sign.text(
        fonts,
        MAIN + half + 24.0,
        39.0,
        SMALL,
        "Signature",
        Align::Left,
    );
    sign.rule(MARGIN, RIGHT, 48.0, 0.5, 190);
    rows.push(sign);
    rows
}

/// One direction's items under its heading ("HAND OVER"); nothing when none.
fn items_table(fonts: &Fonts, heading: &str, items: &[StopItem]) -> Vec<Row> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut rows = Vec::new();
    let mut header = Row::new(20.0);
    header.text(fonts, MAIN, 15.0, LABEL, heading, Align::Left);
    header.text(fonts, QTY_RIGHT, 15.0, LABEL, "QTY", Align::Right);
    header.text(fonts, SERIALS, 15.0, LABEL, "SERIAL NUMBERS", Align::Left);
    header.rule(MAIN, RIGHT, 18.5, 0.5, 170);
    rows.push(header);
    for item in items {
        let title = fonts.wrap(BODY, &item.title, QTY_RIGHT - MAIN - 36.0);
        let serials = if item.serials.is_empty() {
            vec!["—".to_string()]
        } else {
            fonts.wrap(SERIAL, &item.serials.join(", "), RIGHT - SERIALS)
        };
        let mut row = Row::new(0.0);
        row.lines(fonts, MAIN, 11.0, BODY, &title);
        row.text(
            fonts,
            QTY_RIGHT,
            11.0,
            BODY,
            &item.quantity.to_string(),
            Align::Right,
        );
        row.lines(fonts, SERIALS, 11.0, SERIAL, &serials);
        let height = row.height() + 4.0;
        row.at_least(height);
        row.rule(MAIN, RIGHT, height, 0.3, 210);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::resource::StopKind;

    fn sheet(stops: Vec<Stop>) -> DaySheet {
        DaySheet {
            resource_name: "Dana Weber".into(),
            resource_kind: "driver".into(),
            date: "2026-12-01".into(),
            stops,
        }
    }

    fn stop(n: usize) -> Stop {
        Stop {
            start: format!("2026-12-01T{:02}:00:00Z", 7 + n % 10),
            end: format!("2026-12-01T{:02}:00:00Z", 8 + n % 10),
            order_number: format!("EF-{n:06}"),
            customer_name: "Acme Consulting GmbH".into(),
            recipient_name: "Erik Sørensen".into(),
            recipient_phone: Some("+43 660 1234567".into()),
            address: "Mariahilfer Straße 45, 1060 Vienna, AT".into(),
            address_addition: Some("3rd floor, reception".into()),
            kind: StopKind::Delivery,
            kind_label: StopKind::Delivery.label().into(),
            hand_over: vec![StopItem {
                title: "Dell Latitude 5450".into(),
                quantity: 2,
                serials: vec!["SNLA10001".into(), "SNLA10002".into()],
            }],
            bring_back: vec![],
            delivery_note: Some("Call 15 minutes before arrival".into()),
        }
    }

    fn text(pdf: &[u8]) -> String {
        pdf_extract::extract_text_from_mem(pdf).unwrap()
    }

    #[test]
    fn the_title_names_the_resource_and_the_day_for_people() {
        assert_eq!(title(&sheet(vec![])), "Day sheet Dana Weber Tue 1 Dec 2026");
    }

    #[test]
    fn an_empty_day_says_so_on_one_page() {
        let printed = "2026-11-30T13:05:00Z".parse().unwrap();
        let pdf = day_sheet_pdf(&sheet(vec![]), shop_time::UTC, printed).unwrap();
        let text = text(&pdf);
        for want in [
            "Dana Weber",
            "Driver · Tue 1 Dec 2026 · No stops",
            "Nothing booked on this day.",
            "Printed Mon 30 Nov 2026, 13:05",
            "Page 1 of 1",
        ] {
            assert!(text.contains(want), "{want:?} in {text}");
        }
    }

    #[test]
    fn a_swap_says_what_to_hand_over_and_what_to_bring_back_with_serials() {
        let swap = Stop {
            kind: StopKind::DeliveryAndCollection,
            kind_label: StopKind::DeliveryAndCollection.label().into(),
            hand_over: vec![StopItem {
                title: "Apple iPhone 16 128 GB".into(),
                quantity: 1,
                serials: vec!["SNIP20017".into()],
            }],
            bring_back: vec![StopItem {
                title: "Apple iPhone 15 128 GB".into(),
                quantity: 1,
                serials: vec!["SNIP10003".into()],
            }],
            ..stop(1)
        };
        let pdf = day_sheet_pdf(&sheet(vec![swap]), shop_time::UTC, Utc::now()).unwrap();
        let text = text(&pdf);
        let over = text.find("HAND OVER").expect("a hand-over table");
        let back = text.find("BRING BACK").expect("a bring-back table");
        assert!(over < back, "{text}");
        let new_phone = text.find("SNIP20017").expect("the new unit's serial");
        let old_phone = text.find("SNIP10003").expect("the old unit's serial");
        assert!(
            over < new_phone && new_phone < back && back < old_phone,
            "{text}"
        );
    }

    #[test]
    fn names_in_latin_greek_and_cyrillic_print_as_typed() {
        let names = [
            "Łukasz Żółćwski",
            "Ελένη Παπαδοπούλου",
            "Дмитрий Иванов",
            "Zoë Ångström-Øberg",
        ];
        let stops = names
            .iter()
            .enumerate()
            .map(|(n, name)| Stop {
                recipient_name: name.to_string(),
                ..stop(n)
            })
            .collect();
        let pdf = day_sheet_pdf(&sheet(stops), shop_time::UTC, Utc::now()).unwrap();
        let text = text(&pdf);
        for name in names {
            assert!(text.contains(name), "{name} in {text}");
        }
    }

    #[test]
    fn times_are_the_shops_and_a_long_day_runs_onto_more_pages() {
        let vienna = shop_time::parse_zone("Europe/Vienna").unwrap();
        let stops: Vec<Stop> = (1..=12).map(stop).collect();
        let pdf = day_sheet_pdf(&sheet(stops), vienna, Utc::now()).unwrap();
        if let Ok(path) = std::env::var("EQUIPFLOW_PDF_OUT") {
            std::fs::write(path, &pdf).unwrap();
        }
        let text = text(&pdf);
        // 08:00 UTC is 09:00 in Vienna in winter.
        assert!(text.contains("09:00"), "{text}");
        assert!(text.contains("until 10:00"), "{text}");
        let pages: usize = text
            .split("Page 1 of ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .expect("a footer says how many pages");
        assert!(pages >= 3, "twelve stops take {pages} pages");
        assert!(text.contains(&format!("Page {pages} of {pages}")), "{text}");
        for n in 1..=12 {
            assert!(text.contains(&format!("EF-{n:06}")), "stop {n} in {text}");
        }
    }
}
