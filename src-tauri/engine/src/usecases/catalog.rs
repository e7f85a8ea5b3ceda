//! The shop's own catalog: services and products created, edited, archived
//! and restored. Each action checks the entry against the catalog as it is
//! inside its write transaction, logs the change in the audit trail and
//! drops the snapshot, so rules, matching and the order form see it at once.
//! Nothing is ever deleted: an archived entry stays readable in history.

use super::Ctx;
use crate::domain::catalog::{AuditAction, Product, ProductInput, Service, ServiceInput};
use crate::domain::change::Change;
use crate::i18n::Invalid;
use crate::store::catalog::{self, Entry};
use crate::store::{audit, Db, Tx};
use crate::{Error, Result};
use std::collections::HashMap;

/// Logs the change, commits, and drops the snapshot of the catalog.
async fn finish(
    db: &Db,
    mut tx: Tx,
    ctx: &Ctx,
    (entry, id): (Entry, i32),
    action: AuditAction,
    changes: &[Change],
) -> Result<()> {
    log_changes(&mut tx, ctx, entry.as_str(), id, action, changes).await?;
    tx.commit().await?;
    db.invalidate_snapshot();
    Ok(())
}

/// A catalog entry's change in the audit trail, field by field, by whoever
/// made it: on screen or by an import.
pub(crate) async fn log_changes(
    tx: &mut Tx,
    ctx: &Ctx,
    entity: &str,
    id: i32,
    action: AuditAction,
    changes: &[Change],
) -> Result<()> {
    let at = ctx.now_text();
    let logged = audit::Entry {
        at: &at,
        actor: &ctx.actor,
        entity,
        entity_id: id,
        action: action.as_str(),
    };
    audit::append_changes(tx, &logged, changes).await
}

/// The stored entry at the version the person saw, else a conflict.
fn at_version<T>(
    (entry, id): (Entry, i32),
    stored: Option<T>,
    version: impl Fn(&T) -> i32,
    expected: i32,
) -> Result<T> {
    let found = stored.ok_or_else(|| Error::not_found(entry.as_str(), id))?;
    if version(&found) != expected {
        return Err(Error::Conflict {
            entity: entry.as_str(),
            id: id.into(),
            expected,
            found: version(&found),
        });
    }
    Ok(found)
}

/// Ordered items keep their service's and product's category: a change of
/// it would leave them holding something the service does not offer.
async fn keep_category(tx: &mut Tx, entry: Entry, id: i32, field: &str) -> Result<()> {
    let n = catalog::items_with(&mut **tx, entry, id).await?;
    if n > 0 {
        return Err(Error::invalid(field, Invalid::OnOrderItems { n }));
    }
    Ok(())
}

async fn products_by_id(tx: &mut Tx) -> Result<HashMap<i32, Product>> {
    Ok(catalog::products(&mut **tx)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

/// Adds a service; returns its id.
pub async fn create_service(db: &Db, ctx: &Ctx, input: ServiceInput) -> Result<i32> {
    let mut tx = db.begin_write().await?;
    let services = catalog::services(&mut tx).await?;
    let products = products_by_id(&mut tx).await?;
    let service = Service::parse(0, &input, &services, &products)?;
    let id = catalog::insert_service(&mut tx, &service).await?;
    finish(db, tx, ctx, (Entry::Service, id), AuditAction::Created, &[]).await?;
    Ok(id)
}

/// Edits a service; returns its new version. Ordered items keep their
/// service: the next decision about them reads the new terms.
pub async fn update_service(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    expected_version: i32,
    input: ServiceInput,
) -> Result<i32> {
    let mut tx = db.begin_write().await?;
    let services = catalog::services(&mut tx).await?;
    let products = products_by_id(&mut tx).await?;
    let key = (Entry::Service, id);
    let old = at_version(key, services.get(&id), |s| s.version, expected_version)?;
    let mut new = Service::parse(id, &input, &services, &products)?;
    new.archived = old.archived;
    let changes = old.edits(&new, &services);
    if changes.is_empty() {
        return Ok(old.version);
    }
    if new.product_category != old.product_category {
        keep_category(&mut tx, Entry::Service, id, "productCategory").await?;
    }
    catalog::update_service(&mut tx, &new, expected_version).await?;
    finish(db, tx, ctx, key, AuditAction::Edited, &changes).await?;
    Ok(expected_version + 1)
}

/// Archives a service (`archived`) or restores it; returns its new version.
/// An archived service cannot be ordered; its items and their history keep it.
pub async fn archive_service(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    expected_version: i32,
    archived: bool,
) -> Result<i32> {
    let mut tx = db.begin_write().await?;
    let services = catalog::services(&mut tx).await?;
    let key = (Entry::Service, id);
    let s = at_version(key, services.get(&id), |s| s.version, expected_version)?;
    if archived {
        s.check_archive(&services)?;
    } else {
        s.check_unarchive(&services)?;
    }
    set_archived(db, tx, ctx, key, archived, expected_version).await
}

async fn set_archived(
    db: &Db,
    mut tx: Tx,
    ctx: &Ctx,
    key: (Entry, i32),
    archived: bool,
    expected_version: i32,
) -> Result<i32> {
    catalog::set_archived(&mut *tx, key.0, key.1, archived, expected_version).await?;
    let action = if archived {
        AuditAction::Archived
    } else {
        AuditAction::Unarchived
    };
    finish(db, tx, ctx, key, action, &[]).await?;
    Ok(expected_version + 1)
}

/// Adds a product; returns its id.
pub async fn create_product(db: &Db, ctx: &Ctx, input: ProductInput) -> Result<i32> {
    let mut tx = db.begin_write().await?;
    let products = products_by_id(&mut tx).await?;
    let product = Product::parse(0, &input, &products)?;
    let id = catalog::insert_product(&mut *tx, &product).await?;
    finish(db, tx, ctx, (Entry::Product, id), AuditAction::Created, &[]).await?;
    Ok(id)
}

/// Edits a product; returns its new version. Its stock units and the items
/// assigned to it keep it.
pub async fn update_product(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    expected_version: i32,
    input: ProductInput,
) -> Result<i32> {
    let mut tx = db.begin_write().await?;
    let products = products_by_id(&mut tx).await?;
    let key = (Entry::Product, id);
    let old = at_version(key, products.get(&id), |p| p.version, expected_version)?;
    let mut new = Product::parse(id, &input, &products)?;
    new.archived = old.archived;
    let changes = old.edits(&new);
    if changes.is_empty() {
        return Ok(old.version);
    }
    if new.category != old.category {
        keep_category(&mut tx, Entry::Product, id, "category").await?;
    }
    catalog::update_product(&mut *tx, &new, expected_version).await?;
    finish(db, tx, ctx, key, AuditAction::Edited, &changes).await?;
    Ok(expected_version + 1)
}

/// Archives a product (`archived`) or restores it; returns its new version.
/// D2 never picks an archived product and nobody can assign it.
pub async fn archive_product(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    expected_version: i32,
    archived: bool,
) -> Result<i32> {
    let mut tx = db.begin_write().await?;
    let products = products_by_id(&mut tx).await?;
    let key = (Entry::Product, id);
    let p = at_version(key, products.get(&id), |p| p.version, expected_version)?;
    if p.archived == archived {
        return Err(Error::invalid(
            "archived",
            Invalid::CatalogArchivedAlready {
                name: p.name.clone(),
                archived,
            },
        ));
    }
    set_archived(db, tx, ctx, key, archived, expected_version).await
}
