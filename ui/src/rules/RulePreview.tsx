import { type AppError, commands, type RuleHitView, type RuleSpec } from "../bindings";
import { plural } from "../format";
import { call } from "../ipc";
import { sameSpec } from "./draft";

export type PreviewHit = RuleHitView;

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
  const hits = await call(() => commands.rulePreview({ ...spec, enabled: true }));
  if (!hits.ok) return { state: "failed", error: hits.error };
  return { state: "done", spec, hits: hits.data };
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
                <td className="rule-preview__order">
                  {h.orderNumber} <span className="rule-preview__position">#{h.position}</span>
                </td>
                <td className="rule-preview__item">
                  <span className="rule-preview__item-title">{h.title}</span>
                  <span className="rule-preview__customer">{h.customerName}</span>
                </td>
                <td className="rule-preview__status">{h.statusLabel}</td>
                <td className="rule-preview__why">{h.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
