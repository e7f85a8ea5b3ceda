//! Why an item is where it is, as data. Every reason the flow writes (an
//! event's reasons, an item's reason, its hold) is a [`Reason`]: a kind and
//! the values behind it. [`Reason::sentence`] is the English people read; the
//! store keeps both, and `i18n` writes another language from the kind and
//! its values, never reading meaning back out of English.

use super::matching::Fit;
use super::order::TransactionType;
use super::resource::Slot;
use super::rules::{Field, Op, Value};
use super::stock::Span;
use crate::i18n::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One reason, stored as `{"kind": "shortage", ...values}`. A kind's key and
/// its values' names never change once written; a new kind is a new variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
// Tests list each kind to try its sentences in every language.
#[cfg_attr(
    test,
    derive(strum::EnumDiscriminants),
    strum_discriminants(derive(strum::EnumIter))
)]
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

/// A booked slot as a reason names it. `written` is the shop's day the reason
/// was written: the slot's year is shown only when it is another year's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookedSlot {
    pub resource_id: i32,
    pub resource: String,
    pub slot: Slot,
    pub written: NaiveDate,
}

/// The end of a span as a reason stores it: `None` when the unit leaves for good.
pub fn until(s: &Span) -> Option<NaiveDate> {
    (s.end != Span::forever()).then_some(s.end)
}

/// Several reasons as one line in English, as the store keeps it beside them.
pub fn joined(reasons: &[Reason]) -> String {
    Lang::En.reasons(reasons)
}

impl Reason {
    /// The English people read (`i18n` writes it in another language).
    pub fn sentence(&self) -> String {
        Lang::En.reason(self)
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
