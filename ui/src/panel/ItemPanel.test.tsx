import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import type { AppError, CandidateView, ItemDetail, ItemMoves, MoveOption } from "../bindings";
import { board, card, column } from "../test/fixtures";
import { rust, shellReply } from "../test/rust";

const sample = board([
  column("approval", [
    card({
      itemId: 7,
      version: 3,
      orderId: 70,
      orderNumber: "EF-001042",
      title: "Latitude 5440",
      orderItemCount: 2,
      position: 1,
    }),
  ]),
]);

function detail(overrides: Partial<ItemDetail> = {}): ItemDetail {
  return {
    itemId: 7,
    version: 3,
    orderId: 70,
    orderNumber: "EF-001042",
    status: "awaiting_approval",
    statusLabel: "Awaiting approval",
    holdReason: null,
    requestedSpecs: { ram_gb: "16", cpu: "i7" },
    windowStart: "2026-12-01",
    windowEnd: "2026-12-05",
    address: "1 Main St, 1000 Brussels, BE",
    serials: ["SN-001", "SN-002"],
    bookingId: null,
    returnReceipt: false,
    timeline: [
      {
        at: "2026-11-20T09:00:00Z",
        actor: "system",
        kind: "created",
        from: "new",
        to: "new",
        fromLabel: "New",
        toLabel: "New",
        kindLabel: "Created",
        decisionPoint: null,
        reasons: [],
        override: false,
        note: null,
      },
      {
        at: "2026-11-20T09:00:01Z",
        actor: "rules",
        kind: "transition",
        from: "new",
        to: "awaiting_approval",
        fromLabel: "New",
        toLabel: "Awaiting approval",
        kindLabel: "Moved",
        decisionPoint: "D1",
        reasons: ["High line value: line value 2400 > 2000"],
        override: false,
        note: null,
      },
    ],
    ...overrides,
  };
}

function candidate(overrides: Partial<CandidateView> & Pick<CandidateView, "productId" | "name">): CandidateView {
  return {
    fullMatch: false,
    explanation: "",
    matches: [],
    differs: [],
    freeUnits: 1,
    unitPrice: { cents: 139_000, currency: "EUR" },
    available: true,
    unavailableReason: null,
    dearerBy: null,
    ...overrides,
  };
}

function move(overrides: Partial<MoveOption> & Pick<MoveOption, "action" | "label" | "input">): MoveOption {
  return { targets: [], enabled: true, disabledReason: null, ...overrides };
}

const approvalMoves: ItemMoves = {
  itemId: 7,
  version: 3,
  moves: [
    move({ action: "approve", label: "Approve", input: "note", targets: ["assignment"] }),
    move({ action: "reject", label: "Reject", input: "reason", targets: ["done"] }),
    move({ action: "hold", label: "Put on hold", input: "reason" }),
    move({ action: "mark_prepared", label: "Mark prepared", input: "none", enabled: false, disabledReason: "on hold: waiting" }),
  ],
};

type Server = {
  detail: ItemDetail;
  moves: ItemMoves;
  candidates: CandidateView[];
  /** Answer for any write command; a value means Rust refused. */
  refuse: AppError | null;
  calls: { cmd: string; args: unknown }[];
};

function serve(overrides: Partial<Server> = {}): Server {
  const s: Server = { detail: detail(), moves: approvalMoves, candidates: [], refuse: null, calls: [], ...overrides };
  mockIPC(
    (cmd, args) => {
      if (shellReply(cmd) !== undefined) return shellReply(cmd);
      s.calls.push({ cmd, args });
      switch (cmd) {
        case "board_get":
          return sample;
        case "item_detail":
          return s.detail;
        case "item_moves":
          return s.moves;
        case "item_candidates":
          return s.candidates;
        case "reference_get":
          return { services: [], customers: [], resources: [{ id: 4, name: "Van 1", kind: "vehicle", capacity: 2 }] };
        default:
          if (s.refuse) return Promise.reject(s.refuse);
          // What Rust answered to an approval the flow carried on from.
          return { ...rust.outcomes.approved, itemId: 7 };
      }
    },
    { shouldMockEvents: true },
  );
  return s;
}

function count(s: Server, cmd: string): number {
  return s.calls.filter((c) => c.cmd === cmd).length;
}

async function openPanel(): Promise<HTMLElement> {
  render(<App />);
  const cardEl = await screen.findByText("Latitude 5440");
  fireEvent.click(cardEl);
  const panel = await screen.findByRole("dialog");
  await within(panel).findByText("Timeline");
  return panel;
}

describe("item panel", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("opens from a card and shows the request and the timeline, newest first", async () => {
    // The window is written near today: day and month, no year.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T12:00:00Z"));
    serve({ detail: detail({ holdReason: "Customer asked to wait" }) });
    const panel = await openPanel();
    const p = within(panel);

    expect(panel.getAttribute("data-panel-item-id")).toBe("7");
    expect(panel.getAttribute("aria-modal")).toBe("false");
    expect(p.getByRole("heading", { level: 2 }).textContent).toContain("Latitude 5440");
    p.getByText("EF-001042");
    p.getByText("Awaiting approval");
    p.getByText("Customer asked to wait");
    p.getByText("1 – 5 Dec");
    p.getByText("SN-002");
    p.getByText("i7");

    const entries = panel.querySelectorAll(".timeline__entry");
    expect(entries).toHaveLength(2);
    expect(entries[0]!.textContent).toContain("New → Awaiting approval");
    expect(entries[0]!.textContent).toContain("D1");
    expect(entries[0]!.textContent).toContain("High line value: line value 2400 > 2000");
    expect(entries[1]!.textContent).toContain("Created");

    const disabled = p.getByRole("button", { name: "Mark prepared" }) as HTMLButtonElement;
    expect(disabled.disabled).toBe(true);
    p.getByText("on hold: waiting");

    fireEvent.keyDown(document.body, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("closes with the close button", async () => {
    serve();
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: "Close panel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("approves with a note", async () => {
    const s = serve();
    const panel = await openPanel();
    const p = within(panel);

    fireEvent.click(p.getByRole("button", { name: /^Approve/ }));
    fireEvent.change(p.getByLabelText(/Approve — note/), { target: { value: "Budget confirmed" } });
    fireEvent.click(p.getByRole("button", { name: "Approve" }));

    await waitFor(() => expect(count(s, "item_approve")).toBe(1));
    expect(s.calls.find((c) => c.cmd === "item_approve")!.args).toEqual({ itemId: 7, version: 3, note: "Budget confirmed" });
    await waitFor(() => expect(p.queryByLabelText(/Approve — note/)).toBeNull());
    // The panel says, in Rust's words, where the approved item went and why; Rust offers no Undo
    // once the flow carried it on.
    const said = p.getByRole("status");
    const { step, sentence } = rust.outcomes.approved;
    expect(said.textContent).toContain(`${step} — ${sentence}`);
    expect(within(said).queryByRole("button", { name: /^Undo/ })).toBeNull();
    fireEvent.click(within(said).getByRole("button", { name: "Dismiss" }));
    expect(said.textContent).toBe("");
  });

  it("shows Rust's refusal next to the control and keeps what was typed", async () => {
    const s = serve({ refuse: { code: "validation", message: "A reason is required to reject.", field: "reason" } });
    const panel = await openPanel();
    const p = within(panel);

    fireEvent.click(p.getByRole("button", { name: /^Reject/ }));
    fireEvent.click(p.getByRole("button", { name: "Reject" }));

    const alert = await p.findByRole("alert");
    expect(alert.textContent).toContain("A reason is required to reject.");
    expect(alert.textContent).toContain("(reason)");
    expect(alert.closest("[data-move]")?.getAttribute("data-move")).toBe("reject");
    expect(count(s, "item_reject")).toBe(1);
    // The form stays open for another try.
    p.getByLabelText(/Reject — reason/);
  });

  it("lists ranked candidates and picks one", async () => {
    const s = serve({
      detail: detail({ status: "needs_assignment" }),
      moves: {
        itemId: 7,
        version: 5,
        moves: [move({ action: "assign", label: "Pick the product", input: "product", targets: ["preparation"] })],
      },
      candidates: [
        candidate({ productId: 31, name: "Latitude 5440 i7/16", fullMatch: true, matches: ["cpu=i7", "ram=16GB"], freeUnits: 4 }),
        candidate({ productId: 32, name: "Latitude 5450 i5/16", matches: ["ram=16GB"], differs: ["cpu=i7"], freeUnits: 2, dearerBy: { cents: 12_000, currency: "EUR" } }),
        candidate({ productId: 33, name: "Latitude 7450", available: false, freeUnits: 0, unavailableReason: "only 0 of 1 free from Tue 1 Dec 2026 on" }),
      ],
    });
    const panel = await openPanel();
    const p = within(panel);

    const rows = panel.querySelectorAll(".candidate");
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain("Full match");
    expect(rows[0]!.textContent).toContain("Matches: cpu=i7, ram=16GB");
    expect(rows[0]!.textContent).toContain("4 free units");
    expect(rows[0]!.textContent).toContain("€1,390.00");
    expect(rows[1]!.textContent).toContain("Differs on: cpu=i7");
    // What cannot be had says so and offers no Pick.
    expect(rows[2]!.textContent).toContain("Not available: only 0 of 1 free from Tue 1 Dec 2026 on");
    expect(p.queryByRole("button", { name: "Pick Latitude 7450" })).toBeNull();

    // A dearer one asks why, and the note goes with the pick.
    fireEvent.change(p.getByLabelText(/Costs €120.00 more each/), { target: { value: "customer agreed" } });
    fireEvent.click(p.getByRole("button", { name: "Pick Latitude 5450 i5/16" }));
    await waitFor(() => expect(count(s, "item_assign")).toBe(1));
    expect(s.calls.find((c) => c.cmd === "item_assign")!.args).toEqual({ itemId: 7, version: 5, productId: 32, note: "customer agreed" });
  });

  it("splits the item off its multi-item order", async () => {
    const s = serve();
    const panel = await openPanel();
    fireEvent.click(within(panel).getByRole("button", { name: "Split off this item" }));
    await waitFor(() => expect(count(s, "order_split")).toBe(1));
    expect(s.calls.find((c) => c.cmd === "order_split")!.args).toEqual({ orderId: 70, items: [{ itemId: 7, version: 3 }] });
  });

  it("reloads its detail and moves on data-changed", async () => {
    const s = serve();
    const panel = await openPanel();
    expect(count(s, "item_detail")).toBe(1);

    s.detail = detail({
      status: "preparing",
      timeline: [
        ...detail().timeline,
        {
          at: "2026-11-21T10:00:00Z",
          actor: "Sam",
          kind: "transition",
          from: "awaiting_approval",
          to: "preparing",
          fromLabel: "Awaiting approval",
          toLabel: "Preparing",
          kindLabel: "Moved",
          decisionPoint: "D1",
          reasons: [],
          override: true,
          note: "Budget confirmed",
        },
      ],
    });
    s.moves = { itemId: 7, version: 4, moves: [move({ action: "mark_prepared", label: "Mark prepared", input: "none" })] };
    await act(() => emit("data-changed", { reason: "item approved" }));

    const p = within(panel);
    await p.findByText("“Budget confirmed”");
    const first = panel.querySelector(".timeline__entry");
    expect(first!.textContent).toContain("Awaiting approval → Preparing");
    expect(first!.textContent).toContain("Sam");
    expect(first!.textContent).toContain("Override");
    p.getByRole("button", { name: "Mark prepared" });
    expect(p.queryByRole("button", { name: /^Approve/ })).toBeNull();
    expect(count(s, "item_detail")).toBeGreaterThanOrEqual(2);
    expect(count(s, "item_moves")).toBeGreaterThanOrEqual(2);

    fireEvent.click(p.getByRole("button", { name: "Mark prepared" }));
    await waitFor(() => expect(count(s, "item_mark_prepared")).toBe(1));
    expect(s.calls.find((c) => c.cmd === "item_mark_prepared")!.args).toEqual({ itemId: 7, version: 4, scans: [] });
  });

  it("schedules through the slot form and shows Rust's conflict", async () => {
    const s = serve({
      detail: detail({ status: "ready" }),
      moves: {
        itemId: 7,
        version: 6,
        moves: [move({ action: "schedule", label: "Schedule the delivery", input: "slot", targets: ["scheduled"] })],
      },
      refuse: { code: "conflict", message: "Van 1 is booked 09:00–10:00", field: null },
    });
    const panel = await openPanel();
    const p = within(panel);

    await waitFor(() => expect((p.getByLabelText("Resource") as HTMLSelectElement).value).toBe("4"));
    // The date typed as a person does, day first in en-GB.
    const user = userEvent.setup();
    await user.click(within(p.getByRole("group", { name: "Date" })).getAllByRole("spinbutton")[0]!);
    await user.keyboard("01122026");
    fireEvent.change(p.getByLabelText("Start"), { target: { value: "09:00" } });
    fireEvent.change(p.getByLabelText("Minutes"), { target: { value: "60" } });
    fireEvent.click(p.getByRole("button", { name: "Schedule" }));

    expect((await p.findByRole("alert")).textContent).toContain("Van 1 is booked 09:00–10:00");
    const call = s.calls.find((c) => c.cmd === "item_schedule")!;
    expect(call.args).toEqual({
      input: {
        itemId: 7,
        expectedVersion: 6,
        resourceId: 4,
        start: new Date(2026, 11, 1, 9, 0).toISOString().replace(".000Z", "Z"),
        end: new Date(2026, 11, 1, 10, 0).toISOString().replace(".000Z", "Z"),
        overrideReason: null,
      },
    });
  });

  it("Esc in a note field closes the field, not the panel", async () => {
    serve();
    const panel = await openPanel();
    const p = within(panel);
    fireEvent.click(p.getByRole("button", { name: /^Hold|^Put on hold/ }));
    const field = p.getByLabelText(/Put on hold — reason/);
    fireEvent.keyDown(field, { key: "Escape" });
    await waitFor(() => expect(p.queryByLabelText(/Put on hold — reason/)).toBeNull());
    screen.getByRole("dialog");
  });
});
