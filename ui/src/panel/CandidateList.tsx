import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError, CandidateView, MoveOption } from "../bindings";
import type { Outcome } from "../ipc";
import { deskLocale, moneyLabel } from "../people";
import { FieldError } from "../shell/FieldError";

type CandidateListProps = {
  move: MoveOption;
  candidates: CandidateView[];
  pick: (productId: number, note: string) => Promise<Outcome<unknown>>;
  onDone: () => void;
};

/**
 * The ranked products Rust suggests for the item, best first: what each
 * matches and where it differs, its price, and whether it can be had. Rust
 * says which cannot be picked (a substitute without the units free) and which
 * cost more (then a note says why, and the trail keeps it).
 */
export function CandidateList({ move, candidates, pick, onDone }: CandidateListProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<{ productId: number; error: AppError } | null>(null);
  const [notes, setNotes] = useState<Record<number, string>>({});
  const id = useId();
  const locale = deskLocale();

  async function choose(productId: number) {
    setBusy(productId);
    setError(null);
    const result = await pick(productId, notes[productId] ?? "");
    setBusy(null);
    if (!result.ok) setError({ productId, error: result.error });
    else onDone();
  }

  return (
    <div className="candidates" data-move={move.action}>
      <h4 className="candidates__title">{move.label}</h4>
      {!move.enabled && move.disabledReason && <p className="move__why">{move.disabledReason}</p>}
      {candidates.length === 0 ? (
        <p className="panel__empty">{t("panel.noMatch")}</p>
      ) : (
        <ol className="candidates__list">
          {candidates.map((c) => (
            <li
              key={c.productId}
              className={`candidate${c.available ? "" : " candidate--unavailable"}`}
              data-product-id={c.productId}
              data-available={c.available}
            >
              <div className="candidate__head">
                <span className="candidate__name">{c.name}</span>
                <span className="candidate__price">{moneyLabel(c.unitPrice, locale)}</span>
                {c.fullMatch ? (
                  <span className="badge badge--match">{t("panel.fullMatch")}</span>
                ) : (
                  <span className="badge badge--partial">{t("panel.partialMatch")}</span>
                )}
              </div>
              {c.matches.length > 0 && (
                <p className="candidate__why">
                  <span className="candidate__why-label">{t("panel.matches")} </span>
                  {c.matches.join(", ")}
                </p>
              )}
              {c.differs.length > 0 && (
                <p className="candidate__why candidate__why--differs">
                  <span className="candidate__why-label">{t("panel.differsOn")} </span>
                  {c.differs.join(", ")}
                </p>
              )}
              {c.dearerBy && c.available && (
                <label className="candidate__note" htmlFor={`${id}-${c.productId}`}>
                  <span>
                    {t("panel.dearer", { money: moneyLabel(c.dearerBy, locale) })} <span className="candidate__note-hint">{t("panel.keptInTrail")}</span>
                  </span>
                  <input
                    id={`${id}-${c.productId}`}
                    className="field"
                    value={notes[c.productId] ?? ""}
                    onChange={(e) => setNotes((n) => ({ ...n, [c.productId]: e.target.value }))}
                  />
                </label>
              )}
              <div className="candidate__foot">
                <span className={`candidate__stock${c.freeUnits === 0 ? " candidate__stock--none" : ""}`}>
                  {c.available ? t("panel.free", { count: c.freeUnits }) : t("panel.notAvailable", { why: c.unavailableReason })}
                </span>
                {c.available && (
                  <button
                    type="button"
                    className="button button--primary button--small"
                    disabled={!move.enabled || busy !== null}
                    aria-label={t("panel.pickName", { name: c.name })}
                    onClick={() => void choose(c.productId)}
                  >
                    {t("panel.pick")}
                  </button>
                )}
              </div>
              {error?.productId === c.productId && <FieldError error={error.error} named />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
