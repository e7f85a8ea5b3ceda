// Ctrl+Z / Cmd+Z on the board: undo the last recorded move (moves/undoStack).
// Inside a text field the key stays the field's own undo.

import { useEffect, useRef } from "react";
import { runUndo } from "../../moves/runUndo";
import { type Notice, noticeFor } from "../../moves/notice";
import { currentUndo } from "../../moves/undoStack";

/** A place where Ctrl+Z means "undo my typing", not "undo my move". */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

export function isUndoKey(e: KeyboardEvent): boolean {
  return (e.key === "z" || e.key === "Z") && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey;
}

/** Ctrl+Z undoes the last recorded move; `show` puts Rust's answer (where the item went, or why not) on the board. */
export function useUndoShortcut(show: (notice: Notice) => void) {
  const running = useRef(false);
  const showRef = useRef(show);
  showRef.current = show;

  useEffect(() => {
    async function onKey(e: KeyboardEvent) {
      if (!isUndoKey(e) || e.defaultPrevented || isTextEntry(e.target)) return;
      const slot = currentUndo();
      if (!slot) return;
      e.preventDefault();
      if (running.current) return;
      running.current = true;
      try {
        showRef.current(noticeFor(await runUndo(slot), slot.itemId));
      } finally {
        running.current = false;
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
