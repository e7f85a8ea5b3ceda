// End to end: a shop of its own. A first run with no database asks "Set up
// my shop" or "Explore the demo shop"; setting up lands on an empty board
// with the setup checklist, and the rail switches to the demo and back. A
// run with --demo lands on the full board with the demo badge; a settings
// change is refused beside its field with a bad value and saved with a good one.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/ownShop.test.mjs

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, waitForBoard } from "./boardPage.mjs";
import { checklist, fill, settle } from "./shopPage.mjs";
import { demoPathOf, launchApp } from "./webdriver.mjs";

const cardCount = (app) => app.execute("return document.querySelectorAll('.card[data-item-id]').length;");

describe("first run: set up my shop, or explore the demo", () => {
  let app;
  before(async () => {
    app = await launchApp({ demo: false });
  });
  after(async () => app?.close());

  test("with no database the app asks, and writes no file until asked", { timeout: 90_000 }, async () => {
    await app.waitFor(() => app.find('[data-screen="first-run"] [data-form="shop-setup"]'), {
      timeoutMs: 45_000,
      message: "the first-run choice",
    });
    assert.ok(await app.find('[data-action="explore-demo"]'), "the demo is offered");
    assert.equal(await app.find(".nav-rail"), null, "no screens before a shop is open");
    assert.equal(existsSync(app.dbPath), false, "no shop database yet");
    assert.equal(existsSync(demoPathOf(app.dbPath)), false, "no demo database yet");
    await settle(app);
    await app.screenshot("first-run.png");
  });

  test("a refused name stays on the form; 'Set up my shop' lands on an empty board with the checklist", { timeout: 120_000 }, async () => {
    await app.click(await app.get('[data-action="set-up-shop"]'));
    const refusal = await app.waitFor(() => app.find('[data-form="shop-setup"] [role=alert][data-error-for="shopName"]'), {
      message: "the empty name refused beside its field",
    });
    assert.match(await app.text(refusal), /required/i);
    assert.equal(existsSync(app.dbPath), false, "a refused setup writes no file");

    await app.type(await app.get('[data-form="shop-setup"] input[name="shopName"]'), "Kaiser IT Services");
    await app.click(await app.get('[data-action="set-up-shop"]'));
    const steps = await checklist(app);
    assert.deepEqual(
      steps.map((s) => s.key),
      ["products", "services", "stock", "customers", "people", "vans"],
    );
    assert.ok(steps.every((s) => !s.done), JSON.stringify(steps));
    assert.ok(steps.find((s) => s.key === "vans").link, "the vans step links to the Resources screen");
    await app.waitFor(() => app.find('[data-column="approval"]'), { message: "the board's columns" });
    assert.equal(await cardCount(app), 0, "an empty shop: no demo orders");
    assert.equal(
      await app.execute("return document.querySelector('[data-shop-name]')?.textContent;"),
      "Kaiser IT Services",
      "the rail names the open shop",
    );
    assert.ok(existsSync(app.dbPath), "the shop's database now exists");
    assert.equal(existsSync(demoPathOf(app.dbPath)), false, "the demo is made only when asked for");
    await settle(app);
    await app.screenshot("empty-board-checklist.png");
  });

  test("the rail opens the demo in the running app and goes back to the shop", { timeout: 180_000 }, async () => {
    await app.click(await app.get('[data-action="open-demo"]'));
    await app.waitFor(() => app.find('[data-badge="demo"]'), { timeoutMs: 60_000, message: "the demo badge" });
    await waitForBoard(app);
    assert.ok((await cardCount(app)) > 40, "the demo's board is full");
    assert.equal(await app.find("[data-checklist]"), null, "the demo shows no checklist");

    await app.click(await app.get('[data-action="open-mine"]'));
    await app.waitFor(() => app.find("[data-checklist]"), { timeoutMs: 30_000, message: "the shop's checklist again" });
    await app.waitFor(async () => (await cardCount(app)) === 0, { message: "the shop's empty board again" });
    assert.equal(await app.find('[data-badge="demo"]'), null, "no demo badge on the shop's own data");
  });
});

describe("--demo and the settings", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await waitForBoard(app);
  });
  after(async () => app?.close());

  test("--demo lands on the full board with the demo badge", { timeout: BOARD_TIMEOUT_MS }, async () => {
    assert.ok(await app.find('[data-badge="demo"]'), "the rail says the demo is open");
    assert.ok((await cardCount(app)) > 40);
    assert.equal(await app.find("[data-checklist]"), null);
    assert.equal(existsSync(app.dbPath), false, "the shop's own database is not made by the demo");
  });

  test("a bad setting is refused beside its field; a good one is saved and logged", { timeout: 120_000 }, async () => {
    await app.click(await app.get("[data-view=settings]"));
    await app.waitFor(() => app.find('.settings-form input[name="stockBufferDays"]'), { message: "the settings form" });

    await fill(app, '.settings-form input[name="inventoryPattern"]', "INV-{seq:5}");
    await app.click(await app.get('.settings-form [data-action="save"]'));
    const refusal = await app.waitFor(() => app.find('[role=alert][data-error-for="inventoryPattern"]'), {
      message: "the pattern refused beside its field",
    });
    assert.match(await app.text(refusal), /\{seq:0N\}/);
    const invalid = await app.attribute(await app.get('.settings-form input[name="inventoryPattern"]'), "aria-invalid");
    assert.equal(invalid, "true");
    await settle(app);
    await app.screenshot("settings-refused.png");

    await fill(app, '.settings-form input[name="inventoryPattern"]', "WH1-{seq:04}");
    await fill(app, '.settings-form input[name="stockBufferDays"]', "2");
    await app.click(await app.get('.settings-form [data-action="save"]'));
    await app.waitFor(() => app.find(".settings-form__saved"), { message: "Saved" });
    const logged = await app.execute(
      "return [...document.querySelectorAll('[data-log-field]')].map((e) => e.getAttribute('data-log-field'));",
    );
    assert.deepEqual(logged.slice(0, 2).sort(), ["inventoryPattern", "stockBufferDays"], JSON.stringify(logged));
    const hint = await app.text(await app.get('[data-field="inventoryPattern"] .settings-field__hint'));
    assert.match(hint, /WH1-0001/);
    await settle(app);
    await app.screenshot("settings.png");
  });
});
