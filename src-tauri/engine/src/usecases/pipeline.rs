//! The automatic part of the flow: D1 review, D2 assignment, D3 reservation,
//! D4 fast path. Runs after submit, approval, assignment and release, and
//! stops wherever a person is needed. Reads only; the caller persists.

use crate::domain::catalog::Service;
use crate::domain::matching::{self, Assignment};
use crate::domain::order::TransactionType;
use crate::domain::reason::{self, Reason};
use crate::domain::rules::{review, ItemFacts, Review};
use crate::domain::stock::{pick_units, Span, StockDecision};
use crate::domain::{DecisionPoint, HoldKind, Item, ItemStatus, Transition};
use crate::store::catalog::Snapshot;
use crate::store::{items, orders, stock, Tx};
use crate::Result;

/// What the pipeline did to an item, waiting to be written.
#[derive(Debug, Default)]
pub struct Pending {
    pub transitions: Vec<Transition>,
    pub reserve: Vec<(i32, Span)>,
}

pub struct Auto<'a> {
    pub snap: &'a Snapshot,
    pub review: Review,
    /// Nothing to consolidate: a prepared item goes straight to the delivery queue (D4).
    pub single_item_order: bool,
}

/// Facts about the order an item belongs to that the rules need.
pub struct OrderFacts {
    pub customer: orders::CustomerRow,
    pub item_count: u32,
    /// Services the customer has or orders alongside.
    pub services_present: Vec<i32>,
}

pub fn facts(snap: &Snapshot, order: &OrderFacts, item: &Item) -> Result<ItemFacts> {
    let s = snap.service(item.service_id)?;
    // Before D2 the product is not known: price the line at the dearest product
    // that fits the request, so a review never underestimates it.
    let product_cents = match item.product_id {
        Some(p) => snap.product(p)?.unit_cents,
        None => snap
            .products_for(s)
            .iter()
            .filter(|p| matching::evaluate(&item.requested_specs, p).full_match)
            .map(|p| p.unit_cents)
            .max()
            .unwrap_or(0),
    };
    let unit_cents = s.one_time_cents + product_cents;
    Ok(ItemFacts {
        quantity: item.quantity,
        line_value_cents: unit_cents * item.quantity as i64,
        monthly_cents: s.monthly_cents * item.quantity as i64,
        transaction_type: item.transaction_type.as_str(),
        missing_basic_service: s
            .prerequisites
            .iter()
            .any(|b| !order.services_present.contains(b)),
        specs_incomplete: !s.missing_specs(&item.requested_specs).is_empty(),
        order_item_count: order.item_count,
        customer_name: order.customer.name.clone(),
        customer_is_new: order.customer.is_new,
        customer_flagged: order.customer.flagged,
        service_code: s.code.clone(),
        service_kind: s.kind.as_str(),
        offer_type: s.offer_type.as_str(),
        service_recurring: s.recurring,
        service_requires_approval: s.requires_approval,
    })
}

/// Loads what the rules need about an existing item's order.
pub async fn order_facts(tx: &mut Tx, order_id: i32) -> Result<(OrderFacts, Vec<Item>)> {
    let order = orders::get(tx, order_id).await?;
    let siblings = items::for_order(tx, order_id).await?;
    let mut services_present = orders::services_held(tx, order.customer_id).await?;
    services_present.extend(
        siblings
            .iter()
            .filter(|i| i.status() != ItemStatus::Cancelled)
            .map(|i| i.service_id),
    );
    let item_count = siblings
        .iter()
        .filter(|i| i.status() != ItemStatus::Cancelled)
        .count() as u32;
    Ok((
        OrderFacts {
            customer: orders::customer(tx, order.customer_id).await?,
            item_count,
            services_present,
        },
        siblings,
    ))
}

/// The pipeline settings for an existing item: its rules review (approval
/// hits dropped: a person already decided) and whether its order is single-item.
pub async fn auto_for_existing<'a>(
    tx: &mut Tx,
    snap: &'a Snapshot,
    item: &Item,
    with_rules: bool,
) -> Result<Auto<'a>> {
    let (of, _) = order_facts(tx, item.order_id).await?;
    let mut r = if with_rules {
        review(&snap.rules, &facts(snap, &of, item)?)
    } else {
        Review::default()
    };
    r.approval.clear();
    Ok(Auto {
        snap,
        review: r,
        single_item_order: of.item_count == 1,
    })
}

/// Runs the automatic steps from wherever the item stands.
pub async fn advance(tx: &mut Tx, auto: &Auto<'_>, item: &mut Item) -> Result<Pending> {
    let mut out = Pending::default();
    loop {
        if item.on_hold() {
            break;
        }
        match item.status() {
            ItemStatus::New => {
                if !auto.review.approval.is_empty() {
                    out.transitions.push(item.apply(
                        ItemStatus::AwaitingApproval,
                        DecisionPoint::D1,
                        auto.review.approval.clone(),
                    )?);
                    break;
                }
                assign(auto, item, &mut out)?;
            }
            ItemStatus::Assigned => {
                if !auto.review.hold.is_empty() {
                    out.transitions
                        .push(item.hold(HoldKind::Rule, auto.review.hold.clone())?);
                    break;
                }
                reserve(tx, auto.snap, item, &mut out).await?;
            }
            ItemStatus::Preparing if auto.single_item_order => {
                out.transitions.push(item.apply(
                    ItemStatus::Ready,
                    DecisionPoint::D4,
                    vec![Reason::NothingToConsolidate],
                )?);
                break;
            }
            ItemStatus::AwaitingApproval
            | ItemStatus::NeedsAssignment
            | ItemStatus::Preparing
            | ItemStatus::Ready
            | ItemStatus::Scheduled
            | ItemStatus::InDelivery
            | ItemStatus::Collected
            | ItemStatus::Delivered
            | ItemStatus::Completed
            | ItemStatus::Cancelled => break,
        }
    }
    Ok(out)
}

/// D2: pick the product automatically when exactly one fits.
pub fn assign(auto: &Auto<'_>, item: &mut Item, out: &mut Pending) -> Result<()> {
    let service = auto.snap.service(item.service_id)?;
    if item.transaction_type.is_way_back() {
        // The product is known: the holding's (a return, a cancellation) or
        // the one its request named (a swap, a change).
        let why = match (item.transaction_type, item.product_id) {
            (TransactionType::Swap | TransactionType::Change, Some(p)) => Reason::ReplacedBy {
                transaction_type: item.transaction_type,
                product_id: p,
                product: auto.snap.product(p)?.name.clone(),
            },
            (_, p) => Reason::TakesBackHolding {
                holding: match p {
                    Some(p) => auto.snap.product(p)?.name.clone(),
                    None => service.name.clone(),
                },
            },
        };
        out.transitions
            .push(item.apply(ItemStatus::Assigned, DecisionPoint::D2, vec![why])?);
        return Ok(());
    }
    if service.product_category.is_none() {
        out.transitions.push(item.apply(
            ItemStatus::Assigned,
            DecisionPoint::D2,
            vec![Reason::NoProductToPick {
                service: service.name.clone(),
            }],
        )?);
        return Ok(());
    }
    if !auto.review.manual_assignment.is_empty() {
        out.transitions.push(item.apply(
            ItemStatus::NeedsAssignment,
            DecisionPoint::D2,
            auto.review.manual_assignment.clone(),
        )?);
        return Ok(());
    }
    let candidates = matching::rank(&item.requested_specs, &auto.snap.products_for(service));
    match matching::decide(&item.requested_specs, &candidates) {
        Assignment::Auto { product_id, reason } => {
            item.product_id = Some(product_id);
            out.transitions.push(item.apply(
                ItemStatus::Assigned,
                DecisionPoint::D2,
                vec![reason],
            )?);
        }
        Assignment::Manual { reason } => {
            out.transitions.push(item.apply(
                ItemStatus::NeedsAssignment,
                DecisionPoint::D2,
                vec![reason],
            )?);
        }
    }
    Ok(())
}

/// D3: reserve units for the window, or hold the item on a shortage.
async fn reserve(tx: &mut Tx, snap: &Snapshot, item: &mut Item, out: &mut Pending) -> Result<()> {
    let service: &Service = snap.service(item.service_id)?;
    let product = match item.product_id {
        Some(p) if service.uses_stock() && item.transaction_type.takes_stock_out() => {
            snap.product(p)?
        }
        _ => {
            let why = if service.uses_stock() {
                Reason::UnitComesBack {
                    transaction_type: item.transaction_type,
                }
            } else {
                Reason::NeedsNoStock {
                    service: service.name.clone(),
                }
            };
            out.transitions.push(item.apply(
                ItemStatus::Preparing,
                DecisionPoint::D3,
                vec![why],
            )?);
            return Ok(());
        }
    };
    let span = Span::for_item(&item.window, service.unit_comes_back());
    let units = stock::availability(tx, product.id, &span, snap.stock_buffer_days).await?;
    // Units this pipeline run already took (several items of one order) are not in the store yet.
    let units: Vec<_> = units
        .into_iter()
        .filter(|u| !out.reserve.iter().any(|(id, _)| *id == u.unit_id))
        .collect();
    match pick_units(&units, &span, snap.stock_buffer_days, item.quantity) {
        StockDecision::Reserve(picked) => {
            out.transitions.push(item.apply(
                ItemStatus::Preparing,
                DecisionPoint::D3,
                vec![Reason::Reserved {
                    product_id: product.id,
                    product: product.name.clone(),
                    from: span.start,
                    until: reason::until(&span),
                    serials: picked.iter().map(|(_, s)| s.clone()).collect(),
                }],
            )?);
            out.reserve
                .extend(picked.into_iter().map(|(id, _)| (id, span)));
        }
        StockDecision::Shortage { needed, free } => {
            out.transitions.push(item.hold(
                HoldKind::Shortage,
                vec![Reason::Shortage {
                    product_id: product.id,
                    product: product.name.clone(),
                    wanted: needed,
                    free,
                    from: span.start,
                    unit_cents: product.unit_cents,
                    currency: snap.currency.clone(),
                }],
            )?);
        }
    }
    Ok(())
}
