// The one way of scanning: a barcode scanner is a keyboard that types fast
// and ends with Enter. `ScanField` hands each code over on Enter and keeps
// focus, `ScanLines` draws each scanned line with Rust's answer beside it,
// and `useLatestAnswer` asks Rust about the whole batch after every scan,
// drawing only the answer to the latest batch (scans come faster than answers).

import { type KeyboardEvent, type Ref, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError } from "../bindings";
import type { Outcome } from "../ipc";
import "./scan.css";

type ScanFieldProps = {
  label: string;
  /** `data-scan`, naming the field for tests and the e2e suite. */
  scan: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter was pressed with the field's value (a scanner's end of code). */
  onEnter: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  placeholder?: string;
  className?: string;
};

export function ScanField({ label, scan, value, onChange, onEnter, inputRef, autoFocus, placeholder, className }: ScanFieldProps) {
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    onEnter(value);
  };
  return (
    <label className={`scan-field${className ? ` ${className}` : ""}`}>
      {label}
      <input
        ref={inputRef}
        className="field scan-field__input"
        data-scan={scan}
        data-autofocus={autoFocus ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKey}
      />
    </label>
  );
}

/** One scanned line as drawn: Rust's answer, or "checking" until it comes. */
export type ScanLine = {
  serial: string;
  state: "checking" | "accepted" | "refused";
  answer: string;
};

type ScanLinesProps = {
  lines: ScanLine[];
  /** The list's accessible name ("Scanned units"). */
  label: string;
  onRemove: (index: number) => void;
};

export function ScanLines({ lines, label, onRemove }: ScanLinesProps) {
  const { t } = useTranslation();
  return (
    <ol className="scan-lines" aria-label={label} aria-live="polite">
      {lines.map((l, i) => (
        <li key={i} className={`scan-line scan-line--${l.state}`} data-line={i} data-state={l.state}>
          <span className="scan-line__n">{i + 1}</span>
          <span className="scan-line__serial">{l.serial}</span>
          <span className="scan-line__answer">{l.state === "checking" ? t("scan.checking") : l.answer}</span>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={t("scan.removeLine", { n: i + 1, serial: l.serial })}
            onClick={() => onRemove(i)}
          >
            {t("catalog.remove")}
          </button>
        </li>
      ))}
    </ol>
  );
}

/**
 * Rust's answer to `ask` for the latest `batch`: each change of the batch
 * asks again, and an answer to an older batch is dropped. `skip` leaves the
 * answer empty (nothing to ask about).
 */
export function useLatestAnswer<B, T>(
  batch: B,
  ask: (batch: B) => Promise<Outcome<T>>,
  skip = false,
): { answer: T | null; error: AppError | null; clearError: () => void } {
  const [answer, setAnswer] = useState<T | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const asked = useRef(0);
  const askRef = useRef(ask);
  useEffect(() => {
    askRef.current = ask;
  });
  useEffect(() => {
    const n = ++asked.current;
    if (skip) {
      setAnswer(null);
      return;
    }
    void askRef.current(batch).then((a) => {
      if (n !== asked.current) return;
      if (a.ok) setAnswer(a.data);
      else setError(a.error);
    });
  }, [batch, skip]);
  return { answer, error, clearError: () => setError(null) };
}
