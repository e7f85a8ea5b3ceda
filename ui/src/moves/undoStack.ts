// The undo slot: the last deliberate move the person made on the board (a
// drop, the move menu, the item panel). No React: components subscribe.
// Whether the move can be undone is Rust's call (commands.itemUndo).

export type UndoSlot = { itemId: number; label: string };

type Listener = (slot: UndoSlot | null) => void;

let slot: UndoSlot | null = null;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener(slot);
}

/** Remembers a move Rust accepted, replacing the one before. */
export function recordUndo(next: UndoSlot): void {
  slot = { ...next };
  notify();
}

export function currentUndo(): UndoSlot | null {
  return slot;
}

export function clearUndo(): void {
  if (slot === null) return;
  slot = null;
  notify();
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function subscribeUndo(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
