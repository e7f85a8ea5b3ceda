import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError } from "../bindings";
import type { Outcome } from "../ipc";
import { FieldError } from "../shell/FieldError";
import "./slotForm.css";

type BookAnywayProps = {
  /** Rust's words: which rules the slot breaks. */
  message: string;
  /** Books the same slot again with the reason given. */
  confirm: (reason: string) => Promise<Outcome<unknown>>;
  onDone: () => void;
  onCancel: () => void;
};

/** Rust said the slot breaks only rules a person may override: ask why, then book anyway. */
export function BookAnyway({ message, confirm, onDone, onCancel }: BookAnywayProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  return (
    <form
      className="slot__form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const answer = await confirm(reason);
        setBusy(false);
        if (answer.ok) onDone();
        else setError(answer.error);
      }}
    >
      <p className="slot__warning" data-override-message="">
        {message}
      </p>
      <label className="move-prompt__label" htmlFor={`${ids}-why`}>
        {t("planner.overrideReason")}
      </label>
      <textarea
        id={`${ids}-why`}
        className="move-prompt__input"
        rows={2}
        value={reason}
        // data-autofocus where it opens a dialog, autoFocus where it replaces a form's fields.
        data-autofocus=""
        autoFocus
        aria-invalid={error?.field === "overrideReason" ? true : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      <FieldError error={error} named />
      <div className="move-prompt__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary button--caution" disabled={busy || reason.trim() === ""} data-action="override">
          {t("planner.bookAnyway")}
        </button>
      </div>
    </form>
  );
}
