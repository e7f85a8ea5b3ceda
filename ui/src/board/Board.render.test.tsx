// A refresh redraws only what changed: every refresh (a whole board, or a
// delta applied to the one on screen) hands Board a new BoardView, and Board
// keeps the unchanged card objects (stableBoard.ts) so the memoised cards
// skip. Counted with a wrapper around the real Card.

import { render } from "@testing-library/react";
import { memo } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { BoardView } from "../bindings";
import { board, card, column } from "../test/fixtures";

const renders: number[] = [];

vi.mock("./Card", async (importActual) => {
  const actual = await importActual<typeof import("./Card")>();
  const Real = actual.Card;
  // Same memo (shallow props) as the real Card, counting the renders it lets through.
  const Counted = memo(function Counted(props: Parameters<typeof Real>[0]) {
    renders.push(props.card.itemId);
    return <Real {...props} />;
  });
  return { ...actual, Card: Counted };
});

const { Board } = await import("./Board");

function sample(): BoardView {
  let id = 0;
  const cards = (status: "awaiting_approval" | "preparing", n: number) =>
    Array.from({ length: n }, () => card({ itemId: ++id, status }));
  return board([column("approval", cards("awaiting_approval", 40)), column("preparation", cards("preparing", 40))]);
}

const now = new Date("2026-11-25T12:00:00Z");

function draw(b: BoardView, rerender?: (ui: React.ReactElement) => void) {
  const ui = <Board board={b} now={now} today="2026-11-25" />;
  return rerender ? (rerender(ui), undefined) : render(ui);
}

beforeEach(() => {
  renders.length = 0;
});

describe("Board refresh", () => {
  it("redraws no card when Rust sends the same board again", () => {
    const first = sample();
    const { rerender } = draw(first)!;
    expect(renders).toHaveLength(80);
    renders.length = 0;

    draw({ ...structuredClone(first), generatedAt: "later" }, rerender);
    expect(renders).toEqual([]);
  });

  it("redraws only the changed card, and a moved card where it lands", () => {
    const first = sample();
    const { rerender } = draw(first)!;
    renders.length = 0;

    // Item 5 was put on hold; item 1 was approved and moved to preparation.
    const [approval, preparation] = structuredClone(first).columns;
    const [approved, ...waiting] = approval!.cards;
    const next = board(
      [
        column("approval", waiting.map((c) => (c.itemId === 5 ? { ...c, version: 2, onHold: true, holdReason: "wait" } : c))),
        column("preparation", [...preparation!.cards, { ...approved!, version: 2, status: "preparing" }]),
      ],
      { generatedAt: "later" },
    );
    draw(next, rerender);

    expect(renders.sort((a, b) => a - b)).toEqual([1, 5]);
    expect(document.querySelector('[data-column="preparation"] .card[data-item-id="1"]')).toBeTruthy();
    expect(document.querySelector('.card[data-item-id="5"]')?.classList.contains("card--held")).toBe(true);
  });
});
