// Runs one of Rust's moves from the board or the item panel (a drop, the move
// menu, a panel button) through the action registry; a move Rust accepted
// becomes the one Ctrl+Z undoes. No React.

import type { MoveAction, MoveOption } from "../bindings";
import type { Outcome } from "../ipc";
import { type ActionApi, type ActionInput, type ActionSubject, runAction } from "./actions";
import { recordUndo } from "./undoStack";

/** A move as Rust offered it (its label names it in "Undone: …"), or just its action. */
export type MoveToRun = MoveAction | Pick<MoveOption, "action" | "label">;

/** Runs `move` for `subject` with what the person gave: a note or reason, the scans. */
export async function runMove(move: MoveToRun, subject: ActionSubject, input: ActionInput = {}, api?: ActionApi): Promise<Outcome<unknown>> {
  const action = typeof move === "string" ? move : move.action;
  const label = typeof move === "string" ? action.replace(/_/g, " ") : move.label;
  const outcome = await runAction(action, subject, input, api);
  if (outcome.ok) recordUndo({ itemId: subject.itemId, label });
  return outcome;
}
