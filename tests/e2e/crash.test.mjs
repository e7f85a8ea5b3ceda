// End to end: crash safety. The real app takes orders as fast as the page
// can send them (order_submit through Tauri's IPC, as the order form does)
// and is killed with SIGKILL at a random moment, round after round on the
// same database file. After each kill `equipflow --check-db` reads the file:
// SQLite's integrity check is ok, every invariant of ARCHITECTURE.md holds
// (store/health.rs), and every order the app acknowledged is there.
//
//   EQUIPFLOW_BIN=... xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/crash.test.mjs

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { APP_BINARY, demoPathOf, launchApp } from "./webdriver.mjs";

const ROUNDS = 4;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The app's own process: the one started with this database (WebKit's helpers are not). */
function appPid(dbPath) {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    if (args.includes("--db") && args.includes(dbPath) && args[0].endsWith("equipflow")) return Number(entry);
  }
  return null;
}

/** What `equipflow --check-db` prints about `file` (it exits 1 when the file does not hold together). */
function checkDb(file) {
  try {
    return execFileSync(APP_BINARY, ["--check-db", file], { encoding: "utf8" });
  } catch (e) {
    if (e.stdout) return e.stdout;
    throw e;
  }
}

/** Starts a loop in the page that submits orders back to back; each answer's order id goes to `window.__crash.acked`. */
const WRITE_LOOP = `
  const invoke = window.__TAURI_INTERNALS__.invoke;
  window.__crash = { acked: [], errors: [] };
  (async () => {
    const refs = await invoke("reference_get");
    const service = refs.services.find((s) => s.code === "MONITOR-BUY");
    const customers = refs.customers.filter((c) => c.recipients.length > 0 && c.addresses.length > 0);
    for (let n = 0; ; n++) {
      const c = customers[n % customers.length];
      const a = c.addresses[0];
      const input = {
        customerId: c.id, recipientId: c.recipients[0].id, note: "crash round " + n,
        items: [{
          serviceId: service.id, transactionType: "order", quantity: 1,
          specs: { size: "32", usb_c: "yes" }, windowStart: "2026-12-07", windowEnd: "2026-12-11",
          address: { line1: a.line1, postalCode: a.postalCode, city: a.city, countryCode: a.countryCode },
        }],
      };
      try {
        const out = await invoke("order_submit", { input });
        window.__crash.acked.push(out.orderId);
      } catch (e) {
        window.__crash.errors.push(JSON.stringify(e));
      }
    }
  })();
  return true;
`;

test("killed mid-write, round after round, the shop's file stays whole with every acknowledged order", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "equipflow-crash-"));
  const dbPath = join(dir, "equipflow.db");
  const file = demoPathOf(dbPath);
  const acked = new Set();
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const app = await launchApp({
        dbPath,
        env: { TZ: "Europe/Vienna", EQUIPFLOW_NOW: "2026-11-30T09:00:00+01:00" },
      });
      const before = acked.size;
      try {
        await app.waitFor(() => app.execute("return !!window.__TAURI_INTERNALS__;"), { timeoutMs: 30_000, message: "the page" });
        await app.execute(WRITE_LOOP);
        const drain = async () => {
          for (const id of await app.execute("return window.__crash.acked.splice(0);")) acked.add(id);
        };
        // Writes flow for a while (at least a few acknowledged), then the kill comes at a random moment.
        await app.waitFor(
          async () => {
            await drain();
            return acked.size >= before + 3;
          },
          { timeoutMs: 30_000, intervalMs: 20, message: "the first acknowledged orders" },
        );
        const killAt = Date.now() + 200 + Math.random() * 1200;
        while (Date.now() < killAt) {
          await drain();
          await sleep(15);
        }
        const errors = await app.execute("return window.__crash.errors;");
        assert.deepEqual(errors, [], "every write before the kill was taken");
        const pid = appPid(dbPath);
        assert.ok(pid, "the app's process");
        process.kill(pid, "SIGKILL");
      } finally {
        await app.close();
      }
      const report = JSON.parse(checkDb(file));
      assert.deepEqual(report.integrity, ["ok"], `round ${round}: SQLite's integrity check`);
      assert.deepEqual(report.broken, [], `round ${round}: the invariants`);
      const stored = new Set(report.orders);
      const lost = [...acked].filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `round ${round}: acknowledged orders missing`);
      assert.ok(acked.size > before, `round ${round}: orders were written`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
