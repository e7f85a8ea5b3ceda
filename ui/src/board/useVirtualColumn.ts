// Virtualises a long column: only the cards in (and just around) the visible
// part of its scroller are in the DOM; the list keeps the full height so the
// scrollbar tells the truth. Cards differ in height, so each drawn card is
// measured (measureElement) and the estimate only places cards never drawn.

import { defaultRangeExtractor, type Range, useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { type RefObject, useCallback, useMemo } from "react";
import type { BoardCard } from "../bindings";

/** Columns up to this many cards draw every card (cheap, and simplest for keyboard and drag). */
export const VIRTUALISE_FROM = 60;
/** The gap between cards, px (matches .column__cards' gap). */
export const CARD_GAP = 8;
/** A typical card's height before it is measured, px. */
export const ESTIMATED_CARD_HEIGHT = 150;
/** Cards drawn above and below the visible ones (room for Tab and fast scrolling). */
export const OVERSCAN = 6;

export type VirtualColumn = {
  /** False: draw every card in flow. */
  enabled: boolean;
  /** The list's full height, px (when enabled). */
  totalSize: number;
  /** The cards to draw and where (when enabled), in index order. */
  items: VirtualItem[];
  /** The ref each drawn card passes to its element, for measuring. */
  measure: (el: Element | null) => void;
  /** Scrolls the card at `index` to the middle of the scroller (when enabled). */
  scrollToIndex: (index: number) => void;
};

/**
 * The range to draw, plus the indexes of cards that must stay in the DOM
 * even when scrolled away (the focused card, the dragged card): removing a
 * focused element would drop keyboard focus to the page.
 */
export function rangeWith(range: Range, pinned: readonly number[]): number[] {
  const indexes = defaultRangeExtractor(range);
  const first = indexes[0] ?? 0;
  const last = indexes[indexes.length - 1] ?? -1;
  const extra = pinned.filter((i) => i >= 0 && i < range.count && (i < first || i > last));
  if (extra.length === 0) return indexes;
  // In index order: that is the DOM order, which is the Tab order.
  return [...new Set([...indexes, ...extra])].sort((a, b) => a - b);
}

/**
 * The indexes to keep drawn around the focused card (and the dragged card):
 * Tab and Shift+Tab then always find the next card in the DOM, however fast
 * they come, without waiting for the scroll event that focusing causes.
 */
export function pinnedIndexes(focused: number, dragged: number, count: number, around = OVERSCAN): number[] {
  const out: number[] = [];
  if (focused >= 0) {
    for (let i = Math.max(0, focused - around); i <= Math.min(count - 1, focused + around); i++) out.push(i);
  }
  if (dragged >= 0 && !out.includes(dragged)) out.push(dragged);
  return out;
}

/**
 * `revealedId`: a card being revealed (see revealCard.ts) stays drawn too,
 * wherever the scroller is, until focus comes into the list.
 */
export function useVirtualColumn(
  cards: readonly BoardCard[],
  scroller: RefObject<HTMLElement | null>,
  focusedId: number | null,
  draggedId: number | null,
  revealedId: number | null = null,
): VirtualColumn {
  const enabled = cards.length > VIRTUALISE_FROM;
  const getItemKey = useCallback((index: number) => cards[index]?.itemId ?? index, [cards]);
  const pinned = useMemo(() => {
    if (!enabled || (focusedId === null && draggedId === null && revealedId === null)) return [];
    const indexOf = (id: number | null) => (id === null ? -1 : cards.findIndex((c) => c.itemId === id));
    const out = pinnedIndexes(indexOf(focusedId), indexOf(draggedId), cards.length);
    const revealed = indexOf(revealedId);
    return revealed >= 0 && !out.includes(revealed) ? [...out, revealed] : out;
  }, [cards, enabled, focusedId, draggedId, revealedId]);
  const rangeExtractor = useCallback((range: Range) => rangeWith(range, pinned), [pinned]);

  const virtualizer = useVirtualizer({
    count: cards.length,
    enabled,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    gap: CARD_GAP,
    overscan: OVERSCAN,
    getItemKey,
    rangeExtractor,
  });

  const scrollToIndex = useCallback(
    (index: number) => {
      if (enabled) virtualizer.scrollToIndex(index, { align: "center" });
    },
    [enabled, virtualizer],
  );

  return {
    enabled,
    totalSize: enabled ? virtualizer.getTotalSize() : 0,
    items: enabled ? virtualizer.getVirtualItems() : [],
    measure: virtualizer.measureElement,
    scrollToIndex,
  };
}
