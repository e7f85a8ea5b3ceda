// A small W3C WebDriver client for the end-to-end tests: no npm dependencies,
// plain `fetch`. It starts `tauri-driver` (which starts WebKitWebDriver, which
// starts the real app binary) and drives the app's webview.
//
//   const app = await launchApp();                       // the demo shop, in a fresh temp directory
//   const app = await launchApp({ dbPath, demo: false }); // the shop at dbPath (a first run if missing)
//   const app = await launchApp({ env: { TZ, EQUIPFLOW_NOW } }); // at a test's own instant
//
// Every app starts at the same instant (`E2E_NOW` in `E2E_ZONE`, see
// `deskClock`), so no test depends on the day, the hour or the zone it runs in.
//   try { await app.waitFor(...); ... } finally { await app.close(); }
//
// Needs: the custom-protocol build of the app (target/debug/equipflow, or
// EQUIPFLOW_BIN), `tauri-driver` on PATH (or in ~/.cargo/bin, or
// TAURI_DRIVER), WebKitWebDriver (Debian: webkit2gtk-driver) and a display
// (run under `xvfb-run`).

import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, "..", "..");
export const SCREENSHOT_DIR = join(HERE, "screenshots");
export const APP_BINARY = resolve(process.env.EQUIPFLOW_BIN ?? join(REPO_ROOT, "target", "debug", "equipflow"));

/** The key under which W3C WebDriver returns an element reference. */
export const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    const what = value?.error ?? `HTTP ${status}`;
    super(`${method} ${path}: ${what}${value?.message ? `: ${value.message}` : ""}`);
    this.name = "WebDriverError";
    this.status = status;
    this.error = value?.error;
  }
}

// ---------------------------------------------------------------------------
// Processes

/** Drivers still running, so a signal or an early exit can stop them. */
const liveDrivers = new Set();
/** Temp directories of apps not closed yet, removed on exit. */
const liveTmpDirs = new Set();

function cleanUpOnExit() {
  for (const child of liveDrivers) killGroup(child, "SIGKILL");
  for (const dir of liveTmpDirs) rmSync(dir, { recursive: true, force: true });
}

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // tauri-driver runs in its own process group (detached), together with
    // the WebKitWebDriver and the app it starts: end the whole group.
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    cleanUpOnExit();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]);
  });
}
// Also after a test timed out: node:test ends the process without waiting
// for the test's `finally`.
process.once("exit", cleanUpOnExit);

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function findExecutable(name, extra = []) {
  const dirs = [...extra, ...(process.env.PATH ?? "").split(delimiter)];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((r) => {
    const timer = setTimeout(() => r(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      r(true);
    });
  });
}

// ---------------------------------------------------------------------------
// HTTP

async function http(base, method, path, body, timeoutMs = 30_000) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new WebDriverError(method, path, res.status, { error: "invalid response", message: text.slice(0, 300) });
  }
  // W3C errors always come with a 4xx/5xx status (a script may well return
  // an object with an "error" key).
  if (!res.ok) {
    throw new WebDriverError(method, path, res.status, json.value);
  }
  return json.value;
}

// ---------------------------------------------------------------------------
// Launch

/**
 * The instant and zone every app starts at unless its test sets its own: an
 * ordinary Tuesday morning in Vienna (not the UTC the machines run in). The
 * app's clock runs on from there (`EQUIPFLOW_NOW`, read by debug builds).
 */
export const E2E_NOW = "2026-12-01T10:00:00+01:00";
export const E2E_ZONE = "Europe/Vienna";

/**
 * The clock the apps start at: `E2E_NOW` in `E2E_ZONE`, or the runner's own
 * `EQUIPFLOW_NOW` and `TZ` when it sets the instant (scripts/test-any-day.sh
 * runs the suites at the instants that once broke them).
 */
export function deskClock() {
  if (process.env.EQUIPFLOW_NOW) {
    return { EQUIPFLOW_NOW: process.env.EQUIPFLOW_NOW, TZ: process.env.TZ ?? E2E_ZONE };
  }
  return { EQUIPFLOW_NOW: E2E_NOW, TZ: E2E_ZONE };
}

/** Where the app keeps the demo shop for the shop database at `dbPath`: beside it, "-demo" added. */
export function demoPathOf(dbPath) {
  return dbPath.replace(/(\.[^./\\]*)?$/, "-demo.db");
}

/**
 * Starts tauri-driver and a WebDriver session running the app.
 *
 * @param {object} [options]
 * @param {string} [options.language] the language picked in Settings ("en", "de"); default: none, the OS's
 * @param {string} [options.dbPath] the shop's SQLite file (`--db`); default: a
 *   fresh file in a temp directory that `close()` removes. The demo lives
 *   beside it (see `demoPathOf`).
 * @param {boolean} [options.demo] open the demo shop (`--demo`, seeded on
 *   first use), as every test that relies on the demo data wants; default
 *   true. With false the app opens the shop's own database, or asks on a
 *   first run when there is none.
 * @param {Record<string, string>} [options.env] extra environment for the app, e.g. a
 *   test's own `EQUIPFLOW_NOW` and `TZ` (default: `deskClock()`).
 * @param {string[]} [options.args] extra command-line arguments for the app.
 * @param {string} [options.application] the app binary; default APP_BINARY.
 * @param {number} [options.startTimeoutMs] how long the driver may take to get ready.
 * @param {number} [options.sessionTimeoutMs] how long the app may take to open its window.
 * @param {{width: number, height: number}} [options.windowSize] the window's size in CSS pixels
 *   (e.g. a 1366×768 laptop); default: the size the app opens with.
 */
export async function launchApp(options = {}) {
  const application = resolve(options.application ?? APP_BINARY);
  try {
    accessSync(application, constants.X_OK);
  } catch {
    throw new Error(
      `app binary not found or not executable: ${application}\n` +
        "build it with: npm --prefix ui run build && cargo build --features custom-protocol",
    );
  }
  const driverPath =
    process.env.TAURI_DRIVER ?? findExecutable("tauri-driver", [join(homedir(), ".cargo", "bin")]);
  if (!driverPath) throw new Error("tauri-driver not found: cargo install tauri-driver --version ^2 --locked");
  const nativeDriver = process.env.WEBKIT_WEBDRIVER ?? findExecutable("WebKitWebDriver", ["/usr/bin"]);
  if (!nativeDriver) throw new Error("WebKitWebDriver not found: apt-get install webkit2gtk-driver");

  // A scratch directory for everything the app and WebKit write.
  const tmp = mkdtempSync(join(tmpdir(), "equipflow-e2e-"));
  liveTmpDirs.add(tmp);
  const dbPath = resolve(options.dbPath ?? join(tmp, "equipflow.db"));
  // The language a person picked in Settings, kept beside the shop's file (app/shops.rs).
  if (options.language) writeFileSync(join(dirname(dbPath), "language"), options.language);
  const xdg = (name) => {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  const port = await freePort();
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();

  const env = {
    ...process.env,
    // Every app runs on a controlled clock, so no test depends on when it runs.
    ...deskClock(),
    // The app reads --db first; the environment is the fallback, and keeps
    // the app off the real data directory either way.
    EQUIPFLOW_DB: dbPath,
    XDG_DATA_HOME: xdg("data"),
    XDG_CONFIG_HOME: xdg("config"),
    XDG_CACHE_HOME: xdg("cache"),
    NO_AT_BRIDGE: "1",
    // English, whatever the machine's language: the app and its webview take
    // theirs from the OS. A test of another language picks it in Settings.
    LC_ALL: "C.UTF-8",
    LANGUAGE: undefined,
    // A test's own clock and zone (EQUIPFLOW_NOW, TZ), for the app and its webview.
    ...(options.env ?? {}),
  };

  const driverLog = [];
  const driver = spawn(
    driverPath,
    ["--port", String(port), "--native-port", String(nativePort), "--native-driver", nativeDriver],
    { env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  liveDrivers.add(driver);
  const collect = (chunk) => {
    driverLog.push(chunk.toString());
    if (driverLog.length > 400) driverLog.splice(0, driverLog.length - 400);
  };
  driver.stdout.on("data", collect);
  driver.stderr.on("data", collect);
  driver.once("exit", () => liveDrivers.delete(driver));
  let spawnError = null;
  driver.once("error", (e) => {
    spawnError = e;
  });

  const app = new App({ driver, base: `http://127.0.0.1:${port}`, tmp, dbPath, driverLog, application });
  try {
    await app._waitReady(options.startTimeoutMs ?? 30_000, () => spawnError);
    const demo = options.demo ?? true;
    await app._createSession(
      ["--db", dbPath, ...(demo ? ["--demo"] : []), ...(options.args ?? [])],
      options.sessionTimeoutMs ?? 45_000,
    );
    if (options.windowSize) await app.setViewportSize(options.windowSize);
    return app;
  } catch (e) {
    await app.close();
    e.message += `\n--- tauri-driver output ---\n${app.driverOutput()}`;
    throw e;
  }
}

// ---------------------------------------------------------------------------
// The session

export class App {
  constructor({ driver, base, tmp, dbPath, driverLog, application }) {
    this.driver = driver;
    this.base = base;
    this.tmp = tmp;
    this.dbPath = dbPath;
    this.application = application;
    this.sessionId = null;
    this._driverLog = driverLog;
    this._closed = false;
  }

  /** The last lines tauri-driver, WebKitWebDriver and the app printed. */
  driverOutput() {
    return this._driverLog.join("").split("\n").slice(-80).join("\n");
  }

  async _waitReady(timeoutMs, spawnError) {
    const deadline = Date.now() + timeoutMs;
    let last = null;
    while (Date.now() < deadline) {
      if (spawnError()) throw spawnError();
      if (this.driver.exitCode !== null) throw new Error(`tauri-driver exited with code ${this.driver.exitCode}`);
      try {
        const status = await http(this.base, "GET", "/status", undefined, 5_000);
        if (status?.ready !== false) return;
        last = new Error(`driver not ready: ${status?.message ?? ""}`);
      } catch (e) {
        last = e;
      }
      await sleep(250);
    }
    throw new Error(`tauri-driver did not become ready in ${timeoutMs} ms: ${last?.message}`);
  }

  async _createSession(args, timeoutMs) {
    const body = {
      capabilities: { alwaysMatch: { "tauri:options": { application: this.application, args } } },
    };
    // WebKitWebDriver sometimes drops the first request: try a few times.
    // A request that times out is not retried: the app did not come up (it
    // exited at once, or has no display) and another try would hang as well.
    let last = null;
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        const value = await http(this.base, "POST", "/session", body, timeoutMs);
        this.sessionId = value.sessionId;
        if (!this.sessionId) throw new Error(`no sessionId in ${JSON.stringify(value)}`);
        return;
      } catch (e) {
        last = e;
        if (e?.name === "TimeoutError" || this.driver.exitCode !== null) break;
        await sleep(500 * attempt);
      }
    }
    throw new Error(`could not create a WebDriver session: ${last?.message}`);
  }

  /** A raw session command: `cmd("GET", "/url")`. */
  cmd(method, path, body, timeoutMs) {
    if (!this.sessionId) throw new Error("no WebDriver session");
    return http(this.base, method, `/session/${this.sessionId}${path}`, body, timeoutMs);
  }

  // --- elements -------------------------------------------------------------

  /** All elements matching `css` (under `parent` if given); [] when none. */
  async findAll(css, parent) {
    const path = parent ? `/element/${elementId(parent)}/elements` : "/elements";
    const found = await this.cmd("POST", path, { using: "css selector", value: css });
    return found.map((ref) => ({ [ELEMENT_KEY]: ref[ELEMENT_KEY] }));
  }

  /** The first element matching `css`, or null. */
  async find(css, parent) {
    const all = await this.findAll(css, parent);
    return all[0] ?? null;
  }

  /** The first element matching `css`; throws when there is none. */
  async get(css, parent) {
    const el = await this.find(css, parent);
    if (!el) throw new Error(`no element matches ${css}`);
    return el;
  }

  text(el) {
    return this.cmd("GET", `/element/${elementId(el)}/text`);
  }

  attribute(el, name) {
    return this.cmd("GET", `/element/${elementId(el)}/attribute/${encodeURIComponent(name)}`);
  }

  property(el, name) {
    return this.cmd("GET", `/element/${elementId(el)}/property/${encodeURIComponent(name)}`);
  }

  /**
   * Sizes the window so that the page's viewport is `width`×`height` CSS
   * pixels: the window is set, then corrected by what the page measures
   * (a window manager's frame, if any, is not part of the viewport).
   */
  async setViewportSize({ width, height }) {
    const inner = () => this.execute("return { w: window.innerWidth, h: window.innerHeight };");
    let target = { width, height };
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.cmd("POST", "/window/rect", target);
      const got = await this.waitFor(
        async () => {
          const v = await inner();
          return v.w > 0 ? v : null;
        },
        { message: "the resized window" },
      );
      if (got.w === width && got.h === height) return got;
      target = { width: target.width + (width - got.w), height: target.height + (height - got.h) };
    }
    return inner();
  }

  /** The element's position and size in CSS pixels of the viewport. */
  rect(el) {
    return this.cmd("GET", `/element/${elementId(el)}/rect`);
  }

  async click(el) {
    await this.cmd("POST", `/element/${elementId(el)}/click`, {});
  }

  async type(el, text) {
    await this.cmd("POST", `/element/${elementId(el)}/value`, { text });
  }

  // --- scripts --------------------------------------------------------------

  /** Runs `script` (a function body; `arguments` holds `args`) and returns its result. */
  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Like execute, but the script calls `arguments[arguments.length - 1](result)`. */
  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  // --- pointer actions --------------------------------------------------------

  /** Performs W3C actions: `actions([{ type: "pointer", id: "mouse", ... }])`. */
  async actions(sources) {
    await this.cmd("POST", "/actions", { actions: sources });
  }

  async releaseActions() {
    await this.cmd("DELETE", "/actions");
  }

  /**
   * Drags with a mouse pointer (pointer events, as @dnd-kit listens for):
   * press on `from`, move a little to pass the activation distance, move in
   * `steps` moves onto `to` (an element, or {x, y} in viewport pixels), release.
   */
  async drag(from, to, { steps = 10, holdMs = 150, moveMs = 600, offset = { x: 0, y: 0 } } = {}) {
    const start = await this.rect(from);
    const startX = Math.round(start.x + start.width / 2);
    const startY = Math.round(start.y + start.height / 2);
    let end;
    if (to && ELEMENT_KEY in to) {
      const r = await this.rect(to);
      end = { x: Math.round(r.x + r.width / 2 + offset.x), y: Math.round(r.y + r.height / 2 + offset.y) };
    } else {
      end = { x: Math.round(to.x), y: Math.round(to.y) };
    }
    const moves = [];
    for (let i = 1; i <= steps; i++) {
      moves.push({
        type: "pointerMove",
        duration: Math.round(moveMs / steps),
        origin: "viewport",
        x: Math.round(startX + ((end.x - startX) * i) / steps),
        y: Math.round(startY + ((end.y - startY) * i) / steps),
      });
    }
    try {
      await this.actions([
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", duration: 0, origin: "viewport", x: startX, y: startY },
            { type: "pointerDown", button: 0 },
            { type: "pause", duration: holdMs },
            { type: "pointerMove", duration: 50, origin: "viewport", x: startX + 8, y: startY + 8 },
            ...moves,
            { type: "pause", duration: holdMs },
            { type: "pointerUp", button: 0 },
          ],
        },
      ]);
    } finally {
      await this.releaseActions().catch(() => {});
    }
  }

  // --- waiting, screenshots -----------------------------------------------------

  /**
   * Polls `fn` until it returns a truthy value (which is returned). Errors
   * thrown by `fn` count as "not yet", unless they have `fatal: true`. On
   * timeout throws with `message` and the last result or error.
   */
  async waitFor(fn, { timeoutMs = 10_000, intervalMs = 250, message = "condition" } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        const value = await fn();
        if (value) return value;
        last = value;
      } catch (e) {
        if (e?.fatal) throw e;
        last = e;
      }
      if (Date.now() >= deadline) {
        const detail = last instanceof Error ? last.message : JSON.stringify(last);
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${message} (last: ${detail})`);
      }
      await sleep(intervalMs);
    }
  }

  /** The page as a PNG Buffer, also written to tests/e2e/screenshots/<name> when a name is given. */
  async screenshot(name) {
    const base64 = await this.cmd("GET", "/screenshot", undefined, 60_000);
    const png = Buffer.from(base64, "base64");
    if (name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = join(SCREENSHOT_DIR, name.endsWith(".png") ? name : `${name}.png`);
      writeFileSync(file, png);
      return { png, file };
    }
    return { png, file: null };
  }

  url() {
    return this.cmd("GET", "/url");
  }

  // --- printing -------------------------------------------------------------

  /**
   * Shows the page as print would: every `@media print` rule (not `@page`)
   * applied on screen, plus `extraCss` (e.g. a page's width). WebKitWebDriver
   * cannot print, so a test measures this instead. Returns how many rules.
   */
  printRulesOn(extraCss = "") {
    return this.execute(
      `const rules = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText === "print") {
            for (const inner of rule.cssRules) if (!(inner instanceof CSSPageRule)) rules.push(inner.cssText);
          }
        }
      }
      const style = document.createElement("style");
      style.id = "as-printed";
      style.textContent = rules.join("\\n") + "\\n" + arguments[0];
      document.head.appendChild(style);
      return rules.length;`,
      [extraCss],
    );
  }

  /** Back to the screen after `printRulesOn`. */
  printRulesOff() {
    return this.execute(`document.getElementById("as-printed")?.remove();`);
  }

  // --- shutdown ---------------------------------------------------------------

  /**
   * Ends the session (the app quits), stops the drivers and removes the temp
   * directory (unless `keepTmp`; a database passed to launchApp lives
   * wherever the caller put it). Safe to call twice; never throws.
   */
  async close({ keepTmp = false } = {}) {
    if (this._closed) return;
    this._closed = true;
    if (this.sessionId) {
      try {
        await http(this.base, "DELETE", `/session/${this.sessionId}`, undefined, 15_000);
      } catch {
        /* the driver may be gone already */
      }
      this.sessionId = null;
    }
    killGroup(this.driver, "SIGTERM");
    if (!(await waitForExit(this.driver, 5_000))) {
      killGroup(this.driver, "SIGKILL");
      await waitForExit(this.driver, 5_000);
    }
    // WebKitWebDriver or the app may outlive tauri-driver for a moment.
    try {
      process.kill(-this.driver.pid, "SIGKILL");
    } catch {
      /* group already empty */
    }
    liveDrivers.delete(this.driver);
    if (!keepTmp) {
      rmSync(this.tmp, { recursive: true, force: true });
      liveTmpDirs.delete(this.tmp);
    }
  }
}

function elementId(el) {
  const id = el?.[ELEMENT_KEY];
  if (!id) throw new Error(`not an element reference: ${JSON.stringify(el)}`);
  return id;
}
