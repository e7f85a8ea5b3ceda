import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog, DialogTitle } from "../../shell/Dialog";
import type { PromptState } from "./useMoves";

type MovePromptProps = {
  prompt: PromptState;
  onSubmit: (text: string) => void;
  onCancel: () => void;
};

/**
 * Asks for the note or reason a move needs. A note may be empty; a reason
 * is required, but Rust says so (its refusal shows here), not this dialog.
 */
export function MovePrompt({ prompt, onSubmit, onCancel }: MovePromptProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const id = useId();
  const isNote = prompt.input === "note";
  const fieldLabel = isNote ? t("moves.noteOptional") : t("moves.reason");

  return (
    <Dialog
      className="move-prompt"
      backdropClassName="move-prompt__backdrop"
      onClose={onCancel}
      aria-describedby={`${id}-item`}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(text);
      }}
    >
      <DialogTitle className="move-prompt__title">{prompt.move.label}</DialogTitle>
      <p className="move-prompt__item" id={`${id}-item`}>
        {prompt.card.orderNumber} · {prompt.card.title}
      </p>
      <label className="move-prompt__label" htmlFor={`${id}-text`}>
        {fieldLabel}
      </label>
      <input
        id={`${id}-text`}
        className="move-prompt__input"
        type="text"
        value={text}
        autoComplete="off"
        data-autofocus=""
        aria-invalid={prompt.error ? true : undefined}
        aria-errormessage={prompt.error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {prompt.error && (
        <p className="move-prompt__error" id={`${id}-error`} role="alert">
          {prompt.error}
        </p>
      )}
      <div className="move-prompt__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary" disabled={prompt.running}>
          {prompt.running ? t("moves.working") : prompt.move.label}
        </button>
      </div>
    </Dialog>
  );
}
