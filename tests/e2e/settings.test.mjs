// End to end: the settings screens in the real app. On Rules, switching a
// rule off reaches the database (it is still off after leaving the screen and
// coming back) and a preview lists the open items a rule would hit. On
// Resources, a new technician is created, and hours that end before they
// start are refused by Rust with the error beside the field. On Settings,
// German picked for the desk turns the rail, the board's columns and Rust's
// reasons and the moves on a card German, the catalog German with German money and dates (a decimal
// comma accepted, Rust refusing an amount in German), and "as the system"
// (English here) turns them back.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/settings.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { focusPreparingCard, keys, typeKeys } from "./boardPage.mjs";
import { ELEMENT_KEY, launchApp } from "./webdriver.mjs";

const RULES_SCRIPT = `
  return [...document.querySelectorAll(".rule-row[data-rule-id]")].map((r) => ({
    id: r.getAttribute("data-rule-id"),
    enabled: r.getAttribute("data-enabled") === "true",
    name: r.querySelector(".rule-row__name").textContent,
  }));
`;

const PREVIEW_SCRIPT = `
  const count = document.querySelector("[data-preview-count]");
  const alert = document.querySelector(".rule-editor [role=alert]");
  if (alert) return { error: alert.textContent };
  if (!count) return null;
  return {
    count: Number(count.getAttribute("data-preview-count")),
    rows: [...document.querySelectorAll("[data-hit-item-id]")].map((r) => ({
      order: r.querySelector(".rule-preview__order").textContent,
      why: r.querySelector(".rule-preview__why").textContent,
    })),
  };
`;

const RESOURCE_ROWS_SCRIPT = `
  return [...document.querySelectorAll("tr[data-resource-id]")].map((r) => ({
    id: r.getAttribute("data-resource-id"),
    text: r.textContent,
  }));
`;

async function openView(app, view) {
  await app.click(await app.get(`[data-view=${view}]`));
}

/** Waits until the page has painted twice, so a screenshot shows the current state. */
async function settle(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 100)));
  `);
}

async function replaceText(app, css, text) {
  const el = await app.get(css);
  await app.cmd("POST", `/element/${el[ELEMENT_KEY]}/clear`, {});
  await app.type(el, text);
}

describe("settings screens", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await app.waitFor(async () => (await app.findAll(".card[data-item-id]")).length > 0, {
      timeoutMs: 60_000,
      message: "the board shows the demo",
    });
  });
  after(async () => app?.close());

  test("a rule switched off stays off after reopening the screen", async () => {
    await openView(app, "rules");
    const rules = await app.waitFor(
      async () => {
        const r = await app.execute(RULES_SCRIPT);
        return r.length > 0 ? r : null;
      },
      { message: "the rules list" },
    );
    const target = rules.find((r) => r.enabled);
    assert.ok(target, `an enabled rule among ${rules.map((r) => r.name).join(", ")}`);

    await app.click(await app.get(`.rule-row[data-rule-id="${target.id}"] [role=switch]`));
    await app.waitFor(
      async () => (await app.execute(RULES_SCRIPT)).find((r) => r.id === target.id)?.enabled === false,
      { message: `rule ${target.name} shows as off` },
    );

    await openView(app, "board");
    await app.waitFor(async () => (await app.findAll(".rule-row")).length === 0, { message: "the rules screen closes" });
    await openView(app, "rules");
    const again = await app.waitFor(
      async () => {
        const r = await app.execute(RULES_SCRIPT);
        return r.length > 0 ? r : null;
      },
      { message: "the rules list again" },
    );
    assert.equal(again.find((r) => r.id === target.id)?.enabled, false, `${target.name} is still off`);
  });

  test("a preview lists the open items a rule would hit", async () => {
    const rules = await app.execute(RULES_SCRIPT);
    let shown = null;
    for (const rule of rules) {
      await app.click(await app.get(`.rule-row[data-rule-id="${rule.id}"] .rule-row__main`));
      await app.waitFor(async () => (await app.findAll(`[data-editor="rule-${rule.id}"]`)).length === 1, {
        message: `the editor for ${rule.name}`,
      });
      await app.click(await app.get('[data-action="preview"]'));
      shown = await app.waitFor(() => app.execute(PREVIEW_SCRIPT), { message: `a preview of ${rule.name}` });
      assert.equal(shown.error, undefined, `preview of ${rule.name}: ${shown.error}`);
      assert.equal(shown.rows.length, shown.count, "one row per hit");
      if (shown.count > 0) break;
    }
    assert.ok(shown && shown.count > 0, "some rule hits an open item of the demo");
    assert.ok(shown.rows[0].order.trim(), "a hit names its order");
    assert.ok(shown.rows[0].why.trim(), "a hit says why");

    await settle(app);
    await app.screenshot("rules.png");
  });

  test("a new technician is created, and hours ending before they start are refused beside the field", async () => {
    await openView(app, "resources");
    const before = await app.waitFor(
      async () => {
        const rows = await app.execute(RESOURCE_ROWS_SCRIPT);
        return rows.length > 0 ? rows : null;
      },
      { message: "the resources table" },
    );

    await app.click(await app.get('[data-action="new-resource"]'));
    await app.click(await app.get('[data-editor="new"] [data-kind="technician"]'));
    await app.type(await app.get('[data-editor="new"] input[name="name"]'), "Sam Okafor");
    await app.type(await app.get('[data-editor="new"] input[name="workStart"]'), "09:00");
    await app.type(await app.get('[data-editor="new"] input[name="workEnd"]'), "17:30");
    await app.type(await app.get('[data-editor="new"] input[name="capacity"]'), "3");
    for (const day of [1, 2, 3, 4, 5]) await app.click(await app.get(`[data-editor="new"] [data-weekday="${day}"]`));
    await app.type(await app.get('[data-editor="new"] input[name="skill"]'), "network set-up");
    // A day off two weeks ahead, typed as digits in the order the desk's locale shows the parts; Enter adds it.
    const dayOff = await app.executeAsync(`
      const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke("clock_get").then((c) => { try {
        const t = new Date(Date.parse(c.today + "T00:00:00Z") + 14 * 86400000);
        const field = document.querySelector('[data-editor="new"] [data-date-field="dayOff"]');
        const order = [...field.querySelectorAll('[data-type]:not([data-type="literal"])')].map((s) => s.getAttribute("data-type"));
        const part = { year: String(t.getUTCFullYear()), month: String(t.getUTCMonth() + 1).padStart(2, "0"), day: String(t.getUTCDate()).padStart(2, "0") };
        const shown = new Intl.DateTimeFormat(field.getAttribute("data-locale"), { day: "numeric", month: "short", timeZone: "UTC" }).format(t);
        done({ iso: t.toISOString().slice(0, 10), digits: order.map((p) => part[p]).join(""), shown, order });
      } catch (e) { done({ error: String(e) }); } }, (e) => done({ error: String(e) }));
    `);
    assert.deepEqual([...dayOff.order].sort(), ["day", "month", "year"], JSON.stringify(dayOff));
    await app.click(await app.get('[data-editor="new"] [data-field="dayOff"]'));
    await typeKeys(app, dayOff.digits);
    await typeKeys(app, "\uE007");
    await app.waitFor(async () => (await app.findAll('[data-editor="new"] .chip-list__entry')).length === 1, {
      message: "the day off as a chip",
    });
    await app.click(await app.get('[data-editor="new"] button[type=submit]'));

    const created = await app.waitFor(
      async () => {
        const rows = await app.execute(RESOURCE_ROWS_SCRIPT);
        return rows.find((r) => r.text.includes("Sam Okafor")) ?? null;
      },
      { message: "the new technician in the table" },
    );
    assert.equal((await app.execute(RESOURCE_ROWS_SCRIPT)).length, before.length + 1);
    assert.match(created.text, /Technician/);
    assert.match(created.text, /09:00–17:30/);
    assert.match(created.text, /network set-up/);
    assert.ok(created.text.includes(dayOff.shown), `the day off as people read it (${dayOff.shown}): ${created.text}`);
    assert.ok(!created.text.includes(dayOff.iso), "no ISO date in the table");

    // Edit it with hours that end before they start: Rust refuses, naming workEnd.
    await app.click(await app.get(`tr[data-resource-id="${created.id}"] .data-table__open`));
    const form = `[data-editor="resource-${created.id}"]`;
    await app.waitFor(async () => (await app.findAll(form)).length === 1, { message: "the edit form" });
    await replaceText(app, `${form} input[name="workEnd"]`, "07:00");
    await app.click(await app.get(`${form} button[type=submit]`));
    const error = await app.waitFor(
      () =>
        app.execute(`
          const input = document.querySelector(arguments[0] + ' input[name="workEnd"]');
          const by = input && input.getAttribute("aria-describedby");
          const alert = by && document.getElementById(by)?.querySelector("[role=alert]");
          return alert ? { text: alert.textContent, invalid: input.getAttribute("aria-invalid"), value: input.value } : null;
        `, [form]),
      { message: "the error beside the end time" },
    );
    assert.match(error.text, /not after the start/);
    assert.equal(error.invalid, "true");
    assert.equal(error.value, "07:00", "what was typed stays");

    await settle(app);
    await app.screenshot("resources.png");
  });

  test("German picked in Settings speaks German on the board, Rust's reasons too, and back", async () => {
    const BOARD_WORDS = `
      return {
        rail: document.querySelector("[data-view=board]").textContent,
        column: document.querySelector('[data-column="approval"] .column__title')?.textContent ?? null,
        reasons: [...document.querySelectorAll(".card__reason")].map((r) => r.textContent),
      };
    `;
    const pick = async (value) => {
      await openView(app, "settings");
      // Settings is a chunk of its own: it draws once fetched.
      const option = await app.waitFor(() => app.find(`select[name="language"] option[value="${value}"]`), {
        message: "the language switch",
      });
      await app.click(option);
    };
    const boardIn = async (rail, column, reason) => {
      await app.waitFor(async () => (await app.execute(BOARD_WORDS)).rail === rail, { message: `the rail says ${rail}` });
      await openView(app, "board");
      return app.waitFor(
        async () => {
          const words = await app.execute(BOARD_WORDS);
          return words.column === column && words.reasons.some((r) => reason.test(r)) ? words : null;
        },
        { message: `the board in ${column}'s language` },
      );
    };

    await pick("de");
    const german = await boardIn("Übersicht", "Genehmigung", /^(Vorbereitet|Reserviert|Genehmigt|Eingereicht|Gebucht)/);
    assert.ok(!german.reasons.some((r) => /^(Prepared|Reserved|Approved|Submitted|Booked)/.test(r)), german.reasons.join(" | "));
    await settle(app);
    await app.screenshot("board-de.png");

    // The moves Rust offers on a card read German too (M opens them).
    await focusPreparingCard(app);
    await keys(app, "m");
    const moves = await app.waitFor(
      async () => {
        const labels = await app.execute(
          "return [...document.querySelectorAll('[role=menu] .move-menu__label')].map((l) => l.textContent);",
        );
        return labels.length > 0 ? labels : null;
      },
      { message: "the move menu" },
    );
    assert.ok(moves.includes("Als vorbereitet markieren") && moves.includes("Anhalten"), moves.join(" | "));
    await settle(app);
    await app.screenshot("moves-de.png");
    await keys(app, "\uE00C"); // Escape
    await app.waitFor(async () => (await app.findAll("[role=menu]")).length === 0, { message: "the move menu closes" });

    // The catalog too: German words, money as Germans write it, a decimal
    // comma accepted, and Rust's refusal of an amount in German.
    await openView(app, "catalog");
    await app.click(await app.waitFor(() => app.find('[data-tab="products"]'), { message: "the catalog's tabs" }));
    const product = await app.waitFor(() => app.find("tr[data-product-id] .data-table__open"), { message: "a product row" });
    await app.click(product);
    const form = await app.waitFor(
      () => app.execute(`return document.querySelector("[data-editor^='product-']")?.getAttribute("data-editor") ?? null`),
      { message: "the product's form" },
    );
    await replaceText(app, `[data-editor="${form}"] input[name="unitPrice"]`, "12,5,0");
    await app.click(await app.get(`[data-editor="${form}"] [data-action="save"]`));
    const refusal = await app.waitFor(
      () => app.execute(`return document.querySelector('[data-editor="${form}"] [name="unitPrice"]').closest("label").querySelector("[role=alert]")?.textContent ?? null`),
      { message: "Rust refuses the amount beside the price" },
    );
    assert.match(refusal, /ist kein Betrag; schreiben Sie ihn wie 1299,00/);
    await replaceText(app, `[data-editor="${form}"] input[name="unitPrice"]`, "1234,5");
    await app.click(await app.get(`[data-editor="${form}"] [data-action="save"]`));
    const row = await app.waitFor(
      () =>
        app.execute(`
          const row = document.querySelector('tr[data-product-id="${form.slice("product-".length)}"]');
          const history = document.querySelector(".catalog-history__entry")?.textContent ?? "";
          return row && row.textContent.includes("1.234,50") && history.includes("Bearbeitet von")
            ? { row: row.textContent, history, tab: document.querySelector('[data-tab="products"]').textContent }
            : null;
        `),
      { message: "the price saved from a decimal comma, shown as Germans write money, with its history in German" },
    );
    assert.match(row.row, /1\.234,50\s€/);
    assert.equal(row.tab, "Produkte");
    // "30. Nov., 10:40": the day before the month, as German dates go.
    assert.match(row.history, /\d{1,2}\. [A-ZÄÖÜ][a-zäöü]{2}/);
    await settle(app);
    await app.screenshot("catalog-de.png");

    await pick("system");
    await boardIn("Board", "Approval", /^(Prepared|Reserved|Approved|Submitted|Booked)/);
  });
});
