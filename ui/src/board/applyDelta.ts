// Brings a board Rust sent earlier up to date with what Rust says changed
// since (`board_changes`), so a write costs a few cards over IPC instead of
// the whole board. Mechanical only: where each card goes is Rust's answer
// (`PlacedCard.index`); this merely puts it there. Pure: no React, no IPC.

import type { BoardCard, BoardColumn, BoardDelta, BoardView, ColumnKey, PlacedCard } from "../bindings";
import { sameCard, sameCards } from "./stableBoard";

/**
 * `board` with `delta` applied: every placed or removed card taken out of
 * every column, then each placed card put at its index in its column
 * (ascending), counts and header figures from Rust. Cards and columns the
 * delta did not change keep their objects, so memoised cards and columns skip
 * them.
 *
 * `null` when the delta does not fit this board: it starts at another cursor,
 * or the result differs from Rust's count for a column (say a card aged out of
 * the 7-day Done column, which no delta mentions). The caller then loads the
 * whole board.
 */
export function applyDelta(board: BoardView, delta: BoardDelta): BoardView | null {
  if (delta.since !== board.cursor) return null;

  const counts = new Map<ColumnKey, number>(delta.counts.map((c) => [c.key, c.count]));
  if (counts.size !== board.columns.length) return null;

  const moved = new Set<number>(delta.removed);
  const incoming = new Map<ColumnKey, PlacedCard[]>();
  for (const p of delta.placed) {
    moved.add(p.card.itemId);
    const list = incoming.get(p.column);
    if (list) list.push(p);
    else incoming.set(p.column, [p]);
  }

  // A placed card keeps its earlier object when nothing on it changed.
  const before = new Map<number, BoardCard>();
  if (delta.placed.length > 0) {
    for (const column of board.columns) {
      for (const c of column.cards) if (moved.has(c.itemId)) before.set(c.itemId, c);
    }
  }

  const columns: BoardColumn[] = [];
  for (const column of board.columns) {
    const count = counts.get(column.key);
    if (count === undefined) return null;
    const placed = (incoming.get(column.key) ?? []).sort((a, b) => a.index - b.index);
    incoming.delete(column.key);
    const cards = merge(
      column.cards.filter((c) => !moved.has(c.itemId)),
      placed.map((p) => {
        const old = before.get(p.card.itemId);
        return { index: p.index, card: old && sameCard(old, p.card) ? old : p.card };
      }),
    );
    if (cards === null || cards.length !== count) return null;
    columns.push(sameCards(column.cards, cards) && column.count === count ? column : { ...column, count, cards });
  }
  // Rust placed a card in a column this board does not have.
  if (incoming.size > 0) return null;

  return {
    ...board,
    columns,
    openItems: delta.openItems,
    pendingApprovals: delta.pendingApprovals,
    generatedAt: delta.generatedAt,
    cursor: delta.cursor,
  };
}

/**
 * The kept cards in their order with each placed card at its index; `null`
 * when the indices do not fit (a gap, a repeat, past the end).
 */
function merge(kept: BoardCard[], placed: { index: number; card: BoardCard }[]): BoardCard[] | null {
  if (placed.length === 0) return kept;
  const out: BoardCard[] = [];
  let k = 0;
  let p = 0;
  const total = kept.length + placed.length;
  while (out.length < total) {
    const next = placed[p];
    if (next && next.index === out.length) {
      out.push(next.card);
      p += 1;
    } else if (next && next.index < out.length) {
      return null;
    } else if (k < kept.length) {
      out.push(kept[k]!);
      k += 1;
    } else {
      return null;
    }
  }
  return out;
}
