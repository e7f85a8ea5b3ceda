//! The way back starts from what a customer holds: a return, a swap, a change
//! or a cancellation of one or several holdings becomes an order whose items
//! run the same flow in their direction (D1 review with its rules, D2 the
//! product known, D3 stock for what goes out, D5/D6 a collection, D8 check-in).

use super::pipeline::{self, Auto, OrderFacts};
use super::{Ctx, SYSTEM};
use crate::domain::catalog::Specs;
use crate::domain::dates::parse_date;
use crate::domain::holding::HoldingState;
use crate::domain::item::{EventKind, ItemState};
use crate::domain::limits::{ITEMS_MAX, ORDER_NOTE_MAX, REASON_MAX};
use crate::domain::order::{DateWindow, TransactionType};
use crate::domain::rules::review;
use crate::domain::{text, Item, Reason};
use crate::i18n::Invalid;
use crate::store::holdings::{self, HoldingRecord};
use crate::store::{events, items, orders, Db};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct WayBackInput {
    /// One or several holdings of one customer.
    pub holding_ids: Vec<i32>,
    /// Return, swap, change or cancellation.
    pub transaction_type: TransactionType,
    /// When to collect (a return, swap or change): ISO dates.
    #[serde(default)]
    pub window_start: String,
    #[serde(default)]
    pub window_end: String,
    /// A cancellation: the day the service ends (ISO).
    #[serde(default)]
    pub ends_on: String,
    /// A swap: another product (the holding's own when `None`); a change: the product it changes to.
    #[serde(default)]
    pub product_id: Option<i32>,
    /// A swap or change to a product of another category needs a person's reason.
    #[serde(default)]
    pub override_reason: Option<String>,
    #[serde(default)]
    pub note: String,
}

/// What the request made: its order, and each item as the flow left it.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct WayBackResult {
    pub order_id: i32,
    pub number: String,
    pub items: Vec<super::ItemOutcome>,
}

/// Starts the way back for `input.holding_ids`, all in one transaction: each
/// holding gets an item of the transaction type and becomes "return requested".
pub async fn request_way_back(db: &Db, ctx: &Ctx, input: WayBackInput) -> Result<WayBackResult> {
    let snap = db.snapshot().await?;
    let tt = input.transaction_type;
    if !tt.is_way_back() {
        return Err(Error::invalid("transactionType", Invalid::NotAWayBack));
    }
    if input.holding_ids.is_empty() {
        return Err(Error::invalid("holdingIds", Invalid::ChooseHolding));
    }
    if input.holding_ids.len() > ITEMS_MAX {
        return Err(Error::invalid(
            "holdingIds",
            Invalid::TooManyHoldings {
                n: input.holding_ids.len(),
                max: ITEMS_MAX,
            },
        ));
    }
    let note = text::optional("note", &input.note, ORDER_NOTE_MAX)?;
    let override_reason = match &input.override_reason {
        Some(r) => Some(text::required("overrideReason", r, REASON_MAX)?),
        None => None,
    };
    let mut tx = db.begin_write().await?;
    let mut held: Vec<HoldingRecord> = Vec::new();
    for (i, id) in input.holding_ids.iter().enumerate() {
        let field = format!("holdingIds[{i}]");
        let h = holdings::get(&mut *tx, *id).await.map_err(|_| {
            Error::invalid(
                &field,
                Invalid::NoSuch {
                    entity: "holding",
                    id: (*id).into(),
                },
            )
        })?;
        if held.iter().any(|o| o.id == h.id) {
            return Err(Error::invalid(
                &field,
                Invalid::ChosenTwice { what: h.title() },
            ));
        }
        if let Some(first) = held.first() {
            if first.customer_id != h.customer_id {
                return Err(Error::invalid(
                    &field,
                    Invalid::OtherCustomers {
                        holding: h.title(),
                        customer: h.customer.clone(),
                        first: first.customer.clone(),
                    },
                ));
            }
        }
        if !h.state.is_held() {
            return Err(Error::invalid(
                &field,
                Invalid::NoLongerHeld {
                    holding: h.title(),
                    state: h.state,
                },
            ));
        }
        let missing: Vec<String> = holdings::units(&mut *tx, h.id)
            .await?
            .into_iter()
            .filter(|u| u.awaits_decision())
            .map(|u| u.serial)
            .collect();
        if !missing.is_empty() {
            return Err(Error::invalid(
                &field,
                Invalid::CameBackWithout {
                    holding: h.title(),
                    missing,
                },
            ));
        }
        if let Some((_, number)) = holdings::open_request(&mut *tx, h.id).await? {
            return Err(Error::invalid(
                &field,
                Invalid::UnderWayAlready {
                    order: number,
                    holding: h.title(),
                },
            ));
        }
        held.push(h);
    }
    let today = ctx.today();
    let mut drafts: Vec<(HoldingRecord, DateWindow, Option<i32>, Vec<Reason>)> = Vec::new();
    for h in held {
        let (window, ends) = match tt {
            TransactionType::Cancellation => {
                let s = snap.service(h.service_id)?;
                if !s.recurring && h.monthly_cents == 0 {
                    return Err(Error::invalid(
                        "transactionType",
                        Invalid::NotRecurring { holding: h.title() },
                    ));
                }
                let ends = parse_date("endsOn", &input.ends_on)?;
                if ends < h.start {
                    return Err(Error::invalid(
                        "endsOn",
                        Invalid::EndsBeforeStart {
                            ends,
                            holding: h.title(),
                            started: h.start,
                        },
                    ));
                }
                let w = DateWindow::new("endsOn", ends, ends)?;
                w.plannable("endsOn", today)?;
                (w, Some(ends))
            }
            TransactionType::Return | TransactionType::Swap | TransactionType::Change => {
                let w = DateWindow::parse("window", &input.window_start, &input.window_end)?;
                w.plannable("window", today)?;
                (w, None)
            }
            TransactionType::Order => unreachable!("refused above"),
        };
        let mut reasons = vec![Reason::WayBackRequested {
            transaction_type: tt,
            holding: h.title(),
            ends,
            note: note.clone(),
        }];
        let product = match tt {
            TransactionType::Return | TransactionType::Cancellation => h.product_id,
            TransactionType::Swap | TransactionType::Change => {
                let Some(p) = input.product_id.or(if tt == TransactionType::Swap {
                    h.product_id
                } else {
                    None
                }) else {
                    return Err(Error::invalid(
                        "productId",
                        Invalid::ChooseProductFor { holding: h.title() },
                    ));
                };
                let product = snap
                    .products
                    .get(&p)
                    .filter(|p| !p.archived)
                    .ok_or_else(|| {
                        Error::invalid("productId", Invalid::NoProductToDeliver { id: p.into() })
                    })?;
                if tt == TransactionType::Change && Some(p) == h.product_id {
                    return Err(Error::invalid(
                        "productId",
                        Invalid::HasThatProduct {
                            product: product.name.clone(),
                        },
                    ));
                }
                if let Some(from) = h.category.as_deref().filter(|c| *c != product.category) {
                    let Some(why) = &override_reason else {
                        return Err(Error::invalid(
                            "overrideReason",
                            Invalid::OtherCategory {
                                product: product.name.clone(),
                                category: product.category.clone(),
                                holding: h.title(),
                                was: from.into(),
                            },
                        ));
                    };
                    reasons.push(Reason::OtherCategoryAllowed {
                        from: from.into(),
                        to: product.category.clone(),
                        note: why.clone(),
                    });
                }
                Some(p)
            }
            TransactionType::Order => unreachable!("refused above"),
        };
        drafts.push((h, window, product, reasons));
    }

    let now = ctx.now_text();
    let first = &drafts[0].0;
    let customer = orders::customer(&mut tx, first.customer_id).await?;
    let (order_id, number) =
        orders::insert(&mut tx, customer.id, first.recipient_id, &note, &now).await?;
    let of = OrderFacts {
        customer,
        item_count: drafts.len() as u32,
        services_present: orders::services_held(&mut tx, first.customer_id).await?,
    };
    let mut outcomes = Vec::with_capacity(drafts.len());
    for (pos, (h, window, product_id, reasons)) in drafts.into_iter().enumerate() {
        let delivering = items::get(&mut tx, h.item_id).await?;
        let mut item = Item {
            id: 0,
            order_id,
            position: pos as i32 + 1,
            service_id: h.service_id,
            product_id,
            parent_item_id: None,
            transaction_type: tt,
            requested_specs: Specs::default(),
            quantity: h.quantity,
            window,
            address: delivering.address,
            delivery_group: 1,
            version: 1,
            state: ItemState::submitted(),
        };
        let auto = Auto {
            snap: &snap,
            review: review(&snap.rules, &pipeline::facts(&snap, &of, &item)?),
            single_item_order: of.item_count == 1,
        };
        let created = item.same_status_event(EventKind::Created, reasons);
        let pending = pipeline::advance(&mut tx, &auto, &mut item).await?;
        item.id = items::insert(&mut tx, &item, &now).await?;
        holdings::link_item(&mut tx, item.id, h.id).await?;
        holdings::set_state(
            &mut tx,
            h.id,
            h.version,
            HoldingState::ReturnRequested,
            h.end,
            &now,
        )
        .await?;
        events::append(&mut tx, item.id, &created, &ctx.actor, &now).await?;
        events::append_all(&mut tx, item.id, &pending.transitions, SYSTEM, &now).await?;
        super::reserve_units(&mut tx, &now, &item, &pending.reserve).await?;
        outcomes.push(super::ItemOutcome::of(
            &item,
            &number,
            std::slice::from_ref(&created),
            &pending.transitions,
            ctx.lang,
        ));
    }
    tx.commit().await?;
    Ok(WayBackResult {
        order_id,
        number,
        items: outcomes,
    })
}
