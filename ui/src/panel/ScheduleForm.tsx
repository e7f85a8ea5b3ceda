import { useEffect, useId, useState } from "react";
import { type AppError, type MoveOption, type ResourceRef, commands } from "../bindings";
import { call, type Outcome } from "../ipc";
import type { Slot } from "../moves/actions";
import { FieldError } from "../shell/FieldError";

type ScheduleFormProps = {
  move: MoveOption;
  schedule: (slot: Slot) => Promise<Outcome<unknown>>;
  onDone: () => void;
};

type SlotForm = { resourceId: number | null; start: string; end: string };

/** A `datetime-local` value ("2026-12-01T09:00", local time) as RFC 3339 UTC; null if empty or invalid. */
export function localToUtc(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return null;
  return at.toISOString().replace(/\.000Z$/, "Z");
}

/** The slot the form holds, or why it cannot be sent at all; every rule about the slot is Rust's answer. */
function slotOf(form: SlotForm): Slot | AppError {
  const invalid = (message: string, field: string): AppError => ({ code: "validation", message, field });
  if (form.resourceId === null) return invalid("Choose a resource.", "resourceId");
  const start = localToUtc(form.start);
  if (!start) return invalid("Enter a start time.", "start");
  const end = localToUtc(form.end);
  if (!end) return invalid("Enter an end time.", "end");
  return { resourceId: form.resourceId, start, end };
}

/** A minimal slot form until the planner exists: resource, start and end. Rust checks the slot. */
export function ScheduleForm({ move, schedule, onDone }: ScheduleFormProps) {
  const ids = useId();
  const [resources, setResources] = useState<ResourceRef[] | null>(null);
  const [form, setForm] = useState<SlotForm>({ resourceId: null, start: "", end: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!move.enabled) return;
    let live = true;
    void call(() => commands.referenceGet()).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const list = result.data.resources;
      setResources(list);
      setForm((f) => (f.resourceId === null && list[0] ? { ...f, resourceId: list[0].id } : f));
    });
    return () => {
      live = false;
    };
  }, [move.enabled]);

  async function submit() {
    const slot = slotOf(form);
    if ("code" in slot) {
      setError(slot);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await schedule(slot);
    setBusy(false);
    if (!result.ok) setError(result.error);
    else onDone();
  }

  return (
    <div className="slot" data-move={move.action}>
      <h4 className="candidates__title">{move.label}</h4>
      {!move.enabled ? (
        move.disabledReason && <p className="move__why">{move.disabledReason}</p>
      ) : (
        <form
          className="slot__form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label className="slot__field" htmlFor={`${ids}-res`}>
            <span>Resource</span>
            <select
              id={`${ids}-res`}
              className="field"
              value={form.resourceId ?? ""}
              disabled={resources === null}
              aria-invalid={error?.field === "resourceId" ? true : undefined}
              onChange={(e) => setForm({ ...form, resourceId: e.target.value ? Number(e.target.value) : null })}
            >
              {resources === null && <option value="">Loading…</option>}
              {resources?.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({r.kind})
                </option>
              ))}
            </select>
          </label>
          <div className="slot__times">
            <label className="slot__field" htmlFor={`${ids}-start`}>
              <span>Start</span>
              <input
                id={`${ids}-start`}
                className="field"
                type="datetime-local"
                value={form.start}
                aria-invalid={error?.field === "start" ? true : undefined}
                onChange={(e) => setForm({ ...form, start: e.target.value })}
              />
            </label>
            <label className="slot__field" htmlFor={`${ids}-end`}>
              <span>End</span>
              <input
                id={`${ids}-end`}
                className="field"
                type="datetime-local"
                value={form.end}
                aria-invalid={error?.field === "end" ? true : undefined}
                onChange={(e) => setForm({ ...form, end: e.target.value })}
              />
            </label>
          </div>
          <div className="move__form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Schedule
            </button>
            <span className="panel__hint">Times are local; the planner will offer drag and drop.</span>
          </div>
        </form>
      )}
      <FieldError error={error} named />
    </div>
  );
}
