// Whether the approvals inbox is open: the header's badge opens it, the inbox
// closes it. A tiny store so neither has to thread state through the board.

import { useSyncExternalStore } from "react";

let open = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (open === next) return;
  open = next;
  for (const l of listeners) l();
}

export function openInbox() {
  set(true);
}

export function closeInbox() {
  set(false);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useInboxOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
