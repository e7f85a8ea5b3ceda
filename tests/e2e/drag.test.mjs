// End to end: drag-and-drop and the keyboard move menu on the flow board, in
// the real app (custom-protocol build) on a fresh demo database. The drags are
// W3C pointer actions: the board uses pointer events (WebKitGTK delivers no
// HTML5 drag events).
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/
//
// EQUIPFLOW_APP (or EQUIPFLOW_BIN, as webdriver.mjs reads) points at another
// app binary, e.g. one built with CARGO_TARGET_DIR=/tmp/e2e-target.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchApp } from "./webdriver.mjs";
import {
  COLUMN_POINT_SCRIPT,
  MOVE_TIMEOUT_MS,
  pickCard,
  PREPARING_WITH_UNITS,
  prepareByScan,
  pressKey,
  snapshot,
  waitForBoard,
  waitForCardIn,
} from "./boardPage.mjs";

describe("moving cards on the flow board", () => {
  let app;

  before(async () => {
    app = await launchApp({ application: process.env.EQUIPFLOW_APP });
    await waitForBoard(app);
  });

  after(async () => {
    await app?.close();
  });

  test("a preparing card dropped on the delivery queue opens its prepare scan; the scans and Enter mark it prepared", { timeout: 60_000 }, async () => {
    const { id, el } = await pickCard(app, PREPARING_WITH_UNITS);
    const target = await app.execute(COLUMN_POINT_SCRIPT, ["delivery_queue"]);
    const r = await app.rect(el);
    const start = { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };

    // Press and move in steps, without releasing: the columns say where it may go.
    const steps = Array.from({ length: 12 }, (_, i) => ({
      type: "pointerMove",
      duration: 50,
      origin: "viewport",
      x: Math.round(start.x + ((target.x - start.x) * (i + 1)) / 12),
      y: Math.round(start.y + ((target.y - start.y) * (i + 1)) / 12),
    }));
    const mouse = (actions) => app.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }]);
    try {
      await mouse([
        { type: "pointerMove", duration: 0, origin: "viewport", x: start.x, y: start.y },
        { type: "pointerDown", button: 0 },
        { type: "pause", duration: 100 },
        ...steps,
      ]);
      const drops = await app.waitFor(
        () =>
          app.execute(`
            const drops = {};
            for (const c of document.querySelectorAll("[data-drop]")) drops[c.getAttribute("data-column")] = c.getAttribute("data-drop");
            return Object.keys(drops).length ? drops : null;
          `),
        { timeoutMs: MOVE_TIMEOUT_MS, message: "columns marked while dragging" },
      );
      assert.equal(drops.delivery_queue, "ok", `delivery queue accepts: ${JSON.stringify(drops)}`);
      assert.equal(drops.approval, "none", `approval is dimmed: ${JSON.stringify(drops)}`);
      assert.ok(await app.find(".drag-ghost"), "a ghost follows the pointer");
      await app.screenshot("drag-over.png");
      await mouse([{ type: "pause", duration: 100 }, { type: "pointerUp", button: 0 }]);
    } finally {
      await app.releaseActions().catch(() => {});
    }

    // Its units are reserved: nothing runs unscanned; the item's panel opens at its scan field.
    await app.waitFor(() => app.find(`[data-panel-item-id="${id}"] [data-scan=prepare]`), {
      timeoutMs: MOVE_TIMEOUT_MS,
      message: `the prepare scan of ${id}`,
    });
    const dropped = await app.waitFor(
      async () => {
        const s = await snapshot(app);
        return !s.ghost ? s : null;
      },
      { timeoutMs: MOVE_TIMEOUT_MS, message: "the ghost gone" },
    );
    assert.equal(dropped.where[id], "preparation", "still in preparation until scanned");
    assert.equal(dropped.toast, null, `no refusal: ${JSON.stringify(dropped.toast)}`);
    await app.screenshot("drag-prepare-scan.png");

    await prepareByScan(app, id);
    const after = await waitForCardIn(app, id, "delivery_queue");
    assert.equal(after.toast, null, `no refusal: ${JSON.stringify(after.toast)}`);
    assert.equal(await app.attribute(await app.get(`.card[data-item-id="${id}"]`), "data-status"), "ready");
    await app.screenshot("drag-ok.png");
    await app.click(await app.get(".panel__close"));
  });

  test("a queued card dropped on Approval is refused and stays put", { timeout: 60_000 }, async () => {
    const { id, el } = await pickCard(app, '[data-column="delivery_queue"] .card[data-item-id]');
    const target = await app.execute(COLUMN_POINT_SCRIPT, ["approval"]);

    await app.drag(el, target, { steps: 12, holdMs: 400 });

    const s = await app.waitFor(
      async () => {
        const now = await snapshot(app);
        return now.toast ? now : null;
      },
      { timeoutMs: MOVE_TIMEOUT_MS, message: "the refusal toast" },
    );
    assert.match(s.toast.text, /can't go to Approval|on hold|ships with|not/i, `the reason shows: ${s.toast.text}`);
    assert.ok(["blocked", "refused"].includes(s.toast.kind), `toast kind ${s.toast.kind}`);
    assert.equal(s.where[id], "delivery_queue", "the card is still in the delivery queue");
    await app.screenshot("drag-refused.png");

    // Nothing changed behind the scenes either: still there after a moment.
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal((await snapshot(app)).where[id], "delivery_queue");
  });

  test("keyboard only: 'm' on a preparing card, Enter on Mark prepared, the units scanned, Enter", { timeout: 60_000 }, async () => {
    const { id } = await pickCard(app, PREPARING_WITH_UNITS);
    await app.execute(`document.querySelector('.card[data-item-id="' + arguments[0] + '"]').focus();`, [id]);
    assert.equal(await app.execute("return document.activeElement?.getAttribute('data-item-id');"), id);

    await pressKey(app, "m");
    await app.waitFor(
      () => app.execute("return document.activeElement?.getAttribute('role') === 'menuitem';"),
      { timeoutMs: MOVE_TIMEOUT_MS, message: "the move menu with focus on a move" },
    );
    const labels = await app.execute(
      "return [...document.querySelectorAll('[role=menu] [role=menuitem]')].map((m) => m.getAttribute('data-action'));",
    );
    assert.ok(labels.includes("mark_prepared"), `menu lists Mark prepared: ${labels}`);
    for (let i = 0; i < labels.length; i++) {
      const action = await app.execute("return document.activeElement?.getAttribute('data-action');");
      if (action === "mark_prepared") break;
      await pressKey(app, "\uE015"); // ArrowDown
    }
    assert.equal(await app.execute("return document.activeElement?.textContent;"), "Mark prepared");
    await pressKey(app, "\uE007"); // Enter

    // The move asks for the units by scan: focus lands in the panel's scan field.
    await prepareByScan(app, id);
    await waitForCardIn(app, id, "delivery_queue");
    assert.equal(await app.execute("return document.querySelector('[role=menu]');"), null, "the menu closed");
  });
});
