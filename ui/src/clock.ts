// The desk's clock is Rust's: "now" and "today" must be the same instant and
// day on both sides (a test build may start Rust's clock at a fixed instant).
// The UI asks once at start-up and keeps the difference to its own clock.

import { commands } from "./bindings";
import { localIsoDate } from "./format";
import { call } from "./ipc";

let offsetMs = 0;

/** Reads Rust's clock; on failure the UI runs on its own (the same in a normal build). */
export async function syncClock(): Promise<void> {
  // Through the one IPC path; a failure (no Tauri, as in a browser preview)
  // leaves the webview's clock as the desk's.
  const res = await call(() => commands.clockGet());
  if (!res.ok) return;
  const rust = Date.parse(res.data.now);
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
