import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import { board, card, column } from "../test/fixtures";
import { shellReply } from "../test/rust";

const sample = board([
  column(
    "approval",
    [
      card({ itemId: 1, orderNumber: "EF-001042", title: "Latitude", customerName: "Northwind", serviceName: "Laptops", dueDate: "2026-11-25" }),
      card({ itemId: 2, title: "Dock", customerName: "Contoso", serviceName: "Accessories", onHold: true, dueDate: "2026-12-20" }),
    ],
    { title: "Approval" },
  ),
  column("preparation", [card({ itemId: 3, title: "Monitor", customerName: "Contoso", serviceName: "Screens", dueDate: "2026-11-20" })], {
    title: "Preparation",
  }),
]);

function shownIds(): number[] {
  return [...document.querySelectorAll<HTMLElement>(".card")].map((el) => Number(el.dataset.itemId));
}

function countOf(key: string): string {
  return document.querySelector(`[data-column="${key}"] .column__count`)?.textContent ?? "";
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-25T12:00:00"));
  mockIPC((cmd) => {
    if (shellReply(cmd) !== undefined) return shellReply(cmd);
    if (cmd === "board_get") return sample;
    throw new Error(`unexpected ${cmd}`);
  }, { shouldMockEvents: true });
});

afterEach(() => vi.useRealTimers());

describe("search and filters", () => {
  it("search hides cards that do not match; columns say 'n of m'", async () => {
    render(<App />);
    await screen.findByText("Latitude");
    expect(shownIds()).toEqual([1, 2, 3]);
    expect(countOf("approval")).toBe("2");

    fireEvent.change(document.querySelector('[data-filter="query"]')!, { target: { value: "contoso" } });
    expect(shownIds()).toEqual([2, 3]);
    expect(countOf("approval")).toBe("1 of 2");
    expect(countOf("preparation")).toBe("1");

    fireEvent.click(document.querySelector('[data-filter="clear"]')!);
    expect(shownIds()).toEqual([1, 2, 3]);
    // Still there (the bar keeps its layout), with nothing left to clear.
    expect(document.querySelector<HTMLButtonElement>('[data-filter="clear"]')!.disabled).toBe(true);
  });

  it("chips toggle and combine with the selects built from the cards", async () => {
    render(<App />);
    await screen.findByText("Latitude");

    const hold = document.querySelector<HTMLElement>('[data-filter="on-hold"]')!;
    fireEvent.click(hold);
    expect(hold.getAttribute("aria-pressed")).toBe("true");
    expect(shownIds()).toEqual([2]);
    fireEvent.click(hold);
    expect(shownIds()).toEqual([1, 2, 3]);

    fireEvent.click(document.querySelector('[data-filter="overdue"]')!);
    expect(shownIds()).toEqual([3]);
    fireEvent.click(document.querySelector('[data-filter="due-today"]')!);
    expect(shownIds()).toEqual([1, 3]);

    const customer = document.querySelector<HTMLSelectElement>('[data-filter="customer"]')!;
    expect([...customer.options].map((o) => o.textContent)).toEqual(["Any", "Contoso", "Northwind"]);
    fireEvent.change(customer, { target: { value: "Contoso" } });
    expect(shownIds()).toEqual([3]);

    const service = document.querySelector<HTMLSelectElement>('[data-filter="service"]')!;
    expect([...service.options].map((o) => o.value)).toEqual(["", "Accessories", "Laptops", "Screens"]);
  });
});
