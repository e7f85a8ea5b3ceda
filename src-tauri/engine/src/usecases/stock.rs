//! The Stock screen's actions: receive goods, move a unit, send it to repair
//! and back, retire it. Each step is written with its line in the unit's
//! trail, in one transaction; where the unit is now follows from that.

use super::Ctx;
use crate::domain::limits::{LOCATION_MAX, REASON_MAX, RECEIVE_MAX, SERIAL_MAX};
use crate::domain::settings::{InventoryPattern, KEYS};
use crate::domain::stock::{
    check_receipt, LineField, LineVerdict, ScannedLine, UnitAction, UnitEventKind, UnitHold,
    Whereabouts,
};
use crate::domain::text;
use crate::domain::unit_step::UnitStep;
use crate::i18n::Invalid;
use crate::read::stock::{ReceiptLine, ReceiptPreview, Received};
use crate::store::unit_events::{self, NewUnitEvent};
use crate::store::{settings, stock, Db, Tx};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use std::collections::{HashMap, HashSet};

/// Goods as received at the counter: one product, one place, the scanned lines.
#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptInput {
    pub product_id: i32,
    pub location: String,
    pub lines: Vec<ReceiptLineInput>,
}

/// One scan: the serial, and the inventory number if it was scanned too ("" if not).
#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptLineInput {
    pub serial: String,
    #[serde(default)]
    pub inventory_number: String,
}

/// What each scanned line would become, writing nothing: the answer beside
/// each scan as it comes in.
pub async fn preview_receipt(db: &Db, lines: &[ReceiptLineInput]) -> Result<ReceiptPreview> {
    if lines.len() > RECEIVE_MAX {
        return Err(too_many(lines.len()));
    }
    let mut conn = db.pool().acquire().await?;
    let verdicts = judge(&mut conn, lines).await?;
    Ok(ReceiptPreview::of(
        lines
            .iter()
            .zip(verdicts)
            .map(|(l, v)| match v {
                Ok((line, LineVerdict::Accepted { inventory_number })) => ReceiptLine {
                    serial: line.serial,
                    inventory_number,
                    accepted: true,
                    problem: None,
                },
                Ok((line, LineVerdict::Refused { why, .. })) => ReceiptLine {
                    serial: line.serial,
                    inventory_number: line.inventory_number.unwrap_or_default(),
                    accepted: false,
                    problem: Some(db.lang().invalid(&why)),
                },
                Err(why) => ReceiptLine {
                    serial: l.serial.clone(),
                    inventory_number: l.inventory_number.clone(),
                    accepted: false,
                    problem: Some(db.lang().invalid(&why)),
                },
            })
            .collect(),
        db.lang(),
    ))
}

/// Receives every line as a new unit, all or none: each starts its trail
/// with `received`. Any line Rust would refuse refuses the whole receipt,
/// naming the line.
pub async fn receive_units(db: &Db, ctx: &Ctx, input: ReceiptInput) -> Result<Received> {
    let snap = db.snapshot().await?;
    let product = snap
        .product(input.product_id)
        .map_err(|_| Error::invalid("productId", Invalid::NotInCatalog))?;
    if product.archived {
        return Err(Error::invalid("productId", Invalid::ArchivedForReceipt));
    }
    let location = text::required("location", &input.location, LOCATION_MAX)?;
    if input.lines.is_empty() {
        return Err(Error::invalid("lines", Invalid::NothingScanned));
    }
    if input.lines.len() > RECEIVE_MAX {
        return Err(too_many(input.lines.len()));
    }
    let mut tx = db.begin_write().await?;
    let ids = receive_in(&mut tx, ctx, input.product_id, &location, &input.lines).await?;
    tx.commit().await?;
    Ok(Received {
        message: ctx.lang.received(ids.len(), &product.name, &location),
        unit_ids: ids,
    })
}

async fn receive_in(
    tx: &mut Tx,
    ctx: &Ctx,
    product_id: i32,
    location: &str,
    lines: &[ReceiptLineInput],
) -> Result<Vec<i32>> {
    let mut ids = Vec::with_capacity(lines.len());
    for (i, v) in judge(tx, lines).await?.into_iter().enumerate() {
        let (line, number) = match v {
            Ok((line, LineVerdict::Accepted { inventory_number })) => (line, inventory_number),
            Ok((_, LineVerdict::Refused { field, why })) => {
                let name = match field {
                    LineField::Serial => "serial",
                    LineField::InventoryNumber => "inventoryNumber",
                };
                return Err(Error::invalid(format!("lines[{i}].{name}"), why));
            }
            Err(why) => return Err(Error::invalid(format!("lines[{i}]"), why)),
        };
        ids.push(record_receipt(tx, ctx, product_id, location, &line.serial, &number).await?);
    }
    Ok(ids)
}

/// One unit in, its trail started with `received`; the codes are checked
/// already (the demo seeds its known-good units with it directly).
pub(crate) async fn record_receipt(
    tx: &mut Tx,
    ctx: &Ctx,
    product_id: i32,
    location: &str,
    serial: &str,
    inventory_number: &str,
) -> Result<i32> {
    let id = stock::insert_unit(&mut **tx, product_id, serial, inventory_number, location).await?;
    let step = NewUnitEvent {
        unit_id: id,
        kind: UnitEventKind::Received,
        location: Some(location),
        order_id: None,
        step: UnitStep::Received {
            location: location.into(),
            inventory_number: inventory_number.into(),
        },
    };
    unit_events::append(tx, &step, &ctx.actor, &ctx.now_text()).await?;
    Ok(id)
}

/// Each line cleaned and checked against the units known, in scan order; a
/// line whose text is not fit to check says why.
async fn judge(
    conn: &mut SqliteConnection,
    lines: &[ReceiptLineInput],
) -> Result<Vec<std::result::Result<(ScannedLine, LineVerdict), Invalid>>> {
    let cleaned: Vec<std::result::Result<ScannedLine, Invalid>> =
        lines.iter().map(clean_line).collect::<Result<_>>()?;
    let fit: Vec<ScannedLine> = cleaned.iter().filter_map(|c| c.clone().ok()).collect();
    let serials: Vec<String> = fit.iter().map(|l| l.serial.clone()).collect();
    let known: HashMap<String, String> = stock::known_serials(&mut *conn, &serials)
        .await?
        .into_iter()
        .collect();
    let taken: HashSet<String> = stock::inventory_numbers(&mut *conn)
        .await?
        .into_iter()
        .collect();
    let pattern = inventory_pattern(conn).await?;
    let mut verdicts = check_receipt(&fit, &known, &taken, &pattern).into_iter();
    Ok(cleaned
        .into_iter()
        .map(|c| c.map(|l| (l, verdicts.next().expect("one verdict per fit line"))))
        .collect())
}

/// A line's codes cleaned, or why one is not fit to check ("Serial is required").
fn clean_line(l: &ReceiptLineInput) -> Result<std::result::Result<ScannedLine, Invalid>> {
    let code = |field, checked: Result<String>| match checked {
        Ok(v) => Ok(Ok(v)),
        Err(Error::Validation { why: Some(why), .. }) => Ok(Err(Invalid::LineCode { field, why })),
        Err(e) => Err(e),
    };
    let serial = code(
        LineField::Serial,
        text::required("serial", &l.serial, SERIAL_MAX),
    )?;
    let number = code(
        LineField::InventoryNumber,
        text::optional("inventoryNumber", &l.inventory_number, SERIAL_MAX),
    )?;
    Ok(serial.and_then(|serial| {
        Ok(ScannedLine {
            serial,
            inventory_number: Some(number?).filter(|n| !n.is_empty()),
        })
    }))
}

fn too_many(n: usize) -> Error {
    Error::invalid(
        "lines",
        Invalid::TooManyScans {
            n,
            max: RECEIVE_MAX,
        },
    )
}

pub(crate) async fn inventory_pattern(conn: &mut SqliteConnection) -> Result<InventoryPattern> {
    let raw = settings::get_text(&mut *conn, KEYS[2].0).await?;
    InventoryPattern::parse(KEYS[2].1, &raw)
        .map_err(|e| Error::Corrupt(format!("the inventory number pattern {raw:?}: {e}")))
}

/// Moves a unit to another place; a retired unit, or one out with a customer, stays.
pub async fn move_unit(db: &Db, ctx: &Ctx, unit_id: i32, location: &str) -> Result<()> {
    let location = text::required("location", location, LOCATION_MAX)?;
    step(db, ctx, unit_id, UnitAction::Move, &location).await
}

/// Sends a unit to repair with what is wrong with it; a reserved one names its order.
pub async fn send_to_repair(db: &Db, ctx: &Ctx, unit_id: i32, reason: &str) -> Result<()> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    step(db, ctx, unit_id, UnitAction::ToRepair, &reason).await
}

pub async fn back_from_repair(db: &Db, ctx: &Ctx, unit_id: i32) -> Result<()> {
    step(db, ctx, unit_id, UnitAction::BackFromRepair, "").await
}

/// Takes a unit out of stock for good, with the reason.
pub async fn retire_unit(db: &Db, ctx: &Ctx, unit_id: i32, reason: &str) -> Result<()> {
    let reason = text::required("reason", reason, REASON_MAX)?;
    step(db, ctx, unit_id, UnitAction::Retire, &reason).await
}

async fn step(db: &Db, ctx: &Ctx, unit_id: i32, action: UnitAction, arg: &str) -> Result<()> {
    let mut tx = db.begin_write().await?;
    step_in(&mut tx, ctx, unit_id, action, arg).await?;
    tx.commit().await?;
    Ok(())
}

/// One step of a unit inside an open transaction: `arg` is the place to move
/// to, or the reason for repair and retirement.
pub(crate) async fn step_in(
    tx: &mut Tx,
    ctx: &Ctx,
    unit_id: i32,
    action: UnitAction,
    arg: &str,
) -> Result<()> {
    let unit = stock::unit(&mut **tx, unit_id).await?;
    let holds = holds_of(tx, unit_id).await?;
    Whereabouts::of(unit.state, &holds)
        .allows(action, &unit.serial)
        .map_err(|(kind, why)| Error::refuse(kind, why))?;
    if action == UnitAction::Move && arg == unit.location {
        return Err(Error::invalid(
            "location",
            Invalid::AlreadyThere {
                serial: unit.serial.clone(),
            },
        ));
    }
    let (kind, state, condition) = action.outcome(unit.state, unit.condition);
    let location = if action == UnitAction::Move {
        arg
    } else {
        &unit.location
    };
    let what = match action {
        UnitAction::Move => UnitStep::Moved {
            from: unit.location.clone(),
            to: arg.into(),
        },
        UnitAction::ToRepair => UnitStep::ToRepair { note: arg.into() },
        UnitAction::BackFromRepair => UnitStep::BackFromRepair,
        UnitAction::Retire => UnitStep::Retired { note: arg.into() },
    };
    stock::set_unit(&mut **tx, unit_id, location, state, condition).await?;
    let step = NewUnitEvent {
        unit_id,
        kind,
        location: Some(location),
        order_id: None,
        step: what,
    };
    unit_events::append(tx, &step, &ctx.actor, &ctx.now_text()).await
}

async fn holds_of(tx: &mut Tx, unit_id: i32) -> Result<Vec<UnitHold>> {
    Ok(stock::reservations(&mut **tx, Some(unit_id), None)
        .await?
        .into_iter()
        .map(|r| r.hold())
        .collect())
}
