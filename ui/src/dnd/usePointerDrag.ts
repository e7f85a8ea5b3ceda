// The pointer mechanics both drags share, the board's and the planner's
// (WebKitGTK delivers no HTML5 drag events): a press becomes a drag after
// DRAG_THRESHOLD px, the pointer is captured and followed through window
// listeners, Esc or pointercancel snaps the ghost back, the click after a drag
// is swallowed, and every listener goes when the press ends or the screen
// unmounts. What is dragged, what lies under the pointer and what a drop means
// stay with the caller.

import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useRef, useState } from "react";

/** Pointer travel (px) before a press becomes a drag; less is a click. */
export const DRAG_THRESHOLD = 5;
/** Length of the snap-back animation. */
export const SNAP_BACK_MS = 220;

export type Point = { x: number; y: number };

/** What every drag carries to draw its ghost. */
export type DragFrame = {
  /** Pointer position minus the ghost's top-left corner. */
  grab: Point;
  /** The pressed element's top-left corner and width at the press. */
  origin: { left: number; top: number; width: number };
  /** Where the pointer is (or, while snapping back, where it returns to). */
  pos: Point;
  phase: "dragging" | "dropping" | "returning";
};

/** One press: what the caller does at each step of it. */
export type Press<D extends DragFrame> = {
  /** The press passed the threshold: the drag to show (pressed element's rect, press point, pointer now). */
  begin: (rect: DOMRect, start: Point, pos: Point) => D;
  /** The pointer moved during the drag: the drag with `pos` and whatever lies under it. */
  hover: (drag: D, pos: Point) => D;
  /** The pointer went up during a drag at (x, y). */
  drop: (x: number, y: number) => void;
};

/**
 * `leave`: the drag with nothing under it, for the snap-back.
 * Returns the drag, `press` for an element's onPointerDown, and the rest for
 * the caller's drop: `current()` (the drag now), `setDrag`, `snapBack`.
 */
export function usePointerDrag<D extends DragFrame>(leave: (drag: D) => D) {
  const [drag, setDragState] = useState<D | null>(null);
  const dragRef = useRef<D | null>(null);
  const pressing = useRef(false);
  const suppressClick = useRef(false);
  const detach = useRef<(() => void) | null>(null);
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  const setDrag = useCallback((next: D | null) => {
    dragRef.current = next;
    setDragState(next);
  }, []);

  const current = useCallback(() => dragRef.current, []);

  const snapBack = useCallback(() => {
    const d = dragRef.current;
    if (!d) return;
    const back: D = {
      ...leaveRef.current(d),
      phase: "returning",
      pos: { x: d.origin.left + d.grab.x, y: d.origin.top + d.grab.y },
    };
    setDrag(back);
    setTimeout(() => {
      if (dragRef.current === back) setDrag(null);
    }, SNAP_BACK_MS);
  }, [setDrag]);

  /** Follows a press; false when it is not one to follow (not the main button, or a drag is on). */
  const press = useCallback(
    (e: ReactPointerEvent<HTMLElement>, steps: Press<D>): boolean => {
      suppressClick.current = false;
      if (e.button !== 0 || dragRef.current || pressing.current) return false;
      const el = e.currentTarget;
      const pointerId = e.pointerId;
      const start = { x: e.clientX, y: e.clientY };
      pressing.current = true;
      try {
        el.setPointerCapture?.(pointerId);
      } catch {
        /* not capturable (synthetic event): window listeners still see it */
      }

      const onMove = (ev: PointerEvent) => {
        if (ev.pointerId !== pointerId) return;
        const pos = { x: ev.clientX, y: ev.clientY };
        const d = dragRef.current;
        if (!d) {
          if (Math.hypot(pos.x - start.x, pos.y - start.y) < DRAG_THRESHOLD) return;
          const rect = el.getBoundingClientRect();
          window.getSelection?.()?.removeAllRanges();
          setDrag(steps.begin(rect, start, pos));
          return;
        }
        if (d.phase !== "dragging") return;
        ev.preventDefault();
        setDrag(steps.hover(d, pos));
      };
      // No text selection while pressing and dragging.
      const onSelectStart = (ev: Event) => ev.preventDefault();
      const finish = () => {
        window.removeEventListener("selectstart", onSelectStart, true);
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        window.removeEventListener("pointercancel", onCancel);
        window.removeEventListener("keydown", onKey, true);
        try {
          if (el.hasPointerCapture?.(pointerId)) el.releasePointerCapture(pointerId);
        } catch {
          /* already released */
        }
        pressing.current = false;
        detach.current = null;
      };
      const onUp = (ev: PointerEvent) => {
        if (ev.pointerId !== pointerId) return;
        finish();
        if (!dragRef.current) return; // a click: the element's onClick handles it
        suppressClick.current = true;
        steps.drop(ev.clientX, ev.clientY);
      };
      const onCancel = (ev: PointerEvent) => {
        if (ev.pointerId !== pointerId) return;
        finish();
        snapBack();
      };
      const onKey = (ev: KeyboardEvent) => {
        if (ev.key !== "Escape" || !dragRef.current) return;
        ev.preventDefault();
        suppressClick.current = true;
        finish();
        snapBack();
      };
      window.addEventListener("selectstart", onSelectStart, true);
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
      window.addEventListener("pointercancel", onCancel);
      window.addEventListener("keydown", onKey, true);
      detach.current = finish;
      return true;
    },
    [setDrag, snapBack],
  );

  useEffect(() => () => detach.current?.(), []);

  /** True (once) when the click that follows a drag should not open anything. */
  const consumeClick = useCallback(() => {
    const was = suppressClick.current;
    suppressClick.current = false;
    return was;
  }, []);

  return { drag, current, setDrag, snapBack, press, consumeClick };
}
