import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AppError, BoardDelta, BoardView, FlowStats } from "../bindings";
import { board, card, column } from "../test/fixtures";
import { expectLabelHoldsText } from "../test/labelInName";
import { FlowScreen } from "./FlowScreen";

// xyflow measures with ResizeObserver and reads transforms with DOMMatrix;
// jsdom has neither. Stubs here, not in the shared setup.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

class DOMMatrixStub {
  m22: number;
  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? "");
    this.m22 = scale ? Number(scale[1]) : 1;
  }
}

const saved: Record<string, unknown> = {};
beforeAll(() => {
  for (const name of ["ResizeObserver", "DOMMatrixReadOnly"] as const) saved[name] = (globalThis as Record<string, unknown>)[name];
  (globalThis as Record<string, unknown>).ResizeObserver = ResizeObserverStub;
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly = DOMMatrixStub;
});
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) (globalThis as Record<string, unknown>)[name] = value;
});

const sampleBoard: BoardView = board(
  [
    column("approval", [card({ itemId: 1 }), card({ itemId: 2, onHold: true, holdReason: "Customer asked to wait" })], {
      decisionPoint: "D1",
      title: "Approval",
    }),
    column("assignment", [card({ itemId: 3, status: "needs_assignment" })], { decisionPoint: "D2", title: "Service assignment" }),
    column("preparation", [card({ itemId: 4, status: "preparing" }), card({ itemId: 5, status: "assigned" }), card({ itemId: 6, status: "preparing" })], {
      decisionPoint: "D3",
      title: "Preparation",
    }),
    column("delivery_queue", [], { decisionPoint: "D4", title: "Delivery queue" }),
    column("done", [card({ itemId: 9, status: "completed" })], { decisionPoint: "✓", title: "Done" }),
  ],
  { openItems: 6, pendingApprovals: 2 },
);

const sampleStats: FlowStats = {
  edges: [
    { from: "new", to: "awaiting_approval", fromNode: { kind: "intake" }, toNode: { kind: "column", column: "approval" }, direction: "forward", today: 2, lastSevenDays: 9 },
    { from: "awaiting_approval", to: "assigned", fromNode: { kind: "column", column: "approval" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 1, lastSevenDays: 4 },
    { from: "needs_assignment", to: "assigned", fromNode: { kind: "column", column: "assignment" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 0, lastSevenDays: 3 },
    { from: "assigned", to: "preparing", fromNode: { kind: "column", column: "preparation" }, toNode: { kind: "column", column: "preparation" }, direction: "forward", today: 3, lastSevenDays: 7 },
    { from: "preparing", to: "ready", fromNode: { kind: "column", column: "preparation" }, toNode: { kind: "column", column: "delivery_queue" }, direction: "forward", today: 5, lastSevenDays: 11 },
    { from: "ready", to: "preparing", fromNode: { kind: "column", column: "delivery_queue" }, toNode: { kind: "column", column: "preparation" }, direction: "back", today: 1, lastSevenDays: 1 },
    { from: "awaiting_approval", to: "cancelled", fromNode: { kind: "column", column: "approval" }, toNode: { kind: "cancelled" }, direction: "exit", today: 0, lastSevenDays: 2 },
  ],
};

type Reply<T> = () => T | AppError;

function serve(boardReply: Reply<BoardView>, flowReply: Reply<FlowStats>, changesReply?: Reply<BoardDelta>) {
  const calls = { board_get: 0, flow_get: 0, board_changes: 0 };
  mockIPC(
    (cmd) => {
      if (cmd !== "board_get" && cmd !== "flow_get" && !(cmd === "board_changes" && changesReply))
        throw new Error(`unexpected command ${cmd}`);
      calls[cmd] += 1;
      const reply = cmd === "board_get" ? boardReply() : cmd === "flow_get" ? flowReply() : changesReply!();
      if ("code" in reply) return Promise.reject(reply);
      return reply;
    },
    { shouldMockEvents: true },
  );
  return calls;
}

function nodeEl(key: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-flow-node="${key}"]`);
  if (!el) throw new Error(`no node ${key}`);
  return el;
}

function count(key: string): string | null | undefined {
  return nodeEl(key).querySelector("[data-count]")?.textContent;
}

async function waitForNodes() {
  await waitFor(() => expect(document.querySelector('[data-flow-node="approval"]')).not.toBeNull(), { timeout: 5000 });
}

describe("flow diagram", () => {
  it("shows each decision point with the count Rust computed for its column", async () => {
    serve(
      () => sampleBoard,
      () => sampleStats,
    );
    render(<FlowScreen onOpenColumn={() => {}} />);
    await waitForNodes();

    expect(count("approval")).toBe("2");
    expect(count("assignment")).toBe("1");
    expect(count("preparation")).toBe("3");
    expect(count("delivery_queue")).toBe("0");
    expect(count("done")).toBe("1");
    expect(nodeEl("approval").textContent).toContain("Approval");
    expect(nodeEl("approval").textContent).toContain("D1");
    expect(nodeEl("approval").textContent).toContain("1 on hold");
    // The intake counts what entered today; the exit what was cancelled in the last 7 days.
    expect(count("intake")).toBe("2");
    expect(count("cancelled")).toBe("2");
    // Moves inside a column are shown on its node, not as a loop.
    expect(nodeEl("preparation").textContent).toContain("inside today 3 · 7 days 7");
    screen.getByText("equipflow");
    expect(document.querySelector('[data-stat="moves-today"]')?.textContent).toBe("12 moves today");
    expect(document.querySelector('[data-stat="moves-last-7-days"]')?.textContent).toBe("37 in the last 7 days");
  });

  it("labels each path with how many items took it today and in the last 7 days", async () => {
    serve(
      () => sampleBoard,
      () => sampleStats,
    );
    render(<FlowScreen onOpenColumn={() => {}} />);
    await waitFor(() => expect(document.querySelector("[data-edge]")).not.toBeNull(), { timeout: 5000 });

    const label = (id: string) => document.querySelector(`[data-edge="${id}"]`)?.textContent;
    expect(label("intake->approval")).toBe("today 2 · 7 days 9");
    expect(label("approval->preparation")).toBe("today 1 · 7 days 4");
    expect(label("assignment->preparation")).toBe("today 0 · 7 days 3");
    expect(label("preparation->delivery_queue")).toBe("today 5 · 7 days 11");
    expect(label("delivery_queue->preparation")).toBe("today 1 · 7 days 1");
    expect(label("approval->cancelled")).toBe("today 0 · 7 days 2");
    expect(label("preparation->preparation")).toBeUndefined();
    // Kinds: the step back and the exit are told apart from the way forward.
    expect(document.querySelector('[data-edge="delivery_queue->preparation"]')?.className).toContain("flow-edge-label--back");
    expect(document.querySelector('[data-edge="approval->cancelled"]')?.className).toContain("flow-edge-label--exit");
    expect(document.querySelector('[data-edge="assignment->preparation"]')?.className).toContain("flow-edge-label--idle");
  });

  it("opens the board column of a clicked node, or of a node chosen with Enter", async () => {
    serve(
      () => sampleBoard,
      () => sampleStats,
    );
    const onOpenColumn = vi.fn();
    render(<FlowScreen onOpenColumn={onOpenColumn} />);
    await waitForNodes();

    fireEvent.click(nodeEl("preparation"));
    expect(onOpenColumn).toHaveBeenCalledWith("preparation");

    // A node that is a column is a button: focusable, Enter activates it.
    // Its name starts with the words it shows, so "D1 Approval" said aloud finds it.
    const approval = screen.getByRole("button", { name: /^D1 Approval: 2 items, 1 on hold\. Open the column/ });
    for (const node of document.querySelectorAll("button[data-flow-node]")) expectLabelHoldsText(node);
    approval.focus();
    expect(document.activeElement).toBe(approval);
    fireEvent.keyDown(approval, { key: "Enter" });
    fireEvent.click(approval); // what the browser does for Enter on a button
    expect(onOpenColumn).toHaveBeenLastCalledWith("approval");

    // The intake and the exit are not columns: nothing to open.
    onOpenColumn.mockClear();
    fireEvent.click(nodeEl("intake"));
    fireEvent.click(nodeEl("cancelled"));
    expect(onOpenColumn).not.toHaveBeenCalled();
    expect(nodeEl("intake").tagName).toBe("DIV");
  });

  it("shows why the diagram could not load, and loads again on Retry", async () => {
    let failing = true;
    serve(
      () => sampleBoard,
      () => (failing ? { code: "internal", message: "database is locked", field: null } : sampleStats),
    );
    render(<FlowScreen onOpenColumn={() => {}} />);

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not load the flow diagram.");
    expect(alert.textContent).toContain("database is locked");
    expect(alert.getAttribute("data-error-code")).toBe("internal");
    expect(document.querySelector("[data-flow-node]")).toBeNull();

    failing = false;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitForNodes();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("reloads when Rust says data changed", async () => {
    let approvals = 2;
    const calls = serve(
      () =>
        board([column("approval", Array.from({ length: approvals }, (_, i) => card({ itemId: 100 + i })), { title: "Approval" })]),
      () => sampleStats,
    );
    render(<FlowScreen onOpenColumn={() => {}} />);
    await waitForNodes();
    expect(count("approval")).toBe("2");

    approvals = 5;
    await act(async () => {
      await emit("data-changed", { reason: "test" });
    });
    await waitFor(() => expect(count("approval")).toBe("5"));
    expect(calls.flow_get).toBeGreaterThanOrEqual(2);
  });

  it("brings its counts up to date with the board's delta, not the whole board", async () => {
    const calls = serve(
      () => board([column("approval", [card({ itemId: 100 }), card({ itemId: 101 })], { title: "Approval" })]),
      () => sampleStats,
      () => ({
        since: 0,
        cursor: 7,
        placed: [102, 103, 104].map((itemId, i) => ({ column: "approval", index: 2 + i, card: card({ itemId }) })),
        removed: [],
        counts: [{ key: "approval", count: 5 }],
        openItems: 5,
        pendingApprovals: 5,
        generatedAt: "2026-11-25T12:00:00Z",
      }),
    );
    render(<FlowScreen onOpenColumn={() => {}} />);
    await waitForNodes();
    expect(count("approval")).toBe("2");
    await act(async () => {
      await emit("data-changed", { reason: "test" });
    });
    await waitFor(() => expect(count("approval")).toBe("5"));
    expect(calls.board_changes).toBe(1);
    expect(calls.board_get).toBe(1);
  });
});
