// End to end: the D5 planner in the real app (custom-protocol build) on a
// fresh demo database. A queued delivery is dragged onto a resource at a time
// Rust's "Suggest slot" says is free (pointer actions: WebKitGTK delivers no
// HTML5 drag events); a second one dropped on the same time is refused with
// Rust's reason and stays in the queue; the resource's day sheet opens.
//
//   EQUIPFLOW_BIN=/tmp/e2e-target/debug/equipflow \
//     xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/planner.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { typeKeys } from "./boardPage.mjs";
import { pause, pressEnter, queueCard, state, TIME_POINT_SCRIPT, TIMEOUT_MS } from "./plannerPage.mjs";
import { launchApp } from "./webdriver.mjs";


describe("the planner", () => {
  let app;
  /** The delivery booked by the first test: resource, time and order. */
  let booked = null;

  before(async () => {
    app = await launchApp({ application: process.env.EQUIPFLOW_APP });
    const nav = await app.waitFor(() => app.find("[data-view=planner]"), { timeoutMs: 60_000, message: "the nav rail" });
    await app.click(nav);
    await app.waitFor(
      async () => {
        const s = await state(app);
        if (s.error) throw new Error(`planner error: ${s.error}`);
        return s.queue.some((q) => !q.held) ? s : null;
      },
      { timeoutMs: 60_000, message: "queued deliveries in the planner" },
    );
  });

  after(async () => {
    await app?.close();
  });

  test("a queued delivery dragged onto a resource at a free time is booked there", { timeout: 120_000 }, async () => {
    // Ask Rust for a slot that breaks no rule: select a queue entry, Suggest slot.
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
            if (ok) return { resourceId: ok.getAttribute("data-resource-id"), start: ok.getAttribute("data-start"), end: ok.getAttribute("data-end"), text: ok.textContent };
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

    // Show that day in the Day view and drag the card onto the suggested time.
    await app.click(await app.get('[data-action="show-suggestion"]'));
    const day = await app.execute("return arguments[0].slice(0, 10);", [suggestion.start]);
    await app.waitFor(async () => (await state(app)).anchor === day, { timeoutMs: TIMEOUT_MS, message: `the planner on ${day}` });
    const card = await queueCard(app, entry.itemId);
    const point = await app.execute(TIME_POINT_SCRIPT, [suggestion.resourceId, suggestion.start]);
    assert.ok(point, `a track for resource ${suggestion.resourceId}`);
    // Press and move in steps without letting go: the row shows the time it would book.
    const r = await app.rect(card);
    const start = { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
    const mouse = (actions) =>
      app.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }]);
    const steps = Array.from({ length: 14 }, (_, i) => ({
      type: "pointerMove",
      duration: 40,
      origin: "viewport",
      x: Math.round(start.x + ((point.x - start.x) * (i + 1)) / 14),
      y: Math.round(start.y + ((point.y - start.y) * (i + 1)) / 14),
    }));
    try {
      await mouse([
        { type: "pointerMove", duration: 0, origin: "viewport", x: start.x, y: start.y },
        { type: "pointerDown", button: 0 },
        { type: "pause", duration: 150 },
        ...steps,
      ]);
      const preview = await app.waitFor(
        () =>
          app.execute(
            `return document.querySelector('[data-track][data-resource-id="' + arguments[0] + '"] [data-drop-preview]')?.textContent ?? null;`,
            [suggestion.resourceId],
          ),
        { timeoutMs: TIMEOUT_MS, message: "the drop preview on the row" },
      );
      const clock = await app.execute(
        "const t = new Date(arguments[0]); return String(t.getHours()).padStart(2, '0') + ':' + String(t.getMinutes()).padStart(2, '0');",
        [suggestion.start],
      );
      assert.ok(preview.startsWith(clock), `the row shows ${clock}: ${preview}`);
      assert.ok(await app.find(".drag-ghost"), "a ghost follows the pointer");
      await pause(300);
      await app.screenshot("planner-drag.png");
      await mouse([{ type: "pause", duration: 100 }, { type: "pointerUp", button: 0 }]);
    } finally {
      await app.releaseActions().catch(() => {});
    }

    const s = await app.waitFor(
      async () => {
        const now = await state(app);
        const there = now.bookings.some((b) => b.order === entry.order && b.resourceId === suggestion.resourceId);
        const said = now.toast?.kind === "done";
        return there && said && !now.ghost && !now.queue.some((q) => q.itemId === entry.itemId) ? now : null;
      },
      { timeoutMs: TIMEOUT_MS, message: `${entry.order} booked on resource ${suggestion.resourceId}` },
    );
    // Said next to the block, in Rust's words.
    assert.match(s.toast.text, new RegExp(`^${entry.order}: Booked with `), `what the booking says: ${s.toast.text}`);
    assert.equal(s.dialog, null, "no override was needed");
    booked = { ...suggestion, order: entry.order };
    await app.execute(`document.querySelector('[data-order-number="' + arguments[0] + '"][data-booking-id]').scrollIntoView({ block: "center" });`, [entry.order]);
    await pause(400);
    await app.screenshot("planner.png");
  });

  test("a delivery dropped on a time that clashes is refused with Rust's reason and stays queued", { timeout: 60_000 }, async () => {
    assert.ok(booked, "the first test booked a delivery");
    const s0 = await state(app);
    const other = s0.queue.find((q) => !q.held && q.order !== booked.order);
    assert.ok(other, "another queued delivery");
    const card = await queueCard(app, other.itemId);
    const point = await app.execute(TIME_POINT_SCRIPT, [booked.resourceId, booked.start]);
    await app.drag(card, point, { steps: 14, holdMs: 300 });

    const s = await app.waitFor(
      async () => {
        const now = await state(app);
        return now.toast?.kind === "refused" && !now.ghost ? now : null;
      },
      { timeoutMs: TIMEOUT_MS, message: "the refusal next to the drop" },
    );
    assert.equal(s.toast.kind, "refused", `toast kind: ${JSON.stringify(s.toast)}`);
    assert.match(s.toast.text, /already booked|cannot book/i, `Rust's reason shows: ${s.toast.text}`);
    assert.ok(s.queue.some((q) => q.itemId === other.itemId), "the entry is back in the queue");
    assert.ok(!s.bookings.some((b) => b.order === other.order), "no booking was made");
    assert.equal(s.dialog, null, "a clash is not overridable: no 'Book anyway?'");
    await pause(300);
    await app.screenshot("planner-refused.png");

    await new Promise((r) => setTimeout(r, 1000));
    const later = await state(app);
    assert.ok(later.queue.some((q) => q.itemId === other.itemId), "still queued after a moment");
  });

  test("a drop outside the recipient's window asks 'Book anyway?' and books with the logged reason", { timeout: 120_000 }, async () => {
    // A free hour on the last resource, late in its day; a delivery whose window starts later
    // breaks only an overridable rule there (unless it needs a technician: then try the next).
    const free = await app.execute(`
      const tracks = [...document.querySelectorAll("[data-track]")].filter((t) => !t.classList.contains("planner-track--off"));
      const t = tracks[tracks.length - 1];
      return t ? { resourceId: t.getAttribute("data-resource-id"), to: Number(t.getAttribute("data-to-min")), day: t.getAttribute("data-day") } : null;
    `);
    assert.ok(free, "a working resource today");
    const at = await app.execute(
      "const [d, m] = arguments; const p = d.split('-').map(Number); return new Date(p[0], p[1] - 1, p[2], 0, m).toISOString();",
      [free.day, free.to - 150],
    );
    const s0 = await state(app);
    let overridden = null;
    for (const q of s0.queue.filter((c) => !c.held)) {
      await app.execute(`document.querySelector(".planner-notice__close")?.click();`);
      const point = await app.execute(TIME_POINT_SCRIPT, [free.resourceId, at]);
      await app.drag(await queueCard(app, q.itemId), point, { steps: 12, holdMs: 200 });
      const answer = await app.waitFor(
        async () => {
          const now = await state(app);
          if (now.ghost) return null;
          if (await app.find("[data-override-message]")) return "override";
          return now.toast?.kind === "refused" ? "refused" : null;
        },
        { timeoutMs: TIMEOUT_MS, message: "Rust's answer to the drop" },
      );
      if (answer === "override") {
        overridden = q;
        break;
      }
    }
    assert.ok(overridden, "one of the queued deliveries was overridable there");
    const message = await app.text(await app.get("[data-override-message]"));
    assert.match(message, /asked for|outside|travel/i, `Rust's reason shows: ${message}`);
    await app.type(await app.get(".planner-dialog--override textarea"), "Customer called: earlier is fine");
    await pause(200);
    await app.screenshot("planner-override.png");
    await app.click(await app.get('[data-action="override"]'));

    const s = await app.waitFor(
      async () => {
        const now = await state(app);
        return now.bookings.some((b) => b.order === overridden.order && b.resourceId === free.resourceId) && !now.dialog ? now : null;
      },
      { timeoutMs: TIMEOUT_MS, message: `${overridden.order} booked with an override` },
    );
    assert.ok(!s.queue.some((q) => q.itemId === overridden.itemId), "it left the queue");
    const mark = await app.execute(
      `return document.querySelector('[data-track] [data-order-number="' + arguments[0] + '"] .planner-booking__override')?.getAttribute("title") ?? null;`,
      [overridden.order],
    );
    assert.match(mark ?? "", /Customer called: earlier is fine/, `the booking carries the override mark: ${mark}`);
    await app.execute(`document.querySelector(".planner-notice__close")?.click();`);
    await pause(300);
    await app.screenshot("planner-overridden.png");
  });

  test("the resource's day sheet lists its stops", { timeout: 60_000 }, async () => {
    assert.ok(booked, "the first test booked a delivery");
    await app.execute(`document.querySelector(".planner-notice__close")?.click();`);
    const button = await app.get(`[data-day-sheet="${booked.resourceId}"]`);
    await app.click(button);
    const sheet = await app.waitFor(
      () =>
        app.execute(`
          const view = document.querySelector("[data-day-sheet-view]");
          if (!view || !view.querySelector("[data-stop]")) return null;
          const stop = [...view.querySelectorAll("[data-stop]")].find((s) => s.textContent.includes(arguments[0]));
          const table = (direction) => {
            const t = stop?.querySelector('[data-direction="' + direction + '"]');
            return t ? { heading: t.querySelector("th").textContent, rows: t.querySelectorAll("tbody tr").length } : null;
          };
          return {
            stops: view.querySelectorAll("[data-stop]").length,
            text: view.textContent,
            kind: stop?.getAttribute("data-stop-kind") ?? null,
            handOver: table("hand-over"),
            bringBack: table("bring-back"),
          };
        `, [booked.order]),
      { timeoutMs: TIMEOUT_MS, message: "the day sheet with stops" },
    );
    assert.ok(sheet.stops >= 1, "at least one stop");
    assert.ok(sheet.text.includes(booked.order), `the booked order is on the sheet: ${booked.order}`);
    // What to hand over; something to bring back only when the order returns a unit too.
    assert.equal(sheet.handOver?.heading, "Hand over", JSON.stringify(sheet));
    assert.ok(sheet.handOver.rows >= 1, "the booked order's items");
    if (sheet.kind === "delivery") assert.equal(sheet.bringBack, null, "nothing to bring back from a delivery");
    else assert.equal(sheet.bringBack?.heading, "Bring back", JSON.stringify(sheet));
    await pause(500);
    await app.screenshot("day-sheet.png");

    // What print would show: the @media print rules applied on screen. The sheet
    // stands alone (the app behind it is gone), without its buttons.
    const rules = await app.printRulesOn();
    const printed = await app.execute(`
      return {
        app: getComputedStyle(document.getElementById("root")).display,
        actions: getComputedStyle(document.querySelector(".day-sheet__actions")).display,
        sheet: getComputedStyle(document.querySelector(".day-sheet")).display,
      };
    `);
    assert.ok(rules > 0, "the planner has print rules");
    assert.deepEqual(
      { app: printed.app, actions: printed.actions, sheet: printed.sheet },
      { app: "none", actions: "none", sheet: "block" },
      "printing shows the sheet alone",
    );
    await pause(300);
    await app.screenshot("day-sheet-print.png");
    await app.printRulesOff();
    await app.click(await app.get(".day-sheet__actions button:last-of-type"));
    await app.waitFor(async () => !(await app.find("[data-day-sheet-view]")), { timeoutMs: TIMEOUT_MS, message: "the sheet closed" });
  });
  test("the week view shows seven days per resource with the booking in its day", { timeout: 60_000 }, async () => {
    assert.ok(booked, "the first test booked a delivery");
    await app.click(await app.get('[data-mode="week"]'));
    const cells = await app.waitFor(
      () => app.execute(`return document.querySelectorAll('[data-week-cell][data-resource-id="' + arguments[0] + '"]').length || null;`, [booked.resourceId]),
      { timeoutMs: TIMEOUT_MS, message: "the week cells" },
    );
    assert.equal(cells, 7);
    const inCell = await app.execute(
      `return Boolean(document.querySelector('[data-week-cell][data-resource-id="' + arguments[0] + '"] [data-order-number="' + arguments[1] + '"]'));`,
      [booked.resourceId, booked.order],
    );
    assert.ok(inCell, `${booked.order} shows in its day`);
    await pause(300);
    await app.screenshot("planner-week.png");
    await app.click(await app.get('[data-mode="day"]'));
  });

  test("keyboard: Enter on a booking opens its details; Dispatch puts it out for delivery", { timeout: 60_000 }, async () => {
    assert.ok(booked, "the first test booked a delivery");
    const css = `[data-track] [data-order-number="${booked.order}"]`;
    await app.execute(`document.querySelector(arguments[0]).focus();`, [css]);
    await pressEnter(app);
    await app.waitFor(() => app.find('[role=dialog] [data-action="dispatch"]'), { timeoutMs: TIMEOUT_MS, message: "the booking dialog" });
    await pause(200);
    await app.screenshot("planner-booking.png");
    await app.click(await app.get('[role=dialog] [data-action="dispatch"]'));
    await app.waitFor(
      async () => (await app.attribute(await app.get(css), "data-status")) === "in_delivery",
      { timeoutMs: TIMEOUT_MS, message: `${booked.order} in delivery` },
    );
    assert.equal(await app.find("[role=dialog]"), null, "the dialog closed");
  });

  test("Plan the day places a day's deliveries and reports what it could not place, with reasons", { timeout: 60_000 }, async () => {
    // A week ahead: the demo's queued deliveries ask for windows in early December. The day is
    // typed into "Go to date" as a person does: click it, type the digits in the order it shows.
    const target = await app.execute(`
      const anchor = document.querySelector("[data-anchor]").getAttribute("data-anchor");
      const t = new Date(Date.parse(anchor + "T00:00:00Z") + 7 * 86400000);
      const order = [...document.querySelectorAll('[data-date-field="goToDate"] [data-type]:not([data-type="literal"])')].map((s) => s.getAttribute("data-type"));
      const part = { year: String(t.getUTCFullYear()), month: String(t.getUTCMonth() + 1).padStart(2, "0"), day: String(t.getUTCDate()).padStart(2, "0") };
      return { iso: t.toISOString().slice(0, 10), digits: order.map((p) => part[p]).join("") };
    `);
    assert.equal(target.digits.length, 8, JSON.stringify(target));
    await app.click(await app.get('[data-field="goToDate"]'));
    await typeKeys(app, target.digits);
    await app.waitFor(
      () => app.execute(`return document.querySelector("[data-anchor]").getAttribute("data-anchor") === arguments[0];`, [target.iso]),
      { timeoutMs: TIMEOUT_MS, message: `the planner on ${target.iso}` },
    );
    const before = await state(app);
    await app.click(await app.get('[data-action="plan-day"]'));
    const report = await app.waitFor(
      () =>
        app.execute(`
          const r = document.querySelector(".planner-dialog--report");
          if (!r) return null;
          return {
            placed: Number(r.querySelector("[data-placed]").getAttribute("data-placed")),
            unplaced: [...r.querySelectorAll("[data-unplaced]")].map((u) => u.textContent),
          };
        `),
      { timeoutMs: TIMEOUT_MS, message: "the plan report" },
    );
    assert.ok(report.placed + report.unplaced.length > 0, `the plan did something: ${JSON.stringify(report)}`);
    for (const row of report.unplaced) assert.ok(row.length > 12, `each unplaced row says why: ${row}`);
    await pause(300);
    await app.screenshot("planner-plan.png");
    await app.click(await app.get(".planner-dialog--report .button--primary"));
    if (report.placed > 0) {
      await app.waitFor(async () => (await state(app)).bookings.length > before.bookings.length, {
        timeoutMs: TIMEOUT_MS,
        message: "the placed deliveries on the grid",
      });
    }
    await pause(300);
    await app.screenshot("planner-planned.png");
  });
});
