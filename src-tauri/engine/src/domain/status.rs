//! The item status machine of DESIGN.md: which moves exist, and which are forward.
//!
//! The way back runs the same machine in its direction: a return is collected
//! (`in_delivery` → `collected`, D6), then checked in at the counter (D8, a
//! decision point of its own: `collected` → `delivered` once every unit is
//! checked in), then completed with its order (D7). Which transaction types
//! may be collected is [`ItemStatus::fits`].

use super::order::TransactionType;
use crate::i18n::NotAMove;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    New,
    AwaitingApproval,
    NeedsAssignment,
    Assigned,
    Preparing,
    Ready,
    Scheduled,
    InDelivery,
    /// A return (or the old unit of a swap or change) is back at the shop,
    /// waiting to be checked in.
    Collected,
    Delivered,
    Completed,
    Cancelled,
}

impl ItemStatus {
    pub const ALL: [ItemStatus; 12] = [
        ItemStatus::New,
        ItemStatus::AwaitingApproval,
        ItemStatus::NeedsAssignment,
        ItemStatus::Assigned,
        ItemStatus::Preparing,
        ItemStatus::Ready,
        ItemStatus::Scheduled,
        ItemStatus::InDelivery,
        ItemStatus::Collected,
        ItemStatus::Delivered,
        ItemStatus::Completed,
        ItemStatus::Cancelled,
    ];

    /// Stable key stored in SQLite; never the Rust name.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::New => "new",
            ItemStatus::AwaitingApproval => "awaiting_approval",
            ItemStatus::NeedsAssignment => "needs_assignment",
            ItemStatus::Assigned => "assigned",
            ItemStatus::Preparing => "preparing",
            ItemStatus::Ready => "ready",
            ItemStatus::Scheduled => "scheduled",
            ItemStatus::InDelivery => "in_delivery",
            ItemStatus::Collected => "collected",
            ItemStatus::Delivered => "delivered",
            ItemStatus::Completed => "completed",
            ItemStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<ItemStatus> {
        ItemStatus::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// What staff read.
    pub fn label(self) -> &'static str {
        match self {
            ItemStatus::New => "New",
            ItemStatus::AwaitingApproval => "Awaiting approval",
            ItemStatus::NeedsAssignment => "Needs assignment",
            ItemStatus::Assigned => "Assigned",
            ItemStatus::Preparing => "Preparing",
            ItemStatus::Ready => "Ready for delivery",
            ItemStatus::Scheduled => "Scheduled",
            ItemStatus::InDelivery => "In delivery",
            ItemStatus::Collected => "Collected, to check in",
            ItemStatus::Delivered => "Delivered",
            ItemStatus::Completed => "Completed",
            ItemStatus::Cancelled => "Cancelled",
        }
    }

    pub fn is_terminal(self) -> bool {
        matches!(self, ItemStatus::Completed | ItemStatus::Cancelled)
    }

    /// Still in the flow: neither completed nor cancelled.
    pub fn is_open(self) -> bool {
        !self.is_terminal()
    }

    /// Whether the requested window still calls for attention (not once delivered or closed).
    pub fn due_date_matters(self) -> bool {
        !matches!(
            self,
            ItemStatus::Collected
                | ItemStatus::Delivered
                | ItemStatus::Completed
                | ItemStatus::Cancelled
        )
    }

    /// Handed over: delivered, or completed since.
    pub fn is_delivered_or_beyond(self) -> bool {
        matches!(self, ItemStatus::Delivered | ItemStatus::Completed)
    }

    /// Ready or further along the delivery path (counts towards "2 of 3 ready").
    pub fn is_ready_or_beyond(self) -> bool {
        matches!(
            self,
            ItemStatus::Ready
                | ItemStatus::Scheduled
                | ItemStatus::InDelivery
                | ItemStatus::Collected
                | ItemStatus::Delivered
                | ItemStatus::Completed
        )
    }

    /// On a booking: scheduled, and after (the booking stays as the record of
    /// the trip). Back in the queue or cancelled, an item is on none.
    pub fn carries_booking(self) -> bool {
        matches!(
            self,
            ItemStatus::Scheduled
                | ItemStatus::InDelivery
                | ItemStatus::Collected
                | ItemStatus::Delivered
                | ItemStatus::Completed
        )
    }

    /// The moves the machine allows from this status, with whether each is a
    /// forward move (which a hold blocks) or a step back / exit (which it does not).
    pub fn moves(self) -> &'static [(ItemStatus, Direction)] {
        use Direction::*;
        use ItemStatus::*;
        match self {
            New => &[
                (AwaitingApproval, Forward),
                (NeedsAssignment, Forward),
                (Assigned, Forward),
                (Cancelled, Exit),
            ],
            AwaitingApproval => &[
                (NeedsAssignment, Forward),
                (Assigned, Forward),
                (Cancelled, Exit),
            ],
            NeedsAssignment => &[(Assigned, Forward), (Cancelled, Exit)],
            Assigned => &[
                (Preparing, Forward),
                (NeedsAssignment, Back),
                (Cancelled, Exit),
            ],
            Preparing => &[(Ready, Forward), (Cancelled, Exit)],
            Ready => &[(Scheduled, Forward), (Preparing, Back), (Cancelled, Exit)],
            Scheduled => &[(InDelivery, Forward), (Ready, Back), (Cancelled, Exit)],
            InDelivery => &[(Delivered, Forward), (Collected, Forward), (Ready, Back)],
            Collected => &[(Delivered, Forward)],
            Delivered => &[(Completed, Forward)],
            Completed | Cancelled => &[],
        }
    }

    /// The decision point whose column shows an item in this status.
    pub fn decision_point(self) -> DecisionPoint {
        match self {
            ItemStatus::New | ItemStatus::AwaitingApproval => DecisionPoint::D1,
            ItemStatus::NeedsAssignment => DecisionPoint::D2,
            ItemStatus::Assigned | ItemStatus::Preparing => DecisionPoint::D3,
            ItemStatus::Ready => DecisionPoint::D4,
            ItemStatus::Scheduled => DecisionPoint::D5,
            ItemStatus::InDelivery => DecisionPoint::D6,
            ItemStatus::Collected => DecisionPoint::D8,
            ItemStatus::Delivered | ItemStatus::Completed | ItemStatus::Cancelled => {
                DecisionPoint::D7
            }
        }
    }

    pub fn direction_to(self, to: ItemStatus) -> Option<Direction> {
        self.moves().iter().find(|(s, _)| *s == to).map(|(_, d)| *d)
    }

    /// Whether an item of `transaction_type` may take the move to `to`: only
    /// what brings units back is collected, and it is delivered (done) only
    /// through check-in, never straight from the road.
    pub fn fits(self, to: ItemStatus, transaction_type: TransactionType) -> Result<(), NotAMove> {
        let back = transaction_type.brings_units_back();
        match (self, to) {
            (_, ItemStatus::Collected) if !back => Err(NotAMove::OnlyWayBackCollected),
            (ItemStatus::InDelivery, ItemStatus::Delivered) if back => {
                Err(NotAMove::WayBackIsCollected)
            }
            _ => Ok(()),
        }
    }
}

impl fmt::Display for ItemStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a move takes the item on (blocked by a hold) or back / out (never blocked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Forward,
    Back,
    Exit,
}

/// The decision points D1–D7 of the flow; each transition records the one that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub enum DecisionPoint {
    D1,
    D2,
    D3,
    D4,
    D5,
    D6,
    D7,
    /// Check-in: what came back is scanned and its condition recorded. It sits
    /// between D6 and D7 on the board; numbered after them, since D1–D7 are the
    /// design's names.
    D8,
}

impl DecisionPoint {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionPoint::D1 => "D1",
            DecisionPoint::D2 => "D2",
            DecisionPoint::D3 => "D3",
            DecisionPoint::D4 => "D4",
            DecisionPoint::D5 => "D5",
            DecisionPoint::D6 => "D6",
            DecisionPoint::D7 => "D7",
            DecisionPoint::D8 => "D8",
        }
    }

    pub fn parse(s: &str) -> Option<DecisionPoint> {
        use DecisionPoint::*;
        [D1, D2, D3, D4, D5, D6, D7, D8]
            .into_iter()
            .find(|d| d.as_str() == s)
    }

    pub fn title(self) -> &'static str {
        match self {
            DecisionPoint::D1 => "Automatic review",
            DecisionPoint::D2 => "Service assignment",
            DecisionPoint::D3 => "Inventory check",
            DecisionPoint::D4 => "Single vs multi-item",
            DecisionPoint::D5 => "Scheduling",
            DecisionPoint::D6 => "Delivery outcome",
            DecisionPoint::D7 => "Ready to complete",
            DecisionPoint::D8 => "Check-in",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for s in ItemStatus::ALL {
            assert_eq!(ItemStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(ItemStatus::parse("Ready"), None);
    }

    #[test]
    fn terminal_statuses_have_no_moves() {
        assert!(ItemStatus::Completed.moves().is_empty());
        assert!(ItemStatus::Cancelled.moves().is_empty());
    }

    #[test]
    fn in_delivery_and_delivered_cannot_be_cancelled() {
        assert_eq!(
            ItemStatus::InDelivery.direction_to(ItemStatus::Cancelled),
            None
        );
        assert_eq!(
            ItemStatus::Delivered.direction_to(ItemStatus::Cancelled),
            None
        );
    }

    #[test]
    fn only_what_comes_back_is_collected_and_checked_in() {
        use TransactionType as T;
        let collect = |t| {
            ItemStatus::InDelivery
                .fits(ItemStatus::Collected, t)
                .is_ok()
        };
        let deliver = |t| {
            ItemStatus::InDelivery
                .fits(ItemStatus::Delivered, t)
                .is_ok()
        };
        for (t, back) in [
            (T::Order, false),
            (T::Cancellation, false),
            (T::Return, true),
            (T::Swap, true),
            (T::Change, true),
        ] {
            assert_eq!(collect(t), back, "{t:?}");
            assert_eq!(deliver(t), !back, "{t:?}");
        }
        assert!(ItemStatus::Collected
            .fits(ItemStatus::Delivered, T::Return)
            .is_ok());
        assert_eq!(ItemStatus::Collected.decision_point(), DecisionPoint::D8);
    }

    #[test]
    fn every_non_terminal_status_is_reachable_from_new() {
        let mut seen = vec![ItemStatus::New];
        let mut i = 0;
        while i < seen.len() {
            for (to, _) in seen[i].moves() {
                if !seen.contains(to) {
                    seen.push(*to);
                }
            }
            i += 1;
        }
        assert_eq!(seen.len(), ItemStatus::ALL.len());
    }
}
