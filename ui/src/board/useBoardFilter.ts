// The board's search and filter state, and the board as filtered for display.

import { useMemo, useState } from "react";
import type { BoardView } from "../bindings";
import { type BoardFilter, filterBoard, filterChoices, noFilter } from "./filters";

/** `customer` starts the board filtered to that customer's items (the Customers screen's "Show on the board"). */
export function useBoardFilter(board: BoardView | null, today: string, customer: string | null = null) {
  const [filter, setFilter] = useState<BoardFilter>(() => (customer ? { ...noFilter, customer } : noFilter));
  const filtered = useMemo(() => (board ? filterBoard(board, filter, today) : null), [board, filter, today]);
  const choices = useMemo(() => (board ? filterChoices(board) : { customers: [], services: [] }), [board]);
  return { filter, setFilter, shown: filtered?.board ?? null, totals: filtered?.totals ?? null, choices };
}
