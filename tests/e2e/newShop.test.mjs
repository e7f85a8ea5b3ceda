// End to end: a shop of its own from nothing, as a new user does it. A first
// run sets up the shop; on the Catalog screen a person adds a product and the
// service that sells it; on the Stock screen three units are received by
// typing serials each ended by Enter, as a barcode scanner does, and the
// availability strip counts them (for the product, and for any monitor of
// that size); on the Customers screen a customer gets a person and an
// address; New order offers that address to choose, and the order flows by
// itself to the planner's delivery queue. The board's checklist ticks what
// was done, products first.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/newShop.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { typeKeys } from "./boardPage.mjs";
import { CHECKLIST_SCRIPT, checklist, fill, settle } from "./shopPage.mjs";
import { launchApp } from "./webdriver.mjs";

const ENTER = "\uE007";
const SERIALS = ["KS-24-0001", "KS-24-0002", "KS-24-0003"];
const PRODUCT = 'Dell P2425H 24"';
const ORDER = '[role="dialog"].order-dialog';
const PART = '[role="dialog"].part-dialog';
const CARD = "article.customer-card";

const DAYS_SCRIPT = `
  const strip = document.querySelector("[data-availability]");
  return strip ? {
    name: strip.getAttribute("aria-label"),
    free: [...strip.querySelectorAll("[data-date]")].map((d) => Number(d.getAttribute("data-free"))),
  } : null;
`;

/** Sets a select by clicking its option (WebKitWebDriver does not open the native list). */
async function choose(app, selectCss, value) {
  await app.click(await app.get(`option[value="${value}"]`, await app.get(selectCss)));
  await app.waitFor(() => app.execute("return document.querySelector(arguments[0]).value === arguments[1];", [selectCss, value]), {
    message: `${selectCss} set to ${value}`,
  });
}

/** The option of `selectCss` whose text starts with `text`. */
async function optionValue(app, selectCss, text) {
  const value = await app.execute(
    "return [...document.querySelector(arguments[0]).options].find((o) => o.textContent.trim().startsWith(arguments[1]))?.value ?? null;",
    [selectCss, text],
  );
  assert.ok(value !== null, `${selectCss} offers ${text}`);
  return value;
}

/**
 * Opens a screen from the rail and waits until it is drawn: its chunk may
 * still be on its way (App.tsx), and meanwhile React keeps the screen shown
 * before, hidden, beside the loading placeholder.
 */
async function openView(app, view) {
  await app.click(await app.get(`[data-view=${view}]`));
  await app.waitFor(
    () =>
      app.execute(
        `const shown = document.querySelector('.shell__view[data-view-shown="' + arguments[0] + '"]');
         return !!shown && shown.children.length > 0 &&
           [...shown.children].every((c) => !c.classList.contains("shell__loading") && c.style.display !== "none");`,
        [view],
      ),
    { message: `the ${view} screen` },
  );
}

async function notice(app, css, want) {
  return app.waitFor(
    async () => {
      const text = await app.execute("return document.querySelector(arguments[0])?.textContent ?? '';", [css]);
      return text.includes(want) ? text : null;
    },
    { message: `${css} says ${want}` },
  );
}

describe("a new shop, from nothing to its first delivery in the queue", () => {
  let app;
  before(async () => {
    app = await launchApp({ demo: false });
  });
  after(async () => app?.close());

  test("set up, catalog, stock by scanning, a customer, an order that flows to the delivery queue", { timeout: 240_000 }, async () => {
    // First run: set up my shop. The board is empty and the checklist starts with products.
    await app.waitFor(() => app.find('[data-form="shop-setup"] input[name="shopName"]'), {
      timeoutMs: 45_000,
      message: "the first-run choice",
    });
    await app.type(await app.get('[data-form="shop-setup"] input[name="shopName"]'), "Kaiser IT Services");
    await app.click(await app.get('[data-action="set-up-shop"]'));
    const steps = await checklist(app);
    assert.deepEqual(
      steps.map((s) => s.key),
      ["products", "services", "stock", "customers", "people", "vans"],
    );

    // Catalog: a product with its size, then the service that sells it.
    await openView(app, "catalog");
    await app.click(await app.get('[data-tab="products"]'));
    await app.click(await app.get('[data-action="new-product"]'));
    const product = '[data-editor="new-product"]';
    await fill(app, `${product} [name="sku"]`, "DELL-P2425H");
    await fill(app, `${product} [name="name"]`, PRODUCT);
    await fill(app, `${product} [name="category"]`, "monitor");
    await fill(app, `${product} [name="unitPrice"]`, "189,00");
    await fill(app, `${product} [name="specKey"]`, "size");
    await fill(app, `${product} [name="specValue"]`, "24");
    await app.click(await app.get(`${product} [data-action="save"]`));
    await notice(app, ".catalog-notice", "Created");
    const productRow = await app.waitFor(() => app.execute("return document.querySelector('tr[data-product-id]')?.textContent ?? null;"), {
      message: "the product's row",
    });
    assert.match(productRow, /DELL-P2425H/);
    assert.match(productRow, /size=24/);
    assert.match(productRow, /189\.00/);

    await app.click(await app.get('[data-tab="services"]'));
    await app.click(await app.get('[data-action="new-service"]'));
    const service = '[data-editor="new-service"]';
    await fill(app, `${service} [name="code"]`, "monitor-buy");
    await fill(app, `${service} [name="name"]`, "Monitor");
    await choose(app, `${service} [name="productCategory"]`, "monitor");
    await app.click(await app.get(`${service} [name="requiredSpecKey"][value="size"]`));
    await app.click(await app.get(`${service} [data-action="save"]`));
    await notice(app, ".catalog-notice", "Monitor");
    const serviceRow = await app.waitFor(() => app.execute("return document.querySelector('tr[data-service-id]')?.textContent ?? null;"), {
      message: "the service's row",
    });
    assert.match(serviceRow, /MONITOR-BUY/);
    await settle(app);
    await app.screenshot("new-shop-catalog.png");

    // Stock: nothing yet; three serials scanned with Enter are received.
    await openView(app, "stock");
    await notice(app, ".stock-empty", "No units yet");
    await app.click(await app.get('[data-action="receive-goods"]'));
    await app.get('.receive-dialog[role="dialog"]');
    await choose(app, "#receive-product", await optionValue(app, "#receive-product", PRODUCT));
    await fill(app, '.receive-dialog input[list="receive-locations"]', "Shop floor");
    await app.click(await app.get("[data-scan=serial]"));
    for (const serial of SERIALS) await typeKeys(app, serial + ENTER);
    const accepted = await app.waitFor(
      async () => {
        const states = await app.execute('return [...document.querySelectorAll(".scan-line")].map((l) => l.getAttribute("data-state"));');
        return states.length === 3 && states.every((s) => s === "accepted") ? states : null;
      },
      { message: "three scanned lines accepted" },
    );
    assert.equal(accepted.length, 3);
    await app.click(await app.get('[data-action="receive"]'));
    await notice(app, ".stock-notice", `Received 3 units of ${PRODUCT} at Shop floor`);
    const places = await app.waitFor(
      async () => {
        const p = await app.execute('return [...document.querySelectorAll("tr[data-unit-id]")].map((r) => r.getAttribute("data-place"));');
        return p.length === 3 ? p : null;
      },
      { message: "the three units listed" },
    );
    assert.deepEqual(places, ["in_shop", "in_shop", "in_shop"]);
    // The product is chosen after the receipt: its strip counts the three on every day.
    const strip = await app.waitFor(() => app.execute(DAYS_SCRIPT), { message: "the product's availability" });
    assert.equal(strip.name, `Availability of ${PRODUCT}`);
    assert.ok(strip.free.every((n) => n === 3), JSON.stringify(strip.free));
    // Any monitor of size 24: the same three, what a person checks before promising a date.
    await choose(app, "#stock-product", "category:monitor");
    await choose(app, '[data-spec="size"]', "24");
    const bySpec = await app.waitFor(
      async () => {
        const s = await app.execute(DAYS_SCRIPT);
        return s?.name === "Availability of Any monitor with size 24" ? s : null;
      },
      { message: "the strip of any 24-inch monitor" },
    );
    assert.ok(bySpec.free.every((n) => n === 3), JSON.stringify(bySpec.free));
    await settle(app);
    await app.screenshot("new-shop-stock.png");

    // Customers: a known customer (not new: its orders need no approval), a person, an address.
    await openView(app, "customers");
    await app.click(await app.get('[data-action="new-customer"]'));
    await fill(app, '.customer-form [name="number"]', "K-0001");
    await fill(app, '.customer-form [name="name"]', "Brennerei Huber GmbH");
    await app.click(await app.get('.customer-form [name="isNew"]'));
    await app.click(await app.get('.customer-form [data-action="save"]'));
    await app.waitFor(() => app.find(CARD), { message: "the new customer's card" });
    await app.click(await app.get(`${CARD} [data-action="add-person"]`));
    await fill(app, `${PART} [name="name"]`, "Maria Huber");
    await fill(app, `${PART} [name="email"]`, "maria@huber.at");
    await app.click(await app.get(`${PART} [data-action="save"]`));
    await app.waitFor(() => app.find(`${CARD} [data-person-id]`), { message: "Maria among the people" });
    await app.click(await app.get(`${CARD} [data-action="add-address"]`));
    await fill(app, `${PART} [name="line1"]`, "Hauptplatz 3");
    await fill(app, `${PART} [name="postalCode"]`, "4020");
    await fill(app, `${PART} [name="city"]`, "Linz");
    await fill(app, `${PART} [name="countryCode"]`, "at");
    await app.click(await app.get(`${PART} [data-action="save"]`));
    const address = await app.waitFor(() => app.find(`${CARD} [data-address-id]`), { message: "the address" });
    assert.match(await app.text(address), /Hauptplatz 3, 4020 Linz, AT/);

    // New order: the customer's person and address are chosen, not typed.
    await app.click(await app.get(".nav-rail__new"));
    const customerSelect = `${ORDER} [data-field="customer"]`;
    await app.waitFor(() => app.find(customerSelect), { timeoutMs: 15_000, message: "the New order form" });
    await choose(app, customerSelect, await optionValue(app, customerSelect, "Brennerei Huber GmbH"));
    const form = await app.waitFor(
      () =>
        app.execute(
          `const f = document.querySelector(arguments[0]);
           const choice = f.querySelector('[data-field="address-choice"]');
           const recipient = f.querySelector('[data-field="recipient"]');
           return choice ? {
             recipient: recipient.selectedOptions[0]?.textContent,
             address: choice.selectedOptions[0]?.textContent,
             city: f.querySelector('[data-field="address.city"]').value,
           } : null;`,
          [ORDER],
        ),
      { message: "the customer's address offered" },
    );
    assert.deepEqual(form, { recipient: "Maria Huber", address: "Hauptplatz 3, 4020 Linz, AT", city: "Linz" });
    const serviceSelect = `${ORDER} [data-line="1"] [data-field$=":service"]`;
    await choose(app, serviceSelect, await optionValue(app, serviceSelect, "Monitor"));
    await app.type(await app.get(`${ORDER} [data-line="1"] input[data-field$=":spec:size"]`), "24");
    await settle(app);
    await app.screenshot("new-shop-order.png");
    await app.click(await app.get(`${ORDER} [data-action="submit-order"]`));
    const result = await app.waitFor(
      () =>
        app.execute(`
          const body = document.querySelector(".order-result__body");
          const item = body?.querySelector(".order-result__item");
          return item ? { number: body.getAttribute("data-order-number"), itemId: item.getAttribute("data-item-id"), status: item.getAttribute("data-status"), text: item.textContent } : null;
        `),
      { timeoutMs: 15_000, message: "the submitted order's outcome" },
    );
    assert.equal(result.status, "ready", result.text);
    assert.match(result.text, /Ready for delivery/);
    await app.click(await app.get(`${ORDER} [data-action="close"]`));

    // The planner's delivery queue has it, with nobody touching it on the way.
    await openView(app, "planner");
    const queued = await app.waitFor(() => app.find(`[data-queue-item="${result.itemId}"]`), {
      message: "the item in the planner's delivery queue",
    });
    assert.equal(await app.attribute(queued, "data-order-number"), result.number);
    await settle(app);
    await app.screenshot("new-shop-queue.png");

    // The board's checklist ticks what was done; people and vans are left.
    await openView(app, "board");
    const done = await app.waitFor(
      async () => {
        const s = await app.execute(CHECKLIST_SCRIPT);
        return s.length > 0 && s.find((x) => x.key === "customers")?.done ? s : null;
      },
      { message: "the checklist ticked" },
    );
    assert.deepEqual(
      done.filter((s) => s.done).map((s) => s.key),
      ["products", "services", "stock", "customers"],
    );
  });
});
