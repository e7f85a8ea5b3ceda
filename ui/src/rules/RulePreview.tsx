import { type AppError, commands, type RuleHitView, type RuleSpec } from "../bindings";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  if (preview.state === "idle" || preview.state === "failed") {
    return (
      <section className="rule-preview rule-preview--idle" aria-label={t("rules.preview.name")}>
        <p className="rule-preview__hint">
          <Trans i18nKey="rules.preview.hint" components={{ strong: <strong /> }} />
        </p>
      </section>
    );
  }
  if (preview.state === "loading") {
    return (
      <section className="rule-preview" aria-label={t("rules.preview.name")} aria-busy="true">
        <p className="rule-preview__hint">{t("rules.preview.asking")}</p>
      </section>
    );
  }
  const stale = !sameSpec({ ...preview.spec, enabled: true }, { ...current, enabled: true });
  const n = preview.hits.length;
  return (
    <section className="rule-preview" aria-label={t("rules.preview.name")}>
      <header className="rule-preview__header">
        <h3 className="rule-preview__title">
          <span className="rule-preview__count" data-preview-count={n}>
            {n}
          </span>{" "}
          {t("rules.preview.wouldHit", { count: n })}
        </h3>
        {!preview.spec.enabled && <span className="rule-preview__note">{t("rules.preview.ifOn")}</span>}
        {stale && <span className="rule-preview__stale">{t("rules.preview.stale")}</span>}
      </header>
      {n === 0 ? (
        <p className="rule-preview__hint">{t("rules.preview.none")}</p>
      ) : (
        <table className="rule-preview__table" aria-label={t("rules.preview.hits", { count: n })}>
          <thead>
            <tr>
              <th scope="col">{t("rules.preview.order")}</th>
              <th scope="col">{t("rules.preview.item")}</th>
              <th scope="col">{t("rules.preview.status")}</th>
              <th scope="col">{t("rules.preview.why")}</th>
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
