//! The Customers screen: every customer with its counts, and one customer
//! with its people, addresses and orders (archived ones too: history reads them).

use crate::domain::order::{derive_order_status, OrderStatus};
use crate::domain::shop_time::{self, Zone};
use crate::domain::ItemStatus;
use crate::store::customers::{self, AddressRow, CustomerRow, PersonRow, SummaryRow};
use crate::store::Db;
use crate::{Error, Result};
use chrono::DateTime;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerSummary {
    pub id: i32,
    pub number: String,
    pub name: String,
    pub is_new: bool,
    pub flagged: bool,
    pub archived: bool,
    pub version: i32,
    /// People and addresses that are not archived.
    pub people: i32,
    pub addresses: i32,
    pub orders: i32,
    /// The city of its first address; "" when it has none.
    pub city: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDetail {
    pub id: i32,
    pub number: String,
    pub name: String,
    pub is_new: bool,
    pub flagged: bool,
    pub archived: bool,
    pub version: i32,
    /// Archived people and addresses last.
    pub people: Vec<PersonView>,
    pub addresses: Vec<AddressView>,
    /// Newest first.
    pub orders: Vec<CustomerOrder>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonView {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub archived: bool,
    pub version: i32,
    /// Orders they receive.
    pub orders: i32,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AddressView {
    pub id: i32,
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub addition: String,
    pub archived: bool,
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerOrder {
    pub id: i32,
    pub number: String,
    /// The shop's day it was placed (ISO date).
    pub placed_on: String,
    /// Who receives it.
    pub recipient: String,
    pub items: i32,
    pub status: OrderStatus,
    pub status_label: String,
}

fn summary(r: SummaryRow) -> CustomerSummary {
    let c = r.customer;
    CustomerSummary {
        id: c.id,
        number: c.number,
        name: c.name,
        is_new: c.is_new,
        flagged: c.flagged,
        archived: c.archived,
        version: c.version,
        people: r.people,
        addresses: r.addresses,
        orders: r.orders,
        city: r.city.unwrap_or_default(),
    }
}

/// Every customer, archived ones too, by name.
pub async fn customers_list(db: &Db) -> Result<Vec<CustomerSummary>> {
    Ok(customers::list(db.pool())
        .await?
        .into_iter()
        .map(summary)
        .collect())
}

/// One customer as its screen shows it; the shop's `zone` says which day an order was placed.
pub async fn customer_detail(db: &Db, id: i32, zone: Zone) -> Result<CustomerDetail> {
    let pool = db.pool();
    let CustomerRow {
        id,
        number,
        name,
        is_new,
        flagged,
        archived,
        version,
    } = customers::get(pool, id).await?;
    let people = customers::people(pool, id)
        .await?
        .into_iter()
        .map(|p: PersonRow| PersonView {
            id: p.id,
            name: p.name,
            email: p.email,
            phone: p.phone,
            archived: p.archived,
            version: p.version,
            orders: p.orders,
        })
        .collect();
    let addresses = customers::addresses(pool, id)
        .await?
        .into_iter()
        .map(|a: AddressRow| AddressView {
            id: a.id,
            line1: a.line1,
            postal_code: a.postal_code,
            city: a.city,
            country_code: a.country_code,
            addition: a.addition,
            archived: a.archived,
            version: a.version,
        })
        .collect();
    let mut orders: Vec<CustomerOrder> = Vec::new();
    let mut items: Vec<(ItemStatus, bool)> = Vec::new();
    let rows = customers::order_items(pool, id).await?;
    for (i, row) in rows.iter().enumerate() {
        let status = ItemStatus::parse(&row.status)
            .ok_or_else(|| Error::Corrupt(format!("order {}: item status", row.order_id)))?;
        items.push((status, row.on_hold));
        // Rows come order by order: the last row of an order closes it.
        if rows.get(i + 1).is_some_and(|n| n.order_id == row.order_id) {
            continue;
        }
        let placed = DateTime::parse_from_rfc3339(&row.created_at)
            .map_err(|_| Error::Corrupt(format!("order {}: created_at", row.order_id)))?;
        let status = derive_order_status(&items);
        orders.push(CustomerOrder {
            id: row.order_id,
            number: row.number.clone(),
            placed_on: shop_time::local_day(placed.to_utc(), zone).to_string(),
            recipient: row.recipient.clone(),
            items: items.len() as i32,
            status,
            status_label: db.lang().order_status(status).into(),
        });
        items.clear();
    }
    Ok(CustomerDetail {
        id,
        number,
        name,
        is_new,
        flagged,
        archived,
        version,
        people,
        addresses,
        orders,
    })
}
