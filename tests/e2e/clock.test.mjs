// End to end: "today" is the shop's today. The app runs in Vienna at 00:30 on
// Tuesday 8 December 2026, which is still Monday 7 December 23:30 in UTC: the
// clock is started at that instant by EQUIPFLOW_NOW (read by debug builds
// only) and TZ sets the zone of the app and its webview alike. Rust, the
// board, the planner and the flow diagram must all call it Tuesday 8 Dec.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/clock.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, waitForBoard } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

const VIENNA_HALF_PAST_MIDNIGHT = "2026-12-07T23:30:00Z";

describe("the shop's day in Vienna at 00:30", () => {
  let app;
  before(async () => {
    app = await launchApp({ env: { TZ: "Europe/Vienna", EQUIPFLOW_NOW: VIENNA_HALF_PAST_MIDNIGHT } });
    await waitForBoard(app);
  });
  after(async () => {
    await app?.close();
  });

  test("Rust and the webview agree it is Tuesday 8 December", { timeout: BOARD_TIMEOUT_MS }, async () => {
    const clock = await app.executeAsync(
      "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke('clock_get').then(done, (e) => done({ error: String(e) }));",
    );
    assert.equal(clock.today, "2026-12-08", JSON.stringify(clock));
    assert.equal(clock.zone, "Europe/Vienna");
    // The clock runs on from the instant it was given.
    const ms = Date.parse(clock.now) - Date.parse(VIENNA_HALF_PAST_MIDNIGHT);
    assert.ok(ms >= 0 && ms < 10 * 60_000, `Rust's now is the test's: ${clock.now}`);
    const webview = await app.execute(
      "const d = new Date(); return { offset: d.getTimezoneOffset() };",
    );
    assert.equal(webview.offset, -60, "the webview is in Vienna's winter time too");
  });

  test("the planner opens on the shop's today", { timeout: 60_000 }, async () => {
    await app.click(await app.get("[data-view=planner]"));
    const anchor = await app.waitFor(
      () => app.execute(`return document.querySelector("[data-anchor]")?.getAttribute("data-anchor") ?? null;`),
      { timeoutMs: 20_000, message: "the planner's day" },
    );
    assert.equal(anchor, "2026-12-08");
    const plan = await app.get('[data-action="plan-day"]');
    assert.equal(await app.text(plan), "Plan today");
  });

  test("the flow diagram counts the moves since Vienna's midnight as today's", { timeout: 60_000 }, async () => {
    await app.click(await app.get("[data-view=flow]"));
    const stats = await app.waitFor(
      () =>
        app.execute(`
          const today = document.querySelector('[data-stat="moves-today"] strong');
          const last7 = document.querySelector('[data-stat="moves-last-7-days"] strong');
          return today && last7 ? { today: Number(today.textContent), last7: Number(last7.textContent) } : null;
        `),
      { timeoutMs: 20_000, message: "the flow header's counts" },
    );
    // The demo's staff worked since midnight; its orders came in the evening before.
    assert.ok(stats.today > 0, `moves today: ${JSON.stringify(stats)}`);
    assert.ok(stats.last7 > stats.today, `the evening's orders are yesterday's: ${JSON.stringify(stats)}`);
  });
});
