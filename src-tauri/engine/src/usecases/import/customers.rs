//! Customers from CSV, matched on their customer number, with their people
//! and addresses: one row per person or address (or both), the customer's
//! cells repeated or left empty on its further rows. A person matches one of
//! the customer's by name, an address by its first line and postal code;
//! what the file does not name stays as it is.

use super::{
    archived_change, edits, log, problem_of, twice_as, Change, Conn, Ctx, ImportLine, Plan, Running,
};
use crate::domain::customer::{Customer, CustomerPart, Person};
use crate::domain::order::Address;
use crate::domain::sheet::{self, Sheet};
use crate::i18n::Invalid;
use crate::store::customers::{self as store, AddressOf, CustomerRow};
use crate::store::Tx;
use crate::usecases::customers::{address_fields, created, customer_fields, edited, person_fields};
use crate::Result;
use std::collections::HashMap;

enum CustomerOp {
    New(Customer, bool),
    Edit {
        id: i32,
        version: i32,
        new: Customer,
        fields: Vec<String>,
        /// Archive (true) or bring back (false).
        archive: Option<bool>,
    },
}

enum PartOp<T> {
    New(T),
    Edit {
        id: i32,
        version: i32,
        new: T,
        fields: Vec<String>,
    },
}

/// A part's fields by name, as the audit trail lists them.
type Fields<const N: usize> = [(&'static str, String); N];

impl<T> PartOp<T> {
    /// The row's person or address: new when the customer has none like it
    /// (`added` says so in the preview), an edit of the one matched (`known`:
    /// its id, version and fields) when a field changes, else nothing.
    fn of<const N: usize>(
        known: Option<(i32, i32, Fields<N>)>,
        fields: Fields<N>,
        new: T,
        added: ImportLine,
        holds: &mut Vec<ImportLine>,
    ) -> Option<PartOp<T>> {
        match known {
            None => {
                holds.push(added);
                Some(PartOp::New(new))
            }
            Some((id, version, old)) => {
                let fields = edited(old, fields);
                (!fields.is_empty()).then_some(PartOp::Edit {
                    id,
                    version,
                    new,
                    fields,
                })
            }
        }
    }
}

pub(super) struct CustomerLine {
    /// The customer number, lower case: how its further rows find it.
    key: String,
    /// On the customer's first row, when the customer is new or changes.
    customer: Option<CustomerOp>,
    person: Option<PartOp<Person>>,
    address: Option<PartOp<Address>>,
}

const CUSTOMER: [&str; 5] = ["number", "name", "new", "flagged", "archived"];

fn customer_cells(c: &CustomerRow) -> Vec<String> {
    vec![
        c.number.clone(),
        c.name.clone(),
        sheet::yes_no(c.is_new),
        sheet::yes_no(c.flagged),
        sheet::yes_no(c.archived),
    ]
}

pub(super) async fn plan(conn: &mut Conn, sheet: &Sheet) -> Result<Plan<CustomerLine>> {
    let stored: HashMap<String, CustomerRow> = store::all(&mut *conn)
        .await?
        .into_iter()
        .map(|c| (c.number.to_lowercase(), c))
        .collect();
    let (people, addresses) = store::parts_by_customer(conn).await?;
    let mut plan = Plan::default();
    // Each customer's first row, and the names and addresses its rows gave.
    let mut first: HashMap<String, (u32, Vec<String>)> = HashMap::new();
    let mut people_seen: HashMap<(String, String), u32> = HashMap::new();
    let mut addresses_seen: HashMap<(String, String, String), u32> = HashMap::new();
    for r in sheet.rows() {
        let key = r.get("number").trim().to_lowercase();
        let old = stored.get(&key);
        let stored_cells = old.map(customer_cells);
        let cell = |column: &str| sheet.cell(r, stored_cells.as_deref(), column);
        let mut line = CustomerLine {
            key: key.clone(),
            customer: None,
            person: None,
            address: None,
        };
        let mut holds = Vec::new();
        match first.get(&key) {
            Some((row, cells)) => {
                // A further row of the customer: its cells empty or as on the first.
                let differs = CUSTOMER.iter().zip(cells).skip(1).find(|(c, first)| {
                    let v = r.get(c).trim();
                    sheet.has(c) && !v.is_empty() && v != first.trim()
                });
                if let Some((column, _)) = differs {
                    plan.problems.push(r.invalid(
                        column,
                        Invalid::DiffersFromFirstRow {
                            first: *row,
                            order: false,
                        },
                    ));
                    continue;
                }
            }
            None => {
                let flag =
                    |column: &str| sheet::flag(&cell(column)).map_err(|why| r.invalid(column, why));
                let is_new = or_next!(plan, flag("new"));
                let flagged = or_next!(plan, flag("flagged"));
                let archived = or_next!(plan, flag("archived"));
                let c = or_next!(
                    plan,
                    Customer::parse(r.get("number"), &cell("name"), is_new, flagged)
                        .map_err(|e| problem_of(r, e, &[]))
                );
                first.insert(
                    key.clone(),
                    (r.row, CUSTOMER.iter().map(|c| cell(c)).collect()),
                );
                line.customer = match old {
                    None => {
                        holds.push(ImportLine::Value(c.name().to_string()));
                        Some(CustomerOp::New(c, archived))
                    }
                    Some(o) => {
                        // Matched in any case: the row does not renumber it.
                        let c = Customer::parse(&o.number, c.name(), c.is_new(), c.flagged())?;
                        let was = Customer::parse(&o.number, &o.name, o.is_new, o.flagged)?;
                        let fields = edited(customer_fields(&was), customer_fields(&c));
                        let archive = (o.archived != archived).then_some(archived);
                        (!fields.is_empty() || archive.is_some()).then_some(CustomerOp::Edit {
                            id: o.id,
                            version: o.version,
                            new: c,
                            fields,
                            archive,
                        })
                    }
                };
            }
        }
        let id = old.map(|o| o.id);
        // A column the file leaves out keeps what the matched person or address has.
        let or = |column: &str, stored: Option<&String>| match sheet.has(column) {
            true => r.get(column).to_string(),
            false => stored.cloned().unwrap_or_default(),
        };
        // The row's person, if it names one.
        if ["person_name", "person_email", "person_phone"]
            .iter()
            .any(|c| !r.get(c).trim().is_empty())
        {
            let name = r.get("person_name");
            let known = id.and_then(|id| people.get(&id)).and_then(|list| {
                list.iter()
                    .find(|o| o.name.to_lowercase() == name.trim().to_lowercase())
            });
            let email = or("person_email", known.map(|k| &k.email));
            let phone = or("person_phone", known.map(|k| &k.phone));
            let p = or_next!(
                plan,
                Person::parse(name, &email, &phone).map_err(|e| problem_of(
                    r,
                    e,
                    &[
                        ("name", "person_name"),
                        ("email", "person_email"),
                        ("phone", "person_phone"),
                    ]
                ))
            );
            let seen = (key.clone(), p.name().to_lowercase());
            let twice = twice_as(&mut people_seen, r, "person_name", seen, |first| {
                Invalid::OnRowAlready {
                    what: p.name().to_string(),
                    first,
                }
            });
            if let Some(twice) = twice {
                plan.problems.push(twice);
                continue;
            }
            let known = known.map(|o| {
                let old = [
                    ("name", o.name.clone()),
                    ("email", o.email.clone()),
                    ("phone", o.phone.clone()),
                ];
                (o.id, o.version, old)
            });
            let added = ImportLine::PersonAdded(p.name().to_string());
            line.person = PartOp::of(known, person_fields(&p), p, added, &mut holds);
        }
        // The row's address, if it names one.
        let address_columns = [
            "address_line1",
            "address_postal_code",
            "address_city",
            "address_country",
            "address_addition",
        ];
        if address_columns.iter().any(|c| !r.get(c).trim().is_empty()) {
            let (line1, postal) = (r.get("address_line1"), r.get("address_postal_code"));
            let same = |o: &AddressOf| {
                o.line1.to_lowercase() == line1.trim().to_lowercase()
                    && o.postal_code.to_lowercase() == postal.trim().to_lowercase()
            };
            let known = id
                .and_then(|id| addresses.get(&id))
                .and_then(|list| list.iter().find(|o| same(o)));
            let a = or_next!(
                plan,
                Address::parse(
                    "address",
                    line1,
                    postal,
                    &or("address_city", known.map(|k| &k.city)),
                    &or("address_country", known.map(|k| &k.country_code)).to_uppercase(),
                    &or("address_addition", known.map(|k| &k.addition)),
                )
                .map_err(|e| problem_of(
                    r,
                    e,
                    &[
                        ("address.line1", "address_line1"),
                        ("address.postalCode", "address_postal_code"),
                        ("address.city", "address_city"),
                        ("address.countryCode", "address_country"),
                        ("address.addition", "address_addition"),
                    ]
                ))
            );
            let seen = (
                key.clone(),
                a.line1().to_lowercase(),
                a.postal_code().to_lowercase(),
            );
            let twice = twice_as(&mut addresses_seen, r, "address_line1", seen, |first| {
                Invalid::OnRowAlready {
                    what: a.line1().to_string(),
                    first,
                }
            });
            if let Some(twice) = twice {
                plan.problems.push(twice);
                continue;
            }
            let known = known.map(|o| {
                let old = [
                    ("line1", o.line1.clone()),
                    ("postalCode", o.postal_code.clone()),
                    ("city", o.city.clone()),
                    ("countryCode", o.country_code.clone()),
                    ("addition", o.addition.clone()),
                ];
                (o.id, o.version, old)
            });
            let added = ImportLine::AddressAdded {
                line1: a.line1().to_string(),
                postal_code: a.postal_code().to_string(),
                city: a.city().to_string(),
            };
            line.address = PartOp::of(known, address_fields(&a), a, added, &mut holds);
        }
        let number = first
            .get(&key)
            .map_or(String::new(), |(_, cells)| cells[0].trim().to_string());
        if old.is_none() {
            plan.added(r, number.as_str(), holds, line);
        } else {
            let mut changes = Vec::new();
            if let Some(CustomerOp::Edit {
                fields, archive, ..
            }) = &line.customer
            {
                changes.extend(edits(fields));
                changes.extend(archive.and_then(|a| archived_change(!a, a)));
            }
            for (what, part) in [
                (CustomerPart::Person, line.person.as_ref().map(part_words)),
                (CustomerPart::Address, line.address.as_ref().map(part_words)),
            ] {
                if let Some((is_new, fields)) = part {
                    match is_new {
                        true => changes.push(ImportLine::PartAdded(what)),
                        false => changes.extend(
                            fields
                                .iter()
                                .map(|f| ImportLine::PartEdited(what, f.clone())),
                        ),
                    }
                }
            }
            plan.edited(r, number.as_str(), changes, line);
        }
    }
    Ok(plan)
}

/// Whether a part is new, and the lines of its edit.
fn part_words<T>(p: &PartOp<T>) -> (bool, &[String]) {
    match p {
        PartOp::New(_) => (true, &[]),
        PartOp::Edit { fields, .. } => (false, fields),
    }
}

pub(super) async fn write(
    tx: &mut Tx,
    ctx: &Ctx,
    plan: Plan<CustomerLine>,
    run: &Running<'_>,
) -> Result<()> {
    let now = ctx.now_text();
    let mut ids: HashMap<String, i32> = store::all(&mut **tx)
        .await?
        .into_iter()
        .map(|c| (c.number.to_lowercase(), c.id))
        .collect();
    let customer = CustomerPart::Customer.as_str();
    for l in plan.lines {
        run.step()?;
        let line = match l.change {
            Change::Same => continue,
            Change::New(line) | Change::Edited(line, _) => line,
        };
        match line.customer {
            Some(CustomerOp::New(c, archived)) => {
                let id = store::insert_customer(&mut **tx, &c, &now).await?;
                log(
                    tx,
                    ctx,
                    customer,
                    id,
                    "created",
                    &created(&customer_fields(&c)),
                )
                .await?;
                if archived {
                    store::set_archived(tx, CustomerPart::Customer, id, 1, true).await?;
                    log(tx, ctx, customer, id, "archived", &[]).await?;
                }
                ids.insert(line.key.clone(), id);
            }
            Some(CustomerOp::Edit {
                id,
                version,
                new,
                fields,
                archive,
            }) => {
                let mut version = version;
                if !fields.is_empty() {
                    store::update_customer(tx, id, version, &new).await?;
                    log(tx, ctx, customer, id, "edited", &fields).await?;
                    version += 1;
                }
                if let Some(archived) = archive {
                    store::set_archived(tx, CustomerPart::Customer, id, version, archived).await?;
                    let action = if archived { "archived" } else { "unarchived" };
                    log(tx, ctx, customer, id, action, &[]).await?;
                }
            }
            None => {}
        }
        let customer_id = *ids.get(&line.key).ok_or_else(|| {
            crate::Error::Corrupt(format!("customer {} not written before its row", line.key))
        })?;
        let person = CustomerPart::Person.as_str();
        match line.person {
            Some(PartOp::New(p)) => {
                let id = store::insert_person(&mut **tx, customer_id, &p).await?;
                log(tx, ctx, person, id, "created", &created(&person_fields(&p))).await?;
            }
            Some(PartOp::Edit {
                id,
                version,
                new,
                fields,
            }) => {
                store::update_person(tx, id, version, &new).await?;
                log(tx, ctx, person, id, "edited", &fields).await?;
            }
            None => {}
        }
        let address = CustomerPart::Address.as_str();
        match line.address {
            Some(PartOp::New(a)) => {
                let id = store::insert_address(&mut **tx, customer_id, &a).await?;
                log(
                    tx,
                    ctx,
                    address,
                    id,
                    "created",
                    &created(&address_fields(&a)),
                )
                .await?;
            }
            Some(PartOp::Edit {
                id,
                version,
                new,
                fields,
            }) => {
                store::update_address(tx, id, version, &new).await?;
                log(tx, ctx, address, id, "edited", &fields).await?;
            }
            None => {}
        }
    }
    Ok(())
}
