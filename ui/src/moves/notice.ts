// What a person reads after an action on an item: Rust's own words for what
// was done and where the item went (ItemOutcome's step and sentence), or its
// refusal, and whether Undo is offered (Rust says what Undo would do). The
// board, the item panel and the approvals inbox draw it near where the
// person acted (ActionNotice). No React.

import type { ItemOutcome_Serialize as ItemOutcome } from "../bindings";
import type { Outcome } from "../ipc";
import { runAction } from "./actions";
import { clearUndo, currentUndo } from "./undoStack";

export type NoticeKind = "done" | "refused" | "blocked" | "info";

export type Notice = {
  /** Grows with every notice, so a new one replaces (and is announced over) the last. */
  id: number;
  /** The item the notice is about, where it is known (the board anchors at its card). */
  itemId: number | null;
  kind: NoticeKind;
  /** Rust's words for the step done ("Approved"); null for a refusal. */
  step: string | null;
  /** Where the item went and why (Rust's sentence), or Rust's refusal. */
  text: string;
  /** What Undo does, in Rust's words, and the version to undo at; null: no Undo. */
  undo: { label: string; version: number } | null;
};

let lastId = 0;

/** The answer for `itemId` in what a write returned (one outcome, or a list for a whole delivery). */
export function outcomeFor(data: unknown, itemId: number): ItemOutcome | null {
  const all = (Array.isArray(data) ? data : [data]).filter(isOutcome);
  return all.find((o) => o.itemId === itemId) ?? all[0] ?? null;
}

function isOutcome(x: unknown): x is ItemOutcome {
  return typeof x === "object" && x !== null && "itemId" in x && "sentence" in x;
}

/** The notice for an action's Outcome on `itemId`: Rust's sentence, or its refusal. */
export function noticeFor(result: Outcome<unknown>, itemId: number): Notice {
  if (!result.ok) return refusal(result.error.message, itemId);
  const outcome = outcomeFor(result.data, itemId);
  if (!outcome) return { id: ++lastId, itemId, kind: "done", step: null, text: "Done.", undo: null };
  return {
    id: ++lastId,
    itemId: outcome.itemId,
    kind: "done",
    step: outcome.step,
    text: outcome.sentence,
    undo: outcome.undo ? { label: outcome.undo, version: outcome.version } : null,
  };
}

/** A refusal (or where a move is done instead), said near the item. */
export function refusal(message: string, itemId: number | null, kind: NoticeKind = "refused"): Notice {
  return { id: ++lastId, itemId, kind, step: null, text: message, undo: null };
}

/** Runs the notice's Undo; Ctrl+Z has nothing left to take back for that item afterwards. */
export async function undoNotice(notice: Notice): Promise<Notice> {
  if (!notice.undo || notice.itemId === null) return notice;
  const itemId = notice.itemId;
  const result = await runAction("undo", { itemId, version: notice.undo.version });
  if (currentUndo()?.itemId === itemId) clearUndo();
  return noticeFor(result, itemId);
}
