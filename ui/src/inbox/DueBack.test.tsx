// The due back list on Rust's own answer (rust-fixtures.json: the demo
// shop's holdings_due_back): the board header's pill counts it, the drawer
// lists each holding with its mark, and "Open customer" names the customer.

import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DueBackView } from "../bindings";
import { i18n } from "../i18n";
import { rust } from "../test/rust";
import { DueBackDrawer, DueBackPill } from "./DueBack";

const rows = rust.wayBack.dueBack;
const overdueOf = (rs: DueBackView[]) => rs.filter((r) => r.holding.due === "overdue").length;
const endingAs = (r: DueBackView, endKind: DueBackView["holding"]["endKind"]): DueBackView => ({ ...r, holding: { ...r.holding, endKind } });
/** A rental of a device (what the pill counts as due back) and a service that just ends, each from Rust's first row. */
const device = endingAs(rows[0]!, "bring_back");
const licence: DueBackView = { ...endingAs(rows[0]!, "service_ends"), holding: { ...endingAs(rows[0]!, "service_ends").holding, id: -1, units: [] } };

describe("due back", () => {
  it("the demo has something due back, as Rust reads it today", () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const words = r.holding.endKind === "service_ends" ? /^(Ends|Ended) / : /^(Due back|Overdue since) /;
      expect(r.holding.dueLabel).toMatch(words);
    }
  });

  it("the pill counts what is due back and says how many are overdue", () => {
    const onOpen = vi.fn();
    render(<DueBackPill rows={[device]} onOpen={onOpen} />);
    const pill = screen.getByRole("button", { name: /^1 due back/ });
    expect(pill.classList.contains("pill--attention")).toBe(overdueOf([device]) > 0);
    fireEvent.click(pill);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it("an overdue holding turns the pill red", () => {
    const late: DueBackView = { ...device, holding: { ...device.holding, due: "overdue" } };
    render(<DueBackPill rows={[late]} onOpen={() => {}} />);
    const pill = screen.getByRole("button", { name: /1 due back · 1 overdue/ });
    expect(pill.classList.contains("pill--attention")).toBe(true);
  });

  it("lists each holding with Rust's mark, and opens its customer from the keyboard", async () => {
    const onOpenCustomer = vi.fn();
    const onClose = vi.fn();
    render(<DueBackDrawer rows={rows} onClose={onClose} onOpenCustomer={onOpenCustomer} dateText={(iso) => iso} />);
    const services = rows.every((r) => r.holding.endKind === "service_ends");
    const dialog = screen.getByRole("dialog", { name: services ? "Services ending" : /^Due back/ });
    const items = within(dialog).getAllByRole("listitem");
    expect(items).toHaveLength(rows.length);
    const first = rows[0]!;
    expect(items[0]!.textContent).toContain(first.holding.dueLabel!);
    expect(items[0]!.textContent).toContain(first.customer);
    expect(items[0]!.textContent).toContain(first.holding.title);
    // Overdue first: Rust's order is kept.
    expect(items.map((i) => i.getAttribute("data-due"))).toEqual(rows.map((r) => r.holding.due));

    const user = userEvent.setup();
    const name =
      first.holding.endKind === "service_ends" ? `Open customer ${first.customer} for ${first.holding.title}` : `Open customer ${first.customer} to take back ${first.holding.title}`;
    const open = within(items[0]!).getByRole("button", { name });
    open.focus();
    await user.keyboard("{Enter}");
    expect(onOpenCustomer).toHaveBeenCalledWith(first.customerId);
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalled();
  });

  it("a service that ends is not due back: the pill, the title and its row say it ends", () => {
    const { unmount } = render(<DueBackPill rows={[licence]} onOpen={() => {}} />);
    expect(screen.getByRole("button", { name: /^1 ending/ })).toBeTruthy();
    unmount();
    render(<DueBackDrawer rows={[device, licence]} onClose={() => {}} onOpenCustomer={() => {}} dateText={(iso) => iso} />);
    const dialog = screen.getByRole("dialog", { name: "Due back and ending" });
    const row = dialog.querySelector('[data-end-kind="service_ends"]') as HTMLElement;
    expect(row.textContent).toContain("A service: nothing to bring back");
    expect(within(row).getByRole("button", { name: `Open customer ${licence.customer} for ${licence.holding.title}` })).toBeTruthy();
    expect(screen.getByRole("button", { name: `Open customer ${device.customer} to take back ${device.holding.title}` })).toBeTruthy();
  });

  it("in German the pill's verb agrees with how many services end", async () => {
    await i18n.changeLanguage("de");
    try {
      const { unmount } = render(<DueBackPill rows={[licence]} onOpen={() => {}} />);
      expect(screen.getByRole("button").textContent).toBe("1 endet");
      unmount();
      render(<DueBackPill rows={[licence, { ...licence, holding: { ...licence.holding, id: -2 } }]} onOpen={() => {}} />);
      expect(screen.getByRole("button").textContent).toBe("2 enden");
    } finally {
      await i18n.changeLanguage("en");
    }
  });

  it("says so when nothing is due", () => {
    render(<DueBackDrawer rows={[]} onClose={() => {}} dateText={(iso) => iso} />);
    expect(screen.getByText("Nothing is due back in the coming week, and nothing is overdue.")).toBeTruthy();
  });
});
