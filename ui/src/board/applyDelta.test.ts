import { describe, expect, it } from "vitest";
import type { BoardCard, BoardDelta, BoardView, ColumnKey } from "../bindings";
import { board, card, column } from "../test/fixtures";
import { applyDelta } from "./applyDelta";
import { reuseUnchanged } from "./stableBoard";

// Order 500 has three items: 1 awaiting approval, 2 preparing, 3 ready (1 of 3 ready).
const one = card({ itemId: 1, orderId: 500, orderItemCount: 3, orderReadyCount: 1, dueDate: "2026-11-28" });
const a = card({ itemId: 10, dueDate: "2026-11-26" });
const b = card({ itemId: 11, dueDate: "2026-11-30" });
const two = card({ itemId: 2, orderId: 500, orderItemCount: 3, orderReadyCount: 1, status: "preparing", dueDate: "2026-11-28" });
const c = card({ itemId: 12, status: "preparing", dueDate: "2026-11-27" });
const d = card({ itemId: 13, status: "preparing", dueDate: "2026-11-29" });
const three = card({ itemId: 3, orderId: 500, orderItemCount: 3, orderReadyCount: 1, status: "ready", dueDate: "2026-11-28" });
const e = card({ itemId: 14, status: "ready", dueDate: "2026-12-01" });

function start(): BoardView {
  return board(
    [
      column("approval", [a, one, b]),
      column("preparation", [c, two, d]),
      column("delivery_queue", [three, e]),
      column("done", []),
    ],
    { cursor: 40, openItems: 8, pendingApprovals: 3 },
  );
}

/** A delta from cursor 40 to 41 with each column's count given. */
function delta(
  placed: { column: ColumnKey; index: number; card: BoardCard }[],
  counts: Partial<Record<ColumnKey, number>>,
  overrides: Partial<BoardDelta> = {},
): BoardDelta {
  const keys: ColumnKey[] = ["approval", "preparation", "delivery_queue", "done"];
  return {
    since: 40,
    cursor: 41,
    placed,
    removed: [],
    counts: keys.map((key) => ({ key, count: counts[key] ?? 0 })),
    openItems: 8,
    pendingApprovals: 3,
    generatedAt: "2026-11-25T10:16:00Z",
    ...overrides,
  };
}

const ids = (b: BoardView, key: ColumnKey) => b.columns.find((c) => c.key === key)!.cards.map((c) => c.itemId);

describe("applyDelta", () => {
  it("moves a card to its index in another column, replaces its siblings, keeps the rest", () => {
    const before = start();
    // Item 2 became ready: it goes to the delivery queue between 3 and 14; every
    // card of order 500 now says 2 of 3 ready.
    const ready = { orderReadyCount: 2 };
    const next = applyDelta(
      before,
      delta(
        [
          { column: "approval", index: 1, card: { ...one, ...ready } },
          { column: "delivery_queue", index: 0, card: { ...three, ...ready } },
          { column: "delivery_queue", index: 1, card: { ...two, ...ready, version: 2, status: "ready" } },
        ],
        { approval: 3, preparation: 2, delivery_queue: 3 },
        { openItems: 8, pendingApprovals: 3, generatedAt: "later" },
      ),
    )!;

    expect(next).not.toBeNull();
    expect(ids(next, "approval")).toEqual([10, 1, 11]);
    expect(ids(next, "preparation")).toEqual([12, 13]);
    expect(ids(next, "delivery_queue")).toEqual([3, 2, 14]);
    expect(next.columns.map((c) => c.count)).toEqual([3, 2, 3, 0]);
    expect(next.cursor).toBe(41);
    expect(next.generatedAt).toBe("later");

    // The sibling cards are the new ones ("2 of 3 ready"), the others the old objects.
    const approval = next.columns[0]!;
    expect(approval.cards[1]!.orderReadyCount).toBe(2);
    expect(approval.cards[0]).toBe(a);
    expect(approval.cards[2]).toBe(b);
    expect(next.columns[1]!.cards[0]).toBe(c);
    expect(next.columns[1]!.cards[1]).toBe(d);
    expect(next.columns[2]!.cards[2]).toBe(e);
    // Untouched columns are the same objects.
    expect(next.columns[3]).toBe(before.columns[3]);
    // The board it started from is left as it was.
    expect(ids(before, "preparation")).toEqual([12, 2, 13]);
  });

  it("keeps the column and card objects a delta repeats unchanged", () => {
    const before = start();
    const next = applyDelta(
      before,
      delta(
        [
          { column: "approval", index: 1, card: { ...one } },
          { column: "preparation", index: 1, card: { ...two } },
          { column: "delivery_queue", index: 0, card: { ...three, onHold: true, version: 2 } },
        ],
        { approval: 3, preparation: 3, delivery_queue: 2 },
      ),
    )!;
    expect(next.columns[0]).toBe(before.columns[0]);
    expect(next.columns[1]).toBe(before.columns[1]);
    expect(next.columns[2]).not.toBe(before.columns[2]);
    expect(next.columns[2]!.cards[0]!.onHold).toBe(true);
    expect(next.columns[2]!.cards[1]).toBe(e);
    // Board.tsx's reuseUnchanged keeps working on top: nothing more to replace.
    const drawn = reuseUnchanged(before, next);
    expect(drawn.columns[0]).toBe(before.columns[0]);
    expect(drawn.columns[2]!.cards[1]).toBe(e);
  });

  it("takes removed cards off the board", () => {
    const before = start();
    const next = applyDelta(before, delta([], { approval: 2, preparation: 3, delivery_queue: 2 }, { removed: [11, 999] }))!;
    expect(ids(next, "approval")).toEqual([10, 1]);
    expect(next.columns[0]!.count).toBe(2);
    expect(next.columns[0]!.cards[0]).toBe(a);
    expect(next.columns[1]).toBe(before.columns[1]);
  });

  it("puts a new card at its index, including the end of a column", () => {
    const fresh = card({ itemId: 20, dueDate: "2026-12-05" });
    const first = card({ itemId: 21, dueDate: "2026-11-01" });
    const next = applyDelta(
      start(),
      delta(
        [
          { column: "approval", index: 4, card: fresh },
          { column: "approval", index: 0, card: first },
        ],
        { approval: 5, preparation: 3, delivery_queue: 2 },
        { openItems: 10, pendingApprovals: 5 },
      ),
    )!;
    expect(ids(next, "approval")).toEqual([21, 10, 1, 11, 20]);
    expect(next.openItems).toBe(10);
    expect(next.pendingApprovals).toBe(5);
  });

  it("is null when the delta starts at another cursor", () => {
    expect(applyDelta(start(), delta([], { approval: 3, preparation: 3, delivery_queue: 2 }, { since: 39 }))).toBeNull();
  });

  it("is null when a column ends up with another count than Rust's", () => {
    // A card aged out of Done: no delta mentions it, but Rust's count dropped.
    const withDone = board([...start().columns.slice(0, 3), column("done", [card({ itemId: 30, status: "completed" })])], {
      cursor: 40,
    });
    expect(applyDelta(withDone, delta([], { approval: 3, preparation: 3, delivery_queue: 2, done: 0 }))).toBeNull();
    // Indices that do not fit the column.
    expect(
      applyDelta(start(), delta([{ column: "done", index: 3, card: card({ itemId: 31 }) }], { approval: 3, preparation: 3, delivery_queue: 2, done: 1 })),
    ).toBeNull();
  });

  it("is null when Rust's columns are not this board's", () => {
    const d = delta([], { approval: 3, preparation: 3, delivery_queue: 2 });
    expect(applyDelta(start(), { ...d, counts: d.counts.slice(0, 3) })).toBeNull();
    expect(
      applyDelta(start(), { ...d, counts: [...d.counts.slice(0, 3), { key: "scheduled", count: 0 }] }),
    ).toBeNull();
  });
});
