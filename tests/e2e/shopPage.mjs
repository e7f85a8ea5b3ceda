// Shared by the end-to-end suites of a shop's own data (ownShop, newShop,
// customers): the first run's setup, the board's checklist, filling fields.

import { ELEMENT_KEY } from "./webdriver.mjs";

/** The board's setup checklist: each step's key, whether it is done, whether it links to a screen. */
export const CHECKLIST_SCRIPT = `
  return [...document.querySelectorAll("[data-checklist] [data-step]")].map((s) => ({
    key: s.getAttribute("data-step"),
    done: s.getAttribute("data-done") === "true",
    link: s.querySelector("button") !== null,
  }));
`;

/** Waits until the page has painted twice, so a screenshot shows the current state. */
export async function settle(app) {
  await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 150)));
  `);
}

/** Replaces what a field holds with `text`, typed. */
export async function fill(app, css, text) {
  const el = await app.get(css);
  await app.cmd("POST", `/element/${el[ELEMENT_KEY]}/clear`, {});
  await app.type(el, text);
}

/** The checklist's steps once the board shows them. */
export function checklist(app, { timeoutMs = 30_000 } = {}) {
  return app.waitFor(
    async () => {
      const s = await app.execute(CHECKLIST_SCRIPT);
      return s.length > 0 ? s : null;
    },
    { timeoutMs, message: "the board's setup checklist" },
  );
}
