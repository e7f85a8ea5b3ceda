// Human words for the codes Rust sends in an item's timeline.
// Display only: the same words Rust's `ItemStatus::label` gives the board cards.

import type { ItemStatus } from "../bindings";

const STATUS_LABELS: Record<ItemStatus, string> = {
  new: "New",
  awaiting_approval: "Awaiting approval",
  needs_assignment: "Needs assignment",
  assigned: "Assigned",
  preparing: "Preparing",
  ready: "Ready for delivery",
  scheduled: "Scheduled",
  in_delivery: "In delivery",
  delivered: "Delivered",
  completed: "Completed",
  cancelled: "Cancelled",
};

export function statusLabel(status: ItemStatus): string {
  return STATUS_LABELS[status] ?? status;
}

/** What kind of step a timeline entry records; an unknown kind shows as sent. */
export function eventKindLabel(kind: string): string {
  switch (kind) {
    case "created":
      return "Created";
    case "transition":
      return "Moved";
    case "hold":
      return "Put on hold";
    case "release":
      return "Released";
    case "split":
      return "Split off";
    default:
      return kind;
  }
}
