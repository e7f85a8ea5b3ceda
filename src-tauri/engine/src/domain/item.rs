//! An order item and its moves. Every move goes through [`Item::apply`] (or
//! [`Item::book`], the move onto a booking), which checks the status machine
//! and the hold, and returns the event to record. What carries the item's state
//! ([`ItemState`]) is private to this file: elsewhere it is read through getters
//! and changed through the item's methods, or made whole by one of its two
//! constructors (a submitted item, a stored row read back).

use super::catalog::{string_enum, Specs};
use super::order::{Address, DateWindow, TransactionType};
use super::reason::{self, Reason};
use super::status::{DecisionPoint, Direction, ItemStatus};
use crate::i18n::NotAMove;

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: i32,
    pub order_id: i32,
    pub position: i32,
    pub service_id: i32,
    pub product_id: Option<i32>,
    pub parent_item_id: Option<i32>,
    pub transaction_type: TransactionType,
    pub requested_specs: Specs,
    pub quantity: u32,
    pub window: DateWindow,
    pub address: Address,
    pub delivery_group: i32,
    pub version: i32,
    /// Where the item stands: read through the getters, changed through the
    /// moves below. Public only so that submit and the store can write an
    /// item down whole, with [`ItemState::submitted`] or [`ItemState::restore`].
    pub state: ItemState,
}

/// An item's status, hold, whether a person overrode a check, the reason it
/// shows, and the booking it is on. The fields are private: a state is made new
/// ([`ItemState::submitted`]) or read back ([`ItemState::restore`]), and
/// changes only through [`Item`]'s methods.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemState {
    status: ItemStatus,
    hold: Option<Hold>,
    overridden: bool,
    reason: Vec<Reason>,
    booking_id: Option<i32>,
}

impl ItemState {
    /// A newly submitted item: new, not held, on no booking.
    pub fn submitted() -> ItemState {
        ItemState {
            status: ItemStatus::New,
            hold: None,
            overridden: false,
            reason: vec![Reason::Submitted],
            booking_id: None,
        }
    }

    /// A stored item's state as the store reads it back; for the store only.
    pub fn restore(
        status: ItemStatus,
        hold: Option<Hold>,
        overridden: bool,
        reason: Vec<Reason>,
        booking_id: Option<i32>,
    ) -> ItemState {
        ItemState {
            status,
            hold,
            overridden,
            reason,
            booking_id,
        }
    }
}

string_enum!(
    /// Why an item waits: the pipeline found too little stock (D3), a D1 rule
    /// holds it, or a person held it. Release and override read the kind, never the text.
    HoldKind { Shortage => "shortage", Rule => "rule", Manual => "manual" }
);

/// A hold on an item: its kind, and the reasons a person reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Hold {
    pub kind: HoldKind,
    pub reasons: Vec<Reason>,
}

/// What happened to an item, as the audit log records it.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    pub kind: EventKind,
    pub from: ItemStatus,
    pub to: ItemStatus,
    pub point: Option<DecisionPoint>,
    pub reasons: Vec<Reason>,
    pub overridden: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Created,
    Transition,
    Hold,
    Release,
    Split,
    /// A booking moved or resized; the status stays scheduled.
    Reschedule,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Created => "created",
            EventKind::Transition => "transition",
            EventKind::Hold => "hold",
            EventKind::Release => "release",
            EventKind::Split => "split",
            EventKind::Reschedule => "reschedule",
        }
    }

    pub const ALL: [EventKind; 6] = [
        EventKind::Created,
        EventKind::Transition,
        EventKind::Hold,
        EventKind::Release,
        EventKind::Split,
        EventKind::Reschedule,
    ];

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TransitionError {
    #[error("cannot move from {from} to {to}: {reason}")]
    Illegal {
        from: ItemStatus,
        to: ItemStatus,
        reason: NotAMove,
    },
    /// The hold's reasons, for each language to word.
    #[error("on hold: {}", reason::joined(.reasons))]
    Held { reasons: Vec<Reason> },
}

impl Item {
    pub fn status(&self) -> ItemStatus {
        self.state.status
    }

    pub fn on_hold(&self) -> bool {
        self.state.hold.is_some()
    }

    /// The hold's sentence, as the card shows it.
    pub fn hold_reason(&self) -> Option<String> {
        self.hold_reasons().map(reason::joined)
    }

    pub fn hold_reasons(&self) -> Option<&[Reason]> {
        self.state.hold.as_ref().map(|h| h.reasons.as_slice())
    }

    pub fn hold_kind(&self) -> Option<HoldKind> {
        self.state.hold.as_ref().map(|h| h.kind)
    }

    /// Whether a person went on past a check (a stock shortage).
    pub fn overridden(&self) -> bool {
        self.state.overridden
    }

    /// Why the item is where it is, as the last move said: its sentence.
    pub fn reason(&self) -> String {
        reason::joined(&self.state.reason)
    }

    pub fn reasons(&self) -> &[Reason] {
        &self.state.reason
    }

    /// The booking the item's delivery is on: set while scheduled and kept
    /// as the record of the trip once out, delivered or completed.
    pub fn booking_id(&self) -> Option<i32> {
        self.state.booking_id
    }

    /// Moves the item to `to` if the machine allows it and no hold blocks it.
    /// `reasons` become the item's visible reason and the event's reasons.
    /// An item becomes scheduled only by [`Item::book`]; a move to a status
    /// that carries no booking (back to the queue, cancelled) takes the item
    /// off its booking: read [`Item::booking_id`] first to drop the booking
    /// once it is empty.
    pub fn apply(
        &mut self,
        to: ItemStatus,
        point: DecisionPoint,
        reasons: Vec<Reason>,
    ) -> Result<Transition, TransitionError> {
        if to == ItemStatus::Scheduled {
            return Err(TransitionError::Illegal {
                from: self.status(),
                to,
                reason: NotAMove::ScheduledByBooking,
            });
        }
        self.move_to(to, point, reasons)
    }

    /// Schedules the item on `booking_id`: ready → scheduled at D5, refused as
    /// any move is (another status, a hold).
    pub fn book(
        &mut self,
        booking_id: i32,
        reasons: Vec<Reason>,
    ) -> Result<Transition, TransitionError> {
        let t = self.move_to(ItemStatus::Scheduled, DecisionPoint::D5, reasons)?;
        self.state.booking_id = Some(booking_id);
        Ok(t)
    }

    /// Its booking moved or changed length (D5 again); the item's reason says
    /// where it is now, so the card and the planner's message tell the same.
    pub fn rebook(&mut self, reasons: Vec<Reason>) -> Transition {
        if !reasons.is_empty() {
            self.state.reason = reasons.clone();
        }
        let mut t = self.same_status_event(EventKind::Reschedule, reasons);
        t.point = Some(DecisionPoint::D5);
        t
    }

    /// A person went on past a check; the card and the trail say so.
    pub fn mark_overridden(&mut self) {
        self.state.overridden = true;
    }

    fn move_to(
        &mut self,
        to: ItemStatus,
        point: DecisionPoint,
        reasons: Vec<Reason>,
    ) -> Result<Transition, TransitionError> {
        let from = self.status();
        let Some(direction) = from.direction_to(to) else {
            let allowed: Vec<_> = from.moves().iter().map(|(s, _)| *s).collect();
            return Err(TransitionError::Illegal {
                from,
                to,
                reason: if allowed.is_empty() {
                    NotAMove::Final { from }
                } else {
                    NotAMove::OnlyTo { from, allowed }
                },
            });
        };
        if let Err(why) = from.fits(to, self.transaction_type) {
            return Err(TransitionError::Illegal {
                from,
                to,
                reason: why,
            });
        }
        if direction == Direction::Forward {
            if let Some(reasons) = self.hold_reasons() {
                return Err(TransitionError::Held {
                    reasons: reasons.to_vec(),
                });
            }
        }
        self.state.status = to;
        if !to.carries_booking() {
            self.state.booking_id = None;
        }
        if !reasons.is_empty() {
            self.state.reason = reasons.clone();
        }
        Ok(Transition {
            kind: EventKind::Transition,
            from,
            to,
            point: Some(point),
            reasons,
            overridden: false,
            note: None,
        })
    }

    pub fn hold(
        &mut self,
        kind: HoldKind,
        reasons: Vec<Reason>,
    ) -> Result<Transition, TransitionError> {
        let status = self.status();
        if status.is_terminal() {
            return Err(TransitionError::Illegal {
                from: status,
                to: status,
                reason: NotAMove::CannotBeHeld { status },
            });
        }
        if let Some(existing) = self.hold_reasons() {
            return Err(TransitionError::Held {
                reasons: existing.to_vec(),
            });
        }
        self.state.hold = Some(Hold {
            kind,
            reasons: reasons.clone(),
        });
        Ok(self.same_status_event(EventKind::Hold, reasons))
    }

    /// Clears the hold; `None` when there was none.
    pub fn release(&mut self, note: Option<String>) -> Option<Transition> {
        let hold = self.state.hold.take()?.reasons;
        let mut t = self.same_status_event(EventKind::Release, vec![Reason::Released { hold }]);
        t.note = note;
        Some(t)
    }

    pub fn same_status_event(&self, kind: EventKind, reasons: Vec<Reason>) -> Transition {
        Transition {
            kind,
            from: self.status(),
            to: self.status(),
            point: None,
            reasons,
            overridden: false,
            note: None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use ItemStatus::*;

    pub fn item(status: ItemStatus) -> Item {
        Item {
            id: 1,
            order_id: 1,
            position: 1,
            service_id: 1,
            product_id: None,
            parent_item_id: None,
            transaction_type: TransactionType::Order,
            requested_specs: Specs::default(),
            quantity: 1,
            window: DateWindow::parse("w", "2026-12-01", "2026-12-03").unwrap(),
            address: Address::parse("a", "Main St 1", "1010", "Vienna", "AT", "").unwrap(),
            delivery_group: 1,
            version: 1,
            state: ItemState {
                status,
                hold: None,
                overridden: false,
                reason: vec![],
                booking_id: status.carries_booking().then_some(7),
            },
        }
    }

    /// Every pair of statuses: allowed exactly when the machine lists the move.
    #[test]
    fn every_transition_allowed_or_refused() {
        let allowed: &[(ItemStatus, ItemStatus)] = &[
            (New, AwaitingApproval),
            (New, NeedsAssignment),
            (New, Assigned),
            (New, Cancelled),
            (AwaitingApproval, NeedsAssignment),
            (AwaitingApproval, Assigned),
            (AwaitingApproval, Cancelled),
            (NeedsAssignment, Assigned),
            (NeedsAssignment, Cancelled),
            (Assigned, Preparing),
            (Assigned, NeedsAssignment),
            (Assigned, Cancelled),
            (Preparing, Ready),
            (Preparing, Cancelled),
            (Ready, Scheduled),
            (Ready, Preparing),
            (Ready, Cancelled),
            (Scheduled, InDelivery),
            (Scheduled, Ready),
            (Scheduled, Cancelled),
            (InDelivery, Delivered),
            (InDelivery, Ready),
            // An order item never gets here (it is not collected), but the machine has the move.
            (Collected, Delivered),
            (Delivered, Completed),
        ];
        for from in ItemStatus::ALL {
            for to in ItemStatus::ALL {
                let mut it = item(from);
                // Scheduling is booking: the one way onto a booking.
                let r = if to == Scheduled {
                    it.book(8, vec![Reason::text("because")])
                } else {
                    it.apply(to, DecisionPoint::D1, vec![Reason::text("because")])
                };
                if allowed.contains(&(from, to)) {
                    let t = r.unwrap_or_else(|e| panic!("{from} -> {to}: {e}"));
                    assert_eq!((t.from, t.to, it.status()), (from, to, to));
                    assert_eq!(it.reason(), "because");
                    assert_eq!(
                        it.booking_id().is_some(),
                        to.carries_booking(),
                        "{from} -> {to}: on a booking exactly while the status carries one"
                    );
                } else {
                    assert!(
                        matches!(r, Err(TransitionError::Illegal { .. })),
                        "{from} -> {to} should be refused"
                    );
                    assert_eq!(it, item(from), "a refused move changes nothing");
                }
            }
        }
    }

    #[test]
    fn only_booking_schedules_an_item() {
        let mut it = item(Ready);
        assert!(matches!(
            it.apply(Scheduled, DecisionPoint::D5, vec![]),
            Err(TransitionError::Illegal { .. })
        ));
        assert_eq!((it.status(), it.booking_id()), (Ready, None));
        it.book(3, vec![Reason::text("Booked")]).unwrap();
        assert_eq!((it.status(), it.booking_id()), (Scheduled, Some(3)));
        it.apply(InDelivery, DecisionPoint::D6, vec![]).unwrap();
        assert_eq!(it.booking_id(), Some(3), "the trip keeps its booking");
        it.apply(Ready, DecisionPoint::D6, vec![]).unwrap();
        assert_eq!(it.booking_id(), None, "back in the queue, off the booking");
    }

    #[test]
    fn a_hold_blocks_forward_moves_only() {
        let mut it = item(Ready);
        it.hold(
            HoldKind::Manual,
            vec![Reason::text("customer asked to wait")],
        )
        .unwrap();
        assert_eq!(
            it.book(3, vec![]),
            Err(TransitionError::Held {
                reasons: vec![Reason::text("customer asked to wait")]
            })
        );
        assert_eq!((it.status(), it.booking_id()), (Ready, None));
        assert!(
            it.apply(Preparing, DecisionPoint::D4, vec![]).is_ok(),
            "stepping back is allowed"
        );
        let mut it = item(Scheduled);
        it.hold(HoldKind::Manual, vec![Reason::text("x")]).unwrap();
        assert!(
            it.apply(Cancelled, DecisionPoint::D1, vec![]).is_ok(),
            "cancelling is allowed"
        );
    }

    #[test]
    fn hold_and_release_record_events() {
        let mut it = item(Assigned);
        let h = it
            .hold(HoldKind::Manual, vec![Reason::text("shortage")])
            .unwrap();
        assert_eq!(
            (h.kind, h.from, h.to),
            (EventKind::Hold, Assigned, Assigned)
        );
        assert!(
            it.hold(HoldKind::Manual, vec![Reason::text("again")])
                .is_err(),
            "one hold at a time"
        );
        let r = it.release(Some("stock arrived".into())).unwrap();
        assert_eq!(r.kind, EventKind::Release);
        assert!(!it.on_hold());
        assert!(it.release(None).is_none());
        assert!(item(Completed)
            .hold(HoldKind::Manual, vec![Reason::text("x")])
            .is_err());
    }
}
