// The Stock screen on Rust's answers (rust-fixtures.json): scan lines,
// places, refusals and availability read as Rust wrote them.

import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ReceiptLineInput } from "../bindings";
import { rust } from "../test/rust";
import { ReceiveDialog } from "./ReceiveDialog";
import { StockScreen } from "./StockScreen";

const fx = rust.stock;
const scanned = fx.receiveCheck.lines.map((l) => l.serial);

type Call = { cmd: string; args: Record<string, unknown> };

function serve(): Call[] {
  const calls: Call[] = [];
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      switch (cmd) {
        case "stock_get":
          return fx.view;
        case "stock_unit_history":
          return fx.history;
        case "stock_availability":
          return fx.availability;
        case "stock_category_availability":
          return fx.categoryAvailability;
        case "stock_receive_check": {
          // Rust answers line by line in scan order: the first n lines' answers are its answer for n scans.
          const n = (args.lines as ReceiptLineInput[]).length;
          return { ...fx.receiveCheck, lines: fx.receiveCheck.lines.slice(0, n) };
        }
        case "stock_receive":
          return { unitIds: [901, 902], message: "Received 2 units" };
        case "stock_unit_to_repair":
          return Promise.reject(fx.refusedRepair);
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
  return calls;
}

describe("receive goods", () => {
  it("adds a line per scan with Rust's answer beside it, keeps focus in the scan field, and receives the accepted ones", { timeout: 20_000 }, async () => {
    const calls = serve();
    const product = fx.view.products[0]!;
    render(
      <ReceiveDialog
        products={fx.view.products}
        locations={fx.view.locations}
        initialProduct={product.id}
        onClose={() => {}}
        onReceived={() => {}}
      />,
    );
    const user = userEvent.setup();
    const scan = document.querySelector<HTMLInputElement>("[data-scan=serial]")!;
    expect(document.activeElement).toBe(scan);
    for (const serial of scanned) {
      // A scanner types the code and Enter.
      await user.keyboard(`${serial}{Enter}`);
      expect(document.activeElement).toBe(scan);
      expect(scan.value).toBe("");
    }
    await waitFor(() => expect(document.querySelectorAll("[data-state=checking]")).toHaveLength(0));
    const lines = [...document.querySelectorAll<HTMLElement>(".scan-line")];
    expect(lines).toHaveLength(4);
    fx.receiveCheck.lines.forEach((answer, i) => {
      const line = lines[i]!;
      expect(line.dataset.state).toBe(answer.accepted ? "accepted" : "refused");
      expect(line.textContent).toContain(answer.serial);
      expect(line.textContent).toContain(answer.accepted ? `→ ${answer.inventoryNumber}` : answer.problem!);
    });
    expect(lines[3]!.textContent).toContain("Scanned twice: line 1 has NEW-0001 already");
    expect(lines[1]!.textContent).toMatch(/Already in stock: \S+ is INV-\d+/);
    const receive = screen.getByRole("button", { name: fx.receiveCheck.receiveLabel });
    expect(receive.textContent).toBe("Receive 2 units");
    fireEvent.click(receive);
    await waitFor(() => expect(calls.filter((c) => c.cmd === "stock_receive")).toHaveLength(1));
    expect(calls.find((c) => c.cmd === "stock_receive")!.args.input).toEqual({
      productId: product.id,
      location: fx.view.locations[0],
      lines: [
        { serial: "NEW-0001", inventoryNumber: "" },
        { serial: "NEW-0002", inventoryNumber: "" },
      ],
    });
  });
});

describe("stock screen", () => {
  it("lists units with where they are now and opens a unit with Rust's reasons why not and its history", async () => {
    serve();
    render(<StockScreen />);
    const reserved = fx.history.unit;
    const row = (await screen.findByRole("button", { name: `${reserved.serial}: history and steps` })).closest("tr")!;
    expect(row.textContent).toContain(reserved.placeText);
    expect(row.textContent).toContain(reserved.inventoryNumber);
    fireEvent.click(within(row).getByRole("button"));
    const panel = await screen.findByRole("complementary", { name: `Unit ${reserved.serial}` });
    const repair = reserved.actions.find((a) => a.action === "to_repair")!;
    expect(repair.whyNot).toContain("is reserved for order");
    expect(panel.textContent).toContain(repair.whyNot!);
    for (const step of fx.history.steps) expect(panel.textContent).toContain(step.text);
  });

  it("shows a product's free units per day and the reservations behind a day", async () => {
    serve();
    render(<StockScreen />);
    await screen.findAllByRole("row");
    fireEvent.change(screen.getByLabelText("Show"), { target: { value: `product:${fx.availability.products[0]!.id}` } });
    const strip = await screen.findByRole("region", { name: `Availability of ${fx.availability.title}` });
    const days = strip.querySelectorAll<HTMLElement>("[data-date]");
    expect(days).toHaveLength(fx.availability.days.length);
    fx.availability.days.forEach((d, i) => expect(days[i]!.dataset.free).toBe(String(d.free)));
    const busiest = fx.availability.days.reduce((a, b) => (b.behind.length > a.behind.length ? b : a));
    fireEvent.click(strip.querySelector<HTMLElement>(`[data-date="${busiest.date}"]`)!);
    for (const i of busiest.behind) {
      const r = fx.availability.reservations[i]!;
      expect(strip.textContent).toContain(r.orderNumber);
      expect(strip.textContent).toContain(r.spanText);
    }
  });

  it("asks Rust for any product of a category with the specs chosen, and lists the units of the products it counted", async () => {
    const calls = serve();
    render(<StockScreen />);
    await screen.findAllByRole("row");
    const asked = fx.categoryAsked;
    const [key, value] = Object.entries(asked.specs)[0]!;
    const spec = fx.view.categories.find((c) => c.category === asked.category)!.specs.find((s) => s.key === key)!;
    fireEvent.change(screen.getByLabelText("Show"), { target: { value: `category:${asked.category}` } });
    const specSelect = await screen.findByLabelText(key);
    // Rust's order of values: smallest first, "any" before them.
    expect([...(specSelect as HTMLSelectElement).options].map((o) => o.value)).toEqual(["", ...spec.values]);
    fireEvent.change(specSelect, { target: { value } });
    const strip = await screen.findByRole("region", { name: `Availability of ${fx.categoryAvailability.title}` });
    expect(strip.textContent).toContain(fx.categoryAvailability.title);
    const days = strip.querySelectorAll<HTMLElement>("[data-date]");
    fx.categoryAvailability.days.forEach((d, i) => expect(days[i]!.dataset.free).toBe(String(d.free)));
    expect(calls.filter((c) => c.cmd === "stock_category_availability").at(-1)!.args).toEqual(asked);
    const counted = new Set(fx.categoryAvailability.products.map((p) => p.id));
    const listed = fx.view.units.filter((u) => counted.has(u.productId));
    expect(listed.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getAllByRole("row")).toHaveLength(listed.length + 1));
  });
});
