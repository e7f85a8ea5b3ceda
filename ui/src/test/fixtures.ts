import type { BoardCard, BoardColumn, BoardView, ColumnKey } from "../bindings";
import { rustCard } from "./rust";

let nextId = 1;

/** A board card: Rust's first approval card of the demo shop, with its own id and order. */
export function card(overrides: Partial<BoardCard> = {}): BoardCard {
  const itemId = overrides.itemId ?? nextId++;
  const orderId = overrides.orderId ?? 100 + itemId;
  return {
    ...rustCard("approval"),
    itemId,
    version: 1,
    orderId,
    orderVersion: 1,
    // Rust's order numbers: EF- and six digits of the order id.
    orderNumber: `EF-${String(orderId).padStart(6, "0")}`,
    position: 1,
    orderItemCount: 1,
    orderReadyCount: 0,
    orderDeliveredCount: 0,
    ...overrides,
  };
}

export function column(key: ColumnKey, cards: BoardCard[], overrides: Partial<BoardColumn> = {}): BoardColumn {
  return {
    key,
    decisionPoint: "D1",
    title: key,
    description: `Items at ${key}`,
    count: cards.length,
    cards,
    ...overrides,
  };
}

export function board(columns: BoardColumn[], overrides: Partial<BoardView> = {}): BoardView {
  return {
    columns,
    openItems: columns.reduce((n, c) => n + c.count, 0),
    pendingApprovals: 0,
    generatedAt: "2026-11-25T10:15:00Z",
    cursor: 0,
    ...overrides,
  };
}
