// Runs approve or reject for several items, one after another, and reports
// each item's answer. Pure of React; talks to Rust through bindings. Rust
// decides every item: a refusal is that item's result, and the rest still run.

import { type AppError, commands } from "../bindings";
import { call } from "../ipc";

export type BulkAction = "approve" | "reject";

/** An item as the inbox last saw it. */
export type BulkSubject = { itemId: number; version: number };

export type BulkResult = { itemId: number; ok: true } | { itemId: number; ok: false; error: AppError };

/** The commands a bulk run may send; tests pass a recorder, the app the real bindings. */
export type BulkApi = Pick<typeof commands, "itemApprove" | "itemReject">;

function send(api: BulkApi, action: BulkAction, s: BulkSubject, text: string) {
  switch (action) {
    case "approve":
      return api.itemApprove(s.itemId, s.version, text);
    case "reject":
      return api.itemReject(s.itemId, s.version, text);
  }
}

async function runOne(api: BulkApi, action: BulkAction, s: BulkSubject, text: string): Promise<BulkResult> {
  const reply = await call(() => send(api, action, s, text));
  return reply.ok ? { itemId: s.itemId, ok: true } : { itemId: s.itemId, ok: false, error: reply.error };
}

/**
 * Sends `action` for each subject in turn (never in parallel); `text` is the
 * note (approve) or reason (reject). `onResult` hears each answer as it comes.
 */
export async function runBulk(
  action: BulkAction,
  subjects: readonly BulkSubject[],
  text: string,
  api: BulkApi = commands,
  onResult?: (result: BulkResult) => void,
): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const subject of subjects) {
    const result = await runOne(api, action, subject, text);
    results.push(result);
    onResult?.(result);
  }
  return results;
}

const DONE_WORD: Record<BulkAction, string> = { approve: "approved", reject: "rejected" };

/** "3 approved, 1 refused" — what a run did, for the summary line. */
export function bulkSummary(action: BulkAction, results: readonly BulkResult[]): string {
  const done = results.filter((r) => r.ok).length;
  const refused = results.length - done;
  return refused > 0 ? `${done} ${DONE_WORD[action]}, ${refused} refused` : `${done} ${DONE_WORD[action]}`;
}
