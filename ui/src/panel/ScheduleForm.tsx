import { useEffect, useId, useState } from "react";
import { type AppError, type MoveOption, type ResourceRef, commands } from "../bindings";
import { call } from "../ipc";
import type { CommandResult, SlotForm } from "./moveCommand";
import { FieldError } from "../shell/FieldError";

type ScheduleFormProps = {
  move: MoveOption;
  schedule: (form: SlotForm) => Promise<CommandResult>;
  onDone: () => void;
};

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
    setBusy(true);
    setError(null);
    const result = await schedule(form);
    setBusy(false);
    if (result.status === "error") setError(result.error);
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
