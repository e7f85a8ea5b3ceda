// The due back list on Rust's own answer (rust-fixtures.json: the demo
// shop's holdings_due_back): the board header's pill counts it, the drawer
// lists each holding with its mark, and "Open customer" names the customer.

import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DueBackView } from "../bindings";
import "../i18n";
import { rust } from "../test/rust";
import { DueBackDrawer, DueBackPill } from "./DueBack";

const rows = rust.wayBack.dueBack;
const overdueOf = (rs: DueBackView[]) => rs.filter((r) => r.holding.due === "overdue").length;

describe("due back", () => {
  it("the demo has something due back, as Rust reads it today", () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.holding.dueLabel).toMatch(/^(Due back|Overdue since) /);
  });

  it("the pill counts what is due back and says how many are overdue", () => {
    const onOpen = vi.fn();
    render(<DueBackPill rows={rows} onOpen={onOpen} />);
    const pill = screen.getByRole("button", { name: new RegExp(`^${rows.length} due back`) });
    expect(pill.classList.contains("pill--attention")).toBe(overdueOf(rows) > 0);
    if (overdueOf(rows) > 0) expect(pill.textContent).toContain(`${overdueOf(rows)} overdue`);
    fireEvent.click(pill);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it("an overdue holding turns the pill red", () => {
    const late: DueBackView = { ...rows[0]!, holding: { ...rows[0]!.holding, due: "overdue" } };
    render(<DueBackPill rows={[late]} onOpen={() => {}} />);
    const pill = screen.getByRole("button", { name: /1 due back · 1 overdue/ });
    expect(pill.classList.contains("pill--attention")).toBe(true);
  });

  it("lists each holding with Rust's mark, and opens its customer from the keyboard", async () => {
    const onOpenCustomer = vi.fn();
    const onClose = vi.fn();
    render(<DueBackDrawer rows={rows} onClose={onClose} onOpenCustomer={onOpenCustomer} dateText={(iso) => iso} />);
    const dialog = screen.getByRole("dialog", { name: "Due back" });
    const items = within(dialog).getAllByRole("listitem");
    expect(items).toHaveLength(rows.length);
    const first = rows[0]!;
    expect(items[0]!.textContent).toContain(first.holding.dueLabel!);
    expect(items[0]!.textContent).toContain(first.customer);
    expect(items[0]!.textContent).toContain(first.holding.title);
    // Overdue first: Rust's order is kept.
    expect(items.map((i) => i.getAttribute("data-due"))).toEqual(rows.map((r) => r.holding.due));

    const user = userEvent.setup();
    const open = within(items[0]!).getByRole("button", { name: `Open ${first.customer} to take back ${first.holding.title}` });
    open.focus();
    await user.keyboard("{Enter}");
    expect(onOpenCustomer).toHaveBeenCalledWith(first.customerId);
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalled();
  });

  it("says so when nothing is due", () => {
    render(<DueBackDrawer rows={[]} onClose={() => {}} dateText={(iso) => iso} />);
    expect(screen.getByText("Nothing is due back in the coming week, and nothing is overdue.")).toBeTruthy();
  });
});
