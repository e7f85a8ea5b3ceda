import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type HeldUnit, type HoldingView, type MissingDecision } from "../bindings";
import { wordsOf } from "../i18n";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError } from "../shell/FieldError";

/** What a person may decide about a unit that came back missing, in the order offered. */
export const MISSING_DECISIONS: MissingDecision[] = ["found_good", "found_damaged", "written_off", "charged"];

const DECISION = wordsOf<MissingDecision>({
  found_good: "missing.decision.found_good",
  found_damaged: "missing.decision.found_damaged",
  written_off: "missing.decision.written_off",
  charged: "missing.decision.charged",
});

const HINT = wordsOf<MissingDecision>({
  found_good: "missing.hint.found_good",
  found_damaged: "missing.hint.found_damaged",
  written_off: "missing.hint.written_off",
  charged: "missing.hint.charged",
});

type MissingDialogProps = {
  holding: HoldingView;
  unit: HeldUnit;
  onClose: () => void;
  onDone: (holding: HoldingView, said: string) => void;
};

/** The decision on one unit checked in missing, with the person's reason; Rust checks and records it. */
export function MissingDialog({ holding, unit, onClose, onDone }: MissingDialogProps) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<MissingDecision | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const send = async () => {
    if (decision === null) return;
    setSaving(true);
    const a = await call(() => commands.holdingsDecideMissing(holding.id, holding.version, unit.unitId, decision, note));
    setSaving(false);
    if (a.ok) onDone(a.data, t("missing.decided", { serial: unit.serial, decision: DECISION[decision] }));
    else setError(a.error);
  };

  return (
    <Dialog
      className="part-dialog missing-dialog"
      backdropClassName="part-dialog__backdrop"
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <DialogTitle className="part-dialog__title">
        {t("missing.title", { serial: unit.serial, title: holding.title })}
      </DialogTitle>
      <fieldset className="missing-dialog__choices" data-field="decision">
        <legend>{t("missing.what")}</legend>
        {MISSING_DECISIONS.map((d, i) => (
          <label key={d} className="missing-dialog__choice">
            <input
              type="radio"
              name="missing-decision"
              value={d}
              checked={decision === d}
              data-autofocus={i === 0 ? "" : undefined}
              onChange={() => setDecision(d)}
            />
            <span>
              <strong>{DECISION[d]}</strong>
              <span className="hint"> — {HINT[d]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="way-back-dialog__label">
        {t("missing.reason")}
        <input
          className="field"
          data-field="note"
          value={note}
          aria-invalid={error?.field === "note" ? true : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <FieldError error={error} named />
      <div className="part-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary" data-action="decide-missing" disabled={saving || decision === null}>
          {saving ? t("common.saving") : t("missing.decide")}
        </button>
      </div>
    </Dialog>
  );
}
