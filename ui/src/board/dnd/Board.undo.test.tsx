import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { AppError, ItemMoves } from "../../bindings";
import { clearUndo, currentUndo } from "../../moves/undoStack";
import { board, card, column } from "../../test/fixtures";
import { Board } from "../Board";

/** The board's clock, fixed: ages and due marks must not depend on when the suite runs. */
const NOW = new Date("2026-11-25T12:00:00Z");

const preparing = card({ itemId: 11, status: "preparing", title: "Dock" });
const sample = board([
  column("preparation", [preparing], { title: "Preparation" }),
  column("delivery_queue", [], { title: "Delivery queue" }),
]);

type Call = { cmd: string; args: Record<string, unknown> };

/** A fake Rust: item_moves says version `version`; item_undo answers `undo()`. */
function serve(undo: () => unknown = () => []) {
  const calls: Call[] = [];
  let version = 5;
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === "item_moves") {
      const answer: ItemMoves = {
        itemId: 11,
        version,
        moves: [
          { action: "mark_prepared", label: "Mark prepared", targets: ["delivery_queue"], input: "none", enabled: true, disabledReason: null },
        ],
      };
      return answer;
    }
    if (cmd === "item_mark_prepared") {
      version = 6;
      return { itemId: 11, status: "ready", version: 6, onHold: false, reason: "" };
    }
    if (cmd === "item_undo") {
      const r = undo();
      if (r && typeof r === "object" && "code" in r) return Promise.reject(r);
      return r;
    }
    throw new Error(`unexpected ${cmd}`);
  });
  return calls;
}

function cardEl(): HTMLElement {
  return document.querySelector<HTMLElement>('.card[data-item-id="11"]')!;
}

/** Marks the card prepared through the keyboard move menu. */
async function markPrepared(calls: Call[]) {
  fireEvent.keyDown(cardEl(), { key: "m" });
  const menu = await screen.findByRole("menu");
  const [first] = await within(menu).findAllByRole("menuitem");
  fireEvent.click(first!);
  await waitFor(() => expect(calls.some((c) => c.cmd === "item_mark_prepared")).toBe(true));
  await waitFor(() => expect(currentUndo()).toEqual({ itemId: 11, label: "Mark prepared" }));
}

afterEach(() => clearUndo());

describe("undo (Ctrl+Z)", () => {
  it("undoes the recorded move with the item's current version and says so", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);
    await markPrepared(calls);
    calls.length = 0;

    fireEvent.keyDown(cardEl(), { key: "z", ctrlKey: true });

    await waitFor(() =>
      expect(calls).toEqual([
        { cmd: "item_moves", args: { itemId: 11 } },
        { cmd: "item_undo", args: { itemId: 11, version: 6 } },
      ]),
    );
    const toast = await screen.findByText("Undone: Mark prepared");
    expect(toast.closest(".toast")?.getAttribute("data-toast-kind")).toBe("info");
    expect(currentUndo()).toBeNull();

    // The slot is spent: a second Ctrl+Z sends nothing.
    calls.length = 0;
    fireEvent.keyDown(document.body, { key: "z", metaKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
  });

  it("shows Rust's refusal as is", async () => {
    const refusal: AppError = {
      code: "illegal_transition",
      message: "a cancellation cannot be undone; submit the item again",
      field: null,
    };
    const calls = serve(() => refusal);
    render(<Board board={sample} now={NOW} today="2026-11-25" />);
    await markPrepared(calls);

    fireEvent.keyDown(document.body, { key: "z", metaKey: true });

    const toast = await screen.findByText("a cancellation cannot be undone; submit the item again");
    expect(toast.closest(".toast")?.getAttribute("data-toast-kind")).toBe("refused");
  });

  it("does nothing inside a text field", async () => {
    const calls = serve();
    render(
      <>
        <input aria-label="Search" />
        <Board board={sample} now={NOW} today="2026-11-25" />
      </>,
    );
    await markPrepared(calls);
    calls.length = 0;

    const input = screen.getByLabelText("Search");
    input.focus();
    fireEvent.keyDown(input, { key: "z", ctrlKey: true });
    await new Promise((r) => setTimeout(r, 20));

    expect(calls).toEqual([]);
    expect(currentUndo()).toEqual({ itemId: 11, label: "Mark prepared" });
  });
});
