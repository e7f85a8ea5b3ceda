// Every action a person starts on an item, declared once: the board's drag
// and move menu, the item panel, the approvals inbox, Ctrl+Z and the planner
// all send theirs through `runAction`, and get ipc.ts's one Outcome back.
// Rust decides whether the action is allowed; this only fills in the
// command's arguments. No React.

import { commands, type MoveAction } from "../bindings";
import { call, type CommandReply, type Outcome } from "../ipc";

/** The item an action is for, as the caller last saw it. */
export type ActionSubject = {
  itemId: number;
  /** The item's version: Rust refuses a stale one. */
  version: number;
  /** Where the caller knows them: completing or splitting needs the order. */
  orderId?: number;
  orderVersion?: number | null;
};

/** A delivery slot; instants in RFC 3339. */
export type Slot = { resourceId: number; start: string; end: string };

/** What the person gave; each action reads what it needs. */
export type ActionInput = {
  /** The note or reason typed, sent as is (Rust says when one is missing). */
  text?: string;
  productId?: number;
  slot?: Slot;
  /** Books against rules a person may override, with why (after Rust answered "overridable"). */
  overrideReason?: string | null;
  /** The serials scanned while preparing (none: an item with no units to scan). */
  scans?: string[];
};

/**
 * The actions that are not one of Rust's item moves: undoing the last step, splitting an item off its order, and a whole trip
 * coming back (the planner's Delivered and Failed).
 */
export type OtherAction = "undo" | "split_off" | "trip_delivered" | "trip_failed";

export type Action = MoveAction | OtherAction;

/** The commands an action may send; a test may pass a recorder, the app sends the real ones. */
export type ActionApi = Pick<
  typeof commands,
  | "itemApprove"
  | "itemReject"
  | "itemAssign"
  | "itemRelease"
  | "itemOverrideShortage"
  | "itemMarkPrepared"
  | "itemSchedule"
  | "itemReschedule"
  | "itemUnschedule"
  | "itemDispatch"
  | "itemDelivered"
  | "itemDeliveryFailed"
  | "checkInClose"
  | "orderComplete"
  | "itemHold"
  | "itemCancel"
  | "itemUndo"
  | "orderSplit"
  | "tripDelivered"
  | "tripFailed"
>;

type Send = (api: ActionApi, s: ActionSubject, input: ActionInput) => Promise<CommandReply<unknown>>;

/** What the caller did not give, so nothing can be sent; Rust's rules stay Rust's. */
function missing(message: string): Promise<CommandReply<unknown>> {
  return Promise.resolve({ status: "error", error: { code: "validation", message, field: null } });
}

const text = (input: ActionInput) => input.text ?? "";

function booking(kind: "itemSchedule" | "itemReschedule"): Send {
  return (api, s, { slot, overrideReason = null }) =>
    slot
      ? api[kind]({ itemId: s.itemId, expectedVersion: s.version, ...slot, overrideReason })
      : missing("Pick a resource and a time.");
}

/** Each action's command; naming every Action, so a new move in Rust fails to compile here. */
const ACTIONS: Record<Action, Send> = {
  approve: (api, s, i) => api.itemApprove(s.itemId, s.version, text(i)),
  reject: (api, s, i) => api.itemReject(s.itemId, s.version, text(i)),
  assign: (api, s, i) =>
    i.productId === undefined ? missing("Pick a product from the list.") : api.itemAssign(s.itemId, s.version, i.productId, text(i)),
  release: (api, s, i) => api.itemRelease(s.itemId, s.version, text(i)),
  override_shortage: (api, s, i) => api.itemOverrideShortage(s.itemId, s.version, text(i)),
  mark_prepared: (api, s, i) => api.itemMarkPrepared(s.itemId, s.version, i.scans ?? []),
  schedule: booking("itemSchedule"),
  unschedule: (api, s) => api.itemUnschedule(s.itemId, s.version),
  dispatch: (api, s) => api.itemDispatch(s.itemId, s.version),
  delivered: (api, s) => api.itemDelivered(s.itemId, s.version),
  delivery_failed: (api, s, i) => api.itemDeliveryFailed(s.itemId, s.version, text(i)),
  // The units are scanned in the check-in panel; the action closes the return.
  check_in: (api, s) => api.checkInClose(s.itemId, s.version),
  complete_order: (api, s) =>
    s.orderId === undefined || s.orderVersion === undefined || s.orderVersion === null
      ? missing("Open the item from the board to complete its order.")
      : api.orderComplete(s.orderId, s.orderVersion),
  hold: (api, s, i) => api.itemHold(s.itemId, s.version, text(i)),
  cancel: (api, s, i) => api.itemCancel(s.itemId, s.version, text(i)),
  reschedule: booking("itemReschedule"),
  undo: (api, s) => api.itemUndo(s.itemId, s.version),
  split_off: (api, s) =>
    s.orderId === undefined
      ? missing("Open the item from the board to split it off.")
      : api.orderSplit(s.orderId, [{ itemId: s.itemId, version: s.version }]),
  trip_delivered: (api, s) => api.tripDelivered(s.itemId, s.version),
  trip_failed: (api, s, i) => api.tripFailed(s.itemId, s.version, text(i)),
};

/** Sends `action` for `subject`; Rust's refusal, or an exception of the IPC layer, comes back as the Outcome's error. */
export function runAction(
  action: Action,
  subject: ActionSubject,
  input: ActionInput = {},
  api: ActionApi = commands,
): Promise<Outcome<unknown>> {
  return call(() => ACTIONS[action](api, subject, input));
}
