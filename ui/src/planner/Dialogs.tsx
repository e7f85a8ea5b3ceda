// The planner's dialogs: the keyboard path (book or move by resource, date,
// start and duration, or Rust's suggested slot, plus a booking's delivery
// steps), "Book anyway?" with a reason, and the Plan-the-day report. Every
// answer shown is Rust's.

import { type ReactNode, useId, useState } from "react";
import type { AppError, DayPlan, PlannerResource, QueueEntry } from "../bindings";
import { clockTime, plural } from "../format";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError } from "../shell/FieldError";
import { type Booking, suggestSlot } from "./api";
import { kindLabel } from "../resources/resourceDraft";
import { bookingStatusLabel } from "./PlannerGrid";
import { dayLabel, hhmm, localDayOf, minutesInDay, parseHhmm, windowLabel, workMinutes } from "./time";

/** What a planner write came back with: done, refused (shown where it was asked), or an override dialog took over. */
export type Answer = "done" | "override" | AppError;

type PlannerDialogProps = {
  title: string;
  /** The dialog's own class, e.g. "planner-dialog--slot". */
  className: string;
  onClose: () => void;
  children: ReactNode;
};

/** The planner's dialogs: the board's prompt, a little wider. */
function PlannerDialog({ title, className, onClose, children }: PlannerDialogProps) {
  return (
    <Dialog
      className={`move-prompt planner-dialog ${className}`}
      backdropClassName="move-prompt__backdrop planner-dialog__backdrop"
      onClose={onClose}
    >
      <DialogTitle className="move-prompt__title">{title}</DialogTitle>
      {children}
    </Dialog>
  );
}

// ---------------------------------------------------------------------------

export type SlotSubject =
  | { kind: "queue"; entry: QueueEntry }
  | { kind: "booking"; booking: Booking; resource: PlannerResource };

export type SlotChoice = { resourceId: number; day: string; start: number; end: number };

export type BookingAction = { kind: "unschedule" } | { kind: "dispatch" } | { kind: "delivered" } | { kind: "failed"; reason: string };

type SlotDialogProps = {
  subject: SlotSubject;
  resources: PlannerResource[];
  day: string;
  duration: number;
  onSlot: (choice: SlotChoice) => Promise<Answer>;
  onAction: (action: BookingAction) => Promise<Answer>;
  onClose: () => void;
};

function initial(subject: SlotSubject, resources: PlannerResource[], day: string, duration: number) {
  if (subject.kind === "booking") {
    const b = subject.booking;
    const d = localDayOf(b.start);
    const start = minutesInDay(b.start, d);
    return { resourceId: subject.resource.id, day: d, start: hhmm(start), duration: minutesInDay(b.end, d) - start };
  }
  const first = resources[0];
  return {
    resourceId: first?.id ?? 0,
    day,
    start: first ? hhmm(workMinutes(first, day).start) : "09:00",
    duration,
  };
}

/** Rust's suggested slot as the dialog's fields: its local day, local start and length (the same conversions a booking's fields use). */
function fromSuggestion(start: string, end: string) {
  const day = localDayOf(start);
  const from = minutesInDay(start, day);
  return { day, start: hhmm(from), duration: minutesInDay(end, day) - from };
}

/** The keyboard path: pick resource, date, start and duration (or ask Rust to suggest them); for a booking also its delivery steps. */
export function SlotDialog({ subject, resources, day, duration, onSlot, onAction, onClose }: SlotDialogProps) {
  const ids = useId();
  const [form, setForm] = useState(() => initial(subject, resources, day, duration));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [failing, setFailing] = useState<string | null>(null);
  const [suggested, setSuggested] = useState<string | null>(null);

  const booking = subject.kind === "booking" ? subject.booking : null;
  const title = subject.kind === "queue" ? `Book ${subject.entry.orderNumber}` : `Booking ${subject.booking.orderNumber}`;

  async function run(task: () => Promise<Answer>) {
    setBusy(true);
    setError(null);
    const answer = await task();
    setBusy(false);
    if (answer === "done" || answer === "override") onClose();
    else setError(answer);
  }

  /** A person's own change: the suggestion line no longer describes the fields. */
  function edit(patch: Partial<typeof form>) {
    setForm((f) => ({ ...f, ...patch }));
    setSuggested(null);
  }

  /** Asks Rust for the earliest free slot of this length and fills the fields with it; books nothing. */
  async function suggest() {
    if (subject.kind !== "queue" || busy) return;
    setBusy(true);
    setError(null);
    setSuggested(null);
    const r = await suggestSlot(subject.entry.itemId, form.duration);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    const s = r.data;
    const filled = fromSuggestion(s.start, s.end);
    setForm({ resourceId: s.resourceId, ...filled });
    setSuggested(`Rust suggests ${s.resourceName}, ${dayLabel(filled.day)} ${clockTime(s.start)}–${clockTime(s.end)}. Book to take it.`);
  }

  function submit() {
    const start = parseHhmm(form.start);
    if (start === null) {
      setError({ code: "validation", message: "Enter a start time like 09:00.", field: "start" });
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day)) {
      setError({ code: "validation", message: "Pick a date.", field: "day" });
      return;
    }
    setSuggested(null);
    void run(() => onSlot({ resourceId: form.resourceId, day: form.day, start, end: start + form.duration }));
  }

  return (
    <PlannerDialog title={title} onClose={onClose} className="planner-dialog--slot">
      <p className="move-prompt__item">
        {subject.kind === "queue" ? (
          <>
            {subject.entry.customerName} · {plural(subject.entry.units, "unit")} · window{" "}
            {windowLabel(subject.entry.windowStart, subject.entry.windowEnd)}
          </>
        ) : (
          <>
            {subject.booking.customerName} · {plural(subject.booking.units, "unit")} · {subject.resource.name},{" "}
            {dayLabel(localDayOf(subject.booking.start))} {clockTime(subject.booking.start)}–{clockTime(subject.booking.end)} ·{" "}
            <span className="planner-dialog__status" data-status={subject.booking.status}>
              {bookingStatusLabel(subject.booking)}
            </span>
          </>
        )}
      </p>
      {booking?.overrideReason && (
        <p className="planner-dialog__override">
          <span aria-hidden="true">⚑ </span>Booked with an override: {booking.overrideReason}
        </p>
      )}
      {(booking === null || booking.status === "scheduled") && (
        <form
          className="planner-dialog__form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label className="slot__field" htmlFor={`${ids}-res`}>
            <span>Resource</span>
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
          <div className="planner-dialog__row">
            <label className="slot__field" htmlFor={`${ids}-day`}>
              <span>Date</span>
              <input
                id={`${ids}-day`}
                className="field"
                type="date"
                value={form.day}
                onChange={(e) => edit({ day: e.target.value })}
              />
            </label>
            <label className="slot__field" htmlFor={`${ids}-start`}>
              <span>Start</span>
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
              <span>Minutes</span>
              <input
                id={`${ids}-dur`}
                className="field"
                type="number"
                min={15}
                step={15}
                value={form.duration}
                aria-invalid={error?.field === "end" || error?.field === "durationMinutes" ? true : undefined}
                onChange={(e) => edit({ duration: Number(e.target.value) || 0 })}
              />
            </label>
          </div>
          <p className="panel__hint" id={`${ids}-hint`}>
            Local time. Rust checks hours, days off, capacity, skills, the recipient's window and travel.
            {subject.kind === "queue" && " Suggest fills in the earliest free slot Rust finds for these minutes."}
          </p>
          {subject.kind === "queue" && (
            // Always there (empty until a suggestion) so a screen reader announces what Suggest filled in.
            <p className="planner-dialog__suggested" role="status" data-suggested={suggested ? "" : undefined}>
              {suggested}
            </p>
          )}
          <div className="move-prompt__actions">
            {subject.kind === "queue" && (
              <button
                type="button"
                className="button"
                // Not disabled while Rust answers: a disabled button would drop the keyboard's focus.
                aria-busy={busy || undefined}
                data-action="dialog-suggest"
                aria-describedby={`${ids}-hint`}
                onClick={() => void suggest()}
              >
                Suggest
              </button>
            )}
            <button type="submit" className="button button--primary" disabled={busy} data-action={booking ? "reschedule" : "schedule"}>
              {booking ? "Move" : "Book"}
            </button>
          </div>
        </form>
      )}
      {booking && (
        <div className="planner-dialog__steps" role="group" aria-label="Delivery steps">
          {booking.status === "scheduled" && (
            <>
              <button type="button" className="button" disabled={busy} data-action="unschedule" onClick={() => void run(() => onAction({ kind: "unschedule" }))}>
                Unschedule
              </button>
              <button type="button" className="button button--primary" disabled={busy} data-action="dispatch" onClick={() => void run(() => onAction({ kind: "dispatch" }))}>
                Dispatch
              </button>
            </>
          )}
          {booking.status === "in_delivery" && failing === null && (
            <>
              <button type="button" className="button button--primary" disabled={busy} data-action="delivered" data-autofocus="" onClick={() => void run(() => onAction({ kind: "delivered" }))}>
                Delivered
              </button>
              <button type="button" className="button button--caution" disabled={busy} data-action="failed" onClick={() => setFailing("")}>
                Failed…
              </button>
            </>
          )}
          {booking.status === "delivered" && <p className="panel__hint">Delivered. Nothing more to do here.</p>}
        </div>
      )}
      {booking && failing !== null && (
        <form
          className="planner-dialog__form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onAction({ kind: "failed", reason: failing }));
          }}
        >
          <label className="move-prompt__label" htmlFor={`${ids}-fail`}>
            Why did the delivery fail?
          </label>
          <textarea
            id={`${ids}-fail`}
            className="move-prompt__input"
            rows={2}
            value={failing}
            aria-invalid={error?.field === "reason" ? true : undefined}
            onChange={(e) => setFailing(e.target.value)}
          />
          <div className="move-prompt__actions">
            <button type="button" className="button" onClick={() => setFailing(null)}>
              Back
            </button>
            <button type="submit" className="button button--primary button--caution" disabled={busy || failing.trim() === ""} data-action="failed-confirm">
              Back to the queue
            </button>
          </div>
        </form>
      )}
      <FieldError error={error} named />
      <div className="move-prompt__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </PlannerDialog>
  );
}

// ---------------------------------------------------------------------------

type OverrideDialogProps = {
  message: string;
  what: string;
  onConfirm: (reason: string) => Promise<Answer>;
  onCancel: () => void;
};

/** Rust said the slot breaks only rules a person may override: ask for a reason, then book anyway. */
export function OverrideDialog({ message, what, onConfirm, onCancel }: OverrideDialogProps) {
  const ids = useId();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  return (
    <PlannerDialog title="Book anyway?" onClose={onCancel} className="planner-dialog--override">
      <p className="move-prompt__item">{what}</p>
      <p className="planner-dialog__rust" data-override-message="">
        {message}
      </p>
      <form
        className="planner-dialog__form"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          const answer = await onConfirm(reason);
          setBusy(false);
          if (answer === "done" || answer === "override") onCancel();
          else setError(answer);
        }}
      >
        <label className="move-prompt__label" htmlFor={`${ids}-why`}>
          Reason for the override (logged)
        </label>
        <textarea
          id={`${ids}-why`}
          className="move-prompt__input"
          rows={2}
          value={reason}
          data-autofocus=""
          aria-invalid={error?.field === "overrideReason" ? true : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <FieldError error={error} named />
        <div className="move-prompt__actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary button--caution" disabled={busy || reason.trim() === ""} data-action="override">
            Book anyway
          </button>
        </div>
      </form>
    </PlannerDialog>
  );
}

// ---------------------------------------------------------------------------

/** What Plan the day did: how much it placed, and every delivery it could not place with Rust's reason. */
export function PlanReport({ day, plan, onClose }: { day: string; plan: DayPlan; onClose: () => void }) {
  const deliveries = new Set(plan.placed.map((p) => p.itemId)).size;
  return (
    <PlannerDialog title={`Plan for ${dayLabel(day)}`} onClose={onClose} className="planner-dialog--report">
      <p className="planner-report__placed" data-placed={plan.placed.length}>
        {plan.placed.length === 0 ? "Nothing was placed." : `Placed ${plural(deliveries, "item")} on the planner.`}
      </p>
      {plan.unplaced.length > 0 ? (
        <>
          <h3 className="planner-report__title">Could not place {plan.unplaced.length} {plan.unplaced.length === 1 ? "delivery" : "deliveries"}</h3>
          <ul className="planner-report__list">
            {plan.unplaced.map((u) => (
              <li key={u.itemId} className="planner-report__row" data-unplaced={u.itemId}>
                <strong>{u.orderNumber}</strong> <span className="planner-report__reason">{u.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="panel__hint">Every delivery the day allows found a slot.</p>
      )}
      <div className="move-prompt__actions">
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus="">
          Close
        </button>
      </div>
    </PlannerDialog>
  );
}
