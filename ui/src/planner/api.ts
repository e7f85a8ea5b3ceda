// The planner's calls to Rust, in one place: every write the planner sends,
// with the error it gets back as a value (never a throw).

import { commands, type ItemOutcome, type PlannerBooking, type ScheduleInput } from "../bindings";
import { call } from "../ipc";

export type Booking = PlannerBooking;

export type SlotRequest = {
  itemId: number;
  expectedVersion: number;
  resourceId: number;
  start: string;
  end: string;
};

/** Books a queued delivery (new) or moves/resizes a booking (existing); `overrideReason` when a person overrides. */
export function sendSlot(kind: "schedule" | "reschedule", slot: SlotRequest, overrideReason: string | null) {
  const input: ScheduleInput = { ...slot, overrideReason };
  return call<ItemOutcome[]>(() =>
    kind === "schedule" ? commands.itemSchedule(input) : commands.itemReschedule(input),
  );
}

export function unschedule(b: Booking) {
  return call(() => commands.itemUnschedule(b.itemId, b.itemVersion));
}

export function dispatch(b: Booking) {
  return call(() => commands.itemDispatch(b.itemId, b.itemVersion));
}

/** The whole trip comes back: every item of the booking still out, delivered or failed, in one step in Rust. */
export function finishDelivery(b: Booking, outcome: { delivered: true } | { delivered: false; reason: string }) {
  return call(() =>
    outcome.delivered
      ? commands.tripDelivered(b.itemId, b.itemVersion)
      : commands.tripFailed(b.itemId, b.itemVersion, outcome.reason),
  );
}

export function suggestSlot(itemId: number, minutes: number) {
  return call(() => commands.itemSuggestSlot(itemId, minutes));
}

export function planDay(day: string, minutes: number) {
  return call(() => commands.planDay(day, minutes));
}

export function daySheet(resourceId: number, day: string) {
  return call(() => commands.daySheetGet(resourceId, day));
}

export function plannerGet(from: string, days: number) {
  return call(() => commands.plannerGet(from, days));
}
