// Turns a move Rust offered (commands.itemMoves) into the command call that
// performs it. Framework-free: the API object is passed in, so tests record
// calls without IPC. Rust decides whether the move is allowed; this only
// fills in the arguments.

import type { AppError, MoveAction, MoveInput, MoveOption, commands } from "../bindings";
import { unexpectedError } from "../ipc";
import { type MoveToRun, runMove as runBoardMove } from "../moves/runMove";

export type CommandResult = { status: "ok"; data: unknown } | { status: "error"; error: AppError };

export type PanelApi = Pick<
  typeof commands,
  | "itemApprove"
  | "itemReject"
  | "itemAssign"
  | "itemMarkPrepared"
  | "itemHold"
  | "itemRelease"
  | "itemOverrideShortage"
  | "itemCancel"
  | "itemSchedule"
  | "itemUnschedule"
  | "itemDispatch"
  | "itemDelivered"
  | "itemDeliveryFailed"
  | "orderSplit"
  | "orderComplete"
>;

/** The item as the panel last saw it, for optimistic concurrency. */
export type ItemRefs = {
  itemId: number;
  version: number;
  orderId: number;
  /** From the board card; null when the item is not on the board. */
  orderVersion: number | null;
};

/** How the panel draws a move. */
export type ControlKind = "button" | "text" | "product" | "slot";

export function controlKind(input: MoveInput): ControlKind {
  switch (input) {
    case "none":
      return "button";
    case "note":
    case "reason":
      return "text";
    case "product":
      return "product";
    case "slot":
      return "slot";
  }
}

/** Label of the text field a note/reason move reveals. */
export function textFieldLabel(input: MoveInput): string {
  return input === "reason" ? "Reason" : "Note";
}

/** Moves drawn as a button (with or without a text field), in Rust's order. */
export function buttonMoves(moves: readonly MoveOption[]): MoveOption[] {
  return moves.filter((m) => {
    const kind = controlKind(m.input);
    return kind === "button" || kind === "text";
  });
}

export function productMoves(moves: readonly MoveOption[]): MoveOption[] {
  return moves.filter((m) => controlKind(m.input) === "product");
}

export function slotMoves(moves: readonly MoveOption[]): MoveOption[] {
  return moves.filter((m) => controlKind(m.input) === "slot");
}

function localError(message: string, field: string | null = null): CommandResult {
  return { status: "error", error: { code: "validation", message, field } };
}

/** Awaits a command; an exception of the IPC layer itself becomes an error value. */
export async function settle(call: () => Promise<CommandResult>): Promise<CommandResult> {
  try {
    return await call();
  } catch (cause) {
    return { status: "error", error: unexpectedError(cause) };
  }
}

/**
 * Runs a button move (input "none", "note" or "reason") through the one
 * move-to-command mapping the board's drag and menu use too; `text` is the
 * note or reason typed, sent as is (Rust says when one is missing).
 */
export async function runMove(api: PanelApi, move: MoveToRun, refs: ItemRefs, text: string): Promise<CommandResult> {
  const action: MoveAction = typeof move === "string" ? move : move.action;
  switch (action) {
    case "assign":
      return localError("Pick a product from the list.");
    case "schedule":
      return localError("Pick a resource and a time.");
    case "complete_order":
      if (refs.orderVersion === null) return localError("Open the item from the board to complete its order.");
      break;
    default:
      break;
  }
  const subject = { ...refs, orderVersion: refs.orderVersion ?? 0 };
  const result = await runBoardMove(move, subject, text, api);
  return result.ok ? { status: "ok", data: null } : { status: "error", error: result.error };
}

export function pickProduct(api: PanelApi, refs: ItemRefs, productId: number): Promise<CommandResult> {
  return settle(() => api.itemAssign(refs.itemId, refs.version, productId));
}

/** Splits this one item off its order, to ship on its own. */
export function splitOff(api: PanelApi, refs: ItemRefs): Promise<CommandResult> {
  return settle(() => api.orderSplit(refs.orderId, [{ itemId: refs.itemId, version: refs.version }]));
}

/** A `datetime-local` value ("2026-12-01T09:00", local time) as RFC 3339 UTC; null if empty or invalid. */
export function localToUtc(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return null;
  return at.toISOString().replace(/\.000Z$/, "Z");
}

export type SlotForm = { resourceId: number | null; start: string; end: string };

export function scheduleItem(api: PanelApi, refs: ItemRefs, form: SlotForm): Promise<CommandResult> {
  // Only what the form cannot send at all is caught here; every rule about
  // the slot (overlap, hours, window) is Rust's answer.
  if (form.resourceId === null) return Promise.resolve(localError("Choose a resource.", "resourceId"));
  const start = localToUtc(form.start);
  if (!start) return Promise.resolve(localError("Enter a start time.", "start"));
  const end = localToUtc(form.end);
  if (!end) return Promise.resolve(localError("Enter an end time.", "end"));
  return settle(() =>
    api.itemSchedule({ itemId: refs.itemId, expectedVersion: refs.version, resourceId: form.resourceId!, start, end }),
  );
}
