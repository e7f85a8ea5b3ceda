// Display formatting for the item panel: pure functions, no React, no IPC.

import type { TimelineEntry } from "../bindings";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A calendar date "YYYY-MM-DD" as "1 Dec 2026"; anything else unchanged. */
function dateOnlyLabel(value: string): string | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return null;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** A timestamp in local time, "25 Nov 2026, 14:05"; a bare date as "25 Nov 2026". */
export function localDateTime(value: string): string {
  const dateOnly = dateOnlyLabel(value);
  if (dateOnly) return dateOnly;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The requested delivery window: "1 Dec 2026 – 5 Dec 2026", or one date when both ends match. */
export function windowLabel(start: string, end: string): string {
  const from = localDateTime(start);
  const to = localDateTime(end);
  return from === to ? from : `${from} – ${to}`;
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
  /** "Awaiting approval → Preparing", or null for a step that kept the status (hold, release). */
  change: string | null;
  decisionPoint: string | null;
  reasons: string[];
  override: boolean;
  note: string | null;
};

/** Timeline entries newest first (ties keep Rust's order reversed), ready to draw. */
export function timelineRows(entries: readonly TimelineEntry[]): TimelineRow[] {
  return entries
    .map((entry, index) => ({ entry, index, ms: Date.parse(entry.at) }))
    .sort((a, b) => {
      const byTime = (Number.isNaN(b.ms) ? 0 : b.ms) - (Number.isNaN(a.ms) ? 0 : a.ms);
      return byTime !== 0 ? byTime : b.index - a.index;
    })
    .map(({ entry, index }) => ({
      key: `${index}-${entry.at}`,
      at: entry.at,
      time: localDateTime(entry.at),
      actor: entry.actor,
      kind: entry.kindLabel,
      change: entry.from === entry.to ? null : `${entry.fromLabel} → ${entry.toLabel}`,
      decisionPoint: entry.decisionPoint ?? null,
      reasons: entry.reasons,
      override: entry.override,
      note: entry.note ? entry.note : null,
    }));
}
