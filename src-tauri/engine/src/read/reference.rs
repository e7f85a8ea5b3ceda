//! What forms need to offer: services (none archived), customers with their
//! recipients and every address (an order picks one instead of typing it), resources.

use super::line_fit::{spec_options, SpecOptions};
use crate::domain::catalog::{OfferType, ServiceKind};
use crate::store::reference::{self, AddressRow};
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

/// One of a customer's addresses, as the order form fills it in.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AddressRef {
    pub id: i32,
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    /// Floor, door, who to ask: the order's delivery notes.
    pub addition: String,
    /// "Mariahilfer Straße 45, 1060 Vienna, AT", what the address select shows.
    pub label: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerRef {
    pub id: i32,
    pub name: String,
    pub recipients: Vec<RecipientRef>,
    /// In the order they were added: the first is the one an order starts with.
    pub addresses: Vec<AddressRef>,
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
    let recipients = reference::recipients(db.pool()).await?;
    let addresses = reference::addresses(db.pool()).await?;
    let customers = reference::customers(db.pool())
        .await?
        .into_iter()
        .map(|(id, name)| CustomerRef {
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
            addresses: addresses
                .iter()
                .filter(|a| a.customer_id == id)
                .map(address_ref)
                .collect(),
        })
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

fn address_ref(a: &AddressRow) -> AddressRef {
    AddressRef {
        id: a.id,
        label: format!(
            "{}, {} {}, {}",
            a.line1, a.postal_code, a.city, a.country_code
        ),
        line1: a.line1.clone(),
        postal_code: a.postal_code.clone(),
        city: a.city.clone(),
        country_code: a.country_code.clone(),
        addition: a.addition.clone(),
    }
}
