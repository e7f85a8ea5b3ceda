import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import type { AppError, BoardView } from "../bindings";
import { board, card, column } from "../test/fixtures";
import { rust, shellReply } from "../test/rust";

// What Rust answered to an approval the flow carried on from (a shortage hold).
const approved = rust.outcomes.approved;
const approvedLine = `${approved.step} — ${approved.sentence}`;

const three = [
  card({
    itemId: 7,
    version: 3,
    orderNumber: "EF-001042",
    position: 2,
    orderItemCount: 3,
    title: "Latitude 5440",
    customerName: "Northwind Ltd",
    recipientName: "Ada Lovelace",
    reason: "High line value: line value 2400 > 2000",
    onHold: true,
    holdReason: "Customer asked to wait",
    dueDate: "2026-11-20",
  }),
  card({ itemId: 8, version: 5, orderNumber: "EF-001043", title: "ThinkPad X1", reason: "New customer" }),
  card({ itemId: 9, version: 1, orderNumber: "EF-001044", title: "iPhone 16", reason: "Swap outside policy" }),
];

function sampleBoard(cards = three): BoardView {
  return board(
    [
      column("approval", cards, { title: "Approval" }),
      column("assignment", [card({ itemId: 20, status: "needs_assignment" })], { title: "Assignment" }),
    ],
    { pendingApprovals: cards.length },
  );
}

type Server = {
  board: BoardView;
  /** Rust's refusal for an item, if it refuses it. */
  refuse: (cmd: string, args: Record<string, unknown>) => AppError | null;
  calls: { cmd: string; args: Record<string, unknown> }[];
};

function serve(overrides: Partial<Server> = {}): Server {
  const s: Server = { board: sampleBoard(), refuse: () => null, calls: [], ...overrides };
  mockIPC(
    (cmd, payload) => {
      if (shellReply(cmd) !== undefined) return shellReply(cmd);
      const args = (payload ?? {}) as Record<string, unknown>;
      if (cmd === "board_get") return s.board;
      s.calls.push({ cmd, args });
      const error = s.refuse(cmd, args);
      if (error) return Promise.reject(error);
      return { ...approved, itemId: args.itemId, version: Number(args.version) + 1 };
    },
    { shouldMockEvents: true },
  );
  return s;
}

async function openInbox(): Promise<HTMLElement> {
  render(<App />);
  const badge = await waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-stat="pending-approvals"]');
    if (!el) throw new Error("no badge yet");
    return el;
  });
  expect(badge.tagName).toBe("BUTTON");
  fireEvent.click(badge);
  return screen.findByRole("dialog", { name: "Approvals" });
}

function row(dialog: HTMLElement, itemId: number): HTMLElement {
  const el = dialog.querySelector<HTMLElement>(`[data-inbox-item-id="${itemId}"]`);
  if (!el) throw new Error(`no row ${itemId}`);
  return el;
}

function check(dialog: HTMLElement, itemId: number) {
  fireEvent.click(within(row(dialog, itemId)).getByRole("checkbox"));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-25T12:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("approvals inbox", () => {
  it("opens from the badge and lists the approval column's cards", async () => {
    serve();
    const dialog = await openInbox();
    const rows = dialog.querySelectorAll("[data-inbox-item-id]");
    expect([...rows].map((r) => r.getAttribute("data-inbox-item-id"))).toEqual(["7", "8", "9"]);

    const first = within(row(dialog, 7));
    first.getByText("EF-001042");
    first.getByText("item 2 of 3");
    first.getByText("Latitude 5440");
    expect(first.getByText(/Northwind Ltd/).textContent).toContain("Ada Lovelace");
    first.getByText("High line value: line value 2400 > 2000");
    first.getByText("Overdue 5d · 20 Nov");
    first.getByText("On hold");
  });

  it("closes on Escape", async () => {
    serve();
    const dialog = await openInbox();
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("select all selects every row, and unselects them again", async () => {
    serve();
    const dialog = await openInbox();
    const all = within(dialog).getByRole("checkbox", { name: "Select all" }) as HTMLInputElement;
    fireEvent.click(all);
    const boxes = [7, 8, 9].map((id) => within(row(dialog, id)).getByRole("checkbox") as HTMLInputElement);
    expect(boxes.every((b) => b.checked)).toBe(true);
    within(dialog).getByText("3 selected");
    fireEvent.click(all);
    expect(boxes.some((b) => b.checked)).toBe(false);
  });

  it("approves the selected items one by one with their versions and the note", async () => {
    const s = serve();
    const dialog = await openInbox();
    check(dialog, 7);
    check(dialog, 9);
    fireEvent.change(within(dialog).getByLabelText("Note or reason"), { target: { value: "Budget ok" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Approve selected" }));

    await within(dialog).findByText("2 approved");
    expect(s.calls).toEqual([
      { cmd: "item_approve", args: { itemId: 7, version: 3, note: "Budget ok" } },
      { cmd: "item_approve", args: { itemId: 9, version: 1, note: "Budget ok" } },
    ]);
    // Each row says what was done, where its item went and why, in Rust's words.
    expect(within(row(dialog, 7)).getByRole("status").textContent).toBe(approvedLine);
    within(row(dialog, 9)).getByRole("status");
    // So does the footer, which stays once the refetch takes the rows away.
    expect(dialog.querySelectorAll(".inbox__said li")).toHaveLength(2);
    expect(row(dialog, 8).querySelector(".inbox-row__outcome")).toBeNull();
    // The note was used up: the field is empty for the next batch.
    expect((within(dialog).getByLabelText("Note or reason") as HTMLTextAreaElement).value).toBe("");
  });

  it("shows Rust's refusal on its row while the other items still run", async () => {
    const s = serve({
      refuse: (cmd, args) =>
        cmd === "item_reject" && args.itemId === 8
          ? { code: "conflict", message: "EF-001043 changed since you loaded it", field: null }
          : null,
    });
    const dialog = await openInbox();
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Select all" }));
    fireEvent.change(within(dialog).getByLabelText("Note or reason"), { target: { value: "Over budget" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject selected" }));

    await within(dialog).findByText("2 rejected, 1 refused");
    expect(s.calls.map((c) => c.args.itemId)).toEqual([7, 8, 9]);
    expect(within(row(dialog, 8)).getByRole("alert").textContent).toContain("EF-001043 changed since you loaded it");
    expect(within(row(dialog, 7)).getByRole("status").textContent).toBe(approvedLine);
    expect(within(row(dialog, 9)).getByRole("status").textContent).toBe(approvedLine);
    // The refused row stays selected for another try.
    expect((within(row(dialog, 8)).getByRole("checkbox") as HTMLInputElement).checked).toBe(true);
  });

  it("sends an empty reason and shows Rust's refusal of it", async () => {
    serve({
      refuse: (cmd, args) =>
        cmd === "item_reject" && args.reason === "" ? { code: "validation", message: "a reason is required", field: "reason" } : null,
    });
    const dialog = await openInbox();
    check(dialog, 8);
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject selected" }));
    await within(row(dialog, 8)).findByText("a reason is required");
    within(dialog).getByText("0 rejected, 1 refused");
  });

  it("drops rows whose item left the column after a refetch", async () => {
    const s = serve();
    const dialog = await openInbox();
    check(dialog, 7);
    fireEvent.click(within(dialog).getByRole("button", { name: "Approve selected" }));
    // One item: the footer says where it went, not "1 approved".
    await waitFor(() => expect(dialog.querySelector(".inbox__summary")?.textContent).toBe(approvedLine));

    s.board = sampleBoard(three.slice(1));
    await act(() => emit("data-changed", { reason: "item approved" }));

    await waitFor(() => expect(dialog.querySelector('[data-inbox-item-id="7"]')).toBeNull());
    expect(dialog.querySelectorAll("[data-inbox-item-id]")).toHaveLength(2);
    within(dialog).getByText("2 items awaiting approval");
    expect(dialog.querySelector(".inbox__summary")?.textContent).toBe(approvedLine);
  });
});
