// End to end: Ctrl+Z undoes the last move, in the real app (custom-protocol
// build) on a fresh demo database. A preparing card is marked prepared with
// the keyboard move menu, then Ctrl+Z asks Rust to undo it.
//
//   EQUIPFLOW_BIN=/tmp/e2e-target/debug/equipflow \
//     xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/undo.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchApp } from "./webdriver.mjs";
import { keys, MOVE_TIMEOUT_MS, PICK_CARD_SCRIPT, snapshot, waitForBoard } from "./boardPage.mjs";

describe("undo on the flow board", () => {
  let app;

  before(async () => {
    app = await launchApp({ application: process.env.EQUIPFLOW_APP });
    await waitForBoard(app);
  });

  after(async () => {
    await app?.close();
  });

  test("mark prepared from the keyboard menu, Ctrl+Z: the card is back in preparation", { timeout: 90_000 }, async () => {
    const id = await app.execute(PICK_CARD_SCRIPT, [
      '[data-column="preparation"] .card[data-status="preparing"]:not(.card--held)',
    ]);
    assert.ok(id, "a preparing card");
    await app.execute(`document.querySelector('.card[data-item-id="' + arguments[0] + '"]').focus();`, [id]);

    await keys(app, "m");
    await app.waitFor(
      () => app.execute("return document.activeElement?.getAttribute('role') === 'menuitem';"),
      { timeoutMs: MOVE_TIMEOUT_MS, message: "the move menu with focus on a move" },
    );
    const count = await app.execute("return document.querySelectorAll('[role=menu] [role=menuitem]').length;");
    for (let i = 0; i < count; i++) {
      const action = await app.execute("return document.activeElement?.getAttribute('data-action');");
      if (action === "mark_prepared") break;
      await keys(app, "\uE015"); // ArrowDown
    }
    assert.equal(await app.execute("return document.activeElement?.getAttribute('data-action');"), "mark_prepared");
    await keys(app, "\uE007"); // Enter
    await app.waitFor(
      async () => (await snapshot(app)).where[id] === "delivery_queue",
      { timeoutMs: MOVE_TIMEOUT_MS, message: `card ${id} in delivery_queue` },
    );

    await keys(app, "\uE009", "z"); // Ctrl+Z
    const s = await app.waitFor(
      async () => {
        const now = await snapshot(app);
        return now.where[id] === "preparation" ? now : null;
      },
      { timeoutMs: MOVE_TIMEOUT_MS, message: `card ${id} back in preparation` },
    );
    assert.equal(s.toast?.kind, "info");
    assert.match(s.toast?.text ?? "", /Undone: Mark prepared/);
  });
});
