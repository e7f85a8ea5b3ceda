// Preparing by scan, in the item panel: the units reserved for the item are
// asked for one scan at a time. Rust answers every line (reserved for this
// item, a stand-in whose reservation moves here, or why not) and says when
// the item can be marked prepared; the accepted scans go with "Mark
// prepared", taken all in one transaction or none.

import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type MoveOption, type PickLine } from "../bindings";
import { call, type Outcome } from "../ipc";
import type { ActionSubject } from "../moves/actions";
import { runMove } from "../moves/runMove";
import { ScanField, ScanLines, useLatestAnswer } from "../scan/ScanField";
import { FieldError } from "../shell/FieldError";

type PrepareScanProps = {
  /** Rust's "Mark prepared" move: whether it can run now, and why not. */
  move: MoveOption;
  subject: ActionSubject;
  told: (result: Outcome<unknown>) => Outcome<unknown>;
  onDone: () => void;
};

export function PrepareScan({ move, subject, told, onDone }: PrepareScanProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [scans, setScans] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const { itemId } = subject;
  const ask = useCallback((batch: string[]) => call(() => commands.itemPrepareCheck(itemId, batch)), [itemId]);
  const { answer: check, error: checkError } = useLatestAnswer(scans, ask);
  const answered = check !== null && check.lines.length === scans.length;
  const lineAnswer = (i: number): PickLine | null => {
    const l = answered ? check.lines[i] : undefined;
    return l && l.serial === scans[i]?.trim() ? l : null;
  };

  const markPrepared = async () => {
    if (!answered) return;
    setBusy(true);
    setSaveError(null);
    const accepted = scans.filter((_, i) => check.lines[i]?.accepted);
    // Run as the move it is, so Ctrl+Z on the board takes it back like any other.
    const result = told(await runMove(move, subject, { scans: accepted }));
    setBusy(false);
    if (!result.ok) setSaveError(result.error);
    else onDone();
  };

  const why = !move.enabled ? move.disabledReason : null;
  const ready = !busy && move.enabled && answered && check.complete;
  return (
    <div className="prepare-scan" data-prepare-scan="">
      <ScanField
        label={t("prepare.scanEach")}
        scan="prepare"
        inputRef={fieldRef}
        autoFocus
        value={code}
        placeholder={t("prepare.placeholder")}
        onChange={setCode}
        onEnter={(value) => {
          // Enter with nothing typed, once Rust says every unit is scanned, marks it prepared (a scanner's last Enter).
          if (value.trim() === "") {
            if (ready) void markPrepared();
            return;
          }
          setScans((s) => [...s, value]);
          setCode("");
          setSaveError(null);
          fieldRef.current?.focus();
        }}
      />
      {check && (
        <ul className="prepare-scan__expected" aria-label={t("prepare.reserved")}>
          {check.expected.map((e) => (
            <li key={e.serial} data-covered={e.coveredBy !== null}>
              <span className="prepare-scan__mark" aria-hidden="true">
                {e.coveredBy !== null ? "✓" : "○"}
              </span>
              <span className="prepare-scan__serial">{e.serial}</span>
              <span className="prepare-scan__state">
                {e.coveredBy === null ? t("prepare.toScan") : e.coveredBy === e.serial ? t("prepare.scanned") : t("prepare.instead", { serial: e.coveredBy })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {scans.length > 0 && (
        <ScanLines
          label={t("stock.scannedUnits")}
          lines={scans.map((serial, i) => {
            const l = lineAnswer(i);
            return { serial, state: l === null ? "checking" : l.accepted ? "accepted" : "refused", answer: l?.answer ?? "" };
          })}
          onRemove={(i) => {
            setScans((all) => all.filter((_, j) => j !== i));
            fieldRef.current?.focus();
          }}
        />
      )}
      <div className="prepare-scan__actions move" data-move={move.action}>
        <button
          type="button"
          className="button button--primary move__button"
          data-action={move.action}
          disabled={!ready}
          onClick={() => void markPrepared()}
        >
          {busy ? t("prepare.marking") : t("prepare.mark")}
        </button>
        <p className="move__why" role="status">
          {why ?? (answered && !check.complete ? check.prepareLabel : "")}
        </p>
      </div>
      <FieldError error={saveError ?? checkError} named />
    </div>
  );
}
