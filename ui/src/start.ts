// What the page starts from: Rust's clock and language, the open shop and its
// board, handed over with the page itself (`/start.js`, app/start.rs), or
// asked with `start_get` when the page came from elsewhere (the dev server).
// The first board is drawn from it without waiting for a command; every
// later board comes as before (board/useBoard.ts).

import { type BoardView, commands, type StartView_Serialize } from "./bindings";
import { setClock } from "./clock";
import { speak } from "./i18n";
import { call } from "./ipc";
import type { ShopView } from "./shop/useShop";

declare global {
  interface Window {
    /** Set by /start.js before the app's module runs; null: ask `start_get`. */
    equipflowStart?: StartView_Serialize | null;
  }
}

let first: StartView_Serialize | null = null;

/**
 * Takes the start, and with it Rust's clock and language (so the first board
 * counts days as Rust does and speaks the language of Rust's sentences).
 * Without Tauri (a browser preview) the page runs on its own clock, in English.
 */
export async function takeStart(): Promise<void> {
  const asked = window.equipflowStart ? null : await call(() => commands.startGet());
  first = window.equipflowStart ?? (asked?.ok ? asked.data : null);
  window.equipflowStart = null;
  if (!first) return;
  setClock(first.clock);
  await speak(first.language.lang);
}

/** The shop the page started in, until the first draw is done. */
export function startShop(): ShopView | null {
  return first?.shop ?? null;
}

/** The board the page started with, until the first draw is done. */
export function startBoard(): BoardView | null {
  return first?.board ?? null;
}

/** The first draw is done: from now on (another shop, another language) screens ask Rust. */
export function startDrawn(): void {
  first = null;
}
