// Runs approve or reject for several items, one after another, and reports
// each item's answer. Pure of React; each goes through the action registry.
// Rust decides every item: a refusal is that item's result, and the rest
// still run.

import { i18n, wordsOf } from "../i18n";
import type { Outcome } from "../ipc";
import { type ActionApi, type ActionSubject, runAction } from "../moves/actions";

export type BulkAction = "approve" | "reject";

/** One item's answer. */
export type BulkResult = Outcome<unknown> & { itemId: number };

/**
 * Sends `action` for each subject in turn (never in parallel); `text` is the
 * note (approve) or reason (reject). `onResult` hears each answer as it comes.
 */
export async function runBulk(
  action: BulkAction,
  subjects: readonly ActionSubject[],
  text: string,
  api?: ActionApi,
  onResult?: (result: BulkResult) => void,
): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const subject of subjects) {
    const result = { ...(await runAction(action, subject, { text }, api)), itemId: subject.itemId };
    results.push(result);
    onResult?.(result);
  }
  return results;
}

const DONE_WORD = wordsOf<BulkAction>({ approve: "inbox.approvedCount", reject: "inbox.rejectedCount" });

/** "3 approved, 1 refused" — what a run did, for the summary line. */
export function bulkSummary(action: BulkAction, results: readonly BulkResult[]): string {
  const done = results.filter((r) => r.ok).length;
  const refused = results.length - done;
  const said = i18n.t("inbox.doneCount", { count: done, word: DONE_WORD[action] });
  return refused > 0 ? i18n.t("inbox.andRefused", { said, count: refused }) : said;
}
