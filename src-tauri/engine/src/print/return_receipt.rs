//! The return receipt as a PDF: what the shop took back from whom — the
//! customer and person, the address it was collected from, each unit with
//! its serial and inventory number, the condition recorded at check-in and
//! its note — and the "Received by" and signature lines.

use super::day_sheet::{
    day_text, heading, label, metadata, paper_title, printed_line, LABEL, RIGHT, SMALL,
};
use super::layout::{Align, Face, Fonts, Pages, Row, Style, MARGIN};
use super::RenderError;
use crate::domain::shop_time::Zone;
use crate::i18n::{Lang, PaperWord};
use crate::read::ReturnReceipt;
use chrono::{DateTime, Utc};

const BODY: Style = Style::new(Face::Regular, 10.0);
const SERIAL: Style = Style::new(Face::Mono, 9.0);
const INVENTORY: f32 = MARGIN + 150.0;
const CONDITION: f32 = MARGIN + 250.0;
const NOTE: f32 = MARGIN + 340.0;

/// "Return receipt EF-000012 Tue 1 Dec 2026": the PDF's title and, made safe, its file name.
pub fn title(receipt: &ReturnReceipt, lang: Lang) -> String {
    paper_title(
        lang,
        PaperWord::ReturnReceipt,
        &receipt.order_number,
        &receipt.date,
    )
}

/// The receipt as PDF bytes in `lang`; `printed` is when it was made, in the shop's `zone`.
pub fn return_receipt_pdf(
    receipt: &ReturnReceipt,
    zone: Zone,
    printed: DateTime<Utc>,
    lang: Lang,
) -> Result<Vec<u8>, RenderError> {
    let fonts = Fonts::new()?;
    let day = day_text(&receipt.date, lang);
    let mut pages = Pages::new();
    let mut head = vec![printed_line(
        &fonts,
        PaperWord::ReturnReceipt,
        zone,
        printed,
        lang,
    )];
    head.extend(heading(
        &fonts,
        &receipt.shop_name,
        &lang.receipt_line(&receipt.kind, &receipt.order_number, &day),
    ));
    pages.block(head);

    // From whom, and where it was collected.
    let mut who = Vec::new();
    for (word, text) in [
        (
            PaperWord::From,
            format!("{} · {}", receipt.recipient_name, receipt.customer_name),
        ),
        (PaperWord::Address, receipt.address.clone()),
        (PaperWord::What, receipt.title.clone()),
    ] {
        let lines = fonts.wrap(BODY, &text, RIGHT - INVENTORY);
        let mut row = Row::new(0.0);
        row.text(&fonts, MARGIN, 12.0, LABEL, &label(lang, word), Align::Left);
        row.lines(&fonts, INVENTORY, 12.0, BODY, &lines);
        let height = row.height() + 4.0;
        row.at_least(height);
        who.push(row);
    }
    pages.block(who);

    // Each unit as it came back.
    let mut table = Vec::new();
    let mut header = Row::new(24.0);
    for (x, word) in [
        (MARGIN, PaperWord::SerialNumber),
        (INVENTORY, PaperWord::InventoryNo),
        (CONDITION, PaperWord::Condition),
        (NOTE, PaperWord::Note),
    ] {
        header.text(&fonts, x, 18.0, LABEL, &label(lang, word), Align::Left);
    }
    header.rule(MARGIN, RIGHT, 21.5, 0.5, 170);
    table.push(header);
    pages.block(table);
    for line in &receipt.lines {
        let mut row = Row::new(0.0);
        row.text(&fonts, MARGIN, 12.0, SERIAL, &line.serial, Align::Left);
        row.text(
            &fonts,
            INVENTORY,
            12.0,
            SERIAL,
            &line.inventory_number,
            Align::Left,
        );
        let condition = Style::new(Face::Bold, 10.0);
        row.text(
            &fonts,
            CONDITION,
            12.0,
            condition,
            &line.condition_label,
            Align::Left,
        );
        let note = if line.note.is_empty() {
            "—"
        } else {
            &line.note
        };
        row.lines(
            &fonts,
            NOTE,
            12.0,
            BODY,
            &fonts.wrap(BODY, note, RIGHT - NOTE),
        );
        let height = row.height() + 5.0;
        row.at_least(height);
        row.rule(MARGIN, RIGHT, height, 0.3, 210);
        pages.block(vec![row]);
    }
    let count = Row::new(6.0);
    let mut summary = Row::new(18.0);
    summary.text(
        &fonts,
        MARGIN,
        14.0,
        SMALL,
        &lang.taken_back(receipt.lines.len(), receipt.complete),
        Align::Left,
    );

    // Lines to sign.
    let mut sign = Row::new(56.0);
    let half = (RIGHT - MARGIN - 24.0) / 2.0;
    sign.rule(MARGIN, MARGIN + half, 40.0, 0.5, 120);
    sign.rule(MARGIN + half + 24.0, RIGHT, 40.0, 0.5, 120);
    sign.text(
        &fonts,
        MARGIN,
        49.0,
        SMALL,
        lang.paper(PaperWord::ReceivedBy),
        Align::Left,
    );
    sign.text(
        &fonts,
        MARGIN + half + 24.0,
        49.0,
        SMALL,
        lang.paper(PaperWord::Signature),
        Align::Left,
    );
    pages.block(vec![count, summary, sign]);

    pages.finish(
        &fonts,
        metadata(title(receipt, lang), lang),
        &format!("{} · {}", receipt.order_number, day),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::holding::CheckInCondition;
    use crate::domain::shop_time;
    use crate::read::ReturnedUnit;

    fn receipt() -> ReturnReceipt {
        ReturnReceipt {
            item_id: 9,
            shop_name: "Vienna IT Supply".into(),
            order_number: "EF-000031".into(),
            kind: "Return".into(),
            customer_name: "Acme Consulting GmbH".into(),
            recipient_name: "Jonas Becker".into(),
            address: "Mariahilfer Straße 45, 1060 Vienna, AT".into(),
            date: "2026-12-02".into(),
            title: "Dell Latitude 5450".into(),
            lines: vec![
                ReturnedUnit {
                    serial: "SNLA10001".into(),
                    inventory_number: "INV-10001".into(),
                    condition: Some(CheckInCondition::Damaged),
                    condition_label: "damaged".into(),
                    note: "cracked hinge".into(),
                },
                ReturnedUnit {
                    serial: "SNLA10002".into(),
                    inventory_number: "INV-10002".into(),
                    condition: Some(CheckInCondition::Good),
                    condition_label: "good".into(),
                    note: String::new(),
                },
            ],
            complete: true,
        }
    }

    #[test]
    fn the_title_names_the_order_and_the_day_for_people() {
        assert_eq!(
            title(&receipt(), Lang::En),
            "Return receipt EF-000031 Wed 2 Dec 2026"
        );
    }

    #[test]
    fn the_receipt_says_what_came_back_from_whom_and_how() {
        let vienna = shop_time::parse_zone("Europe/Vienna").unwrap();
        let printed = "2026-12-02T13:05:00Z".parse().unwrap();
        let pdf = return_receipt_pdf(&receipt(), vienna, printed, Lang::En).unwrap();
        if let Ok(path) = std::env::var("EQUIPFLOW_PDF_OUT") {
            std::fs::write(path, &pdf).unwrap();
        }
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        for want in [
            "RETURN RECEIPT",
            "Printed Wed 2 Dec 2026, 14:05",
            "Vienna IT Supply",
            "Return · order EF-000031 · checked in Wed 2 Dec 2026",
            "Jonas Becker · Acme Consulting GmbH",
            "Mariahilfer Straße 45, 1060 Vienna, AT",
            "Dell Latitude 5450",
            "SNLA10001",
            "INV-10001",
            "damaged",
            "cracked hinge",
            "good",
            "2 units taken back",
            "Received by",
            "Signature",
            "Page 1 of 1",
        ] {
            assert!(text.contains(want), "{want:?} in {text}");
        }
    }

    #[test]
    fn a_german_receipt_is_in_german() {
        let vienna = shop_time::parse_zone("Europe/Vienna").unwrap();
        let printed = "2026-12-02T13:05:00Z".parse().unwrap();
        let german = ReturnReceipt {
            kind: Lang::De
                .way_back_kind(crate::domain::order::TransactionType::Return)
                .into(),
            ..receipt()
        };
        let pdf = return_receipt_pdf(&german, vienna, printed, Lang::De).unwrap();
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        for want in [
            "RÜCKNAHMEBELEG",
            "Gedruckt Mi. 2. Dez. 2026, 14:05",
            "Rückgabe · Bestellung EF-000031 · zurückgenommen Mi. 2. Dez. 2026",
            "VON",
            "ADRESSE",
            "SERIENNUMMER",
            "INVENTARNR.",
            "ZUSTAND",
            "2 Geräte zurückgenommen",
            "Erhalten von",
            "Unterschrift",
            "Seite 1 von 1",
        ] {
            assert!(text.contains(want), "{want:?} in {text}");
        }
        assert_eq!(
            title(&german, Lang::De),
            "Rücknahmebeleg EF-000031 Mi. 2. Dez. 2026"
        );
    }
}
