//! The delivery note of one stop as a PDF: who delivers (the shop, the
//! resource) and when, then the stop as the day sheet draws it — who
//! receives it, the customer and order, the address, the items with
//! quantities and serial numbers, the order's note — and the "Received by"
//! and signature lines the recipient signs.

use super::day_sheet::{day_text, heading, metadata, paper_title, printed_line, stop_rows};
use super::layout::{Fonts, Pages};
use super::RenderError;
use crate::domain::shop_time::Zone;
use crate::i18n::{Lang, PaperWord};
use crate::read::planner::DeliveryNote;
use chrono::{DateTime, Utc};

/// "Delivery note EF-000012 Tue 1 Dec 2026": the PDF's title and, made safe, its file name.
pub fn title(note: &DeliveryNote, lang: Lang) -> String {
    paper_title(
        lang,
        PaperWord::DeliveryNote,
        &note.stop.order_number,
        &note.date,
    )
}

/// The note as PDF bytes in `lang`; times are the shop's (`zone`), `printed` is when it was made.
pub fn delivery_note_pdf(
    note: &DeliveryNote,
    zone: Zone,
    printed: DateTime<Utc>,
    lang: Lang,
) -> Result<Vec<u8>, RenderError> {
    let fonts = Fonts::new()?;
    let day = day_text(&note.date, lang);
    let mut pages = Pages::new();
    let mut head = vec![printed_line(
        &fonts,
        PaperWord::DeliveryNote,
        zone,
        printed,
        lang,
    )];
    head.extend(heading(
        &fonts,
        &note.shop_name,
        &lang.note_line(&note.stop.order_number, &day, &note.resource_name),
    ));
    pages.block(head);
    pages.block(stop_rows(&fonts, None, &note.stop, zone, lang));
    pages.finish(
        &fonts,
        metadata(title(note, lang), lang),
        &format!("{} · {}", note.stop.order_number, day),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::resource::StopKind;
    use crate::domain::shop_time;
    use crate::read::planner::{Stop, StopItem};

    fn note() -> DeliveryNote {
        DeliveryNote {
            booking_id: 7,
            shop_name: "Vienna IT Supply".into(),
            resource_name: "Dana Weber".into(),
            date: "2026-12-01".into(),
            stop: Stop {
                start: "2026-12-01T08:00:00Z".into(),
                end: "2026-12-01T09:00:00Z".into(),
                order_number: "EF-000012".into(),
                customer_name: "Acme Consulting GmbH".into(),
                recipient_name: "Erik Sørensen".into(),
                recipient_phone: Some("+43 660 1234567".into()),
                address: "Mariahilfer Straße 45, 1060 Vienna, AT".into(),
                address_addition: Some("3rd floor, reception".into()),
                kind: StopKind::Delivery,
                kind_label: StopKind::Delivery.label().into(),
                bring_back: vec![],
                hand_over: vec![
                    StopItem {
                        title: "Dell Latitude 5450".into(),
                        quantity: 2,
                        serials: vec!["SNLA10001".into(), "SNLA10002".into()],
                    },
                    StopItem {
                        title: "Laptop set-up".into(),
                        quantity: 1,
                        serials: vec![],
                    },
                ],
                delivery_note: Some("Call 15 minutes before arrival".into()),
            },
        }
    }

    #[test]
    fn the_title_names_the_order_and_the_day_for_people() {
        assert_eq!(
            title(&note(), Lang::En),
            "Delivery note EF-000012 Tue 1 Dec 2026"
        );
    }

    #[test]
    fn the_note_says_what_is_handed_over_to_whom_with_lines_to_sign() {
        let vienna = shop_time::parse_zone("Europe/Vienna").unwrap();
        let printed = "2026-11-30T13:05:00Z".parse().unwrap();
        let pdf = delivery_note_pdf(&note(), vienna, printed, Lang::En).unwrap();
        if let Ok(path) = std::env::var("EQUIPFLOW_PDF_OUT") {
            std::fs::write(path, &pdf).unwrap();
        }
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        for want in [
            "DELIVERY NOTE",
            "Printed Mon 30 Nov 2026, 14:05",
            "Vienna IT Supply",
            "Order EF-000012 · Tue 1 Dec 2026 · delivered by Dana Weber",
            // 08:00 UTC is 09:00 in Vienna in winter.
            "09:00",
            "Erik Sørensen",
            "Phone +43 660 1234567",
            "Acme Consulting GmbH",
            "Mariahilfer Straße 45, 1060 Vienna, AT",
            "3rd floor, reception",
            "Dell Latitude 5450",
            "SNLA10001, SNLA10002",
            "Laptop set-up",
            "Call 15 minutes before arrival",
            "Received by",
            "Signature",
            "Page 1 of 1",
        ] {
            assert!(text.contains(want), "{want:?} in {text}");
        }
    }

    #[test]
    fn a_german_note_is_in_german() {
        let vienna = shop_time::parse_zone("Europe/Vienna").unwrap();
        let printed = "2026-11-30T13:05:00Z".parse().unwrap();
        let pdf = delivery_note_pdf(&note(), vienna, printed, Lang::De).unwrap();
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        for want in [
            "LIEFERSCHEIN",
            "Gedruckt Mo. 30. Nov. 2026, 14:05",
            "Bestellung EF-000012 · Di. 1. Dez. 2026 · geliefert von Dana Weber",
            "ÜBERGEBEN",
            "Erhalten von",
            "Unterschrift",
            "Seite 1 von 1",
        ] {
            assert!(text.contains(want), "{want:?} in {text}");
        }
        assert_eq!(
            title(&note(), Lang::De),
            "Lieferschein EF-000012 Di. 1. Dez. 2026"
        );
    }
}
