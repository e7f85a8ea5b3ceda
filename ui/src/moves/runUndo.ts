// Undoes the recorded move: reads the item's current version, then asks
// Rust to undo. Rust decides whether it can; its refusal comes back as is.
// No React.

import { type AppError, commands } from "../bindings";
import { unexpectedError } from "../ipc";
import { clearUndo, type UndoSlot } from "./undoStack";

export type UndoApi = Pick<typeof commands, "itemMoves" | "itemUndo">;

export type UndoResult = { ok: true; label: string } | { ok: false; error: AppError };

/** Runs the undo for `slot`; the slot is cleared once Rust has answered the undo. */
export async function runUndo(slot: UndoSlot, api: UndoApi = commands): Promise<UndoResult> {
  try {
    const moves = await api.itemMoves(slot.itemId);
    if (moves.status === "error") return { ok: false, error: moves.error };
    const reply = await api.itemUndo(slot.itemId, moves.data.version);
    clearUndo();
    return reply.status === "ok" ? { ok: true, label: slot.label } : { ok: false, error: reply.error };
  } catch (cause) {
    return { ok: false, error: unexpectedError(cause) };
  }
}
