// End to end: the Stock screen in the real app (demo shop). Goods are
// received as at the counter: a product, then serials typed into the scan
// field each followed by Enter, as a barcode scanner does; a serial scanned
// twice is refused on its own line with the reason while focus stays in the
// field. The three new units then show in the shop with their inventory
// numbers, and the product's availability counts them.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/stock.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { typeKeys } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

const ENTER = "\uE007";
const PRODUCT = 'Philips 22E1N 22"';
const SERIALS = ["E2E-SCAN-0001", "E2E-SCAN-0002", "E2E-SCAN-0003"];

const LINES_SCRIPT = `
  return [...document.querySelectorAll(".scan-line")].map((l) => ({
    state: l.getAttribute("data-state"),
    text: l.querySelector(".scan-line__answer").textContent,
    serial: l.querySelector(".scan-line__serial").textContent,
  }));
`;

const FOCUS_SCRIPT = `return document.activeElement && document.activeElement.getAttribute("data-scan");`;

const UNITS_SCRIPT = `
  return [...document.querySelectorAll("tr[data-unit-id]")].map((r) => ({
    place: r.getAttribute("data-place"),
    serial: r.querySelector(".unit-row__open").textContent,
    inventory: r.querySelector(".unit-row__code").textContent,
    text: r.textContent,
  }));
`;

const DAYS_SCRIPT = `
  return [...document.querySelectorAll("[data-availability] [data-date]")].map((d) => ({
    date: d.getAttribute("data-date"),
    free: Number(d.getAttribute("data-free")),
  }));
`;

/** Waits until the page has painted twice, so a screenshot shows the current state. */
async function settle(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 150)));
  `);
}

describe("stock screen", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await app.waitFor(async () => (await app.findAll(".card[data-item-id]")).length > 0, {
      timeoutMs: 60_000,
      message: "the board shows the demo",
    });
  });
  after(async () => app?.close());

  test("three serials scanned with Enter are received; a repeat is refused on its line and focus stays in the field", async () => {
    await app.click(await app.get("[data-view=stock]"));
    await app.waitFor(async () => (await app.findAll("tr[data-unit-id]")).length > 0, {
      timeoutMs: 30_000,
      message: "the units table",
    });
    await app.click(await app.get('[data-action="receive-goods"]'));
    await app.get('.receive-dialog[role="dialog"]');

    const productId = await app.execute(
      `return [...document.querySelectorAll("#receive-product option")].find((o) => o.textContent.startsWith(arguments[0]))?.value ?? null;`,
      [PRODUCT],
    );
    assert.ok(productId, `${PRODUCT} is offered`);
    await app.click(await app.get(`#receive-product option[value="${productId}"]`));
    await app.click(await app.get("[data-scan=serial]"));

    for (const serial of [...SERIALS, SERIALS[0]]) {
      await typeKeys(app, serial + ENTER);
      assert.equal(await app.execute(FOCUS_SCRIPT), "serial", `focus stays in the scan field after ${serial}`);
    }
    const lines = await app.waitFor(
      async () => {
        const l = await app.execute(LINES_SCRIPT);
        return l.length === 4 && l.every((x) => x.state !== "checking") ? l : null;
      },
      { message: "Rust's answer beside every scanned line" },
    );
    assert.deepEqual(
      lines.map((l) => l.state),
      ["accepted", "accepted", "accepted", "refused"],
    );
    for (const l of lines.slice(0, 3)) assert.match(l.text, /^→ INV-\d+$/, `${l.serial} gets an inventory number`);
    assert.equal(lines[3].text, `Scanned twice: line 1 has ${SERIALS[0]} already`);
    const receive = await app.get('[data-action="receive"]');
    assert.equal((await app.execute("return arguments[0].textContent;", [receive])).trim(), "Receive 3 units");
    await settle(app);
    await app.screenshot("stock-receive.png");

    await app.click(receive);
    await app.waitFor(async () => (await app.find(".receive-dialog")) === null, { message: "the dialog closes" });
    const units = await app.waitFor(
      async () => {
        const u = (await app.execute(UNITS_SCRIPT)).filter((x) => SERIALS.includes(x.serial));
        return u.length === 3 ? u : null;
      },
      { message: "the three new units listed" },
    );
    for (const u of units) {
      assert.equal(u.place, "in_shop", `${u.serial} is in the shop`);
      assert.ok(u.text.includes("In the shop"), u.text);
      assert.equal(u.inventory, lines[SERIALS.indexOf(u.serial)].text.replace("→ ", ""), "the number promised");
    }
    const notice = await app.get(".stock-notice");
    assert.match(await app.execute("return arguments[0].textContent;", [notice]), /^Received 3 units of Philips 22E1N 22" at /);

    // The product is chosen now: its availability counts the new units.
    const days = await app.waitFor(
      async () => {
        const d = await app.execute(DAYS_SCRIPT);
        return d.length > 0 ? d : null;
      },
      { message: "the availability strip" },
    );
    assert.equal(days.length, 28, "four weeks of days");
    assert.ok(days[0].free >= 3, `at least the three new units are free today: ${JSON.stringify(days[0])}`);

    // A new unit's history starts with its receipt.
    await app.click(await app.get(`tr[data-place="in_shop"] .unit-row__open[aria-label^="${SERIALS[1]}"]`));
    const step = await app.waitFor(
      () => app.execute(`return document.querySelector(".unit-trail__text")?.textContent ?? null;`),
      { message: "the unit's history" },
    );
    assert.match(step, /^Received at .+ as INV-\d+$/);
    await settle(app);
    await app.screenshot("stock.png");
  });
});
