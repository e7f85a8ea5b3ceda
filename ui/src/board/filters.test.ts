import { describe, expect, it } from "vitest";
import type { BoardFilter } from "./filters";
import { daysLeftInWeek, filterBoard, filterChoices, isFiltering, matchesFilter, noFilter } from "./filters";
import { board, card, column } from "../test/fixtures";

// Wednesday 25 Nov 2026: the week runs to Sunday 29 Nov.
const today = "2026-11-25";
const f = (patch: Partial<BoardFilter>): BoardFilter => ({ ...noFilter, ...patch });

const a = card({
  itemId: 1,
  orderNumber: "EF-001042",
  title: "Latitude 5440",
  customerName: "Northwind Ltd",
  recipientName: "Ada Lovelace",
  serviceName: "Laptop with set-up",
  dueDate: "2026-11-25",
});
const b = card({
  itemId: 2,
  orderNumber: "EF-002001",
  title: "Dock",
  customerName: "Contoso",
  recipientName: "Grace Hopper",
  serviceName: "Accessories",
  dueDate: "2026-11-20",
  onHold: true,
});
const c = card({ itemId: 3, title: "Monitor", customerName: "Contoso", serviceName: "Screens", dueDate: "2026-11-29" });
const d = card({ itemId: 4, title: "Headset", customerName: "Fabrikam", serviceName: "Accessories", dueDate: "2026-11-30" });
const done = card({ itemId: 5, title: "Mouse", customerName: "Fabrikam", serviceName: "Accessories", dueDate: null });
const all = [a, b, c, d, done];

const ids = (filter: BoardFilter) => all.filter((x) => matchesFilter(x, filter, today)).map((x) => x.itemId);

describe("board filters", () => {
  it.each<[string, Partial<BoardFilter>, number[]]>([
    ["no filter", {}, [1, 2, 3, 4, 5]],
    ["order number", { query: "ef-001042" }, [1]],
    ["title", { query: "DOCK" }, [2]],
    ["customer", { query: "contoso" }, [2, 3]],
    ["recipient", { query: "hopper" }, [2]],
    ["service", { query: "accessories" }, [2, 4, 5]],
    ["blank query", { query: "   " }, [1, 2, 3, 4, 5]],
    ["due today", { dueToday: true }, [1]],
    ["due this week (today to Sunday)", { dueThisWeek: true }, [1, 3]],
    ["overdue", { overdue: true }, [2]],
    ["due chips widen each other", { dueToday: true, overdue: true }, [1, 2]],
    ["on hold", { onHold: true }, [2]],
    ["customer select", { customer: "Fabrikam" }, [4, 5]],
    ["service select", { service: "Accessories" }, [2, 4, 5]],
    ["parts narrow each other", { service: "Accessories", customer: "Contoso" }, [2]],
    ["query and chip", { query: "contoso", dueThisWeek: true }, [3]],
  ])("%s", (_, patch, expected) => {
    expect(ids(f(patch))).toEqual(expected);
  });

  it("knows the days left in the week, Monday-first", () => {
    expect(daysLeftInWeek("2026-11-23")).toBe(6); // Monday
    expect(daysLeftInWeek("2026-11-25")).toBe(4); // Wednesday
    expect(daysLeftInWeek("2026-11-29")).toBe(0); // Sunday
  });

  it("says whether anything filters", () => {
    expect(isFiltering(noFilter)).toBe(false);
    expect(isFiltering(f({ query: " " }))).toBe(false);
    expect(isFiltering(f({ onHold: true }))).toBe(true);
  });

  it("filters each column's cards and keeps its total; no filter leaves the board as it is", () => {
    const view = board([column("approval", [a, b], { count: 7 }), column("done", [done])]);
    expect(filterBoard(view, noFilter, today)).toEqual({ board: view, totals: null });

    const { board: shown, totals } = filterBoard(view, f({ onHold: true }), today);
    expect(shown.columns.map((col) => col.cards.map((x) => x.itemId))).toEqual([[2], []]);
    expect(shown.columns.map((col) => col.count)).toEqual([1, 0]);
    expect(totals && Object.fromEntries(totals)).toEqual({ approval: 7, done: 1 });
  });

  it("lists the customers and services on the cards, once each, sorted", () => {
    expect(filterChoices(board([column("approval", all)]))).toEqual({
      customers: ["Contoso", "Fabrikam", "Northwind Ltd"],
      services: ["Accessories", "Laptop with set-up", "Screens"],
    });
  });
});
