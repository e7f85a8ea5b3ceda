import { describe, expect, it } from "vitest";
import type { MoveOption } from "../bindings";
import { buttonMoves, productMoves, slotMoves } from "./moveControls";

function move(action: MoveOption["action"], input: MoveOption["input"]): MoveOption {
  return { action, label: action, targets: [], input, enabled: true, disabledReason: null };
}

describe("grouping moves by how they are drawn", () => {
  it("keeps Rust's order within each group", () => {
    const moves = [
      move("assign", "product"),
      move("approve", "note"),
      move("schedule", "slot"),
      move("mark_prepared", "none"),
      move("cancel", "reason"),
    ];
    expect(buttonMoves(moves).map((m) => m.action)).toEqual(["approve", "mark_prepared", "cancel"]);
    expect(productMoves(moves).map((m) => m.action)).toEqual(["assign"]);
    expect(slotMoves(moves).map((m) => m.action)).toEqual(["schedule"]);
  });
});
