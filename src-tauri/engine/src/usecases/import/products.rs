//! Products from CSV, matched on their SKU.

use super::{
    archived, archived_change, changed, log, log_edit, problem_of, twice, Change, Conn, Ctx,
    ImportLine, Plan, Running,
};
use crate::domain::catalog::{AuditAction, CatalogEntry, Product, ProductInput};
use crate::domain::sheet::{self, Sheet};
use crate::read::export::product_cells;
use crate::store::{catalog, Tx};
use crate::Result;
use std::collections::HashMap;

/// A row to write: the product as it is now (if the shop has it) and as the row wants it.
pub(super) struct ProductRow {
    old: Option<Product>,
    new: Product,
}

const COLUMNS: &[(&str, &str)] = &[("unitPrice", "unit_price"), ("specs", "specs")];

pub(super) async fn plan(conn: &mut Conn, sheet: &Sheet) -> Result<Plan<ProductRow>> {
    let by_sku: HashMap<String, Product> = catalog::products(&mut *conn)
        .await?
        .into_iter()
        .map(|p| (p.sku.to_lowercase(), p))
        .collect();
    let mut plan = Plan::default();
    let mut seen = HashMap::new();
    for r in sheet.rows() {
        let old = by_sku.get(&r.get("sku").trim().to_lowercase());
        let stored = old.map(product_cells);
        let cell = |column| sheet.cell(r, stored.as_deref(), column);
        let specs = or_next!(
            plan,
            sheet::specs(&cell("specs")).map_err(|why| r.invalid("specs", why))
        );
        let input = ProductInput {
            sku: r.get("sku").to_string(),
            name: cell("name"),
            category: cell("category"),
            specs,
            unit_price: cell("unit_price"),
        };
        let id = old.map_or(0, |p| p.id);
        let mut new = or_next!(
            plan,
            Product::parse_among(id, &input, |sku| by_sku.get(&sku.to_lowercase()))
                .map_err(|e| problem_of(r, e, COLUMNS))
        );
        new.archived = or_next!(plan, archived(r, &cell("archived")));
        if let Some(p) = twice(&mut seen, r, "sku", &new.sku) {
            plan.problems.push(p);
            continue;
        }
        let key = new.sku.clone();
        match old {
            None => {
                let holds = vec![
                    ImportLine::Value(new.name.clone()),
                    ImportLine::Value(new.category.clone()),
                    ImportLine::Price(new.unit_cents),
                ];
                plan.added(r, key.as_str(), holds, ProductRow { old: None, new });
            }
            Some(old) => {
                // Matched in any case: the row does not rename it.
                new.sku = old.sku.clone();
                new.version = old.version;
                let mut changes: Vec<_> = changed(&old.edits(&new)).collect();
                changes.extend(archived_change(old.archived, new.archived));
                let old = Some(old.clone());
                plan.edited(r, key.as_str(), changes, ProductRow { old, new });
            }
        }
    }
    Ok(plan)
}

pub(super) async fn write(
    tx: &mut Tx,
    ctx: &Ctx,
    plan: Plan<ProductRow>,
    run: &Running<'_>,
) -> Result<()> {
    let entity = CatalogEntry::Product.as_str();
    for line in plan.lines {
        run.step()?;
        let row = match line.change {
            Change::Same => continue,
            Change::New(row) | Change::Edited(row, _) => row,
        };
        let version = match &row.old {
            None => {
                let id = catalog::insert_product(&mut **tx, &row.new).await?;
                log(tx, ctx, entity, id, AuditAction::Created.as_str(), &[]).await?;
                (id, 1)
            }
            Some(old) => {
                let fields = old.edits(&row.new);
                if fields.is_empty() {
                    (old.id, old.version)
                } else {
                    catalog::update_product(&mut **tx, &row.new, old.version).await?;
                    log_edit(tx, ctx, entity, old.id, &fields).await?;
                    (old.id, old.version + 1)
                }
            }
        };
        let was = row.old.as_ref().is_some_and(|p| p.archived);
        archive(
            tx,
            ctx,
            CatalogEntry::Product,
            version,
            was,
            row.new.archived,
        )
        .await?;
    }
    Ok(())
}

/// Archives or restores catalog entry `id` (at `version`) when the row says
/// otherwise than the shop (`was`), with its line in the audit trail.
pub(super) async fn archive(
    tx: &mut Tx,
    ctx: &Ctx,
    entry: CatalogEntry,
    (id, version): (i32, i32),
    was: bool,
    archived: bool,
) -> Result<()> {
    if was == archived {
        return Ok(());
    }
    catalog::set_archived(&mut **tx, entry, id, archived, version).await?;
    let action = match archived {
        true => AuditAction::Archived,
        false => AuditAction::Unarchived,
    };
    log(tx, ctx, entry.as_str(), id, action.as_str(), &[]).await
}
