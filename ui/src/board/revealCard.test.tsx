import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError, ItemMoves } from "../bindings";
import { board, card, column } from "../test/fixtures";
import { Board } from "./Board";
import { BoardScreen } from "./BoardScreen";
import { followCard, focusCard, revealCard } from "./revealCard";
import { CARD_GAP, ESTIMATED_CARD_HEIGHT } from "./useVirtualColumn";
import { shellReply } from "../test/rust";

const VIEWPORT = 600;
const STEP = ESTIMATED_CARD_HEIGHT + CARD_GAP;

// A 200-card column (virtualised) and a short one (every card drawn).
const long = Array.from({ length: 200 }, (_, i) => card({ itemId: 1000 + i, status: "preparing" }));
const short = [card({ itemId: 1, status: "awaiting_approval" }), card({ itemId: 2, status: "awaiting_approval" })];
const sample = board([
  column("approval", short, { title: "Approval" }),
  column("preparation", long, { title: "Preparation" }),
  column("delivery_queue", [], { title: "Delivery queue" }),
]);
/** Card #150 of the long column. */
const FAR = 1150;

const refused: AppError = { code: "internal", message: "not in this test", field: null };

/** A fake Rust: the board, Rust's moves for any item, and `{}` for any move. */
function serve() {
  const calls: string[] = [];
  mockIPC(
    (cmd, raw) => {
      if (shellReply(cmd) !== undefined) return shellReply(cmd);
      const args = (raw ?? {}) as Record<string, unknown>;
      if (cmd === "board_get") return sample;
      if (cmd === "item_moves") {
        const answer: ItemMoves = {
          itemId: args.itemId as number,
          version: 1,
          moves: [
            {
              action: "mark_prepared",
              label: "Mark prepared",
              targets: ["delivery_queue"],
              input: "none",
              enabled: true,
              disabledReason: null,
            },
          ],
        };
        return answer;
      }
      calls.push(cmd);
      if (cmd === "item_mark_prepared") return {};
      return Promise.reject(refused);
    },
    { shouldMockEvents: true },
  );
  return calls;
}

function longColumn(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-column="preparation"]')!;
}

function drawn(itemId: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.card[data-item-id="${itemId}"]`);
}

/**
 * revealCard inside act: the list's render is flushed when the act scope
 * ends, and the answer comes after that render (awaiting the answer inside
 * act would wait for a render act holds back).
 */
async function reveal(itemId: number): Promise<HTMLElement | null> {
  let answer: Promise<HTMLElement | null> = Promise.resolve(null);
  await act(async () => {
    answer = revealCard(itemId);
  });
  return answer;
}

function renderBoard() {
  return render(<Board board={sample} now={new Date("2026-11-25T12:00:00Z")} today="2026-11-25" onOpen={() => {}} />);
}

beforeEach(() => {
  // jsdom lays nothing out: give the column scrollers and the cards a height.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("column__body") ? VIEWPORT : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("card") ? ESTIMATED_CARD_HEIGHT : 0;
  });
});

afterEach(() => {
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
});

describe("revealCard", () => {
  it("draws card #150 of a 200-card column, scrolled to the middle, and hands back its element", async () => {
    serve();
    // jsdom's elements cannot scroll: the scroller is as tall as its list, and
    // scrollTo moves it and says so.
    vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockImplementation(function (this: HTMLElement) {
      return parseFloat(this.querySelector<HTMLElement>(".column__cards")?.style.height ?? "") || 0;
    });
    const scrollTo = vi.fn(function (this: HTMLElement, opts: ScrollToOptions) {
      Object.defineProperty(this, "scrollTop", { configurable: true, value: opts.top ?? 0 });
      // As in a browser: the scroll event comes after the write, not inside it.
      queueMicrotask(() => this.dispatchEvent(new Event("scroll")));
    });
    (HTMLElement.prototype as { scrollTo: unknown }).scrollTo = scrollTo;
    renderBoard();
    expect(longColumn().querySelector(".card")).toBeTruthy();
    expect(drawn(FAR)).toBeNull();

    const el = await reveal(FAR);

    expect(el).not.toBeNull();
    expect(el).toBe(drawn(FAR));
    expect(el!.isConnected).toBe(true);
    expect(el!.getAttribute("aria-posinset")).toBe("151");
    // Centred in the scroller: its middle at the viewport's middle.
    const scroller = longColumn().querySelector(".column__body");
    const centred = 150 * STEP + ESTIMATED_CARD_HEIGHT / 2 - VIEWPORT / 2;
    const writes = scrollTo.mock.calls.map(([opts], i) => [scrollTo.mock.contexts[i], opts.top]);
    expect(writes).toContainEqual([scroller, centred]);
    expect(scroller!.scrollTop).toBe(centred);
    // Still virtual: the cards around it, not the column.
    expect(longColumn().querySelectorAll(".card").length).toBeLessThan(30);
  });

  it("answers a drawn card at once, and null for a card no column holds", async () => {
    serve();
    renderBoard();
    await expect(revealCard(1)).resolves.toBe(drawn(1));
    await expect(revealCard(1000)).resolves.toBe(drawn(1000));
    await expect(revealCard(99)).resolves.toBeNull();
  });

  it("focusCard focuses a card of a short column at once, as before", () => {
    serve();
    renderBoard();
    focusCard(2);
    expect(document.activeElement).toBe(drawn(2));
  });
});

describe("focus back to a card of a long column", () => {
  it("after a move from the move menu ('m'), card #150 is drawn and focused again", async () => {
    const calls = serve();
    renderBoard();
    const el = await reveal(FAR);
    act(() => el!.focus());
    expect(document.activeElement).toBe(drawn(FAR));

    fireEvent.keyDown(drawn(FAR)!, { key: "m" });
    const menu = await screen.findByRole("menu");
    await within(menu).findAllByRole("menuitem");
    await waitFor(() => expect(document.activeElement?.getAttribute("data-action")).toBe("mark_prepared"));
    // Focus left the column, which never scrolled to the card: it is not drawn any more.
    expect(drawn(FAR)).toBeNull();

    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    await waitFor(() => expect(calls).toEqual(["item_mark_prepared"]));
    await waitFor(() => expect(document.activeElement).toBe(drawn(FAR)));
    expect(drawn(FAR)!.getAttribute("aria-posinset")).toBe("151");
  });

  it("after the item panel closes, card #150 is drawn and focused again", async () => {
    serve();
    render(<BoardScreen />);
    await waitFor(() => expect(longColumn().querySelector(".card")).toBeTruthy());
    const el = await reveal(FAR);
    act(() => el!.focus());

    fireEvent.keyDown(drawn(FAR)!, { key: "Enter" });
    const panel = await screen.findByRole("dialog");
    expect(panel.getAttribute("data-panel-item-id")).toBe(String(FAR));
    await waitFor(() => expect(drawn(FAR)).toBeNull());

    fireEvent.click(within(panel).getByRole("button", { name: "Close panel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(drawn(FAR)));
  });
});

describe("focus follows a card a move redraws in another column", () => {
  it("the next board drawn gives focus to the card in its new column", async () => {
    serve();
    const now = new Date("2026-11-25T12:00:00Z");
    const moved = card({ itemId: 1, status: "awaiting_approval" });
    const before = board([column("approval", [moved]), column("assignment", [])]);
    const after = board([
      column("approval", []),
      column("assignment", [card({ itemId: 1, status: "needs_assignment", version: 2 })]),
    ]);
    const view = render(<Board board={before} now={now} today="2026-11-25" onOpen={() => {}} />);
    drawn(1)!.focus();
    followCard(1);
    view.rerender(<Board board={after} now={now} today="2026-11-25" onOpen={() => {}} />);
    const inNewColumn = document.querySelector<HTMLElement>('[data-column="assignment"] .card[data-item-id="1"]');
    await waitFor(() => expect(document.activeElement).toBe(inNewColumn));
  });
});
