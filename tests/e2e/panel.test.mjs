// End to end: the item panel in the real app. Clicking a card opens its
// timeline; approving with a note from the panel moves the item on, and the
// note lands in the audit trail.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { launchApp } from "./webdriver.mjs";

/** An approval card that is not held, scrolled into view; its item id. */
const PICK_SCRIPT = `
  const card = [...document.querySelectorAll('[data-column="approval"] .card[data-item-id]')]
    .find((c) => !c.classList.contains("card--held"));
  if (!card) return null;
  card.scrollIntoView({ block: "center" });
  return card.getAttribute("data-item-id");
`;

const COLUMN_OF_SCRIPT = `
  const card = document.querySelector('.card[data-item-id="' + arguments[0] + '"]');
  return card ? card.closest("[data-column]").getAttribute("data-column") : null;
`;

const TIMELINE_SCRIPT = `
  const panel = document.querySelector("[data-panel-item-id]");
  if (!panel) return null;
  return {
    id: panel.getAttribute("data-panel-item-id"),
    entries: [...panel.querySelectorAll(".timeline__entry")].map((e) => e.textContent),
  };
`;

describe("item panel", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await app.waitFor(async () => (await app.findAll(".card[data-item-id]")).length > 20, {
      timeoutMs: 60_000,
      message: "the board shows the demo",
    });
  });
  after(async () => app?.close());

  test("a card opens its timeline, and approving with a note moves it on", async () => {
    const id = await app.execute(PICK_SCRIPT);
    assert.ok(id, "an approval card that is not on hold");
    await app.click(await app.find(`.card[data-item-id="${id}"]`));
    const shown = await app.waitFor(
      async () => {
        const t = await app.execute(TIMELINE_SCRIPT);
        return t && t.entries.length >= 2 ? t : null;
      },
      { message: "the panel with the item's timeline" },
    );
    assert.equal(shown.id, id);
    assert.ok(shown.entries.some((e) => /Awaiting approval/.test(e)), shown.entries.join(" | "));

    await app.click(await app.find('[data-panel-item-id] [data-move="approve"] .move__button'));
    await app.type(await app.find('[data-panel-item-id] [data-move="approve"] .move__text'), "checked with the customer");
    await app.screenshot("panel-approve.png");
    await app.click(await app.find('[data-panel-item-id] [data-move="approve"] button[type="submit"]'));

    await app.waitFor(async () => (await app.execute(COLUMN_OF_SCRIPT, [id])) !== "approval", {
      timeoutMs: 15_000,
      message: "the approved card leaves the approval column",
    });
    const after = await app.waitFor(
      async () => {
        const t = await app.execute(TIMELINE_SCRIPT);
        return t && t.entries.some((e) => /checked with the customer/.test(e)) ? t : null;
      },
      { message: "the note in the timeline" },
    );
    assert.ok(after.entries.some((e) => /Approved by/.test(e)), after.entries.join(" | "));
    await app.screenshot("panel-approved.png");
  });
});
