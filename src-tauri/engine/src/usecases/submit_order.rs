//! Submit an order: check the input, add mandatory linked services, and run
//! D1–D4 for every item, all in one transaction.

use super::pipeline::{self, Auto, OrderFacts};
use super::{Ctx, ItemOutcome, SYSTEM};
use crate::domain::catalog::Specs;
use crate::domain::item::{EventKind, ItemState};
use crate::domain::limits::{ITEMS_MAX, ORDER_NOTE_MAX, QUANTITY_MAX};
use crate::domain::order::{Address, DateWindow, TransactionType};
use crate::domain::rules::review;
use crate::domain::text;
use crate::domain::{Item, Reason};
use crate::i18n::{Invalid, Unit};
use crate::store::catalog::Snapshot;
use crate::store::{events, items, orders, Db, Tx};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NewOrderInput {
    pub customer_id: i32,
    pub recipient_id: i32,
    #[serde(default)]
    pub note: String,
    pub items: Vec<NewItemInput>,
}

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NewItemInput {
    pub service_id: i32,
    pub transaction_type: TransactionType,
    pub quantity: i32,
    #[serde(default)]
    pub specs: BTreeMap<String, String>,
    pub window_start: String,
    pub window_end: String,
    pub address: AddressInput,
}

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AddressInput {
    pub line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    #[serde(default)]
    pub addition: String,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SubmitResult {
    pub order_id: i32,
    pub number: String,
    pub items: Vec<ItemOutcome>,
    /// What each of `items` is and where it went, in the same order.
    pub placed: Vec<PlacedItem>,
}

/// One submitted item, for telling the person where it went.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlacedItem {
    pub item_id: i32,
    /// 1-based position in the order; the input's lines come first.
    pub position: i32,
    pub service_name: String,
    /// The position of the line a mandatory linked service was added for.
    pub added_for: Option<i32>,
    /// Where it stands now, e.g. "Ready for delivery", "Awaiting approval".
    pub status_label: String,
}

/// A checked item, before it has an id.
struct Draft {
    service_id: i32,
    parent: Option<usize>,
    transaction_type: TransactionType,
    quantity: u32,
    specs: Specs,
    window: DateWindow,
    address: Address,
}

pub async fn submit_order(db: &Db, ctx: &Ctx, input: NewOrderInput) -> Result<SubmitResult> {
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let result = submit_in(&mut tx, &snap, ctx, input, None).await?;
    tx.commit().await?;
    Ok(result)
}

/// An order from a file: the reference it had there, and the position of
/// each of the input's lines (its line number in the file).
pub(crate) struct Imported<'a> {
    pub reference: &'a str,
    pub positions: &'a [i32],
}

/// Submits `input` inside `tx`: what [`submit_order`] does, and what an
/// import of open orders does for each of its orders in its one transaction.
pub(crate) async fn submit_in(
    tx: &mut Tx,
    snap: &Snapshot,
    ctx: &Ctx,
    input: NewOrderInput,
    imported: Option<Imported<'_>>,
) -> Result<SubmitResult> {
    // Checked in the order a form asks: customer, recipient, note, then each line.
    if input.customer_id <= 0 {
        return Err(Error::invalid("customerId", Invalid::ChooseCustomer));
    }
    if input.recipient_id <= 0 {
        return Err(Error::invalid("recipientId", Invalid::ChooseRecipient));
    }
    let customer = orders::customer(tx, input.customer_id).await.map_err(|_| {
        Error::invalid(
            "customerId",
            Invalid::NoSuch {
                entity: "customer",
                id: input.customer_id.into(),
            },
        )
    })?;
    if customer.archived {
        return Err(Error::invalid(
            "customerId",
            Invalid::CustomerArchived {
                customer: customer.name.clone(),
            },
        ));
    }
    match orders::recipient(tx, input.recipient_id).await? {
        Some((c, _, _)) if c != customer.id => {
            return Err(Error::invalid(
                "recipientId",
                Invalid::RecipientOfOther {
                    id: input.recipient_id.into(),
                },
            ))
        }
        Some((_, name, true)) => {
            return Err(Error::invalid(
                "recipientId",
                Invalid::RecipientArchived { name: name.clone() },
            ))
        }
        Some(_) => {}
        None => {
            return Err(Error::invalid(
                "recipientId",
                Invalid::NoSuch {
                    entity: "recipient",
                    id: input.recipient_id.into(),
                },
            ))
        }
    }
    let note = text::optional("note", &input.note, ORDER_NOTE_MAX)?;
    if input.items.is_empty() {
        return Err(Error::invalid("items", Invalid::NoItems));
    }
    if input.items.len() > ITEMS_MAX {
        return Err(Error::invalid(
            "items",
            Invalid::TooManyItems {
                n: input.items.len(),
                max: ITEMS_MAX,
            },
        ));
    }
    let mut drafts = Vec::new();
    for (i, it) in input.items.iter().enumerate() {
        let f = |name: &str| format!("items[{i}].{name}");
        if it.service_id <= 0 {
            return Err(Error::invalid(f("serviceId"), Invalid::ChooseService));
        }
        match snap.services.get(&it.service_id) {
            None => {
                return Err(Error::invalid(
                    f("serviceId"),
                    Invalid::NoSuch {
                        entity: "service",
                        id: it.service_id.into(),
                    },
                ))
            }
            Some(s) if s.archived => {
                return Err(Error::invalid(
                    f("serviceId"),
                    Invalid::ServiceArchived {
                        service: s.name.clone(),
                    },
                ))
            }
            Some(_) => {}
        }
        if it.transaction_type.is_way_back() {
            return Err(Error::invalid(
                f("transactionType"),
                Invalid::WayBackFromHoldings,
            ));
        }
        if !(1..=QUANTITY_MAX).contains(&it.quantity) {
            return Err(Error::invalid(
                f("quantity"),
                Invalid::OutOfRange {
                    min: 1,
                    max: QUANTITY_MAX.into(),
                    unit: Unit::None,
                    got: it.quantity.into(),
                },
            ));
        }
        let specs = Specs::parse(&f("specs"), &it.specs)?;
        let window = DateWindow::parse(&f("window"), &it.window_start, &it.window_end)?;
        window.plannable(&f("window"), ctx.today())?;
        let a = &it.address;
        let address = Address::parse(
            &f("address"),
            &a.line1,
            &a.postal_code,
            &a.city,
            &a.country_code,
            &a.addition,
        )?;
        drafts.push(Draft {
            service_id: it.service_id,
            parent: None,
            transaction_type: it.transaction_type,
            quantity: it.quantity as u32,
            specs,
            window,
            address,
        });
    }
    // Mandatory linked services become items of their own, unless ordered already.
    let ordered: Vec<i32> = drafts.iter().map(|d| d.service_id).collect();
    let mut linked = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        if d.transaction_type != TransactionType::Order {
            continue;
        }
        for l in snap
            .service(d.service_id)?
            .links
            .iter()
            .filter(|l| l.mandatory)
        {
            if !ordered.contains(&l.service_id)
                && !linked.iter().any(|x: &Draft| x.service_id == l.service_id)
            {
                linked.push(Draft {
                    service_id: l.service_id,
                    parent: Some(i),
                    transaction_type: TransactionType::Order,
                    quantity: d.quantity,
                    specs: Specs::default(),
                    window: d.window,
                    address: d.address.clone(),
                });
            }
        }
    }
    drafts.extend(linked);

    let now = ctx.now_text();
    let (order_id, number) =
        orders::insert(tx, customer.id, input.recipient_id, &note, &now).await?;
    // An imported order's lines keep their numbers; the added ones follow the last.
    let lines = input.items.len();
    let position = |pos: usize| match &imported {
        Some(i) => {
            let last = i.positions.iter().copied().max().unwrap_or(0);
            i.positions
                .get(pos)
                .copied()
                .unwrap_or_else(|| last + (pos - lines) as i32 + 1)
        }
        None => pos as i32 + 1,
    };
    if let Some(i) = &imported {
        orders::set_reference(tx, order_id, i.reference).await?;
    }
    let mut services_present = orders::services_held(tx, customer.id).await?;
    services_present.extend(drafts.iter().map(|d| d.service_id));
    let of = OrderFacts {
        customer,
        item_count: drafts.len() as u32,
        services_present,
    };

    let mut outcomes = Vec::with_capacity(drafts.len());
    let mut placed = Vec::with_capacity(drafts.len());
    let mut ids: Vec<i32> = Vec::with_capacity(drafts.len());
    for (pos, d) in drafts.into_iter().enumerate() {
        let mut item = Item {
            id: 0,
            order_id,
            position: position(pos),
            service_id: d.service_id,
            product_id: None,
            parent_item_id: d.parent.map(|p| ids[p]),
            transaction_type: d.transaction_type,
            requested_specs: d.specs,
            quantity: d.quantity,
            window: d.window,
            address: d.address,
            delivery_group: 1,
            version: 1,
            state: ItemState::submitted(),
        };
        let auto = Auto {
            snap,
            review: review(&snap.rules, &pipeline::facts(snap, &of, &item)?),
            single_item_order: of.item_count == 1,
        };
        let created = item.same_status_event(
            EventKind::Created,
            vec![Reason::OrderSubmitted {
                order: number.clone(),
            }],
        );
        let pending = pipeline::advance(tx, &auto, &mut item).await?;
        // Written once, in the state the pipeline reached.
        item.id = items::insert(tx, &item, &now).await?;
        ids.push(item.id);
        events::append(tx, item.id, &created, &ctx.actor, &now).await?;
        events::append_all(tx, item.id, &pending.transitions, SYSTEM, &now).await?;
        super::reserve_units(tx, &now, &item, &pending.reserve).await?;
        outcomes.push(ItemOutcome::of(
            &item,
            &number,
            std::slice::from_ref(&created),
            &pending.transitions,
            ctx.lang,
        ));
        placed.push(PlacedItem {
            item_id: item.id,
            position: item.position,
            service_name: snap.service(item.service_id)?.name.clone(),
            added_for: d.parent.map(position),
            status_label: ctx.lang.status(item.status()).into(),
        });
    }
    Ok(SubmitResult {
        order_id,
        number,
        items: outcomes,
        placed,
    })
}
