//! CSV in: a spreadsheet's products, services, stock units, customers or
//! open orders.
//! Two use cases: [`preview_import`] checks every row against the shop with
//! the domain's own parsers and writes nothing; [`apply_import`] checks the
//! file again inside its write transaction and writes every row or none.
//! Rows match the shop on their natural key (SKU, service code, serial,
//! customer number, an order's reference and line): a row like what the shop has changes nothing, so the
//! same file twice is a no-op; a changed row is an edit with its version
//! bumped and its lines in the audit trail, like an edit on screen.
//! A long import reports its progress and stops, writing nothing, when
//! cancelled ([`ImportProgress`]).

/// The value a row's check gives, or — its problem noted in the plan — on
/// to the next row: `let x = or_next!(plan, check(r));`, the check's error a
/// [`RowProblem`] (a domain parser's through [`problem_of`]).
macro_rules! or_next {
    ($plan:expr, $checked:expr) => {
        match $checked {
            Ok(v) => v,
            Err(p) => {
                $plan.problems.push(p);
                continue;
            }
        }
    };
}

mod customers;
mod open_orders;
mod products;
mod services;
mod stock_units;

use super::Ctx;
use crate::domain::catalog::AuditAction;
use crate::domain::change::Change as FieldChange;
use crate::domain::sheet::{self, RowProblem, Sheet, SheetKind, SheetRow};
use crate::domain::text;
use crate::error::RefusalKind;
use crate::i18n::{Invalid, Lang};
use crate::read::import::{
    ImportDone, ImportLine, ImportPreview, ImportStatus, RowChange, PREVIEW_LIST_MAX,
};
use crate::store::{audit, Db, Tx};
use crate::{Error, Result};
use sqlx::SqliteConnection;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// What one row does to the shop.
pub(super) enum Change<T> {
    New(T),
    /// With its "field: old → new" lines.
    Edited(T, Vec<ImportLine>),
    Same,
}

pub(super) struct Line<T> {
    pub row: u32,
    pub key: ImportLine,
    pub change: Change<T>,
    /// What a new row holds, for the preview.
    pub holds: Vec<ImportLine>,
}

/// A file checked against the shop: what each fit row does, and every
/// problem of the rest.
pub(super) struct Plan<T> {
    pub lines: Vec<Line<T>>,
    pub problems: Vec<RowProblem>,
}

impl<T> Default for Plan<T> {
    fn default() -> Self {
        Plan {
            lines: Vec::new(),
            problems: Vec::new(),
        }
    }
}

impl<T> Plan<T> {
    pub fn added(
        &mut self,
        row: &SheetRow,
        key: impl Into<ImportLine>,
        holds: Vec<ImportLine>,
        t: T,
    ) {
        self.push(row, key.into(), Change::New(t), holds);
    }

    pub fn edited(
        &mut self,
        row: &SheetRow,
        key: impl Into<ImportLine>,
        changes: Vec<ImportLine>,
        t: T,
    ) {
        let change = if changes.is_empty() {
            Change::Same
        } else {
            Change::Edited(t, changes)
        };
        self.push(row, key.into(), change, Vec::new());
    }

    fn push(&mut self, row: &SheetRow, key: ImportLine, change: Change<T>, holds: Vec<ImportLine>) {
        self.lines.push(Line {
            row: row.row,
            key,
            change,
            holds,
        });
    }

    /// A refusal of a domain parser as a problem of `row`, its field named
    /// by the file's column (`columns`: parser field prefix → column).
    pub fn refused(&mut self, row: &SheetRow, e: Error, columns: &[(&str, &str)]) -> Result<()> {
        match e {
            Error::Validation { .. } | Error::Refused(_) | Error::Overridable(_) => {
                self.problems.push(problem_of(row, e, columns));
                Ok(())
            }
            other => Err(other),
        }
    }

    fn counts(&self) -> (u32, u32, u32) {
        let mut n = (0, 0, 0);
        for l in &self.lines {
            match l.change {
                Change::New(_) => n.0 += 1,
                Change::Edited(..) => n.1 += 1,
                Change::Same => n.2 += 1,
            }
        }
        n
    }
}

/// A domain parser's refusal as a problem of `row`, its field named by the
/// file's column (`columns`: parser field prefix → column).
pub(super) fn problem_of(row: &SheetRow, e: Error, columns: &[(&str, &str)]) -> RowProblem {
    match e {
        Error::Validation {
            field,
            message,
            why,
        } => {
            let column = columns
                .iter()
                .find(|(f, _)| field.starts_with(f))
                .map_or(field.as_str(), |(_, c)| c);
            match why {
                Some(why) => row.invalid(column, *why),
                None => row.problem(column, message),
            }
        }
        Error::Refused(r) | Error::Overridable(r) => row.problem("", r.message),
        other => row.problem("", other.to_string()),
    }
}

/// A row's `archived` cell (yes or no).
pub(super) fn archived(row: &SheetRow, raw: &str) -> std::result::Result<bool, RowProblem> {
    sheet::flag(raw).map_err(|why| row.invalid("archived", why))
}

/// The preview's line for an entry the row archives or brings back.
pub(super) fn archived_change(was: bool, is: bool) -> Option<ImportLine> {
    (was != is).then_some(ImportLine::Archived { was, is })
}

/// A catalog entry's changes, for the preview.
pub(super) fn changed(changes: &[FieldChange]) -> impl Iterator<Item = ImportLine> + '_ {
    changes.iter().cloned().map(ImportLine::Changed)
}

/// The lines of an edit as the audit trail words them, for the preview.
pub(super) fn edits(fields: &[String]) -> impl Iterator<Item = ImportLine> + '_ {
    fields.iter().cloned().map(ImportLine::Edited)
}

/// Why a cell that must name one of `all` is refused.
pub(super) fn one_of(got: &str, all: impl Iterator<Item = &'static str>) -> Invalid {
    Invalid::OneOf {
        got: match got {
            "" => String::new(),
            got => text::echo(got),
        },
        all: all.collect(),
    }
}

/// The same key on two rows of one file: the second is a problem naming the first.
pub(super) fn twice(
    seen: &mut std::collections::HashMap<String, u32>,
    row: &SheetRow,
    column: &str,
    key: &str,
) -> Option<RowProblem> {
    twice_as(seen, row, column, key.to_lowercase(), |first| {
        Invalid::OnRowAlready {
            what: key.to_string(),
            first,
        }
    })
}

/// [`twice`] for a key within another (a customer's person, an order's
/// line), the problem said by `why` from the first row's number.
pub(super) fn twice_as<K: std::hash::Hash + Eq + Clone>(
    seen: &mut std::collections::HashMap<K, u32>,
    row: &SheetRow,
    column: &str,
    key: K,
    why: impl FnOnce(u32) -> Invalid,
) -> Option<RowProblem> {
    let first = seen.insert(key.clone(), row.row)?;
    seen.insert(key, first);
    Some(row.invalid(column, why(first)))
}

/// A running import's progress, shared with whoever shows it and may cancel it.
#[derive(Debug, Default)]
pub struct ImportProgress {
    running: AtomicBool,
    cancelled: AtomicBool,
    done: AtomicU32,
    total: AtomicU32,
}

impl ImportProgress {
    pub fn status(&self) -> ImportStatus {
        ImportStatus {
            running: self.running.load(Ordering::Relaxed),
            done: self.done.load(Ordering::Relaxed),
            total: self.total.load(Ordering::Relaxed),
        }
    }

    /// Asks the running import to stop; it writes nothing.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    fn start(&self, total: usize) -> Running<'_> {
        self.cancelled.store(false, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
        self.total
            .store(u32::try_from(total).unwrap_or(u32::MAX), Ordering::Relaxed);
        self.running.store(true, Ordering::Relaxed);
        Running(self)
    }
}

/// The import running: counts its rows, and ends the run however it ends.
pub(super) struct Running<'a>(&'a ImportProgress);

impl Running<'_> {
    /// One row written, unless the import was cancelled: then nothing is.
    pub fn step(&self) -> Result<()> {
        if self.0.cancelled.load(Ordering::Relaxed) {
            return Err(Error::refused(
                RefusalKind::ImportCancelled,
                "The import was cancelled; nothing was written",
            ));
        }
        self.0.done.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.store(false, Ordering::Relaxed);
    }
}

/// Checks `bytes` as a `kind` file against the shop (and, for orders, their
/// windows against today); writes nothing.
pub async fn preview_import(
    db: &Db,
    ctx: &Ctx,
    kind: SheetKind,
    bytes: &[u8],
) -> Result<ImportPreview> {
    let (sheet, read_problems) = Sheet::read(kind, bytes)?;
    let mut conn = db.pool().acquire().await?;
    let lang = db.lang();
    Ok(match kind {
        SheetKind::Products => preview(
            kind,
            &sheet,
            read_problems,
            products::plan(&mut conn, &sheet).await?,
            lang,
        ),
        SheetKind::Services => preview(
            kind,
            &sheet,
            read_problems,
            services::plan(&mut conn, &sheet).await?,
            lang,
        ),
        SheetKind::StockUnits => preview(
            kind,
            &sheet,
            read_problems,
            stock_units::plan(&mut conn, &sheet).await?,
            lang,
        ),
        SheetKind::Customers => preview(
            kind,
            &sheet,
            read_problems,
            customers::plan(&mut conn, &sheet).await?,
            lang,
        ),
        SheetKind::OpenOrders => preview(
            kind,
            &sheet,
            read_problems,
            open_orders::plan(&mut conn, &sheet, ctx).await?,
            lang,
        ),
        SheetKind::AuditTrail => return Err(never_imported()),
    })
}

fn never_imported() -> Error {
    Error::invalid("kind", Invalid::AuditTrailNotImported)
}

fn preview<T>(
    kind: SheetKind,
    sheet: &Sheet,
    mut problems: Vec<RowProblem>,
    plan: Plan<T>,
    lang: Lang,
) -> ImportPreview {
    problems.extend(plan.problems.iter().cloned());
    problems.sort_by_key(|p| p.row);
    let (new, changed, unchanged) = plan.counts();
    let problem_count = problems.len() as u32;
    problems.truncate(PREVIEW_LIST_MAX);
    let problems = problems.into_iter().map(|p| p.in_lang(lang)).collect();
    let said = |lines: &[ImportLine]| lines.iter().map(|l| lang.import_line(l)).collect();
    let changes = plan
        .lines
        .into_iter()
        .filter_map(|l| {
            let (new, lines) = match &l.change {
                Change::New(_) => (true, &l.holds),
                Change::Edited(_, changes) => (false, changes),
                Change::Same => return None,
            };
            Some(RowChange {
                row: l.row,
                key: lang.import_line(&l.key),
                new,
                changes: said(lines),
            })
        })
        .take(PREVIEW_LIST_MAX)
        .collect();
    ImportPreview {
        kind,
        rows: sheet.rows().len() as u32,
        new,
        changed,
        unchanged,
        problems,
        problem_count,
        changes,
    }
}

/// Writes every row of `bytes` as a `kind` file, all or none: the file is
/// checked again inside the transaction, and one problem refuses it all,
/// naming its row and column. Cancelled through `progress`, it writes nothing.
pub async fn apply_import(
    db: &Db,
    ctx: &Ctx,
    kind: SheetKind,
    bytes: &[u8],
    progress: &ImportProgress,
) -> Result<ImportDone> {
    let (sheet, read_problems) = Sheet::read(kind, bytes)?;
    let run = progress.start(sheet.rows().len());
    let mut tx = db.begin_write().await?;
    let (new, changed, unchanged) = match kind {
        SheetKind::Products => {
            let plan = fit(read_problems, products::plan(&mut tx, &sheet).await?)?;
            let counts = plan.counts();
            products::write(&mut tx, ctx, plan, &run).await?;
            counts
        }
        SheetKind::Services => {
            let plan = fit(read_problems, services::plan(&mut tx, &sheet).await?)?;
            let counts = plan.counts();
            services::write(&mut tx, ctx, plan, &run).await?;
            counts
        }
        SheetKind::StockUnits => {
            let plan = fit(read_problems, stock_units::plan(&mut tx, &sheet).await?)?;
            let counts = plan.counts();
            stock_units::write(&mut tx, ctx, plan, &run).await?;
            counts
        }
        SheetKind::Customers => {
            let plan = fit(read_problems, customers::plan(&mut tx, &sheet).await?)?;
            let counts = plan.counts();
            customers::write(&mut tx, ctx, plan, &run).await?;
            counts
        }
        SheetKind::OpenOrders => {
            let plan = fit(
                read_problems,
                open_orders::plan(&mut tx, &sheet, ctx).await?,
            )?;
            let counts = plan.counts();
            let snap = db.snapshot().await?;
            open_orders::write(&mut tx, ctx, &snap, plan, &run).await?;
            counts
        }
        SheetKind::AuditTrail => return Err(never_imported()),
    };
    run.step_last()?;
    tx.commit().await?;
    db.invalidate_snapshot();
    Ok(ImportDone {
        new,
        changed,
        unchanged,
        message: db.lang().imported(kind, new, changed, unchanged),
    })
}

impl Running<'_> {
    /// The last chance to stop before the commit.
    fn step_last(&self) -> Result<()> {
        self.step()?;
        self.0.done.fetch_sub(1, Ordering::Relaxed);
        Ok(())
    }
}

/// The plan, if no row of the file has a problem; else the first problem,
/// with how many more there are.
fn fit<T>(mut problems: Vec<RowProblem>, plan: Plan<T>) -> Result<Plan<T>> {
    problems.extend(plan.problems.iter().cloned());
    problems.sort_by_key(|p| p.row);
    let Some(first) = problems.first() else {
        return Ok(plan);
    };
    Err(Error::invalid(
        "file",
        Invalid::NothingImported {
            first: Box::new(first.clone()),
            more: problems.len() - 1,
        },
    ))
}

/// One line in the audit trail for an imported entry.
pub(super) async fn log(
    tx: &mut Tx,
    ctx: &Ctx,
    entity: &str,
    id: i32,
    action: &str,
    changes: &[String],
) -> Result<()> {
    audit::append(tx, &ctx.now_text(), &ctx.actor, entity, id, action, changes).await
}

/// An imported catalog entry's edit in the audit trail, field by field.
pub(super) async fn log_edit(
    tx: &mut Tx,
    ctx: &Ctx,
    entity: &str,
    id: i32,
    changes: &[FieldChange],
) -> Result<()> {
    super::catalog::log_changes(tx, ctx, entity, id, AuditAction::Edited, changes).await
}

/// The connection a plan reads through: a pooled one for the preview, the
/// write transaction for the apply.
pub(super) type Conn = SqliteConnection;
