import { mockIPC } from "@tauri-apps/api/mocks";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError, DayPlan, DaySheet, DropMap, ItemMoves, MoveOption, PlannerBooking, PlannerResource, PlannerView, QueueEntry } from "../bindings";
import { addDays, localIsoDate } from "../format";
import { PlannerScreen } from "./PlannerScreen";
import { expectLabelHoldsText } from "../test/labelInName";
import { rust, rustOutcome } from "../test/rust";

// The expected instants below are written in UTC: draw the planner in UTC too.
process.env.TZ = "UTC";

const today = () => localIsoDate(new Date());

function resource(overrides: Partial<PlannerResource> = {}): PlannerResource {
  return {
    id: 1,
    name: "Dana Driver",
    kind: "driver",
    capacity: 10,
    workStart: "08:00",
    workEnd: "17:00",
    workDays: [1, 2, 3, 4, 5, 6, 7],
    daysOff: [],
    skills: [],
    version: 1,
    bookings: [],
    ...overrides,
  };
}

function booking(overrides: Partial<PlannerBooking> = {}): PlannerBooking {
  const d = today();
  return {
    bookingId: 70,
    start: `${d}T09:00:00Z`,
    end: `${d}T10:00:00Z`,
    orderId: 5,
    orderNumber: "EF-002001",
    customerName: "Contoso",
    itemIds: [31, 32],
    units: 3,
    status: "scheduled",
    statusLabel: "Scheduled",
    itemId: 31,
    itemVersion: 4,
    overrideReason: null,
    services: "Business laptop",
    kind: "delivery",
    kindLabel: "Delivery",
    ...overrides,
  };
}

function entry(overrides: Partial<QueueEntry> = {}): QueueEntry {
  return {
    orderId: 9,
    orderNumber: "EF-003001",
    customerName: "Northwind Ltd",
    deliveryGroup: 0,
    itemId: 41,
    itemVersion: 7,
    itemIds: [41],
    units: 2,
    windowStart: addDays(today(), -1),
    windowEnd: addDays(today(), 3),
    onHold: false,
    services: "Business laptop",
    needsTechnician: false,
    needs: "room for 2 units, any resource",
    kind: "delivery",
    kindLabel: "Delivery",
    ...overrides,
  };
}

function plannerView(overrides: Partial<PlannerView> = {}): PlannerView {
  return {
    from: addDays(today(), -1),
    days: 3,
    resources: [
      resource({ bookings: [booking()] }),
      resource({ id: 2, name: "Tom Tech", kind: "technician", workStart: "07:00", workEnd: "15:00", daysOff: [today()] }),
    ],
    queue: [entry(), entry({ orderId: 10, orderNumber: "EF-003002", itemId: 42, itemVersion: 2, onHold: true })],
    ...overrides,
  };
}

type Call = { cmd: string; args: Record<string, unknown> };

/** A drop map that marks nothing: Rust judges only the drop. */
function noMarks(args: Record<string, unknown>): DropMap {
  return {
    itemId: Number(args.itemId),
    day: String(args.day),
    durationMinutes: Number(args.durationMinutes),
    stepMinutes: 15,
    refused: null,
    resources: [],
  };
}

function move(overrides: Partial<MoveOption> & Pick<MoveOption, "action" | "label">): MoveOption {
  return { targets: [], input: "none", enabled: true, disabledReason: null, ...overrides };
}

/** What Rust's item_moves offers an item of a booking, by the booking's status (Rust's own answer for the demo shop). */
function bookingMoves(b: PlannerBooking): ItemMoves {
  const moves: Partial<Record<string, MoveOption[]>> = {
    scheduled: rust.moves.scheduled?.moves,
    in_delivery: rust.moves.in_delivery?.moves,
  };
  return { itemId: b.itemId, version: b.itemVersion, moves: moves[b.status] ?? [] };
}

/**
 * A fake Rust: planner_get answers `view` and item_moves the moves of a booking's status (reads, not
 * recorded); every other command `reply(cmd, args)`; an AppError is a rejection.
 */
function serve(
  reply: (cmd: string, args: Record<string, unknown>) => unknown = () => [],
  view = plannerView(),
  movesOf: (b: PlannerBooking) => ItemMoves = bookingMoves,
  dropMap: (args: Record<string, unknown>) => DropMap = noMarks,
) {
  const calls: Call[] = [];
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      if (cmd === "planner_get") return view;
      if (cmd === "planner_drop_map") return dropMap(args);
      if (cmd === "item_moves") {
        const b = view.resources.flatMap((r) => r.bookings).find((x) => x.itemId === args.itemId);
        return b ? movesOf(b) : Promise.reject({ code: "not_found", message: "no such item", field: null });
      }
      calls.push({ cmd, args });
      const r = reply(cmd, args);
      if (r && typeof r === "object" && "code" in r) return Promise.reject(r);
      return r;
    },
    { shouldMockEvents: true },
  );
  return calls;
}

/** jsdom has no layout: the tests say what is under the pointer and how wide a track is. */
let under: Element | null = null;

function track(resourceId: number): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-track][data-resource-id="${resourceId}"]`);
  if (!el) throw new Error(`no track ${resourceId}`);
  el.getBoundingClientRect = () => ({ left: 0, top: 0, width: 1100, height: 60, right: 1100, bottom: 60, x: 0, y: 0, toJSON: () => ({}) });
  return el;
}

function pointer(type: "pointerDown" | "pointerMove" | "pointerUp", target: Element | Window, x: number, y: number) {
  fireEvent[type](target, { pointerId: 1, button: 0, buttons: type === "pointerUp" ? 0 : 1, clientX: x, clientY: y });
}

/** Drags `el` to x on the element `to`, and lets go. */
async function dragTo(el: Element, to: Element, x: number) {
  pointer("pointerDown", el, 5, 5);
  under = to;
  pointer("pointerMove", window, 15, 9);
  pointer("pointerMove", window, x, 30);
  await act(async () => {
    pointer("pointerUp", window, x, 30);
  });
}

async function shown() {
  render(<PlannerScreen />);
  await screen.findByText("EF-003001");
}

const queueCard = (itemId: number) => document.querySelector<HTMLElement>(`[data-queue-item="${itemId}"]`)!;

beforeEach(() => {
  under = null;
  document.elementFromPoint = vi.fn(() => under);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the planner grid", () => {
  it("draws resources as rows with Rust's bookings, hours, days off and the queue", async () => {
    const calls = serve();
    await shown();

    const row1 = document.querySelector<HTMLElement>('.planner-row[data-resource-id="1"]')!;
    within(row1).getByText("Dana Driver");
    expect(row1.textContent).toContain("Driver · 10 units");
    expect(row1.textContent).toContain("08:00–17:00");
    const b = within(row1).getByRole("button", { name: /^Contoso EF-002001 09:00–10:00\s+Business laptop/ });
    expect(b.getAttribute("data-booking-id")).toBe("70");
    expect(b.textContent).toContain("09:00–10:00");

    // The technician is off today: greyed with the reason.
    const t2 = track(2);
    expect(t2.classList.contains("planner-track--off")).toBe(true);
    expect(t2.textContent).toContain("Day off");

    // Hours 07:00–17:00: from the earliest start to the latest end of both.
    expect(track(1).dataset.fromMin).toBe("420");
    expect(track(1).dataset.toMin).toBe("1020");

    expect(queueCard(41).textContent).toContain("Northwind Ltd");
    expect(queueCard(42).textContent).toContain("On hold");
    expect(calls).toEqual([]);
  });

  it("week view shows seven days per resource", async () => {
    serve();
    await shown();
    fireEvent.click(screen.getByRole("button", { name: "Week" }));
    await waitFor(() => expect(document.querySelectorAll('[data-week-cell][data-resource-id="1"]').length).toBe(7));
    const cell = document.querySelector(`[data-week-cell][data-resource-id="1"][data-day="${today()}"]`)!;
    expect(cell.textContent).toContain("EF-002001");
  });

  it("names each booking and queue card with the words it shows, in their order", async () => {
    serve(
      () => [],
      plannerView({
        resources: [resource({ bookings: [booking(), booking({ bookingId: 71, start: `${today()}T13:00:00Z`, end: `${today()}T14:30:00Z`, overrideReason: "Customer asked" })] })],
        queue: [entry(), entry({ orderId: 10, orderNumber: "EF-003002", itemId: 42, itemIds: [42, 43], onHold: true })],
      }),
    );
    await shown();
    const named = () => [...document.querySelectorAll("[data-booking-id], [data-queue-item]")];
    expect(named()).toHaveLength(4);
    // A day block is named by its own text (no aria-label), so its name holds what it shows.
    for (const el of named()) if (el.hasAttribute("aria-label")) expectLabelHoldsText(el);
    expect(document.querySelector('[data-queue-item="42"]')?.getAttribute("aria-label")).toMatch(
      /^EF-003002, on hold, 2 units, Northwind Ltd\. Business laptop\. Needs room for 2 units, any resource\. Window .*, 2 items together\. Enter to book/,
    );

    fireEvent.click(screen.getByRole("button", { name: "Week" }));
    await waitFor(() => expect(document.querySelectorAll("[data-week-cell] [data-booking-id]")).toHaveLength(2));
    for (const el of named()) expectLabelHoldsText(el);
    screen.getByRole("button", { name: /^09:00 EF-002001, Contoso, until 10:00 on Dana Driver\. 3 units\. Scheduled\./ });
  });
});

describe("dropping in the week view", () => {
  it("books the first free time of that day: after its last booking, or the start of hours", async () => {
    const calls = serve();
    await shown();
    fireEvent.click(screen.getByRole("button", { name: "Week" }));
    const d = today();
    const cell = (day: string) =>
      document.querySelector<HTMLElement>(`[data-week-cell][data-resource-id="1"][data-day="${day}"]`)!;
    await waitFor(() => expect(cell(d)).not.toBeNull());

    await dragTo(queueCard(41), cell(d), 10); // today: after the 09:00–10:00 booking
    await waitFor(() => expect(calls).toHaveLength(1));
    const first = (calls[0]!.args as { input: { start: string; end: string } }).input;
    expect([first.start, first.end]).toEqual([`${d}T10:00:00Z`, `${d}T11:00:00Z`]);

    // A day the week shows with nothing booked: the start of the resource's hours.
    const other = [...document.querySelectorAll<HTMLElement>('[data-week-cell][data-resource-id="1"]')]
      .map((c) => c.dataset.day!)
      .find((day) => day !== d)!;
    await dragTo(queueCard(41), cell(other), 10);
    await waitFor(() => expect(calls).toHaveLength(2));
    const second = (calls[1]!.args as { input: { start: string } }).input;
    expect(second.start).toBe(`${other}T08:00:00Z`);
  });
});

describe("dragging a queued delivery", () => {
  it("a drop on a row books that resource at the time under the pointer", async () => {
    const calls = serve(() => [rustOutcome({ itemId: 41, status: "scheduled", version: 8, onHold: false, reason: "" })]);
    await shown();
    const t = track(1);
    // 07:00–17:00 over 1100 px: x = 550 is 12:00.
    await dragTo(queueCard(41), t, 550);

    const d = today();
    await waitFor(() =>
      expect(calls).toEqual([
        {
          cmd: "item_schedule",
          args: {
            input: {
              itemId: 41,
              expectedVersion: 7,
              resourceId: 1,
              start: `${d}T12:00:00Z`,
              end: `${d}T13:00:00Z`,
              overrideReason: null,
            },
          },
        },
      ]),
    );
    await waitFor(() => expect(document.querySelector(".drag-ghost")).toBeNull());
  });

  it("while dragging, the row shows the time it would book", async () => {
    serve();
    await shown();
    const t = track(1);
    pointer("pointerDown", queueCard(41), 5, 5);
    under = t;
    pointer("pointerMove", window, 15, 9);
    pointer("pointerMove", window, 445, 30); // 07:00 + 445/1100 × 10 h ≈ 11:03 → 11:00
    const preview = await waitFor(() => {
      const p = t.querySelector("[data-drop-preview]");
      expect(p).not.toBeNull();
      return p!;
    });
    expect(preview.textContent).toBe("11:00–12:00");
    expect(document.querySelector("[data-ghost-target]")?.textContent).toBe("Dana Driver · 11:00–12:00");
    await act(async () => {
      fireEvent.keyDown(window, { key: "Escape" });
    });
  });

  it("a refused drop shows Rust's reason and nothing moves", async () => {
    const refusal: AppError = {
      code: "refused",
      message: "cannot book this slot: Dana Driver is already booked Wed 09:00–10:00 (with 30 min travel between jobs)",
      field: null,
    };
    const calls = serve(() => refusal);
    await shown();
    await dragTo(queueCard(41), track(1), 220); // 09:00

    // Said as a sentence next to the drop, not in a corner.
    const said = await screen.findByText(
      "Cannot book this slot: Dana Driver is already booked Wed 09:00–10:00 (with 30 min travel between jobs).",
    );
    expect(said.closest("[data-notice]")?.getAttribute("data-notice")).toBe("refused");
    expect(calls.map((c) => c.cmd)).toEqual(["item_schedule"]);
    // Still in the queue, still one booking on the row, no override asked.
    expect(queueCard(41)).not.toBeNull();
    expect(document.querySelectorAll('[data-track][data-resource-id="1"] [data-booking-id]').length).toBe(1);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("an overridable refusal asks for a reason and sends the same slot again with it", async () => {
    const message = "07:00–08:00 is outside Dana Driver's working hours 08:00–17:00";
    let first = true;
    const calls = serve((cmd) => {
      if (cmd === "item_schedule" && first) {
        first = false;
        return { code: "overridable", message, field: null } as AppError;
      }
      return [];
    });
    await shown();
    await dragTo(queueCard(41), track(1), 2); // 07:00

    const dialog = await screen.findByRole("dialog", { name: "Book anyway?" });
    within(dialog).getByText(message);
    const confirm = within(dialog).getByRole("button", { name: "Book anyway" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true); // a reason is required
    fireEvent.change(within(dialog).getByLabelText(/Reason for the override/), { target: { value: "Customer only free early" } });
    await act(async () => {
      fireEvent.click(confirm);
    });

    const d = today();
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]!.args).toEqual({
      input: { itemId: 41, expectedVersion: 7, resourceId: 1, start: `${d}T07:00:00Z`, end: `${d}T08:00:00Z`, overrideReason: null },
    });
    expect(calls[1]).toEqual({
      cmd: "item_schedule",
      args: {
        input: {
          itemId: 41,
          expectedVersion: 7,
          resourceId: 1,
          start: `${d}T07:00:00Z`,
          end: `${d}T08:00:00Z`,
          overrideReason: "Customer only free early",
        },
      },
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});

describe("moving bookings", () => {
  it("dragging a booking to another time reschedules it with its item's version", async () => {
    const calls = serve();
    await shown();
    const t = track(1);
    const block = t.querySelector<HTMLElement>('[data-booking-id="70"]')!;
    await dragTo(block, t, 770); // 14:00 (the press was at the track's left edge: no grab offset)
    const d = today();
    await waitFor(() =>
      expect(calls).toEqual([
        {
          cmd: "item_reschedule",
          args: { input: { itemId: 31, expectedVersion: 4, resourceId: 1, start: `${d}T14:00:00Z`, end: `${d}T15:00:00Z`, overrideReason: null } },
        },
      ]),
    );
  });

  it("the right-edge handle resizes: same start, new end", async () => {
    const calls = serve();
    await shown();
    const t = track(1);
    const handle = t.querySelector<HTMLElement>('[data-booking-id="70"] [data-resize-handle]')!;
    await dragTo(handle, t, 385); // 10:30
    await waitFor(() => expect(calls).toHaveLength(1));
    const input = (calls[0]!.args as { input: { start: string; end: string } }).input;
    expect(calls[0]!.cmd).toBe("item_reschedule");
    expect(input.start).toBe(`${today()}T09:00:00Z`);
    expect(input.end).toBe(`${today()}T10:30:00Z`);
  });

  it("a booking dropped on the queue is unscheduled, and Rust's answer says so there", async () => {
    const calls = serve((cmd) =>
      cmd === "item_unschedule"
        ? [{ itemId: 31, status: "ready", version: 5, onHold: false, reason: "Unscheduled by Anna: back in the delivery queue" }]
        : [],
    );
    await shown();
    const block = track(1).querySelector<HTMLElement>('[data-booking-id="70"]')!;
    await dragTo(block, queueCard(42), 1200);
    await waitFor(() => expect(calls).toEqual([{ cmd: "item_unschedule", args: { itemId: 31, version: 4 } }]));
    await screen.findByText("EF-002001: Unscheduled by Anna: back in the delivery queue.");
  });
});

describe("the keyboard path", () => {
  it("Enter on a queue card opens a dialog that books resource, date, start and duration", async () => {
    const calls = serve();
    await shown();
    fireEvent.keyDown(queueCard(41), { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003001" });
    fireEvent.change(within(dialog).getByLabelText("Start"), { target: { value: "10:30" } });
    fireEvent.change(within(dialog).getByLabelText("Minutes"), { target: { value: "45" } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Book" }));
    });
    const d = today();
    await waitFor(() =>
      expect(calls).toEqual([
        {
          cmd: "item_schedule",
          args: { input: { itemId: 41, expectedVersion: 7, resourceId: 1, start: `${d}T10:30:00Z`, end: `${d}T11:15:00Z`, overrideReason: null } },
        },
      ]),
    );
  });

  it("a collection's card and a swap's booking say so, and Enter books the collection as it books a delivery", async () => {
    const collection = entry({ orderId: 11, orderNumber: "EF-003003", itemId: 44, itemIds: [44], itemVersion: 3, units: 1, kind: "collection", kindLabel: "Collection" });
    const swap = booking({ kind: "delivery_and_collection", kindLabel: "Delivery and collection", units: 1 });
    const calls = serve(() => [], plannerView({ resources: [resource({ bookings: [swap] })], queue: [entry(), collection] }));
    await shown();
    expect(queueCard(44).textContent).toContain("Collection");
    expect(queueCard(44).getAttribute("aria-label")).toMatch(/^EF-003003, Collection, 1 unit, Northwind Ltd\./);
    expect(queueCard(41).textContent).not.toContain("Collection");
    const block = track(1).querySelector('[data-booking-id="70"]')!;
    expect(block.getAttribute("data-stop-kind")).toBe("delivery_and_collection");
    expect(block.textContent).toContain("Delivery and collection");

    fireEvent.keyDown(queueCard(44), { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003003" });
    fireEvent.change(within(dialog).getByLabelText("Start"), { target: { value: "14:00" } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Book" }));
    });
    const d = today();
    await waitFor(() => expect(calls.map((c) => c.cmd)).toEqual(["item_schedule"]));
    expect(calls[0]!.args).toMatchObject({ input: { itemId: 44, expectedVersion: 3, resourceId: 1, start: `${d}T14:00:00Z` } });
  });

  it("Esc closes the dialog and gives focus back to the card", async () => {
    serve();
    await shown();
    queueCard(41).focus();
    fireEvent.keyDown(queueCard(41), { key: "m" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003001" });
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(queueCard(41));
  });

  it("Suggest in the dialog fills in Rust's slot and Book sends exactly that slot", async () => {
    const d = addDays(today(), 2);
    const calls = serve((cmd) =>
      // Rust writes instants with to_rfc3339: "+00:00", the same instants the planner sends as "…Z".
      cmd === "item_suggest_slot"
        ? { resourceId: 2, resourceName: "Tom Tech", start: `${d}T07:15:00+00:00`, end: `${d}T08:00:00+00:00` }
        : [],
    );
    await shown();
    fireEvent.keyDown(queueCard(41), { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003001" });
    fireEvent.change(within(dialog).getByLabelText("Minutes"), { target: { value: "45" } });
    const suggest = within(dialog).getByRole("button", { name: "Suggest" });
    expect(suggest.getAttribute("type")).toBe("button"); // not a submit: Enter in a field still books
    await act(async () => {
      fireEvent.click(suggest);
    });

    await waitFor(() => expect((within(dialog).getByLabelText("Resource") as HTMLSelectElement).value).toBe("2"));
    // The date field shows Rust's day in the desk's order (en-GB in tests: day, month, year).
    const [year, month, day] = d.split("-");
    expect(within(dialog).getByRole("group", { name: "Date" }).textContent!.replace(/\D/g, "")).toBe(`${day}${month}${year}`);
    expect((within(dialog).getByLabelText("Start") as HTMLInputElement).value).toBe("07:15");
    expect((within(dialog).getByLabelText("Minutes") as HTMLInputElement).value).toBe("45");
    expect(within(dialog).getByRole("status").textContent).toContain("Tom Tech");

    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Book" }));
    });
    await waitFor(() =>
      expect(calls).toEqual([
        { cmd: "item_suggest_slot", args: { itemId: 41, durationMinutes: 45 } },
        {
          cmd: "item_schedule",
          args: { input: { itemId: 41, expectedVersion: 7, resourceId: 2, start: `${d}T07:15:00Z`, end: `${d}T08:00:00Z`, overrideReason: null } },
        },
      ]),
    );
  });

  it("a refused suggestion shows Rust's message in the dialog and changes no field", async () => {
    const refusal: AppError = { code: "refused", message: "no free 60-minute slot in the next 14 days", field: null };
    const calls = serve((cmd) => (cmd === "item_suggest_slot" ? refusal : []));
    await shown();
    fireEvent.keyDown(queueCard(41), { key: "m" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003001" });
    const start = (within(dialog).getByLabelText("Start") as HTMLInputElement).value;
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Suggest" }));
    });
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain(refusal.message);
    expect(alert.getAttribute("data-error-code")).toBe("refused");
    expect((within(dialog).getByLabelText("Resource") as HTMLSelectElement).value).toBe("1");
    expect((within(dialog).getByLabelText("Start") as HTMLInputElement).value).toBe(start);
    expect(calls).toEqual([{ cmd: "item_suggest_slot", args: { itemId: 41, durationMinutes: 60 } }]);
  });

  it("the minutes are typed as text: a whole number goes as it is, anything else Rust refuses beside the field", async () => {
    const calls = serve((cmd, args) => (cmd === "item_suggest_slot" && args.durationMinutes === 0 ? rust.slotErrors.noMinutes : []));
    await shown();
    fireEvent.keyDown(queueCard(41), { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003001" });
    const minutes = within(dialog).getByLabelText("Minutes") as HTMLInputElement;
    expect(minutes.type).toBe("text");
    for (const typed of ["90", "12,5"]) {
      fireEvent.change(minutes, { target: { value: typed } });
      await act(async () => {
        fireEvent.click(within(dialog).getByRole("button", { name: "Suggest" }));
      });
    }
    expect(calls.map((c) => c.args.durationMinutes)).toEqual([90, 0]);
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain(rust.slotErrors.noMinutes.message);
    expect(minutes.getAttribute("aria-invalid")).toBe("true");
    expect(minutes.value).toBe("12,5");
  });

  it("in the Week view, Enter on a booking changes its length from the dialog", async () => {
    const calls = serve();
    await shown();
    fireEvent.click(screen.getByRole("button", { name: "Week" }));
    expect(document.querySelector(".planner-hint")?.textContent).toContain("Enter on a booking to change its time or length");
    const chip = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-week-cell][data-resource-id="1"] [data-booking-id="70"]');
      expect(el).not.toBeNull();
      return el!;
    });
    fireEvent.keyDown(chip, { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Booking EF-002001" });
    fireEvent.change(await within(dialog).findByLabelText("Minutes"), { target: { value: "90" } });
    // Rust's suggestion is for a delivery in the queue; a booking moves by its fields.
    expect(within(dialog).queryByRole("button", { name: "Suggest" })).toBeNull();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Move" }));
    });
    const d = today();
    await waitFor(() =>
      expect(calls).toEqual([
        {
          cmd: "item_reschedule",
          args: { input: { itemId: 31, expectedVersion: 4, resourceId: 1, start: `${d}T09:00:00Z`, end: `${d}T10:30:00Z`, overrideReason: null } },
        },
      ]),
    );
  });

  it("a booking's dialog dispatches it with the version Rust gave for its item, and says so", async () => {
    const calls = serve(() => [], plannerView(), (b) => ({ ...bookingMoves(b), version: 5 }));
    await shown();
    fireEvent.keyDown(track(1).querySelector('[data-booking-id="70"]')!, { key: "m" });
    const dialog = await screen.findByRole("dialog", { name: "Booking EF-002001" });
    await act(async () => {
      fireEvent.click(await within(dialog).findByRole("button", { name: "Out for delivery" }));
    });
    await waitFor(() => expect(calls).toEqual([{ cmd: "item_dispatch", args: { itemId: 31, version: 5 } }]));
    await screen.findByText("EF-002001 is out for delivery.");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("a booking's steps are the moves Rust offers its item: a held one says why it cannot go out", async () => {
    serve(() => [], plannerView(), (b) => ({
      itemId: b.itemId,
      version: b.itemVersion,
      moves: [
        move({ action: "dispatch", label: "Out for delivery", enabled: false, disabledReason: "on hold: customer asked to wait" }),
        move({ action: "unschedule", label: "Unschedule", enabled: false, disabledReason: "on hold: customer asked to wait" }),
        move({ action: "release", label: "Release the hold", input: "note" }),
      ],
    }));
    await shown();
    fireEvent.keyDown(track(1).querySelector('[data-booking-id="70"]')!, { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Booking EF-002001" });
    const out = (await within(dialog).findByRole("button", { name: "Out for delivery" })) as HTMLButtonElement;
    expect(out.disabled).toBe(true);
    expect(within(dialog).getAllByText("on hold: customer asked to wait")).toHaveLength(2);
    // Releasing a hold is the item panel's: the planner draws a booking's delivery steps only.
    expect(within(dialog).queryByRole("button", { name: /Release/ })).toBeNull();
  });

  it("a booking out for delivery has no Move form: Rust offers it only Delivered and Delivery failed", async () => {
    const view = plannerView({ resources: [resource({ bookings: [booking({ status: "in_delivery" })] })] });
    serve(() => [], view);
    await shown();
    fireEvent.click(track(1).querySelector('[data-booking-id="70"]')!);
    const dialog = await screen.findByRole("dialog", { name: "Booking EF-002001" });
    await within(dialog).findByRole("button", { name: "Delivered" });
    expect(within(dialog).queryByLabelText("Minutes")).toBeNull();
    expect(within(dialog).queryByRole("button", { name: "Move" })).toBeNull();
  });

  it("a swap's stop that came back is said delivered and collected", async () => {
    const swap = booking({ status: "in_delivery", kind: "delivery_and_collection", kindLabel: "Delivery and collection" });
    const calls = serve(
      () => [],
      plannerView({ resources: [resource({ bookings: [swap] })] }),
      (b) => ({ itemId: b.itemId, version: b.itemVersion, moves: [move({ action: "delivered", label: "Collected" })] }),
    );
    await shown();
    fireEvent.click(track(1).querySelector('[data-booking-id="70"]')!);
    const dialog = await screen.findByRole("dialog", { name: "Booking EF-002001" });
    await act(async () => {
      fireEvent.click(await within(dialog).findByRole("button", { name: "Collected" }));
    });
    await waitFor(() => expect(calls).toEqual([{ cmd: "trip_delivered", args: { itemId: 31, version: 4 } }]));
    await screen.findByText("EF-002001 is delivered and collected.");
  });

  it("Delivery failed asks for a reason and sends the whole trip back in one command", async () => {
    const view = plannerView({ resources: [resource({ bookings: [booking({ status: "in_delivery" })] })] });
    const calls = serve(() => [], view);
    await shown();
    fireEvent.click(track(1).querySelector('[data-booking-id="70"]')!);
    const dialog = await screen.findByRole("dialog", { name: "Booking EF-002001" });
    fireEvent.click(await within(dialog).findByRole("button", { name: /^Delivery failed/ }));
    fireEvent.change(within(dialog).getByLabelText(/Delivery failed — reason/), { target: { value: "Nobody home" } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Delivery failed" }));
    });
    await waitFor(() =>
      expect(calls).toEqual([{ cmd: "trip_failed", args: { itemId: 31, version: 4, reason: "Nobody home" } }]),
    );
  });

  it("an overridable refusal in the dialog asks for a reason there and books the same slot with it", async () => {
    const message = "outside the recipient's window 26 Nov – 30 Nov";
    const calls = serve((cmd, args) =>
      cmd === "item_schedule" && (args.input as { overrideReason: string | null }).overrideReason === null
        ? ({ code: "overridable", message, field: null } as AppError)
        : [],
    );
    await shown();
    fireEvent.keyDown(queueCard(41), { key: "Enter" });
    const dialog = await screen.findByRole("dialog", { name: "Book EF-003001" });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Book" }));
    });
    await within(dialog).findByText(message);
    fireEvent.change(within(dialog).getByLabelText(/Reason for the override/), { target: { value: "Customer called" } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Book anyway" }));
    });
    await waitFor(() => expect(calls).toHaveLength(2));
    const [first, second] = calls.map((c) => (c.args as { input: Record<string, unknown> }).input);
    expect(second).toEqual({ ...first, overrideReason: "Customer called" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });
});

describe("suggest and plan", () => {
  it("Suggest slot shows Rust's earliest slot and Book it books exactly that", async () => {
    const d = addDays(today(), 1);
    const calls = serve((cmd) =>
      cmd === "item_suggest_slot"
        ? { resourceId: 1, resourceName: "Dana Driver", start: `${d}T08:00:00Z`, end: `${d}T09:00:00Z` }
        : [],
    );
    await shown();
    const suggest = screen.getByRole("button", { name: "Suggest slot" }) as HTMLButtonElement;
    expect(suggest.disabled).toBe(true);
    fireEvent.click(queueCard(41));
    await act(async () => {
      fireEvent.click(suggest);
    });
    const box = document.querySelector<HTMLElement>("[data-suggestion]")!;
    await waitFor(() => expect(box.textContent).toContain("Dana Driver"));
    expect(box.textContent).toContain("08:00–09:00");
    await act(async () => {
      fireEvent.click(within(box).getByRole("button", { name: "Book it" }));
    });
    expect(calls).toEqual([
      { cmd: "item_suggest_slot", args: { itemId: 41, durationMinutes: 60 } },
      {
        cmd: "item_schedule",
        args: { input: { itemId: 41, expectedVersion: 7, resourceId: 1, start: `${d}T08:00:00Z`, end: `${d}T09:00:00Z`, overrideReason: null } },
      },
    ]);
  });

  it("Plan the day reports what was placed and what could not be, with Rust's reasons", async () => {
    const plan: DayPlan = {
      placed: [rustOutcome({ itemId: 41, status: "scheduled", version: 8, onHold: false, reason: "" })],
      unplaced: [{ itemId: 42, orderNumber: "EF-003002", reason: "item 1: waiting for the customer" }],
    };
    const calls = serve((cmd) => (cmd === "plan_day" ? plan : []));
    await shown();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Plan today" }));
    });
    const dialog = await screen.findByRole("dialog", { name: /^Plan for/ });
    expect(calls).toEqual([{ cmd: "plan_day", args: { day: today(), durationMinutes: 60 } }]);
    expect(dialog.textContent).toContain("Placed 1 item");
    const row = dialog.querySelector('[data-unplaced="42"]')!;
    expect(row.textContent).toContain("EF-003002");
    expect(row.textContent).toContain("item 1: waiting for the customer");
  });
});

describe("the day sheet", () => {
  it("lists the resource's stops with time, address, items, serials and notes", async () => {
    const d = today();
    const sheet: DaySheet = {
      resourceName: "Dana Driver",
      resourceKind: "driver",
      date: d,
      stops: [
        {
          start: `${d}T09:00:00Z`,
          end: `${d}T10:00:00Z`,
          orderNumber: "EF-002001",
          customerName: "Contoso",
          recipientName: "Ada Lovelace",
          address: "1 Main St, 10115 Berlin, DE",
          kind: "delivery",
          kindLabel: "Delivery",
          handOver: [{ title: "Latitude 5440", quantity: 2, serials: ["SN-1", "SN-2"] }],
          bringBack: [],
          deliveryNote: "Ring twice",
        },
      ],
    };
    const calls = serve((cmd) => (cmd === "day_sheet_get" ? sheet : []));
    const print = vi.fn();
    window.print = print;
    await shown();
    fireEvent.click(document.querySelector('[data-day-sheet="1"]')!);
    const view = await screen.findByRole("dialog", { name: "Day sheet" });
    await waitFor(() => expect(view.querySelectorAll("[data-stop]").length).toBe(1));
    expect(calls).toEqual([{ cmd: "day_sheet_get", args: { resourceId: 1, date: d } }]);
    const stop = view.querySelector("[data-stop]")!;
    for (const text of ["09:00", "1 Main St, 10115 Berlin, DE", "Latitude 5440", "SN-1, SN-2", "Ring twice", "Ada Lovelace"]) {
      expect(stop.textContent).toContain(text);
    }
    fireEvent.click(within(view).getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalled();
  });
});

describe("on Rust's own planner (the demo shop at its fixed clock)", () => {
  // Rust's view of today with its queue, and its drop map for the first queued delivery.
  const entry0 = rust.planner.queue[0]!;
  const x = (minutes: number) => ((minutes - 420) / 660) * 1100; // 07:00–18:00 over 1100 px

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(rust.clock.now));
  });

  it("a queue card says what the job needs, in Rust's words", async () => {
    serve(() => [], rust.planner);
    render(<PlannerScreen />);
    await screen.findByText(entry0.orderNumber);
    const card = queueCard(entry0.itemId);
    expect(entry0.needs).toBe("a technician, room for 1 unit");
    expect(card.querySelector("[data-needs]")?.textContent).toBe(`Needs ${entry0.needs}`);
    expect(card.textContent).toContain(entry0.services);
    expectLabelHoldsText(card);
  });

  it("while a delivery is dragged, the rows and hours Rust would refuse are marked before the drop", async () => {
    const calls = serve(() => [], rust.planner, bookingMoves, () => rust.dropMap);
    render(<PlannerScreen />);
    await screen.findByText(entry0.orderNumber);
    const tech = rust.planner.resources.find((r) => r.kind === "technician")!;
    const driver = rust.planner.resources.find((r) => r.kind === "driver")!;
    const t = track(tech.id);

    pointer("pointerDown", queueCard(entry0.itemId), 5, 5);
    under = t;
    pointer("pointerMove", window, 15, 9);
    pointer("pointerMove", window, x(11 * 60), 30); // 11:00, where Tomás already has a job
    // The driver's whole row: refused, with Rust's reason in words.
    await waitFor(() => expect(track(driver.id).dataset.refused).toBe("The job needs a technician; Dana Weber is a driver."));
    expect(track(driver.id).textContent).toContain("Refused: The job needs a technician; Dana Weber is a driver.");
    // The technician's row: the hours of his 11:00 job refused, the travel buffer around it overridable.
    const marks = [...t.querySelectorAll<HTMLElement>("[data-drop-mark]")].map((m) => [m.dataset.dropMark, m.dataset.fromMin, m.dataset.toMin, m.title]);
    expect(marks).toContainEqual(["refused", "615", "720", "Tomás Novak is already booked Mon 11:00–12:00."]);
    expect(marks.filter(([v]) => v === "overridable").map(([, from]) => from)).toContain("585");
    // The ghost and the preview say it before the drop.
    expect(document.querySelector("[data-ghost-verdict]")?.textContent).toBe("Refused: Tomás Novak is already booked Mon 11:00–12:00.");
    expect(t.querySelector("[data-drop-preview]")?.classList.contains("planner-preview--refused")).toBe(true);
    // At 09:00 he is free: nothing said.
    pointer("pointerMove", window, x(9 * 60), 30);
    await waitFor(() => expect(document.querySelector("[data-ghost-verdict]")).toBeNull());
    expect(calls.filter((c) => c.cmd !== "planner_drop_map")).toEqual([]);
    await act(async () => {
      fireEvent.keyDown(window, { key: "Escape" });
    });
  });
});

describe("what a booking says", () => {
  it("a delivery dropped from the queue says where it was booked, next to it, with Undo", async () => {
    const booked = [
      { itemId: 41, status: "scheduled", version: 8, onHold: false, reason: "Booked with Dana Driver on Wed 25 Nov 12:00–13:00", undo: "Back to the delivery queue" },
    ];
    const calls = serve((cmd) =>
      cmd === "item_undo" ? [{ itemId: 41, status: "ready", version: 9, onHold: false, reason: "Undo of scheduling by Anna: back in the delivery queue" }] : booked,
    );
    await shown();
    await dragTo(queueCard(41), track(1), 550);
    const said = await screen.findByText("EF-003001: Booked with Dana Driver on Wed 25 Nov 12:00–13:00.");
    const notice = said.closest<HTMLElement>("[data-notice]")!;
    expect(notice.dataset.notice).toBe("done");
    await act(async () => {
      fireEvent.click(within(notice).getByRole("button", { name: "Undo" }));
    });
    await screen.findByText("EF-003001: Undo of scheduling by Anna: back in the delivery queue.");
    expect(calls.map((c) => c.cmd)).toEqual(["item_schedule", "item_undo"]);
    expect(calls[1]!.args).toEqual({ itemId: 41, version: 8 });
  });
});
