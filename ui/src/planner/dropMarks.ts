// Rust's drop map on the planner's side: which rows and start times a drag
// would be refused on, looked up, never decided (planner_drop_map judges every
// start with the very check a drop meets). No React.

import type { DropMap, DropSpan, DropVerdict } from "../bindings";

/** What a drop starting at some minute of a row meets, and why. */
export type DropMark = { verdict: DropVerdict; reason: string | null };

/** A row refused at every hour (the whole day, or the resource), and why; else null. */
export function rowRefusal(map: DropMap, resourceId: number): string | null {
  if (map.refused) return map.refused;
  return map.resources.find((r) => r.resourceId === resourceId)?.refused ?? null;
}

/** Rust's word on a drop starting `minute` past midnight on a row; null when the map names no such start. */
export function markAt(map: DropMap, resourceId: number, minute: number): DropMark | null {
  const whole = rowRefusal(map, resourceId);
  if (whole) return { verdict: "refused", reason: whole };
  const row = map.resources.find((r) => r.resourceId === resourceId);
  const span = row?.spans.find((s) => s.fromMinute <= minute && minute < s.toMinute);
  return span ? { verdict: span.verdict, reason: span.reason ?? null } : null;
}

/** The marked (not free) spans of a row, clipped to the hours shown. */
export function markedSpans(map: DropMap, resourceId: number, range: { from: number; to: number }): DropSpan[] {
  const row = map.resources.find((r) => r.resourceId === resourceId);
  return (row?.spans ?? [])
    .filter((s) => s.verdict !== "free" && s.toMinute > range.from && s.fromMinute < range.to)
    .map((s) => ({ ...s, fromMinute: Math.max(s.fromMinute, range.from), toMinute: Math.min(s.toMinute, range.to) }));
}
