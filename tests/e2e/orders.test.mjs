// End to end: orders taken through the New order form in the real app, then
// followed across the flow board. Each test gets a fresh demo database.
//
// (a) A single monitor from stock, for an established customer, cheap, no
//     rule hit: D1–D4 run with nobody touching it and its card lands in the
//     delivery queue. The desk is Austrian: the window's end is typed day
//     first ("7.12.2026") and the card is due on that day.
// (b) A laptop worth more than 2,000 (approval), a monitor whose specs fit two
//     products (assignment) and the device management the laptop brings: the
//     laptop is approved by a pointer drag, the monitor picked in the item
//     panel, everything marked prepared, and the three sit in the delivery
//     queue as one delivery ("3 of 3 ready").
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/orders.test.mjs
//
// EQUIPFLOW_BIN points at the custom-protocol build, e.g. /tmp/e2e-target/debug/equipflow.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";

import { COLUMN_POINT_SCRIPT, MOVE_TIMEOUT_MS, keys, typeKeys, waitForBoard } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

const DIALOG = '[role="dialog"].order-dialog';
const ENTER = "\uE007";
/** The serials the item panel lists to scan while preparing. */
const RESERVED_SCRIPT = `return [...document.querySelectorAll(arguments[0] + " .prepare-scan__serial")].map((e) => e.textContent);`;

/** Where each card of an order is: { itemId: { column, status, readiness } }. */
const ORDER_CARDS_SCRIPT = `
  const out = {};
  for (const c of document.querySelectorAll(".card[data-item-id]")) {
    if (c.querySelector(".card__order")?.textContent !== arguments[0]) continue;
    out[c.getAttribute("data-item-id")] = {
      column: c.closest("[data-column]")?.getAttribute("data-column") ?? null,
      status: c.getAttribute("data-status"),
      readiness: c.querySelector(".badge--ready")?.textContent ?? null,
      held: c.classList.contains("card--held"),
    };
  }
  return out;
`;

/** The outcome list the dialog shows after submitting. */
const RESULT_SCRIPT = `
  const body = document.querySelector(".order-result__body");
  if (!body) return null;
  return {
    number: body.getAttribute("data-order-number"),
    lead: body.querySelector(".order-result__lead")?.textContent ?? "",
    items: [...body.querySelectorAll(".order-result__item")].map((li) => ({
      itemId: li.getAttribute("data-item-id"),
      status: li.getAttribute("data-status"),
      text: li.textContent,
    })),
  };
`;

/** Picks the option whose text starts with `text` in the select labelled `label` (inside `scope`). */
async function selectOption(app, scopeCss, label, text) {
  const selectId = await app.execute(
    `
    const scope = document.querySelector(arguments[0]);
    const label = [...scope.querySelectorAll("label")].find((l) => l.textContent.trim() === arguments[1]);
    return label ? label.getAttribute("for") : null;
  `,
    [scopeCss, label],
  );
  assert.ok(selectId, `a select labelled ${label} in ${scopeCss}`);
  const select = await app.get(`[id="${selectId}"]`);
  const chosenText = () =>
    app.execute("const s = document.getElementById(arguments[0]); return s.selectedOptions[0]?.textContent ?? '';", [selectId]);
  // Clicking the option selects it (WebKitWebDriver does not open the native list for it).
  for (let attempt = 0; attempt < 3 && !(await chosenText()).trim().startsWith(text); attempt++) {
    // WebDriver's element text of an option in a closed list may be empty: match by textContent.
    const value = await app.execute(
      "return [...document.getElementById(arguments[0]).options].find((o) => o.textContent.trim().startsWith(arguments[1]))?.value ?? null;",
      [selectId, text],
    );
    assert.ok(value, `${label} offers ${text}`);
    await app.click(await app.get(`option[value="${value}"]`, select));
    if (!(await chosenText()).trim().startsWith(text)) await new Promise((r) => setTimeout(r, 300));
  }
  const chosen = await chosenText();
  assert.ok(chosen.trim().startsWith(text), `${label}: chose "${chosen}", wanted ${text}`);
  return select;
}

async function fieldIn(app, scopeCss, label) {
  const id = await app.execute(
    `
    const scope = document.querySelector(arguments[0]);
    const el = [...scope.querySelectorAll("input, select, textarea")].find((e) => e.getAttribute("aria-label") === arguments[1]);
    if (el) { if (!el.id) el.id = "e2e-" + Math.random().toString(36).slice(2); return el.id; }
    const label = [...scope.querySelectorAll("label")].find((l) => l.textContent.trim() === arguments[1]);
    return label ? label.getAttribute("for") : null;
  `,
    [scopeCss, label],
  );
  assert.ok(id, `a field labelled ${label} in ${scopeCss}`);
  return app.get(`[id="${id}"]`);
}

/**
 * The environment that gives the app and its webview a locale ("de_AT"):
 * WebKitGTK takes its language from the C library's locale, which must
 * exist, so it is built with localedef into a scratch folder (no root
 * needed). Null when it cannot be built; the test then types in whatever
 * order the webview shows.
 */
function localeEnv(name) {
  const dir = mkdtempSync(join(tmpdir(), "equipflow-locale-"));
  spawnSync("localedef", ["-i", name, "-f", "UTF-8", join(dir, `${name}.UTF-8`)], { stdio: "ignore" });
  if (!existsSync(join(dir, `${name}.UTF-8`))) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return { dir, env: { LOCPATH: dir, LANG: `${name}.UTF-8`, LC_ALL: `${name}.UTF-8` } };
}

/** The parts of a date field in the order the desk's locale shows them, e.g. ["day", "month", "year"]. */
function dateParts(app, key) {
  return app.execute(
    `return [...document.querySelectorAll('[data-date-field="' + arguments[0] + '"] [data-type]:not([data-type="literal"])')].map((s) => s.getAttribute("data-type"));`,
    [key],
  );
}

/** Types into a date field as a person does: click its first part, then the keys, one by one. */
async function typeDate(app, key, text) {
  await app.click(await app.get(`${DIALOG} [data-field="${key}"]`));
  await typeKeys(app, text);
}

/** A calendar day `n` days after "YYYY-MM-DD", as [year, month, day]. */
function daysAfter(day, n) {
  const t = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

async function openForm(app) {
  await app.click(await app.get(".nav-rail__new"));
  await app.waitFor(async () => (await app.find(`${DIALOG} .order-form [data-field="customer"]`)) !== null, {
    timeoutMs: 15_000,
    message: "the New order form with the catalog loaded",
  });
  await new Promise((r) => setTimeout(r, 300)); // the dialog's entrance animation
}

/** The field of a spec `key` the line's service requires, or null when it requires no such spec. */
function requiredSpec(app, line, key) {
  return app.find(`${DIALOG} [data-line="${line}"] .spec-field input[data-field$=":spec:${key}"]`);
}

/** Types a spec: into its own field when the service requires it, else as a new name = value row. */
async function addSpec(app, line, key, value) {
  const field = await requiredSpec(app, line, key);
  if (field) {
    await app.type(field, value);
    return;
  }
  await app.click(await app.get(`${DIALOG} [data-line="${line}"] .spec-rows__add`));
  const keys = await app.findAll(`${DIALOG} [data-line="${line}"] .spec-row__key`);
  await app.type(keys[keys.length - 1], key);
  const values = await app.findAll(`${DIALOG} [data-line="${line}"] .spec-row__value`);
  await app.type(values[values.length - 1], value);
}

/** What Rust says of a line's fit, once it says `want`. */
function lineFitSays(app, line, want) {
  return app.waitFor(
    async () => {
      const text = await app.execute(
        `return document.querySelector('${DIALOG} [data-line="${line}"] .line-fit__summary')?.textContent ?? null;`,
      );
      return text === want ? text : null;
    },
    { timeoutMs: 10_000, message: `line ${line} says "${want}"` },
  );
}

/** From the board: a new order for Acme, received by `recipient`, line 1 a business laptop. */
async function startLaptopOrder(app, recipient) {
  await waitForBoard(app);
  await openForm(app);
  await selectOption(app, DIALOG, "Customer", "Acme Consulting GmbH");
  await selectOption(app, DIALOG, "Recipient", recipient);
  await selectOption(app, `${DIALOG} [data-line="1"]`, "Service", "Business laptop");
}

async function submitAndWait(app) {
  await app.click(await app.get(`${DIALOG} [data-action="submit-order"]`));
  return app.waitFor(() => app.execute(RESULT_SCRIPT), { timeoutMs: 15_000, message: "the submitted order's outcomes" });
}

/** Shows only this order's cards on the board, through the board's search. */
async function searchBoard(app, number) {
  const box = await app.get('[data-filter="query"]');
  await app.click(box);
  await app.type(box, number);
}

async function orderCards(app, number) {
  return app.execute(ORDER_CARDS_SCRIPT, [number]);
}

async function waitForCards(app, number, predicate, message) {
  return app.waitFor(
    async () => {
      const cards = await orderCards(app, number);
      return predicate(cards) ? cards : null;
    },
    { timeoutMs: MOVE_TIMEOUT_MS, message },
  );
}

/** Opens a card's item panel and waits for its moves. */
async function openPanel(app, itemId) {
  await app.click(await app.get(`.card[data-item-id="${itemId}"]`));
  await app.waitFor(async () => (await app.find(`[data-panel-item-id="${itemId}"] [data-move]`)) !== null, {
    timeoutMs: MOVE_TIMEOUT_MS,
    message: `the item panel of ${itemId} with its moves`,
  });
}

async function closePanel(app) {
  const close = await app.find(".panel__close");
  if (close) await app.click(close);
}

describe("new orders", () => {
  test(
    "(a) a single in-stock monitor flows to the delivery queue with nobody touching it",
    { timeout: 180_000 },
    async () => {
      // An Austrian desk: dates are typed day first, "7.12.2026". Its person
      // picked English in Settings (else the app follows the OS into German).
      const austria = localeEnv("de_AT");
      const app = await launchApp({ env: austria?.env ?? {}, language: "en" });
      try {
        await waitForBoard(app);
        await openForm(app);
        await app.screenshot("orders-a-empty.png");

        // The window's end, typed in the desk's order as one run of keys.
        // The locale the field writes in: the webview's, or the app's fallback when the webview names none Intl knows ("C").
        const locale = await app.execute(`return document.querySelector('[data-date-field="windowEnd"]').getAttribute("data-locale");`);
        if (austria) {
          // English picked on an Austrian desk: dates in British English, day first.
          assert.equal(locale, "en-GB", "English on an Austrian desk writes dates day first");
          assert.deepEqual(await dateParts(app, "windowEnd"), ["day", "month", "year"]);
        }
        const clock = await app.executeAsync(
          "const done = arguments[arguments.length - 1]; window.__TAURI_INTERNALS__.invoke('clock_get').then(done, (e) => done({ error: String(e) }));",
        );
        const [year, month, day] = daysAfter(clock.today, 10);
        const typed = { year, month, day };
        await typeDate(app, "windowEnd", (await dateParts(app, "windowEnd")).map((part) => typed[part]).join("."));
        await app.screenshot("orders-a-window.png");

        await selectOption(app, DIALOG, "Customer", "Acme Consulting GmbH");
        await selectOption(app, `${DIALOG} [data-line="1"]`, "Service", "Monitor");
        await addSpec(app, 1, "size", "27");
        await addSpec(app, 1, "resolution", "qhd");

        // Rust names what is missing, beside the field; nothing typed is lost.
        await app.click(await app.get(`${DIALOG} [data-action="submit-order"]`));
        const error = await app.waitFor(() => app.execute(`return document.querySelector('${DIALOG} [data-error-for="recipient"]')?.textContent ?? null;`), {
          timeoutMs: 10_000,
          message: "the recipient's error beside it",
        });
        assert.match(error, /receives/);
        assert.equal(
          await app.execute("return document.activeElement?.getAttribute('data-field');"),
          "recipient",
          "the field in error has focus",
        );
        assert.equal(
          await app.execute(`return [...document.querySelectorAll('${DIALOG} .spec-field input, ${DIALOG} .spec-row__value')].map((e) => e.value).join(",");`),
          "27,qhd",
        );
        await app.screenshot("orders-a-error.png");

        await selectOption(app, DIALOG, "Recipient", "Lena Fischer");
        await app.screenshot("orders-a-filled.png");
        const result = await submitAndWait(app);
        assert.equal(result.items.length, 1, JSON.stringify(result));
        const [item] = result.items;
        assert.equal(item.status, "ready", item.text);
        assert.match(item.text, /Ready for delivery/);
        assert.match(item.text, /Single-item order/);
        await app.screenshot("orders-a-submitted.png");

        await app.click(await app.get(`${DIALOG} [data-action="close"]`));
        await searchBoard(app, result.number);
        const cards = await waitForCards(
          app,
          result.number,
          (c) => c[item.itemId]?.column === "delivery_queue",
          `card ${item.itemId} of ${result.number} in the delivery queue`,
        );
        assert.deepEqual(Object.keys(cards), [item.itemId]);
        assert.ok(await app.find(`[data-column="delivery_queue"] .card[data-item-id="${item.itemId}"]`));
        // Rust took the day typed, not day and month swapped: the card is due then, written the Austrian way.
        const due = await app.execute(
          `return document.querySelector('.card[data-item-id="' + arguments[0] + '"] .badge--due')?.textContent ?? null;`,
          [item.itemId],
        );
        const expected = await app.execute(
          'return "Due " + new Intl.DateTimeFormat(arguments[0], { day: "numeric", month: "short", timeZone: "UTC" }).format(Date.UTC(arguments[1], arguments[2] - 1, arguments[3]));',
          [locale, year, month, day],
        );
        assert.equal(due, expected);
        if (austria) assert.match(due, new RegExp(`^Due ${day}\\s`));
        await app.screenshot("orders-a-queued.png");
      } finally {
        await app.close();
        if (austria) rmSync(austria.dir, { recursive: true, force: true });
      }
    },
  );

  test(
    "(b) approval by drag, assignment in the panel, prepared: three items ship as one delivery",
    { timeout: 240_000 },
    async () => {
      const app = await launchApp();
      try {
        // Line 1: only the X1 Carbon has 32 GB and an Ultra 7; 2,190 > 2,000 needs approval.
        await startLaptopOrder(app, "Jonas Becker");
        await addSpec(app, 1, "ram", "32GB");
        await addSpec(app, 1, "cpu", "ultra7");
        // Line 2: two 27" monitors fit, so a person picks.
        await app.click(await app.get(`${DIALOG} [data-field="add-line"]`));
        await selectOption(app, `${DIALOG} [data-line="2"]`, "Service", "Monitor");
        await addSpec(app, 2, "size", "27");
        await app.type(await fieldIn(app, DIALOG, "Note for the team (optional)"), "New starter, desk 4.12");
        await app.screenshot("orders-b-filled.png");

        const result = await submitAndWait(app);
        await app.screenshot("orders-b-submitted.png");
        assert.equal(result.items.length, 3, JSON.stringify(result));
        const [laptop, monitor, mdm] = result.items;
        assert.equal(laptop.status, "awaiting_approval", laptop.text);
        assert.match(laptop.text, /High line value/);
        assert.equal(monitor.status, "needs_assignment", monitor.text);
        assert.match(mdm.text, /Device management · added with item 1/);
        assert.ok(["preparing", "assigned"].includes(mdm.status), mdm.text);

        await app.click(await app.get(`${DIALOG} [data-action="close"]`));
        await searchBoard(app, result.number);
        await waitForCards(
          app,
          result.number,
          (c) => c[laptop.itemId]?.column === "approval" && c[monitor.itemId]?.column === "assignment",
          "the order's cards at approval and assignment",
        );
        await app.screenshot("orders-b-board.png");

        // Approve the laptop by dragging it to Preparation; the board asks for a note.
        const card = await app.get(`.card[data-item-id="${laptop.itemId}"]`);
        const target = await app.execute(COLUMN_POINT_SCRIPT, ["preparation"]);
        await app.drag(card, target, { steps: 12, holdMs: 300 });
        const note = await app.waitFor(() => app.find(".move-prompt textarea, .move-prompt input"), {
          timeoutMs: MOVE_TIMEOUT_MS,
          message: "the approve prompt after the drop",
        });
        await app.type(note, "Budget agreed with Acme");
        await app.screenshot("orders-b-approve-prompt.png");
        await app.click(await app.get('.move-prompt button[type="submit"]'));
        await waitForCards(
          app,
          result.number,
          (c) => c[laptop.itemId]?.column === "preparation",
          "the approved laptop in preparation",
        );

        // Pick the monitor in the item panel from Rust's ranked candidates.
        await openPanel(app, monitor.itemId);
        const pick = await app.waitFor(
          () => app.find(`[data-panel-item-id="${monitor.itemId}"] .candidate button[aria-label^="Pick Dell P2725D"]`),
          { timeoutMs: MOVE_TIMEOUT_MS, message: "the candidate list with the Dell P2725D" },
        );
        await app.screenshot("orders-b-candidates.png");
        await app.click(pick);
        await waitForCards(
          app,
          result.number,
          (c) => c[monitor.itemId]?.column === "preparation",
          "the assigned monitor in preparation",
        );
        await closePanel(app);

        // Mark each item prepared from its panel: an item with reserved units
        // asks for them by scan first (a scanner types each serial and Enter).
        for (const it of [laptop, monitor, mdm]) {
          await openPanel(app, it.itemId);
          const panel = `[data-panel-item-id="${it.itemId}"]`;
          await app.waitFor(() => app.find(`${panel} [data-move="mark_prepared"]`), {
            timeoutMs: MOVE_TIMEOUT_MS,
            message: `Mark prepared for ${it.itemId}`,
          });
          const scan = await app.find(`${panel} [data-scan=prepare]`);
          if (scan) {
            const serials = await app.waitFor(async () => {
              const s = await app.execute(RESERVED_SCRIPT, [panel]);
              return s.length > 0 ? s : null;
            });
            // The panel opens with focus in the scan field (the last step's notice may lie over it).
            assert.equal(await app.execute('return document.activeElement?.getAttribute("data-scan");'), "prepare");
            for (const serial of serials) {
              await typeKeys(app, serial + ENTER);
              assert.equal(
                await app.execute('return document.activeElement?.getAttribute("data-scan");'),
                "prepare",
                `focus stays in the scan field after ${serial}`,
              );
            }
            const lines = await app.waitFor(async () => {
              const l = await app.execute(`return [...document.querySelectorAll(arguments[0] + " .scan-line")].map((e) => e.dataset.state);`, [panel]);
              return l.length === serials.length && l.every((x) => x === "accepted") ? l : null;
            }, { message: `every serial of ${it.itemId} accepted beside its line` });
            assert.equal(lines.length, serials.length);
            if (it === laptop) await app.screenshot("orders-b-scan-prepare.png");
          }
          const button = await app.waitFor(
            () => app.find(`[data-panel-item-id="${it.itemId}"] [data-move="mark_prepared"] .move__button:not([disabled])`),
            { timeoutMs: MOVE_TIMEOUT_MS, message: `Mark prepared for ${it.itemId}` },
          );
          // The last step's notice, anchored at its card on the board, can lie over the panel's button.
          await app.execute("arguments[0].click();", [button]);
          await waitForCards(
            app,
            result.number,
            (c) => c[it.itemId]?.column === "delivery_queue",
            `item ${it.itemId} in the delivery queue`,
          );
          await closePanel(app);
        }

        const done = await waitForCards(
          app,
          result.number,
          (c) =>
            Object.values(c).length === 3 &&
            Object.values(c).every((x) => x.column === "delivery_queue" && x.readiness === "3 of 3 ready"),
          "all three in the delivery queue, 3 of 3 ready",
        );
        assert.deepEqual(Object.keys(done).sort(), [laptop.itemId, monitor.itemId, mdm.itemId].sort());
        await app.screenshot("orders-b-one-delivery.png");
      } finally {
        await app.close();
      }
    },
  );

  test(
    "(c) a laptop with a spec missing: the form says so beside the line before sending; a value from the list makes it fit",
    { timeout: 180_000 },
    async () => {
      const app = await launchApp();
      try {
        await startLaptopOrder(app, "Lena Fischer");

        // ram and cpu are fields of their own, marked required; Rust counts what fits.
        const ram = await app.waitFor(() => requiredSpec(app, 1, "ram"), { timeoutMs: 10_000, message: "the ram field" });
        assert.equal(await app.execute(`return document.querySelector('${DIALOG} [data-line="1"] input[data-field$=":spec:ram"]').getAttribute("aria-required");`), "true");
        assert.ok(await requiredSpec(app, 1, "cpu"), "a cpu field");
        await lineFitSays(app, 1, "10 products fit so far");

        // From the keyboard: arrow down opens the catalog's values, Enter picks the first (16GB).
        await app.click(ram);
        await keys(app, "\uE015");
        const offered = await app.waitFor(
          async () => {
            const v = await app.execute(`return [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent);`);
            return v.length ? v : null;
          },
          { timeoutMs: 10_000, message: "ram's values" },
        );
        assert.deepEqual(offered, ["16GB", "32GB", "48GB", "64GB"]);
        await app.screenshot("order-form-values.png");
        await keys(app, "\uE007");
        await lineFitSays(app, 1, "5 products fit so far");

        // The fitting products show their prices in the shop's currency, as the desk writes money.
        const products = await app.execute(
          `return [...document.querySelectorAll('${DIALOG} [data-line="1"] .line-fit__product')].map((li) => li.textContent);`,
        );
        const locale = await app.execute("return document.querySelector('[data-date-field]').getAttribute('data-locale');");
        const dell = await app.execute(
          "return new Intl.NumberFormat(arguments[0], { style: 'currency', currency: 'EUR' }).format(1190);",
          [locale],
        );
        assert.ok(products.includes(`Dell Latitude 5450${dell}`), JSON.stringify(products));
        assert.match(dell, /€/);

        // Submit with cpu missing: the line says so, and nothing is sent yet.
        await app.click(await app.get(`${DIALOG} [data-action="submit-order"]`));
        const warning = await app.waitFor(
          () => app.execute(`return document.querySelector('${DIALOG} [data-line="1"] .line-fit__missing')?.textContent ?? null;`),
          { timeoutMs: 10_000, message: "the missing-spec warning beside line 1" },
        );
        assert.match(warning, /Not given: cpu\./);
        assert.equal(await app.execute(RESULT_SCRIPT), null, "nothing was sent");
        assert.equal(await app.execute(`return document.querySelector('${DIALOG} [data-action="submit-order"]').textContent;`), "Send anyway");
        assert.match(await app.execute("return document.activeElement?.getAttribute('data-field') ?? '';"), /:spec:cpu$/, "cpu has focus");
        await app.screenshot("order-form-missing.png");

        // cpu from its list, by keyboard: i5, i7, m3 — the third value.
        await keys(app, "\uE015");
        await app.waitFor(async () => (await app.execute(`return document.querySelectorAll('[role="option"]').length;`)) > 0, {
          timeoutMs: 10_000,
          message: "cpu's values",
        });
        await keys(app, "\uE015");
        await keys(app, "\uE015");
        await keys(app, "\uE007");
        assert.equal(await app.execute(`return document.querySelector('${DIALOG} [data-line="1"] input[data-field$=":spec:cpu"]').value;`), "m3");
        await lineFitSays(app, 1, "1 product fits: it is picked for you");
        assert.equal(await app.execute(`return document.querySelector('${DIALOG} [data-line="1"] .line-fit__missing');`), null);
        await app.screenshot("order-form.png");

        const result = await submitAndWait(app);
        // The laptop (with the device management it brings) got the one product that fits.
        const [laptop] = result.items;
        assert.notEqual(laptop.status, "needs_assignment", laptop.text);
        assert.match(laptop.text, /MacBook Air/);
      } finally {
        await app.close();
      }
    },
  );
});
