import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError, ColumnKey, ItemMoves, MoveOption } from "../../bindings";
import { board, card, column } from "../../test/fixtures";
import { Board } from "../Board";

/** The board's clock, fixed: ages and due marks must not depend on when the suite runs. */
const NOW = new Date("2026-11-25T12:00:00Z");

function move(overrides: Partial<MoveOption> & Pick<MoveOption, "action">): MoveOption {
  return { label: overrides.action, targets: [], input: "none", enabled: true, disabledReason: null, ...overrides };
}

const preparing = card({ itemId: 11, orderId: 50, orderVersion: 2, version: 4, status: "preparing", title: "Dock" });
const waiting = card({ itemId: 12, status: "awaiting_approval", title: "Monitor" });

const sample = board([
  column("approval", [waiting], { title: "Approval" }),
  column("preparation", [preparing], { title: "Preparation" }),
  column("delivery_queue", [], { title: "Delivery queue" }),
  column("scheduled", [], { title: "Scheduled" }),
  column("done", [], { title: "Done" }),
]);

const movesOf: Record<number, MoveOption[]> = {
  11: [
    move({ action: "mark_prepared", label: "Mark prepared", targets: ["delivery_queue"] }),
    move({ action: "hold", label: "Put on hold", input: "reason" }),
    move({
      action: "schedule",
      label: "Schedule the delivery",
      targets: ["scheduled"],
      input: "slot",
      enabled: false,
      disabledReason: "not prepared yet",
    }),
    move({ action: "cancel", label: "Cancel", targets: ["done"], input: "reason" }),
  ],
  12: [
    move({ action: "approve", label: "Approve", targets: ["preparation"], input: "note" }),
    move({ action: "reject", label: "Reject", targets: ["done"], input: "reason" }),
  ],
};

type Call = { cmd: string; args: Record<string, unknown> };

/** A fake Rust: item_moves from movesOf; every other command answers `reply(cmd)`. */
function serve(reply: (cmd: string, args: Record<string, unknown>) => unknown = () => ({})) {
  const calls: Call[] = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    if (cmd === "item_moves") {
      const itemId = args.itemId as number;
      const answer: ItemMoves = { itemId, version: itemId === 11 ? 5 : 1, moves: movesOf[itemId] ?? [] };
      return answer;
    }
    calls.push({ cmd, args });
    const r = reply(cmd, args);
    if (r && typeof r === "object" && "code" in r) return Promise.reject(r);
    return r;
  });
  return calls;
}

function columnEl(key: ColumnKey): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-column="${key}"]`);
  if (!el) throw new Error(`no column ${key}`);
  return el;
}

function cardEl(itemId: number): HTMLElement {
  const el = document.querySelector<HTMLElement>(`.card[data-item-id="${itemId}"]`);
  if (!el) throw new Error(`no card ${itemId}`);
  return el;
}

/** Where the pointer "is": jsdom has no layout, so tests say which column is under it. */
let under: HTMLElement | null = null;

function pointer(type: "pointerDown" | "pointerMove" | "pointerUp", target: Element | Window, x: number, y: number) {
  fireEvent[type](target, { pointerId: 1, button: 0, buttons: type === "pointerUp" ? 0 : 1, clientX: x, clientY: y });
}

/** Presses on a card, drags past the threshold over `to`, and waits for Rust's moves. */
async function dragOver(itemId: number, to: ColumnKey | null) {
  const el = cardEl(itemId);
  pointer("pointerDown", el, 100, 100);
  under = to ? columnEl(to) : null;
  pointer("pointerMove", window, 110, 104);
  pointer("pointerMove", window, 300, 120);
  await waitFor(() => expect(document.querySelector("[data-drop]")).not.toBeNull());
}

async function release() {
  await act(async () => {
    pointer("pointerUp", window, 300, 120);
  });
}

beforeEach(() => {
  under = null;
  document.elementFromPoint = vi.fn(() => under);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("dragging a card", () => {
  it("highlights the columns Rust's enabled moves target, blocks disabled ones, dims the rest", async () => {
    serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(11, "delivery_queue");

    expect(document.querySelector(".drag-ghost")?.textContent).toContain("Dock");
    const queue = columnEl("delivery_queue");
    expect(queue.getAttribute("data-drop")).toBe("ok");
    expect(queue.classList.contains("column--drop-ok")).toBe(true);
    expect(queue.classList.contains("column--drop-over")).toBe(true);
    expect(columnEl("done").getAttribute("data-drop")).toBe("ok");
    const scheduled = columnEl("scheduled");
    expect(scheduled.getAttribute("data-drop")).toBe("blocked");
    expect(scheduled.title).toBe("not prepared yet");
    expect(columnEl("approval").classList.contains("column--drop-dim")).toBe(true);
    await release();
  });

  it("a drop on a column runs the enabled move at once, with the version Rust gave", async () => {
    const calls = serve();
    const onOpen = vi.fn();
    render(<Board board={sample} now={NOW} today="2026-11-25" onOpen={onOpen} />);

    await dragOver(11, "delivery_queue");
    await release();

    await waitFor(() => expect(calls).toEqual([{ cmd: "item_mark_prepared", args: { itemId: 11, version: 5, scans: [] } }]));
    await waitFor(() => expect(document.querySelector(".drag-ghost")).toBeNull());
    expect(document.querySelector("[data-drop]")).toBeNull();
    // The click after the drag does not open the item.
    fireEvent.click(cardEl(11));
    expect(onOpen).not.toHaveBeenCalled();
    fireEvent.click(cardEl(11));
    expect(onOpen).toHaveBeenCalledWith(11);
  });

  it("marks the card busy while the move runs", async () => {
    let finish: (v: unknown) => void = () => {};
    serve(() => new Promise((r) => (finish = r)));
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(11, "delivery_queue");
    await release();
    await waitFor(() => expect(cardEl(11).getAttribute("aria-busy")).toBe("true"));
    await act(async () => finish({}));
    await waitFor(() => expect(cardEl(11).getAttribute("aria-busy")).toBeNull());
  });

  it("a refused command snaps back and says Rust's message at the card until dismissed", async () => {
    const refusal: AppError = { code: "on_hold", message: "a held item cannot advance", field: null };
    serve(() => refusal);
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(11, "delivery_queue");
    await release();

    const notice = await vi.waitFor(() => {
      const t = document.querySelector<HTMLElement>(".notice");
      if (!t) throw new Error("no notice yet");
      return t;
    });
    expect(notice.getAttribute("data-notice-kind")).toBe("refused");
    expect(notice.getAttribute("data-notice-item")).toBe("11");
    expect(notice.textContent).toContain("a held item cannot advance");
    expect(notice.closest('[role="status"]')?.getAttribute("aria-live")).toBe("polite");
    await waitFor(() => expect(document.querySelector(".drag-ghost")).toBeNull());

    // It stays until the person dismisses it (Esc on the board).
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector(".notice")).not.toBeNull();
    fireEvent.keyDown(document.body, { key: "Escape" });
    expect(document.querySelector(".notice")).toBeNull();
  });

  it("a drop where no move goes snaps back with 'can't go to', sending nothing", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(11, "approval");
    await release();

    const said = await screen.findByText("This item can't go to Approval");
    expect(said.closest(".notice")?.getAttribute("data-notice-kind")).toBe("blocked");
    expect(calls).toEqual([]);
  });

  it("a drop on a column of a disabled move shows Rust's reason", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(11, "scheduled");
    await release();

    await screen.findByText("not prepared yet");
    expect(calls).toEqual([]);
  });

  it("a move that needs a reason asks for it first; Enter submits", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(12, "done");
    await release();

    const dialog = await screen.findByRole("dialog", { name: "Reject" });
    const input = within(dialog).getByLabelText("Reason");
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: "duplicate order" } });
    fireEvent.submit(input.closest("form")!);

    await waitFor(() =>
      expect(calls).toEqual([{ cmd: "item_reject", args: { itemId: 12, version: 1, reason: "duplicate order" } }]),
    );
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("Rust's refusal of an empty reason shows in the dialog; Esc cancels", async () => {
    serve(() => ({ code: "validation", message: "a reason is required", field: "reason" }));
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    await dragOver(12, "done");
    await release();
    const dialog = await screen.findByRole("dialog", { name: "Reject" });
    fireEvent.submit(dialog);
    await within(dialog).findByText("a reason is required");

    fireEvent.keyDown(within(dialog).getByLabelText("Reason"), { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("a move that needs a slot is not run: the planner does it", async () => {
    movesOf[13] = [move({ action: "schedule", label: "Schedule", targets: ["scheduled"], input: "slot" })];
    const calls = serve();
    const ready = card({ itemId: 13, status: "ready" });
    render(
      <Board
        board={board([column("delivery_queue", [ready]), column("scheduled", [])])}
        now={NOW}
        today="2026-11-25"
      />,
    );

    await dragOver(13, "scheduled");
    await release();
    await screen.findByText("Open the item to schedule it");
    expect(calls).toEqual([]);
  });

  it("a move done by scan is not run blind: the drop opens the item's panel, the menu too", async () => {
    movesOf[14] = [move({ action: "mark_prepared", label: "Mark prepared", targets: ["delivery_queue"], input: "prepare_scan" })];
    const calls = serve();
    const onOpen = vi.fn();
    const monitor = card({ itemId: 14, status: "preparing", title: "Monitor" });
    render(
      <Board
        board={board([column("preparation", [monitor]), column("delivery_queue", [])])}
        now={NOW}
        today="2026-11-25"
        onOpen={onOpen}
      />,
    );

    await dragOver(14, "delivery_queue");
    await release();
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(14));
    await waitFor(() => expect(document.querySelector(".drag-ghost")).toBeNull());

    const el = cardEl(14);
    el.focus();
    fireEvent.keyDown(el, { key: "m" });
    const item = await within(await screen.findByRole("menu")).findByRole("menuitem");
    await waitFor(() => expect(document.activeElement).toBe(item));
    fireEvent.keyDown(item, { key: "Enter" });
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole("menu")).toBeNull();
    expect(calls).toEqual([]);
  });

  it("a press that moves less than the threshold is a click: it opens the item", async () => {
    const calls = serve();
    const onOpen = vi.fn();
    render(<Board board={sample} now={NOW} today="2026-11-25" onOpen={onOpen} />);

    const el = cardEl(11);
    pointer("pointerDown", el, 100, 100);
    pointer("pointerMove", window, 102, 101);
    pointer("pointerUp", window, 102, 101);
    fireEvent.click(el);

    expect(onOpen).toHaveBeenCalledWith(11);
    expect(document.querySelector(".drag-ghost")).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe("the move menu (keyboard)", () => {
  it("'m' on a card lists Rust's moves, disabled ones with their reason; Enter runs one", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    const el = cardEl(11);
    el.focus();
    fireEvent.keyDown(el, { key: "m" });

    const menu = await screen.findByRole("menu");
    const items = await within(menu).findAllByRole("menuitem");
    expect(items.map((i) => i.querySelector(".move-menu__label")?.textContent)).toEqual([
      "Mark prepared",
      "Put on hold",
      "Schedule the delivery",
      "Cancel",
    ]);
    expect(items[2]!.getAttribute("aria-disabled")).toBe("true");
    expect(items[2]!.textContent).toContain("not prepared yet");
    await waitFor(() => expect(document.activeElement).toBe(items[0]));

    // Arrow down twice lands on the disabled move: Enter does nothing there.
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(calls).toEqual([]);

    // Back to the top, Enter: the same path as a drop.
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    await waitFor(() => expect(calls).toEqual([{ cmd: "item_mark_prepared", args: { itemId: 11, version: 5, scans: [] } }]));
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("the Move… button opens the menu; Esc closes it and gives focus back to the card", async () => {
    serve();
    const onOpen = vi.fn();
    render(<Board board={sample} now={NOW} today="2026-11-25" onOpen={onOpen} />);

    const button = within(cardEl(12)).getByRole("button", { name: /Move/ });
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    fireEvent.click(button);
    expect(onOpen).not.toHaveBeenCalled();

    const menu = await screen.findByRole("menu");
    await within(menu).findAllByRole("menuitem");
    fireEvent.keyDown(menu, { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(cardEl(12)));
  });

  it("a menu move that needs a note opens the dialog; an empty note is sent as is", async () => {
    const calls = serve();
    render(<Board board={sample} now={NOW} today="2026-11-25" />);

    fireEvent.keyDown(cardEl(12), { key: "m" });
    const menu = await screen.findByRole("menu");
    await within(menu).findAllByRole("menuitem");
    await waitFor(() => expect(document.activeElement?.getAttribute("data-action")).toBe("approve"));
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });

    const dialog = await screen.findByRole("dialog", { name: "Approve" });
    within(dialog).getByLabelText("Note (optional)");
    fireEvent.submit(dialog);
    await waitFor(() =>
      expect(calls).toEqual([{ cmd: "item_approve", args: { itemId: 12, version: 1, note: "" } }]),
    );
  });
});
