// End to end: the flow board on a 1366×768 laptop window, in the real app
// (custom-protocol build) on a fresh demo database. Compact cards must show
// every column's count and at least twice the cards the full layout shows;
// a keyboard move then reaches the prepare scan, the panel says in Rust's
// words where the item went, and the notice's Undo takes it back.
//
//   EQUIPFLOW_BIN=/tmp/e2e-target/debug/equipflow \
//     xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/compact.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  BOARD_TIMEOUT_MS,
  COLUMN_POINT_SCRIPT,
  focusPreparingCard,
  foldColumn,
  MOVE_TIMEOUT_MS,
  moveFocusedCard,
  panelNotice,
  pickCard,
  PREPARING_WITH_UNITS,
  prepareByScan,
  waitForBoard,
  waitForCardIn,
} from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

const LAPTOP = { width: 1366, height: 768 };

/**
 * What a person sees without scrolling: the columns whose count is in view,
 * and the cards drawn whole inside the window, their column's scroller and
 * the board.
 */
const VISIBLE_SCRIPT = `
  const inside = (r, box) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
  const view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const board = document.querySelector("main.board").getBoundingClientRect();
  const columns = [...document.querySelectorAll("[data-column]")];
  const counts = columns
    .filter((c) => {
      const count = c.querySelector(".column__count");
      return count && inside(count.getBoundingClientRect(), view) && inside(count.getBoundingClientRect(), board);
    })
    .map((c) => c.getAttribute("data-column"));
  let cards = 0;
  for (const c of document.querySelectorAll(".card[data-item-id]")) {
    const body = c.closest(".column__body").getBoundingClientRect();
    const r = c.getBoundingClientRect();
    if (inside(r, view) && inside(r, board) && inside(r, body)) cards += 1;
  }
  return { columns: columns.length, counts, cards, width: window.innerWidth, height: window.innerHeight };
`;

async function visible(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
  `);
  return app.execute(VISIBLE_SCRIPT);
}

describe("the board on a 1366×768 laptop", () => {
  let app;

  before(async () => {
    app = await launchApp({ application: process.env.EQUIPFLOW_APP, windowSize: LAPTOP });
    await waitForBoard(app);
  });

  after(async () => {
    await app?.close();
  });

  test("compact cards show every column's count and at least twice the cards", { timeout: BOARD_TIMEOUT_MS + 60_000 }, async () => {
    const full = await visible(app);
    assert.deepEqual([full.width, full.height], [LAPTOP.width, LAPTOP.height], "the window is a 1366×768 laptop's");
    await app.screenshot("board-full-1366.png");

    const toggle = await app.get(".board-layout-toggle");
    assert.equal(await app.attribute(toggle, "aria-pressed"), "false");
    await app.click(toggle);
    await app.waitFor(() => app.find(".card--compact"), { message: "compact cards" });
    assert.equal(await app.attribute(toggle, "aria-pressed"), "true");

    const compact = await visible(app);
    assert.equal(compact.columns, 9, "nine columns: D1–D8 and done");
    assert.equal(compact.counts.length, compact.columns, `every column's count in view, got ${compact.counts.join(", ")} (full layout: ${full.counts.length})`);
    assert.ok(
      compact.cards >= 2 * full.cards,
      `compact shows ${compact.cards} whole cards, the full layout ${full.cards}: at least twice as many`,
    );
    console.log(`whole cards in view at 1366×768: full ${full.cards} (${full.counts.length} counts), compact ${compact.cards} (${compact.counts.length} counts)`);
  });

  test("a keyboard move reaches the prepare scan; the panel says where the item went, in Rust's words; Undo takes it back", { timeout: 90_000 }, async () => {
    const id = await focusPreparingCard(app);
    await moveFocusedCard(app, "mark_prepared");
    const moved = await prepareByScan(app, id);
    await waitForCardIn(app, id, "delivery_queue");
    assert.equal(moved.kind, "done");
    assert.equal(moved.item, id);
    // The sentence is Rust's (ItemOutcome.step and .sentence): the UI writes none of it.
    assert.match(moved.text, /^Prepared — EF-\d{6}\/\d+ moved to Ready for delivery — /);
    assert.match(moved.undo ?? "", /^Undo: Back to Preparing/);
    await app.screenshot("board-compact-1366.png");

    await app.click(await app.get(".panel .notice .notice__undo"));
    await waitForCardIn(app, id, "preparation");
    const undone = await app.waitFor(
      async () => {
        const now = await panelNotice(app);
        return now.text.startsWith("Undone") ? now : null;
      },
      { timeoutMs: MOVE_TIMEOUT_MS, message: "the notice of the undo" },
    );
    assert.match(undone.text, /^Undone — EF-\d{6}\/\d+ went back to Preparing/);
    assert.equal(undone.undo, null);
    await app.click(await app.get(".panel__close"));
  });

  test("a compact card dragged onto the delivery queue opens its prepare scan: nothing runs unscanned", { timeout: 90_000 }, async () => {
    const { id, el } = await pickCard(app, PREPARING_WITH_UNITS);
    assert.ok(await app.execute(`return document.querySelector('.card[data-item-id="' + arguments[0] + '"]').classList.contains("card--compact");`, [id]));
    const target = await app.execute(COLUMN_POINT_SCRIPT, ["delivery_queue"]);
    await app.drag(el, target, { steps: 12, holdMs: 400 });
    await app.waitFor(() => app.find(`[data-panel-item-id="${id}"] [data-scan=prepare]`), {
      timeoutMs: MOVE_TIMEOUT_MS,
      message: "the prepare scan of the dragged card",
    });
    const s = await waitForCardIn(app, id, "preparation");
    assert.equal(s.toast, null, `no refusal: ${JSON.stringify(s.toast)}`);
    await app.click(await app.get(".panel__close"));
    await app.waitFor(async () => (await app.find(".panel")) === null, { message: "the panel closed" });
  });

  test("a folded column is a strip with its count; the desk remembers it", { timeout: 60_000 }, async () => {
    await foldColumn(app, "done");
    assert.ok(await app.execute("return localStorage.getItem('equipflow.board.layout').includes('done');"));
    await app.click(await app.get('[data-column="done"] .column__strip'));
    await app.waitFor(() => app.find('[data-column="done"]:not(.column--collapsed) .column__collapse'), { message: "the Done column open again" });
  });
});
