// Bringing a card back into the DOM by its item id. A long column is
// virtualised (useVirtualColumn): most of its cards are not drawn, so a
// `querySelector` for one of them finds nothing and focus given "back to the
// card" (after the move menu, the move dialog, the item panel) is lost.
// Each card list registers a revealer here; the list that holds the card
// scrolls to it, keeps it drawn and answers with its element once drawn.

/**
 * One card list's answer: null when the card is not in this list, else its
 * element once drawn (null if it could not be drawn in time).
 */
export type Revealer = (itemId: number) => Promise<HTMLElement | null> | null;

/** How long a list waits for a revealed card to be drawn before it answers null, ms. */
export const REVEAL_TIMEOUT_MS = 1000;

const revealers = new Set<Revealer>();

/** Registers a card list's revealer; returns the unregister function. */
export function onRevealCard(revealer: Revealer): () => void {
  revealers.add(revealer);
  return () => {
    revealers.delete(revealer);
  };
}

/** The card's element if it is drawn now (under `root`), else null. */
export function drawnCard(itemId: number, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`.card[data-item-id="${itemId}"]`);
}

/**
 * The card's element, drawn: at once when it already is, else after the list
 * holding it has scrolled to it and drawn it. Null when no list holds it.
 */
export function revealCard(itemId: number): Promise<HTMLElement | null> {
  const drawn = drawnCard(itemId);
  if (drawn) return Promise.resolve(drawn);
  for (const reveal of revealers) {
    const answer = reveal(itemId);
    if (answer) return answer;
  }
  return Promise.resolve(null);
}

/**
 * Gives keyboard focus (back) to a card. A drawn card is focused at once (as
 * a plain `focus()` would); one a long column has not drawn is revealed
 * first, and focused only if focus is still nowhere by then (the person may
 * have gone on meanwhile).
 */
export function focusCard(itemId: number): void {
  const drawn = drawnCard(itemId);
  if (drawn) {
    drawn.focus();
    return;
  }
  void revealCard(itemId).then((el) => {
    if (el?.isConnected && focusIsLost()) el.focus();
  });
}

function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** How long after a move a redrawn board may still give focus back to its card, ms. */
export const FOLLOW_MS = 3000;

let following: { itemId: number; until: number } | null = null;

/**
 * Keeps focus with a card a move is about to redraw in another column: the
 * refresh unmounts the element that had focus. Boards drawn within FOLLOW_MS
 * give the card focus back, wherever it now is, if focus was lost meanwhile.
 */
export function followCard(itemId: number): void {
  following = { itemId, until: Date.now() + FOLLOW_MS };
}

/** Called once a new board is drawn (see Board's useStableBoard). */
export function boardDrawn(): void {
  const f = following;
  if (!f) return;
  if (Date.now() > f.until) {
    following = null;
    return;
  }
  if (focusIsLost()) focusCard(f.itemId);
}
