import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
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
  const [text, setText] = useState("");
  const ref = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const isNote = prompt.input === "note";
  const fieldLabel = isNote ? "Note (optional)" : "Reason";

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(text);
  };

  // Esc cancels; Tab stays inside the dialog.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== "Tab" || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>("input, button:not(:disabled)")];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="move-prompt__backdrop" onPointerDown={(e) => e.target === e.currentTarget && onCancel()}>
      <form
        ref={ref}
        className="move-prompt"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-item`}
        onSubmit={submit}
        onKeyDown={onKeyDown}
      >
        <h2 className="move-prompt__title" id={`${id}-title`}>
          {prompt.move.label}
        </h2>
        <p className="move-prompt__item" id={`${id}-item`}>
          {prompt.card.orderNumber} · {prompt.card.title}
        </p>
        <label className="move-prompt__label" htmlFor={`${id}-text`}>
          {fieldLabel}
        </label>
        <input
          ref={inputRef}
          id={`${id}-text`}
          className="move-prompt__input"
          type="text"
          value={text}
          autoComplete="off"
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
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={prompt.running}>
            {prompt.running ? "Working…" : prompt.move.label}
          </button>
        </div>
      </form>
    </div>
  );
}
