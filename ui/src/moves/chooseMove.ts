// Which of Rust's moves a drop on a column means, and how each column looks
// while a card is dragged. Pure: no React, no IPC. Rust decides which moves
// exist and whether they are enabled; this only reads its answer.

import type { ColumnKey, MoveOption } from "../bindings";

/** How a column looks while a card is dragged over the board. */
export type ColumnDrop =
  | { kind: "ok" }
  | { kind: "blocked"; reason: string }
  /** Not a target of any move: dimmed. */
  | { kind: "none" };

/** What dropping the card on a column (or choosing a move) asks for. */
export type MoveIntent =
  /** Run the move now. */
  | { kind: "run"; move: MoveOption }
  /** Ask the person for a note (may be empty) or a reason first. */
  | { kind: "ask"; move: MoveOption; input: "note" | "reason" }
  /** The move needs the item panel or the planner (a product, a slot). */
  | { kind: "elsewhere"; move: MoveOption; message: string }
  /** The move is done by scan in the item's panel: open it there. */
  | { kind: "panel"; move: MoveOption }
  /** Nothing to run: snap back and say why. */
  | { kind: "refuse"; message: string };

const fallbackReason = "Not possible now";

/** The drop state of every column some move targets; others are "none". */
export function columnDrops(moves: readonly MoveOption[]): Map<ColumnKey, ColumnDrop> {
  const drops = new Map<ColumnKey, ColumnDrop>();
  for (const move of moves) {
    for (const target of move.targets) {
      const current = drops.get(target);
      if (move.enabled) {
        drops.set(target, { kind: "ok" });
      } else if (current === undefined) {
        drops.set(target, { kind: "blocked", reason: move.disabledReason ?? fallbackReason });
      }
    }
  }
  return drops;
}

export function columnDrop(drops: Map<ColumnKey, ColumnDrop>, column: ColumnKey): ColumnDrop {
  return drops.get(column) ?? { kind: "none" };
}

/** What a person is asked to do elsewhere for a move that needs more than text. */
export function elsewhereMessage(input: "product" | "slot"): string {
  switch (input) {
    case "product":
      return "Open the item to pick a product";
    case "slot":
      return "Open the item to schedule it";
  }
}

/** What choosing `move` (from a drop or the move menu) asks for. */
export function intentFor(move: MoveOption): MoveIntent {
  if (!move.enabled) return { kind: "refuse", message: move.disabledReason ?? fallbackReason };
  switch (move.input) {
    case "none":
      return { kind: "run", move };
    case "note":
    case "reason":
      return { kind: "ask", move, input: move.input };
    case "product":
    case "slot":
      return { kind: "elsewhere", move, message: elsewhereMessage(move.input) };
    case "scan":
    case "prepare_scan":
      return { kind: "panel", move };
  }
}

/**
 * What dropping the card on `column` means: the enabled move that targets
 * it, else the reason Rust gave for a disabled one, else "can't go there".
 */
export function intentForDrop(moves: readonly MoveOption[], column: ColumnKey, columnTitle: string): MoveIntent {
  const targeting = moves.filter((m) => m.targets.includes(column));
  const enabled = targeting.find((m) => m.enabled);
  if (enabled) return intentFor(enabled);
  const disabled = targeting[0];
  if (disabled) return { kind: "refuse", message: disabled.disabledReason ?? fallbackReason };
  return { kind: "refuse", message: `This item can't go to ${columnTitle}` };
}
