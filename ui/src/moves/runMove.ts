// Runs one of Rust's moves by its action: the one place that maps a
// MoveAction to its command. Pure of React; talks to Rust through bindings.

import { type AppError, commands, type MoveAction, type MoveOption } from "../bindings";
import { unexpectedError } from "../ipc";
import { recordUndo } from "./undoStack";

/** The item a move is for, as the caller last saw it. */
export type MoveSubject = {
  itemId: number;
  /** The item's version (from item_moves: the freshest the UI has). */
  version: number;
  orderId: number;
  orderVersion: number;
};

export type MoveResult = { ok: true } | { ok: false; error: AppError };

type Reply = { status: "ok"; data: unknown } | { status: "error"; error: AppError };

function needsElsewhere(action: MoveAction, what: string): Promise<Reply> {
  return Promise.resolve({
    status: "error",
    error: { code: "validation", message: `${action} needs ${what}: open the item`, field: null },
  });
}

/** The commands a move may send; tests pass a recorder, the app the real bindings. */
export type MoveApi = Pick<
  typeof commands,
  | "itemApprove"
  | "itemReject"
  | "itemRelease"
  | "itemOverrideShortage"
  | "itemMarkPrepared"
  | "itemUnschedule"
  | "itemDispatch"
  | "itemDelivered"
  | "itemDeliveryFailed"
  | "orderComplete"
  | "itemHold"
  | "itemCancel"
>;

function send(api: MoveApi, action: MoveAction, s: MoveSubject, text: string): Promise<Reply> {
  switch (action) {
    case "approve":
      return api.itemApprove(s.itemId, s.version, text);
    case "reject":
      return api.itemReject(s.itemId, s.version, text);
    case "release":
      return api.itemRelease(s.itemId, s.version, text);
    case "override_shortage":
      return api.itemOverrideShortage(s.itemId, s.version, text);
    case "mark_prepared":
      return api.itemMarkPrepared(s.itemId, s.version);
    case "unschedule":
      return api.itemUnschedule(s.itemId, s.version);
    case "dispatch":
      return api.itemDispatch(s.itemId, s.version);
    case "delivered":
      return api.itemDelivered(s.itemId, s.version);
    case "delivery_failed":
      return api.itemDeliveryFailed(s.itemId, s.version, text);
    case "complete_order":
      return api.orderComplete(s.orderId, s.orderVersion);
    case "hold":
      return api.itemHold(s.itemId, s.version, text);
    case "cancel":
      return api.itemCancel(s.itemId, s.version, text);
    // These need a product or a slot: the item panel and the planner run them.
    case "assign":
      return needsElsewhere(action, "a product");
    case "schedule":
      return needsElsewhere(action, "a slot");
  }
}

/** A move as Rust offered it (its label names it in "Undone: …"), or just its action. */
export type MoveToRun = MoveAction | Pick<MoveOption, "action" | "label">;

/**
 * Runs `move` for `subject`; `text` is the note or reason (ignored by
 * moves without one). Rust's refusal comes back as `{ ok: false, error }`.
 * A move Rust accepted becomes the one Ctrl+Z undoes.
 */
export async function runMove(
  move: MoveToRun,
  subject: MoveSubject,
  text = "",
  api: MoveApi = commands,
): Promise<MoveResult> {
  const action = typeof move === "string" ? move : move.action;
  const label = typeof move === "string" ? action.replace(/_/g, " ") : move.label;
  try {
    const reply = await send(api, action, subject, text);
    if (reply.status !== "ok") return { ok: false, error: reply.error };
    recordUndo({ itemId: subject.itemId, label });
    return { ok: true };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}
