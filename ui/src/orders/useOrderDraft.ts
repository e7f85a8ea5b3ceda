// The New order form's draft while a person types: its edits, where Rust's
// refusal sits, and which control takes focus after the next render.

import { useRef, useState } from "react";
import type { AppError } from "../bindings";
import { deskNow } from "../clock";
import { addDays, localIsoDate } from "../format";
import { useFieldErrors } from "../shell/useFieldErrors";
import {
  type AddressDraft,
  controlFor,
  emptyDraft,
  emptyLine,
  emptySpec,
  isDirty,
  type LineDraft,
  type OrderDraft,
  typeAddress,
} from "./orderForm";

/** How long the default date window is, in days after its start. */
const DEFAULT_WINDOW_DAYS = 7;

function freshDraft(): OrderDraft {
  const today = localIsoDate(deskNow());
  return emptyDraft(today, addDays(today, DEFAULT_WINDOW_DAYS));
}

/** A refusal's place: the `data-field` key of the control it names, or "form". */
export type OrderErrorPlace = { at: string };

/** The edits the form's controls make. */
export type OrderEdits = ReturnType<typeof useOrderDraft>["edit"];

/** `onEdit` hears every change the person makes (an open "Discard?" question goes). */
export function useOrderDraft(onEdit: () => void) {
  const [pristine, setPristine] = useState<OrderDraft>(freshDraft);
  const [draft, setDraft] = useState<OrderDraft>(pristine);
  // Rust's field paths count lines by where they stood in the draft it answered.
  const [answered, setAnswered] = useState<OrderDraft>(pristine);
  const errors = useFieldErrors<OrderErrorPlace>((e) => (e ? { at: controlFor(e.field, answered) } : null));
  /** A control to focus after the next render (a new line, a new spec row, an error). */
  const focusNext = useRef<string | null>(null);

  /** Changes the draft; an error on a control being changed is answered, so it goes. */
  const update = (control: string | string[], change: (d: OrderDraft) => OrderDraft) => {
    setDraft(change);
    const controls = Array.isArray(control) ? control : [control];
    errors.clearIf((p) => controls.includes(p.at));
    onEdit();
  };

  const updateLine = (lineId: number, control: string, change: (l: LineDraft) => LineDraft) =>
    update(control, (d) => ({ ...d, lines: d.lines.map((l) => (l.id === lineId ? change(l) : l)) }));

  const edit = {
    update,
    updateLine,

    addLine() {
      const line = emptyLine();
      focusNext.current = `line:${line.id}:service`;
      update("items", (d) => ({ ...d, lines: [...d.lines, line] }));
    },

    removeLine(lineId: number) {
      const index = draft.lines.findIndex((l) => l.id === lineId);
      const neighbour = draft.lines[index + 1] ?? draft.lines[index - 1];
      focusNext.current = neighbour ? `line:${neighbour.id}:service` : "add-line";
      update(`line:${lineId}:service`, (d) => ({ ...d, lines: d.lines.filter((l) => l.id !== lineId) }));
      errors.clearIf((p) => p.at.startsWith(`line:${lineId}:`));
    },

    addSpec(lineId: number) {
      const row = emptySpec();
      focusNext.current = `spec:${row.id}:key`;
      updateLine(lineId, `line:${lineId}:specs`, (l) => ({ ...l, specs: [...l.specs, row] }));
    },

    removeSpec(line: LineDraft, rowId: number) {
      const index = line.specs.findIndex((s) => s.id === rowId);
      const neighbour = line.specs[index + 1] ?? line.specs[index - 1];
      focusNext.current = neighbour ? `spec:${neighbour.id}:key` : `line:${line.id}:add-spec`;
      updateLine(line.id, `spec:${rowId}:value`, (l) => ({ ...l, specs: l.specs.filter((s) => s.id !== rowId) }));
    },

    setAddress(field: keyof AddressDraft, value: string) {
      update(`address.${field}`, (d) => typeAddress(d, field, value));
    },
  };

  return {
    draft,
    dirty: isDirty(draft, pristine),
    errors,
    focusNext,
    edit,
    /** Rust refused `sent`: its error goes beside the control it names, which takes focus. */
    refused(sent: OrderDraft, error: AppError) {
      const at = controlFor(error.field, sent);
      setAnswered(sent);
      errors.setError(error);
      focusNext.current = at === "form" ? "form-error" : at;
    },
    startOver() {
      const fresh = freshDraft();
      setPristine(fresh);
      setDraft(fresh);
      errors.setError(null);
      focusNext.current = "customer";
    },
  };
}
