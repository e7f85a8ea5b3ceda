// The Reports screen on Rust's answers (rust-fixtures.json): the figures,
// names and periods drawn as Rust wrote them, a number opening the items
// behind it, a table saved as CSV through Rust.

import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SavedFile } from "../bindings";
import { deskToday } from "../clock";
import { addDays } from "../format";
import { rust } from "../test/rust";
import { ReportsScreen } from "./ReportsScreen";

const week = rust.reports.week;
const SAVED: SavedFile = { path: "/home/desk/Downloads/Holds.csv", folder: "/home/desk/Downloads", fileName: "Holds.csv" };

type Call = { cmd: string; args: Record<string, unknown> };

function serve(): Call[] {
  const calls: Call[] = [];
  mockIPC(
    (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      switch (cmd) {
        case "reports_get":
          return week;
        case "report_items": {
          const wanted = args.itemIds as number[];
          return rust.reports.approvalItems.filter((i) => wanted.includes(i.itemId));
        }
        case "report_csv_save":
          return SAVED;
        default:
          return Promise.reject(new Error(`unexpected ${cmd}`));
      }
    },
    { shouldMockEvents: true },
  );
  return calls;
}

const section = (name: string) => screen.getByRole("region", { name });

describe("reports screen", () => {
  it("asks for the last 7 days, today included, and draws Rust's figures", async () => {
    const calls = serve();
    render(<ReportsScreen />);
    expect(await screen.findByText(week.periodText)).toBeTruthy();
    const today = deskToday();
    expect(calls.find((c) => c.cmd === "reports_get")?.args).toEqual({ from: addDays(today, -6), to: today });

    const open = section("Open work now");
    for (const c of week.openWork.columns) {
      const row = within(open).getByRole("row", { name: new RegExp(`^${c.decisionPoint} ${c.title}`) });
      expect(row.querySelector("[data-total]")?.textContent).toBe(String(c.total));
    }
    // Waiting approvals are named as people know them, not by the item's id:
    // by order number and place in the order, so two items of one order differ.
    const first = week.openWork.approvals[0]!;
    expect(within(open).getByRole("button", { name: `${first.item.orderNumber}/${first.item.position} · ${first.item.title}` })).toBeTruthy();
    expect(within(open).getByText(`waiting ${first.waiting.text}`)).toBeTruthy();

    const stock = section("Stock out with customers");
    for (const p of week.stockUse) {
      const row = stock.querySelector(`[data-product="${p.productId}"]`)!;
      expect(row.textContent).toContain(p.name);
      expect(row.querySelector("[data-out-days]")?.textContent).toBe(String(p.outDays));
    }
    expect(week.stockUse.some((p) => p.outDays > 0)).toBe(true);
  });

  it("utilisation shows each resource's booked share on each day of a week", async () => {
    serve();
    render(<ReportsScreen />);
    await screen.findByText(week.periodText);
    const days = within(section("Utilisation")).getByRole("table", { name: "Booked share per day" });
    expect(within(days).getAllByRole("columnheader")).toHaveLength(1 + week.utilisation.days.length);
    for (const r of week.utilisation.resources) {
      const row = days.querySelector(`[data-resource-days="${r.resourceId}"]`)!;
      expect([...row.querySelectorAll("td")].map((c) => c.getAttribute("data-percent"))).toEqual(r.days.map((d) => (d.percent === null ? "" : String(d.percent))));
    }
  });

  it("utilisation lists what is due back per customer, as Rust counted it", async () => {
    serve();
    render(<ReportsScreen />);
    await screen.findByText(week.periodText);
    const due = week.dueBack;
    const use = section("Utilisation");
    const drawn = use.querySelector("[data-due-back]")!;
    expect([drawn.getAttribute("data-overdue"), drawn.getAttribute("data-due-soon")]).toEqual([String(due.overdue.count), String(due.dueSoon.count)]);
    expect(within(use).getByText(`as of ${due.today}`)).toBeTruthy();
    // The demo's rentals end within the week after they start: some are due back.
    expect(due.customers.length).toBeGreaterThan(0);
    const table = within(use).getByRole("table", { name: /Due back, by customer/ });
    const rows = within(table).getAllByRole("row").filter((r) => r.hasAttribute("data-due-customer"));
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(due.customers.slice(0, 8).map((c) => c.customer));
    const first = due.customers[0]!.holdings[0]!;
    expect(rows[0]!.textContent).toContain(first.holding.dueLabel);
    expect(within(rows[0]!).getByRole("button", { name: new RegExp(`^${first.holding.orderNumber} · `) })).toBeTruthy();
  });

  it("a preset asks Rust for that many days back from today", async () => {
    const calls = serve();
    render(<ReportsScreen />);
    await screen.findByText(week.periodText);
    fireEvent.click(screen.getByRole("button", { name: "Last 30 days" }));
    const today = deskToday();
    await waitFor(() => expect(calls.filter((c) => c.cmd === "reports_get").at(-1)?.args).toEqual({ from: addDays(today, -29), to: today }));
    expect(screen.getByRole("button", { name: "Last 30 days" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("a number opens the items behind it by order number and title", async () => {
    const calls = serve();
    render(<ReportsScreen />);
    await screen.findByText(week.periodText);
    const approval = week.openWork.columns[0]!;
    const bucket = approval.byAge.findIndex((b) => b.count > 1);
    expect(bucket).toBeGreaterThanOrEqual(0);
    const count = approval.byAge[bucket]!;
    const caption = `${approval.title}, ${week.openWork.ageBuckets[bucket]}`;
    fireEvent.click(screen.getByRole("button", { name: `${count.count}: ${caption} — show the items` }));
    const dialog = await screen.findByRole("dialog", { name: `${caption}: ${count.count} items` });
    await waitFor(() => expect(within(dialog).getAllByRole("listitem")).toHaveLength(count.count));
    expect(calls.find((c) => c.cmd === "report_items")?.args).toEqual({ itemIds: count.itemIds });
    const named = rust.reports.approvalItems.find((i) => i.itemId === count.itemIds[0])!;
    expect(within(dialog).getByRole("button", { name: `${named.orderNumber}/${named.position} · ${named.title}` })).toBeTruthy();
  });

  it("every table saves as CSV through Rust, for the period shown", async () => {
    const calls = serve();
    render(<ReportsScreen />);
    await screen.findByText(week.periodText);
    fireEvent.click(screen.getByRole("button", { name: "Save the holds as CSV" }));
    expect(await screen.findByText(`Saved ${SAVED.fileName} in ${SAVED.folder}`)).toBeTruthy();
    const today = deskToday();
    expect(calls.find((c) => c.cmd === "report_csv_save")?.args).toEqual({ table: "holds", from: addDays(today, -6), to: today });
    const tables = document.querySelectorAll(".report__table").length;
    // The lead times' four tables are one file, and so are utilisation's
    // totals and its days.
    expect(document.querySelectorAll("[data-csv]")).toHaveLength(tables - 4);
  });
});
