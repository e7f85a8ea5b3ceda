// Cold start to the board: starts the app binary RUNS times on the demo shop
// and measures, each time, from the moment the OS started the app's process
// (its start time in /proc) to the moment the board's first cards are in the
// page (a MutationObserver sees React commit them; the webview paints them
// with its next frame). Animation frames are not waited for: under Xvfb
// without a window manager WebKit runs them seconds late, which would measure
// Xvfb, not the app. The first run makes and seeds the demo database; the
// others open it as a shop in daily use does. Not a test: figures only
// (scripts/measure.sh).
//
//   xvfb-run -a -s "-screen 0 1600x1000x24" node tests/e2e/measure-start.mjs BINARY [RUNS]
//
// The figure is an upper bound: when the board was there before WebDriver
// could ask, the moment it asked is taken.
//
// Each run also says where the time went: the app's own marks (it runs with
// EQUIPFLOW_TIMING, app/timing.rs: the shop opened, the window set up, each
// command answered), the page's (its HTML in, its scripts run), and the CPU
// time the app and its WebKit processes had used by then — on a shared,
// loaded machine the wall-clock figure is mostly waiting for a core, and the
// CPU time says what the start costs.

import { readdirSync, readFileSync, readlinkSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { launchApp } from "./webdriver.mjs";

const binary = resolve(process.argv[2] ?? "target/release/equipflow");
const runs = Number(process.argv[3] ?? 6);

/** Wall-clock ms at which the OS started `pid`. */
function startedAt(pid) {
  const btime = Number(readFileSync("/proc/stat", "utf8").match(/^btime (\d+)$/m)[1]);
  const ticks = Number(statFields(pid)[19]); // starttime, field 22
  const hz = 100; // USER_HZ on Linux
  return btime * 1000 + (ticks * 1000) / hz;
}

/** Fields of /proc/PID/stat after the command's ")" (field 3 is [0]). */
function statFields(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** CPU time (user + system, ms) used so far by `pid` and each process it started, by name. */
function cpuTimes(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(statFields(entry)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const out = {};
  const visit = (p) => {
    try {
      const f = statFields(p);
      const name = readFileSync(`/proc/${p}/comm`, "utf8").trim();
      // utime and stime, fields 14 and 15, in USER_HZ ticks.
      out[name] = (out[name] ?? 0) + ((Number(f[11]) + Number(f[12])) * 1000) / 100;
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return out;
}

/** The pid of the process in the driver's process group running `binary`. */
function appPid(groupId) {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const pgrp = Number(statFields(entry)[2]);
      if (pgrp === groupId && readlinkSync(`/proc/${entry}/exe`) === binary) return Number(entry);
    } catch {
      /* gone, or not ours */
    }
  }
  return null;
}

const BOARD_SCRIPT = `
  const done = arguments[arguments.length - 1];
  const asked = Math.round(performance.now());
  const columnsThere = document.querySelector("[data-column]") !== null;
  const answer = (already) => {
    const nav = performance.getEntriesByType("navigation")[0];
    done({
      at: Date.now(),
      navigationStart: performance.timeOrigin,
      already,
      html: nav ? Math.round(nav.responseEnd) : null,
      scripts: nav ? Math.round(nav.domContentLoadedEventEnd) : null,
      cards: Math.round(performance.now()),
      // The app's own marks (ui/src/main.tsx, board/useBoard.ts): the start taken (with the first board when Rust handed it over), the first board's data in when it had to be asked for.
      marks: performance.getEntriesByType("mark").map((m) => m.name.replace("equipflow:", "") + " +" + Math.round(m.startTime)),
      asked,
      columnsThere,
      // What the page fetched (its chunks; Tauri's IPC calls on Linux are fetches too), asked and in.
      fetched: performance.getEntriesByType("resource").map((r) => ({
        name: r.name.split("/").slice(3).join("/").slice(0, 40),
        asked: Math.round(r.startTime),
        in: Math.round(r.responseEnd),
      })),
    });
  };
  if (document.querySelector(".card[data-item-id]")) { answer(true); return; }
  new MutationObserver((_, observer) => {
    if (document.querySelector(".card[data-item-id]")) { observer.disconnect(); answer(false); }
  }).observe(document, { childList: true, subtree: true });
`;

const dir = mkdtempSync(join(tmpdir(), "equipflow-start-"));
const dbPath = join(dir, "equipflow.db");
const figures = [];
const cpuFigures = [];
try {
  for (let i = 0; i < runs; i++) {
    const app = await launchApp({ application: binary, dbPath, env: { EQUIPFLOW_TIMING: "1" } });
    try {
      const pid = appPid(app.driver.pid);
      if (!pid) throw new Error("the app's process was not found");
      const start = startedAt(pid);
      const board = await app.executeAsync(BOARD_SCRIPT);
      const cpu = cpuTimes(pid);
      const ms = Math.round(board.at - start);
      const webview = Math.round(board.navigationStart - start);
      figures.push(ms);
      const cpuMs = Object.values(cpu).reduce((a, b) => a + b, 0);
      cpuFigures.push(cpuMs);
      console.log(
        `run ${i + 1}${i === 0 ? " (demo made)" : ""}: ${ms} ms to the board, ${cpuMs} ms CPU` +
          ` (${Object.entries(cpu).map(([n, t]) => `${n} ${t}`).join(", ")})` +
          ` (page started at ${webview} ms, its HTML in at +${board.html} ms, its scripts run at +${board.scripts} ms` +
          `${board.already ? "; there before asked" : ""})`,
      );
      const marks = app
        .driverOutput()
        .split("\n")
        .filter((l) => l.startsWith("equipflow: +"))
        .map((l) => l.slice("equipflow: ".length));
      if (marks.length > 0) console.log(`  the app (from main): ${marks.join("; ")}`);
      if (process.env.MEASURE_FETCHES) {
        const fetched = board.fetched.map((f) => `${f.name} ${f.asked}→${f.in}`);
        console.log(`  the page (from its start): ${fetched.join("; ")}; asked at ${board.asked} (columns there: ${board.columnsThere}); cards at ${board.cards}`);
      }
      if (board.marks.length > 0) {
        console.log(`  the page (from its start): ${board.marks.join("; ")}; cards +${board.cards}`);
      }
    } finally {
      await app.close({ keepTmp: false });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const warm = figures.slice(1).sort((a, b) => a - b);
const warmCpu = cpuFigures.slice(1).sort((a, b) => a - b);
if (warm.length > 0) {
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  console.log(
    `cold start, existing shop: median ${median(warm)} ms (${warm[0]}–${warm.at(-1)} ms);` +
      ` CPU median ${median(warmCpu)} ms (${warmCpu[0]}–${warmCpu.at(-1)} ms); load average now ${loadavg()[0].toFixed(1)}`,
  );
}
