//! What a write answers: each item it changed, as it now stands, and the
//! words the person reads about it (where it went and why, what Undo does).

use crate::domain::item::{EventKind, Transition};
use crate::domain::status::Direction;
use crate::domain::undo::undo_of;
use crate::domain::{Item, ItemStatus};
use crate::i18n::Lang;
use serde::Serialize;

/// An item as it stands after a use case, for the caller to show.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemOutcome {
    pub item_id: i32,
    pub status: ItemStatus,
    pub version: i32,
    pub on_hold: bool,
    pub reason: String,
    /// "EF-000054/2": the order's number and the item's place in it.
    pub item_ref: String,
    /// The person's step, done: "Approved", "Moved", "Put on hold".
    pub step: String,
    /// Where the item went and why, one sentence:
    /// "EF-000054/2 went on to Assigned, on hold — Shortage: 0 of 2 …".
    pub sentence: String,
    /// What Undo would do now ("Back to Preparing"); `None` where the flow
    /// cannot go back (the undo use case would refuse).
    pub undo: Option<String>,
}

/// The person's step, done, as the outcome names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    PutOnHold,
    ShortageOverridden,
    HoldReleased,
    Rescheduled,
    SplitOff,
    Submitted,
    Overridden,
    Rejected,
    Cancelled,
    Approved,
    Assigned,
    Prepared,
    MovedBack,
    Scheduled,
    Dispatched,
    Delivered,
    Completed,
    Moved,
    /// A write that moved nothing.
    Saved,
}

/// Where the item went: on by the flow, back, to another status, or nowhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Went {
    On,
    Back,
    To,
    Stays,
}

impl ItemOutcome {
    /// `item` after `by_person` (the person's steps) and `auto` (what the
    /// flow did after them), in order `number`, in the person's `lang`.
    pub fn of(
        item: &Item,
        number: &str,
        by_person: &[Transition],
        auto: &[Transition],
        lang: Lang,
    ) -> ItemOutcome {
        let item_ref = format!("{number}/{}", item.position);
        let last = by_person.last();
        let undo = match last {
            Some(t) if auto.is_empty() => undo_of(t.kind, t.from, t.to)
                .ok()
                .map(|u| lang.undo(u).to_string()),
            _ => None,
        };
        let went = match last {
            _ if !auto.is_empty() => Went::On,
            Some(t) if t.from.direction_to(t.to) == Some(Direction::Back) => Went::Back,
            Some(t) if t.from != t.to => Went::To,
            _ => Went::Stays,
        };
        let reason = lang.reasons(item.hold_reasons().unwrap_or(item.reasons()));
        let sentence = lang.outcome(&item_ref, went, item.status(), item.on_hold(), &reason);
        ItemOutcome {
            item_id: item.id,
            status: item.status(),
            version: item.version,
            on_hold: item.on_hold(),
            reason,
            item_ref,
            step: lang
                .step_done(last.or(auto.first()).map_or(Step::Saved, step))
                .into(),
            sentence,
            undo,
        }
    }
}

/// A step in the past tense, as the person would say they did it.
fn step(t: &Transition) -> Step {
    use ItemStatus as S;
    match (t.kind, t.from, t.to) {
        (EventKind::Hold, _, _) => Step::PutOnHold,
        (EventKind::Release, _, _) if t.overridden => Step::ShortageOverridden,
        (EventKind::Release, _, _) => Step::HoldReleased,
        (EventKind::Reschedule, _, _) => Step::Rescheduled,
        (EventKind::Split, _, _) => Step::SplitOff,
        (EventKind::Created, _, _) => Step::Submitted,
        (EventKind::Transition, _, _) if t.overridden => Step::Overridden,
        (EventKind::Transition, S::AwaitingApproval, S::Cancelled) => Step::Rejected,
        (EventKind::Transition, _, S::Cancelled) => Step::Cancelled,
        (EventKind::Transition, S::AwaitingApproval, _) => Step::Approved,
        (EventKind::Transition, S::NeedsAssignment, S::Assigned) => Step::Assigned,
        (EventKind::Transition, S::Preparing, S::Ready) => Step::Prepared,
        (EventKind::Transition, from, to) if from.direction_to(to) == Some(Direction::Back) => {
            Step::MovedBack
        }
        (EventKind::Transition, _, S::Scheduled) => Step::Scheduled,
        (EventKind::Transition, _, S::InDelivery) => Step::Dispatched,
        (EventKind::Transition, _, S::Delivered) => Step::Delivered,
        (EventKind::Transition, _, S::Completed) => Step::Completed,
        (EventKind::Transition, _, _) => Step::Moved,
    }
}
