import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ItemMoves } from "../../bindings";
import { clearUndo, currentUndo } from "../../moves/undoStack";
import { board, card, column } from "../../test/fixtures";
import { rust } from "../../test/rust";
import { Board } from "../Board";

/** The board's clock, fixed: ages and due marks must not depend on when the suite runs. */
const NOW = new Date("2026-11-25T12:00:00Z");

// Rust's real answers: marking an item prepared, and undoing that.
const prepared = rust.outcomes.prepared;
const [undone] = rust.outcomes.undone;
const ID = prepared.itemId;

const preparing = card({ itemId: ID, status: "preparing", title: "Dock", version: prepared.version - 1 });
const sample = board([
  column("preparation", [preparing], { title: "Preparation" }),
  column("delivery_queue", [], { title: "Delivery queue" }),
]);

type Call = { cmd: string; args: Record<string, unknown> };

/** A fake Rust: item_moves says the item's version; mark prepared and undo answer as Rust did. */
function serve(undo: () => unknown = () => rust.outcomes.undone) {
  const calls: Call[] = [];
  let version = preparing.version;
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === "item_moves") {
      const answer: ItemMoves = {
        itemId: ID,
        version,
        moves: [
          { action: "mark_prepared", label: "Mark prepared", targets: ["delivery_queue"], input: "none", enabled: true, disabledReason: null },
        ],
      };
      return answer;
    }
    if (cmd === "item_mark_prepared") {
      version = prepared.version;
      return prepared;
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
  return document.querySelector<HTMLElement>(`.card[data-item-id="${ID}"]`)!;
}

function noticeEl(): HTMLElement | null {
  return document.querySelector<HTMLElement>(".notice");
}

/** Marks the card prepared through the keyboard move menu. */
async function markPrepared(calls: Call[]) {
  fireEvent.keyDown(cardEl(), { key: "m" });
  const menu = await screen.findByRole("menu");
  const [first] = await within(menu).findAllByRole("menuitem");
  fireEvent.click(first!);
  await waitFor(() => expect(calls.some((c) => c.cmd === "item_mark_prepared")).toBe(true));
  await waitFor(() => expect(currentUndo()).toEqual({ itemId: ID, label: "Mark prepared" }));
}

afterEach(() => clearUndo());

describe("what a move did, and undo", () => {
  it("says at the card, in Rust's words, what was done and where the item went, with Rust's Undo", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);
    await markPrepared(calls);

    const notice = await waitFor(() => noticeEl()!);
    expect(notice.textContent).toContain(`${prepared.step} — ${prepared.sentence}`);
    expect(notice.getAttribute("data-notice-item")).toBe(String(ID));
    expect(notice.closest('[role="status"]')?.getAttribute("aria-live")).toBe("polite");
    const undo = within(notice).getByRole("button", { name: `Undo: ${prepared.undo}` });

    calls.length = 0;
    fireEvent.click(undo);
    // The notice's Undo sends the version Rust answered with: nothing to look up.
    await waitFor(() => expect(calls).toEqual([{ cmd: "item_undo", args: { itemId: ID, version: prepared.version } }]));
    await waitFor(() => expect(noticeEl()?.textContent).toContain(`Undone — ${undone!.sentence}`));
    expect(within(noticeEl()!).queryByRole("button", { name: /^Undo/ })).toBeNull();
    expect(currentUndo()).toBeNull();

    // Esc inside the notice dismisses it.
    fireEvent.keyDown(within(noticeEl()!).getByRole("button", { name: "Dismiss" }), { key: "Escape" });
    expect(noticeEl()).toBeNull();
  });

  it("Ctrl+Z undoes the recorded move with the item's current version and says where it went", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);
    await markPrepared(calls);
    calls.length = 0;

    fireEvent.keyDown(cardEl(), { key: "z", ctrlKey: true });

    await waitFor(() =>
      expect(calls).toEqual([
        { cmd: "item_moves", args: { itemId: ID } },
        { cmd: "item_undo", args: { itemId: ID, version: prepared.version } },
      ]),
    );
    await waitFor(() => expect(noticeEl()?.textContent).toContain(undone!.sentence));
    expect(noticeEl()?.getAttribute("data-notice-kind")).toBe("done");
    expect(currentUndo()).toBeNull();

    // The slot is spent: a second Ctrl+Z sends nothing.
    calls.length = 0;
    fireEvent.keyDown(document.body, { key: "z", metaKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([]);
  });

  it("shows Rust's refusal as is", async () => {
    const calls = serve(() => rust.errors.refused);
    render(<Board board={sample} now={NOW} today="2026-11-25" />);
    await markPrepared(calls);

    fireEvent.keyDown(document.body, { key: "z", metaKey: true });

    await waitFor(() => expect(noticeEl()?.getAttribute("data-notice-kind")).toBe("refused"));
    expect(noticeEl()?.textContent).toContain(rust.errors.refused.message);
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
    expect(currentUndo()).toEqual({ itemId: ID, label: "Mark prepared" });
  });
});
