//! What forms need to offer: services (none archived), customers with recipients and addresses, resources.

use super::line_fit::{spec_options, SpecOptions};
use crate::domain::catalog::{OfferType, ServiceKind};
use crate::store::reference::{self, CustomerRow};
use crate::store::{resources, Db};
use crate::Result;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRef {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub kind: ServiceKind,
    pub offer_type: OfferType,
    pub requires_approval: bool,
    /// The specs a request must give for the product to be picked without a
    /// person, each with the values the service's products have.
    pub required_specs: Vec<SpecOptions>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RecipientRef {
    pub id: i32,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerRef {
    pub id: i32,
    pub name: String,
    pub recipients: Vec<RecipientRef>,
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ResourceRef {
    pub id: i32,
    pub name: String,
    pub kind: String,
    pub capacity: i32,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceData {
    pub services: Vec<ServiceRef>,
    pub customers: Vec<CustomerRef>,
    pub resources: Vec<ResourceRef>,
    /// The shop's currency (ISO 4217), for showing money.
    pub currency: String,
}

pub async fn reference_data(db: &Db) -> Result<ReferenceData> {
    let snap = db.snapshot().await?;
    let mut services: Vec<_> = snap
        .services
        .values()
        .filter(|s| !s.archived)
        .map(|s| ServiceRef {
            id: s.id,
            code: s.code.clone(),
            name: s.name.clone(),
            kind: s.kind,
            offer_type: s.offer_type,
            requires_approval: s.requires_approval,
            required_specs: spec_options(s, &snap.products_for(s)),
        })
        .collect();
    services.sort_by_key(|s| s.id);
    let rows = reference::customers(db.pool()).await?;
    let recipients = reference::recipients(db.pool()).await?;
    let customers = rows
        .into_iter()
        .map(
            |CustomerRow {
                 id,
                 name,
                 line1: l1,
                 postal_code: pc,
                 city,
                 country_code: cc,
             }| CustomerRef {
                id,
                name,
                recipients: recipients
                    .iter()
                    .filter(|r| r.1 == id)
                    .map(|r| RecipientRef {
                        id: r.0,
                        name: r.2.clone(),
                    })
                    .collect(),
                line1: l1.unwrap_or_default(),
                postal_code: pc.unwrap_or_default(),
                city: city.unwrap_or_default(),
                country_code: cc.unwrap_or_default(),
            },
        )
        .collect();
    let resources = resources::list(db.pool())
        .await?
        .into_iter()
        .map(|r| ResourceRef {
            id: r.id,
            name: r.name,
            kind: r.kind.as_str().into(),
            capacity: r.capacity as i32,
        })
        .collect();
    Ok(ReferenceData {
        services,
        customers,
        resources,
        currency: snap.currency.clone(),
    })
}
