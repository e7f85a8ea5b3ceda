import type { BoardCard, BoardColumn, BoardView, ColumnKey } from "../bindings";

let nextId = 1;

export function card(overrides: Partial<BoardCard> = {}): BoardCard {
  const itemId = overrides.itemId ?? nextId++;
  return {
    itemId,
    version: 1,
    orderId: 100 + itemId,
    orderVersion: 1,
    orderNumber: `SO-${1000 + itemId}`,
    position: 1,
    orderItemCount: 1,
    orderReadyCount: 0,
    title: "Laptop 14-inch, 16 GB",
    serviceName: "Laptop with set-up",
    customerName: "Northwind Ltd",
    recipientName: "Ada Lovelace",
    status: "awaiting_approval",
    statusLabel: "Awaiting approval",
    transactionType: "order",
    quantity: 1,
    onHold: false,
    holdReason: null,
    overridden: false,
    reason: "Line value over 2,000",
    dueDate: "2026-11-30",
    createdAt: "2026-11-20T09:00:00Z",
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
