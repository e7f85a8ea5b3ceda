import { useState } from "react";
import type { AppError, CandidateView, MoveOption } from "../bindings";
import type { Outcome } from "../ipc";
import { FieldError } from "../shell/FieldError";

type CandidateListProps = {
  move: MoveOption;
  candidates: CandidateView[];
  pick: (productId: number) => Promise<Outcome<unknown>>;
  onDone: () => void;
};

/** The ranked products Rust suggests for the item, best first, each with a Pick button. */
export function CandidateList({ move, candidates, pick, onDone }: CandidateListProps) {
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<{ productId: number; error: AppError } | null>(null);

  async function choose(productId: number) {
    setBusy(productId);
    setError(null);
    const result = await pick(productId);
    setBusy(null);
    if (!result.ok) setError({ productId, error: result.error });
    else onDone();
  }

  return (
    <div className="candidates" data-move={move.action}>
      <h4 className="candidates__title">{move.label}</h4>
      {!move.enabled && move.disabledReason && <p className="move__why">{move.disabledReason}</p>}
      {candidates.length === 0 ? (
        <p className="panel__empty">No catalog product matches the requested specs.</p>
      ) : (
        <ol className="candidates__list">
          {candidates.map((c) => (
            <li key={c.productId} className="candidate" data-product-id={c.productId}>
              <div className="candidate__head">
                <span className="candidate__name">{c.name}</span>
                {c.fullMatch ? (
                  <span className="badge badge--match">Full match</span>
                ) : (
                  <span className="badge badge--partial">Partial match</span>
                )}
              </div>
              {c.explanation && (
                <p className="candidate__why">
                  <span className="candidate__why-label">Why it matches: </span>
                  {c.explanation}
                </p>
              )}
              <div className="candidate__foot">
                <span className={`candidate__stock${c.freeUnits === 0 ? " candidate__stock--none" : ""}`}>
                  {c.freeUnits} free {c.freeUnits === 1 ? "unit" : "units"}
                </span>
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={!move.enabled || busy !== null}
                  aria-label={`Pick ${c.name}`}
                  onClick={() => void choose(c.productId)}
                >
                  Pick
                </button>
              </div>
              {error?.productId === c.productId && <FieldError error={error.error} named />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
