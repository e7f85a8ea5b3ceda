// End to end: the Reports screen in the real app with the demo data. Each
// report draws a non-empty chart, and what it draws is Rust's answer: the
// numbers on the page (data attributes and tables) are compared with
// `reports_get` asked for the same period; a number opens the items behind it;
// with the print rules at an A4 page's size, each report fits on one page.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/reports.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, waitForBoard } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

/** What the screen draws, read from the page. */
const DRAWN_SCRIPT = `
  const fig = (k) => document.querySelector('[data-chart="' + k + '"]');
  const period = document.querySelector("[data-period]");
  if (!period || !fig("cumulative_flow")) return null;
  const alert = document.querySelector("[role=alert][data-error-code]");
  return {
    error: alert ? alert.textContent : null,
    period: period.getAttribute("data-period"),
    openWork: JSON.parse(fig("open_work").getAttribute("data-values")),
    openBars: fig("open_work").querySelectorAll(".recharts-bar-rectangle path, .recharts-rectangle").length,
    cfdLast: JSON.parse(fig("cumulative_flow").getAttribute("data-last")),
    cfdAreas: fig("cumulative_flow").querySelectorAll(".recharts-area-area").length,
    delivered: Number(fig("lead_times").getAttribute("data-delivered")),
    medianMinutes: fig("lead_times").getAttribute("data-median-minutes"),
    leadBars: fig("lead_times").querySelectorAll(".recharts-rectangle").length,
    onTimeDelivered: Number(fig("on_time").getAttribute("data-delivered")),
    percent: document.querySelector("[data-percent]").getAttribute("data-percent"),
    booked: JSON.parse(fig("utilisation").getAttribute("data-values")),
    useBars: fig("utilisation").querySelectorAll(".recharts-rectangle").length,
    stockOut: JSON.parse(fig("stock_use").getAttribute("data-values")),
    stockBars: fig("stock_use").querySelectorAll(".recharts-rectangle").length,
    approvals: [...document.querySelectorAll('[data-report="open_work"] tr[data-item]')].map((r) => r.textContent),
    // Both axes' labels (recharts 3 draws them in layers of their own).
    openTicks: [...fig("open_work").querySelectorAll(".recharts-cartesian-axis-tick-value")].map((t) => t.textContent),
    dueBack: (() => {
      const due = document.querySelector("[data-due-back]");
      return {
        overdue: Number(due.getAttribute("data-overdue")),
        dueSoon: Number(due.getAttribute("data-due-soon")),
        customers: [...due.querySelectorAll("tr[data-due-customer]")].map((r) => r.querySelector("th").textContent),
        labels: [...due.querySelectorAll("li[data-due]")].map((l) => l.textContent),
        text: due.textContent,
      };
    })(),
    csvButtons: document.querySelectorAll("[data-csv]").length,
    tables: document.querySelectorAll(".report__table").length,
  };
`;

/** Rust's answer for the period the screen shows. */
const RUST_SCRIPT = `
  const [from, to] = arguments[0].split("/");
  const done = arguments[arguments.length - 1];
  window.__TAURI_INTERNALS__.invoke("reports_get", { from, to }).then(done, (e) => done({ failed: String(e) }));
`;

describe("reports", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await waitForBoard(app);
  });
  after(async () => {
    await app?.close();
  });

  test("every report draws Rust's figures for the last 7 days", { timeout: BOARD_TIMEOUT_MS + 90_000 }, async () => {
    await app.click(await app.get("[data-view=reports]"));
    const drawn = await app.waitFor(
      async () => {
        const d = await app.execute(DRAWN_SCRIPT);
        if (d?.error) throw new Error(`error banner: ${d.error}`);
        return d && d.cfdAreas > 0 && d.openTicks.length > 0 ? d : null;
      },
      { timeoutMs: 30_000, message: "the reports drawn" },
    );
    const rust = await app.executeAsync(RUST_SCRIPT, [drawn.period]);
    assert.ok(!rust.failed, rust.failed);

    assert.deepEqual(drawn.openWork, rust.openWork.columns.map((c) => c.total));
    assert.ok(drawn.openWork.reduce((a, b) => a + b, 0) > 0, `open work: ${drawn.openWork}`);
    assert.ok(drawn.openBars > 0, "open work draws bars");

    assert.equal(rust.cumulativeFlow.days.length, 7, "seven shop days");
    assert.deepEqual(drawn.cfdLast, rust.cumulativeFlow.days[6].counts);
    assert.ok(drawn.cfdLast.reduce((a, b) => a + b, 0) > 0, `cumulative flow: ${drawn.cfdLast}`);
    assert.equal(drawn.cfdAreas, rust.cumulativeFlow.bands.length, "one area per band");

    assert.equal(drawn.delivered, rust.leadTimes.toDelivered.items.count);
    assert.ok(drawn.delivered > 0, "the demo delivered items this week");
    assert.equal(drawn.medianMinutes, String(rust.leadTimes.toDelivered.median.minutes));
    assert.ok(drawn.leadBars > 0, "time per decision point draws bars");

    assert.equal(drawn.onTimeDelivered, rust.onTime.delivered.count);
    assert.equal(drawn.percent, String(rust.onTime.onTimePercent));

    assert.deepEqual(drawn.booked, rust.utilisation.resources.map((r) => r.booked.minutes));
    assert.equal(rust.utilisation.resources.length, 3, "Dana, Tomás and the van");
    assert.ok(drawn.useBars > 0, "utilisation draws bars");

    assert.deepEqual(drawn.stockOut, rust.stockUse.map((p) => p.outDays));
    assert.ok(drawn.stockOut.some((n) => n > 0), `the demo's deliveries took units out: ${drawn.stockOut}`);
    assert.ok(drawn.stockBars > 0, "stock out with customers draws bars");

    // Due back (under Utilisation): Rust's holdings ending soon and overdue,
    // per customer, most pressing first.
    const due = rust.dueBack;
    assert.deepEqual([drawn.dueBack.overdue, drawn.dueBack.dueSoon], [due.overdue.count, due.dueSoon.count]);
    assert.deepEqual(drawn.dueBack.customers, due.customers.slice(0, 8).map((c) => c.customer));
    const holdings = due.customers.slice(0, 8).flatMap((c) => c.holdings.map((d) => d.holding));
    assert.equal(drawn.dueBack.labels.length, holdings.length);
    holdings.forEach((h, i) => {
      assert.ok(drawn.dueBack.labels[i].includes(h.orderNumber) && drawn.dueBack.labels[i].includes(h.dueLabel), `${drawn.dueBack.labels[i]} ~ ${h.orderNumber} ${h.dueLabel}`);
    });
    assert.ok(drawn.dueBack.text.includes(`as of ${due.today}`), drawn.dueBack.text);
    // The demo rents out laptops and printers for six days from windows
    // that start around today: some end within the week, none has ended yet.
    assert.ok(drawn.dueBack.dueSoon > 0, `due back soon: ${drawn.dueBack.text}`);
    assert.equal(drawn.dueBack.overdue, 0, "nothing overdue in a demo seeded today");

    // Waiting approvals are named as people know them: the item's order
    // number and place in it (two items of one order can share a title), and its title.
    const first = rust.openWork.approvals[0].item;
    assert.ok(drawn.approvals[0].includes(`${first.orderNumber}/${first.position} · ${first.title}`), `${drawn.approvals[0]}`);
    assert.equal(new Set(drawn.approvals).size, drawn.approvals.length, `each approval named once: ${drawn.approvals}`);
    // The bars' labels are the decision points, short enough to fit under them.
    for (const c of rust.openWork.columns) {
      assert.ok(drawn.openTicks.includes(c.decisionPoint), `${c.decisionPoint} under its bar: ${drawn.openTicks}`);
      assert.ok(!drawn.openTicks.includes(`${c.decisionPoint} ${c.title}`), `not the whole name: ${drawn.openTicks}`);
    }
    // Every table saves as CSV: the lead times' four share one file, and
    // utilisation's totals and days another.
    assert.equal(drawn.csvButtons, drawn.tables - 4, "a CSV button per table");

    await app.execute("document.querySelector('.reports-screen').scrollTop = 0;");
    await app.screenshot("reports.png");
  });

  test("each report prints whole on one A4 page", { timeout: 60_000 }, async () => {
    // A4 less the 14 mm margins of the app's @page, in CSS pixels (96 per inch).
    const page = { width: 688, height: 1016 };
    const rules = await app.printRulesOn(`#root { width: ${page.width}px; }`);
    assert.ok(rules > 0, "the reports have print rules");
    const printed = await app.waitFor(
      async () => {
        const m = await app.execute(`
          const reports = [...document.querySelectorAll(".report")].map((r) => ({
            report: r.getAttribute("data-report"),
            width: r.getBoundingClientRect().width,
            height: r.getBoundingClientRect().height,
            overflow: r.scrollWidth - r.clientWidth,
            chart: r.querySelector(".recharts-wrapper")?.getBoundingClientRect().width ?? 0,
          }));
          return {
            rail: getComputedStyle(document.querySelector(".nav-rail")).display,
            controls: getComputedStyle(document.querySelector(".reports__period")).display,
            reports,
          };
        `);
        // The charts redraw for the narrower page first: as wide as it, or nearly.
        return m.reports.every((r) => r.chart > page.width / 2 && r.chart <= page.width) ? m : null;
      },
      { timeoutMs: 10_000, message: "the charts at the page's width" },
    );
    await app.screenshot("reports-print.png");
    await app.printRulesOff();
    assert.deepEqual([printed.rail, printed.controls], ["none", "none"], "the reports alone");
    for (const r of printed.reports) {
      assert.ok(r.width <= page.width && r.overflow <= 0, `${r.report} fits the page's width: ${JSON.stringify(r)}`);
      assert.ok(r.height <= page.height, `${r.report} fits on one page: ${JSON.stringify(r)}`);
    }
  });

  test("a number opens the items behind it, named as people know them", { timeout: 60_000 }, async () => {
    const button = await app.get('[data-report="open_work"] .report__count');
    await app.click(button);
    const names = await app.waitFor(
      () =>
        app.execute(`
          if (document.querySelector("aside.panel")) return ["(one item: its panel)"];
          const items = [...document.querySelectorAll(".report-items [data-item]")];
          return items.length ? items.map((b) => b.textContent) : null;
        `),
      { timeoutMs: 10_000, message: "the items behind the number" },
    );
    assert.ok(names.every((n) => /^\(one item|^\S+ · \S/.test(n)), `order number · title: ${names}`);
  });
});
