// The board's search and filter state, and the board as filtered for display.

import { useMemo, useState } from "react";
import type { BoardView } from "../bindings";
import { type BoardFilter, filterBoard, filterChoices, noFilter } from "./filters";

export function useBoardFilter(board: BoardView | null, today: string) {
  const [filter, setFilter] = useState<BoardFilter>(noFilter);
  const filtered = useMemo(() => (board ? filterBoard(board, filter, today) : null), [board, filter, today]);
  const choices = useMemo(() => (board ? filterChoices(board) : { customers: [], services: [] }), [board]);
  return { filter, setFilter, shown: filtered?.board ?? null, totals: filtered?.totals ?? null, choices };
}
