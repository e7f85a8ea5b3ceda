// End to end: accessibility of the real app, checked by axe-core inside its
// window. Every screen of the nav rail, the item panel with a move's form,
// scanning to prepare and checking in, the New order dialog, the approvals
// inbox, the way back asked for from a customer's holds, the due back drawer,
// a return checked in missing with its receipt and the decision on the
// missing unit, the planner's week,
// a day sheet and a delivery note, the first run, a shop file that does not
// open, and a new shop's backups with the restore dialog are audited in the
// light theme and again in the dark one; any violation axe rates "serious" or
// "critical" (text contrast below WCAG AA, a name that hides the visible
// label, …) fails the test. Each dialog is closed with Esc, and focus must
// be back on what opened it.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/a11y.test.mjs

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import {
  BOARD_TIMEOUT_MS,
  PICK_CARD_SCRIPT,
  focusPreparingCard,
  foldColumn,
  moveFocusedCard,
  prepareByScan,
  pressKey,
  typeKeys,
  waitForBoard,
  waitForCardIn,
} from "./boardPage.mjs";
import { REPO_ROOT, launchApp } from "./webdriver.mjs";

const AXE_SOURCE = readFileSync(join(REPO_ROOT, "ui", "node_modules", "axe-core", "axe.min.js"), "utf8");
const BLOCKING = new Set(["serious", "critical"]);
const ESCAPE = "\uE00C";
const ENTER = "\uE007";

/** An approval card not on hold, scrolled into view; its item id. */
const PICK_APPROVAL_SCRIPT = `
  const card = [...document.querySelectorAll('[data-column="approval"] .card[data-item-id]')]
    .find((c) => !c.classList.contains("card--held"));
  if (!card) return null;
  card.scrollIntoView({ block: "center" });
  return card.getAttribute("data-item-id");
`;

/**
 * Starts axe on the whole document; the result lands in a window variable
 * (polled below) so a slow audit of a full board is not cut off by the
 * driver's script timeout.
 */
const START_AUDIT_SCRIPT = `
  window.__axeResult = null;
  axe.run(document, { resultTypes: ["violations"] }).then(
    (r) => { window.__axeResult = { violations: r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(" "),
        html: n.html,
        // color-contrast says what it measured: the colours and the ratio.
        data: n.any.map((c) => c.data).find((d) => d && d.contrastRatio !== undefined) ?? null,
      })),
    })) }; },
    (e) => { window.__axeResult = { error: String(e && e.stack || e) }; },
  );
  return true;
`;

/** Injects axe-core once per page; the app is a single page, so it stays. */
async function ensureAxe(app) {
  const loaded = await app.execute("return typeof window.axe === 'object';");
  if (!loaded) await app.execute(`${AXE_SOURCE}\nreturn typeof window.axe;`);
  assert.equal(await app.execute("return typeof window.axe;"), "object", "axe-core is loaded in the app window");
}

/** The serious and critical violations axe finds now. */
async function audit(app) {
  await ensureAxe(app);
  await settle(app);
  await app.execute(START_AUDIT_SCRIPT);
  const result = await app.waitFor(() => app.execute("return window.__axeResult;"), {
    timeoutMs: 90_000,
    intervalMs: 500,
    message: "axe.run to finish",
  });
  if (result.error) throw new Error(`axe.run failed: ${result.error}`);
  return result.violations.filter((v) => BLOCKING.has(v.impact));
}

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 4).map((n) => {
        const d = n.data;
        const measured = d ? ` (${d.fgColor} on ${d.bgColor}: ${d.contrastRatio}, needs ${d.expectedContrastRatio})` : "";
        return `    ${n.target}${measured}`;
      });
      return [`  ${v.id} [${v.impact}] ${v.nodes.length} node(s): ${v.help}`, ...nodes].join("\n");
    })
    .join("\n");
}

async function assertAccessible(app, where) {
  const violations = await audit(app);
  assert.deepEqual(
    violations.map((v) => v.id),
    [],
    `axe finds serious or critical violations on ${where}:\n${describeViolations(violations)}`,
  );
}

/** Waits until nothing is loading and the page has painted twice. */
async function settle(app) {
  await app.waitFor(() => app.execute("return document.querySelector('[aria-busy=true]') === null;"), {
    timeoutMs: 20_000,
    message: "nothing busy",
  });
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 400)));
  `);
}

async function openView(app, view, readyCss) {
  await app.click(await app.get(`[data-view=${view}]`));
  await app.waitFor(async () => (await app.findAll(readyCss)).length > 0, {
    timeoutMs: 30_000,
    message: `the ${view} screen showing ${readyCss}`,
  });
}

async function closeDialog(app, css) {
  await pressKey(app, ESCAPE);
  await app.waitFor(async () => (await app.find(css)) === null, { message: `${css} to close` });
}

/** Esc closes the dialog `css`, and focus goes back to `opener` (what a keyboard user pressed to open it). */
async function closeDialogBackTo(app, css, opener) {
  await closeDialog(app, css);
  await app.waitFor(() => app.execute("return document.activeElement?.matches(arguments[0]) ?? false;", [opener]), {
    timeoutMs: 5_000,
    message: `focus back on ${opener} once ${css} closed`,
  }).catch(async (e) => {
    const at = await app.execute("const a = document.activeElement; return a ? a.outerHTML.slice(0, 160) : null;");
    throw new Error(`${e.message}; focus is on ${at}`);
  });
}

/** Presses Enter on the element `css` has focused, as a keyboard user opens things. */
async function enterOn(app, css) {
  await app.execute("document.querySelector(arguments[0]).focus();", [css]);
  await pressKey(app, ENTER);
}

/** Opens the demo's collected return from the board with the keyboard: its card's id and its panel's selector. */
async function openCheckIn(app) {
  await openView(app, "board", ".card[data-item-id]");
  const id = await app.execute(PICK_CARD_SCRIPT, ['[data-column="check_in"] .card[data-item-id]']);
  assert.ok(id, "a card waiting for check-in (the demo collects one return)");
  await enterOn(app, `.card[data-item-id="${id}"]`);
  return { id, panel: `[data-panel-item-id="${id}"]` };
}

/** Opens the customers one by one until one's Holds has `css`; that holding's id, or null. */
async function openCustomerHolding(app, css) {
  await openView(app, "customers", "tr[data-customer-id]");
  const ids = await app.execute(`return [...document.querySelectorAll("tr[data-customer-id]")].map((r) => r.getAttribute("data-customer-id"));`);
  for (const id of ids) {
    await app.click(await app.get(`tr[data-customer-id="${id}"] .customer-row__open`));
    const found = await app.waitFor(
      () =>
        app.execute(
          `const holds = document.querySelector('article[data-customer-id="${id}"] [data-section=holds]');
           if (!holds || !holds.querySelector("[data-holding-id], .hint")) return null;
           const hit = holds.querySelector(arguments[0]);
           return { id: hit ? hit.closest("[data-holding-id]").getAttribute("data-holding-id") : "" };`,
          [css],
        ),
      { message: `the holds of customer ${id}` },
    );
    if (found.id) return found.id;
  }
  return null;
}

/** The same audits in one colour scheme. */
function auditScheme(scheme) {
  describe(`${scheme} theme`, () => {
    let app;
    const savedTheme = process.env.GTK_THEME;

    /** The app in this scheme: WebKitGTK answers prefers-color-scheme from the
     * GTK theme, which the app (started by the drivers with this environment) takes from here. */
    async function launchInScheme(options) {
      process.env.GTK_THEME = scheme === "dark" ? "Adwaita:dark" : "Adwaita";
      try {
        return await launchApp(options);
      } finally {
        if (savedTheme === undefined) delete process.env.GTK_THEME;
        else process.env.GTK_THEME = savedTheme;
      }
    }

    before(async () => {
      app = await launchInScheme();
      await waitForBoard(app);
      const dark = await app.execute("return matchMedia('(prefers-color-scheme: dark)').matches;");
      assert.equal(dark, scheme === "dark", `the app window is in the ${scheme} scheme`);
    });
    after(async () => app?.close());

    test("the board", { timeout: BOARD_TIMEOUT_MS + 120_000 }, async () => {
      await app.screenshot(`a11y-${scheme}-board.png`);
      await assertAccessible(app, `the board (${scheme})`);
    });

    test("the compact board with a folded column and the item panel's notice of a prepare scan open", { timeout: 180_000 }, async () => {
      await app.click(await app.get(".board-layout-toggle"));
      await app.waitFor(() => app.find(".card--compact"), { message: "compact cards" });
      await foldColumn(app, "done");
      const id = await focusPreparingCard(app);
      try {
        await moveFocusedCard(app, "mark_prepared");
        assert.ok((await prepareByScan(app, id)).undo, "the move's notice with Undo");
        await waitForCardIn(app, id, "delivery_queue");
        await app.screenshot(`a11y-${scheme}-board-compact.png`);
        await assertAccessible(app, `the compact board with a notice (${scheme})`);
      } finally {
        // Back as it was for the audits that follow: the move undone, the panel closed, the full layout.
        const undo = await app.find(".notice .notice__undo");
        if (undo) {
          await app.click(undo);
          await waitForCardIn(app, id, "preparation");
        }
        const close = await app.find(".panel__close");
        if (close) await app.click(close);
        const dismiss = await app.find(".notice .notice__close");
        if (dismiss) await app.click(dismiss);
        const strip = await app.find('[data-column="done"] .column__strip');
        if (strip) await app.click(strip);
        await app.click(await app.get(".board-layout-toggle"));
        await app.waitFor(async () => (await app.find(".card--compact")) === null, { message: "full cards again" });
      }
    });

    test("the item panel with a move's form open", { timeout: 120_000 }, async () => {
      const id = await app.execute(PICK_APPROVAL_SCRIPT);
      assert.ok(id, "an approval card that is not on hold");
      await app.click(await app.get(`.card[data-item-id="${id}"] .card__title`));
      try {
        await app.waitFor(() => app.find("[data-panel-item-id] .timeline__entry"), { message: "the panel with its timeline" });
        // A caution move (Reject) with its reason field: the red submit button is audited too.
        await app.click(await app.get("[data-panel-item-id] .move__button.button--caution"));
        await app.waitFor(() => app.find("[data-panel-item-id] .move--open"), { message: "the move's form" });
        await app.screenshot(`a11y-${scheme}-panel.png`);
        await assertAccessible(app, `the item panel (${scheme})`);
      } finally {
        await pressKey(app, ESCAPE); // the form
        await closeDialog(app, "[data-panel-item-id]");
      }
    });

    test("the approvals inbox", { timeout: 120_000 }, async () => {
      await app.click(await app.get('[data-stat="pending-approvals"]'));
      try {
        await app.waitFor(() => app.find('.inbox[role="dialog"] .inbox__list'), { message: "the approvals inbox with items" });
        await app.screenshot(`a11y-${scheme}-inbox.png`);
        await assertAccessible(app, `the approvals inbox (${scheme})`);
      } finally {
        await closeDialog(app, ".inbox");
      }
    });

    test("the new order dialog", { timeout: 120_000 }, async () => {
      await app.click(await app.get(".nav-rail__new"));
      try {
        await app.waitFor(() => app.find('.order-dialog[role="dialog"] .order-form [data-field="customer"]'), {
          timeoutMs: 15_000,
          message: "the New order form with the catalog loaded",
        });
        await app.screenshot(`a11y-${scheme}-new-order.png`);
        await assertAccessible(app, `the new order dialog (${scheme})`);
        // A laptop on line 1: its required spec fields, Rust's fit and the products with prices.
        const service = await app.execute(
          `const s = document.querySelector('.order-dialog [data-line="1"] select[data-field$=":service"]');
           return [...s.options].find((o) => o.textContent.startsWith("Business laptop"))?.value ?? null;`,
        );
        await app.click(await app.get(`.order-dialog [data-line="1"] select[data-field$=":service"] option[value="${service}"]`));
        await app.waitFor(() => app.find('.order-dialog [data-line="1"] .line-fit__product'), {
          timeoutMs: 15_000,
          message: "the laptop's spec fields and the products that fit",
        });
        await app.screenshot(`a11y-${scheme}-new-order-laptop.png`);
        await assertAccessible(app, `the new order dialog with a laptop (${scheme})`);
      } finally {
        await pressKey(app, ESCAPE);
        const discard = await app.find(".order-dialog__confirm .button--caution");
        if (discard) await app.click(discard);
        await app.waitFor(async () => (await app.find(".order-dialog")) === null, { message: ".order-dialog to close" });
      }
    });

    for (const [view, readyCss] of [
      ["flow", "[data-flow-node] [data-count]"],
      ["planner", "[data-queue-item]"],
      ["rules", ".rule-row[data-rule-id]"],
      ["resources", "tr[data-resource-id]"],
      ["catalog", "tr[data-service-id]"],
      ["stock", "tr[data-unit-id]"],
      ["reports", "[data-chart=cumulative_flow] .recharts-area"],
      ["settings", ".settings-form [data-field]"],
      ["customers", "tr[data-customer-id]"],
      ["sheets", ".sheets-exports [data-export]"],
    ]) {
      test(`the ${view} screen`, { timeout: 120_000 }, async () => {
        await openView(app, view, readyCss);
        await app.screenshot(`a11y-${scheme}-${view}.png`);
        await assertAccessible(app, `the ${view} screen (${scheme})`);
      });
    }

    test("the catalog with a service's editor open", { timeout: 120_000 }, async () => {
      await openView(app, "catalog", "tr[data-service-id]");
      await app.click(await app.get("tr[data-service-id] .data-table__open"));
      await app.waitFor(() => app.find('[data-editor^="service-"] .catalog-history'), { message: "the service's editor with its history" });
      await app.screenshot(`a11y-${scheme}-catalog-editor.png`);
      await assertAccessible(app, `the catalog's service editor (${scheme})`);
      await app.click(await app.get('[data-tab="products"]'));
      await app.click(await app.get("tr[data-product-id] .data-table__open"));
      await app.waitFor(() => app.find('[data-editor^="product-"] .catalog-history'), { message: "the product's editor with its history" });
      await assertAccessible(app, `the catalog's product editor (${scheme})`);
    });

    test("the stock screen with availability, a unit, and the receive dialog", { timeout: 120_000 }, async () => {
      await openView(app, "stock", "tr[data-unit-id]");
      const product = await app.execute(`return document.querySelector("#stock-product option:nth-child(2)").value;`);
      await app.click(await app.get(`#stock-product option[value="${product}"]`));
      await app.waitFor(() => app.find("[data-availability] [data-date]"), { message: "the availability strip" });
      await app.click(await app.get("tr[data-unit-id] .unit-row__open"));
      await app.waitFor(() => app.find(".unit-trail__step"), { message: "the unit's history" });
      await app.screenshot(`a11y-${scheme}-stock.png`);
      await assertAccessible(app, `the stock screen (${scheme})`);
      await app.click(await app.get('[data-action="receive-goods"]'));
      try {
        await app.waitFor(() => app.find('.receive-dialog[role="dialog"]'), { message: "the receive dialog" });
        await app.click(await app.get("[data-scan=serial]"));
        await typeKeys(app, "A11Y-1\uE007A11Y-1\uE007");
        await app.waitFor(() => app.find(".scan-line--refused"), { message: "a refused scan line" });
        await app.screenshot(`a11y-${scheme}-stock-receive.png`);
        await assertAccessible(app, `the receive dialog (${scheme})`);
      } finally {
        await closeDialog(app, ".receive-dialog");
      }
    });

    test("the first-run choice, a new shop's board with its checklist, its backups and the restore dialog", { timeout: 240_000 }, async () => {
      const fresh = await launchInScheme({ demo: false });
      try {
        await fresh.waitFor(() => fresh.find('[data-screen="first-run"] [data-form="shop-setup"]'), {
          timeoutMs: 45_000,
          message: "the first-run choice",
        });
        await fresh.screenshot(`a11y-${scheme}-first-run.png`);
        await assertAccessible(fresh, `the first-run choice (${scheme})`);
        await fresh.type(await fresh.get('[data-form="shop-setup"] input[name="shopName"]'), "Kaiser IT Services");
        await fresh.click(await fresh.get('[data-action="set-up-shop"]'));
        await fresh.waitFor(() => fresh.find("[data-checklist] [data-step]"), {
          timeoutMs: 30_000,
          message: "the board's setup checklist",
        });
        await fresh.screenshot(`a11y-${scheme}-new-shop.png`);
        await assertAccessible(fresh, `a new shop's board (${scheme})`);

        // Its backups: a copy made now (into the desk's Downloads, as xdg-user-dirs names it), then checked for a restore.
        const downloads = join(fresh.tmp, "Downloads");
        mkdirSync(downloads, { recursive: true });
        writeFileSync(join(fresh.tmp, "config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
        await openView(fresh, "settings", '[data-section="backups"] [data-action="backup-now"]');
        await enterOn(fresh, '[data-action="backup-now"]');
        const saved = await fresh.waitFor(
          () => fresh.execute(`return document.querySelector("[data-saved-path]")?.getAttribute("data-saved-path") ?? null;`),
          { timeoutMs: 30_000, message: "the copy made now" },
        );
        await fresh.execute(`document.querySelector('[data-section="backups"]').scrollIntoView();`);
        await assertAccessible(fresh, `the backups (${scheme})`);
        await fresh.screenshot(`a11y-${scheme}-backups.png`);
        await enterOn(fresh, '[data-action="restore"]');
        try {
          const path = await fresh.waitFor(() => fresh.find('.restore-dialog[role="dialog"] input[name="path"]'), { message: "the restore dialog" });
          // The path field starts at the newest daily copy, if the shop has one yet.
          if ((await fresh.execute("return arguments[0].value;", [path])) === "") await fresh.type(path, saved);
          await enterOn(fresh, '[data-action="check-backup"]');
          await fresh.waitFor(() => fresh.find(".restore-dialog [data-check]"), { timeoutMs: 30_000, message: "what the copy holds" });
          await assertAccessible(fresh, `the restore dialog (${scheme})`);
          await fresh.screenshot(`a11y-${scheme}-restore.png`);
        } finally {
          await closeDialogBackTo(fresh, ".restore-dialog", '[data-action="restore"]');
        }
      } finally {
        await fresh.close();
      }
    });

    test("a customer with its people, addresses and orders, and the Add person dialog", { timeout: 120_000 }, async () => {
      await openView(app, "customers", "tr[data-customer-id]");
      await app.click(await app.get("tr[data-customer-id] .customer-row__open"));
      await app.waitFor(() => app.find("article[data-customer-id] tr[data-order-id]"), { message: "the customer with its orders" });
      await app.screenshot(`a11y-${scheme}-customer.png`);
      await assertAccessible(app, `a customer (${scheme})`);
      await app.click(await app.get('[data-action="add-person"]'));
      try {
        await app.waitFor(() => app.find('[role="dialog"].part-dialog'), { message: "the Add person dialog" });
        await assertAccessible(app, `the Add person dialog (${scheme})`);
      } finally {
        await closeDialog(app, ".part-dialog");
      }
    });

    test("the planner's week and a day sheet", { timeout: 120_000 }, async () => {
      await openView(app, "planner", "[data-queue-item]");
      await app.click(await app.get('[data-mode="week"]'));
      await app.waitFor(() => app.find("[data-week-cell] [data-booking-id]"), { message: "the week with bookings" });
      await app.screenshot(`a11y-${scheme}-planner-week.png`);
      await assertAccessible(app, `the planner's week (${scheme})`);

      await app.click(await app.get("[data-day-sheet]"));
      try {
        await app.waitFor(() => app.find('[role="dialog"] .day-sheet__stops, [role="dialog"] .day-sheet__empty'), {
          message: "the day sheet with its stops",
        });
        await app.screenshot(`a11y-${scheme}-day-sheet.png`);
        await assertAccessible(app, `the day sheet (${scheme})`);
      } finally {
        await closeDialog(app, ".day-sheet");
      }
    });

    test("an item being prepared by scan, with a refused scan", { timeout: 120_000 }, async () => {
      await openView(app, "board", ".card[data-item-id]");
      const id = await focusPreparingCard(app);
      await pressKey(app, ENTER);
      const panel = `[data-panel-item-id="${id}"]`;
      try {
        await app.waitFor(() => app.execute(`return document.activeElement?.matches(arguments[0]) ?? false;`, [`${panel} [data-scan=prepare]`]), {
          timeoutMs: 30_000,
          message: "focus in the prepare scan field",
        });
        await typeKeys(app, `A11Y-0${ENTER}`);
        await app.waitFor(() => app.find(`${panel} .scan-line--refused`), { timeoutMs: 15_000, message: "the refused scan line" });
        await assertAccessible(app, `the prepare scan (${scheme})`);
        await app.screenshot(`a11y-${scheme}-prepare-scan.png`);
      } finally {
        await closeDialogBackTo(app, panel, `.card[data-item-id="${id}"]`);
      }
    });

    test("an item checked in at the counter", { timeout: 120_000 }, async () => {
      const { id, panel } = await openCheckIn(app);
      try {
        await app.waitFor(() => app.find(`${panel} [data-check-in] .check-in__units li`), { timeoutMs: 30_000, message: "the check-in panel" });
        await app.click(await app.get(`${panel} [data-check-in] input[value="damaged"]`));
        await app.click(await app.get(`${panel} [data-scan="check-in"]`));
        await typeKeys(app, `A11Y-0${ENTER}`);
        await app.waitFor(() => app.find(`${panel} .scan-line--refused`), { timeoutMs: 15_000, message: "the refused scan line" });
        await assertAccessible(app, `the check-in panel (${scheme})`);
        await app.screenshot(`a11y-${scheme}-check-in.png`);
      } finally {
        await closeDialogBackTo(app, panel, `.card[data-item-id="${id}"]`);
      }
    });

    test("a return asked for from a customer's holds", { timeout: 120_000 }, async () => {
      const id = await openCustomerHolding(app, "[data-holding-id] input[type=checkbox]:not(:disabled)");
      assert.ok(id, "a demo customer holds something that can be returned");
      const holding = { id };
      await app.click(await app.get(`[data-holding-id="${holding.id}"] input[type=checkbox]`));
      await enterOn(app, '[data-action="way-back-return"]');
      try {
        await app.waitFor(() => app.find('.way-back-dialog[role="dialog"] [data-action="request-way-back"]'), { message: "the way back dialog" });
        await assertAccessible(app, `the way back dialog (${scheme})`);
        await app.screenshot(`a11y-${scheme}-way-back.png`);
      } finally {
        await closeDialogBackTo(app, ".way-back-dialog", '[data-action="way-back-return"]');
        await app.click(await app.get(`[data-holding-id="${holding.id}"] input[type=checkbox]`));
      }
    });

    test("a booking's delivery note", { timeout: 120_000 }, async () => {
      await openView(app, "planner", "[data-queue-item]");
      await app.click(await app.get('[data-mode="day"]'));
      const booking = await app.waitFor(() => app.find("[data-track] [data-booking-id]"), { message: "a booking on the day" });
      const bookingId = await app.execute("arguments[0].scrollIntoView({ block: 'center' }); return arguments[0].getAttribute('data-booking-id');", [booking]);
      const opener = `[data-track] [data-booking-id="${bookingId}"]`;
      await enterOn(app, opener);
      await app.waitFor(() => app.find("[data-delivery-note]"), { timeoutMs: 15_000, message: "the booking's dialog" });
      await enterOn(app, "[data-delivery-note]");
      try {
        await app.waitFor(() => app.find("[data-delivery-note-view] [data-stop]"), { timeoutMs: 15_000, message: "the delivery note" });
        await assertAccessible(app, `the delivery note (${scheme})`);
        await app.screenshot(`a11y-${scheme}-delivery-note.png`);
      } finally {
        await closeDialogBackTo(app, "[data-delivery-note-view]", opener);
      }
    });

    test("a shop file that does not open", { timeout: 120_000 }, async () => {
      const dir = join(app.tmp, "not-a-shop");
      mkdirSync(dir, { recursive: true });
      const dbPath = join(dir, "shop.db");
      writeFileSync(dbPath, "these are my notes, not a shop\n".repeat(200));
      const problem = await launchInScheme({ dbPath, demo: false });
      try {
        await problem.waitFor(() => problem.find('[data-screen="first-run"] [data-problem] [data-action="retry-mine"]'), {
          timeoutMs: 45_000,
          message: "the first-run screen saying why the shop's file did not open",
        });
        await assertAccessible(problem, `the file problem screen (${scheme})`);
        await problem.screenshot(`a11y-${scheme}-file-problem.png`);
      } finally {
        await problem.close();
      }
    });

    test("the due back drawer", { timeout: 120_000 }, async () => {
      await openView(app, "board", ".card[data-item-id]");
      const pill = '[data-stat="due-back"]';
      await enterOn(app, pill);
      try {
        await app.waitFor(() => app.find('.inbox--due-back[role="dialog"] .inbox__list'), { message: "the due back drawer with its holdings" });
        await assertAccessible(app, `the due back drawer (${scheme})`);
        await app.screenshot(`a11y-${scheme}-due-back.png`);
      } finally {
        await closeDialogBackTo(app, ".inbox--due-back", pill);
      }
    });

    // Last: it closes the demo's collected return, which the check-in audit above reads open.
    test("a return checked in missing: its receipt, and the decision on the missing unit", { timeout: 180_000 }, async () => {
      const { panel } = await openCheckIn(app);
      try {
        const serials = await app.waitFor(
          () => app.execute(`const s = [...document.querySelectorAll(arguments[0])].map((li) => li.getAttribute("data-unit-serial")); return s.length ? s : null;`, [
            `${panel} .check-in__units li[data-condition="open"]`,
          ]),
          { timeoutMs: 30_000, message: "the units to check in" },
        );
        for (const serial of serials) {
          await app.click(await app.get(`${panel} [data-check-in] input[value="missing"]`));
          await app.type(await app.get(`${panel} [data-check-in-note]`), "not in the box");
          await app.click(await app.get(`${panel} [data-scan="check-in"]`));
          await typeKeys(app, `${serial}${ENTER}`);
          await app.waitFor(() => app.find(`${panel} .check-in__units li[data-unit-serial="${serial}"][data-condition="missing"]`), { message: `${serial} checked in missing` });
        }
        await app.click(await app.waitFor(() => app.find(`${panel} [data-action="close-check-in"]:not([disabled])`), { message: "the return ready to close" }));
        const receipt = `${panel} [data-return-receipt]`;
        await app.waitFor(() => app.find(receipt), { timeoutMs: 30_000, message: "the receipt button" });
        await enterOn(app, receipt);
        try {
          await app.waitFor(() => app.find('[data-return-receipt-view] [data-receipt-serial][data-condition="missing"]'), { message: "the receipt with the missing unit" });
          await assertAccessible(app, `the return receipt (${scheme})`);
          await app.screenshot(`a11y-${scheme}-return-receipt.png`);
        } finally {
          await closeDialogBackTo(app, "[data-return-receipt-view]", receipt);
        }
      } finally {
        await closeDialog(app, panel);
      }

      const holding = await openCustomerHolding(app, '[data-action="decide-missing"]');
      assert.ok(holding, "the customer's holding waits for a decision on the missing unit");
      const decide = `[data-holding-id="${holding}"] [data-action="decide-missing"]`;
      await enterOn(app, decide);
      try {
        await app.waitFor(() => app.find('.missing-dialog[role="dialog"] input[value="found_good"]'), { message: "the missing unit's dialog" });
        await assertAccessible(app, `the missing unit's dialog (${scheme})`);
        await app.screenshot(`a11y-${scheme}-missing.png`);
      } finally {
        await closeDialogBackTo(app, ".missing-dialog", decide);
      }
    });
  });
}

auditScheme("light");
auditScheme("dark");
