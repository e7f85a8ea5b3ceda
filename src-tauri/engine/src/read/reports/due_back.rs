//! What is due back, for the Utilisation report: the holdings
//! [`holdings::due_back`](crate::read::holdings::due_back) names (rentals and
//! leases ending within [`DUE_BACK_DAYS`] of today, and those past their end
//! that the customer still has), by customer. Each number opens the items
//! that delivered its holdings.

use super::Count;
use crate::domain::holding::DueKind;
use crate::read::holdings::{self, HoldingView, DUE_BACK_DAYS};
use crate::store::reports as rows;
use crate::store::Db;
use crate::{Error, Result};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// A holding due back, with the item that delivered it (what a click opens).
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DueHolding {
    pub item_id: i32,
    pub holding: HoldingView,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDue {
    pub customer_id: i32,
    pub customer: String,
    pub overdue: Count,
    pub due_soon: Count,
    /// Overdue first, then by end.
    pub holdings: Vec<DueHolding>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DueBack {
    /// The shop's day it is read on, as people read it.
    pub today: String,
    /// How many days ahead an end counts as due back.
    pub horizon_days: i32,
    pub overdue: Count,
    pub due_soon: Count,
    /// The customer with the most pressing holding first: overdue the
    /// longest, then the nearest end.
    pub customers: Vec<CustomerDue>,
}

/// What is due back on `today`, per customer.
pub async fn due_back(db: &Db, today: NaiveDate) -> Result<DueBack> {
    let due = holdings::due_back(db, today).await?;
    let ids: Vec<i32> = due.iter().map(|d| d.holding.id).collect();
    let item_of: HashMap<i32, i32> = rows::holding_items(db.pool(), &serde_json::to_string(&ids)?)
        .await?
        .into_iter()
        .collect();
    let mut customers: Vec<CustomerDue> = Vec::new();
    let (mut overdue, mut due_soon) = (Count::of(vec![]), Count::of(vec![]));
    // `due_back` lists overdue first, then by end: a customer's first holding
    // is its most pressing, so customers keep the order they first appear in.
    for d in due {
        let item_id = *item_of
            .get(&d.holding.id)
            .ok_or_else(|| Error::Corrupt(format!("holding {} has no item", d.holding.id)))?;
        let c = match customers
            .iter()
            .position(|c| c.customer_id == d.customer_id)
        {
            Some(i) => &mut customers[i],
            None => {
                customers.push(CustomerDue {
                    customer_id: d.customer_id,
                    customer: d.customer,
                    overdue: Count::of(vec![]),
                    due_soon: Count::of(vec![]),
                    holdings: vec![],
                });
                customers.last_mut().expect("just pushed")
            }
        };
        let (all, mine) = match d.holding.due {
            Some(DueKind::Overdue) => (&mut overdue, &mut c.overdue),
            _ => (&mut due_soon, &mut c.due_soon),
        };
        all.push(item_id);
        mine.push(item_id);
        c.holdings.push(DueHolding {
            item_id,
            holding: d.holding,
        });
    }
    Ok(DueBack {
        today: db.lang().day(today),
        horizon_days: DUE_BACK_DAYS as i32,
        overdue,
        due_soon,
        customers,
    })
}
