//! Why an item is where it is, as data. Every reason the flow writes (an
//! event's reasons, an item's reason, its hold) is a [`Reason`]: a kind and
//! the values behind it. [`Reason::sentence`] is the English people read; the
//! store keeps both, so a later translation starts from the kind and its
//! values and never reads meaning back out of English.

use super::matching::Fit;
use super::order::TransactionType;
use super::resource::Slot;
use super::rules::{Field, Op, Value};
use super::stock::Span;
use super::words;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One reason, stored as `{"kind": "shortage", ...values}`. A kind's key and
/// its values' names never change once written; a new kind is a new variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// A new item, before any step.
    Submitted,
    /// The item's order was submitted (the `created` event).
    OrderSubmitted {
        order: String,
    },
    /// A D1 rule fired, with the conditions that held.
    RuleFired {
        rule_id: i32,
        rule: String,
        met: Vec<ConditionMet>,
    },
    /// D2: the service has nothing to pick (set-up work, support).
    NoProductToPick {
        service: String,
    },
    /// D2: the one product the service offers, picked without specs.
    OnlyProductOffered {
        product_id: i32,
        product: String,
    },
    /// D2: the one product meeting every requested spec.
    OnlyProductMatching {
        specs: BTreeMap<String, String>,
        product_id: i32,
        product: String,
    },
    /// D2: the catalog has no product for the service.
    NoProductInCatalog,
    /// D2: no product meets every requested spec.
    NoProductMatches {
        specs: BTreeMap<String, String>,
    },
    /// D2: several products meet every spec; `products` names the first three.
    ProductsMatch {
        count: u32,
        specs: BTreeMap<String, String>,
        products: Vec<String>,
    },
    /// D3: the unit comes back (a return, a swap …), nothing to reserve.
    UnitComesBack {
        transaction_type: TransactionType,
    },
    /// D3: the service takes nothing from stock.
    NeedsNoStock {
        service: String,
    },
    /// D3: these units are reserved from `from` to `until` (`None`: for good).
    Reserved {
        product_id: i32,
        product: String,
        from: NaiveDate,
        until: Option<NaiveDate>,
        serials: Vec<String>,
    },
    /// D3: too few units free.
    Shortage {
        product_id: i32,
        product: String,
        wanted: u32,
        free: u32,
        from: NaiveDate,
        unit_cents: i64,
        currency: String,
    },
    /// D4: a single-item order goes straight to the delivery queue.
    NothingToConsolidate,
    /// D4 by a person: prepared; `with_others` when it ships with the rest of its delivery.
    Prepared {
        with_others: bool,
    },
    /// D4 by a person, scanning while preparing: `serial` was picked instead
    /// of the reserved `instead_of`, and the reservation moved to it.
    ScannedInstead {
        serial: String,
        instead_of: String,
    },
    /// A person held the item, with their note.
    HeldBy {
        by: String,
        note: String,
    },
    /// The hold these reasons gave was released.
    Released {
        hold: Vec<Reason>,
    },
    /// D3 by a person: went on without stock.
    ShortageOverridden {
        by: String,
        note: String,
    },
    /// D1 by a person.
    Approved {
        by: String,
    },
    /// D1 by a person: rejected, with their note.
    Rejected {
        note: String,
    },
    /// D3 by a person: another product instead of waiting for stock.
    SubstitutePicked,
    /// D2 by a person, with how the product fits the request.
    ProductPicked {
        by: String,
        product_id: i32,
        product: String,
        fit: Fit,
    },
    Cancelled {
        by: String,
        note: String,
    },
    /// D7: the order is completed.
    OrderCompleted {
        order: String,
        by: String,
    },
    /// Undo of "prepared".
    BackToPreparation {
        by: String,
    },
    /// Off its booking, back in the delivery queue; `undo` when it undid the scheduling.
    Unscheduled {
        by: String,
        undo: bool,
    },
    SplitOff {
        delivery: i32,
        by: String,
    },
    /// D5: booked on a resource's slot.
    Booked {
        slot: BookedSlot,
    },
    /// D5: the booking moved or was resized.
    Moved {
        slot: BookedSlot,
    },
    /// D5: a unit's reservation stretched to cover the delivery day.
    ReservationExtended {
        serial: String,
        from: NaiveDate,
        until: Option<NaiveDate>,
    },
    /// D6
    Dispatched {
        by: String,
    },
    Delivered {
        by: String,
    },
    DeliveryFailed {
        note: String,
    },
    /// The way back starts from a holding: what the customer has, and what
    /// is asked for it (a cancellation with the day the service ends).
    WayBackRequested {
        transaction_type: TransactionType,
        holding: String,
        ends: Option<NaiveDate>,
        note: String,
    },
    /// D2: a return or cancellation takes back what the holding has; nothing to pick.
    TakesBackHolding {
        holding: String,
    },
    /// D2: a swap or change delivers the product its request named.
    ReplacedBy {
        transaction_type: TransactionType,
        product_id: i32,
        product: String,
    },
    /// A swap to a product of another category, which a person allowed.
    OtherCategoryAllowed {
        from: String,
        to: String,
        note: String,
    },
    /// D6 in the way back's direction: the units were picked up.
    Collected {
        by: String,
    },
    /// D8: every unit of the return is checked in; `conditions` says how each came back.
    CheckedIn {
        by: String,
        conditions: Vec<String>,
    },
    /// A sentence written before reasons had kinds, kept as it was.
    Text {
        text: String,
    },
}

/// A rule condition that held: the fact's value and what the rule compared it with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConditionMet {
    pub field: Field,
    pub op: Op,
    pub value: Value,
    pub actual: Value,
}

impl ConditionMet {
    /// "line value 2400 > 2000", or "new customer" for a boolean that is true.
    pub fn sentence(&self) -> String {
        match (&self.value, self.op) {
            (Value::Bool(true), Op::Eq) | (Value::Bool(false), Op::Ne) => {
                self.field.label().to_string()
            }
            (Value::Bool(false), Op::Eq) | (Value::Bool(true), Op::Ne) => {
                format!("not {}", self.field.label())
            }
            _ => format!(
                "{} {} {} {}",
                self.field.label(),
                self.actual.show(),
                self.op.symbol(),
                self.value.show()
            ),
        }
    }
}

/// A booked slot as a reason names it. `written` is the shop's day the reason
/// was written: the slot's year is shown only when it is another year's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookedSlot {
    pub resource_id: i32,
    pub resource: String,
    pub slot: Slot,
    pub written: NaiveDate,
}

impl BookedSlot {
    /// "Anna on Tue 1 Dec 09:00–10:00", with the year when it is not this year's.
    fn sentence(&self) -> String {
        let day = if self.slot.start.year() == self.written.year() {
            "%a %-d %b"
        } else {
            "%a %-d %b %Y"
        };
        format!(
            "{} on {} {}–{}",
            self.resource,
            self.slot.start.format(day),
            self.slot.start.format("%H:%M"),
            self.slot.end.format("%H:%M")
        )
    }
}

/// "cpu=i7, ram=16GB"
fn summary(specs: &BTreeMap<String, String>) -> String {
    specs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn span(from: NaiveDate, until: Option<NaiveDate>) -> String {
    Span {
        start: from,
        end: until.unwrap_or_else(Span::forever),
    }
    .for_people()
}

/// The end of a span as a reason stores it: `None` when the unit leaves for good.
pub fn until(s: &Span) -> Option<NaiveDate> {
    (s.end != Span::forever()).then_some(s.end)
}

/// Several reasons as one line, as an item's card and its hold show them.
pub fn joined(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(Reason::sentence)
        .collect::<Vec<_>>()
        .join("; ")
}

impl Reason {
    /// The English people read.
    pub fn sentence(&self) -> String {
        match self {
            Reason::Submitted => "Submitted".into(),
            Reason::OrderSubmitted { order } => format!("Order {order} submitted"),
            Reason::RuleFired { rule, met, .. } => {
                let why = met
                    .iter()
                    .map(ConditionMet::sentence)
                    .collect::<Vec<_>>()
                    .join(", ");
                // "Service requires approval: service requires approval" says it twice.
                if why.eq_ignore_ascii_case(rule) {
                    rule.clone()
                } else {
                    format!("{rule}: {why}")
                }
            }
            Reason::NoProductToPick { service } => format!("{service}: no product to pick"),
            Reason::OnlyProductOffered { product, .. } => {
                format!("Only product offered: {product}")
            }
            Reason::OnlyProductMatching { specs, product, .. } => {
                format!("Only product matching {}: {product}", summary(specs))
            }
            Reason::NoProductInCatalog => "No product in the catalog for this service".into(),
            Reason::NoProductMatches { specs } => {
                format!("No product matches {}; pick the closest", summary(specs))
            }
            Reason::ProductsMatch {
                count,
                specs,
                products,
            } => format!(
                "{count} products match {}: {}",
                if specs.is_empty() {
                    "(no specs given)".to_string()
                } else {
                    summary(specs)
                },
                products.join(", ")
            ),
            Reason::UnitComesBack { transaction_type } => format!(
                "{}: the unit comes back, nothing to reserve",
                transaction_type.as_str()
            ),
            Reason::NeedsNoStock { service } => format!("{service} needs no stock"),
            Reason::Reserved {
                product,
                from,
                until,
                serials,
                ..
            } => format!(
                "Reserved {} × {product} ({}): {}",
                serials.len(),
                span(*from, *until),
                serials.join(", ")
            ),
            Reason::Shortage {
                product,
                wanted,
                free,
                from,
                unit_cents,
                currency,
                ..
            } => format!(
                "Shortage: {free} of {wanted} × {product} free from {} ({} each); wait, substitute or override",
                words::day(*from),
                words::money(*unit_cents, currency)
            ),
            Reason::NothingToConsolidate => {
                "Single-item order: nothing to consolidate, queued for delivery".into()
            }
            Reason::Prepared { with_others: false } => "Prepared: queued for delivery".into(),
            Reason::Prepared { with_others: true } => {
                "Prepared: ships together with the rest of its delivery".into()
            }
            Reason::ScannedInstead { serial, instead_of } => {
                format!("{serial} scanned instead of {instead_of}: the reservation moved to it")
            }
            Reason::HeldBy { by, note } => format!("{note} ({by})"),
            Reason::Released { hold } => format!("Released: {}", joined(hold)),
            Reason::ShortageOverridden { by, note } => {
                format!("Shortage overridden by {by}: {note}")
            }
            Reason::Approved { by } => format!("Approved by {by}"),
            Reason::Rejected { note } => format!("Rejected: {note}"),
            Reason::SubstitutePicked => "Shortage: substitute picked".into(),
            Reason::ProductPicked {
                by, product, fit, ..
            } => format!("{by} picked {product}: {}", fit.explanation()),
            Reason::Cancelled { by, note } => format!("Cancelled by {by}: {note}"),
            Reason::OrderCompleted { order, by } => format!("Order {order} completed by {by}"),
            Reason::BackToPreparation { by } => format!("Undo by {by}: back to preparation"),
            Reason::Unscheduled { by, undo } => format!(
                "{} by {by}: back in the delivery queue",
                if *undo {
                    "Undo of scheduling"
                } else {
                    "Unscheduled"
                }
            ),
            Reason::SplitOff { delivery, by } => {
                format!("Split off into delivery {delivery} by {by}")
            }
            Reason::Booked { slot } => format!("Booked with {}", slot.sentence()),
            Reason::Moved { slot } => format!("Moved to {}", slot.sentence()),
            Reason::ReservationExtended {
                serial,
                from,
                until,
            } => format!(
                "Reservation of unit {serial} now covers {}, the delivery day included",
                span(*from, *until)
            ),
            Reason::Dispatched { by } => format!("Dispatched by {by}"),
            Reason::Delivered { by } => format!("Delivered by {by}"),
            Reason::DeliveryFailed { note } => format!("Delivery failed: {note}"),
            Reason::WayBackRequested {
                transaction_type,
                holding,
                ends,
                note,
            } => {
                let what = match transaction_type {
                    TransactionType::Return => "Return requested",
                    TransactionType::Swap => "Swap requested",
                    TransactionType::Change => "Change requested",
                    TransactionType::Cancellation => "Cancellation requested",
                    TransactionType::Order => "Ordered",
                };
                let mut out = format!("{what} for {holding}");
                if let Some(d) = ends {
                    out.push_str(&format!(", ends {}", words::day(*d)));
                }
                if !note.is_empty() {
                    out.push_str(&format!(": {note}"));
                }
                out
            }
            Reason::TakesBackHolding { holding } => {
                format!("Takes back {holding}; nothing to pick")
            }
            Reason::ReplacedBy {
                transaction_type,
                product,
                ..
            } => match transaction_type {
                TransactionType::Change => format!("Changes to {product}"),
                _ => format!("Swaps to {product}"),
            },
            Reason::OtherCategoryAllowed { from, to, note } => {
                format!("Swap from {from} to {to}, another category, allowed: {note}")
            }
            Reason::Collected { by } => format!("Collected by {by}; to check in"),
            Reason::CheckedIn { by, conditions } => {
                format!("Checked in by {by}: {}", conditions.join(", "))
            }
            Reason::Text { text } => text.clone(),
        }
    }

    /// A sentence kept as it was written.
    pub fn text(text: impl Into<String>) -> Reason {
        Reason::Text { text: text.into() }
    }

    /// Reasons as the store keeps them beside their sentences.
    pub fn to_json(reasons: &[Reason]) -> String {
        serde_json::to_string(reasons).expect("a reason always serialises")
    }

    pub fn from_json(json: &str) -> Result<Vec<Reason>, serde_json::Error> {
        serde_json::from_str(json)
    }
}
