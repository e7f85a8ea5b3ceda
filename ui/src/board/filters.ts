// Search and filters over the board Rust returned: display only, nothing is
// decided here about an item — a card is drawn or not. No React, no IPC.

import type { BoardCard, BoardView, ColumnKey } from "../bindings";
import { daysUntil, dueState } from "../format";

export type BoardFilter = {
  /** Free text: order number, title, customer, recipient or service (case-insensitive). */
  query: string;
  dueToday: boolean;
  dueThisWeek: boolean;
  overdue: boolean;
  onHold: boolean;
  /** Exact customer name, or null for any. */
  customer: string | null;
  /** Exact service name, or null for any. */
  service: string | null;
};

export const noFilter: BoardFilter = {
  query: "",
  dueToday: false,
  dueThisWeek: false,
  overdue: false,
  onHold: false,
  customer: null,
  service: null,
};

export function isFiltering(f: BoardFilter): boolean {
  return (
    f.query.trim() !== "" ||
    f.dueToday ||
    f.dueThisWeek ||
    f.overdue ||
    f.onHold ||
    f.customer !== null ||
    f.service !== null
  );
}

/** Days from `today` ("YYYY-MM-DD") to the Sunday that ends its week (Monday-first weeks). */
export function daysLeftInWeek(today: string): number {
  const weekday = new Date(`${today.slice(0, 10)}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return Number.isNaN(weekday) ? 6 : (7 - weekday) % 7;
}

/**
 * The due chips widen each other (a card due today or overdue passes "Due
 * today" + "Overdue"); every other part narrows.
 */
function matchesDue(card: BoardCard, f: BoardFilter, today: string): boolean {
  if (!f.dueToday && !f.dueThisWeek && !f.overdue) return true;
  const due = card.dueDate ?? null;
  const state = dueState(due, today);
  if (state === "none" || due === null) return false;
  if (f.overdue && state === "overdue") return true;
  if (f.dueToday && state === "today") return true;
  if (f.dueThisWeek) {
    const days = daysUntil(due, today);
    if (days !== null && days >= 0 && days <= daysLeftInWeek(today)) return true;
  }
  return false;
}

function matchesQuery(card: BoardCard, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === "") return true;
  return [card.orderNumber, card.title, card.customerName, card.recipientName, card.serviceName].some((field) =>
    field.toLowerCase().includes(q),
  );
}

export function matchesFilter(card: BoardCard, f: BoardFilter, today: string): boolean {
  if (f.onHold && !card.onHold) return false;
  if (f.customer !== null && card.customerName !== f.customer) return false;
  if (f.service !== null && card.serviceName !== f.service) return false;
  return matchesQuery(card, f.query) && matchesDue(card, f, today);
}

/**
 * The board with only the cards that match (each column's `count` becomes
 * its matches) and, when filtering, each column's own total by key.
 * Without a filter, the board as it is and no totals.
 */
export function filterBoard(
  board: BoardView,
  f: BoardFilter,
  today: string,
): { board: BoardView; totals: ReadonlyMap<ColumnKey, number> | null } {
  if (!isFiltering(f)) return { board, totals: null };
  const totals = new Map<ColumnKey, number>();
  const columns = board.columns.map((column) => {
    totals.set(column.key, column.count);
    const cards = column.cards.filter((c) => matchesFilter(c, f, today));
    return { ...column, cards, count: cards.length };
  });
  return { board: { ...board, columns } as BoardView, totals };
}

/** The customers and services on the board's cards, sorted, for the selects. */
export function filterChoices(board: BoardView): { customers: string[]; services: string[] } {
  const customers = new Set<string>();
  const services = new Set<string>();
  for (const column of board.columns) {
    for (const card of column.cards) {
      if (card.customerName) customers.add(card.customerName);
      if (card.serviceName) services.add(card.serviceName);
    }
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { customers: sort(customers), services: sort(services) };
}
