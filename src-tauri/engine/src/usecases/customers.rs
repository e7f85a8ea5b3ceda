//! Customers, their people and their addresses as staff create, edit, archive
//! and bring them back. Each action is one transaction that checks the
//! version it was given and logs what changed in the audit trail; each
//! answers with the customer as it now is.

use super::{AddressInput, Ctx};
use crate::domain::customer::{Customer, CustomerPart, Person};
use crate::domain::order::Address;
use crate::i18n::Invalid;
use crate::read::customers::{customer_detail, CustomerDetail};
use crate::store::{audit, customers, Db, Tx};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomerInput {
    /// The customer number, its natural key ("C-00042"); unique.
    pub number: String,
    pub name: String,
    /// New customers' first orders go to approval (the D1 rules read this).
    #[serde(default)]
    pub is_new: bool,
    #[serde(default)]
    pub flagged: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

fn parse_customer(i: &CustomerInput) -> Result<Customer> {
    Customer::parse(&i.number, &i.name, i.is_new, i.flagged)
}

fn parse_person(i: &PersonInput) -> Result<Person> {
    Person::parse(&i.name, &i.email, &i.phone)
}

fn parse_address(i: &AddressInput) -> Result<Address> {
    Address::parse(
        "address",
        &i.line1,
        &i.postal_code,
        &i.city,
        &i.country_code,
        &i.addition,
    )
}

/// A number is one customer's: another with it (in any case) is a refusal naming it.
async fn number_free(tx: &mut Tx, c: &Customer, except: i32) -> Result<()> {
    match customers::number_owner(tx, c.number(), except).await? {
        Some(owner) => Err(Error::invalid(
            "number",
            Invalid::NumberTaken {
                number: c.number().to_string(),
                owner,
            },
        )),
        None => Ok(()),
    }
}

/// Which customer `part` `id` belongs to, once its stored version is `expected`.
async fn at_version(tx: &mut Tx, part: CustomerPart, id: i32, expected: i32) -> Result<i32> {
    let (customer_id, found, _) = customers::locate(tx, part, id).await?;
    if found != expected {
        return Err(Error::Conflict {
            entity: part.as_str(),
            id: id.into(),
            expected,
            found,
        });
    }
    Ok(customer_id)
}

/// "field: value" for each field that holds something.
pub(super) fn created(fields: &[(&str, String)]) -> Vec<String> {
    fields
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(f, v)| format!("{f}: {v}"))
        .collect()
}

async fn log(
    tx: &mut Tx,
    ctx: &Ctx,
    part: CustomerPart,
    id: i32,
    action: &str,
    what: &[String],
) -> Result<()> {
    audit::append(
        tx,
        &ctx.now_text(),
        &ctx.actor,
        part.as_str(),
        id,
        action,
        what,
    )
    .await
}

pub(super) fn customer_fields(c: &Customer) -> [(&'static str, String); 4] {
    [
        ("number", c.number().into()),
        ("name", c.name().into()),
        ("new", c.is_new().to_string()),
        ("flagged", c.flagged().to_string()),
    ]
}

pub(super) fn person_fields(p: &Person) -> [(&'static str, String); 3] {
    [
        ("name", p.name().into()),
        ("email", p.email().into()),
        ("phone", p.phone().into()),
    ]
}

pub(super) fn address_fields(a: &Address) -> [(&'static str, String); 5] {
    [
        ("line1", a.line1().into()),
        ("postalCode", a.postal_code().into()),
        ("city", a.city().into()),
        ("countryCode", a.country_code().into()),
        ("addition", a.addition().into()),
    ]
}

/// The edit of fields `old` → `new`, each list in the same order.
pub(super) fn edited<const N: usize>(
    old: [(&str, String); N],
    new: [(&str, String); N],
) -> Vec<String> {
    let fields: Vec<_> = old
        .into_iter()
        .zip(new)
        .map(|((f, o), (_, n))| (f, o, n))
        .collect();
    audit::changes(&fields)
}

async fn done(db: &Db, ctx: &Ctx, tx: Tx, customer_id: i32) -> Result<CustomerDetail> {
    tx.commit().await?;
    customer_detail(db, customer_id, ctx.zone).await
}

pub async fn create_customer(db: &Db, ctx: &Ctx, input: CustomerInput) -> Result<CustomerDetail> {
    let c = parse_customer(&input)?;
    let mut tx = db.begin_write().await?;
    number_free(&mut tx, &c, 0).await?;
    let id = customers::insert_customer(&mut *tx, &c, &ctx.now_text()).await?;
    let what = created(&customer_fields(&c));
    log(&mut tx, ctx, CustomerPart::Customer, id, "created", &what).await?;
    done(db, ctx, tx, id).await
}

/// Edits a customer: its number, name and marks. The rules read the marks at
/// the next order's review; orders placed keep the customer's new name.
pub async fn update_customer(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    version: i32,
    input: CustomerInput,
) -> Result<CustomerDetail> {
    let c = parse_customer(&input)?;
    let mut tx = db.begin_write().await?;
    at_version(&mut tx, CustomerPart::Customer, id, version).await?;
    number_free(&mut tx, &c, id).await?;
    let old = customers::get(&mut *tx, id).await?;
    let old = Customer::parse(&old.number, &old.name, old.is_new, old.flagged)?;
    customers::update_customer(&mut tx, id, version, &c).await?;
    let what = edited(customer_fields(&old), customer_fields(&c));
    log(&mut tx, ctx, CustomerPart::Customer, id, "edited", &what).await?;
    done(db, ctx, tx, id).await
}

/// Adds one of the people who receive a customer's orders.
pub async fn add_person(
    db: &Db,
    ctx: &Ctx,
    customer_id: i32,
    input: PersonInput,
) -> Result<CustomerDetail> {
    let p = parse_person(&input)?;
    let mut tx = db.begin_write().await?;
    customers::locate(&mut tx, CustomerPart::Customer, customer_id).await?;
    let id = customers::insert_person(&mut *tx, customer_id, &p).await?;
    let what = created(&person_fields(&p));
    log(&mut tx, ctx, CustomerPart::Person, id, "created", &what).await?;
    done(db, ctx, tx, customer_id).await
}

pub async fn update_person(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    version: i32,
    input: PersonInput,
) -> Result<CustomerDetail> {
    let p = parse_person(&input)?;
    let mut tx = db.begin_write().await?;
    let customer_id = at_version(&mut tx, CustomerPart::Person, id, version).await?;
    let old = customers::people(&mut *tx, customer_id)
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::not_found("person", id))?;
    let old = [
        ("name", old.name),
        ("email", old.email),
        ("phone", old.phone),
    ];
    customers::update_person(&mut tx, id, version, &p).await?;
    let what = edited(old, person_fields(&p));
    log(&mut tx, ctx, CustomerPart::Person, id, "edited", &what).await?;
    done(db, ctx, tx, customer_id).await
}

/// Adds an address, with Equipme's limits on each field.
pub async fn add_address(
    db: &Db,
    ctx: &Ctx,
    customer_id: i32,
    input: AddressInput,
) -> Result<CustomerDetail> {
    let a = parse_address(&input)?;
    let mut tx = db.begin_write().await?;
    customers::locate(&mut tx, CustomerPart::Customer, customer_id).await?;
    let id = customers::insert_address(&mut *tx, customer_id, &a).await?;
    let what = created(&address_fields(&a));
    log(&mut tx, ctx, CustomerPart::Address, id, "created", &what).await?;
    done(db, ctx, tx, customer_id).await
}

/// Edits an address; items already ordered keep the address they were ordered to.
pub async fn update_address(
    db: &Db,
    ctx: &Ctx,
    id: i32,
    version: i32,
    input: AddressInput,
) -> Result<CustomerDetail> {
    let a = parse_address(&input)?;
    let mut tx = db.begin_write().await?;
    let customer_id = at_version(&mut tx, CustomerPart::Address, id, version).await?;
    let old = customers::addresses(&mut *tx, customer_id)
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::not_found("address", id))?;
    let old = [
        ("line1", old.line1),
        ("postalCode", old.postal_code),
        ("city", old.city),
        ("countryCode", old.country_code),
        ("addition", old.addition),
    ];
    customers::update_address(&mut tx, id, version, &a).await?;
    let what = edited(old, address_fields(&a));
    log(&mut tx, ctx, CustomerPart::Address, id, "edited", &what).await?;
    done(db, ctx, tx, customer_id).await
}

/// Archives a customer, a person or an address (`archived`), or brings it
/// back. Archived, it stays in history (orders keep its name) but no new
/// order can choose it; nothing of a customer is ever deleted.
pub async fn set_archived(
    db: &Db,
    ctx: &Ctx,
    part: CustomerPart,
    id: i32,
    version: i32,
    archived: bool,
) -> Result<CustomerDetail> {
    let mut tx = db.begin_write().await?;
    let customer_id = at_version(&mut tx, part, id, version).await?;
    let (_, _, was) = customers::locate(&mut tx, part, id).await?;
    if was == archived {
        return Err(Error::invalid(
            "archived",
            Invalid::PartArchivedAlready { part, archived },
        ));
    }
    customers::set_archived(&mut tx, part, id, version, archived).await?;
    let action = if archived { "archived" } else { "unarchived" };
    log(&mut tx, ctx, part, id, action, &[]).await?;
    done(db, ctx, tx, customer_id).await
}
