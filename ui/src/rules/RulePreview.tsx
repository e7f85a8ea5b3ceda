import { type AppError, type BoardCard, commands, type RuleHitView, type RuleSpec } from "../bindings";
import { plural } from "../format";
import { ask } from "./ask";
import { sameSpec } from "./draft";

/** A hit with what the board says about its item (order number, title), when the board knows it. */
export type PreviewHit = RuleHitView & { card: BoardCard | null };

export type PreviewState =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "failed"; error: AppError }
  | { state: "done"; spec: RuleSpec; hits: PreviewHit[] };

/**
 * Asks Rust which open items the draft would hit. A disabled rule never
 * fires, so the preview asks about the rule as if it were switched on:
 * the question is "what would it catch", not "what does it catch now".
 */
export async function runPreview(spec: RuleSpec): Promise<PreviewState> {
  const [hits, board] = await Promise.all([
    ask(() => commands.rulePreview({ ...spec, enabled: true })),
    ask(() => commands.boardGet()),
  ]);
  if (!hits.ok) return { state: "failed", error: hits.error };
  const cards = new Map<number, BoardCard>();
  if (board.ok) for (const col of board.data.columns) for (const c of col.cards) cards.set(c.itemId, c);
  return { state: "done", spec, hits: hits.data.map((h) => ({ ...h, card: cards.get(h.itemId) ?? null })) };
}

function statusText(hit: PreviewHit): string {
  if (hit.card) return hit.card.statusLabel;
  const s = hit.status.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function RulePreview({ preview, current }: { preview: PreviewState; current: RuleSpec }) {
  if (preview.state === "idle" || preview.state === "failed") {
    return (
      <section className="rule-preview rule-preview--idle" aria-label="Preview">
        <p className="rule-preview__hint">
          <strong>Preview</strong> shows which open items (up to preparation) this rule would hit right now. Nothing
          changes.
        </p>
      </section>
    );
  }
  if (preview.state === "loading") {
    return (
      <section className="rule-preview" aria-label="Preview" aria-busy="true">
        <p className="rule-preview__hint">Asking which items the rule would hit…</p>
      </section>
    );
  }
  const stale = !sameSpec({ ...preview.spec, enabled: true }, { ...current, enabled: true });
  const n = preview.hits.length;
  return (
    <section className="rule-preview" aria-label="Preview">
      <header className="rule-preview__header">
        <h3 className="rule-preview__title">
          <span className="rule-preview__count" data-preview-count={n}>
            {n}
          </span>{" "}
          open {n === 1 ? "item" : "items"} would be hit
        </h3>
        {!preview.spec.enabled && <span className="rule-preview__note">if the rule were on</span>}
        {stale && <span className="rule-preview__stale">The rule changed since: preview again</span>}
      </header>
      {n === 0 ? (
        <p className="rule-preview__hint">No open item matches. New orders will still be checked.</p>
      ) : (
        <table className="rule-preview__table" aria-label={plural(n, "hit")}>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Item</th>
              <th scope="col">Status</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {preview.hits.map((h) => (
              <tr key={h.itemId} data-hit-item-id={h.itemId}>
                <td className="rule-preview__order">{h.card?.orderNumber ?? `#${h.orderId}`}</td>
                <td className="rule-preview__item">
                  {h.card ? (
                    <>
                      <span className="rule-preview__item-title">{h.card.title}</span>
                      <span className="rule-preview__customer">{h.card.customerName}</span>
                    </>
                  ) : (
                    `Item ${h.itemId}`
                  )}
                </td>
                <td className="rule-preview__status">{statusText(h)}</td>
                <td className="rule-preview__why">{h.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
