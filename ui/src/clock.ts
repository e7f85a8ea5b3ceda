// The desk's clock is Rust's: "now" and "today" must be the same instant and
// day on both sides (a test build may start Rust's clock at a fixed instant).
// The UI takes it once at start-up (start.ts) and keeps the difference to its own clock.

import type { ClockView } from "./bindings";
import { localIsoDate } from "./format";

let offsetMs = 0;

/** Runs the desk on Rust's clock, as `clock` read it. */
export function setClock(clock: ClockView): void {
  const rust = Date.parse(clock.now);
  if (!Number.isNaN(rust)) offsetMs = rust - Date.now();
}

/** The desk's current time. */
export function deskNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The desk's calendar day, "YYYY-MM-DD" in the webview's zone. */
export function deskToday(): string {
  return localIsoDate(deskNow());
}
