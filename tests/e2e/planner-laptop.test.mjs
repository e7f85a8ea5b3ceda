// End to end: the planner in a laptop's window (1366×768), real app, fresh
// demo database. The whole working day fits without a horizontal scrollbar
// (its last hour, to 18:00, in sight); a booking's block shows its customer;
// while a delivery is dragged, the row and hours Rust would refuse are marked
// before the drop; a booking says what it did next to the block.
//
//   EQUIPFLOW_BIN=/tmp/e2e-target/debug/equipflow \
//     xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/planner-laptop.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { pause, queueCard, state, TIME_POINT_SCRIPT, TIMEOUT_MS } from "./plannerPage.mjs";
import { launchApp } from "./webdriver.mjs";

const LAPTOP = { width: 1366, height: 768 };

/** How the day fits: the grid's scroll widths and where the day's end is against the visible area. */
const FIT_SCRIPT = `
  const main = document.querySelector(".planner-main");
  const track = document.querySelector("[data-track]");
  const end = document.querySelector("[data-scale-end]");
  const m = main.getBoundingClientRect();
  const e = end.getBoundingClientRect();
  return {
    window: window.innerWidth,
    scrollWidth: main.scrollWidth,
    clientWidth: main.clientWidth,
    dayEnds: end.textContent,
    endLabelInside: e.left >= m.left && e.right <= m.right + 0.5,
    trackRight: track.getBoundingClientRect().right,
    mainRight: m.right,
  };
`;

/** The first booking block of the day view with the customer it shows, and how much of that text is in sight. */
const BLOCK_SCRIPT = `
  const b = document.querySelector("[data-track] [data-booking-id]");
  if (!b) return null;
  b.scrollIntoView({ block: "center", inline: "nearest" });
  const who = b.querySelector(".planner-booking__who");
  return { order: b.getAttribute("data-order-number"), customer: who?.textContent ?? "", shown: who ? who.clientWidth : 0, label: b.textContent };
`;

describe("the planner on a laptop screen", () => {
  let app;

  before(async () => {
    app = await launchApp({ application: process.env.EQUIPFLOW_APP });
    await app.cmd("POST", "/window/rect", { x: 0, y: 0, ...LAPTOP });
    const nav = await app.waitFor(() => app.find("[data-view=planner]"), { timeoutMs: 60_000, message: "the nav rail" });
    await app.click(nav);
    const first = await app.waitFor(
      async () => {
        const s = await state(app);
        if (s.error) throw new Error(`planner error: ${s.error}`);
        return s.queue.some((q) => !q.held) && s.anchor ? s : null;
      },
      { timeoutMs: 60_000, message: "queued deliveries in the planner" },
    );
    // The demo books its deliveries on working days from today on: on a
    // weekend (or late on a Sunday) the first day with bookings is ahead.
    const booked = (timeoutMs) =>
      app.waitFor(async () => (await state(app)).bookings.length > 0, { timeoutMs, message: "bookings" }).then(
        () => true,
        () => false,
      );
    let anchor = first.anchor;
    for (let day = 0; day < 7 && !(await booked(5_000)); day++) {
      await app.click(await app.get('button[aria-label="Next day"]'));
      const was = anchor;
      anchor = (await app.waitFor(async () => {
        const s = await state(app);
        return s.anchor !== was ? s : null;
      }, { timeoutMs: TIMEOUT_MS, message: "the next day" })).anchor;
    }
    assert.ok(await booked(TIMEOUT_MS), `bookings in the planner on ${anchor}`);
  });

  after(async () => {
    await app?.close();
  });

  test("the whole working day fits without scrolling sideways, to 18:00", { timeout: 60_000 }, async () => {
    const fit = await app.execute(FIT_SCRIPT);
    assert.ok(Math.abs(fit.window - LAPTOP.width) <= 16, `a laptop-wide window: ${JSON.stringify(fit)}`);
    assert.ok(fit.scrollWidth <= fit.clientWidth, `no horizontal scroll: ${JSON.stringify(fit)}`);
    assert.equal(fit.dayEnds, "18:00", "the van works until 18:00: the scale ends there");
    assert.ok(fit.endLabelInside && fit.trackRight <= fit.mainRight + 0.5, `18:00 is in sight: ${JSON.stringify(fit)}`);
  });

  test("a booking's block shows its customer", { timeout: 60_000 }, async () => {
    const block = await app.execute(BLOCK_SCRIPT);
    assert.ok(block, "a booking on the day");
    assert.ok(block.customer.length > 0 && block.shown > 20, `the customer shows: ${JSON.stringify(block)}`);
    assert.ok(block.label.startsWith(`${block.customer} ${block.order}`), `named customer first: ${block.label}`);
  });

  test("while a delivery is dragged over a busy time, Rust's refusal is marked before the drop", { timeout: 120_000 }, async () => {
    // Over an existing booking's time on its own row: a second delivery there is refused, whatever it is.
    const s0 = await state(app);
    const entry = s0.queue.find((q) => !q.held);
    const busy = await app.execute(`
      const b = document.querySelector("[data-track] [data-booking-id]");
      const r = b.getBoundingClientRect();
      return { resourceId: b.closest("[data-track]").getAttribute("data-resource-id"), x: Math.round(r.left + 4), y: Math.round(r.top + r.height / 2) };
    `);
    const card = await queueCard(app, entry.itemId);
    const r = await app.rect(card);
    const start = { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
    const steps = Array.from({ length: 14 }, (_, i) => ({
      type: "pointerMove",
      duration: 40,
      origin: "viewport",
      x: Math.round(start.x + ((busy.x - start.x) * (i + 1)) / 14),
      y: Math.round(start.y + ((busy.y - start.y) * (i + 1)) / 14),
    }));
    try {
      await app.actions([
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", duration: 0, origin: "viewport", x: start.x, y: start.y },
            { type: "pointerDown", button: 0 },
            { type: "pause", duration: 150 },
            ...steps,
            { type: "pause", duration: 300 },
          ],
        },
      ]);
      const marked = await app.waitFor(
        () =>
          app.execute(
            `
            const row = document.querySelector('[data-track][data-resource-id="' + arguments[0] + '"]');
            const verdict = document.querySelector("[data-ghost-verdict]");
            if (!verdict) return null;
            return {
              verdict: verdict.getAttribute("data-ghost-verdict"),
              why: verdict.textContent,
              rowRefused: row.getAttribute("data-refused"),
              refusedMarks: row.querySelectorAll('[data-drop-mark="refused"]').length,
              preview: row.querySelector("[data-drop-preview]")?.className ?? "",
            };
          `,
            [busy.resourceId],
          ),
        { timeoutMs: TIMEOUT_MS, message: "Rust's verdict on the time under the pointer" },
      );
      assert.equal(marked.verdict, "refused", JSON.stringify(marked));
      assert.match(marked.why, /^Refused: [A-Z]/, `a sentence says why: ${marked.why}`);
      assert.ok(marked.rowRefused || marked.refusedMarks > 0, `the row is marked: ${JSON.stringify(marked)}`);
      assert.match(marked.preview, /planner-preview--refused/);
      await pause(200);
      await app.screenshot("planner-1366-drag.png");
      // Let go where nothing takes it: the card goes back, nothing is booked.
      await app.actions([
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", duration: 100, origin: "viewport", x: 5, y: 5 },
            { type: "pointerUp", button: 0 },
          ],
        },
      ]);
    } finally {
      await app.releaseActions().catch(() => {});
    }
    await app.waitFor(async () => !(await state(app)).ghost, { timeoutMs: TIMEOUT_MS, message: "the drag ended" });
  });

  test("a delivery dropped on a free time is booked and says so next to its block", { timeout: 120_000 }, async () => {
    // A time Rust's suggestion says is free, on the day it suggests.
    const s0 = await state(app);
    let suggestion = null;
    let entry = null;
    for (const q of s0.queue.filter((c) => !c.held)) {
      await app.execute(`document.querySelector(".planner-suggest .toast__close")?.click();`);
      await app.click(await queueCard(app, q.itemId));
      await app.click(await app.get('[data-action="suggest"]'));
      const answer = await app.waitFor(
        () =>
          app.execute(`
            const box = document.querySelector("[data-suggestion]");
            if (!box) return null;
            const ok = box.querySelector("[data-start]");
            if (ok) return { resourceId: ok.getAttribute("data-resource-id"), start: ok.getAttribute("data-start"), text: ok.textContent };
            const none = box.querySelector("[data-error-code]");
            return none ? { none: none.textContent } : null;
          `),
        { timeoutMs: TIMEOUT_MS, message: "Rust's suggestion" },
      );
      if (answer.start && answer.text.includes(q.order)) {
        suggestion = answer;
        entry = q;
        break;
      }
    }
    assert.ok(suggestion, "Rust suggested a slot for one of the queued deliveries");
    await app.click(await app.get('[data-action="show-suggestion"]'));
    const day = suggestion.start.slice(0, 10);
    await app.waitFor(async () => (await state(app)).anchor === day, { timeoutMs: TIMEOUT_MS, message: `the planner on ${day}` });
    const point = await app.execute(TIME_POINT_SCRIPT, [suggestion.resourceId, suggestion.start]);
    await app.drag(await queueCard(app, entry.itemId), point, { steps: 14, holdMs: 300 });
    const s = await app.waitFor(
      async () => {
        const now = await state(app);
        const there = now.bookings.some((b) => b.order === entry.order && b.resourceId === suggestion.resourceId);
        return there && now.toast && !now.ghost ? now : null;
      },
      { timeoutMs: TIMEOUT_MS, message: `${entry.order} booked, and said so` },
    );
    assert.equal(s.toast.kind, "done", JSON.stringify(s.toast));
    assert.match(s.toast.text, new RegExp(`^${entry.order}: Booked with `), s.toast.text);
    const near = await app.execute(`
      const n = document.querySelector("[data-notice]").getBoundingClientRect();
      const b = document.querySelector('[data-track] [data-order-number="' + arguments[0] + '"]').getBoundingClientRect();
      return { dx: Math.abs(n.left - b.left), dy: n.top - b.bottom, undo: Boolean(document.querySelector("[data-notice-undo]")) };
    `, [entry.order]);
    assert.ok(near.dx < 120 && near.dy >= 0 && near.dy < 80, `said next to the block: ${JSON.stringify(near)}`);
    assert.ok(near.undo, "Undo is offered");
    await pause(400);
    await app.screenshot("planner-1366.png");
  });
});
