//! What a person can do with an item right now, and where a drag may drop it.
//! The UI highlights these targets; Rust still checks every move when it runs.

use super::board::ColumnKey;
use crate::domain::order::{derive_order_status, OrderStatus};
use crate::domain::{HoldKind, Item, ItemStatus};
use crate::i18n::Lang;
use crate::store::{items, stock, Db};
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
    /// The item panel's prepare scan: each unit reserved for the item scanned.
    PrepareScan,
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

/// What a move is called, one per way it is offered: the same action reads
/// L::Delivered or L::Collected by what the item does at the door.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveLabel {
    Approve,
    Reject,
    PickProduct,
    OverrideShortage,
    Substitute,
    MarkPrepared,
    Schedule,
    Dispatch,
    Reschedule,
    Unschedule,
    Collected,
    CollectionFailed,
    Delivered,
    DeliveryFailed,
    CheckIn,
    CompleteOrder,
    Release,
    Hold,
    Cancel,
}

impl MoveLabel {
    pub const ALL: [MoveLabel; 19] = [
        MoveLabel::Approve,
        MoveLabel::Reject,
        MoveLabel::PickProduct,
        MoveLabel::OverrideShortage,
        MoveLabel::Substitute,
        MoveLabel::MarkPrepared,
        MoveLabel::Schedule,
        MoveLabel::Dispatch,
        MoveLabel::Reschedule,
        MoveLabel::Unschedule,
        MoveLabel::Collected,
        MoveLabel::CollectionFailed,
        MoveLabel::Delivered,
        MoveLabel::DeliveryFailed,
        MoveLabel::CheckIn,
        MoveLabel::CompleteOrder,
        MoveLabel::Release,
        MoveLabel::Hold,
        MoveLabel::Cancel,
    ];
}

/// Why a move cannot be made now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// The delivery waits for the rest of its group: `ready` of `of` items are.
    ShipsWithOrder { ready: usize, of: usize },
    /// The hold's reasons, already in the person's language.
    OnHold { reason: String },
    /// Other items of the order are still on their way.
    OrderNotDone,
}

fn option(
    lang: Lang,
    action: MoveAction,
    label: MoveLabel,
    targets: &[ColumnKey],
    input: MoveInput,
) -> MoveOption {
    MoveOption {
        action,
        label: lang.move_label(label).into(),
        targets: targets.to_vec(),
        input,
        enabled: true,
        disabled_reason: None,
    }
}

/// What "Mark prepared" asks for: each unit reserved for the item scanned,
/// else nothing (a service without stock, a shortage overridden).
pub(crate) fn mark_prepared_input(units_reserved: bool) -> MoveInput {
    if units_reserved {
        MoveInput::PrepareScan
    } else {
        MoveInput::None
    }
}

/// The moves for `item`, given the other items of its order, worded in
/// `lang`; `units_reserved`: units are reserved for it, so it is prepared by
/// scanning them.
pub fn moves_for(item: &Item, order: &[Item], units_reserved: bool, lang: Lang) -> Vec<MoveOption> {
    use ColumnKey as C;
    use MoveAction as A;
    use MoveInput as I;
    use MoveLabel as L;
    let option =
        |action, label, targets: &[ColumnKey], input| option(lang, action, label, targets, input);
    let mut out = match item.status() {
        ItemStatus::New | ItemStatus::AwaitingApproval => vec![
            // Where an approved item lands depends on D2 and D3.
            option(
                A::Approve,
                L::Approve,
                &[C::Assignment, C::Preparation, C::DeliveryQueue],
                I::Note,
            ),
            option(A::Reject, L::Reject, &[C::Done], I::Reason),
        ],
        ItemStatus::NeedsAssignment => vec![option(
            A::Assign,
            L::PickProduct,
            &[C::Preparation],
            I::Product,
        )],
        ItemStatus::Assigned if item.hold_kind() == Some(HoldKind::Shortage) => {
            vec![
                option(
                    A::OverrideShortage,
                    L::OverrideShortage,
                    &[C::Preparation],
                    I::Reason,
                ),
                option(A::Assign, L::Substitute, &[], I::Product),
            ]
        }
        ItemStatus::Assigned => vec![],
        ItemStatus::Preparing => vec![option(
            A::MarkPrepared,
            L::MarkPrepared,
            &[C::DeliveryQueue],
            mark_prepared_input(units_reserved),
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
            let mut m = option(A::Schedule, L::Schedule, &[C::Scheduled], I::Slot);
            if waiting > 0 {
                m.enabled = false;
                m.disabled_reason = Some(lang.move_blocked(&Blocked::ShipsWithOrder {
                    ready: group.len() - waiting,
                    of: group.len(),
                }));
            }
            vec![m]
        }
        ItemStatus::Scheduled => vec![
            option(A::Dispatch, L::Dispatch, &[C::InDelivery], I::None),
            option(A::Reschedule, L::Reschedule, &[], I::Slot),
            option(A::Unschedule, L::Unschedule, &[C::DeliveryQueue], I::None),
        ],
        ItemStatus::InDelivery if item.transaction_type.brings_units_back() => vec![
            option(A::Delivered, L::Collected, &[C::CheckIn], I::None),
            option(
                A::DeliveryFailed,
                L::CollectionFailed,
                &[C::DeliveryQueue],
                I::Reason,
            ),
        ],
        ItemStatus::InDelivery => vec![
            option(A::Delivered, L::Delivered, &[C::ReadyToComplete], I::None),
            option(
                A::DeliveryFailed,
                L::DeliveryFailed,
                &[C::DeliveryQueue],
                I::Reason,
            ),
        ],
        ItemStatus::Collected => vec![option(
            A::CheckIn,
            L::CheckIn,
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
            let mut m = option(A::CompleteOrder, L::CompleteOrder, &[C::Done], I::None);
            if st != OrderStatus::ReadyToComplete {
                m.enabled = false;
                m.disabled_reason = Some(lang.move_blocked(&Blocked::OrderNotDone));
            }
            vec![m]
        }
        ItemStatus::Completed | ItemStatus::Cancelled => vec![],
    };
    if let Some(reasons) = item.hold_reasons() {
        let why = lang.move_blocked(&Blocked::OnHold {
            reason: lang.reasons(reasons),
        });
        for m in out
            .iter_mut()
            .filter(|m| !matches!(m.action, A::OverrideShortage | A::Assign | A::Reject))
        {
            m.enabled = false;
            m.disabled_reason = Some(why.clone());
        }
        out.push(option(A::Release, L::Release, &[], I::Note));
    } else if !item.status().is_terminal() {
        out.push(option(A::Hold, L::Hold, &[], I::Reason));
    }
    if item.status().direction_to(ItemStatus::Cancelled).is_some()
        && item.status() != ItemStatus::AwaitingApproval
    {
        out.push(option(A::Cancel, L::Cancel, &[C::Done], I::Reason));
    }
    out
}

pub async fn item_moves(db: &Db, item_id: i32) -> Result<ItemMoves> {
    let mut tx = db.pool().begin().await?;
    let item = items::get(&mut tx, item_id).await?;
    let order = items::for_order(&mut tx, item.order_id).await?;
    let reserved = !stock::serials_for_item(&mut *tx, item_id).await?.is_empty();
    Ok(ItemMoves {
        item_id,
        version: item.version,
        moves: moves_for(&item, &order, reserved, db.lang()),
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
                actions(&moves_for(&it, std::slice::from_ref(&it), false, Lang::En)),
                *want,
                "{status}"
            );
        }
    }

    #[test]
    fn an_item_with_units_reserved_is_prepared_by_scan() {
        let it = item(ItemStatus::Preparing);
        let input = |reserved| {
            moves_for(&it, std::slice::from_ref(&it), reserved, Lang::En)
                .into_iter()
                .find(|m| m.action == MoveAction::MarkPrepared)
                .map(|m| (m.input, m.targets))
        };
        assert_eq!(
            input(true),
            Some((MoveInput::PrepareScan, vec![ColumnKey::DeliveryQueue]))
        );
        // Nothing to scan (a service without stock, a shortage overridden): the move runs as it is.
        assert_eq!(
            input(false),
            Some((MoveInput::None, vec![ColumnKey::DeliveryQueue]))
        );
    }

    #[test]
    fn a_hold_disables_forward_moves_and_offers_release() {
        let mut it = item(ItemStatus::Ready);
        it.hold(
            HoldKind::Manual,
            vec![Reason::text("customer asked to wait")],
        )
        .unwrap();
        let ms = moves_for(&it, std::slice::from_ref(&it), false, Lang::En);
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
        let ms = moves_for(&it, std::slice::from_ref(&it), false, Lang::En);
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
        let ms = moves_for(&a, &[a.clone(), b.clone()], false, Lang::En);
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
        assert!(moves_for(&a, &[a.clone(), split], false, Lang::En)
            .iter()
            .any(|m| m.action == MoveAction::Schedule && m.enabled));

        let d = item(ItemStatus::Delivered);
        let other = Item {
            id: 2,
            ..item(ItemStatus::InDelivery)
        };
        let c = moves_for(&d, &[d.clone(), other], false, Lang::En)
            .into_iter()
            .find(|m| m.action == MoveAction::CompleteOrder)
            .unwrap();
        assert!(!c.enabled);
    }

    #[test]
    fn a_german_desk_reads_moves_and_why_not_in_german() {
        let mut it = item(ItemStatus::Ready);
        it.hold(HoldKind::Manual, vec![Reason::SubstitutePicked])
            .unwrap();
        let ms = moves_for(&it, std::slice::from_ref(&it), false, Lang::De);
        let schedule = ms
            .iter()
            .find(|m| m.action == MoveAction::Schedule)
            .unwrap();
        assert_eq!(schedule.label, "Lieferung planen");
        assert_eq!(
            schedule.disabled_reason.as_deref(),
            Some(format!("angehalten: {}", Lang::De.reason(&Reason::SubstitutePicked)).as_str())
        );
        let labels: Vec<&str> = ms.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["Lieferung planen", "Halt aufheben", "Stornieren"]);
    }
}
