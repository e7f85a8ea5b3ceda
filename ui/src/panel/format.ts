// Display formatting for the item panel: pure functions, no React, no IPC.
// Today and the locale are arguments; left out, they are the desk's.

import type { TimelineEntry } from "../bindings";
import { deskToday } from "../clock";
import { dateLabel, dateRangeLabel, dateTimeLabel, deskLocale } from "../people";

/**
 * A timestamp in the desk's locale and zone, "25 Nov, 14:05" (en-GB), the
 * year when far from today; a bare date "YYYY-MM-DD" as "1 Dec".
 */
export function localDateTime(value: string, today: string = deskToday(), locale = deskLocale(), timeZone?: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateLabel(value, today, locale);
  return dateTimeLabel(value, today, locale, timeZone);
}

/** The requested delivery window: "1–5 Dec", "28 Nov – 2 Dec", or one date when both ends match. */
export function windowLabel(start: string, end: string, today: string = deskToday(), locale = deskLocale()): string {
  return dateRangeLabel(start, end, today, locale);
}

/** Requested specs as sorted [key, value] rows, keys made readable ("ram_gb" → "Ram gb"). */
export function specRows(specs: Partial<Record<string, string>>): { key: string; label: string; value: string }[] {
  return Object.entries(specs)
    .filter((e): e is [string, string] => typeof e[1] === "string")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, label: humanKey(key), value }));
}

function humanKey(key: string): string {
  const words = key.replace(/[_-]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

export type TimelineRow = {
  key: string;
  at: string;
  time: string;
  actor: string;
  kind: string;
  /** A plain move from one status to the next: its change says it all. */
  moved: boolean;
  /** "Awaiting approval → Preparing", or null for a step that kept the status (hold, release). */
  change: string | null;
  decisionPoint: string | null;
  reasons: string[];
  override: boolean;
  note: string | null;
};

/** Timeline entries newest first (ties keep Rust's order reversed), ready to draw. */
export function timelineRows(
  entries: readonly TimelineEntry[],
  today: string = deskToday(),
  locale = deskLocale(),
): TimelineRow[] {
  return entries
    .map((entry, index) => ({ entry, index, ms: Date.parse(entry.at) }))
    .sort((a, b) => {
      const byTime = (Number.isNaN(b.ms) ? 0 : b.ms) - (Number.isNaN(a.ms) ? 0 : a.ms);
      return byTime !== 0 ? byTime : b.index - a.index;
    })
    .map(({ entry, index }) => ({
      key: `${index}-${entry.at}`,
      at: entry.at,
      time: localDateTime(entry.at, today, locale),
      actor: entry.actor,
      kind: entry.kindLabel,
      moved: entry.kind === "transition",
      change: entry.from === entry.to ? null : `${entry.fromLabel} → ${entry.toLabel}`,
      decisionPoint: entry.decisionPoint ?? null,
      reasons: entry.reasons,
      override: entry.override,
      note: entry.note ? entry.note : null,
    }));
}
