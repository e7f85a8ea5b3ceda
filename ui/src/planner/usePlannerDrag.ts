// Pointer-event drag and drop for the planner (WebKitGTK delivers no HTML5
// drag events): a queue entry onto a resource at a time, a booking to another
// time or resource, its right edge to resize it, or back onto the queue.
// The hook only tracks the pointer and asks `resolve` what lies under it;
// what a drop means is sent to Rust by `onDrop`, and Rust decides.

import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useRef, useState } from "react";
import type { QueueEntry } from "../bindings";
import { DRAG_THRESHOLD, SNAP_BACK_MS } from "../board/dnd/useMoves";
import type { Booking } from "./api";

type Point = { x: number; y: number };

/** Where the ghost sits relative to the pointer (negative: right of and below it). */
const GHOST_OFFSET: Point = { x: -14, y: -18 };

export type DragSource =
  | { kind: "queue"; entry: QueueEntry }
  /** `grabMinutes`: how far into the booking the pointer pressed, so it moves with the pointer. */
  | { kind: "move"; booking: Booking; resourceId: number; grabMinutes: number }
  | { kind: "resize"; booking: Booking; resourceId: number; day: string };

/** Where a drop would go: a resource on a local day from `start` to `end` (minutes), or back to the queue. */
export type DropTarget =
  | { kind: "slot"; resourceId: number; resourceName: string; day: string; start: number; end: number }
  | { kind: "queue" };

export type PlannerDrag = {
  source: DragSource;
  grab: Point;
  origin: { left: number; top: number; width: number };
  pos: Point;
  target: DropTarget | null;
  phase: "dragging" | "dropping" | "returning";
};

/** How a drop went: Rust accepted it, refused it (snap back), or something else takes over (a dialog). */
export type DropResult = "done" | "refused" | "handled";

type Options = {
  resolve: (x: number, y: number, source: DragSource) => DropTarget | null;
  onDrop: (source: DragSource, target: DropTarget) => Promise<DropResult>;
};

export function sourceKey(source: DragSource): string {
  return source.kind === "queue" ? `q${source.entry.itemId}` : `b${source.booking.bookingId}`;
}

export function usePlannerDrag({ resolve, onDrop }: Options) {
  const [drag, setDragState] = useState<PlannerDrag | null>(null);
  const dragRef = useRef<PlannerDrag | null>(null);
  const pressing = useRef(false);
  const suppressClick = useRef(false);
  const detach = useRef<(() => void) | null>(null);
  const latest = useRef({ resolve, onDrop });
  latest.current = { resolve, onDrop };

  const setDrag = useCallback((next: PlannerDrag | null) => {
    dragRef.current = next;
    setDragState(next);
  }, []);

  const snapBack = useCallback(() => {
    const d = dragRef.current;
    if (!d) return;
    const back: PlannerDrag = {
      ...d,
      phase: "returning",
      target: null,
      pos: { x: d.origin.left + d.grab.x, y: d.origin.top + d.grab.y },
    };
    setDrag(back);
    setTimeout(() => {
      if (dragRef.current === back) setDrag(null);
    }, SNAP_BACK_MS);
  }, [setDrag]);

  const drop = useCallback(
    async (x: number, y: number) => {
      const d = dragRef.current;
      if (!d) return;
      const target = latest.current.resolve(x, y, d.source) ?? d.target;
      if (!target) {
        snapBack();
        return;
      }
      setDrag({ ...d, target, phase: "dropping" });
      const result = await latest.current.onDrop(d.source, target);
      if (result === "refused") snapBack();
      else setDrag(null);
    },
    [setDrag, snapBack],
  );

  const beginPointer = useCallback(
    (e: ReactPointerEvent<HTMLElement>, source: DragSource) => {
      suppressClick.current = false;
      if (e.button !== 0 || dragRef.current || pressing.current) return;
      e.stopPropagation();
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
          setDrag({
            source,
            // The ghost hangs below-right of the pointer, so the row's time stays in sight.
            grab: GHOST_OFFSET,
            origin: { left: rect.left, top: rect.top, width: rect.width },
            pos,
            target: latest.current.resolve(pos.x, pos.y, source),
            phase: "dragging",
          });
          return;
        }
        if (d.phase !== "dragging") return;
        ev.preventDefault();
        setDrag({ ...d, pos, target: latest.current.resolve(pos.x, pos.y, d.source) });
      };
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
        if (!dragRef.current) return; // a click
        suppressClick.current = true;
        void drop(ev.clientX, ev.clientY);
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
    },
    [drop, setDrag, snapBack],
  );

  useEffect(() => () => detach.current?.(), []);

  /** True (once) when the click that follows a drag should not open anything. */
  const consumeClick = useCallback(() => {
    const was = suppressClick.current;
    suppressClick.current = false;
    return was;
  }, []);

  return { drag, beginPointer, consumeClick };
}
