import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AppError, CustomerDetail } from "../bindings";
import type { Outcome } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError, FormRefusal } from "../shell/FieldError";
import { useFieldErrors } from "../shell/useFieldErrors";
import { partErrorPlace, sameDraft } from "./customerDraft";

/** One field of a person's or an address's form. */
export type PartField<D> = {
  key: keyof D & string;
  label: string;
  placeholder?: string;
  /** Takes the row's whole width. */
  wide?: boolean;
  multiline?: boolean;
  /** The keyboard a touch screen offers; Rust still checks what is typed. */
  inputMode?: "email" | "tel";
};

type PartDialogProps<D extends Record<string, string>> = {
  title: string;
  /** What the dialog edits, e.g. "person-12" or "new-address": tests find it by this. */
  part: string;
  fields: PartField<D>[];
  initial: D;
  /** The save button's words. */
  label: string;
  save: (draft: D) => Promise<Outcome<CustomerDetail>>;
  onSaved: (customer: CustomerDetail) => void;
  onClose: () => void;
};

/** Adds or edits one of a customer's people or addresses; Rust's refusal sits beside the field it names. */
export function PartDialog<D extends Record<string, string>>({
  title,
  part,
  fields,
  initial,
  label,
  save,
  onSaved,
  onClose,
}: PartDialogProps<D>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(initial);
  const { setError, at, invalid, clearIf } = useFieldErrors(partErrorPlace);
  const [saving, setSaving] = useState(false);
  const dirty = !sameDraft(draft, initial);

  async function submit() {
    setSaving(true);
    const answer = await save(draft);
    setSaving(false);
    if (!answer.ok) return setError(answer.error as AppError);
    onSaved(answer.data);
  }

  return (
    <Dialog
      className="part-dialog"
      backdropClassName="part-dialog__backdrop"
      data-part={part}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <DialogTitle className="part-dialog__title">{title}</DialogTitle>
      <FormRefusal className="part-dialog__banner" error={at("form")} onLoadLatest={null} />
      <div className="part-dialog__fields">
        {fields.map((f, i) => (
          <label key={f.key} className={`cust-field${f.wide ? " cust-field--wide" : ""}`}>
            <span className="cust-field__label">{f.label}</span>
            {f.multiline ? (
              <textarea
                className="field"
                name={f.key}
                value={draft[f.key]}
                placeholder={f.placeholder}
                aria-invalid={invalid(f.key)}
                onChange={(e) => {
                  setDraft((d) => ({ ...d, [f.key]: e.target.value }));
                  clearIf((p) => p.at === f.key);
                }}
              />
            ) : (
              <input
                className="field"
                name={f.key}
                inputMode={f.inputMode}
                value={draft[f.key]}
                placeholder={f.placeholder}
                aria-invalid={invalid(f.key)}
                data-autofocus={i === 0 ? true : undefined}
                onChange={(e) => {
                  setDraft((d) => ({ ...d, [f.key]: e.target.value }));
                  clearIf((p) => p.at === f.key);
                }}
              />
            )}
            <FieldError error={at(f.key)} />
          </label>
        ))}
      </div>
      <div className="part-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary" data-action="save" disabled={saving || !dirty}>
          {saving ? t("common.saving") : label}
        </button>
      </div>
    </Dialog>
  );
}
