// End to end: the Catalog screen in the real app, on the demo shop.
// A product and a service are created through the screen; the New order
// dialog offers the service at once; an order of it puts a card on the
// board; archived, the service is gone from the order form while that card
// still names it. A second product with the same SKU is refused by Rust
// beside the SKU field.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/catalog.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, pressKey, waitForBoard } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

const ESCAPE = "\uE00C";
const SERVICE = "Curved monitor rental";
const ORDER_DIALOG = '[role="dialog"].order-dialog';

async function invoke(app, cmd, args = {}) {
  const r = await app.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1]).then((data) => done({ data }), (error) => done({ error: error?.message ?? String(error) }));`,
    [cmd, args],
  );
  assert.equal(r.error, undefined, `${cmd}: ${r.error}`);
  return r.data;
}

async function openView(app, view) {
  await app.click(await app.get(`[data-view=${view}]`));
}

/** Sets a select by clicking its option (WebKitWebDriver does not open the native list). */
async function choose(app, selectCss, value) {
  const select = await app.get(selectCss);
  await app.click(await app.get(`option[value="${value}"]`, select));
  await app.waitFor(() => app.execute("return document.querySelector(arguments[0]).value === arguments[1];", [selectCss, value]), {
    message: `${selectCss} set to ${value}`,
  });
}

async function typeInto(app, css, text) {
  await app.type(await app.get(css), text);
}

/** The service names the New order dialog offers. */
async function offeredServices(app) {
  await app.click(await app.get(".nav-rail__new"));
  await app.waitFor(() => app.find(`${ORDER_DIALOG} .order-form [data-field="customer"]`), {
    timeoutMs: 15_000,
    message: "the New order form with the catalog loaded",
  });
  const names = await app.execute(
    `return [...document.querySelectorAll(arguments[0] + " select option")].map((o) => o.textContent.trim());`,
    [ORDER_DIALOG],
  );
  await pressKey(app, ESCAPE);
  await app.waitFor(async () => (await app.find(ORDER_DIALOG)) === null, { message: "the New order dialog closes" });
  return names;
}

async function settle(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 150)));
  `);
}

describe("catalog screen", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await waitForBoard(app);
  });
  after(async () => app?.close());

  test("a product and a service made on the screen are ordered at once; archived, the service leaves the form but not its card", { timeout: BOARD_TIMEOUT_MS * 3 }, async () => {
    await openView(app, "catalog");
    await app.waitFor(() => app.find("tr[data-service-id]"), { message: "the services table" });

    // A product, on the Products tab.
    await app.click(await app.get('[data-tab="products"]'));
    await app.click(await app.get('[data-action="new-product"]'));
    const product = '[data-editor="new-product"]';
    await typeInto(app, `${product} [name="sku"]`, "CURVE-049");
    await typeInto(app, `${product} [name="name"]`, "Samsung Odyssey 49\" curved");
    await typeInto(app, `${product} [name="category"]`, "monitor");
    await typeInto(app, `${product} [name="unitPrice"]`, "1299,00");
    await typeInto(app, `${product} [name="specKey"]`, "size");
    await typeInto(app, `${product} [name="specValue"]`, "49");
    await app.click(await app.get(`${product} [data-action="save"]`));
    await app.waitFor(async () => (await app.execute("return document.querySelector('.catalog-notice')?.textContent ?? ''")).includes("Created"), {
      message: "the product is created",
    });
    const row = await app.waitFor(
      () => app.execute("return [...document.querySelectorAll('tr[data-product-id]')].find((r) => r.textContent.includes('CURVE-049'))?.textContent ?? null"),
      { message: "the new product's row" },
    );
    assert.match(row, /size=49/);

    // The same SKU again: Rust refuses it beside the SKU field, nothing else is marked.
    await app.click(await app.get('[data-action="new-product"]'));
    await typeInto(app, `${product} [name="sku"]`, "curve-049");
    await typeInto(app, `${product} [name="name"]`, "Another curved monitor");
    await typeInto(app, `${product} [name="category"]`, "monitor");
    await app.click(await app.get(`${product} [data-action="save"]`));
    const refusal = await app.waitFor(
      () =>
        app.execute(
          `const sku = document.querySelector(arguments[0] + ' [name="sku"]');
           const alert = sku.closest("label").querySelector("[role=alert]");
           return alert ? { text: alert.textContent, invalid: sku.getAttribute("aria-invalid"), name: document.querySelector(arguments[0] + ' [name="name"]').getAttribute("aria-invalid") } : null;`,
          [product],
        ),
      { message: "the duplicate SKU refused beside its field" },
    );
    assert.match(refusal.text, /CURVE-049 is already the SKU of Samsung Odyssey/);
    assert.equal(refusal.invalid, "true");
    assert.equal(refusal.name, null);
    await settle(app);
    await app.screenshot("catalog-refusal.png");
    await app.click(await app.get(`${product} .catalog-form__header .button--quiet`));

    // A service renting it, on the Services tab.
    await app.click(await app.get('[data-tab="services"]'));
    await app.click(await app.get('[data-action="new-service"]'));
    const service = '[data-editor="new-service"]';
    await typeInto(app, `${service} [name="code"]`, "monitor-curve");
    await typeInto(app, `${service} [name="name"]`, SERVICE);
    await choose(app, `${service} [name="offerType"]`, "rental");
    await choose(app, `${service} [name="productCategory"]`, "monitor");
    await app.click(await app.get(`${service} [name="recurring"]`));
    await typeInto(app, `${service} [name="monthly"]`, "39");
    await app.click(await app.get(`${service} [name="requiredSpecKey"][value="size"]`));
    await app.click(await app.get(`${service} [data-action="save"]`));
    await app.waitFor(async () => (await app.execute("return document.querySelector('.catalog-notice')?.textContent ?? ''")).includes(SERVICE), {
      message: "the service is created",
    });

    assert.ok((await offeredServices(app)).some((n) => n.startsWith(SERVICE)), "the New order dialog offers the new service at once");

    // An order of it: D2 picks the new product (the only 49" monitor).
    const catalog = await invoke(app, "catalog_get");
    const created = catalog.services.find((s) => s.name === SERVICE);
    assert.equal(created.code, "MONITOR-CURVE");
    const ref = await invoke(app, "reference_get");
    const clock = await invoke(app, "clock_get");
    const customer = ref.customers.find((c) => c.recipients.length > 0 && c.addresses.length > 0);
    const { line1, postalCode, city, countryCode } = customer.addresses[0];
    const day = (n) => new Date(Date.parse(`${clock.today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const order = await invoke(app, "order_submit", {
      input: {
        customerId: customer.id,
        recipientId: customer.recipients[0].id,
        note: "",
        items: [
          {
            serviceId: created.id,
            transactionType: "order",
            quantity: 1,
            specs: { size: "49" },
            windowStart: day(3),
            windowEnd: day(6),
            address: { line1, postalCode, city, countryCode, addition: "" },
          },
        ],
      },
    });
    const itemId = order.items[0].itemId;

    // Archived through the screen: gone from the order form.
    await app.waitFor(() => app.find(`tr[data-service-id="${created.id}"]`), { message: "the new service's row" });
    await app.click(await app.get(`tr[data-service-id="${created.id}"] .data-table__open`));
    await app.waitFor(() => app.find(`[data-editor="service-${created.id}"] [data-action="archive"]`), { message: "the service's editor" });
    await app.click(await app.get(`[data-editor="service-${created.id}"] [data-action="archive"]`));
    await app.waitFor(() => app.find(`tr[data-service-id="${created.id}"][data-archived="true"]`), { message: "the service shows as archived" });
    await app.waitFor(() => app.find(`[data-editor="service-${created.id}"] [data-audit-action="archived"]`), { message: "its history says archived" });
    await app.click(await app.get('[name="showArchived"]'));
    await settle(app);
    await app.screenshot("catalog.png");

    assert.ok(!(await offeredServices(app)).some((n) => n.startsWith(SERVICE)), "the New order dialog no longer offers the archived service");

    // The order's card still names the service.
    await openView(app, "board");
    await waitForBoard(app);
    const search = await app.get('[data-filter="query"]');
    await app.click(search);
    await app.type(search, order.number);
    const card = await app.waitFor(
      () => app.execute(`return document.querySelector('.card[data-item-id="${itemId}"]')?.textContent ?? null`),
      { timeoutMs: BOARD_TIMEOUT_MS, message: "the order's card on the board" },
    );
    assert.ok(card.includes(SERVICE), `the card names ${SERVICE}: ${card}`);
  });
});
