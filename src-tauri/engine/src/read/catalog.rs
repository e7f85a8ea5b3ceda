//! The Catalog screen: every service and product (archived ones too, marked),
//! with where each is used, and one entry's audit trail.

use crate::domain::catalog::{
    categories, AuditAction, CatalogEntry, OfferType, ServiceKind, ServiceLink,
};
use crate::domain::change::Change;
use crate::i18n::Lang;
use crate::store::{audit, catalog, Db};
use crate::{Error, Result};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ServiceView {
    pub id: i32,
    pub version: i32,
    pub archived: bool,
    pub code: String,
    pub name: String,
    pub kind: ServiceKind,
    pub offer_type: OfferType,
    pub recurring: bool,
    pub requires_approval: bool,
    pub one_time_cents: i32,
    pub monthly_cents: i32,
    pub product_category: Option<String>,
    pub required_spec_keys: Vec<String>,
    pub needs_technician: bool,
    pub prerequisites: Vec<i32>,
    pub links: Vec<ServiceLink>,
    /// Order items of it, all and still open.
    pub items: i32,
    pub open_items: i32,
    /// Services that need it first or link it, by name.
    pub used_by: Vec<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProductView {
    pub id: i32,
    pub version: i32,
    pub archived: bool,
    pub sku: String,
    pub name: String,
    pub category: String,
    pub specs: BTreeMap<String, String>,
    pub unit_cents: i32,
    /// Order items it is assigned to, and its stock units.
    pub items: i32,
    pub units: i32,
    /// Services that offer its category, by name.
    pub offered_by: Vec<String>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CatalogView {
    /// By code; archived ones last.
    pub services: Vec<ServiceView>,
    /// By category, then name; archived ones last.
    pub products: Vec<ProductView>,
    /// The categories products have, for a service's category.
    pub categories: Vec<String>,
    /// The spec keys products of each category have, for a service's required specs.
    pub spec_keys: BTreeMap<String, Vec<String>>,
    /// The shop's currency (ISO 4217).
    pub currency: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryView {
    /// RFC 3339.
    pub at: String,
    pub actor: String,
    pub action: AuditAction,
    /// "name: Laptop → Business laptop", one per field changed, in the desk's language.
    pub changes: Vec<String>,
}

fn small(n: i64) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

pub async fn catalog_view(db: &Db) -> Result<CatalogView> {
    let snap = db.snapshot().await?;
    let service_use: HashMap<i32, (i64, i64)> = catalog::service_usage(db.pool())
        .await?
        .into_iter()
        .map(|(id, all, open)| (id, (all, open)))
        .collect();
    let product_use: HashMap<i32, (i64, i64)> = catalog::product_usage(db.pool())
        .await?
        .into_iter()
        .map(|(id, items, units)| (id, (items, units)))
        .collect();
    let names = |pred: &dyn Fn(&crate::domain::catalog::Service) -> bool| {
        let mut v: Vec<String> = snap
            .services
            .values()
            .filter(|s| pred(s))
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    };
    let mut services: Vec<ServiceView> = snap
        .services
        .values()
        .map(|s| {
            let (items, open) = service_use.get(&s.id).copied().unwrap_or_default();
            ServiceView {
                id: s.id,
                version: s.version,
                archived: s.archived,
                code: s.code.clone(),
                name: s.name.clone(),
                kind: s.kind,
                offer_type: s.offer_type,
                recurring: s.recurring,
                requires_approval: s.requires_approval,
                one_time_cents: small(s.one_time_cents),
                monthly_cents: small(s.monthly_cents),
                product_category: s.product_category.clone(),
                required_spec_keys: s.required_spec_keys.clone(),
                needs_technician: s.needs_technician,
                prerequisites: s.prerequisites.clone(),
                links: s.links.clone(),
                items: small(items),
                open_items: small(open),
                used_by: names(&|o| {
                    o.prerequisites.contains(&s.id) || o.links.iter().any(|l| l.service_id == s.id)
                }),
            }
        })
        .collect();
    services.sort_by(|a, b| (a.archived, &a.code).cmp(&(b.archived, &b.code)));
    let mut products: Vec<ProductView> = snap
        .products
        .values()
        .map(|p| {
            let (items, units) = product_use.get(&p.id).copied().unwrap_or_default();
            ProductView {
                id: p.id,
                version: p.version,
                archived: p.archived,
                sku: p.sku.clone(),
                name: p.name.clone(),
                category: p.category.clone(),
                specs: p.specs.as_map().clone(),
                unit_cents: small(p.unit_cents),
                items: small(items),
                units: small(units),
                offered_by: names(&|s| {
                    !s.archived && s.product_category.as_deref() == Some(p.category.as_str())
                }),
            }
        })
        .collect();
    products.sort_by(|a, b| {
        (a.archived, &a.category, &a.name).cmp(&(b.archived, &b.category, &b.name))
    });
    let mut spec_keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in snap.products.values() {
        let keys = spec_keys.entry(p.category.clone()).or_default();
        for (k, _) in p.specs.iter() {
            if !keys.iter().any(|x| x == k) {
                keys.push(k.to_string());
            }
        }
    }
    for keys in spec_keys.values_mut() {
        keys.sort();
    }
    Ok(CatalogView {
        services,
        products,
        categories: categories(snap.products.values()).into_iter().collect(),
        spec_keys,
        currency: snap.currency.clone(),
    })
}

/// One entry's changes, newest first.
pub async fn catalog_history(db: &Db, entry: CatalogEntry, id: i32) -> Result<Vec<AuditEntryView>> {
    let rows = audit::for_entity(db.pool(), entry.as_str(), id).await?;
    let lang = db.lang();
    rows.into_iter()
        .rev()
        .map(|r| {
            Ok(AuditEntryView {
                action: AuditAction::parse(&r.action)
                    .ok_or_else(|| Error::Corrupt(format!("audit action {}", r.action)))?,
                // An entry written without its changes as data shows its lines as stored.
                changes: match (lang, r.words) {
                    (Lang::En, _) | (_, None) => serde_json::from_str(&r.changes)?,
                    (lang, Some(words)) => Change::from_json(&words)?
                        .iter()
                        .map(|c| lang.change(c))
                        .collect(),
                },
                at: r.at,
                actor: r.actor,
            })
        })
        .collect()
}
