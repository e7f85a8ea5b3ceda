//! One function per user action. Each loads, decides with `domain`, persists
//! with `store` and appends the audit events, all in one transaction.

mod approve;
mod assign;
mod backup;
mod cancel;
mod catalog;
mod check_in;
mod complete;
mod customers;
mod delivery;
mod hold;
mod import;
mod missing;
pub mod pipeline;
mod planning;
mod prepare;
mod resources;
mod rules;
mod schedule;
mod settings;
mod split;
pub(crate) mod stock;
mod submit_order;
mod undo;
mod way_back;

pub use approve::{approve_item, reject_item};
pub use assign::assign_product;
pub use backup::{
    back_up_to, backup_folder, backups, daily_backup, set_backup_folder, stage_restore,
};
pub use cancel::{cancel_item, cancel_order};
pub use catalog::{
    archive_product, archive_service, create_product, create_service, update_product,
    update_service,
};
pub use check_in::{check_in_unit, close_check_in};
pub use complete::complete_order;
pub use customers::{
    add_address, add_person, create_customer, set_archived, update_address, update_customer,
    update_person, CustomerInput, PersonInput,
};
pub use delivery::{
    dispatch_item, mark_delivered, mark_delivery_failed, mark_trip_delivered, mark_trip_failed,
};
pub use hold::{hold_item, override_shortage, release_hold};
pub use import::{apply_import, preview_import, ImportProgress};
pub use missing::decide_missing;
pub use planning::{drop_map, plan_day, suggest_slot};
pub use prepare::{check_preparation, mark_prepared};
pub use resources::{create_resource, update_resource, ResourceInput};
pub use rules::{create_rule, preview_rule, update_rule};
pub use schedule::{reschedule_item, schedule_item, unschedule_item, ScheduleInput};
pub use settings::{set_up_shop, update_settings, SettingsInput, ShopSetup, ShopSetupInput};
pub use split::split_order;
pub use stock::{
    back_from_repair, move_unit, preview_receipt, receive_units, retire_unit, send_to_repair,
    ReceiptInput, ReceiptLineInput,
};
pub use submit_order::{submit_order, AddressInput, NewItemInput, NewOrderInput, SubmitResult};
pub use undo::undo_last;
pub use way_back::{request_way_back, WayBackInput, WayBackResult};
// What the use cases answer: read models, named here too for their callers.
pub use crate::read::customers::CustomerDetail;
pub use crate::read::outcome::ItemOutcome;
pub use crate::read::planning::{DayPlan, SlotSuggestion, Unplaced};
pub use crate::read::rules::{RuleHitView, RuleView};

use crate::domain::reason::until;
use crate::domain::shop_time::{self, Zone};
use crate::domain::stock::{Span, UnitEventKind};
use crate::domain::unit_step::{Release, UnitStep};
use crate::domain::{Item, ItemStatus, Transition};
use crate::i18n::{Lang, NotAMove};
use crate::store::unit_events::{self, NewUnitEvent};
use crate::store::{events, items, orders, Tx};
use crate::Result;
use chrono::{DateTime, NaiveDate, Utc};

/// Who acts, when, and in which time zone the shop's days turn over; passed
/// in so tests control time.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub actor: String,
    pub now: DateTime<Utc>,
    pub zone: Zone,
    /// The language the person reads what a write answers in.
    pub lang: Lang,
}

impl Ctx {
    /// A context in UTC; a desk sets its own zone with [`Ctx::in_zone`].
    pub fn new(actor: impl Into<String>, now: DateTime<Utc>) -> Ctx {
        Ctx {
            actor: actor.into(),
            now,
            zone: shop_time::UTC,
            lang: Lang::En,
        }
    }

    pub fn speaking(mut self, lang: Lang) -> Ctx {
        self.lang = lang;
        self
    }

    pub fn in_zone(mut self, zone: Zone) -> Ctx {
        self.zone = zone;
        self
    }

    /// The shop's calendar day now.
    pub fn today(&self) -> NaiveDate {
        shop_time::local_day(self.now, self.zone)
    }

    pub fn now_text(&self) -> String {
        self.now.to_rfc3339()
    }
}

/// The automatic steps are recorded as the system's, a person's as theirs.
pub const SYSTEM: &str = "system";

/// Kept for the use cases that still name it here; the table is `domain::limits`.
pub use crate::domain::limits::REASON_MAX;

/// The booking of an item in `status`, for a move to `to`; else why not.
pub(crate) fn booking_of(
    item: &Item,
    status: ItemStatus,
    to: ItemStatus,
    why_not: NotAMove,
) -> Result<i32> {
    item.booking_id()
        .filter(|_| item.status() == status)
        .ok_or_else(|| crate::Error::IllegalTransition {
            from: item.status(),
            to,
            reason: why_not,
        })
}

/// Writes an existing item back with its events: the person's own step first
/// (as `actor`), then whatever the pipeline did after it (as the system).
pub(crate) async fn save(
    tx: &mut Tx,
    ctx: &Ctx,
    item: &mut Item,
    by_person: &[Transition],
    auto: pipeline::Pending,
) -> Result<ItemOutcome> {
    let now = ctx.now_text();
    items::update(tx, item, &now).await?;
    events::append_all(tx, item.id, by_person, &ctx.actor, &now).await?;
    events::append_all(tx, item.id, &auto.transitions, SYSTEM, &now).await?;
    reserve_units(tx, &now, item, &auto.reserve).await?;
    let number = orders::get(tx, item.order_id).await?.number;
    Ok(ItemOutcome::of(
        item,
        &number,
        by_person,
        &auto.transitions,
        ctx.lang,
    ))
}

/// Releases the units reserved for `item` (it was cancelled or rejected),
/// each with the `released` step in its own trail, so a unit's trail says
/// why it is free again.
pub(crate) async fn release_units(tx: &mut Tx, ctx: &Ctx, item: &Item, why: Release) -> Result<()> {
    let units = crate::store::stock::release_for_item(tx, item.id).await?;
    if units.is_empty() {
        return Ok(());
    }
    let number = orders::get(tx, item.order_id).await?.number;
    let at = ctx.now_text();
    for unit in units {
        let step = NewUnitEvent {
            unit_id: unit,
            kind: UnitEventKind::Released,
            location: None,
            order_id: Some(item.order_id),
            step: UnitStep::Released {
                order: number.clone(),
                why: why.clone(),
            },
        };
        unit_events::append(tx, &step, &ctx.actor, &at).await?;
    }
    Ok(())
}

/// Reserves the units the pipeline picked for `item`, each with the
/// `reserved` step in its own trail.
pub(crate) async fn reserve_units(
    tx: &mut Tx,
    at: &str,
    item: &Item,
    picked: &[(i32, Span)],
) -> Result<()> {
    if picked.is_empty() {
        return Ok(());
    }
    let number = orders::get(tx, item.order_id).await?.number;
    for (unit, span) in picked {
        crate::store::stock::reserve(tx, item.id, *unit, span).await?;
        let step = NewUnitEvent {
            unit_id: *unit,
            kind: UnitEventKind::Reserved,
            location: None,
            order_id: Some(item.order_id),
            step: UnitStep::Reserved {
                order: number.clone(),
                from: span.start,
                until: until(span),
            },
        };
        unit_events::append(tx, &step, SYSTEM, at).await?;
    }
    Ok(())
}
