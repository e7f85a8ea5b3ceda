// How much of a long column to put in the DOM. Virtualisation will replace
// this; until then a column draws its first cards and says how many are left.

export const COLUMN_RENDER_LIMIT = 200;

/**
 * The cards to draw and how many of the column's `total` are left out.
 * `total` is the column's count, which may exceed the cards Rust sent.
 */
export function limitCards<T>(cards: readonly T[], total: number, limit = COLUMN_RENDER_LIMIT): { shown: readonly T[]; hidden: number } {
  const shown = cards.length > limit ? cards.slice(0, limit) : cards;
  return { shown, hidden: Math.max(total, cards.length) - shown.length };
}
