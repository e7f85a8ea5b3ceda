// End to end: the Customers screen in the real app (demo shop). A person adds
// a customer, one of its people and an address through the screen; an email
// that is not one is refused by Rust beside its field; New order then offers
// the customer with its person and fills in its address; archived, the
// customer is gone from the order form and stays in the list, marked.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/customers.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { pressKey, waitForBoard } from "./boardPage.mjs";
import { fill, settle } from "./shopPage.mjs";
import { launchApp } from "./webdriver.mjs";

const ESCAPE = "\uE00C";
const DIALOG = '[role="dialog"].part-dialog';
const CARD = "article.customer-card";
const ORDER = '[role="dialog"].order-dialog';

/** The error Rust put beside the field `name` inside `scope`, or null. */
const FIELD_ERROR_SCRIPT = `
  const input = document.querySelector(arguments[0] + ' [name="' + arguments[1] + '"]');
  const alert = input?.closest("label")?.querySelector("[role=alert]");
  return alert ? { text: alert.textContent, invalid: input.getAttribute("aria-invalid") } : null;
`;

/** What the order form's Customer and Recipient selects offer, and the address it filled in. */
const ORDER_FORM_SCRIPT = `
  const form = document.querySelector(arguments[0]);
  const select = (label) => {
    const l = [...form.querySelectorAll("label")].find((e) => e.textContent.trim() === label);
    return l ? document.getElementById(l.getAttribute("for")) : null;
  };
  const options = (s) => (s ? [...s.options].map((o) => ({ value: o.value, text: o.textContent.trim() })) : []);
  return { customers: options(select("Customer")), recipients: options(select("Recipient")) };
`;

async function openDialog(app, action) {
  await app.click(await app.get(`${CARD} [data-action="${action}"]`));
  await app.waitFor(() => app.find(DIALOG), { message: `the dialog of ${action}` });
}

async function saveDialog(app) {
  await app.click(await app.get(`${DIALOG} [data-action="save"]`));
}

async function dialogClosed(app) {
  await app.waitFor(async () => (await app.find(DIALOG)) === null, { message: "the dialog to close" });
}

async function openOrderForm(app) {
  await app.click(await app.get(".nav-rail__new"));
  await app.waitFor(() => app.find(`${ORDER} .order-form [data-field="customer"]`), {
    timeoutMs: 15_000,
    message: "the New order form with its reference data",
  });
  return app.execute(ORDER_FORM_SCRIPT, [ORDER]);
}

/** Esc closes the order form; one with a choice made asks first, and is discarded. */
async function closeOrderForm(app) {
  await pressKey(app, ESCAPE);
  const discard = await app.find(`${ORDER} .order-dialog__confirm .button--caution`);
  if (discard) await app.click(discard);
  await app.waitFor(async () => (await app.find(ORDER)) === null, { message: "the order form to close" });
}

describe("customers screen", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await waitForBoard(app);
  });
  after(async () => app?.close());

  test("a customer added with a person and an address is offered by New order, and gone once archived", { timeout: 180_000 }, async () => {
    await app.click(await app.get("[data-view=customers]"));
    await app.waitFor(async () => (await app.findAll("tr[data-customer-id]")).length > 0, { message: "the customers list" });

    // The customer.
    await app.click(await app.get('[data-action="new-customer"]'));
    await fill(app, '.customer-form [name="number"]', "N-100");
    await fill(app, '.customer-form [name="name"]', "Nordlicht KG");
    await app.click(await app.get('.customer-form [data-action="save"]'));
    await app.waitFor(() => app.find(CARD), { message: "the new customer's card" });
    assert.match(await app.text(await app.get(`${CARD} .customer-card__name`)), /Nordlicht KG/);

    // A person, first with an email that is not one: Rust refuses it beside the field.
    await openDialog(app, "add-person");
    await fill(app, `${DIALOG} [name="name"]`, "Ida Berg");
    await fill(app, `${DIALOG} [name="email"]`, "ida.nordlicht.at");
    await fill(app, `${DIALOG} [name="phone"]`, "+43 316 80 40");
    await saveDialog(app);
    const refused = await app.waitFor(() => app.execute(FIELD_ERROR_SCRIPT, [DIALOG, "email"]), {
      message: "the email's refusal beside it",
    });
    assert.match(refused.text, /^Not an email address/);
    assert.equal(refused.invalid, "true");
    await settle(app);
    await app.screenshot("customers-bad-email.png");
    await fill(app, `${DIALOG} [name="email"]`, "ida@nordlicht.at");
    await saveDialog(app);
    await dialogClosed(app);
    await app.waitFor(() => app.find(`${CARD} [data-person-id]`), { message: "Ida in the people" });

    // An address.
    await openDialog(app, "add-address");
    await fill(app, `${DIALOG} [name="line1"]`, "Herrengasse 16");
    await fill(app, `${DIALOG} [name="postalCode"]`, "8010");
    await fill(app, `${DIALOG} [name="city"]`, "Graz");
    await fill(app, `${DIALOG} [name="countryCode"]`, "at");
    await saveDialog(app);
    await dialogClosed(app);
    const address = await app.waitFor(() => app.find(`${CARD} [data-address-id]`), { message: "the address" });
    assert.match(await app.text(address), /Herrengasse 16, 8010 Graz, AT/);
    await settle(app);
    await app.screenshot("customers.png");

    // New order offers the customer, with Ida.
    const offered = await openOrderForm(app);
    const nordlicht = offered.customers.find((c) => c.text === "Nordlicht KG");
    assert.ok(nordlicht, `New order offers Nordlicht KG: ${JSON.stringify(offered.customers)}`);
    await app.execute(
      `const s = document.querySelector(arguments[0] + ' [data-field="customer"]');
       const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set;
       set.call(s, arguments[1]); s.dispatchEvent(new Event("change", { bubbles: true }));`,
      [ORDER, nordlicht.value],
    );
    const withIda = await app.waitFor(
      async () => {
        const f = await app.execute(ORDER_FORM_SCRIPT, [ORDER]);
        return f.recipients.some((r) => r.text === "Ida Berg") ? f : null;
      },
      { message: "Ida offered as the recipient" },
    );
    assert.ok(withIda);
    await settle(app);
    await app.screenshot("customers-new-order.png");
    await closeOrderForm(app);

    // Archived: still in the list, marked, and no longer offered.
    await app.click(await app.get(`${CARD} .customer-card__header [data-action="archive"]`));
    await app.waitFor(() => app.find(`${CARD} .customer-card__header [data-action="unarchive"]`), { message: "the customer archived" });
    const row = await app.get("tr.data-table__row--selected");
    assert.match(await app.text(row), /Nordlicht KG.*Archived/);
    const after = await openOrderForm(app);
    assert.ok(!after.customers.some((c) => c.text === "Nordlicht KG"), "an archived customer is not offered");
    await closeOrderForm(app);
  });
});
