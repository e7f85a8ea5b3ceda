import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import type { AppError, BoardDelta, BoardView, BoardView_Serialize } from "../bindings";
import { board, card, column } from "../test/fixtures";
import { CARD_GAP, ESTIMATED_CARD_HEIGHT } from "./useVirtualColumn";
import { rust, shellReply } from "../test/rust";
import { takeStart } from "../start";

type Reply<T> = T | AppError;

/**
 * Answers `board_get` with whatever `initial` returns at the time of the call,
 * and `board_changes` with `changes(since)` (refused like an unknown command
 * when there is none). Records every command with its arguments.
 */
function serveBoard(initial: () => Reply<BoardView>, changes?: (since: number) => Reply<BoardDelta>) {
  const state = { reply: initial, changes, calls: 0, log: [] as { cmd: string; since?: number }[] };
  mockIPC(
    (cmd, args) => {
      if (shellReply(cmd) !== undefined) return shellReply(cmd);
      let reply: Reply<BoardView | BoardDelta>;
      if (cmd === "board_get") {
        state.calls += 1;
        state.log.push({ cmd });
        reply = state.reply();
      } else if (cmd === "board_changes") {
        const since = (args as { since: number }).since;
        state.log.push({ cmd, since });
        if (!state.changes) return Promise.reject(new Error("board_changes not served"));
        reply = state.changes(since);
      } else {
        throw new Error(`unexpected command ${cmd}`);
      }
      // Rust's Err(AppError) reaches JS as a rejected invoke with the error object.
      if ("code" in reply) return Promise.reject(reply);
      return reply;
    },
    { shouldMockEvents: true },
  );
  return state;
}

const emptyDelta: BoardDelta = {
  since: 0,
  cursor: 0,
  placed: [],
  removed: [],
  counts: [
    { key: "approval", count: 1 },
    { key: "assignment", count: 2 },
    { key: "done", count: 0 },
  ],
  openItems: 3,
  pendingApprovals: 1,
  generatedAt: "2026-11-25T10:15:00Z",
};

function columnEl(key: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-column="${key}"]`);
  if (!el) throw new Error(`no column ${key}`);
  return el;
}

const sample = board(
  [
    column(
      "approval",
      [
        card({
          itemId: 7,
          orderNumber: "EF-001042",
          position: 2,
          orderItemCount: 3,
          orderReadyCount: 1,
          title: "Latitude 5440",
          reason: "High line value: line value 2400 > 2000",
          onHold: true,
          holdReason: "Customer asked to wait",
          overridden: true,
          transactionType: "swap",
          dueDate: "2026-11-20",
          createdAt: "2026-11-22T12:00:00Z",
        }),
      ],
      { decisionPoint: "D1", title: "Approval", description: "A rule asked for a person's approval" },
    ),
    column("assignment", [card({ itemId: 8 }), card({ itemId: 9 })], {
      decisionPoint: "D2",
      title: "Assignment",
      description: "Pick the catalog product",
    }),
    column("done", [], { decisionPoint: "D7", title: "Done", description: "Completed or cancelled" }),
  ],
  { openItems: 3, pendingApprovals: 1 },
);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-25T12:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("flow board", () => {
  it("draws the columns Rust returns, in order, with counts and cards", async () => {
    serveBoard(() => sample);
    render(<App />);

    const columns = await screen.findAllByRole("heading", { level: 2 });
    expect(columns.map((h) => h.textContent)).toEqual(["Approval", "Assignment", "Done"]);

    const approval = columnEl("approval");
    within(approval).getByText("D1");
    expect(within(approval).getByLabelText("1 item").textContent).toBe("1");
    within(approval).getByText("A rule asked for a person's approval");

    const list = within(approval).getByRole("list");
    const [item] = within(list).getAllByRole("listitem");
    expect(item!.classList.contains("card")).toBe(true);
    expect(item!.getAttribute("data-item-id")).toBe("7");
    expect(item!.tabIndex).toBe(0);
    expect(item!.getAttribute("aria-label")).toContain("Order EF-001042, item 2 of 3: Latitude 5440");

    const c = within(item!);
    c.getByText("EF-001042");
    c.getByText("item 2 of 3");
    c.getByText("1 of 3 ready");
    c.getByText("High line value: line value 2400 > 2000");
    c.getByText("Customer asked to wait");
    c.getByText("Override");
    c.getByText("Swap");
    c.getByText("3d");
    expect(c.getByText("Overdue 5d · 20 Nov").classList.contains("badge--due-overdue")).toBe(true);

    expect(columnEl("assignment").querySelectorAll(".card")).toHaveLength(2);
    within(columnEl("done")).getByText("Nothing here");

    expect(document.querySelector('[data-stat="open-items"]')?.textContent).toBe("3 open items");
    expect(document.querySelector('[data-stat="pending-approvals"]')?.textContent).toBe("1 awaiting approval");
  });

  it("virtualises a long column: few of its cards in the DOM, the list as tall as all of them", async () => {
    // jsdom lays nothing out: give the column scrollers and the cards a height.
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(function (this: HTMLElement) {
      return this.classList.contains("column__body") ? 600 : 0;
    });
    vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
      return this.classList.contains("card") ? ESTIMATED_CARD_HEIGHT : 0;
    });
    const many = Array.from({ length: 2500 }, (_, i) => card({ itemId: 10_000 + i, status: "ready" }));
    serveBoard(() => board([column("delivery_queue", many)]));
    render(<App />);

    await waitFor(() => expect(columnEl("delivery_queue").querySelector(".card")).toBeTruthy());
    const drawn = () => [...columnEl("delivery_queue").querySelectorAll<HTMLElement>(".card")];
    expect(drawn().length).toBeGreaterThan(3);
    expect(drawn().length).toBeLessThan(20);
    expect(drawn()[0]?.getAttribute("data-item-id")).toBe("10000");
    expect(drawn()[0]?.getAttribute("aria-posinset")).toBe("1");
    expect(drawn()[0]?.getAttribute("aria-setsize")).toBe("2500");
    const list = columnEl("delivery_queue").querySelector<HTMLElement>(".column__cards--virtual");
    const step = ESTIMATED_CARD_HEIGHT + CARD_GAP;
    expect(list?.style.height).toBe(`${2500 * step - CARD_GAP}px`);
    expect(screen.queryByText(/more$/)).toBeNull();

    // Scrolled to the 2,000th card: that part of the column is drawn, the top is not.
    const scroller = columnEl("delivery_queue").querySelector<HTMLElement>(".column__body")!;
    Object.defineProperty(scroller, "scrollTop", { configurable: true, value: 2000 * step });
    act(() => {
      scroller.dispatchEvent(new Event("scroll"));
    });
    await waitFor(() => expect(drawn().some((c) => c.getAttribute("data-item-id") === "12000")).toBe(true));
    expect(drawn().some((c) => c.getAttribute("data-item-id") === "10000")).toBe(false);
    expect(drawn().length).toBeLessThan(20);
    const at2000 = drawn().find((c) => c.getAttribute("data-item-id") === "12000");
    expect(at2000?.style.transform).toBe(`translateY(${2000 * step}px)`);
  });

  it("shows the AppError message in a banner when the fetch fails", async () => {
    serveBoard(() => ({ code: "internal", message: "database is locked", field: null }));
    render(<App />);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("database is locked");
    expect(alert.getAttribute("data-error-code")).toBe("internal");
  });

  it("draws the board the page started with at once, then asks Rust only what changed since its cursor", async () => {
    const server = serveBoard(
      () => sample,
      (since) => ({ ...emptyDelta, since, cursor: since }),
    );
    window.equipflowStart = {
      clock: { now: "2026-11-25T12:00:00Z", today: "2026-11-25", zone: "Europe/Berlin" },
      language: { lang: "en", chosen: null, os: "en" },
      shop: rust.ownShop.demo,
      // The fixture's optional fields, as Rust sends them all.
      board: { ...sample, cursor: 40 } as BoardView_Serialize,
    };
    await takeStart();
    render(<App />);

    // In the first render: no round trip before the cards.
    expect(columnEl("approval").querySelector('[data-item-id="7"]')).not.toBeNull();
    await waitFor(() => expect(server.log).toEqual([{ cmd: "board_changes", since: 40 }]));

    // The start served the first draw only: a board drawn again (another shop, another language) asks Rust.
    render(<App />);
    await waitFor(() => expect(server.log).toContainEqual({ cmd: "board_get" }));
  });

  it("on data-changed asks Rust what changed since the board's cursor and moves the card", async () => {
    const start = { ...sample, cursor: 40 };
    const server = serveBoard(
      () => start,
      () => ({
        since: 40,
        cursor: 42,
        // Item 7 was approved: Rust places it second in assignment, after item 8.
        placed: [{ column: "assignment", index: 1, card: card({ itemId: 7, title: "Latitude 5440", version: 2, status: "needs_assignment" }) }],
        removed: [],
        counts: [
          { key: "approval", count: 0 },
          { key: "assignment", count: 3 },
          { key: "done", count: 0 },
        ],
        openItems: 3,
        pendingApprovals: 0,
        generatedAt: "2026-11-25T10:16:00Z",
      }),
    );
    render(<App />);
    await screen.findByText("Latitude 5440");
    expect(server.log).toEqual([{ cmd: "board_get" }]);

    await act(() => emit("data-changed", { reason: "item approved" }));

    await waitFor(() =>
      expect([...columnEl("assignment").querySelectorAll(".card")].map((c) => c.getAttribute("data-item-id"))).toEqual(["8", "7", "9"]),
    );
    expect(columnEl("approval").querySelector(".card")).toBeNull();
    expect(within(columnEl("assignment")).getByLabelText("3 items").textContent).toBe("3");
    expect(document.querySelector('[data-stat="pending-approvals"]')?.textContent).toBe("0 awaiting approval");
    expect(server.log).toEqual([{ cmd: "board_get" }, { cmd: "board_changes", since: 40 }]);

    // The next change starts from the delta's cursor.
    server.changes = (since) => ({
      since,
      cursor: since,
      placed: [],
      removed: [],
      counts: [
        { key: "approval", count: 0 },
        { key: "assignment", count: 3 },
        { key: "done", count: 0 },
      ],
      openItems: 3,
      pendingApprovals: 0,
      generatedAt: "2026-11-25T10:17:00Z",
    });
    await act(() => emit("data-changed", { reason: "x" }));
    await waitFor(() => expect(server.log).toHaveLength(3));
    expect(server.log[2]).toEqual({ cmd: "board_changes", since: 42 });
    expect(server.calls).toBe(1);
  });

  it("loads the whole board when the delta does not fit or cannot be had", async () => {
    let current: BoardView = { ...sample, cursor: 40 };
    // A delta from another cursor: applyDelta refuses it.
    const server = serveBoard(
      () => current,
      () => ({ since: 7, cursor: 50, placed: [], removed: [], counts: [], openItems: 0, pendingApprovals: 0, generatedAt: "" }),
    );
    render(<App />);
    await screen.findByText("Latitude 5440");

    current = board(
      [column("approval", [card({ itemId: 7, title: "Latitude 7450", reason: "Approved by Sam" })], { title: "Approval" })],
      { openItems: 1, pendingApprovals: 0, cursor: 50 },
    );
    await act(() => emit("data-changed", { reason: "item approved" }));

    await screen.findByText("Latitude 7450");
    expect(screen.queryByText("Latitude 5440")).toBeNull();
    screen.getByText("Approved by Sam");
    expect(server.log).toEqual([{ cmd: "board_get" }, { cmd: "board_changes", since: 40 }, { cmd: "board_get" }]);

    // The delta call itself fails: the whole board again.
    server.changes = () => ({ code: "internal", message: "no delta", field: null });
    current = board([column("approval", [card({ itemId: 7, title: "Latitude 9450" })], { title: "Approval" })], { cursor: 51 });
    await act(() => emit("data-changed", { reason: "x" }));
    await screen.findByText("Latitude 9450");
    expect(server.log.slice(3)).toEqual([{ cmd: "board_changes", since: 50 }, { cmd: "board_get" }]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("Refresh loads the whole board", async () => {
    const server = serveBoard(() => ({ ...sample, cursor: 40 }));
    render(<App />);
    await screen.findByText("Latitude 5440");
    await waitFor(() => expect((screen.getByRole("button", { name: "Refresh" }) as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(server.calls).toBe(2));
    expect(server.log).toEqual([{ cmd: "board_get" }, { cmd: "board_get" }]);
  });

  it("keeps the last board on screen when a refetch fails, and recovers", async () => {
    let reply: BoardView | AppError = sample;
    serveBoard(() => reply);
    render(<App />);
    await screen.findByText("Latitude 5440");

    reply = { code: "conflict", message: "busy, try again", field: null };
    await act(() => emit("data-changed", { reason: "x" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("busy, try again");
    screen.getByText("Latitude 5440");

    reply = sample;
    await act(() => emit("data-changed", { reason: "y" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
