//! Printable documents as PDF files, drawn from the read models with krilla:
//! the day sheet, a stop's delivery note and a return's receipt (a read
//! model in, bytes out, nothing stored). [`layout`] puts text and
//! rules on A4 pages; each document says what goes where, with days written
//! as [`words`](crate::domain::words) writes them. The text is set in
//! DejaVu Sans, embedded as a subset: every Latin, Greek and Cyrillic name
//! prints as typed (a script DejaVu lacks, such as Chinese, prints as boxes).

mod day_sheet;
mod delivery_note;
mod layout;
mod return_receipt;

pub use day_sheet::{day_sheet_pdf, title as day_sheet_title};
pub use delivery_note::{delivery_note_pdf, title as delivery_note_title};
pub use return_receipt::{return_receipt_pdf, title as return_receipt_title};

/// A document that could not be made (a font that does not load, a PDF limit).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("could not make the PDF: {0}")]
pub struct RenderError(String);
