//! D4 by a person: an item prepared (picked, packed, configured) joins the
//! delivery queue. Its units are asked for by scan: `check_preparation`
//! answers each scanned serial and writes nothing; `mark_prepared` takes the
//! scans (required while units are reserved for the item), moves the
//! reservation of each stand-in and marks the item prepared, all in one
//! transaction or nothing.

use super::{save, Ctx, ItemOutcome};
use crate::domain::limits::RECEIVE_MAX;
use crate::domain::picking::{check_picking, PickNeeds, PickVerdict, ScannedUnit};
use crate::domain::reason::until;
use crate::domain::stock::{Span, UnitEventKind};
use crate::domain::unit_step::{Release, UnitStep};
use crate::domain::{text, DecisionPoint, Item, ItemStatus, Reason};
use crate::i18n::{Invalid, Lang};
use crate::read::picking::PickCheck;
use crate::store::catalog::Snapshot;
use crate::store::stock::{self as stock_rows, ItemReservation};
use crate::store::unit_events::{self, NewUnitEvent};
use crate::store::{items, orders, Db, Tx};
use crate::{Error, Result};
use std::collections::HashMap;

/// What each scanned serial would be for the item, writing nothing: the
/// answer beside each scan as it comes in.
pub async fn check_preparation(db: &Db, item_id: i32, scans: &[String]) -> Result<PickCheck> {
    let scans = cleaned(scans)?;
    let snap = db.snapshot().await?;
    let mut tx = db.pool().begin().await?;
    let item = items::get(&mut tx, item_id).await?;
    let picking = judge(&mut tx, &snap, &item, &scans).await?;
    Ok(PickCheck::of(
        &picking.needs.expected,
        &scans,
        &picking.verdicts,
        db.lang(),
    ))
}

/// Picking, packing and configuring done: the item joins the delivery queue.
/// `scans` (the serials scanned while preparing) must all be accepted and
/// together cover the units reserved for the item; a stand-in takes over its
/// unit's reservation, logged in both units' trails and in the item's step.
/// Only an item with no units reserved (a service that takes no stock, a
/// shortage overridden) is marked prepared without scans.
pub async fn mark_prepared(
    db: &Db,
    ctx: &Ctx,
    item_id: i32,
    expected_version: i32,
    scans: &[String],
) -> Result<ItemOutcome> {
    let scans = cleaned(scans)?;
    let snap = db.snapshot().await?;
    let mut tx = db.begin_write().await?;
    let mut item = items::get_at_version(&mut tx, item_id, expected_version).await?;
    let siblings = items::for_order(&mut tx, item.order_id).await?;
    let group: Vec<_> = siblings
        .iter()
        .filter(|s| {
            s.id != item.id
                && s.delivery_group == item.delivery_group
                && s.status() != ItemStatus::Cancelled
        })
        .collect();
    // The reason stays on the card: it states what stays true. How many of
    // the order are ready changes with the siblings; the board counts that live.
    let mut reasons = vec![Reason::Prepared {
        with_others: !group.is_empty(),
    }];
    if scans.is_empty() {
        nothing_to_scan(&mut tx, &item).await?;
    } else {
        reasons.extend(take_scans(&mut tx, ctx, &snap, &item, &scans).await?);
    }
    let t = item.apply(ItemStatus::Ready, DecisionPoint::D4, reasons)?;
    let out = save(&mut tx, ctx, &mut item, &[t], Default::default()).await?;
    tx.commit().await?;
    Ok(out)
}

/// An item being prepared with units reserved for it is prepared by scan
/// only: none of its units leaves unseen. (An item not in preparation, or
/// held, is refused by its move, which says why.)
async fn nothing_to_scan(tx: &mut Tx, item: &Item) -> Result<()> {
    if item.status() != ItemStatus::Preparing || item.on_hold() {
        return Ok(());
    }
    let reserved = stock_rows::serials_for_item(&mut **tx, item.id).await?;
    if reserved.is_empty() {
        return Ok(());
    }
    Err(Error::invalid("scans", Invalid::ScanFirst { reserved }))
}

/// Checks the scans all or nothing and moves each stand-in's reservation;
/// the reasons that say so in the item's step.
async fn take_scans(
    tx: &mut Tx,
    ctx: &Ctx,
    snap: &Snapshot,
    item: &Item,
    scans: &[String],
) -> Result<Vec<Reason>> {
    if item.status() != ItemStatus::Preparing {
        return Err(Error::invalid(
            "scans",
            Invalid::ScansOnlyWhilePreparing {
                status: item.status(),
            },
        ));
    }
    let picking = judge(tx, snap, item, scans).await?;
    for (i, v) in picking.verdicts.iter().enumerate() {
        if let PickVerdict::Refused { why, .. } = v {
            return Err(Error::invalid(format!("scans[{i}]"), why.clone()));
        }
    }
    // Words are made from `why` when the refusal is shown; the check needs none here.
    let check = PickCheck::of(&picking.needs.expected, scans, &picking.verdicts, Lang::En);
    if !check.complete {
        let missing = check
            .expected
            .into_iter()
            .filter(|e| e.covered_by.is_none())
            .map(|e| e.serial)
            .collect();
        return Err(Error::invalid("scans", Invalid::ScanMore { missing }));
    }
    let number = orders::get(tx, item.order_id).await?.number;
    let mut reasons = Vec::new();
    for (serial, v) in scans.iter().zip(&picking.verdicts) {
        let PickVerdict::Instead { of } = v else {
            continue;
        };
        let old = picking
            .reservations
            .iter()
            .find(|r| &r.serial == of)
            .ok_or_else(|| Error::Corrupt(format!("{of} is not reserved for item {}", item.id)))?;
        let unit = picking.units[serial];
        stock_rows::release(tx, old.id).await?;
        crate::store::stock::reserve(tx, item.id, unit, &old.span).await?;
        let at = ctx.now_text();
        let released = NewUnitEvent {
            unit_id: old.unit_id,
            kind: UnitEventKind::Released,
            location: None,
            order_id: Some(item.order_id),
            step: UnitStep::Released {
                order: number.clone(),
                why: Release::ScannedInstead {
                    serial: serial.clone(),
                },
            },
        };
        unit_events::append(tx, &released, &ctx.actor, &at).await?;
        let reserved = NewUnitEvent {
            unit_id: unit,
            kind: UnitEventKind::Reserved,
            location: None,
            order_id: Some(item.order_id),
            step: UnitStep::ReservedInstead {
                order: number.clone(),
                from: old.span.start,
                until: until(&old.span),
                instead_of: of.clone(),
            },
        };
        unit_events::append(tx, &reserved, &ctx.actor, &at).await?;
        reasons.push(Reason::ScannedInstead {
            serial: serial.clone(),
            instead_of: of.clone(),
        });
    }
    Ok(reasons)
}

/// The scans judged for an item, with what it took to judge them.
struct Picking {
    needs: PickNeeds,
    verdicts: Vec<PickVerdict>,
    reservations: Vec<ItemReservation>,
    /// Unit id by serial, of the scanned serials the shop knows.
    units: HashMap<String, i32>,
}

impl Picking {
    /// An item with no product: nothing reserved, nothing to scan.
    fn nothing() -> Picking {
        Picking {
            needs: PickNeeds {
                product_id: 0,
                product: String::new(),
                expected: vec![],
                span: Span {
                    start: Default::default(),
                    end: Default::default(),
                },
                buffer_days: 0,
            },
            verdicts: vec![],
            reservations: vec![],
            units: HashMap::new(),
        }
    }
}

async fn judge(tx: &mut Tx, snap: &Snapshot, item: &Item, scans: &[String]) -> Result<Picking> {
    let product = match item.product_id {
        Some(id) => snap.product(id)?,
        None if scans.is_empty() => return Ok(Picking::nothing()),
        None => return Err(Error::invalid("scans", Invalid::TakesNoUnits)),
    };
    let reservations = stock_rows::active_for_item(tx, item.id).await?;
    let found = stock_rows::units_by_serial(&mut **tx, scans).await?;
    let mut holds: HashMap<i32, Vec<_>> = HashMap::new();
    for unit in &found {
        let others = stock_rows::reservations(&mut **tx, Some(unit.id), None)
            .await?
            .into_iter()
            .filter(|r| r.item_id != item.id)
            .map(|r| r.hold());
        holds.entry(unit.id).or_default().extend(others);
    }
    let span = Span {
        start: reservations
            .iter()
            .map(|r| r.span.start)
            .min()
            .unwrap_or_default(),
        end: reservations
            .iter()
            .map(|r| r.span.end)
            .max()
            .unwrap_or_default(),
    };
    let needs = PickNeeds {
        product_id: product.id,
        product: product.name.clone(),
        expected: reservations.iter().map(|r| r.serial.clone()).collect(),
        span,
        buffer_days: snap.stock_buffer_days,
    };
    let known: HashMap<String, ScannedUnit> = found
        .iter()
        .map(|u| {
            (
                u.serial.clone(),
                ScannedUnit {
                    product_id: u.product_id,
                    product: u.product_name.clone(),
                    state: u.state,
                    holds: holds.remove(&u.id).unwrap_or_default(),
                },
            )
        })
        .collect();
    Ok(Picking {
        verdicts: check_picking(&needs, scans, &known),
        needs,
        reservations,
        units: found.iter().map(|u| (u.serial.clone(), u.id)).collect(),
    })
}

/// The scanned codes as the one rule for text makes them; a code that is
/// not fit to look up (empty, control characters, too long) refuses the call.
fn cleaned(scans: &[String]) -> Result<Vec<String>> {
    if scans.len() > RECEIVE_MAX {
        return Err(Error::invalid(
            "scans",
            Invalid::TooManyToPrepare {
                n: scans.len(),
                max: RECEIVE_MAX,
            },
        ));
    }
    scans
        .iter()
        .enumerate()
        .map(|(i, s)| text::required(&format!("scans[{i}]"), s, crate::domain::limits::SERIAL_MAX))
        .collect()
}
