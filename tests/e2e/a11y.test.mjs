// End to end: accessibility of the real app, checked by axe-core inside its
// window. Every screen of the nav rail, the New order dialog and the
// approvals inbox are audited in the light theme and again in the dark one;
// any violation axe rates "serious" or "critical" (text contrast below WCAG
// AA, a name that hides the visible label, …) fails the test, apart from
// the few listed in KNOWN.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/a11y.test.mjs

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, pressKey, waitForBoard } from "./boardPage.mjs";
import { REPO_ROOT, launchApp } from "./webdriver.mjs";

const AXE_SOURCE = readFileSync(join(REPO_ROOT, "ui", "node_modules", "axe-core", "axe.min.js"), "utf8");
const BLOCKING = new Set(["serious", "critical"]);
const ESCAPE = "\uE00C";

/**
 * Serious violations known on a screen, each waiting for a change in its
 * component; only the nodes they match are let through, and only there.
 * When one is gone the test fails until it is taken off, so the list only shrinks.
 */
const KNOWN = {
  // The node's aria-label leaves out its D-number and the notes it shows.
  flow: [{ id: "label-content-name-mismatch", html: /data-flow-node=/ }],
  // A booking's aria-label is a sentence; its visible text is spans with no
  // space between them, which axe reads as one word the label never contains.
  planner: [{ id: "label-content-name-mismatch", html: /data-booking-id=|data-queue-item=/ }],
  // aria-label on a <span> with no role.
  resources: [{ id: "aria-prohibited-attr", html: /class="week-mini"/ }],
};

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

async function assertAccessible(app, where, known = []) {
  const violations = await audit(app);
  const isKnown = (v, n) => known.some((k) => k.id === v.id && k.html.test(n.html));
  const unexpected = violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isKnown(v, n)) }))
    .filter((v) => v.nodes.length > 0);
  assert.deepEqual(
    unexpected.map((v) => v.id),
    [],
    `axe finds serious or critical violations on ${where}:\n${describeViolations(unexpected)}`,
  );
  for (const k of known) {
    assert.ok(
      violations.some((v) => v.id === k.id && v.nodes.some((n) => k.html.test(n.html))),
      `${k.id} on ${k.html} is fixed on ${where}: take it off KNOWN`,
    );
  }
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

/** The same audits in one colour scheme. */
function auditScheme(scheme) {
  describe(`${scheme} theme`, () => {
    let app;
    const savedTheme = process.env.GTK_THEME;

    before(async () => {
      // WebKitGTK answers prefers-color-scheme from the GTK theme, which the
      // app (started by the drivers with this environment) takes from here.
      process.env.GTK_THEME = scheme === "dark" ? "Adwaita:dark" : "Adwaita";
      try {
        app = await launchApp();
      } finally {
        if (savedTheme === undefined) delete process.env.GTK_THEME;
        else process.env.GTK_THEME = savedTheme;
      }
      await waitForBoard(app);
      const dark = await app.execute("return matchMedia('(prefers-color-scheme: dark)').matches;");
      assert.equal(dark, scheme === "dark", `the app window is in the ${scheme} scheme`);
    });
    after(async () => app?.close());

    test("the board", { timeout: BOARD_TIMEOUT_MS + 120_000 }, async () => {
      await app.screenshot(`a11y-${scheme}-board.png`);
      await assertAccessible(app, `the board (${scheme})`);
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
      } finally {
        await closeDialog(app, ".order-dialog");
      }
    });

    for (const [view, readyCss] of [
      ["flow", "[data-flow-node] [data-count]"],
      ["planner", "[data-queue-item]"],
      ["rules", ".rule-row[data-rule-id]"],
      ["resources", "tr[data-resource-id]"],
    ]) {
      test(`the ${view} screen`, { timeout: 120_000 }, async () => {
        await openView(app, view, readyCss);
        await app.screenshot(`a11y-${scheme}-${view}.png`);
        await assertAccessible(app, `the ${view} screen (${scheme})`, KNOWN[view]);
      });
    }
  });
}

auditScheme("light");
auditScheme("dark");
