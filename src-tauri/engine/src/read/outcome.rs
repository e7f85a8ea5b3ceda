//! What a write answers: each item it changed, as it now stands, and the
//! words the person reads about it (where it went and why, what Undo does).

use crate::domain::item::{EventKind, Transition};
use crate::domain::status::Direction;
use crate::domain::undo::undo_of;
use crate::domain::{Item, ItemStatus};
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

impl ItemOutcome {
    /// `item` after `by_person` (the person's steps) and `auto` (what the
    /// flow did after them), in order `number`.
    pub fn of(
        item: &Item,
        number: &str,
        by_person: &[Transition],
        auto: &[Transition],
    ) -> ItemOutcome {
        let item_ref = format!("{number}/{}", item.position);
        let last = by_person.last();
        let undo = match last {
            Some(t) if auto.is_empty() => undo_of(t.kind, t.from, t.to)
                .ok()
                .map(|u| u.words().to_string()),
            _ => None,
        };
        let moved = match last {
            _ if !auto.is_empty() => "went on to",
            Some(t) if t.from.direction_to(t.to) == Some(Direction::Back) => "went back to",
            Some(t) if t.from != t.to => "moved to",
            _ => "stays in",
        };
        let mut sentence = format!("{item_ref} {moved} {}", item.status().label());
        let reason = item.hold_reason().unwrap_or_else(|| item.reason());
        match (item.on_hold(), reason.as_str()) {
            (true, hold) => sentence.push_str(&format!(", on hold — {hold}")),
            (false, "") => {}
            (false, reason) => sentence.push_str(&format!(" — {reason}")),
        }
        if !sentence.ends_with(['.', '!', '?']) {
            sentence.push('.');
        }
        ItemOutcome {
            item_id: item.id,
            status: item.status(),
            version: item.version,
            on_hold: item.on_hold(),
            reason,
            item_ref,
            step: last.or(auto.first()).map_or("Saved".into(), step_words),
            sentence,
            undo,
        }
    }
}

/// A step in the past tense, as the person would say they did it.
fn step_words(t: &Transition) -> String {
    use ItemStatus as S;
    match (t.kind, t.from, t.to) {
        (EventKind::Hold, _, _) => "Put on hold".into(),
        (EventKind::Release, _, _) if t.overridden => "Shortage overridden".into(),
        (EventKind::Release, _, _) => "Hold released".into(),
        (EventKind::Reschedule, _, _) => "Rescheduled".into(),
        (EventKind::Split, _, _) => "Split off".into(),
        (EventKind::Created, _, _) => "Submitted".into(),
        (EventKind::Transition, _, _) if t.overridden => "Overridden".into(),
        (EventKind::Transition, S::AwaitingApproval, S::Cancelled) => "Rejected".into(),
        (EventKind::Transition, _, S::Cancelled) => "Cancelled".into(),
        (EventKind::Transition, S::AwaitingApproval, _) => "Approved".into(),
        (EventKind::Transition, S::NeedsAssignment, S::Assigned) => "Assigned".into(),
        (EventKind::Transition, S::Preparing, S::Ready) => "Prepared".into(),
        (EventKind::Transition, from, to) if from.direction_to(to) == Some(Direction::Back) => {
            "Moved back".into()
        }
        (EventKind::Transition, _, S::Scheduled) => "Scheduled".into(),
        (EventKind::Transition, _, S::InDelivery) => "Dispatched".into(),
        (EventKind::Transition, _, S::Delivered) => "Delivered".into(),
        (EventKind::Transition, _, S::Completed) => "Completed".into(),
        (EventKind::Transition, _, _) => "Moved".into(),
    }
}
