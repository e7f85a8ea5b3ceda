// Shared by the end-to-end suites of the flow board: what the board shows
// right now, waiting for it to settle, picking cards and pressing keys.

import assert from "node:assert/strict";

export const BOARD_TIMEOUT_MS = 60_000;
export const MOVE_TIMEOUT_MS = 15_000;

/**
 * Which column each card is in; the notice a move left (what Rust said it
 * did, or its refusal), and as `toast` a refusal (the board's notice, or the
 * toast of a screen that still has one).
 */
export const SNAPSHOT_SCRIPT = `
  const where = {};
  for (const section of document.querySelectorAll("[data-column]")) {
    for (const c of section.querySelectorAll(".card[data-item-id]")) {
      where[c.getAttribute("data-item-id")] = section.getAttribute("data-column");
    }
  }
  const toast = document.querySelector('.notice:not([data-notice-kind="done"]), .toast');
  const notice = document.querySelector(".notice");
  return {
    where,
    count: Object.keys(where).length,
    toast: toast
      ? { kind: toast.getAttribute("data-notice-kind") ?? toast.getAttribute("data-toast-kind"), text: toast.textContent }
      : null,
    notice: notice
      ? {
          kind: notice.getAttribute("data-notice-kind"),
          item: notice.getAttribute("data-notice-item"),
          text: notice.querySelector(".notice__text").textContent,
          undo: notice.querySelector(".notice__undo")?.textContent ?? null,
        }
      : null,
    ghost: Boolean(document.querySelector(".drag-ghost")),
    error: document.querySelector("[role=alert][data-error-code]")?.textContent ?? null,
  };
`;

/** Scrolls the first card matching `css` into view; returns its item id (or null). */
export const PICK_CARD_SCRIPT = `
  const card = document.querySelector(arguments[0]);
  if (!card) return null;
  card.scrollIntoView({ block: "center", inline: "nearest" });
  return card.getAttribute("data-item-id");
`;

/** A point in a column's header: always on screen, whatever the column holds. */
export const COLUMN_POINT_SCRIPT = `
  const column = document.querySelector('[data-column="' + arguments[0] + '"]');
  column.scrollIntoView({ block: "nearest", inline: "nearest" });
  const r = column.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + 40) };
`;

export async function snapshot(app) {
  return app.execute(SNAPSHOT_SCRIPT);
}

/** Waits until the board shows cards and their number has settled. */
export async function waitForBoard(app) {
  let lastCount = -1;
  let stableSince = 0;
  return app.waitFor(
    async () => {
      const s = await snapshot(app);
      if (s.error) throw new Error(`error banner: ${s.error}`);
      if (s.count === 0) return null;
      if (s.count !== lastCount) {
        lastCount = s.count;
        stableSince = Date.now();
        return null;
      }
      return Date.now() - stableSince >= 750 ? s : null;
    },
    { timeoutMs: BOARD_TIMEOUT_MS, message: "cards on the board" },
  );
}

export async function pickCard(app, css) {
  const id = await app.execute(PICK_CARD_SCRIPT, [css]);
  assert.ok(id, `a card matches ${css}`);
  return { id, el: await app.get(`.card[data-item-id="${id}"]`) };
}

export async function pressKey(app, key) {
  await app.actions([
    { type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] },
  ]);
  await app.releaseActions().catch(() => {});
}

/** Types `text` as a person does, key after key, into whatever has focus. */
export async function typeKeys(app, text) {
  const actions = [...text].flatMap((value) => [
    { type: "keyDown", value },
    { type: "keyUp", value },
  ]);
  await app.actions([{ type: "key", id: "keyboard", actions }]);
  await app.releaseActions().catch(() => {});
}

/** Presses keys together, e.g. keys(app, "\uE009", "z") for Ctrl+Z. */
export async function keys(app, ...sequence) {
  const actions = [
    ...sequence.map((value) => ({ type: "keyDown", value })),
    ...[...sequence].reverse().map((value) => ({ type: "keyUp", value })),
  ];
  await app.actions([{ type: "key", id: "keyboard", actions }]);
  await app.releaseActions().catch(() => {});
}

/**
 * A preparing card, not held, whose item has units reserved: Rust's card says
 * "Mark prepared" asks for those units by scan (`prepareByScan`).
 */
export const PREPARING_WITH_UNITS = '[data-column="preparation"] .card[data-prepare-scan]:not(.card--held)';

/** A preparing card with units to scan (`PREPARING_WITH_UNITS`), focused; its item id. */
export async function focusPreparingCard(app) {
  const id = await app.execute(PICK_CARD_SCRIPT, [PREPARING_WITH_UNITS]);
  assert.ok(id, "a preparing card");
  await app.execute(`document.querySelector('.card[data-item-id="' + arguments[0] + '"]').focus();`, [id]);
  return id;
}

/**
 * Moves the focused card with the keyboard as a person does: M opens its move
 * menu, arrow keys reach `action`, Enter runs it.
 */
export async function moveFocusedCard(app, action) {
  await keys(app, "m");
  await app.waitFor(
    () => app.execute("return document.activeElement?.getAttribute('role') === 'menuitem';"),
    { timeoutMs: MOVE_TIMEOUT_MS, message: "the move menu with focus on a move" },
  );
  const count = await app.execute("return document.querySelectorAll('[role=menu] [role=menuitem]').length;");
  for (let i = 0; i < count; i++) {
    if ((await app.execute("return document.activeElement?.getAttribute('data-action');")) === action) break;
    await keys(app, "\uE015"); // ArrowDown
  }
  assert.equal(await app.execute("return document.activeElement?.getAttribute('data-action');"), action);
  await keys(app, "\uE007"); // Enter
}

/** Waits until card `id` is in `column`; the board's snapshot then. */
export async function waitForCardIn(app, id, column) {
  return app.waitFor(
    async () => {
      const s = await snapshot(app);
      return s.where[id] === column ? s : null;
    },
    { timeoutMs: MOVE_TIMEOUT_MS, message: `card ${id} in ${column}` },
  );
}

/**
 * Folds a column as a keyboard user does: its fold button (shown on focus in
 * the compact layout) gets focus, Enter presses it. Waits for the strip.
 */
export async function foldColumn(app, key) {
  await app.execute(`document.querySelector('[data-column="' + arguments[0] + '"] .column__collapse').focus();`, [key]);
  await keys(app, "\uE007"); // Enter
  await app.waitFor(() => app.find(`[data-column="${key}"].column--collapsed .column__strip`), {
    message: `the ${key} column folded`,
  });
}

/** Whether focus is in the prepare scan of item `arguments[0]`'s panel. */
const PREPARE_SCAN_FOCUSED_SCRIPT = `
  return document.activeElement?.matches('[data-panel-item-id="' + arguments[0] + '"] [data-scan=prepare]') ?? false;
`;

/**
 * Marks item `id` prepared by scan, as a scanner does it: the board's move
 * (a drag or the keyboard menu) opened its panel with focus in the scan
 * field; each unit Rust lists as reserved is typed with Enter, and Enter on
 * the empty field, once Rust says all are scanned, marks it prepared.
 * Returns the panel's notice of it (in a virtualised column the card itself
 * may not be drawn).
 */
export async function prepareByScan(app, id) {
  const panel = `[data-panel-item-id="${id}"]`;
  await app.waitFor(() => app.execute(PREPARE_SCAN_FOCUSED_SCRIPT, [id]), {
    timeoutMs: MOVE_TIMEOUT_MS,
    message: `the panel of ${id} open, focus in its scan field`,
  });
  const serials = await app.waitFor(
    async () => {
      const s = await app.execute(`return [...document.querySelectorAll(arguments[0] + " .prepare-scan__serial")].map((e) => e.textContent);`, [panel]);
      return s.length > 0 ? s : null;
    },
    { timeoutMs: MOVE_TIMEOUT_MS, message: `the units reserved for ${id}` },
  );
  for (const serial of serials) await typeKeys(app, `${serial}\uE007`);
  await app.waitFor(() => app.find(`${panel} [data-move="mark_prepared"] .move__button:not([disabled])`), {
    timeoutMs: MOVE_TIMEOUT_MS,
    message: `every unit of ${id} scanned`,
  });
  assert.ok(await app.execute(PREPARE_SCAN_FOCUSED_SCRIPT, [id]), "focus stays in the scan field");
  await keys(app, "\uE007"); // Enter
  return app.waitFor(
    async () => {
      const n = await panelNotice(app);
      return n.item === id && n.kind === "done" ? n : null;
    },
    { timeoutMs: MOVE_TIMEOUT_MS, message: `the notice that ${id} is prepared` },
  );
}

/** The notice of the open item panel: what Rust said the last step did. */
export async function panelNotice(app) {
  return app.waitFor(
    () =>
      app.execute(`
        const n = document.querySelector(".panel .notice");
        return n ? {
          kind: n.getAttribute("data-notice-kind"),
          item: n.getAttribute("data-notice-item"),
          text: n.querySelector(".notice__text").textContent,
          undo: n.querySelector(".notice__undo")?.textContent ?? null,
        } : null;
      `),
    { timeoutMs: MOVE_TIMEOUT_MS, message: "the panel's notice" },
  );
}
