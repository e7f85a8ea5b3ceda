// End to end: the way back in the real app (demo shop). A laptop a customer
// holds is returned from the Customers screen's Holds, approved, scheduled,
// sent out and collected from the item panel, then checked in by scanning
// its serial with condition "damaged"; the unit shows in repair with its
// whole trail on the Stock screen.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/wayback.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { MOVE_TIMEOUT_MS, typeKeys } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

const ENTER = "\uE007";
const LAPTOPS = /ThinkPad|MacBook|Latitude|EliteBook/;

/** The Holds of the customer on screen once loaded (a list or "Nothing yet"): each holding's title, serials and whether it can be chosen. */
const HOLDS_SCRIPT = `
  const holds = document.querySelector("[data-section=holds]");
  if (!holds?.querySelector(".part-list, .hint")) return null;
  return [...holds.querySelectorAll("[data-holding-id]")].map((h) => ({
    id: h.getAttribute("data-holding-id"),
    text: h.querySelector(".part-row__main strong").textContent,
    meta: h.querySelector(".part-row__meta").textContent,
    choosable: !h.querySelector("input[type=checkbox]").disabled,
  }));
`;

const CARD_OF_ORDER = `
  const c = [...document.querySelectorAll(".card[data-item-id]")].find((c) => c.querySelector(".card__order")?.textContent === arguments[0]);
  return c ? { id: c.getAttribute("data-item-id"), column: c.closest("[data-column]")?.getAttribute("data-column") } : null;
`;

async function settle(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 150)));
  `);
}

/** Clicks a move of the open panel once Rust offers it enabled. */
async function move(app, itemId, action) {
  const button = await app.waitFor(
    () => app.find(`[data-panel-item-id="${itemId}"] [data-move="${action}"] .move__button:not([disabled])`),
    { timeoutMs: MOVE_TIMEOUT_MS, message: `${action} offered for ${itemId}` },
  );
  // A notice at the card on the board can lie over the panel's button.
  await app.execute("arguments[0].click();", [button]);
}

async function cardColumn(app, number, column) {
  return app.waitFor(
    async () => {
      const c = await app.execute(CARD_OF_ORDER, [number]);
      return c && c.column === column ? c : null;
    },
    { timeoutMs: MOVE_TIMEOUT_MS, message: `${number} in ${column}` },
  );
}

describe("the way back", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await app.waitFor(async () => (await app.findAll(".card[data-item-id]")).length > 0, {
      timeoutMs: 60_000,
      message: "the board shows the demo",
    });
  });
  after(async () => app?.close());

  // The demo delivers a laptop on the next working day whatever the hour it is
  // seeded (demo::way_back), so this runs at E2E_NOW and at test-any-day's instants.
  test("a laptop is returned from the customer's holdings, collected, checked in damaged and shows in repair", { timeout: 120_000 }, async () => {
    // The board's due back list: what ends within a week, overdue first.
    await app.click(await app.waitFor(() => app.find('[data-stat="due-back"]'), { message: "the due back pill" }));
    await app.get('.inbox--due-back[role="dialog"]');
    await settle(app);
    await app.screenshot("wayback-due-back.png");
    await typeKeys(app, "\uE00C");
    await app.waitFor(async () => (await app.find('.inbox--due-back[role="dialog"]')) === null, { message: "Esc closes the list" });

    // Find a customer holding a laptop that can be returned.
    await app.click(await app.get("[data-view=customers]"));
    await app.waitFor(async () => (await app.findAll("tr[data-customer-id]")).length > 0, { message: "the customers list" });
    const customers = await app.execute(`return [...document.querySelectorAll("tr[data-customer-id]")].map((r) => r.getAttribute("data-customer-id"));`);
    let laptop = null;
    for (const id of customers) {
      await app.click(await app.get(`tr[data-customer-id="${id}"] .customer-row__open`));
      const holds = await app.waitFor(
        async () => ((await app.find(`[data-customer-id="${id}"] [data-section=holds]`)) ? await app.execute(HOLDS_SCRIPT) : null),
        { message: `the holds of customer ${id}` },
      );
      laptop = holds.find((h) => h.choosable && LAPTOPS.test(h.text)) ?? null;
      if (laptop) break;
    }
    assert.ok(laptop, "a customer of the demo holds a laptop that can be returned");
    const serial = laptop.meta.split(" · ")[0].split(", ")[0];

    await app.click(await app.get(`[data-holding-id="${laptop.id}"] input[type=checkbox]`));
    await app.click(await app.get('[data-action="way-back-return"]'));
    await app.get('.way-back-dialog[role="dialog"]');
    await settle(app);
    await app.screenshot("wayback-request.png");
    await app.click(await app.get('[data-action="request-way-back"]'));
    const told = await app.waitFor(
      () => app.execute(`return document.querySelector("[data-section=holds] [role=status]")?.textContent ?? null;`),
      { timeoutMs: MOVE_TIMEOUT_MS, message: "what the request did" },
    );
    const number = told.match(/^Order (\S+):/)[1];
    assert.match(told, /Awaiting approval/, told);
    await settle(app);
    await app.screenshot("wayback-holds.png");

    // On the board: approve, schedule (Suggest), out, collected.
    await app.click(await app.get("[data-view=board]"));
    const card = await cardColumn(app, number, "approval");
    await app.click(await app.get(`.card[data-item-id="${card.id}"]`));
    await move(app, card.id, "approve");
    await app.click(await app.get(`[data-panel-item-id="${card.id}"] [data-move="approve"] button[type="submit"]`));
    await cardColumn(app, number, "delivery_queue");
    await app.click(await app.waitFor(() => app.find(`[data-panel-item-id="${card.id}"] [data-action="dialog-suggest"]`), { timeoutMs: MOVE_TIMEOUT_MS }));
    await app.waitFor(() => app.find(`[data-panel-item-id="${card.id}"] [data-suggested]`), { timeoutMs: MOVE_TIMEOUT_MS, message: "Rust's suggested slot" });
    await app.click(await app.get(`[data-panel-item-id="${card.id}"] [data-action="schedule"]`));
    await cardColumn(app, number, "scheduled");
    await move(app, card.id, "dispatch");
    await cardColumn(app, number, "in_delivery");
    await move(app, card.id, "delivered");
    await cardColumn(app, number, "check_in");

    // Check-in: damaged, a note, the serial scanned with Enter.
    const panel = `[data-panel-item-id="${card.id}"]`;
    await app.click(await app.waitFor(() => app.find(`${panel} input[value="damaged"]`), { timeoutMs: MOVE_TIMEOUT_MS, message: "the check-in panel" }));
    await app.type(await app.get(`${panel} [data-check-in-note]`), "cracked hinge");
    await app.click(await app.get(`${panel} [data-scan="check-in"]`));
    await typeKeys(app, serial + ENTER);
    assert.equal(await app.execute('return document.activeElement?.getAttribute("data-scan");'), "check-in", "focus stays in the scan field");
    await app.waitFor(() => app.find(`${panel} [data-unit-serial="${serial}"][data-condition="damaged"]`), {
      timeoutMs: MOVE_TIMEOUT_MS,
      message: `${serial} checked in damaged`,
    });
    await settle(app);
    await app.screenshot("wayback-check-in.png");
    await app.click(await app.get(`${panel} [data-action="close-check-in"]:not([disabled])`));
    await cardColumn(app, number, "ready_to_complete");

    // The return receipt: the unit with the condition recorded at check-in.
    await app.click(await app.waitFor(() => app.find(`${panel} [data-return-receipt]`), { timeoutMs: MOVE_TIMEOUT_MS, message: "the receipt button" }));
    await app.waitFor(() => app.find(`[data-return-receipt-view] [data-receipt-serial="${serial}"][data-condition="damaged"]`), {
      message: "the receipt names the unit damaged",
    });
    await settle(app);
    await app.screenshot("wayback-receipt.png");
    await app.click(await app.get("[data-return-receipt-view] [data-autofocus]"));

    // The unit is in repair, and its history tells the whole way.
    await app.click(await app.get("[data-view=stock]"));
    const row = await app.waitFor(() => app.find(`tr[data-place="in_repair"] .unit-row__open[aria-label^="${serial}"]`), {
      timeoutMs: 30_000,
      message: `${serial} in repair`,
    });
    await app.click(row);
    const trail = await app.waitFor(
      async () => {
        const t = await app.execute(`return [...document.querySelectorAll(".unit-trail__text")].map((e) => e.textContent);`);
        return t.some((x) => x.includes("cracked hinge")) ? t : null;
      },
      { message: "the unit's trail with the check-in" },
    );
    assert.ok(trail.some((t) => /^Delivered with order/.test(t)), trail.join(" | "));
    assert.ok(trail.some((t) => t.startsWith(`Collected with order ${number}`)), trail.join(" | "));
    assert.ok(trail.some((t) => t.startsWith(`Checked in damaged with order ${number}: cracked hinge`)), trail.join(" | "));
    await settle(app);
    await app.screenshot("wayback-unit.png");
  });
});
