import { describe, expect, it } from "vitest";
import type { MoveOption } from "../bindings";
import { columnDrops, intentFor, intentForDrop } from "./chooseMove";

function move(overrides: Partial<MoveOption> & Pick<MoveOption, "action">): MoveOption {
  return {
    label: overrides.action,
    targets: [],
    input: "none",
    enabled: true,
    disabledReason: null,
    ...overrides,
  };
}

const approvalMoves = [
  move({ action: "approve", label: "Approve", targets: ["assignment", "preparation", "delivery_queue"], input: "note" }),
  move({ action: "reject", label: "Reject", targets: ["done"], input: "reason" }),
  move({ action: "hold", label: "Put on hold", input: "reason" }),
];

const heldReady = [
  move({
    action: "schedule",
    targets: ["scheduled"],
    input: "slot",
    enabled: false,
    disabledReason: "on hold: customer asked to wait",
  }),
  move({ action: "release", input: "note" }),
  move({ action: "cancel", targets: ["done"], input: "reason" }),
];

describe("columnDrops", () => {
  it("marks targets of enabled moves ok, of only disabled moves blocked with Rust's reason", () => {
    const drops = columnDrops(heldReady);
    expect(drops.get("scheduled")).toEqual({ kind: "blocked", reason: "on hold: customer asked to wait" });
    expect(drops.get("done")).toEqual({ kind: "ok" });
    expect(drops.has("approval")).toBe(false);
  });

  it("an enabled move wins over a disabled one for the same column", () => {
    const drops = columnDrops([
      move({ action: "unschedule", targets: ["delivery_queue"], enabled: false, disabledReason: "no" }),
      move({ action: "delivery_failed", targets: ["delivery_queue"], input: "reason" }),
    ]);
    expect(drops.get("delivery_queue")).toEqual({ kind: "ok" });
  });
});

describe("intentForDrop", () => {
  // Table: moves, column dropped on → what happens.
  const rows: [string, MoveOption[], Parameters<typeof intentForDrop>[1], unknown][] = [
    [
      "no input: run at once",
      [move({ action: "mark_prepared", targets: ["delivery_queue"] })],
      "delivery_queue",
      { kind: "run", move: expect.objectContaining({ action: "mark_prepared" }) },
    ],
    [
      "a note first",
      approvalMoves,
      "preparation",
      { kind: "ask", input: "note", move: expect.objectContaining({ action: "approve" }) },
    ],
    [
      "a reason first",
      approvalMoves,
      "done",
      { kind: "ask", input: "reason", move: expect.objectContaining({ action: "reject" }) },
    ],
    [
      "a slot: the planner does it",
      [move({ action: "schedule", targets: ["scheduled"], input: "slot" })],
      "scheduled",
      { kind: "elsewhere", message: "Open the item to schedule it", move: expect.anything() },
    ],
    [
      "a product: the item panel does it",
      [move({ action: "assign", targets: ["preparation"], input: "product" })],
      "preparation",
      { kind: "elsewhere", message: "Open the item to pick a product", move: expect.anything() },
    ],
    [
      "a scan: the item's panel opens at its scan field",
      [move({ action: "mark_prepared", targets: ["delivery_queue"], input: "prepare_scan" })],
      "delivery_queue",
      { kind: "panel", move: expect.objectContaining({ action: "mark_prepared" }) },
    ],
    ["disabled: Rust's reason", heldReady, "scheduled", { kind: "refuse", message: "on hold: customer asked to wait" }],
    ["no move targets the column", approvalMoves, "in_delivery", { kind: "refuse", message: "This item can't go to Out" }],
  ];

  it.each(rows)("%s", (_name, moves, column, expected) => {
    expect(intentForDrop(moves, column, "Out")).toEqual(expected);
  });
});

describe("intentFor", () => {
  it("a disabled move from the menu is refused with its reason", () => {
    expect(intentFor(heldReady[0]!)).toEqual({ kind: "refuse", message: "on hold: customer asked to wait" });
  });

  it("a move without a column (hold) still asks for its reason", () => {
    expect(intentFor(approvalMoves[2]!)).toMatchObject({ kind: "ask", input: "reason" });
  });
});
