// End to end: the Import / export screen in the real app, on the demo shop.
// A products file from a spreadsheet with one bad row is refused with its
// row and column; the fixed file is imported, and its products are on the
// Catalog screen at once. An open-orders file's order is taken as the New
// order form takes it, and its card is on the board.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/import.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, snapshot, waitForBoard } from "./boardPage.mjs";
import { deskClock, launchApp } from "./webdriver.mjs";

const BAD = "SKU;Name;Category;Specs;Unit price\nNB-900;Notebook 900;laptop;ram=16GB;1.299,00\nNB-901;Notebook 901;laptop;ram 32GB;999\n";
const GOOD = BAD.replace("ram 32GB", "ram=32GB");

/** The day `days` after the desk's today, as the file writes it (2026-12-08). */
function dayAfter(days) {
  const at = new Date(deskClock().EQUIPFLOW_NOW);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** One order of the demo's Sunny Dental Clinic, a week ahead: the customer's address, a person by email. */
const ORDERS = `order,line,customer,person,service,quantity,specs,window_start,window_end
PO-E2E-1,1,C-01005,claraneumann@example.com,HEADSET-BUY,1,type=wired,${dayAfter(7)},${dayAfter(9)}
`;

/**
 * Chooses `text` as the file of the screen's file field, as the file dialog
 * would (WebKitWebDriver cannot drive the system's dialog).
 */
async function chooseFile(app, name, text) {
  await app.execute(
    `const input = document.querySelector('input[type=file]');
     const files = new DataTransfer();
     files.items.add(new File([arguments[1]], arguments[0], { type: "text/csv" }));
     input.files = files.files;
     input.dispatchEvent(new Event("change", { bubbles: true }));`,
    [name, text],
  );
}

async function settle(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 150)));
  `);
}

describe("import screen", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await waitForBoard(app);
  });
  after(async () => app?.close());

  test("a bad row is named by row and column; the fixed file's products reach the catalog", { timeout: BOARD_TIMEOUT_MS * 3 }, async () => {
    await app.click(await app.get("[data-view=sheets]"));
    // A screen's chunk may still be on its way (App.tsx): wait for its file field.
    await app.waitFor(() => app.find("input[type=file]"), { message: "the import screen" });
    await chooseFile(app, "products.csv", BAD);
    const problem = await app.waitFor(
      () => app.execute("const r = document.querySelector('tr[data-problem-row]'); return r ? [...r.cells].map((c) => c.textContent) : null;"),
      { message: "the bad row's problem" },
    );
    assert.deepEqual(problem.slice(0, 2), ["3", "specs"]);
    assert.match(problem[2], /has no '='/);
    assert.equal(await app.execute("return document.querySelector('.sheets-import__actions .button--primary').disabled;"), true);
    await settle(app);
    await app.screenshot("import-problem.png");

    await chooseFile(app, "products.csv", GOOD);
    await app.waitFor(() => app.find("tr[data-change-row]"), { message: "the rows to import" });
    await app.click(await app.get(".sheets-import__actions .button--primary"));
    const done = await app.waitFor(
      async () => (await app.execute("return document.querySelector('.sheets-import__result')?.textContent ?? ''")) || null,
      { message: "the import's result" },
    );
    assert.equal(done, "Imported 2 products: 2 new, 0 changed, 0 unchanged");
    await settle(app);
    await app.screenshot("import-done.png");

    await app.click(await app.get("[data-view=catalog]"));
    await app.click(await app.waitFor(() => app.find('[data-tab="products"]'), { message: "the catalog's tabs" }));
    const row = await app.waitFor(
      () => app.execute("return [...document.querySelectorAll('tr[data-product-id]')].find((r) => r.textContent.includes('NB-901'))?.textContent ?? null"),
      { message: "the imported product in the catalog" },
    );
    assert.match(row, /ram=32GB/);
  });

  test("an open order from a file is taken as the order form takes it and is on the board", { timeout: BOARD_TIMEOUT_MS * 3 }, async () => {
    await app.click(await app.get("[data-view=sheets]"));
    // As a person picks from the list: React hears the select's change.
    await app.execute(`
      const select = document.querySelector(".sheets-import__choose select");
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(select, "open_orders");
      select.dispatchEvent(new Event("change", { bubbles: true }));`);
    await chooseFile(app, "orders.csv", ORDERS);
    const preview = await app.waitFor(
      () => app.execute("const p = document.querySelector('.sheets-preview, .sheets-refusal'); return p ? p.textContent : null;"),
      { message: "the orders file's preview" },
    );
    assert.match(preview, /1 new/, preview);
    await settle(app);
    await app.screenshot("import-orders.png");
    await app.click(await app.get(".sheets-import__actions .button--primary"));
    const done = await app.waitFor(
      async () => (await app.execute("return document.querySelector('.sheets-import__result')?.textContent ?? ''")) || null,
      { message: "the import's result" },
    );
    assert.equal(done, "Imported 1 order line: 1 new, 0 changed, 0 unchanged");
    // The newest order's item, as Rust's board has it.
    const itemId = await app.executeAsync(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke("board_get").then((b) => {
        const cards = b.columns.flatMap((c) => c.cards ?? []);
        const newest = cards.reduce((a, c) => (c.orderId > (a?.orderId ?? 0) ? c : a), null);
        done(newest && newest.customerName === "Sunny Dental Clinic" ? String(newest.itemId) : null);
      }, () => done(null));
    `);
    assert.ok(itemId, "the imported order's card in Rust's board");
    await app.click(await app.get("[data-view=board]"));
    await app.waitFor(async () => ((await snapshot(app)).where[itemId] ? true : null), { message: "the imported order's card on the board" });
  });
});
