// How this desk likes its board drawn: compact cards or full ones, and which
// columns are folded to a strip. A desk preference, not shop data, so it
// lives in localStorage (a bad or missing value reads as the default).

import { createContext, useCallback, useState } from "react";
import type { ColumnKey } from "../bindings";

export const LAYOUT_KEY = "equipflow.board.layout";

export type BoardLayout = { compact: boolean; collapsed: readonly ColumnKey[] };

const DEFAULT: BoardLayout = { compact: false, collapsed: [] };

export function loadLayout(storage: Pick<Storage, "getItem"> | null = safeStorage()): BoardLayout {
  try {
    const raw = JSON.parse(storage?.getItem(LAYOUT_KEY) ?? "null") as Partial<BoardLayout> | null;
    return {
      compact: raw?.compact === true,
      collapsed: Array.isArray(raw?.collapsed) ? raw.collapsed.filter((k): k is ColumnKey => typeof k === "string") : [],
    };
  } catch {
    return DEFAULT;
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage switched off: the board still works, it just forgets
  }
}

function saveLayout(layout: BoardLayout) {
  try {
    safeStorage()?.setItem(LAYOUT_KEY, JSON.stringify(layout));
  } catch {
    // A full or refused storage only costs remembering the choice.
  }
}

/** The desk's board layout, remembered across restarts. */
export function useBoardLayout() {
  const [layout, setLayout] = useState<BoardLayout>(() => loadLayout());
  const update = useCallback((change: (l: BoardLayout) => BoardLayout) => {
    setLayout((l) => {
      const next = change(l);
      saveLayout(next);
      return next;
    });
  }, []);
  const setCompact = useCallback((compact: boolean) => update((l) => ({ ...l, compact })), [update]);
  const toggleColumn = useCallback(
    (key: ColumnKey) =>
      update((l) => ({
        ...l,
        collapsed: l.collapsed.includes(key) ? l.collapsed.filter((k) => k !== key) : [...l.collapsed, key],
      })),
    [update],
  );
  return { layout, setCompact, toggleColumn };
}

/** Whether cards draw compact: set by the board, read by every card (memoised cards redraw when it flips). */
export const CompactCards = createContext(false);
