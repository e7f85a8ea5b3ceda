// What the planner does with a booking's item moves (asked of Rust with
// item_moves, as the board does): on the planner a booking is its whole
// trip, so Delivered and Delivery failed answer for every item on it.
// No React.

import type { MoveAction, MoveOption, StopKind } from "../bindings";
import { wordsOf } from "../i18n";
import type { Action } from "../moves/actions";

/** The moves a booking's dialog offers, and the action each sends. */
const STEP_ACTION = {
  unschedule: "unschedule",
  dispatch: "dispatch",
  delivered: "trip_delivered",
  delivery_failed: "trip_failed",
} as const satisfies Partial<Record<MoveAction, Action>>;

export type BookingStep = keyof typeof STEP_ACTION;

/** What the toast says once Rust took the step, after the order number. */
const STEP_DONE = wordsOf<BookingStep>({
  unschedule: "planner.stepDone.unschedule",
  dispatch: "planner.stepDone.dispatch",
  delivered: "planner.stepDone.delivered",
  delivery_failed: "planner.stepDone.delivery_failed",
});

/** What came of a stop that came back done: a collection is collected, a swap's stop both. */
const BACK_DONE = wordsOf<StopKind>({
  delivery: "planner.stepDone.delivered",
  collection: "planner.stepDone.collected",
  delivery_and_collection: "planner.stepDone.delivered_and_collected",
});

/** What the toast says once Rust took `step` on a stop of `kind`, after the order number. */
export function stepDone(step: BookingStep, kind: StopKind): string {
  return step === "delivered" ? BACK_DONE[kind] : STEP_DONE[step];
}

export function isBookingStep(action: MoveAction): action is BookingStep {
  return action in STEP_ACTION;
}

export function stepAction(step: BookingStep): Action {
  return STEP_ACTION[step];
}

/** Rust's moves for the booking's item that the dialog draws as its steps, in Rust's order. */
export function bookingSteps(moves: readonly MoveOption[]): (MoveOption & { action: BookingStep })[] {
  return moves.filter((m): m is MoveOption & { action: BookingStep } => isBookingStep(m.action));
}

/** Whether the booking's time or resource can still change: Rust offers to move it. */
export function canMove(moves: readonly MoveOption[]): boolean {
  return moves.some((m) => m.action === "reschedule" && m.enabled);
}
