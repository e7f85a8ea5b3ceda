//! Which of a person's steps the flow can take back, and how; one rule read
//! by the undo use case (to do it) and by a write's answer (to offer it).

use super::item::EventKind;
use super::status::{Direction, ItemStatus};

/// How a person's last step is taken back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undo {
    /// Ready → Preparing again.
    BackToPreparing,
    /// Off its booking, back to Ready for delivery.
    Unschedule,
    /// The hold the person put on comes off.
    Release,
}

/// How to undo a step of `kind` from `from` to `to`; else why it cannot be.
pub fn undo_of(kind: EventKind, from: ItemStatus, to: ItemStatus) -> Result<Undo, String> {
    use EventKind as K;
    use ItemStatus as S;
    match (kind, from, to) {
        (K::Transition, S::Preparing, S::Ready) => Ok(Undo::BackToPreparing),
        (K::Transition, S::Ready, S::Scheduled) => Ok(Undo::Unschedule),
        (K::Hold, _, _) => Ok(Undo::Release),
        (K::Transition, _, S::Cancelled) => {
            Err("a cancellation cannot be undone; submit the item again".into())
        }
        (K::Transition, _, S::Completed) => Err("a completed order cannot be reopened".into()),
        (K::Reschedule, _, _) => {
            Err("a moved booking is not undone here; drag it back in the planner".into())
        }
        (K::Transition, _, S::Delivered) => {
            Err("a delivery cannot be undone; record a return".into())
        }
        (K::Transition, _, _) if from.direction_to(to) == Some(Direction::Back) => {
            Err("a step back cannot be undone; move the item on again".into())
        }
        (K::Transition, _, _) => Err(format!(
            "{from} → {to} cannot be undone: stock or bookings were committed"
        )),
        (kind, _, _) => Err(format!("a {} cannot be undone", kind.as_str())),
    }
}
