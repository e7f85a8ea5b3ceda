// Planner time helpers: pure functions, no React, no IPC.
//
// Rust speaks RFC 3339 UTC instants and checks a resource's working hours
// ("08:00"–"17:00") on the shop's wall clock (the desk's zone, which is the
// webview's too). The planner draws everything in local time: a day column is
// a local calendar day, a booking sits where its instant falls in it, and a
// resource's hours are those wall-clock times. A drop turns a local day +
// minutes back into a UTC instant.

import type { PlannerResource } from "../bindings";
import { deskToday } from "../clock";
import { addDays, localIsoDate } from "../format";
import { i18n } from "../i18n";
import { dateRangeLabel, deskLocale, longDateLabel, weekdayDateLabel } from "../people";

export const SNAP_MINUTES = 15;
export const DAY_MINUTES = 24 * 60;

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const [y, m, d] = parts(day);
  const w = new Date(Date.UTC(y, m, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The Monday of the week `day` is in. */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The days of a view: one for Day, seven from Monday for Week. */
export function viewDays(mode: "day" | "week", anchor: string): string[] {
  if (mode === "day") return [anchor];
  const monday = weekStart(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

function localMidnight(day: string): number {
  const [y, m, d] = parts(day);
  return new Date(y, m, d).getTime();
}

/** Minutes from local midnight of `day` to an instant (may be negative or past 1440). */
export function minutesInDay(instant: string, day: string): number {
  return Math.round((Date.parse(instant) - localMidnight(day)) / 60_000);
}

/** The UTC instant at `minutes` past local midnight of `day`, as RFC 3339 ("…Z", no millis). */
export function instantAt(day: string, minutes: number): string {
  const [y, m, d] = parts(day);
  return new Date(y, m, d, 0, minutes).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The local calendar day an instant falls on. */
export function localDayOf(instant: string): string {
  return localIsoDate(new Date(instant));
}

/** Rounds to the nearest snap step. */
export function snap(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

/** "07:30" for minutes past midnight. */
export function hhmm(minutes: number): string {
  const m = ((Math.round(minutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "09:00" → 540; null when not a time. */
export function parseHhmm(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** "Wed 25 Nov" (en-GB), "Mi., 25. Nov." (de-AT); the year when far from today. Today and the locale default to the desk's. */
export function dayLabel(day: string, today: string = deskToday(), locale = deskLocale()): string {
  return weekdayDateLabel(day, today, locale);
}

/** "Wednesday, 25 November 2026", for the day sheet. */
export function longDayLabel(day: string, locale = deskLocale()): string {
  return longDateLabel(day, locale);
}

export type DayState = { working: true } | { working: false; why: string };

/** Whether the resource works on that day (weekly pattern and days off), as Rust draws it. */
export function dayState(resource: PlannerResource, day: string): DayState {
  if (!resource.workDays.includes(isoWeekday(day))) return { working: false, why: i18n.t("planner.notWorkDay") };
  if (resource.daysOff.includes(day)) return { working: false, why: i18n.t("planner.dayOff") };
  return { working: true };
}

/** The resource's working hours, in minutes of the shop's day (its wall clock, as Rust checks them). */
export function workMinutes(resource: PlannerResource): { start: number; end: number } {
  return { start: parseHhmm(resource.workStart) ?? 0, end: parseHhmm(resource.workEnd) ?? 0 };
}

/**
 * The hours a Day view shows: from the earliest start to the latest end of
 * every resource's working hours, in whole hours, widened for any booking
 * that falls outside them.
 */
export function hourRange(
  resources: PlannerResource[],
  day: string,
  bookings: { start: string; end: string }[] = [],
): { from: number; to: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of resources) {
    const w = workMinutes(r);
    lo = Math.min(lo, w.start);
    hi = Math.max(hi, w.end);
  }
  if (!Number.isFinite(lo)) {
    lo = 7 * 60;
    hi = 19 * 60;
  }
  for (const b of bookings) {
    lo = Math.min(lo, minutesInDay(b.start, day));
    hi = Math.max(hi, minutesInDay(b.end, day));
  }
  const from = Math.max(0, Math.floor(lo / 60) * 60);
  const to = Math.min(DAY_MINUTES, Math.ceil(hi / 60) * 60);
  return to > from ? { from, to } : { from: 0, to: DAY_MINUTES };
}

/** Whether [start, end) overlaps local `day`. */
export function overlapsDay(start: string, end: string, day: string): boolean {
  return minutesInDay(start, day) < DAY_MINUTES && minutesInDay(end, day) > 0;
}

/** "25 Nov – 1 Dec", "1–5 Dec" for a window of two ISO dates; the year when far from today. */
export function windowLabel(start: string, end: string, today: string = deskToday(), locale = deskLocale()): string {
  return dateRangeLabel(start, end, today, locale);
}
