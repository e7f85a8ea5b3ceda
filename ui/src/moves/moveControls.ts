// How a screen draws each of Rust's moves (commands.itemMoves): a button, a
// button with a text field, the product list or the slot form. Framework-free;
// what a move sends is the action registry's (actions.ts).

import type { MoveInput, MoveOption } from "../bindings";
import { i18n } from "../i18n";

/** How the panel draws a move. */
export type ControlKind = "button" | "text" | "product" | "slot" | "scan" | "prepare-scan";

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
    case "scan":
      return "scan";
    case "prepare_scan":
      return "prepare-scan";
  }
}

/** Label of the text field a note/reason move reveals. */
export function textFieldLabel(input: MoveInput): string {
  return i18n.t(input === "reason" ? "moves.reason" : "moves.note");
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

export function scanMoves(moves: readonly MoveOption[]): MoveOption[] {
  return moves.filter((m) => controlKind(m.input) === "scan");
}

/** The move done by scanning the units reserved for the item (Mark prepared), if Rust asks for it. */
export function prepareScanMove(moves: readonly MoveOption[]): MoveOption | undefined {
  return moves.find((m) => controlKind(m.input) === "prepare-scan");
}
