import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, type CheckInCondition, type CheckInView, commands, type MoveOption } from "../bindings";
import { type WordKey, wordsOf } from "../i18n";
import { call, type Outcome } from "../ipc";
import { type ActionSubject, runAction } from "../moves/actions";
import { ScanField } from "../scan/ScanField";
import { FieldError } from "../shell/FieldError";

const CONDITIONS = [
  { key: "good", label: "checkIn.good", hint: "checkIn.goodHint" },
  { key: "damaged", label: "checkIn.damaged", hint: "checkIn.damagedHint" },
  { key: "missing", label: "checkIn.missing", hint: "checkIn.missingHint" },
] as const satisfies readonly { key: CheckInCondition; label: WordKey; hint: WordKey }[];

/** A unit's condition as the panel says it; a new condition in Rust fails to compile here. */
const CONDITION_WORDS = wordsOf<CheckInCondition>({ good: "checkIn.goodWord", damaged: "checkIn.damagedWord", missing: "checkIn.missingWord" });

type ScanAnswer = { code: string; ok: boolean; text: string };

type CheckInPanelProps = {
  move: MoveOption;
  subject: ActionSubject;
  told: (result: Outcome<unknown>) => Outcome<unknown>;
  onDone: () => void;
};

/**
 * D8 check-in at the counter: scan each unit that came back, with the
 * condition chosen beside the field (good stays chosen, so a box of good
 * units is fifty scans in a row). Rust answers each scan beside its line
 * (checked in, or why not), then the return is closed.
 */
export function CheckInPanel({ move, subject, told, onDone }: CheckInPanelProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<CheckInView | null>(null);
  const [code, setCode] = useState("");
  const [condition, setCondition] = useState<CheckInCondition>("good");
  const [note, setNote] = useState("");
  const [answers, setAnswers] = useState<ScanAnswer[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [closing, setClosing] = useState(false);
  const scanRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void call(() => commands.checkInGet(subject.itemId)).then((a) => {
      if (!live) return;
      if (a.ok) setView(a.data);
      else setError(a.error);
    });
    return () => {
      live = false;
    };
  }, [subject.itemId]);

  const scanned = async (serial: string) => {
    setCode("");
    scanRef.current?.focus();
    const a = await call(() => commands.checkInScan(subject.itemId, view?.version ?? subject.version, serial, condition, note));
    if (a.ok) {
      setView(a.data);
      setAnswers((all) => [{ code: serial.trim(), ok: true, text: t("checkIn.checkedIn", { condition: CONDITION_WORDS[condition] }) }, ...all]);
      setNote("");
      setCondition("good");
      setError(null);
    } else {
      setAnswers((all) => [{ code: serial.trim(), ok: false, text: a.error.message }, ...all]);
      setError(a.error.field === "note" ? a.error : null);
    }
  };

  const close = async () => {
    setClosing(true);
    const result = told(await runAction("check_in", { ...subject, version: view?.version ?? subject.version }));
    setClosing(false);
    if (!result.ok) setError(result.error);
    else onDone();
  };

  const idBase = `check-in-${subject.itemId}`;
  return (
    <div className="check-in" data-check-in={subject.itemId}>
      {view && (
        <p className="hint">
          {t("checkIn.from", {
            title: view.title,
            person: view.person,
            customer: view.customer,
            state: view.remaining === 0 ? t("checkIn.allIn") : t("checkIn.remaining", { n: view.remaining, count: view.units.length }),
          })}
        </p>
      )}
      <fieldset className="check-in__conditions">
        <legend>{t("checkIn.conditionNext")}</legend>
        {CONDITIONS.map((c) => (
          <label key={c.key} className="check-in__condition">
            <input
              type="radio"
              name={`${idBase}-condition`}
              value={c.key}
              checked={condition === c.key}
              onChange={() => setCondition(c.key)}
            />
            {t(c.label)} <span className="check-in__condition-hint">({t(c.hint)})</span>
          </label>
        ))}
      </fieldset>
      {condition !== "good" && (
        <label className="scan-field">
          {t("order.note")}
          <input
            className="field"
            data-check-in-note
            value={note}
            aria-invalid={error?.field === "note" ? true : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
      )}
      <ScanField label={t("stock.scanSerial")} scan="check-in" inputRef={scanRef} value={code} onChange={setCode} onEnter={(c) => c.trim() !== "" && void scanned(c)} autoFocus />
      {answers.length > 0 && (
        <ol className="scan-lines" aria-label={t("checkIn.scans")} aria-live="polite">
          {answers.map((a, i) => (
            <li key={answers.length - i} className={`scan-line scan-line--${a.ok ? "accepted" : "refused"}`} data-state={a.ok ? "accepted" : "refused"}>
              <span className="scan-line__n">{answers.length - i}</span>
              <span className="scan-line__serial">{a.code}</span>
              <span className="scan-line__answer">{a.text}</span>
            </li>
          ))}
        </ol>
      )}
      {view && (
        <ul className="check-in__units" aria-label={t("checkIn.units")}>
          {view.units.map((u) => (
            <li key={u.unitId} data-unit-serial={u.serial} data-condition={u.condition ?? "open"}>
              <span className="scan-line__serial">{u.serial}</span> {u.inventoryNumber} —{" "}
              {u.condition == null ? t("checkIn.toCheckIn") : `${CONDITION_WORDS[u.condition]}${u.note ? `: ${u.note}` : ""}`}
            </li>
          ))}
        </ul>
      )}
      <FieldError error={error} named />
      <button
        type="button"
        className="button button--primary"
        data-action="close-check-in"
        disabled={closing || !view?.canClose}
        onClick={() => void close()}
      >
        {t("checkIn.close", { move: move.label })}
      </button>
    </div>
  );
}
