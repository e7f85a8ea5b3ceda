// End to end: Ctrl+Z undoes the last move, in the real app (custom-protocol
// build) on a fresh demo database. A preparing card is marked prepared with
// the keyboard move menu (its units scanned in the panel the move opens),
// then Ctrl+Z on the board asks Rust to undo it.
//
//   EQUIPFLOW_BIN=/tmp/e2e-target/debug/equipflow \
//     xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/undo.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchApp } from "./webdriver.mjs";
import {
  focusPreparingCard,
  keys,
  MOVE_TIMEOUT_MS,
  moveFocusedCard,
  prepareByScan,
  snapshot,
  waitForBoard,
  waitForCardIn,
} from "./boardPage.mjs";

describe("undo on the flow board", () => {
  let app;

  before(async () => {
    app = await launchApp({ application: process.env.EQUIPFLOW_APP });
    await waitForBoard(app);
  });

  after(async () => {
    await app?.close();
  });

  test("mark prepared from the keyboard menu, Ctrl+Z: the card is back in preparation, and the notice says so", { timeout: 90_000 }, async () => {
    const id = await focusPreparingCard(app);
    await moveFocusedCard(app, "mark_prepared");
    // Rust's words in the panel: what was done, where the item went, and what Undo would do.
    const moved = await prepareByScan(app, id);
    await waitForCardIn(app, id, "delivery_queue");
    assert.equal(moved.kind, "done");
    assert.equal(moved.item, id);
    assert.match(moved.text, /^Prepared — EF-\d{6}\/\d+ moved to Ready for delivery/);
    assert.match(moved.undo ?? "", /Undo: Back to Preparing/);

    await keys(app, "\uE00C"); // Escape: the panel closes, focus back on the card
    await app.waitFor(async () => (await app.find(".panel")) === null, { message: "the panel closed" });
    await keys(app, "\uE009", "z"); // Ctrl+Z
    await waitForCardIn(app, id, "preparation");
    const s = await app.waitFor(
      async () => {
        const now = await snapshot(app);
        return now.notice?.text.startsWith("Undone") ? now : null;
      },
      { timeoutMs: MOVE_TIMEOUT_MS, message: "the notice of the undo" },
    );
    assert.match(s.notice.text, /^Undone — EF-\d{6}\/\d+ went back to Preparing/);
    assert.equal(s.notice.undo, null, "an undo is not undone again");
  });
});
