// End to end: a resource's day sheet in the real app, on the demo shop at
// Monday 30 November 2026, 09:00 in Vienna (EQUIPFLOW_NOW, read by debug
// builds). The sheet shows each recipient's phone and the order's delivery
// note as Rust has them; Save as PDF writes a PDF into the desk's Downloads
// folder (here the test's own, named in its XDG user-dirs.dirs) whose text
// (pdftotext, Debian's poppler-utils) has the stops; a booking's delivery
// note shows its stop and saves as a PDF too; and the window may run
// Tauri's webview print command, which is what window.print() is on macOS.
//
//   EQUIPFLOW_BIN=/tmp/equipflow-print \
//     xvfb-run -a -s "-screen 0 1600x1000x24" node --test tests/e2e/daysheet.test.mjs

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { pause, pressEnter } from "./plannerPage.mjs";
import { launchApp } from "./webdriver.mjs";

const TIMEOUT_MS = 20_000;
const MONDAY_NINE_IN_VIENNA = "2026-11-30T08:00:00Z";
const DAY = "2026-11-30";
const PHONES = /iPhone|Galaxy|Pixel|Fairphone/;
const NEW_PHONE = "SNE2ESWAP0001";

/** Runs a command in the page through Tauri's IPC, as the UI would. */
function invoke(app, cmd, args = {}) {
  return app.executeAsync(
    `const [cmd, args, done] = arguments;
     window.__TAURI_INTERNALS__.invoke(cmd, args).then((data) => done({ data }), (error) => done({ error: String(error?.message ?? error) }));`,
    [cmd, args],
  );
}

/** Closes what earlier steps left open (a paper, a booking's dialog) with their Close buttons, the topmost first. */
async function closeDialogs(app) {
  await app.waitFor(
    () =>
      app.execute(`
        const open = [...document.querySelectorAll("[role=dialog]")];
        if (open.length === 0) return true;
        [...open.at(-1).querySelectorAll("button")].find((b) => b.textContent.trim() === "Close")?.click();
        return false;
      `),
    { timeoutMs: TIMEOUT_MS, message: "no dialog open" },
  );
}

function hasCommand(name) {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("the day sheet", () => {
  let app;
  let downloads;
  /** The sheet Rust answers for the resource the test opens. */
  let sheet = null;

  before(async () => {
    app = await launchApp({ env: { TZ: "Europe/Vienna", EQUIPFLOW_NOW: MONDAY_NINE_IN_VIENNA } });
    // The desk's Downloads folder, as xdg-user-dirs names it (read when saving).
    downloads = join(app.tmp, "Downloads");
    mkdirSync(downloads, { recursive: true });
    writeFileSync(join(app.tmp, "config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    const nav = await app.waitFor(() => app.find("[data-view=planner]"), { timeoutMs: 60_000, message: "the nav rail" });
    await app.click(nav);
    await app.waitFor(() => app.find("[data-day-sheet]"), { timeoutMs: 60_000, message: "the planner's resources" });
  });

  after(async () => {
    await app?.close();
  });

  test("shows the recipient's phone and the delivery note Rust has for each stop", { timeout: 90_000 }, async () => {
    // The resource whose sheet today has a phone and a delivery note.
    const ids = await app.execute(`return [...document.querySelectorAll("[data-day-sheet]")].map((b) => b.getAttribute("data-day-sheet"));`);
    let resourceId = null;
    for (const id of ids) {
      const r = await invoke(app, "day_sheet_get", { resourceId: Number(id), date: DAY });
      assert.ok(!r.error, r.error);
      const stops = r.data.stops;
      if (stops.some((s) => s.recipientPhone) && stops.some((s) => s.deliveryNote)) {
        resourceId = id;
        sheet = r.data;
        break;
      }
    }
    assert.ok(sheet, `a day sheet on ${DAY} with a phone and a delivery note among resources ${ids}`);

    await app.click(await app.get(`[data-day-sheet="${resourceId}"]`));
    const shown = await app.waitFor(
      () =>
        app.execute(`
          const view = document.querySelector("[data-day-sheet-view]");
          if (!view || !view.querySelector("[data-stop]")) return null;
          return {
            head: view.querySelector(".day-sheet__date")?.textContent ?? "",
            stops: [...view.querySelectorAll("[data-stop]")].map((s) => s.textContent),
          };
        `),
      { timeoutMs: TIMEOUT_MS, message: "the day sheet with stops" },
    );
    assert.equal(shown.stops.length, sheet.stops.length);
    assert.match(shown.head, /^Driver · |^Technician · |^Van · /);
    sheet.stops.forEach((stop, i) => {
      const text = shown.stops[i];
      assert.ok(text.includes(stop.orderNumber), `stop ${i + 1} is ${stop.orderNumber}: ${text}`);
      if (stop.recipientPhone) assert.ok(text.includes(`Phone ${stop.recipientPhone}`), `the phone on stop ${i + 1}: ${text}`);
      else assert.ok(!text.includes("Phone"), `no empty phone on stop ${i + 1}: ${text}`);
      if (stop.deliveryNote) assert.ok(text.includes(`Delivery note ${stop.deliveryNote}`), `the note on stop ${i + 1}: ${text}`);
    });
    await app.screenshot("day-sheet-phone-note.png");
  });

  test("Save as PDF writes the sheet into the Downloads folder and says where", { timeout: 60_000 }, async (t) => {
    assert.ok(sheet, "the first test opened a sheet");
    await app.click(await app.get("[data-save-pdf]"));
    const saved = await app.waitFor(
      () =>
        app.execute(`
          const p = document.querySelector("[data-saved-path]");
          const refusal = document.querySelector(".day-sheet__refusal");
          if (refusal) return { error: refusal.textContent };
          return p ? { path: p.getAttribute("data-saved-path"), text: p.closest("[role=status]").textContent } : null;
        `),
      { timeoutMs: TIMEOUT_MS, message: "the saved message" },
    );
    assert.ok(!saved.error, saved.error);
    assert.equal(saved.path, join(downloads, `Day sheet ${sheet.resourceName} Mon 30 Nov 2026.pdf`));
    assert.ok(saved.text.startsWith("Saved Day sheet") && saved.text.includes(downloads), saved.text);
    assert.ok(existsSync(saved.path), `the file is there: ${saved.path}`);
    const bytes = readFileSync(saved.path);
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
    await app.screenshot("day-sheet-saved.png");

    // A second save keeps the first file.
    await app.execute(`document.querySelector("[data-saved-path]")?.removeAttribute("data-saved-path");`);
    await app.click(await app.get("[data-save-pdf]"));
    const second = await app.waitFor(
      () => app.execute(`return document.querySelector("[data-saved-path]")?.getAttribute("data-saved-path") ?? null;`),
      { timeoutMs: TIMEOUT_MS, message: "the second save" },
    );
    assert.equal(second, join(downloads, `Day sheet ${sheet.resourceName} Mon 30 Nov 2026 (2).pdf`));
    assert.ok(existsSync(saved.path) && existsSync(second));

    if (!hasCommand("pdftotext")) {
      // The engine's own tests read the PDF's text (tests/print); here the file is enough.
      t.skip("pdftotext missing (Debian poppler-utils): the text was not read back");
      return;
    }
    const text = execFileSync("pdftotext", ["-layout", saved.path, "-"]).toString().replace(/\s+/g, " ");
    assert.ok(text.includes(sheet.resourceName), text);
    assert.ok(text.includes("Mon 30 Nov 2026"), text);
    for (const stop of sheet.stops) {
      assert.ok(text.includes(stop.orderNumber), `${stop.orderNumber} in the PDF: ${text}`);
      if (stop.recipientPhone) assert.ok(text.includes(stop.recipientPhone), `${stop.recipientPhone} in the PDF`);
      for (const serial of [...stop.handOver, ...stop.bringBack].flatMap((i) => i.serials)) assert.ok(text.includes(serial), `${serial} in the PDF`);
    }
  });

  test("a booking's delivery note shows its stop, items and serials with lines to sign, and saves as a PDF", { timeout: 60_000 }, async () => {
    assert.ok(sheet, "the first test opened a sheet");
    const stop = sheet.stops.find((s) => s.handOver.some((i) => i.serials.length > 0)) ?? sheet.stops[0];
    await app.execute(`[...document.querySelectorAll("[data-day-sheet-view] button")].find((b) => b.textContent === "Close").click();`);
    const block = await app.waitFor(() => app.find(`[data-track] [data-booking-id][data-order-number="${stop.orderNumber}"]`), {
      timeoutMs: TIMEOUT_MS,
      message: `the booking of ${stop.orderNumber}`,
    });
    await app.execute("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].click();", [block]);
    await app.click(await app.waitFor(() => app.find("[data-delivery-note]"), { timeoutMs: TIMEOUT_MS, message: "the booking's Delivery note" }));
    const text = await app.waitFor(
      () => app.execute(`return document.querySelector("[data-delivery-note-view] [data-stop]")?.textContent ?? null;`),
      { timeoutMs: TIMEOUT_MS, message: "the delivery note" },
    );
    for (const want of [stop.orderNumber, stop.recipientName, stop.customerName, stop.address, "Received by", "Signature"]) {
      assert.ok(text.includes(want), `${want} on the delivery note: ${text}`);
    }
    for (const serial of [...stop.handOver, ...stop.bringBack].flatMap((i) => i.serials)) assert.ok(text.includes(serial), `${serial} on the delivery note`);
    await app.screenshot("delivery-note.png");
    await app.click(await app.get("[data-delivery-note-view] [data-save-pdf]"));
    const saved = await app.waitFor(
      () => app.execute(`return document.querySelector("[data-delivery-note-view] [data-saved-path]")?.getAttribute("data-saved-path") ?? null;`),
      { timeoutMs: TIMEOUT_MS, message: "the saved delivery note" },
    );
    assert.equal(saved, join(downloads, `Delivery note ${stop.orderNumber} Mon 30 Nov 2026.pdf`));
    assert.ok(existsSync(saved), `the file is there: ${saved}`);
  });

  test("a swap of a phone delivers the new one and collects the old one in one stop", { timeout: 90_000 }, async () => {
    // A phone a customer of the demo holds, swapped for a new one of the same product (Rust's commands, as the Holds section sends them).
    const customers = await invoke(app, "customers_list");
    assert.ok(!customers.error, customers.error);
    let phone = null;
    let customerId = null;
    for (const c of customers.data) {
      const held = await invoke(app, "customer_holdings", { customerId: c.id });
      assert.ok(!held.error, held.error);
      phone = held.data.find((h) => h.requestable && h.units.length === 1 && PHONES.test(h.title)) ?? null;
      customerId = c.id;
      if (phone) break;
    }
    assert.ok(phone, `a customer of the demo holds a phone on ${DAY}`);
    const old = phone.units[0].serial;
    // The new phone comes into stock first (the demo has none of that product free today).
    const unit = await invoke(app, "stock_unit_history", { unitId: phone.units[0].unitId });
    assert.ok(!unit.error, unit.error);
    const received = await invoke(app, "stock_receive", {
      input: { productId: unit.data.unit.productId, location: "Vienna warehouse A", lines: [{ serial: NEW_PHONE, inventoryNumber: "" }] },
    });
    assert.ok(!received.error, received.error);
    const asked = await invoke(app, "holdings_request", {
      input: { holdingIds: [phone.id], transactionType: "swap", windowStart: DAY, windowEnd: DAY, note: "" },
    });
    assert.ok(!asked.error, asked.error);
    let swap = asked.data.items[0];
    if (swap.status === "awaiting_approval") {
      const approved = await invoke(app, "item_approve", { itemId: swap.itemId, version: swap.version, note: "" });
      assert.ok(!approved.error, approved.error);
      swap = approved.data;
    }
    assert.equal(swap.status, "ready", JSON.stringify(swap));
    const number = asked.data.number;

    // The queue says what the stop does; the keyboard books it as it books a delivery (Enter, Suggest, Book).
    await closeDialogs(app);
    const card = await app.waitFor(() => app.find(`[data-queue-item="${swap.itemId}"][data-stop-kind="delivery_and_collection"]`), {
      timeoutMs: TIMEOUT_MS,
      message: `${number} queued as a delivery and collection`,
    });
    assert.match(await app.execute("return arguments[0].textContent;", [card]), /Delivery and collection/);
    await app.execute("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus();", [card]);
    await pause(300);
    await app.screenshot("planner-swap-queued.png");
    await pressEnter(app);
    await app.click(await app.waitFor(() => app.find('[role=dialog] [data-action="dialog-suggest"]'), { timeoutMs: TIMEOUT_MS, message: "the booking dialog" }));
    await app.waitFor(() => app.find("[role=dialog] [data-suggested]"), { timeoutMs: TIMEOUT_MS, message: "Rust's suggested slot" });
    await app.click(await app.get('[role=dialog] button[type="submit"]'));
    const block = await app.waitFor(() => app.find(`[data-track] [data-order-number="${number}"][data-stop-kind="delivery_and_collection"]`), {
      timeoutMs: TIMEOUT_MS,
      message: `${number} booked on ${DAY}`,
    });
    const resourceId = await app.execute(`return arguments[0].closest("[data-track]").getAttribute("data-resource-id");`, [block]);
    await app.execute("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus();", [block]);
    await pause(300);
    await app.screenshot("planner-swap.png");

    // The day sheet's one stop: hand over the new phone, bring back the customer's, each by serial.
    await app.click(await app.get(`[data-day-sheet="${resourceId}"]`));
    const stop = await app.waitFor(
      () =>
        app.execute(
          `const stop = [...document.querySelectorAll("[data-day-sheet-view] [data-stop]")].find((s) => s.textContent.includes(arguments[0]));
           if (!stop) return null;
           const rows = (d) => [...stop.querySelectorAll('[data-direction="' + d + '"] tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent));
           stop.scrollIntoView({ block: "center" });
           return { kind: stop.getAttribute("data-stop-kind"), text: stop.textContent, handOver: rows("hand-over"), bringBack: rows("bring-back") };`,
          [number],
        ),
      { timeoutMs: TIMEOUT_MS, message: `${number} on the day sheet` },
    );
    assert.equal(stop.kind, "delivery_and_collection", JSON.stringify(stop));
    assert.match(stop.text, /Delivery and collection/);
    assert.equal(stop.handOver.length, 1, JSON.stringify(stop));
    assert.equal(stop.bringBack.length, 1, JSON.stringify(stop));
    const [[gives, , newSerial], [takes, , oldSerial]] = [stop.handOver[0], stop.bringBack[0]];
    assert.equal(gives, phone.title);
    assert.equal(takes, phone.title);
    assert.equal(oldSerial, old, "the phone the customer has comes back");
    assert.equal(newSerial, NEW_PHONE, "the new phone goes out");
    await pause(300);
    await app.screenshot("day-sheet-swap.png");
    await closeDialogs(app);

    // Out and back in one stop: the customer holds the new phone, and the old one is on its way back to check-in.
    const css = `[data-track] [data-order-number="${number}"]`;
    for (const [step, status] of [["dispatch", "in_delivery"], ["delivered", "collected"]]) {
      await app.execute("document.querySelector(arguments[0]).focus();", [css]);
      await pressEnter(app);
      await app.click(await app.waitFor(() => app.find(`[role=dialog] [data-action="${step}"]`), { timeoutMs: TIMEOUT_MS, message: `${step} offered` }));
      await app.waitFor(async () => (await app.attribute(await app.get(css), "data-status")) === status, { timeoutMs: TIMEOUT_MS, message: `${number} ${status}` });
    }
    const told = await app.waitFor(() => app.execute(`return document.querySelector("[data-notice]")?.textContent ?? null;`), { timeoutMs: TIMEOUT_MS, message: "what the stop did" });
    assert.match(told, new RegExp(`${number} is delivered and collected`), told);
    const held = await invoke(app, "customer_holdings", { customerId });
    const after = held.data.find((h) => h.id === phone.id);
    assert.deepEqual(after.units.map((u) => u.serial).sort(), [old, NEW_PHONE].sort(), "the new phone delivered; the old one held until it is checked in");
  });

  // Last: the print dialog it opens stays open until the app closes.
  test("the window may run the webview's print command (window.print() on macOS)", { timeout: 60_000 }, async () => {
    const answer = await app.executeAsync(`
      const done = arguments[arguments.length - 1];
      const pending = new Promise((r) => setTimeout(() => r({ pending: true }), 3000));
      Promise.race([
        window.__TAURI_INTERNALS__.invoke("plugin:webview|print").then(() => ({ ok: true }), (e) => ({ error: String(e?.message ?? e) })),
        pending,
      ]).then(done);
    `);
    // Without core:webview:allow-print: "webview.print not allowed. Permissions
    // associated with this command: core:webview:allow-print".
    assert.ok(!answer.error, `the print command is allowed: ${answer.error}`);
    if (hasCommand("xwininfo")) {
      const windows = execFileSync("xwininfo", ["-root", "-tree"]).toString();
      assert.match(windows, /"Print"/, "GTK's print dialog is open");
    }
  });
});
