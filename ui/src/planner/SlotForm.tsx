// The one form for a delivery slot: resource, date, start and minutes, in
// local time. The planner's dialog books or moves with it, the item panel
// schedules with it. Suggest asks Rust for the earliest free slot; a slot
// that breaks only rules a person may override asks "Book anyway?" with a
// reason. Every rule about the slot is Rust's answer.

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands } from "../bindings";
import { clockTime } from "../format";
import { i18n } from "../i18n";
import { call, type Outcome } from "../ipc";
import type { Slot } from "../moves/actions";
import { wholeNumber } from "../people";
import { kindLabel } from "../resources/resourceDraft";
import { DateField } from "../shell/DateField";
import { FieldError } from "../shell/FieldError";
import { BookAnyway } from "./BookAnyway";
import { dayLabel, hhmm, instantAt, localDayOf, minutesInDay, parseHhmm } from "./time";
import "./slotForm.css";

/** What the fields hold: a resource, a local day, a local start ("09:00") and a length in minutes as typed ("60"). */
export type SlotFields = { resourceId: number; day: string; start: string; minutes: string };

type SlotFormProps = {
  resources: readonly { id: number; name: string; kind: string }[];
  initial: SlotFields;
  /** The submit button's words and `data-action`, e.g. "Book" and "schedule". */
  submit: { label: string; action: string };
  /** Sends the slot; `overrideReason` once Rust said a person may override what it breaks. */
  send: (slot: Slot, overrideReason: string | null) => Promise<Outcome<unknown>>;
  /** The item whose earliest free slot Suggest asks Rust for; no Suggest without one. */
  suggestFor?: number;
  onDone: () => void;
};

/** A slot Rust suggested, as the form's fields: the same conversions a booking's fields use. */
export function slotFields(resourceId: number, start: string, end: string): SlotFields {
  const day = localDayOf(start);
  const from = minutesInDay(start, day);
  return { resourceId, day, start: hhmm(from), minutes: String(minutesInDay(end, day) - from) };
}

/** The slot the fields describe, or what keeps them from being sent at all. */
function slotOf(form: SlotFields): Slot | AppError {
  const start = parseHhmm(form.start);
  if (start === null) return { code: "validation", message: i18n.t("planner.enterStart"), field: "start" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day)) return { code: "validation", message: i18n.t("planner.pickDate"), field: "day" };
  return { resourceId: form.resourceId, start: instantAt(form.day, start), end: instantAt(form.day, start + wholeNumber(form.minutes)) };
}

export function SlotForm({ resources, initial, submit, send, suggestFor, onDone }: SlotFormProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [form, setForm] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [suggested, setSuggested] = useState<string | null>(null);
  const [override, setOverride] = useState<{ slot: Slot; message: string } | null>(null);

  /** A person's own change: the suggestion line no longer describes the fields. */
  function edit(patch: Partial<SlotFields>) {
    setForm((f) => ({ ...f, ...patch }));
    setSuggested(null);
  }

  /** Fills the fields with Rust's earliest free slot of these minutes; books nothing. */
  async function suggest(itemId: number) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setSuggested(null);
    const r = await call(() => commands.itemSuggestSlot(itemId, wholeNumber(form.minutes)));
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    const s = r.data;
    const filled = slotFields(s.resourceId, s.start, s.end);
    setForm(filled);
    setSuggested(
      i18n.t("planner.suggests", {
        resource: s.resourceName,
        day: dayLabel(filled.day),
        from: clockTime(s.start),
        to: clockTime(s.end),
        submit: submit.label,
      }),
    );
  }

  async function book() {
    const slot = slotOf(form);
    if ("code" in slot) {
      setError(slot);
      return;
    }
    setBusy(true);
    setError(null);
    setSuggested(null);
    const r = await send(slot, null);
    setBusy(false);
    if (r.ok) onDone();
    else if (r.error.code === "overridable") setOverride({ slot, message: r.error.message });
    else setError(r.error);
  }

  if (override) {
    return (
      <BookAnyway
        message={override.message}
        confirm={(reason) => send(override.slot, reason)}
        onDone={onDone}
        onCancel={() => setOverride(null)}
      />
    );
  }

  return (
    <form
      className="slot__form"
      onSubmit={(e) => {
        e.preventDefault();
        void book();
      }}
    >
      <label className="slot__field" htmlFor={`${ids}-res`}>
        <span>{t("planner.resource")}</span>
        <select
          id={`${ids}-res`}
          className="field"
          value={form.resourceId}
          data-autofocus=""
          aria-invalid={error?.field === "resourceId" ? true : undefined}
          onChange={(e) => edit({ resourceId: Number(e.target.value) })}
        >
          {resources.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({kindLabel(r.kind)})
            </option>
          ))}
        </select>
      </label>
      <div className="slot__row">
        <DateField
          label={t("planner.date")}
          className="slot__field"
          value={form.day}
          data-field="day"
          aria-invalid={error?.field === "day" ? true : undefined}
          onChange={(day) => edit({ day })}
        />
        <label className="slot__field" htmlFor={`${ids}-start`}>
          <span>{t("planner.start")}</span>
          <input
            id={`${ids}-start`}
            className="field"
            type="time"
            step={900}
            value={form.start}
            aria-invalid={error?.field === "start" ? true : undefined}
            onChange={(e) => edit({ start: e.target.value })}
          />
        </label>
        <label className="slot__field" htmlFor={`${ids}-dur`}>
          <span>{t("planner.minutesLabel")}</span>
          <input
            id={`${ids}-dur`}
            className="field"
            inputMode="numeric"
            value={form.minutes}
            aria-invalid={error?.field === "end" || error?.field === "durationMinutes" ? true : undefined}
            onChange={(e) => edit({ minutes: e.target.value })}
          />
        </label>
      </div>
      <p className="hint" id={`${ids}-hint`}>
        {t("planner.slotHint")}
        {suggestFor !== undefined && ` ${t("planner.suggestHint")}`}
      </p>
      {suggestFor !== undefined && (
        // Always there (empty until a suggestion) so a screen reader announces what Suggest filled in.
        <p className="slot__suggested" role="status" data-suggested={suggested ? "" : undefined}>
          {suggested}
        </p>
      )}
      <FieldError error={error} named />
      <div className="move-prompt__actions">
        {suggestFor !== undefined && (
          <button
            type="button"
            className="button"
            // Not disabled while Rust answers: a disabled button would drop the keyboard's focus.
            aria-busy={busy || undefined}
            data-action="dialog-suggest"
            aria-describedby={`${ids}-hint`}
            onClick={() => void suggest(suggestFor)}
          >
            {t("planner.suggest")}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-action={submit.action}>
          {submit.label}
        </button>
      </div>
    </form>
  );
}
