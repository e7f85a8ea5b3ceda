// End to end: the flow diagram in the real app. The nav rail opens it; its
// nodes show how many items wait at each decision point and its edges how
// many took each path; clicking a node (or Enter on it) opens the board with
// that column only.
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/flow.test.mjs

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { BOARD_TIMEOUT_MS, pressKey, waitForBoard } from "./boardPage.mjs";
import { launchApp } from "./webdriver.mjs";

/** What the diagram shows right now: node counts, edge labels, an error. */
const FLOW_SCRIPT = `
  const nodes = {};
  for (const n of document.querySelectorAll("[data-flow-node]")) {
    const c = n.querySelector("[data-count]");
    nodes[n.getAttribute("data-flow-node")] = {
      count: c ? Number(c.textContent) : null,
      link: n.tagName === "BUTTON",
    };
  }
  const edges = {};
  for (const e of document.querySelectorAll("[data-edge]")) edges[e.getAttribute("data-edge")] = e.textContent;
  const paths = document.querySelectorAll(".react-flow__edge-path.flow-edge").length;
  // Fitted on load: every node lies inside the canvas.
  const canvas = document.querySelector(".flow-canvas")?.getBoundingClientRect();
  const inView = Boolean(canvas) && [...document.querySelectorAll("[data-flow-node]")].every((n) => {
    const r = n.getBoundingClientRect();
    return r.width > 0 && r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
  });
  const alert = document.querySelector("[role=alert][data-error-code]");
  return { nodes, edges, paths, inView, error: alert ? alert.textContent : null };
`;

/** What the board shows: its column sections and the one-column notice. */
const BOARD_SCRIPT = `
  const focus = document.querySelector(".column-focus");
  return {
    columns: [...document.querySelectorAll("[data-column]")].map((s) => s.getAttribute("data-column")),
    focus: focus ? focus.textContent : null,
  };
`;

async function openFlow(app) {
  await app.click(await app.get("[data-view=flow]"));
  return app.waitFor(
    async () => {
      const s = await app.execute(FLOW_SCRIPT);
      if (s.error) throw new Error(`error banner: ${s.error}`);
      const counted = Object.values(s.nodes).filter((n) => n.count !== null).length;
      return counted >= 8 && Object.keys(s.edges).length > 0 && s.paths > 0 && s.inView ? s : null;
    },
    { timeoutMs: 20_000, message: "flow nodes with counts and labelled edges, all in view" },
  );
}

async function boardWithOneColumn(app, key) {
  return app.waitFor(
    async () => {
      const b = await app.execute(BOARD_SCRIPT);
      return b.columns.length === 1 && b.columns[0] === key && b.focus ? b : null;
    },
    { timeoutMs: 10_000, message: `the board showing only ${key}` },
  );
}

describe("flow diagram", () => {
  let app;
  before(async () => {
    app = await launchApp();
    await waitForBoard(app);
  });
  after(async () => {
    await app?.close();
  });

  test("shows the decision points with counts and the paths taken", { timeout: BOARD_TIMEOUT_MS + 60_000 }, async () => {
    const flow = await openFlow(app);

    for (const key of ["approval", "assignment", "preparation", "delivery_queue", "scheduled", "in_delivery", "ready_to_complete", "done"]) {
      assert.ok(flow.nodes[key], `node ${key}: ${JSON.stringify(flow.nodes)}`);
      assert.ok(flow.nodes[key].link, `node ${key} opens its column`);
      assert.ok(Number.isInteger(flow.nodes[key].count), `node ${key} has a count`);
    }
    assert.equal(flow.nodes.intake?.link, false, "the intake is not a column");
    const total = Object.entries(flow.nodes)
      .filter(([, n]) => n.link)
      .reduce((sum, [, n]) => sum + n.count, 0);
    assert.ok(total >= 40, `the demo data fills the nodes: ${JSON.stringify(flow.nodes)}`);
    for (const [id, text] of Object.entries(flow.edges)) {
      assert.match(text, /^today \d+ · 7 days \d+$/, `edge ${id} is labelled: ${text}`);
    }
    // Every path the flow allows is drawn, taken or not: forward, back and out.
    for (const id of [
      "intake->approval",
      "approval->assignment",
      "assignment->preparation",
      "preparation->delivery_queue",
      "delivery_queue->scheduled",
      "scheduled->in_delivery",
      "in_delivery->ready_to_complete",
      "ready_to_complete->done",
      "delivery_queue->preparation",
      "in_delivery->delivery_queue",
      "approval->cancelled",
    ]) {
      assert.ok(flow.edges[id], `path ${id} is drawn: ${JSON.stringify(Object.keys(flow.edges))}`);
    }
    // The seeded orders moved today: some path shows today's traffic.
    assert.ok(
      Object.values(flow.edges).some((t) => !/^today 0 /.test(t)),
      `some path was taken today: ${JSON.stringify(flow.edges)}`,
    );

    await app.screenshot("flow.png");
  });

  test("clicking a node opens the board with that column only", { timeout: 60_000 }, async () => {
    const flow = await openFlow(app);
    const key = ["preparation", "delivery_queue", "approval", "scheduled"].find((k) => flow.nodes[k]?.count > 0);
    assert.ok(key, `a column with cards: ${JSON.stringify(flow.nodes)}`);

    await app.click(await app.get(`[data-flow-node="${key}"]`));
    const board = await boardWithOneColumn(app, key);
    assert.equal(board.columns.length, 1, "one [data-column] section");
    assert.match(board.focus, /column only/);
    const cards = await app.findAll(`[data-column="${key}"] .card[data-item-id]`);
    assert.ok(cards.length > 0, `the ${key} column shows its cards`);
    await app.screenshot("flow-column.png");
  });

  test("Enter on a focused node opens its column too", { timeout: 60_000 }, async () => {
    const flow = await openFlow(app);
    const key = ["approval", "preparation", "delivery_queue"].find((k) => flow.nodes[k]?.count > 0);
    assert.ok(key);
    await app.execute(`document.querySelector('[data-flow-node="' + arguments[0] + '"]').focus();`, [key]);
    await pressKey(app, "\uE007");
    await boardWithOneColumn(app, key);
  });
});
