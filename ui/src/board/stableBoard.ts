// Keeps the card and column objects of the previous board when Rust sends
// them again unchanged, so React's memo on Card and Column skips everything a
// change did not touch: a write redraws the cards it changed, not 10,000.
// Pure: no React.

import type { BoardCard, BoardColumn, BoardView } from "../bindings";

/** Same values in every field (a card's fields are all plain values). */
export function sameCard(a: BoardCard, b: BoardCard): boolean {
  if (a === b) return true;
  // Cheap checks first: most changed cards have a new version.
  if (a.itemId !== b.itemId || a.version !== b.version || a.orderVersion !== b.orderVersion) return false;
  const ka = Object.keys(a) as (keyof BoardCard)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    // Rust may send a missing optional as absent or as null: both mean none.
    if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  }
  return true;
}

/** The same card objects in the same order. */
export function sameCards(a: readonly BoardCard[], b: readonly BoardCard[]): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function sameColumnHead(a: BoardColumn, b: BoardColumn): boolean {
  return (
    a.key === b.key &&
    a.count === b.count &&
    a.title === b.title &&
    a.description === b.description &&
    a.decisionPoint === b.decisionPoint
  );
}

/**
 * `next`, with every card and column that equals one of `prev` replaced by
 * that earlier object. A card is matched by item id wherever it was (a move
 * keeps the card object when nothing on it changed but its column).
 */
export function reuseUnchanged(prev: BoardView | null, next: BoardView): BoardView {
  if (!prev || prev === next) return next;
  const before = new Map<number, BoardCard>();
  for (const column of prev.columns) for (const c of column.cards) before.set(c.itemId, c);
  const prevColumns = new Map(prev.columns.map((c) => [c.key, c]));

  const columns = next.columns.map((column) => {
    let changed = false;
    const cards = column.cards.map((c) => {
      const old = before.get(c.itemId);
      if (old && sameCard(old, c)) return old;
      changed = true;
      return c;
    });
    const old = prevColumns.get(column.key);
    if (old && !changed && sameColumnHead(old, column) && sameCards(old.cards, cards)) return old;
    return { ...column, cards };
  });
  return { ...next, columns };
}
