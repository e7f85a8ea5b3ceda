//! Stock units from CSV, matched on their serial. A new unit is received as
//! at the counter (its trail starts with `received`; an empty inventory
//! number takes the shop's pattern), then sent to repair or retired when its
//! row says so; a known unit moves, goes to repair, comes back or retires by
//! the same steps as on the Stock screen, with the same refusals.

use super::{one_of, problem_of, twice, Change, Conn, Ctx, ImportLine, Plan, Running};
use crate::domain::limits::{LOCATION_MAX, SERIAL_MAX};
use crate::domain::sheet::{RowProblem, Sheet, SheetRow};
use crate::domain::stock::{
    check_receipt, LineField, LineVerdict, ScannedLine, UnitAction, UnitCondition, UnitState,
    Whereabouts,
};
use crate::domain::text;
use crate::i18n::Invalid;
use crate::read::export::unit_cells;
use crate::store::{stock, Tx};
use crate::usecases::stock::{inventory_pattern, record_receipt, step_in};
use crate::Result;
use std::collections::{HashMap, HashSet};

pub(super) struct UnitRow {
    /// The unit's id when the shop has it.
    id: Option<i32>,
    product_id: i32,
    serial: String,
    inventory_number: String,
    location: String,
    /// The steps that make the unit what its row says, in order.
    steps: Vec<(UnitAction, String)>,
    /// How it is at the end, when its steps leave it otherwise.
    condition: Option<(UnitState, UnitCondition)>,
}

const IMPORTED_TO_REPAIR: &str = "in repair, as imported from CSV";
const IMPORTED_RETIRED: &str = "retired, as imported from CSV";

/// A unit's state and condition cells; empty is a unit as received.
fn state_of(
    r: &SheetRow,
    cell: &dyn Fn(&'static str) -> String,
) -> std::result::Result<(UnitState, UnitCondition), crate::domain::sheet::RowProblem> {
    let state = match cell("state")
        .trim()
        .to_lowercase()
        .replace(' ', "_")
        .as_str()
    {
        "" => UnitState::Available,
        s => UnitState::parse(s).ok_or_else(|| {
            r.invalid(
                "state",
                one_of(s, UnitState::ALL.iter().map(|s| s.as_str())),
            )
        })?,
    };
    let condition = match cell("condition").trim().to_lowercase().as_str() {
        "" => UnitCondition::New,
        c => UnitCondition::parse(c).ok_or_else(|| {
            r.invalid(
                "condition",
                one_of(c, UnitCondition::ALL.iter().map(|c| c.as_str())),
            )
        })?,
    };
    Ok((state, condition))
}

/// The steps from `state` to `to`, each with what the trail says about it;
/// `None` when no step leads there.
fn steps_to(state: UnitState, to: UnitState) -> Option<Vec<(UnitAction, String)>> {
    use UnitState as S;
    Some(match (state, to) {
        (S::Available, S::Available) | (S::InRepair, S::InRepair) | (S::Retired, S::Retired) => {
            vec![]
        }
        (S::Available, S::InRepair) => vec![(UnitAction::ToRepair, IMPORTED_TO_REPAIR.into())],
        (S::InRepair, S::Available) => vec![(UnitAction::BackFromRepair, String::new())],
        (S::Available | S::InRepair, S::Retired) => {
            vec![(UnitAction::Retire, IMPORTED_RETIRED.into())]
        }
        (S::Retired, S::Available | S::InRepair) => return None,
    })
}

/// How a unit is after `steps`, from how it was.
fn after(
    steps: &[(UnitAction, String)],
    from: (UnitState, UnitCondition),
) -> (UnitState, UnitCondition) {
    steps.iter().fold(from, |(s, c), (a, _)| {
        let (_, s, c) = a.outcome(s, c);
        (s, c)
    })
}

pub(super) async fn plan(conn: &mut Conn, sheet: &Sheet) -> Result<Plan<UnitRow>> {
    // Units of an archived product too: a shop's stock moves over whole.
    let products: HashMap<String, i32> = crate::store::catalog::products(&mut *conn)
        .await?
        .into_iter()
        .map(|p| (p.sku.to_lowercase(), p.id))
        .collect();
    let units: HashMap<String, stock::UnitRecord> = stock::units(&mut *conn)
        .await?
        .into_iter()
        .map(|u| (u.serial.clone(), u))
        .collect();
    let taken: HashSet<String> = units.values().map(|u| u.inventory_number.clone()).collect();
    let pattern = inventory_pattern(conn).await?;
    let mut plan = Plan::default();
    let mut seen = HashMap::new();
    // New units wait for one check of their codes together, in file order.
    let mut fresh: Vec<(&SheetRow, ScannedLine, UnitRow)> = Vec::new();
    for r in sheet.rows() {
        let serial = or_next!(
            plan,
            text::required("serial", r.get("serial"), SERIAL_MAX).map_err(|e| problem_of(
                r,
                e,
                &[]
            ))
        );
        if let Some(p) = twice(&mut seen, r, "serial", &serial) {
            plan.problems.push(p);
            continue;
        }
        let old = units.get(&serial);
        let stored = old.map(unit_cells);
        let cell = |column| sheet.cell(r, stored.as_deref(), column);
        let sku = cell("sku");
        let Some(product_id) = products.get(&sku.trim().to_lowercase()).copied() else {
            let why = match sku.trim() {
                "" => Invalid::SkuRequired,
                s => Invalid::NoProductWithSku { got: text::echo(s) },
            };
            plan.problems.push(r.invalid("sku", why));
            continue;
        };
        let location =
            or_next!(
                plan,
                text::required("location", &cell("location"), LOCATION_MAX)
                    .map_err(|e| problem_of(r, e, &[]))
            );
        let number = or_next!(
            plan,
            text::optional("inventory_number", &cell("inventory_number"), SERIAL_MAX)
                .map_err(|e| problem_of(r, e, &[]))
        );
        let (state, condition) = or_next!(plan, state_of(r, &cell));
        match old {
            None => {
                let steps = steps_to(UnitState::Available, state).unwrap_or_default();
                let line = ScannedLine {
                    serial: serial.clone(),
                    inventory_number: Some(number).filter(|n| !n.is_empty()),
                };
                let unit = UnitRow {
                    id: None,
                    product_id,
                    serial,
                    inventory_number: String::new(),
                    location,
                    condition: Some((state, condition)),
                    steps,
                };
                fresh.push((r, line, unit));
            }
            Some(u) => {
                if u.product_id != product_id {
                    plan.problems.push(r.invalid(
                        "sku",
                        Invalid::UnitKeepsProduct {
                            serial: serial.clone(),
                            product: format!("{} ({})", u.sku, u.product_name),
                        },
                    ));
                    continue;
                }
                if number != u.inventory_number {
                    plan.problems.push(r.invalid(
                        "inventory_number",
                        Invalid::UnitKeepsInventoryNumber {
                            serial: serial.clone(),
                            number: u.inventory_number.clone(),
                        },
                    ));
                    continue;
                }
                let Some(mut steps) = steps_to(u.state, state) else {
                    plan.problems.push(r.invalid(
                        "state",
                        Invalid::UnitStaysRetired {
                            serial: serial.clone(),
                        },
                    ));
                    continue;
                };
                if location != u.location {
                    steps.insert(0, (UnitAction::Move, location.clone()));
                }
                let after = after(&steps, (u.state, u.condition));
                if after.1 != condition {
                    plan.problems.push(r.invalid(
                        "condition",
                        Invalid::UnitConditionFollows {
                            serial: serial.clone(),
                            would: after.1,
                        },
                    ));
                    continue;
                }
                if !steps.is_empty() {
                    let holds: Vec<_> = stock::reservations(&mut *conn, Some(u.id), None)
                        .await?
                        .into_iter()
                        .map(|h| h.hold())
                        .collect();
                    if let Err((_, why)) =
                        Whereabouts::of(u.state, &holds).allows(steps[0].0, &serial)
                    {
                        plan.problems.push(RowProblem::of(
                            r.row,
                            "",
                            Invalid::UnitCannot { why: Box::new(why) },
                        ));
                        continue;
                    }
                }
                let mut changes = Vec::new();
                if location != u.location {
                    changes.push(ImportLine::Moved {
                        from: u.location.clone(),
                        to: location.clone(),
                    });
                }
                if state != u.state {
                    changes.push(ImportLine::StateChanged {
                        from: u.state,
                        to: state,
                    });
                }
                let unit = UnitRow {
                    id: Some(u.id),
                    product_id,
                    serial: serial.clone(),
                    inventory_number: number,
                    location,
                    steps,
                    condition: None,
                };
                plan.edited(r, serial.as_str(), changes, unit);
            }
        }
    }
    let lines: Vec<ScannedLine> = fresh.iter().map(|(_, l, _)| l.clone()).collect();
    let verdicts = check_receipt(&lines, &HashMap::new(), &taken, &pattern);
    // The receipt's lines are the file's new units: its line is their row.
    let rows: Vec<u32> = fresh.iter().map(|(r, _, _)| r.row).collect();
    for ((r, _, mut unit), verdict) in fresh.into_iter().zip(verdicts) {
        match verdict {
            LineVerdict::Accepted { inventory_number } => {
                let mut holds = vec![
                    ImportLine::Value(inventory_number.clone()),
                    ImportLine::Value(unit.location.clone()),
                ];
                holds.extend(unit.condition.map(|(s, _)| ImportLine::State(s)));
                unit.inventory_number = inventory_number;
                let key = unit.serial.clone();
                plan.added(r, key.as_str(), holds, unit);
            }
            LineVerdict::Refused { field, why } => {
                let column = match field {
                    LineField::Serial => "serial",
                    LineField::InventoryNumber => "inventory_number",
                };
                let why = match why {
                    Invalid::InventoryNumberOnLine { number, line } => Invalid::OnRowAlready {
                        what: number,
                        first: rows[line - 1],
                    },
                    why => why,
                };
                plan.problems.push(r.invalid(column, why));
            }
        }
    }
    plan.lines.sort_by_key(|l| l.row);
    Ok(plan)
}

pub(super) async fn write(
    tx: &mut Tx,
    ctx: &Ctx,
    plan: Plan<UnitRow>,
    run: &Running<'_>,
) -> Result<()> {
    for line in plan.lines {
        run.step()?;
        let unit = match line.change {
            Change::Same => continue,
            Change::New(u) | Change::Edited(u, _) => u,
        };
        let id = match unit.id {
            Some(id) => id,
            None => {
                record_receipt(
                    tx,
                    ctx,
                    unit.product_id,
                    &unit.location,
                    &unit.serial,
                    &unit.inventory_number,
                )
                .await?
            }
        };
        for (action, arg) in &unit.steps {
            step_in(tx, ctx, id, *action, arg).await?;
        }
        if let Some(wanted) = unit.condition {
            if after(&unit.steps, (UnitState::Available, UnitCondition::New)) != wanted {
                stock::set_unit(&mut **tx, id, &unit.location, wanted.0, wanted.1).await?;
            }
        }
    }
    Ok(())
}
