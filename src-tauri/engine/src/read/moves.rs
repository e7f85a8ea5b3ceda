//! What a person can do with an item right now, and where a drag may drop it.
//! The UI highlights these targets; Rust still checks every move when it runs.

use super::board::ColumnKey;
use crate::domain::order::{derive_order_status, OrderStatus};
use crate::domain::{HoldKind, Item, ItemStatus};
use crate::store::{items, Db};
use crate::Result;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MoveAction {
    Approve,
    Reject,
    Assign,
    Release,
    OverrideShortage,
    MarkPrepared,
    Schedule,
    /// Move or resize the booking: another resource, day or time.
    Reschedule,
    Unschedule,
    Dispatch,
    /// Delivered, or for what comes back: collected.
    Delivered,
    DeliveryFailed,
    /// D8: scan each unit back in with its condition, then close the return.
    CheckIn,
    CompleteOrder,
    Hold,
    Cancel,
}

/// What the person must give for the move to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MoveInput {
    None,
    Note,
    Reason,
    Product,
    Slot,
    /// The check-in panel: a scan per unit, with its condition.
    Scan,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MoveOption {
    pub action: MoveAction,
    pub label: String,
    /// The columns a drag may drop it on; empty for moves without a column change.
    pub targets: Vec<ColumnKey>,
    pub input: MoveInput,
    pub enabled: bool,
    /// Why the move is not possible now, when it is not.
    pub disabled_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemMoves {
    pub item_id: i32,
    pub version: i32,
    pub moves: Vec<MoveOption>,
}

fn option(action: MoveAction, label: &str, targets: &[ColumnKey], input: MoveInput) -> MoveOption {
    MoveOption {
        action,
        label: label.into(),
        targets: targets.to_vec(),
        input,
        enabled: true,
        disabled_reason: None,
    }
}

/// The moves for `item`, given the other items of its order.
pub fn moves_for(item: &Item, order: &[Item]) -> Vec<MoveOption> {
    use ColumnKey as C;
    use MoveAction as A;
    use MoveInput as I;
    let mut out = match item.status() {
        ItemStatus::New | ItemStatus::AwaitingApproval => vec![
            // Where an approved item lands depends on D2 and D3.
            option(
                A::Approve,
                "Approve",
                &[C::Assignment, C::Preparation, C::DeliveryQueue],
                I::Note,
            ),
            option(A::Reject, "Reject", &[C::Done], I::Reason),
        ],
        ItemStatus::NeedsAssignment => vec![option(
            A::Assign,
            "Pick the product",
            &[C::Preparation],
            I::Product,
        )],
        ItemStatus::Assigned if item.hold_kind() == Some(HoldKind::Shortage) => {
            vec![
                option(
                    A::OverrideShortage,
                    "Override the shortage: prepare it without reserved units (your reason is logged)",
                    &[C::Preparation],
                    I::Reason,
                ),
                option(A::Assign, "Substitute another product", &[], I::Product),
            ]
        }
        ItemStatus::Assigned => vec![],
        ItemStatus::Preparing => vec![option(
            A::MarkPrepared,
            "Mark prepared",
            &[C::DeliveryQueue],
            I::None,
        )],
        ItemStatus::Ready => {
            let group: Vec<_> = order
                .iter()
                .filter(|i| {
                    i.delivery_group == item.delivery_group && i.status() != ItemStatus::Cancelled
                })
                .collect();
            let waiting = group
                .iter()
                .filter(|i| i.status() != ItemStatus::Ready)
                .count();
            let mut m = option(
                A::Schedule,
                "Schedule the delivery",
                &[C::Scheduled],
                I::Slot,
            );
            if waiting > 0 {
                m.enabled = false;
                m.disabled_reason = Some(format!(
                    "ships with its order: {} of {} items are ready; split it to ship part now",
                    group.len() - waiting,
                    group.len()
                ));
            }
            vec![m]
        }
        ItemStatus::Scheduled => vec![
            option(A::Dispatch, "Out for delivery", &[C::InDelivery], I::None),
            option(A::Reschedule, "Move the booking", &[], I::Slot),
            option(A::Unschedule, "Unschedule", &[C::DeliveryQueue], I::None),
        ],
        ItemStatus::InDelivery if item.transaction_type.brings_units_back() => vec![
            option(A::Delivered, "Collected", &[C::CheckIn], I::None),
            option(
                A::DeliveryFailed,
                "Collection not possible",
                &[C::DeliveryQueue],
                I::Reason,
            ),
        ],
        ItemStatus::InDelivery => vec![
            option(A::Delivered, "Delivered", &[C::ReadyToComplete], I::None),
            option(
                A::DeliveryFailed,
                "Delivery failed",
                &[C::DeliveryQueue],
                I::Reason,
            ),
        ],
        ItemStatus::Collected => vec![option(
            A::CheckIn,
            "Check in",
            &[C::ReadyToComplete],
            I::Scan,
        )],
        ItemStatus::Delivered => {
            let st = derive_order_status(
                &order
                    .iter()
                    .map(|i| (i.status(), i.on_hold()))
                    .collect::<Vec<_>>(),
            );
            let mut m = option(A::CompleteOrder, "Complete the order", &[C::Done], I::None);
            if st != OrderStatus::ReadyToComplete {
                m.enabled = false;
                m.disabled_reason =
                    Some("other items of the order are not delivered or cancelled yet".into());
            }
            vec![m]
        }
        ItemStatus::Completed | ItemStatus::Cancelled => vec![],
    };
    if let Some(reason) = item.hold_reason() {
        for m in out
            .iter_mut()
            .filter(|m| !matches!(m.action, A::OverrideShortage | A::Assign | A::Reject))
        {
            m.enabled = false;
            m.disabled_reason = Some(format!("on hold: {reason}"));
        }
        out.push(option(A::Release, "Release the hold", &[], I::Note));
    } else if !item.status().is_terminal() {
        out.push(option(A::Hold, "Put on hold", &[], I::Reason));
    }
    if item.status().direction_to(ItemStatus::Cancelled).is_some()
        && item.status() != ItemStatus::AwaitingApproval
    {
        out.push(option(A::Cancel, "Cancel", &[C::Done], I::Reason));
    }
    out
}

pub async fn item_moves(db: &Db, item_id: i32) -> Result<ItemMoves> {
    let mut tx = db.pool().begin().await?;
    let item = items::get(&mut tx, item_id).await?;
    let order = items::for_order(&mut tx, item.order_id).await?;
    Ok(ItemMoves {
        item_id,
        version: item.version,
        moves: moves_for(&item, &order),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::item::tests::item;
    use crate::domain::Reason;

    fn actions(ms: &[MoveOption]) -> Vec<(MoveAction, bool)> {
        ms.iter().map(|m| (m.action, m.enabled)).collect()
    }

    #[test]
    fn each_status_offers_its_moves() {
        use MoveAction::*;
        let rows: &[(ItemStatus, &[(MoveAction, bool)])] = &[
            (
                ItemStatus::AwaitingApproval,
                &[(Approve, true), (Reject, true), (Hold, true)],
            ),
            (
                ItemStatus::NeedsAssignment,
                &[(Assign, true), (Hold, true), (Cancel, true)],
            ),
            (
                ItemStatus::Preparing,
                &[(MarkPrepared, true), (Hold, true), (Cancel, true)],
            ),
            (
                ItemStatus::Ready,
                &[(Schedule, true), (Hold, true), (Cancel, true)],
            ),
            (
                ItemStatus::Scheduled,
                &[
                    (Dispatch, true),
                    (Reschedule, true),
                    (Unschedule, true),
                    (Hold, true),
                    (Cancel, true),
                ],
            ),
            (
                ItemStatus::InDelivery,
                &[(Delivered, true), (DeliveryFailed, true), (Hold, true)],
            ),
            (
                ItemStatus::Delivered,
                &[(CompleteOrder, true), (Hold, true)],
            ),
            (ItemStatus::Completed, &[]),
            (ItemStatus::Cancelled, &[]),
        ];
        for (status, want) in rows {
            let it = item(*status);
            assert_eq!(
                actions(&moves_for(&it, std::slice::from_ref(&it))),
                *want,
                "{status}"
            );
        }
    }

    #[test]
    fn a_hold_disables_forward_moves_and_offers_release() {
        let mut it = item(ItemStatus::Ready);
        it.hold(
            HoldKind::Manual,
            vec![Reason::text("customer asked to wait")],
        )
        .unwrap();
        let ms = moves_for(&it, std::slice::from_ref(&it));
        let schedule = ms
            .iter()
            .find(|m| m.action == MoveAction::Schedule)
            .unwrap();
        assert!(!schedule.enabled);
        assert_eq!(
            schedule.disabled_reason.as_deref(),
            Some("on hold: customer asked to wait")
        );
        assert!(ms
            .iter()
            .any(|m| m.action == MoveAction::Release && m.enabled));
    }

    #[test]
    fn a_shortage_offers_override_and_substitute() {
        let mut it = item(ItemStatus::Assigned);
        it.hold(
            HoldKind::Shortage,
            vec![Reason::text("Shortage: 0 of 2 free")],
        )
        .unwrap();
        let ms = moves_for(&it, std::slice::from_ref(&it));
        assert!(ms
            .iter()
            .any(|m| m.action == MoveAction::OverrideShortage && m.enabled));
        assert!(ms
            .iter()
            .any(|m| m.action == MoveAction::Assign && m.enabled));
    }

    #[test]
    fn an_order_ships_together_and_completes_together() {
        let a = item(ItemStatus::Ready);
        let b = Item {
            id: 2,
            position: 2,
            ..item(ItemStatus::Preparing)
        };
        let ms = moves_for(&a, &[a.clone(), b.clone()]);
        let s = ms
            .iter()
            .find(|m| m.action == MoveAction::Schedule)
            .unwrap();
        assert!(
            !s.enabled
                && s.disabled_reason
                    .as_deref()
                    .unwrap()
                    .contains("1 of 2 items are ready")
        );
        let split = Item {
            delivery_group: 2,
            ..b
        };
        assert!(moves_for(&a, &[a.clone(), split])
            .iter()
            .any(|m| m.action == MoveAction::Schedule && m.enabled));

        let d = item(ItemStatus::Delivered);
        let other = Item {
            id: 2,
            ..item(ItemStatus::InDelivery)
        };
        let c = moves_for(&d, &[d.clone(), other])
            .into_iter()
            .find(|m| m.action == MoveAction::CompleteOrder)
            .unwrap();
        assert!(!c.enabled);
    }
}
