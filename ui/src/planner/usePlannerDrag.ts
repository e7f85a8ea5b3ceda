// Pointer-event drag and drop for the planner (WebKitGTK delivers no HTML5
// drag events): a queue entry onto a resource at a time, a booking to another
// time or resource, its right edge to resize it, or back onto the queue.
// The hook only tracks the pointer and asks `resolve` what lies under it;
// what a drop means is sent to Rust by `onDrop`, and Rust decides.

import { type PointerEvent as ReactPointerEvent, useCallback, useRef } from "react";
import type { PlannerBooking, QueueEntry } from "../bindings";
import { type DragFrame, type Point, usePointerDrag } from "../dnd/usePointerDrag";

/** Where the ghost sits relative to the pointer (negative: right of and below it). */
const GHOST_OFFSET: Point = { x: -14, y: -18 };

export type DragSource =
  | { kind: "queue"; entry: QueueEntry }
  /** `grabMinutes`: how far into the booking the pointer pressed, so it moves with the pointer. */
  | { kind: "move"; booking: PlannerBooking; resourceId: number; grabMinutes: number }
  | { kind: "resize"; booking: PlannerBooking; resourceId: number; day: string };

/** Where a drop would go: a resource on a local day from `start` to `end` (minutes), or back to the queue. */
export type DropTarget =
  | { kind: "slot"; resourceId: number; resourceName: string; day: string; start: number; end: number }
  | { kind: "queue" };

export type PlannerDrag = DragFrame & {
  source: DragSource;
  target: DropTarget | null;
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

const noTarget = (d: PlannerDrag): PlannerDrag => ({ ...d, target: null });

export function usePlannerDrag({ resolve, onDrop }: Options) {
  const { drag, current, setDrag, snapBack, press, consumeClick } = usePointerDrag<PlannerDrag>(noTarget);
  const latest = useRef({ resolve, onDrop });
  latest.current = { resolve, onDrop };

  const drop = useCallback(
    async (x: number, y: number) => {
      const d = current();
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
    [current, setDrag, snapBack],
  );

  const beginPointer = useCallback(
    (e: ReactPointerEvent<HTMLElement>, source: DragSource) => {
      const followed = press(e, {
        begin: (rect, _start, pos) => ({
          source,
          // The ghost hangs below-right of the pointer, so the row's time stays in sight.
          grab: GHOST_OFFSET,
          origin: { left: rect.left, top: rect.top, width: rect.width },
          pos,
          target: latest.current.resolve(pos.x, pos.y, source),
          phase: "dragging",
        }),
        hover: (d, pos) => ({ ...d, pos, target: latest.current.resolve(pos.x, pos.y, d.source) }),
        drop: (x, y) => void drop(x, y),
      });
      if (followed) e.stopPropagation();
    },
    [drop, press],
  );

  return { drag, beginPointer, consumeClick };
}
