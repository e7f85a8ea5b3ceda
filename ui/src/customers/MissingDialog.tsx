import { useState } from "react";
import { type AppError, commands, type HeldUnit, type HoldingView, type MissingDecision } from "../bindings";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError } from "../shell/FieldError";

/** What a person may decide about a unit that came back missing. */
export const MISSING_DECISIONS: { decision: MissingDecision; label: string; hint: string }[] = [
  { decision: "found_good", label: "Found, good", hint: "It turned up: back in stock" },
  { decision: "found_damaged", label: "Found, damaged", hint: "It turned up broken: to repair" },
  { decision: "written_off", label: "Written off", hint: "The shop bears the loss: the holding ends" },
  { decision: "charged", label: "Charged to the customer", hint: "The customer pays for it: the holding ends" },
];

type MissingDialogProps = {
  holding: HoldingView;
  unit: HeldUnit;
  onClose: () => void;
  onDone: (holding: HoldingView, said: string) => void;
};

/** The decision on one unit checked in missing, with the person's reason; Rust checks and records it. */
export function MissingDialog({ holding, unit, onClose, onDone }: MissingDialogProps) {
  const [decision, setDecision] = useState<MissingDecision | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const send = async () => {
    if (decision === null) return;
    setSaving(true);
    const a = await call(() => commands.holdingsDecideMissing(holding.id, holding.version, unit.unitId, decision, note));
    setSaving(false);
    if (a.ok) onDone(a.data, `${unit.serial}: ${MISSING_DECISIONS.find((d) => d.decision === decision)!.label.toLowerCase()}.`);
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
        Missing: {unit.serial} ({holding.title})
      </DialogTitle>
      <fieldset className="missing-dialog__choices" data-field="decision">
        <legend>What became of it</legend>
        {MISSING_DECISIONS.map((d, i) => (
          <label key={d.decision} className="missing-dialog__choice">
            <input
              type="radio"
              name="missing-decision"
              value={d.decision}
              checked={decision === d.decision}
              data-autofocus={i === 0 ? "" : undefined}
              onChange={() => setDecision(d.decision)}
            />
            <span>
              <strong>{d.label}</strong>
              <span className="hint"> — {d.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="way-back-dialog__label">
        Reason
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
          Cancel
        </button>
        <button type="submit" className="button button--primary" data-action="decide-missing" disabled={saving || decision === null}>
          {saving ? "Saving…" : "Decide"}
        </button>
      </div>
    </Dialog>
  );
}
