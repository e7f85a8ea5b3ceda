// Undoes the recorded move: reads the item's current version, then asks
// Rust to undo. Rust decides whether it can; its refusal comes back as is.
// No React.

import type { Outcome } from "../ipc";
import { runAction } from "./actions";
import { loadMoves } from "./loadMoves";
import { clearUndo, type UndoSlot } from "./undoStack";

/** Runs the undo for `slot`; the slot is cleared once Rust has answered the undo. */
export async function runUndo(slot: UndoSlot): Promise<Outcome<unknown>> {
  const moves = await loadMoves(slot.itemId);
  if (!moves.ok) return moves;
  const undone = await runAction("undo", { itemId: slot.itemId, version: moves.data.version });
  clearUndo();
  return undone;
}
