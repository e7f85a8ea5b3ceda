// The desk's clock is Rust's: "now" and "today" must be the same instant and
// day on both sides (a test build may start Rust's clock at a fixed instant).
// The UI asks once at start-up and keeps the difference to its own clock.

import { commands } from "./bindings";
import { localIsoDate } from "./format";

let offsetMs = 0;

/** Reads Rust's clock; on failure the UI runs on its own (the same in a normal build). */
export async function syncClock(): Promise<void> {
  try {
    const res = await commands.clockGet();
    if (res.status !== "ok") return;
    const rust = Date.parse(res.data.now);
    if (!Number.isNaN(rust)) offsetMs = rust - Date.now();
  } catch {
    // No Tauri (a browser preview): the webview's clock is the desk's.
  }
}

/** The desk's current time. */
export function deskNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The desk's calendar day, "YYYY-MM-DD" in the webview's zone. */
export function deskToday(): string {
  return localIsoDate(deskNow());
}
