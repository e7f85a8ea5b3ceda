//! Services from CSV, matched on their code. Basic and linked services are
//! named by code, in the shop or anywhere in the file; each row is checked
//! by `Service::parse` against the catalog as the whole file would leave it.

use super::products::archive;
use super::{
    archived, archived_change, changed, log, log_edit, one_of, problem_of, twice, Change, Conn,
    Ctx, ImportLine, Plan, Running,
};
use crate::domain::catalog::{
    AuditAction, CatalogEntry, OfferType, Product, Service, ServiceInput, ServiceKind, ServiceLink,
};
use crate::domain::change::Change as FieldChange;
use crate::domain::sheet::{self, Sheet, SheetRow};
use crate::domain::text;
use crate::i18n::Invalid;
use crate::read::export::service_cells;
use crate::store::{catalog, Tx};
use crate::Result;
use std::collections::HashMap;

pub(super) struct ServiceRow {
    old: Option<Service>,
    new: Service,
    /// The edit's changes for the audit trail (archiving is logged on its own).
    fields: Vec<FieldChange>,
}

const COLUMNS: &[(&str, &str)] = &[
    ("oneTime", "one_time"),
    ("productCategory", "product_category"),
    ("requiredSpecKeys", "required_specs"),
    ("prerequisites", "basic_services"),
    ("links", "linked_services"),
];

/// A service code as the catalog keeps it, for matching.
fn code_key(raw: &str) -> String {
    raw.trim().to_uppercase()
}

const MANDATORY: &str = "(mandatory)";

pub(super) async fn plan(conn: &mut Conn, sheet: &Sheet) -> Result<Plan<ServiceRow>> {
    let stored = catalog::services(&mut *conn).await?;
    let products: HashMap<i32, Product> = catalog::products(&mut *conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut id_of: HashMap<String, i32> =
        stored.values().map(|s| (code_key(&s.code), s.id)).collect();
    // The catalog as the file leaves it: a new row is there from the start
    // (under an id of its own below zero) so any row may name it.
    let mut planned = stored.clone();
    let mut ids = Vec::with_capacity(sheet.rows().len());
    for (i, r) in sheet.rows().iter().enumerate() {
        let code = code_key(r.get("code"));
        let id = match id_of.get(&code) {
            Some(id) => *id,
            None => {
                let id = -1 - i32::try_from(i).unwrap_or(i32::MAX - 1);
                id_of.insert(code.clone(), id);
                planned.insert(id, placeholder(id, &code));
                id
            }
        };
        let stored_cells = stored.get(&id).map(|s| service_cells(s, &stored));
        if let Some(p) = planned.get_mut(&id) {
            p.archived = sheet::flag(&sheet.cell(r, stored_cells.as_deref(), "archived"))
                .unwrap_or(p.archived);
        }
        ids.push(id);
    }
    let mut plan = Plan::default();
    let mut seen = HashMap::new();
    let mut rows = Vec::new();
    for (r, id) in sheet.rows().iter().zip(ids) {
        let old = stored.get(&id);
        let stored_cells = old.map(|s| service_cells(s, &stored));
        let cell = |column| sheet.cell(r, stored_cells.as_deref(), column);
        let input = or_next!(plan, input(r, &cell, &id_of));
        let mut new = or_next!(
            plan,
            Service::parse(id, &input, &planned, &products).map_err(|e| problem_of(r, e, COLUMNS))
        );
        // In the order the store reads them back, so an unchanged row compares equal.
        new.prerequisites.sort_unstable();
        new.links.sort_by_key(|l| l.service_id);
        new.archived = or_next!(plan, archived(r, &cell("archived")));
        if let Some(p) = twice(&mut seen, r, "code", &new.code) {
            plan.problems.push(p);
            continue;
        }
        if let Some(old) = old {
            new.version = old.version;
            if old.product_category != new.product_category
                && catalog::items_with(&mut *conn, CatalogEntry::Service, id).await? > 0
            {
                plan.problems
                    .push(r.invalid("product_category", Invalid::CategoryOnOrders));
                continue;
            }
        }
        planned.insert(id, new.clone());
        rows.push((r, id, new));
    }
    for (r, id, new) in rows {
        // Archived, it must not be a basic or linked service of an active one.
        if new.archived && !stored.get(&id).is_some_and(|s| s.archived) {
            let mut active = new.clone();
            active.archived = false;
            if let Err(e) = active.check_archive(&planned) {
                plan.refused(r, e, &[("archived", "archived")])?;
                continue;
            }
        }
        let key = new.code.clone();
        match stored.get(&id) {
            None => {
                let holds = vec![
                    ImportLine::Value(new.name.clone()),
                    ImportLine::Offer {
                        kind: new.kind,
                        offer: new.offer_type,
                    },
                ];
                let fields = Vec::new();
                plan.added(
                    r,
                    key.as_str(),
                    holds,
                    ServiceRow {
                        old: None,
                        new,
                        fields,
                    },
                );
            }
            Some(old) => {
                let fields = old.edits(&new, &planned);
                let mut changes: Vec<_> = changed(&fields).collect();
                changes.extend(archived_change(old.archived, new.archived));
                let old = Some(old.clone());
                plan.edited(r, key.as_str(), changes, ServiceRow { old, new, fields });
            }
        }
    }
    Ok(plan)
}

/// A service the file adds, as other rows see it before its own row is read.
fn placeholder(id: i32, code: &str) -> Service {
    Service {
        id,
        code: code.to_string(),
        name: code.to_string(),
        kind: ServiceKind::Support,
        offer_type: OfferType::Purchase,
        recurring: false,
        requires_approval: false,
        one_time_cents: 0,
        monthly_cents: 0,
        product_category: None,
        required_spec_keys: Vec::new(),
        needs_technician: false,
        prerequisites: Vec::new(),
        links: Vec::new(),
        archived: false,
        version: 0,
    }
}

/// The row as the catalog's form would send it; a cell no form could send is its problem.
fn input(
    r: &SheetRow,
    cell: &dyn Fn(&'static str) -> String,
    id_of: &HashMap<String, i32>,
) -> std::result::Result<ServiceInput, crate::domain::sheet::RowProblem> {
    let flag =
        |column: &'static str| sheet::flag(&cell(column)).map_err(|why| r.invalid(column, why));
    let kind_cell = cell("kind").trim().to_lowercase();
    let kind = ServiceKind::parse(&kind_cell).ok_or_else(|| {
        r.invalid(
            "kind",
            one_of(&kind_cell, ServiceKind::ALL.iter().map(|k| k.as_str())),
        )
    })?;
    let offer_cell = cell("offer_type").trim().to_lowercase();
    let offer_type = OfferType::parse(&offer_cell).ok_or_else(|| {
        r.invalid(
            "offer_type",
            one_of(&offer_cell, OfferType::ALL.iter().map(|k| k.as_str())),
        )
    })?;
    let service = |column: &'static str, code: &str| {
        id_of.get(&code_key(code)).copied().ok_or_else(|| {
            r.invalid(
                column,
                Invalid::NoServiceCoded {
                    got: text::echo(code),
                },
            )
        })
    };
    let prerequisites = sheet::list(&cell("basic_services"))
        .iter()
        .map(|c| service("basic_services", c))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let links = sheet::list(&cell("linked_services"))
        .iter()
        .map(|c| {
            let (code, mandatory) = match c.strip_suffix(MANDATORY) {
                Some(code) => (code.trim(), true),
                None => (c.as_str(), false),
            };
            Ok(ServiceLink {
                service_id: service("linked_services", code)?,
                mandatory,
            })
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let category = cell("product_category");
    Ok(ServiceInput {
        code: r.get("code").to_string(),
        name: cell("name"),
        kind,
        offer_type,
        recurring: flag("recurring")?,
        requires_approval: flag("requires_approval")?,
        one_time: cell("one_time"),
        monthly: cell("monthly"),
        product_category: Some(category).filter(|c| !c.trim().is_empty()),
        required_spec_keys: sheet::list(&cell("required_specs")),
        needs_technician: flag("needs_technician")?,
        prerequisites,
        links,
    })
}

pub(super) async fn write(
    tx: &mut Tx,
    ctx: &Ctx,
    plan: Plan<ServiceRow>,
    run: &Running<'_>,
) -> Result<()> {
    let entity = CatalogEntry::Service.as_str();
    let rows: Vec<ServiceRow> = plan
        .lines
        .into_iter()
        .filter_map(|l| match l.change {
            Change::New(r) | Change::Edited(r, _) => Some(r),
            Change::Same => None,
        })
        .collect();
    // New services first, bare, so every reference has its id.
    let mut real: HashMap<i32, i32> = HashMap::new();
    for row in rows.iter().filter(|r| r.old.is_none()) {
        run.step()?;
        let mut bare = row.new.clone();
        bare.prerequisites.clear();
        bare.links.clear();
        let id = catalog::insert_service(tx, &bare).await?;
        log(tx, ctx, entity, id, AuditAction::Created.as_str(), &[]).await?;
        real.insert(row.new.id, id);
    }
    let id_of = |id: i32| real.get(&id).copied().unwrap_or(id);
    for row in rows {
        let mut new = row.new;
        new.id = id_of(new.id);
        new.prerequisites = new.prerequisites.iter().map(|p| id_of(*p)).collect();
        for l in &mut new.links {
            l.service_id = id_of(l.service_id);
        }
        let version = match &row.old {
            None => {
                catalog::insert_references(tx, new.id, &new).await?;
                (new.id, 1)
            }
            Some(old) => {
                run.step()?;
                if row.fields.is_empty() {
                    (old.id, old.version)
                } else {
                    catalog::update_service(tx, &new, old.version).await?;
                    log_edit(tx, ctx, entity, old.id, &row.fields).await?;
                    (old.id, old.version + 1)
                }
            }
        };
        let was = row.old.as_ref().is_some_and(|s| s.archived);
        archive(tx, ctx, CatalogEntry::Service, version, was, new.archived).await?;
    }
    Ok(())
}
