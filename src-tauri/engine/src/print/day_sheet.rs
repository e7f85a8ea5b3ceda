//! The day sheet as a PDF: the resource and the day, then each stop in time
//! order with its time, who receives it (and their phone), the customer and
//! order, the address, what to hand over and what to bring back with
//! quantities and serial numbers, the delivery note, and lines to sign. A stop is never split across pages
//! unless it is longer than a page.

use super::layout::{Align, Face, Fonts, Pages, Row, Style, MARGIN, PAGE_WIDTH};
use super::RenderError;
use crate::domain::resource::ResourceKind;
use crate::domain::shop_time::{self, Zone};
use crate::i18n::{Lang, PaperWord};
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
pub fn title(sheet: &DaySheet, lang: Lang) -> String {
    paper_title(lang, PaperWord::DaySheet, &sheet.resource_name, &sheet.date)
}

/// A paper's title: what it is, whose or which, and its day ("Delivery note EF-000012 Tue 1 Dec 2026").
pub(super) fn paper_title(lang: Lang, paper: PaperWord, of: &str, iso_day: &str) -> String {
    format!("{} {of} {}", lang.paper(paper), day_text(iso_day, lang))
}

/// An ISO day as the paper's language writes it ("Tue 1 Dec 2026").
pub(super) fn day_text(iso: &str, lang: Lang) -> String {
    iso.parse::<NaiveDate>()
        .map(|d| lang.day(d))
        .unwrap_or_else(|_| iso.to_string())
}

/// The PDF's own metadata: its title, and the language it is written in.
pub(super) fn metadata(title: String, lang: Lang) -> Metadata {
    Metadata::new()
        .title(title)
        .creator("equipflow".into())
        .language(lang.key().into())
}

/// The sheet as PDF bytes in `lang`; times are the shop's (`zone`), `printed` is when it was made.
pub fn day_sheet_pdf(
    sheet: &DaySheet,
    zone: Zone,
    printed: DateTime<Utc>,
    lang: Lang,
) -> Result<Vec<u8>, RenderError> {
    let fonts = Fonts::new()?;
    let day = day_text(&sheet.date, lang);
    let mut pages = Pages::new();
    pages.block(head(&fonts, sheet, &day, zone, printed, lang));
    if sheet.stops.is_empty() {
        let mut row = Row::new(30.0);
        row.text(
            &fonts,
            MARGIN,
            20.0,
            BODY,
            lang.paper(PaperWord::NothingBooked),
            Align::Left,
        );
        pages.block(vec![row]);
    }
    for (n, stop) in sheet.stops.iter().enumerate() {
        pages.block(stop_rows(&fonts, Some(n + 1), stop, zone, lang));
    }
    pages.finish(
        &fonts,
        metadata(title(sheet, lang), lang),
        &format!("{} · {day}", sheet.resource_name),
        lang,
    )
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

/// A column's heading: the paper's word in capitals ("HAND OVER").
pub(super) fn label(lang: Lang, w: PaperWord) -> String {
    lang.paper(w).to_uppercase()
}

/// The top line of a document: what it is on the left, when it was printed on the right.
pub(super) fn printed_line(
    fonts: &Fonts,
    what: PaperWord,
    zone: Zone,
    printed: DateTime<Utc>,
    lang: Lang,
) -> Row {
    let local = shop_time::local(printed, zone);
    let mut top = Row::new(14.0);
    top.text(fonts, MARGIN, 8.0, LABEL, &label(lang, what), Align::Left);
    top.text(
        fonts,
        RIGHT,
        8.0,
        SMALL,
        &lang.printed(local.date(), &local.format("%H:%M").to_string()),
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
    lang: Lang,
) -> Vec<Row> {
    let top = printed_line(fonts, PaperWord::DaySheet, zone, printed, lang);
    let kind = ResourceKind::parse(&sheet.resource_kind)
        .map(|k| lang.resource_kind(k).to_string())
        .unwrap_or_else(|| kind_label(&sheet.resource_kind));
    let mut rows = vec![top];
    rows.extend(heading(
        fonts,
        &sheet.resource_name,
        &format!("{kind} · {day} · {}", lang.stops(sheet.stops.len())),
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
pub(super) fn stop_rows(
    fonts: &Fonts,
    n: Option<usize>,
    stop: &Stop,
    zone: Zone,
    lang: Lang,
) -> Vec<Row> {
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
        .map(|p| format!("{} {p}", lang.paper(PaperWord::Phone)));
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
        &format!(
            "{} {}",
            lang.paper(PaperWord::Until),
            clock(&stop.end, zone)
        ),
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
    rows.extend(items_table(
        fonts,
        lang,
        PaperWord::HandOver,
        &stop.hand_over,
    ));
    rows.extend(items_table(
        fonts,
        lang,
        PaperWord::BringBack,
        &stop.bring_back,
    ));

    // The order's note for the delivery.
    if let Some(note) = &stop.delivery_note {
        let label = Style::new(Face::Bold, 9.5);
        let what = lang.paper(PaperWord::NoteForDelivery);
        let indent = fonts.width(label, what) + 8.0;
        let lines = fonts.wrap(BODY, note, width - indent);
        let mut row = Row::new(0.0);
        row.text(fonts, MAIN, 15.0, label, what, Align::Left);
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
    sign.text(
        fonts,
        MAIN,
        39.0,
        SMALL,
        lang.paper(PaperWord::ReceivedBy),
        Align::Left,
    );
    sign.text(
        fonts,
        MAIN + half + 24.0,
        39.0,
        SMALL,
        lang.paper(PaperWord::Signature),
        Align::Left,
    );
    sign.rule(MARGIN, RIGHT, 48.0, 0.5, 190);
    rows.push(sign);
    rows
}

/// One direction's items under its heading ("HAND OVER"); nothing when none.
fn items_table(fonts: &Fonts, lang: Lang, heading: PaperWord, items: &[StopItem]) -> Vec<Row> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut rows = Vec::new();
    let mut header = Row::new(20.0);
    let qty = label(lang, PaperWord::Qty);
    let serials = label(lang, PaperWord::SerialNumbers);
    header.text(fonts, MAIN, 15.0, LABEL, &label(lang, heading), Align::Left);
    header.text(fonts, QTY_RIGHT, 15.0, LABEL, &qty, Align::Right);
    header.text(fonts, SERIALS, 15.0, LABEL, &serials, Align::Left);
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
        assert_eq!(
            title(&sheet(vec![]), Lang::En),
            "Day sheet Dana Weber Tue 1 Dec 2026"
        );
    }

    #[test]
    fn an_empty_day_says_so_on_one_page() {
        let printed = "2026-11-30T13:05:00Z".parse().unwrap();
        let pdf = day_sheet_pdf(&sheet(vec![]), shop_time::UTC, printed, Lang::En).unwrap();
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
        let pdf = day_sheet_pdf(&sheet(vec![swap]), shop_time::UTC, Utc::now(), Lang::En).unwrap();
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
        let pdf = day_sheet_pdf(&sheet(stops), shop_time::UTC, Utc::now(), Lang::En).unwrap();
        let text = text(&pdf);
        for name in names {
            assert!(text.contains(name), "{name} in {text}");
        }
    }

    #[test]
    fn times_are_the_shops_and_a_long_day_runs_onto_more_pages() {
        let vienna = shop_time::parse_zone("Europe/Vienna").unwrap();
        let stops: Vec<Stop> = (1..=12).map(stop).collect();
        let pdf = day_sheet_pdf(&sheet(stops), vienna, Utc::now(), Lang::En).unwrap();
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

    #[test]
    fn a_german_sheet_is_in_german_throughout() {
        let swap = Stop {
            kind: StopKind::DeliveryAndCollection,
            bring_back: vec![StopItem {
                title: "Apple iPhone 15 128 GB".into(),
                quantity: 1,
                serials: vec!["SNIP10003".into()],
            }],
            ..stop(1)
        };
        let printed = "2026-11-30T13:05:00Z".parse().unwrap();
        let pdf = day_sheet_pdf(&sheet(vec![swap]), shop_time::UTC, printed, Lang::De).unwrap();
        let text = text(&pdf);
        for want in [
            "TAGESBLATT",
            "Gedruckt Mo. 30. Nov. 2026, 13:05",
            "Fahrer · Di. 1. Dez. 2026 · 1 Stopp",
            "bis 09:00",
            "Telefon +43 660 1234567",
            "ÜBERGEBEN",
            "ZURÜCKNEHMEN",
            "MENGE",
            "SERIENNUMMERN",
            "Lieferhinweis",
            "Erhalten von",
            "Unterschrift",
            "Seite 1 von 1",
        ] {
            assert!(text.contains(want), "{want:?} in {text}");
        }
        for english in ["Printed", "HAND OVER", "Received by", "Page 1"] {
            assert!(!text.contains(english), "{english:?} in {text}");
        }
        assert!(
            String::from_utf8_lossy(&pdf).contains("/Lang(de)"),
            "the PDF says it is German"
        );
        assert_eq!(
            title(&sheet(vec![]), Lang::De),
            "Tagesblatt Dana Weber Di. 1. Dez. 2026"
        );
    }
}
