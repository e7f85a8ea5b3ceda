//! What an import shows a person: the preview of a file (how many rows are
//! new, changed or unchanged, and every row's problems), how far a running
//! import is, and what an applied import did.

use crate::domain::sheet::{RowProblem, SheetKind};
use serde::Serialize;

/// The preview shows at most this many problems and changed rows; the
/// counts are always whole.
pub const PREVIEW_LIST_MAX: usize = 200;

/// A file checked against the shop, nothing written.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub kind: SheetKind,
    /// Rows with something in them (the header not counted).
    pub rows: u32,
    pub new: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// Every problem up to [`PREVIEW_LIST_MAX`], by row.
    pub problems: Vec<RowProblem>,
    pub problem_count: u32,
    /// The new and changed rows up to [`PREVIEW_LIST_MAX`], by row.
    pub changes: Vec<RowChange>,
}

/// A row that adds or changes something, with what it changes.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RowChange {
    pub row: u32,
    /// Its SKU, service code, serial or customer number.
    pub key: String,
    pub new: bool,
    /// "field: old → new" for a changed row; what it holds for a new one.
    pub changes: Vec<String>,
}

/// An import written.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportDone {
    pub new: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// "Imported 12 products: 10 new, 2 changed, 30 unchanged"
    pub message: String,
}

/// How far the import running now is (rows written of all), for its progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportStatus {
    pub running: bool,
    pub done: u32,
    pub total: u32,
}
