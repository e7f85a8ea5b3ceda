//! Holdings (what a customer has: Equipme's service instances) and the units
//! each has had. Never deleted (triggers refuse it); a unit is checked in once.

use super::Tx;
use crate::domain::holding::{CheckInCondition, HoldingState, MissingDecision};
use crate::{Error, Result};
use chrono::NaiveDate;
use sqlx::{FromRow, SqliteExecutor};
use std::collections::HashMap;

/// A holding as written when its item is delivered.
pub struct NewHolding {
    pub customer_id: i32,
    pub recipient_id: i32,
    pub service_id: i32,
    pub product_id: Option<i32>,
    pub item_id: i32,
    pub quantity: u32,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub one_time_cents: i64,
    pub monthly_cents: i64,
}

pub async fn insert(tx: &mut Tx, h: &NewHolding, now: &str) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO holdings (customer_id, recipient_id, service_id, product_id, item_id, quantity,
                               start_date, end_date, one_time_cents, monthly_cents, state, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(h.customer_id)
    .bind(h.recipient_id)
    .bind(h.service_id)
    .bind(h.product_id)
    .bind(h.item_id)
    .bind(h.quantity as i64)
    .bind(h.start.to_string())
    .bind(h.end.map(|d| d.to_string()))
    .bind(h.one_time_cents)
    .bind(h.monthly_cents)
    .bind(HoldingState::Active.as_str())
    .bind(now)
    .fetch_one(&mut **tx)
    .await?)
}

/// The unit goes out with the holding.
pub async fn add_unit(tx: &mut Tx, holding_id: i32, unit_id: i32, at: &str) -> Result<()> {
    sqlx::query("INSERT INTO holding_units (holding_id, unit_id, delivered_at) VALUES (?, ?, ?)")
        .bind(holding_id)
        .bind(unit_id)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A holding with the names people read.
#[derive(Debug, Clone)]
pub struct HoldingRecord {
    pub id: i32,
    pub customer_id: i32,
    pub customer: String,
    pub recipient_id: i32,
    pub person: String,
    pub service_id: i32,
    pub service: String,
    pub product_id: Option<i32>,
    pub product: Option<String>,
    pub category: Option<String>,
    pub item_id: i32,
    pub order_number: String,
    pub quantity: u32,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub one_time_cents: i64,
    pub monthly_cents: i64,
    pub state: HoldingState,
    pub version: i32,
}

impl HoldingRecord {
    /// "Lenovo ThinkPad T14 ×2 (EF-00012)": how a reason names it.
    pub fn title(&self) -> String {
        let what = self.product.as_deref().unwrap_or(&self.service);
        let n = if self.quantity > 1 {
            format!(" ×{}", self.quantity)
        } else {
            String::new()
        };
        format!("{what}{n} ({})", self.order_number)
    }
}

#[derive(FromRow)]
struct HoldingRow {
    id: i32,
    customer_id: i32,
    customer: String,
    recipient_id: i32,
    person: String,
    service_id: i32,
    service: String,
    product_id: Option<i32>,
    product: Option<String>,
    category: Option<String>,
    item_id: i32,
    order_number: String,
    quantity: i64,
    start_date: String,
    end_date: Option<String>,
    one_time_cents: i64,
    monthly_cents: i64,
    state: String,
    version: i32,
}

fn date(id: i32, d: &str) -> Result<NaiveDate> {
    d.parse()
        .map_err(|_| Error::Corrupt(format!("holding {id}: date {d}")))
}

impl TryFrom<HoldingRow> for HoldingRecord {
    type Error = Error;
    fn try_from(r: HoldingRow) -> Result<HoldingRecord> {
        Ok(HoldingRecord {
            state: HoldingState::parse(&r.state)
                .ok_or_else(|| Error::Corrupt(format!("holding {}: state {}", r.id, r.state)))?,
            start: date(r.id, &r.start_date)?,
            end: r.end_date.as_deref().map(|d| date(r.id, d)).transpose()?,
            id: r.id,
            customer_id: r.customer_id,
            customer: r.customer,
            recipient_id: r.recipient_id,
            person: r.person,
            service_id: r.service_id,
            service: r.service,
            product_id: r.product_id,
            product: r.product,
            category: r.category,
            item_id: r.item_id,
            order_number: r.order_number,
            quantity: r.quantity as u32,
            one_time_cents: r.one_time_cents,
            monthly_cents: r.monthly_cents,
            version: r.version,
        })
    }
}

const HOLDING_SELECT: &str = "SELECT h.id, h.customer_id, c.name AS customer, h.recipient_id,
    r.name AS person, h.service_id, s.name AS service, h.product_id, p.name AS product,
    p.category, h.item_id, o.number AS order_number, h.quantity, h.start_date, h.end_date,
    h.one_time_cents, h.monthly_cents, h.state, h.version
    FROM holdings h
    JOIN customers c ON c.id = h.customer_id
    JOIN recipients r ON r.id = h.recipient_id
    JOIN services s ON s.id = h.service_id
    LEFT JOIN products p ON p.id = h.product_id
    JOIN items i ON i.id = h.item_id
    JOIN orders o ON o.id = i.order_id";

/// Which holdings a read is about: one, a customer's, or those still held
/// that end some day (rentals, cancelled services).
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    One(i32),
    Customer(i32),
    Ending,
}

impl Scope {
    /// Its condition on `holdings h`, and the value it binds.
    fn filter(self) -> (&'static str, Option<i32>) {
        match self {
            Scope::One(id) => ("h.id = ?", Some(id)),
            Scope::Customer(id) => ("h.customer_id = ?", Some(id)),
            Scope::Ending => (
                "h.end_date IS NOT NULL AND h.state IN ('active', 'return_requested')",
                None,
            ),
        }
    }
}

/// The holdings in `scope`, by person, then start.
pub async fn select<'e>(ex: impl SqliteExecutor<'e>, scope: Scope) -> Result<Vec<HoldingRecord>> {
    let (filter, bind) = scope.filter();
    let sql = format!("{HOLDING_SELECT} WHERE {filter} ORDER BY r.name, h.start_date, h.id");
    let mut q = sqlx::query_as::<_, HoldingRow>(&sql);
    if let Some(b) = bind {
        q = q.bind(b);
    }
    let rows = q.fetch_all(ex).await?;
    rows.into_iter().map(HoldingRecord::try_from).collect()
}

pub async fn get<'e>(ex: impl SqliteExecutor<'e>, id: i32) -> Result<HoldingRecord> {
    select(ex, Scope::One(id))
        .await?
        .pop()
        .ok_or_else(|| Error::not_found("holding", id))
}

/// The holding an item delivered, if it made one.
pub async fn of_delivering_item<'e>(
    ex: impl SqliteExecutor<'e>,
    item_id: i32,
) -> Result<Option<i32>> {
    Ok(
        sqlx::query_scalar("SELECT id FROM holdings WHERE item_id = ?")
            .bind(item_id)
            .fetch_optional(ex)
            .await?,
    )
}

/// Writes a holding's state (and end) if nobody changed it since `version`.
pub async fn set_state(
    tx: &mut Tx,
    id: i32,
    version: i32,
    state: HoldingState,
    end: Option<NaiveDate>,
    now: &str,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE holdings SET state = ?, end_date = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ?",
    )
    .bind(state.as_str())
    .bind(end.map(|d| d.to_string()))
    .bind(now)
    .bind(id)
    .bind(version)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if done == 0 {
        let found: i32 = sqlx::query_scalar("SELECT version FROM holdings WHERE id = ?")
            .bind(id)
            .fetch_one(&mut **tx)
            .await?;
        return Err(Error::Conflict {
            entity: "holding",
            id: id.into(),
            expected: version,
            found,
        });
    }
    Ok(())
}

/// The product a swap or change delivered instead.
pub async fn set_product(tx: &mut Tx, id: i32, product_id: i32) -> Result<()> {
    sqlx::query("UPDATE holdings SET product_id = ?, version = version + 1 WHERE id = ?")
        .bind(product_id)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// One unit a holding has had.
#[derive(Debug, Clone, FromRow)]
pub struct HoldingUnitRecord {
    /// The `holding_units` row.
    pub id: i32,
    pub holding_id: i32,
    pub unit_id: i32,
    pub serial: String,
    pub inventory_number: String,
    pub delivered_at: String,
    pub checked_in_at: Option<String>,
    pub condition: Option<String>,
    pub note: String,
    /// A person's decision on a unit checked in missing (`MissingDecision`'s key).
    pub decision: Option<String>,
}

impl HoldingUnitRecord {
    /// Checked in missing, and nobody has decided yet what the customer owes.
    pub fn awaits_decision(&self) -> bool {
        self.condition.as_deref() == Some(CheckInCondition::Missing.as_str())
            && self.decision.is_none()
    }
}

const UNIT_SELECT: &str = "SELECT hu.id, hu.holding_id, hu.unit_id, u.serial, u.inventory_number,
    hu.delivered_at, hu.checked_in_at, hu.condition, hu.note, md.decision
    FROM holding_units hu JOIN stock_units u ON u.id = hu.unit_id
    LEFT JOIN missing_decisions md ON md.holding_unit_id = hu.id";

/// The units of the holdings in `scope`, delivered order first.
pub async fn units_in<'e>(
    ex: impl SqliteExecutor<'e>,
    scope: Scope,
) -> Result<Vec<HoldingUnitRecord>> {
    let (filter, bind) = scope.filter();
    let sql = format!(
        "{UNIT_SELECT} JOIN holdings h ON h.id = hu.holding_id WHERE {filter} ORDER BY hu.id"
    );
    let mut q = sqlx::query_as::<_, HoldingUnitRecord>(&sql);
    if let Some(b) = bind {
        q = q.bind(b);
    }
    Ok(q.fetch_all(ex).await?)
}

/// A holding's units, delivered order first.
pub async fn units<'e>(
    ex: impl SqliteExecutor<'e>,
    holding_id: i32,
) -> Result<Vec<HoldingUnitRecord>> {
    units_in(ex, Scope::One(holding_id)).await
}

/// The units a way-back item brings back: those it checked in, and while it
/// is under way the units its holding has now, except those its own delivery
/// (a swap's or change's new units) sends out. A unit an earlier swap or
/// return of the holding checked in is that one's, never this one's.
pub async fn brought_back<'e>(
    ex: impl SqliteExecutor<'e>,
    item_id: i32,
) -> Result<Vec<HoldingUnitRecord>> {
    let under_way = under_way_statuses();
    Ok(sqlx::query_as(&format!(
        "{UNIT_SELECT} JOIN items i ON i.holding_id = hu.holding_id
         WHERE i.id = ? AND (hu.checked_in_item_id = i.id
               OR (hu.checked_in_at IS NULL AND i.status IN {under_way} AND hu.unit_id NOT IN
                   (SELECT r.unit_id FROM reservations r WHERE r.item_id = i.id AND r.released = 0)))
         ORDER BY hu.id"
    ))
    .bind(item_id)
    .fetch_all(ex)
    .await?)
}

/// A way-back item under way: open, and not yet delivered (a return is
/// delivered once checked in).
fn under_way_statuses() -> String {
    super::items::status_keys(|s| s.is_open() && s != crate::domain::ItemStatus::Delivered)
}

/// What a way-back item checks in, and how.
pub struct CheckIn<'a> {
    pub holding_id: i32,
    pub unit_id: i32,
    /// The return, swap or change it comes back with.
    pub item_id: i32,
    pub condition: CheckInCondition,
    pub note: &'a str,
}

/// The unit comes back: checked in on the shop's `day`, in its condition.
pub async fn check_in_unit(tx: &mut Tx, c: &CheckIn<'_>, at: &str, day: NaiveDate) -> Result<()> {
    sqlx::query(
        "UPDATE holding_units SET checked_in_at = ?, checked_in_on = ?, checked_in_item_id = ?,
                                  condition = ?, note = ?
         WHERE holding_id = ? AND unit_id = ? AND checked_in_at IS NULL",
    )
    .bind(at)
    .bind(day.to_string())
    .bind(c.item_id)
    .bind(c.condition.as_str())
    .bind(c.note)
    .bind(c.holding_id)
    .bind(c.unit_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A person's decision on a unit checked in missing; written once.
pub async fn decide_missing(
    tx: &mut Tx,
    holding_unit_id: i32,
    decision: MissingDecision,
    note: &str,
    at: &str,
    by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO missing_decisions (holding_unit_id, decision, note, decided_at, decided_by)
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(holding_unit_id)
    .bind(decision.as_str())
    .bind(note)
    .bind(at)
    .bind(by)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Who has had the unit: each holding's customer and person, newest first.
#[derive(Debug, Clone, FromRow)]
pub struct HolderRecord {
    pub holding_id: i32,
    pub customer_id: i32,
    pub customer: String,
    pub person: String,
    pub order_number: String,
    pub delivered_at: String,
    pub checked_in_at: Option<String>,
    pub condition: Option<String>,
}

pub async fn holders_of_unit<'e>(
    ex: impl SqliteExecutor<'e>,
    unit_id: i32,
) -> Result<Vec<HolderRecord>> {
    Ok(sqlx::query_as(
        "SELECT h.id AS holding_id, h.customer_id, c.name AS customer, r.name AS person,
                o.number AS order_number, hu.delivered_at, hu.checked_in_at, hu.condition
         FROM holding_units hu
         JOIN holdings h ON h.id = hu.holding_id
         JOIN customers c ON c.id = h.customer_id
         JOIN recipients r ON r.id = h.recipient_id
         JOIN items i ON i.id = h.item_id
         JOIN orders o ON o.id = i.order_id
         WHERE hu.unit_id = ? ORDER BY hu.id DESC",
    )
    .bind(unit_id)
    .fetch_all(ex)
    .await?)
}

/// The way-back item still open for a holding, if one is.
pub async fn open_request<'e>(
    ex: impl SqliteExecutor<'e>,
    holding_id: i32,
) -> Result<Option<(i32, String)>> {
    let open = under_way_statuses();
    Ok(sqlx::query_as(&format!(
        "SELECT i.id, o.number FROM items i JOIN orders o ON o.id = i.order_id
         WHERE i.holding_id = ? AND i.status IN {open} ORDER BY i.id LIMIT 1"
    ))
    .bind(holding_id)
    .fetch_optional(ex)
    .await?)
}

/// The order of the way-back item under way for each holding in `scope`
/// that has one (holding id → order number).
pub async fn open_requests<'e>(
    ex: impl SqliteExecutor<'e>,
    scope: Scope,
) -> Result<HashMap<i32, String>> {
    let (filter, bind) = scope.filter();
    let open = under_way_statuses();
    let sql = format!(
        "SELECT i.holding_id, o.number FROM items i
         JOIN orders o ON o.id = i.order_id JOIN holdings h ON h.id = i.holding_id
         WHERE {filter} AND i.status IN {open} ORDER BY i.id"
    );
    let mut q = sqlx::query_as::<_, (i32, String)>(&sql);
    if let Some(b) = bind {
        q = q.bind(b);
    }
    let mut out = HashMap::new();
    for (holding, number) in q.fetch_all(ex).await? {
        out.entry(holding).or_insert(number);
    }
    Ok(out)
}

/// The holding a way-back item starts from.
pub async fn of_way_back_item<'e>(
    ex: impl SqliteExecutor<'e>,
    item_id: i32,
) -> Result<Option<i32>> {
    Ok(
        sqlx::query_scalar::<_, Option<i32>>("SELECT holding_id FROM items WHERE id = ?")
            .bind(item_id)
            .fetch_optional(ex)
            .await?
            .flatten(),
    )
}

pub async fn link_item(tx: &mut Tx, item_id: i32, holding_id: i32) -> Result<()> {
    sqlx::query("UPDATE items SET holding_id = ? WHERE id = ?")
        .bind(holding_id)
        .bind(item_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Active holdings that have units, oldest first (the demo takes some back).
pub async fn active_with_units<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<i32>> {
    Ok(sqlx::query_scalar(
        "SELECT h.id FROM holdings h WHERE h.state = 'active'
           AND EXISTS (SELECT 1 FROM holding_units hu WHERE hu.holding_id = h.id AND hu.checked_in_at IS NULL)
         ORDER BY h.id",
    )
    .fetch_all(ex)
    .await?)
}
