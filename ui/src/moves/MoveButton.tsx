import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError, MoveOption } from "../bindings";
import type { Outcome } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { controlKind, textFieldLabel } from "./moveControls";
import "./moves.css";

type MoveButtonProps = {
  move: MoveOption;
  /** Performs the move with the typed note or reason ("" for none). */
  run: (text: string) => Promise<Outcome<unknown>>;
  onDone: () => void;
};

const CAUTION: ReadonlySet<MoveOption["action"]> = new Set(["reject", "cancel", "delivery_failed"]);

/** One move Rust offered (in the item panel, or a booking's step in the planner): a button, and for note/reason moves a text field first. */
export function MoveButton({ move, run, onDone }: MoveButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const ids = useId();
  const whyId = `${ids}-why`;
  const fieldId = `${ids}-text`;
  const needsText = controlKind(move.input) === "text";
  const variant = CAUTION.has(move.action) ? " button--caution" : "";

  async function submit() {
    setBusy(true);
    setError(null);
    const result = await run(needsText ? text : "");
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setOpen(false);
    setText("");
    onDone();
  }

  return (
    <li className={`move${open ? " move--open" : ""}`} data-move={move.action}>
      {!open && (
        <button
          type="button"
          className={`button move__button${variant}`}
          data-action={move.action}
          disabled={!move.enabled || busy}
          aria-describedby={move.enabled ? undefined : whyId}
          aria-expanded={needsText ? false : undefined}
          onClick={() => {
            setError(null);
            if (needsText) setOpen(true);
            else void submit();
          }}
        >
          {move.label}
          {needsText && <span className="move__more" aria-hidden="true">…</span>}
        </button>
      )}
      {!move.enabled && move.disabledReason && (
        <p className="move__why" id={whyId}>
          {move.disabledReason}
        </p>
      )}
      {open && (
        <form
          className="move__form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              // Closes the form, not the whole panel.
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
              setError(null);
            }
          }}
        >
          <label className="move__label" htmlFor={fieldId}>
            {t("moves.labelWith", { label: move.label, field: textFieldLabel(move.input) })}
          </label>
          <textarea
            id={fieldId}
            className="field move__text"
            rows={2}
            value={text}
            autoFocus
            aria-invalid={error?.field ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="move__form-actions">
            <button type="submit" className={`button button--primary${variant}`} disabled={busy}>
              {move.label}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t("moves.back")}
            </button>
          </div>
        </form>
      )}
      <FieldError error={error} named />
    </li>
  );
}
