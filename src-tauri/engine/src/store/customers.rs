//! Customers with their people (`recipients`) and addresses: the shop's own
//! master data, versioned and archived, never deleted.

use super::Tx;
use crate::domain::customer::{Customer, CustomerPart, Person};
use crate::domain::order::Address;
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor};

fn table(part: CustomerPart) -> &'static str {
    match part {
        CustomerPart::Customer => "customers",
        CustomerPart::Person => "recipients",
        CustomerPart::Address => "addresses",
    }
}

pub async fn insert_customer<'e>(
    ex: impl SqliteExecutor<'e>,
    c: &Customer,
    now: &str,
) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO customers (number, name, is_new, flagged, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(c.number())
    .bind(c.name())
    .bind(c.is_new())
    .bind(c.flagged())
    .bind(now)
    .fetch_one(ex)
    .await?)
}

pub async fn insert_person<'e>(
    ex: impl SqliteExecutor<'e>,
    customer_id: i32,
    p: &Person,
) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO recipients (customer_id, name, email, phone) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(customer_id)
    .bind(p.name())
    .bind(p.email())
    .bind(p.phone())
    .fetch_one(ex)
    .await?)
}

pub async fn insert_address<'e>(
    ex: impl SqliteExecutor<'e>,
    customer_id: i32,
    a: &Address,
) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO addresses (customer_id, line1, postal_code, city, country_code, addition)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(customer_id)
    .bind(a.line1())
    .bind(a.postal_code())
    .bind(a.city())
    .bind(a.country_code())
    .bind(a.addition())
    .fetch_one(ex)
    .await?)
}

/// Writes `c` over customer `id` if it is still at `version`; false when stale.
pub async fn update_customer(tx: &mut Tx, id: i32, version: i32, c: &Customer) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE customers SET number = ?, name = ?, is_new = ?, flagged = ?, version = version + 1
         WHERE id = ? AND version = ?",
    )
    .bind(c.number())
    .bind(c.name())
    .bind(c.is_new())
    .bind(c.flagged())
    .bind(id)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn update_person(tx: &mut Tx, id: i32, version: i32, p: &Person) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE recipients SET name = ?, email = ?, phone = ?, version = version + 1
         WHERE id = ? AND version = ?",
    )
    .bind(p.name())
    .bind(p.email())
    .bind(p.phone())
    .bind(id)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

pub async fn update_address(tx: &mut Tx, id: i32, version: i32, a: &Address) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE addresses SET line1 = ?, postal_code = ?, city = ?, country_code = ?, addition = ?,
         version = version + 1 WHERE id = ? AND version = ?",
    )
    .bind(a.line1())
    .bind(a.postal_code())
    .bind(a.city())
    .bind(a.country_code())
    .bind(a.addition())
    .bind(id)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Archives or brings back `part` `id` if it is still at `version`; false when stale.
pub async fn set_archived(
    tx: &mut Tx,
    part: CustomerPart,
    id: i32,
    version: i32,
    archived: bool,
) -> Result<bool> {
    let r = sqlx::query(&format!(
        "UPDATE {} SET archived = ?, version = version + 1 WHERE id = ? AND version = ?",
        table(part)
    ))
    .bind(archived)
    .bind(id)
    .bind(version)
    .execute(&mut **tx)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The customer `part` `id` belongs to (itself for a customer), with the
/// part's version and whether it is archived.
pub async fn locate(tx: &mut Tx, part: CustomerPart, id: i32) -> Result<(i32, i32, bool)> {
    let owner = match part {
        CustomerPart::Customer => "id",
        CustomerPart::Person | CustomerPart::Address => "customer_id",
    };
    sqlx::query_as(&format!(
        "SELECT {owner}, version, archived FROM {} WHERE id = ?",
        table(part)
    ))
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or_else(|| Error::not_found(part.as_str(), id))
}

/// The name of the customer other than `except` that has `number`
/// (compared without regard to case), if any.
pub async fn number_owner(tx: &mut Tx, number: &str, except: i32) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar(
            "SELECT name FROM customers WHERE number = ? COLLATE NOCASE AND id <> ?",
        )
        .bind(number)
        .bind(except)
        .fetch_optional(&mut **tx)
        .await?,
    )
}

#[derive(FromRow, Debug, Clone)]
pub struct CustomerRow {
    pub id: i32,
    pub number: String,
    pub name: String,
    pub is_new: bool,
    pub flagged: bool,
    pub archived: bool,
    pub version: i32,
}

/// A customer in the list: with how many people, addresses and orders it has
/// and the city of its first address.
#[derive(FromRow, Debug, Clone)]
pub struct SummaryRow {
    #[sqlx(flatten)]
    pub customer: CustomerRow,
    pub people: i32,
    pub addresses: i32,
    pub orders: i32,
    pub city: Option<String>,
}

const CUSTOMER_COLUMNS: &str = "c.id, c.number, c.name, c.is_new, c.flagged, c.archived, c.version";

/// Every customer, archived ones too, by name.
pub async fn list<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<SummaryRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {CUSTOMER_COLUMNS},
           (SELECT COUNT(*) FROM recipients r WHERE r.customer_id = c.id AND NOT r.archived) AS people,
           (SELECT COUNT(*) FROM addresses a WHERE a.customer_id = c.id AND NOT a.archived) AS addresses,
           (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) AS orders,
           (SELECT a.city FROM addresses a WHERE a.customer_id = c.id AND NOT a.archived
            ORDER BY a.id LIMIT 1) AS city
         FROM customers c ORDER BY c.name COLLATE NOCASE, c.id"
    ))
    .fetch_all(ex)
    .await?)
}

pub async fn get<'e>(ex: impl SqliteExecutor<'e>, id: i32) -> Result<CustomerRow> {
    sqlx::query_as(&format!(
        "SELECT {CUSTOMER_COLUMNS} FROM customers c WHERE c.id = ?"
    ))
    .bind(id)
    .fetch_optional(ex)
    .await?
    .ok_or_else(|| Error::not_found("customer", id))
}

#[derive(FromRow, Debug, Clone)]
pub struct PersonRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub archived: bool,
    pub version: i32,
    /// Orders they receive.
    pub orders: i32,
}

/// A customer's people, archived ones too, by name.
pub async fn people<'e>(ex: impl SqliteExecutor<'e>, customer_id: i32) -> Result<Vec<PersonRow>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.name, r.email, r.phone, r.archived, r.version,
           (SELECT COUNT(*) FROM orders o WHERE o.recipient_id = r.id) AS orders
         FROM recipients r WHERE r.customer_id = ? ORDER BY r.archived, r.name COLLATE NOCASE, r.id",
    )
    .bind(customer_id)
    .fetch_all(ex)
    .await?)
}

#[derive(FromRow, Debug, Clone)]
pub struct AddressRow {
    pub id: i32,
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub addition: String,
    pub archived: bool,
    pub version: i32,
}

/// A customer's addresses, archived ones too, the first added first.
pub async fn addresses<'e>(
    ex: impl SqliteExecutor<'e>,
    customer_id: i32,
) -> Result<Vec<AddressRow>> {
    Ok(sqlx::query_as(
        "SELECT id, line1, postal_code, city, country_code, addition, archived, version
         FROM addresses WHERE customer_id = ? ORDER BY archived, id",
    )
    .bind(customer_id)
    .fetch_all(ex)
    .await?)
}

/// One item of one of a customer's orders, for deriving the order's status.
#[derive(FromRow, Debug, Clone)]
pub struct OrderItemRow {
    pub order_id: i32,
    pub number: String,
    pub created_at: String,
    pub recipient: String,
    pub status: String,
    pub on_hold: bool,
}

/// The items of a customer's orders, newest order first.
pub async fn order_items<'e>(
    ex: impl SqliteExecutor<'e>,
    customer_id: i32,
) -> Result<Vec<OrderItemRow>> {
    Ok(sqlx::query_as(
        "SELECT o.id AS order_id, o.number, o.created_at, r.name AS recipient, i.status,
           i.hold_reason IS NOT NULL AS on_hold
         FROM orders o JOIN items i ON i.order_id = o.id JOIN recipients r ON r.id = o.recipient_id
         WHERE o.customer_id = ? ORDER BY o.id DESC, i.position",
    )
    .bind(customer_id)
    .fetch_all(ex)
    .await?)
}

/// A person not archived, with whose they are: what the CSV export writes
/// and the import matches (by name, within the customer).
#[derive(FromRow, Debug, Clone)]
pub struct PersonOf {
    pub customer_id: i32,
    pub id: i32,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub version: i32,
}

/// Every person not archived, by customer, the first added first.
pub async fn all_people<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<PersonOf>> {
    Ok(sqlx::query_as(
        "SELECT customer_id, id, name, email, phone, version FROM recipients
         WHERE NOT archived ORDER BY customer_id, id",
    )
    .fetch_all(ex)
    .await?)
}

/// An address not archived, with whose it is (matched by line 1 and postal code).
#[derive(FromRow, Debug, Clone)]
pub struct AddressOf {
    pub customer_id: i32,
    pub id: i32,
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub addition: String,
    pub version: i32,
}

/// Every address not archived, by customer, the first added first.
pub async fn all_addresses<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<AddressOf>> {
    Ok(sqlx::query_as(
        "SELECT customer_id, id, line1, postal_code, city, country_code, addition, version
         FROM addresses WHERE NOT archived ORDER BY customer_id, id",
    )
    .fetch_all(ex)
    .await?)
}

/// Every customer, archived ones too, by number.
pub async fn all<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<CustomerRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {CUSTOMER_COLUMNS} FROM customers c ORDER BY c.number"
    ))
    .fetch_all(ex)
    .await?)
}

/// Rows of each customer, by customer id.
pub type ByCustomer<T> = std::collections::HashMap<i32, Vec<T>>;

/// Every customer's people and addresses not archived, each list the first added first.
pub async fn parts_by_customer(
    conn: &mut sqlx::SqliteConnection,
) -> Result<(ByCustomer<PersonOf>, ByCustomer<AddressOf>)> {
    let mut people = ByCustomer::<PersonOf>::new();
    for p in all_people(&mut *conn).await? {
        people.entry(p.customer_id).or_default().push(p);
    }
    let mut addresses = ByCustomer::<AddressOf>::new();
    for a in all_addresses(&mut *conn).await? {
        addresses.entry(a.customer_id).or_default().push(a);
    }
    Ok((people, addresses))
}
