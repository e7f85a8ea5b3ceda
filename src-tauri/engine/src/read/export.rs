//! CSV out: the shop's products, services, stock units, customers and open
//! orders as the import reads them back (the same columns, money as
//! "1299.00", yes/no, lists as "a; b"), and the audit trail. Rows come in an order of their own
//! keys, so a shop exported, imported into an empty one and exported again
//! gives the same file.

use crate::domain::catalog::{Product, Service, Specs};
use crate::domain::order::TransactionType;
use crate::domain::sheet::{self, SheetKind};
use crate::domain::ItemStatus;
use crate::store::orders::OrderLine;
use crate::store::stock::UnitRecord;
use crate::store::{audit, catalog, customers, orders, stock, Db};
use crate::Result;
use std::collections::HashMap;

/// The whole `kind` table of the shop as CSV.
pub async fn export_csv(db: &Db, kind: SheetKind) -> Result<String> {
    let mut conn = db.pool().acquire().await?;
    let rows: Vec<Vec<String>> = match kind {
        SheetKind::Products => {
            let mut products = catalog::products(&mut *conn).await?;
            products.sort_by(|a, b| a.sku.cmp(&b.sku));
            products.iter().map(product_cells).collect()
        }
        SheetKind::Services => {
            let services = catalog::services(&mut conn).await?;
            let mut list: Vec<_> = services.values().collect();
            list.sort_by(|a, b| a.code.cmp(&b.code));
            list.into_iter()
                .map(|s| service_cells(s, &services))
                .collect()
        }
        SheetKind::StockUnits => {
            let mut units = stock::units(&mut *conn).await?;
            units.sort_by(|a, b| a.serial.cmp(&b.serial));
            units.iter().map(unit_cells).collect()
        }
        SheetKind::Customers => {
            let (mut people, mut addresses) = customers::parts_by_customer(&mut conn).await?;
            let mut rows = Vec::new();
            for c in customers::all(&mut *conn).await? {
                let people = people.remove(&c.id).unwrap_or_default();
                let addresses = addresses.remove(&c.id).unwrap_or_default();
                // Person n and address n share row n of the customer.
                for i in 0..people.len().max(addresses.len()).max(1) {
                    let mut row = vec![
                        c.number.clone(),
                        c.name.clone(),
                        sheet::yes_no(c.is_new),
                        sheet::yes_no(c.flagged),
                        sheet::yes_no(c.archived),
                    ];
                    row.extend(match people.get(i) {
                        Some(p) => [p.name.clone(), p.email.clone(), p.phone.clone()],
                        None => Default::default(),
                    });
                    row.extend(match addresses.get(i) {
                        Some(a) => [
                            a.line1.clone(),
                            a.postal_code.clone(),
                            a.city.clone(),
                            a.country_code.clone(),
                            a.addition.clone(),
                        ],
                        None => Default::default(),
                    });
                    rows.push(row);
                }
            }
            rows
        }
        SheetKind::OpenOrders => {
            let mut lines: Vec<OrderLine> = orders::own_lines(&mut *conn)
                .await?
                .into_iter()
                .filter(still_to_deliver)
                .collect();
            lines.sort_by(|a, b| (&a.order, a.position).cmp(&(&b.order, b.position)));
            lines.iter().map(order_line_cells).collect::<Result<_>>()?
        }
        SheetKind::AuditTrail => audit::all(&mut *conn)
            .await?
            .into_iter()
            .map(|a| {
                let changes: Vec<String> = serde_json::from_str(&a.changes).unwrap_or_default();
                vec![
                    a.at,
                    a.actor,
                    a.entity,
                    a.entity_id.to_string(),
                    a.action,
                    changes.join("\n"),
                ]
            })
            .collect(),
    };
    Ok(sheet::write(kind, rows))
}

/// A product's row.
pub(crate) fn product_cells(p: &Product) -> Vec<String> {
    vec![
        p.sku.clone(),
        p.name.clone(),
        p.category.clone(),
        sheet::specs_cell(p.specs.iter()),
        sheet::money_cell(p.unit_cents),
        sheet::yes_no(p.archived),
    ]
}

/// A service's row: its basic and linked services by code.
pub(crate) fn service_cells(s: &Service, services: &HashMap<i32, Service>) -> Vec<String> {
    let code = |id: &i32| services.get(id).map_or(id.to_string(), |s| s.code.clone());
    // By code, whatever the ids: a shop imported from the file numbers them anew.
    let by_code = |mut v: Vec<String>| {
        v.sort();
        v.join("; ")
    };
    let links: Vec<String> = s
        .links
        .iter()
        .map(|l| match l.mandatory {
            true => format!("{} (mandatory)", code(&l.service_id)),
            false => code(&l.service_id),
        })
        .collect();
    vec![
        s.code.clone(),
        s.name.clone(),
        s.kind.as_str().into(),
        s.offer_type.as_str().into(),
        sheet::yes_no(s.recurring),
        sheet::yes_no(s.requires_approval),
        sheet::money_cell(s.one_time_cents),
        sheet::money_cell(s.monthly_cents),
        s.product_category.clone().unwrap_or_default(),
        s.required_spec_keys.join("; "),
        sheet::yes_no(s.needs_technician),
        by_code(s.prerequisites.iter().map(code).collect()),
        by_code(links),
        sheet::yes_no(s.archived),
    ]
}

/// A stock unit's row.
pub(crate) fn unit_cells(u: &UnitRecord) -> Vec<String> {
    vec![
        u.serial.clone(),
        u.sku.clone(),
        u.inventory_number.clone(),
        u.location.clone(),
        u.state.as_str().into(),
        u.condition.as_str().into(),
    ]
}

/// A line of an open order the shop has still to deliver: an order (the way
/// back starts from holdings, not from a file) neither delivered nor closed.
fn still_to_deliver(l: &OrderLine) -> bool {
    !l.completed
        && l.transaction_type == TransactionType::Order.as_str()
        && ItemStatus::parse(&l.status).is_some_and(|s| {
            !matches!(
                s,
                ItemStatus::Delivered | ItemStatus::Completed | ItemStatus::Cancelled
            )
        })
}

/// An order line's row: the order by its reference (else its number), the
/// person by email (else name), the service by code.
pub(crate) fn order_line_cells(l: &OrderLine) -> Result<Vec<String>> {
    let specs = Specs::from_json(&l.requested_specs)?;
    Ok(vec![
        l.order.clone(),
        l.position.to_string(),
        l.customer.clone(),
        match l.person_email.is_empty() {
            true => l.person_name.clone(),
            false => l.person_email.clone(),
        },
        l.service.clone(),
        l.quantity.to_string(),
        sheet::specs_cell(specs.iter()),
        l.window_start.clone(),
        l.window_end.clone(),
        l.address_line1.clone(),
        l.postal_code.clone(),
        l.city.clone(),
        l.country_code.clone(),
        l.address_addition.clone(),
        l.transaction_type.clone(),
        l.note.clone(),
    ])
}
