import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { type AppError, commands, type ReferenceData, type ServiceRef, type SubmitResult } from "../bindings";
import { addDays, localIsoDate, plural } from "../format";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import {
  type AddressDraft,
  chooseCustomer,
  controlFor,
  emptyDraft,
  emptyLine,
  emptySpec,
  isDirty,
  KIND_LABELS,
  type LineDraft,
  OFFER_LABELS,
  type OrderDraft,
  servicesByKind,
  toInput,
  TRANSACTION_TYPES,
} from "./orderForm";
import "./orders.css";

export type NewOrderDialogProps = { onClose: () => void };

/** How long the default date window is, in days after its start. */
const DEFAULT_WINDOW_DAYS = 7;

function freshDraft(): OrderDraft {
  const today = localIsoDate(new Date());
  return emptyDraft(today, addDays(today, DEFAULT_WINDOW_DAYS));
}

type Reference = { loading: true } | { loading: false; data: ReferenceData } | { loading: false; error: AppError };

/** Rust's refusal, placed beside the control it names. */
type FieldError = { control: string; error: AppError };

/** The New order form: customer, recipient, lines from the catalog with specs, window and address. */
export function NewOrderDialog({ onClose }: NewOrderDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLElement>(null);
  const [reference, setReference] = useState<Reference>({ loading: true });
  const [pristine, setPristine] = useState<OrderDraft>(freshDraft);
  const [draft, setDraft] = useState<OrderDraft>(pristine);
  const [fieldError, setFieldError] = useState<FieldError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<SubmitResult | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  /** A control to focus after the next render (a new line, a new spec row, an error). */
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void call(() => commands.referenceGet()).then((r) => {
      if (live) setReference(r.ok ? { loading: false, data: r.data } : { loading: false, error: r.error });
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const key = focusNext.current;
    focusNext.current = null;
    const root = dialogRef.current;
    if (!root) return;
    const target = key ? root.querySelector<HTMLElement>(`[data-field="${key}"]`) : null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: "nearest" });
    }
  });

  // First focus: the customer once the catalog is there, the dialog meanwhile.
  useEffect(() => {
    const root = dialogRef.current;
    const customerSelect = "data" in reference ? root?.querySelector<HTMLElement>('[data-field="customer"]') : null;
    (customerSelect ?? root)?.focus();
  }, [reference]);

  const data = "data" in reference ? reference.data : null;
  const customer = data?.customers.find((c) => String(c.id) === draft.customerId);
  const services = useMemo(() => new Map((data?.services ?? []).map((s) => [String(s.id), s])), [data]);
  const dirty = result === null && isDirty(draft, pristine);

  /** Changes the draft; an error on the control being changed is answered, so it goes. */
  const update = (control: string | string[], change: (d: OrderDraft) => OrderDraft) => {
    setDraft(change);
    const controls = Array.isArray(control) ? control : [control];
    setFieldError((fe) => (fe && controls.includes(fe.control) ? null : fe));
    setConfirmDiscard(false);
  };

  const updateLine = (lineId: number, control: string, change: (l: LineDraft) => LineDraft) =>
    update(control, (d) => ({ ...d, lines: d.lines.map((l) => (l.id === lineId ? change(l) : l)) }));

  const requestClose = () => {
    if (dirty && !submitting) setConfirmDiscard(true);
    else onClose();
  };

  async function submit() {
    if (submitting || !data) return;
    setSubmitting(true);
    setFieldError(null);
    setConfirmDiscard(false);
    const sent = draft;
    const r = await call(() => commands.orderSubmit(toInput(sent)));
    if (r.ok) {
      setResult(r.data);
      focusNext.current = "result";
    } else {
      const control = controlFor(r.error.field, sent);
      setFieldError({ control, error: r.error });
      focusNext.current = control === "form" ? "form-error" : control;
    }
    setSubmitting(false);
  }

  const startOver = () => {
    const fresh = freshDraft();
    setPristine(fresh);
    setDraft(fresh);
    setResult(null);
    setFieldError(null);
    focusNext.current = "customer";
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === "Escape" && confirmDiscard) {
      // Esc answers the question first: back to editing.
      e.preventDefault();
      e.stopPropagation();
      setConfirmDiscard(false);
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !result) {
      e.preventDefault();
      void submit();
    }
  };

  /** Props wiring a control to its label's error: invalid state, description, the `data-field` key. */
  const errorFor = (control: string) => (fieldError?.control === control ? fieldError.error : null);
  const wire = (control: string) => {
    const error = errorFor(control);
    return {
      "data-field": control,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-${control}-error` : undefined,
    };
  };
  const errorBeside = (control: string) => {
    const error = errorFor(control);
    return error ? (
      <p className="order-form__error" id={`${id}-${control}-error`} role="alert" data-error-for={control} data-error-code={error.code}>
        <span className="order-form__error-text">{error.message}</span>
      </p>
    ) : null;
  };

  const addLine = () => {
    const line = emptyLine();
    focusNext.current = `line:${line.id}:service`;
    update("items", (d) => ({ ...d, lines: [...d.lines, line] }));
  };

  const removeLine = (lineId: number) => {
    const index = draft.lines.findIndex((l) => l.id === lineId);
    const neighbour = draft.lines[index + 1] ?? draft.lines[index - 1];
    focusNext.current = neighbour ? `line:${neighbour.id}:service` : "add-line";
    update(`line:${lineId}:service`, (d) => ({ ...d, lines: d.lines.filter((l) => l.id !== lineId) }));
    setFieldError((fe) => (fe?.control.startsWith(`line:${lineId}:`) ? null : fe));
  };

  const addSpec = (lineId: number, key = "") => {
    const row = emptySpec(key);
    focusNext.current = key ? `spec:${row.id}:value` : `spec:${row.id}:key`;
    updateLine(lineId, `line:${lineId}:specs`, (l) => ({ ...l, specs: [...l.specs, row] }));
  };

  const removeSpec = (line: LineDraft, rowId: number) => {
    const index = line.specs.findIndex((s) => s.id === rowId);
    const neighbour = line.specs[index + 1] ?? line.specs[index - 1];
    focusNext.current = neighbour ? `spec:${neighbour.id}:key` : `line:${line.id}:add-spec`;
    updateLine(line.id, `spec:${rowId}:value`, (l) => ({ ...l, specs: l.specs.filter((s) => s.id !== rowId) }));
  };

  const setAddress = (field: keyof AddressDraft, value: string) =>
    update(`address.${field}`, (d) => ({ ...d, address: { ...d.address, [field]: value }, addressEdited: true }));

  const title = result ? `Order ${result.number} submitted` : "New order";

  return (
    <Dialog
      ref={dialogRef}
      className="order-dialog"
      backdropClassName="order-dialog__backdrop"
      onClose={requestClose}
      onKeyDown={onKeyDown}
      aria-busy={submitting || reference.loading || undefined}
    >
        <header className="order-dialog__header">
          <DialogTitle className="order-dialog__title">{title}</DialogTitle>
          {!result && <span className="order-dialog__hint">Rules decide what needs a person once you submit.</span>}
          <button type="button" className="button button--quiet order-dialog__close" onClick={requestClose} aria-label="Close new order">
            <span aria-hidden="true">✕</span>
          </button>
        </header>

        {reference.loading && <p className="order-dialog__loading">Loading the catalog…</p>}
        {"error" in reference && (
          <p className="order-form__error order-dialog__loading" role="alert">
            Could not load customers and services: {reference.error.message}
          </p>
        )}

        {data && result && (
          <Outcomes result={result} customerName={customer?.name ?? ""} onNew={startOver} onClose={onClose} />
        )}

        {data && !result && (
          <form
            className="order-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
            onKeyDown={(e) => {
              // Enter in a box does not send the order by accident; Ctrl+Enter does.
              if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && e.target instanceof HTMLInputElement) e.preventDefault();
            }}
          >
            <div className="order-form__body">
              <Section title="Who">
                <div className="order-form__grid order-form__grid--2">
                  <Field label="Customer" htmlFor={`${id}-customer`} error={errorBeside("customer")}>
                    <select
                      id={`${id}-customer`}
                      className="field"
                      value={draft.customerId}
                      onChange={(e) =>
                        update(["customer", "recipient", "address.line1", "address.postalCode", "address.city", "address.countryCode"], (d) =>
                          chooseCustomer(d, data.customers, e.target.value),
                        )
                      }
                      {...wire("customer")}
                    >
                      <option value="">Choose a customer…</option>
                      {data.customers.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="Recipient" htmlFor={`${id}-recipient`} error={errorBeside("recipient")}>
                    <select
                      id={`${id}-recipient`}
                      className="field"
                      value={draft.recipientId}
                      disabled={!customer}
                      onChange={(e) => update("recipient", (d) => ({ ...d, recipientId: e.target.value }))}
                      {...wire("recipient")}
                    >
                      <option value="">{customer ? "Choose who receives it…" : "Choose a customer first"}</option>
                      {customer?.recipients.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                </div>
              </Section>

              <Section
                title="Items"
                aside={<span className="order-form__count">{plural(draft.lines.length, "line")}</span>}
              >
                {errorBeside("items")}
                <ol className="order-lines">
                  {draft.lines.map((line, index) => (
                    <OrderLine
                      key={line.id}
                      id={id}
                      line={line}
                      index={index}
                      services={data.services}
                      service={services.get(line.serviceId)}
                      canRemove={draft.lines.length > 1}
                      wire={wire}
                      errorBeside={errorBeside}
                      onChange={(control, change) => updateLine(line.id, control, change)}
                      onRemove={() => removeLine(line.id)}
                      onAddSpec={(key) => addSpec(line.id, key)}
                      onRemoveSpec={(rowId) => removeSpec(line, rowId)}
                    />
                  ))}
                </ol>
                <button type="button" className="button order-form__add-line" data-field="add-line" onClick={addLine}>
                  <span aria-hidden="true">＋</span> Add line
                </button>
              </Section>

              <Section title="When and where">
                <div className="order-form__grid order-form__grid--window">
                  <Field label="From" htmlFor={`${id}-start`} error={errorBeside("windowStart")}>
                    <input
                      id={`${id}-start`}
                      type="date"
                      className="field"
                      value={draft.windowStart}
                      onChange={(e) => update("windowStart", (d) => ({ ...d, windowStart: e.target.value }))}
                      {...wire("windowStart")}
                    />
                  </Field>
                  <Field label="Until" htmlFor={`${id}-end`} error={errorBeside("windowEnd")}>
                    <input
                      id={`${id}-end`}
                      type="date"
                      className="field"
                      value={draft.windowEnd}
                      onChange={(e) => update("windowEnd", (d) => ({ ...d, windowEnd: e.target.value }))}
                      {...wire("windowEnd")}
                    />
                  </Field>
                </div>
                <div className="order-form__grid order-form__grid--address">
                  <Field label="Street and number" htmlFor={`${id}-line1`} error={errorBeside("address.line1")} className="order-form__span-3">
                    <input
                      id={`${id}-line1`}
                      className="field"
                      autoComplete="off"
                      value={draft.address.line1}
                      onChange={(e) => setAddress("line1", e.target.value)}
                      {...wire("address.line1")}
                    />
                  </Field>
                  <Field label="Postal code" htmlFor={`${id}-postal`} error={errorBeside("address.postalCode")}>
                    <input
                      id={`${id}-postal`}
                      className="field"
                      autoComplete="off"
                      value={draft.address.postalCode}
                      onChange={(e) => setAddress("postalCode", e.target.value)}
                      {...wire("address.postalCode")}
                    />
                  </Field>
                  <Field label="City" htmlFor={`${id}-city`} error={errorBeside("address.city")}>
                    <input
                      id={`${id}-city`}
                      className="field"
                      autoComplete="off"
                      value={draft.address.city}
                      onChange={(e) => setAddress("city", e.target.value)}
                      {...wire("address.city")}
                    />
                  </Field>
                  <Field label="Country" htmlFor={`${id}-country`} error={errorBeside("address.countryCode")}>
                    <input
                      id={`${id}-country`}
                      className="field order-form__country"
                      autoComplete="off"
                      placeholder="AT"
                      maxLength={8}
                      value={draft.address.countryCode}
                      onChange={(e) => setAddress("countryCode", e.target.value)}
                      {...wire("address.countryCode")}
                    />
                  </Field>
                  <Field
                    label="Delivery notes"
                    htmlFor={`${id}-addition`}
                    error={errorBeside("address.addition")}
                    className="order-form__span-3"
                    optional
                  >
                    <input
                      id={`${id}-addition`}
                      className="field"
                      autoComplete="off"
                      placeholder="Floor, door, who to ask at reception"
                      value={draft.address.addition}
                      onChange={(e) => setAddress("addition", e.target.value)}
                      {...wire("address.addition")}
                    />
                  </Field>
                </div>
                {customer && !draft.addressEdited && customer.line1 && (
                  <p className="order-form__hint">The address on file for {customer.name}.</p>
                )}
              </Section>

              <Section title="Note">
                <Field label="Note for the team" htmlFor={`${id}-note`} error={errorBeside("note")} optional>
                  <textarea
                    id={`${id}-note`}
                    className="field"
                    rows={2}
                    value={draft.note}
                    onChange={(e) => update("note", (d) => ({ ...d, note: e.target.value }))}
                    {...wire("note")}
                  />
                </Field>
              </Section>
            </div>

            <footer className="order-dialog__footer">
              {fieldError?.control === "form" && (
                <p className="order-form__error order-form__error--form" role="alert" tabIndex={-1} data-field="form-error" data-error-code={fieldError.error.code}>
                  <span className="order-form__error-text">
                    {fieldError.error.message}
                    {fieldError.error.field && <span className="order-form__error-field"> ({fieldError.error.field})</span>}
                  </span>
                </p>
              )}
              {confirmDiscard ? (
                <div className="order-dialog__confirm" role="alertdialog" aria-label="Discard this order?">
                  <span>Discard what you typed?</span>
                  <button type="button" className="button" onClick={() => setConfirmDiscard(false)} autoFocus>
                    Keep editing
                  </button>
                  <button type="button" className="button button--primary button--caution" onClick={onClose}>
                    Discard
                  </button>
                </div>
              ) : (
                <div className="order-dialog__actions">
                  <span className="order-dialog__keys">
                    <kbd>Ctrl</kbd>+<kbd>Enter</kbd> submits · <kbd>Esc</kbd> closes
                  </span>
                  <button type="button" className="button" onClick={requestClose}>
                    Cancel
                  </button>
                  <button type="submit" className="button button--primary" disabled={submitting} data-action="submit-order">
                    {submitting ? "Submitting…" : "Submit order"}
                  </button>
                </div>
              )}
            </footer>
          </form>
        )}
    </Dialog>
  );
}

function Section({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="order-form__section" aria-labelledby={id}>
      <div className="order-form__section-head">
        <h3 className="order-form__section-title" id={id}>
          {title}
        </h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

type FieldProps = {
  label: string;
  htmlFor: string;
  error: ReactNode;
  optional?: boolean;
  className?: string;
  children: ReactNode;
};

function Field({ label, htmlFor, error, optional = false, className, children }: FieldProps) {
  return (
    <div className={["order-form__field", className].filter(Boolean).join(" ")}>
      <label className="order-form__label" htmlFor={htmlFor}>
        {label}
        {optional && <span className="order-form__optional"> (optional)</span>}
      </label>
      {children}
      {error}
    </div>
  );
}

type OrderLineProps = {
  id: string;
  line: LineDraft;
  index: number;
  services: ServiceRef[];
  service: ServiceRef | undefined;
  canRemove: boolean;
  wire: (control: string) => Record<string, unknown>;
  errorBeside: (control: string) => ReactNode;
  onChange: (control: string, change: (l: LineDraft) => LineDraft) => void;
  onRemove: () => void;
  onAddSpec: (key?: string) => void;
  onRemoveSpec: (rowId: number) => void;
};

function OrderLine({
  id,
  line,
  index,
  services,
  service,
  canRemove,
  wire,
  errorBeside,
  onChange,
  onRemove,
  onAddSpec,
  onRemoveSpec,
}: OrderLineProps) {
  const n = index + 1;
  const base = `${id}-line-${line.id}`;
  const groups = useMemo(() => servicesByKind(services), [services]);
  const given = new Set(line.specs.map((s) => s.key.trim().toLowerCase()));
  const missing = (service?.requiredSpecKeys ?? []).filter((k) => !given.has(k));

  return (
    <li className="order-line" data-line={n} aria-label={`Line ${n}`}>
      <div className="order-line__head">
        <span className="order-line__number" aria-hidden="true">
          {n}
        </span>
        <div className="order-line__main">
          <Field label="Service" htmlFor={`${base}-service`} error={errorBeside(`line:${line.id}:service`)} className="order-line__service">
            <select
              id={`${base}-service`}
              className="field"
              value={line.serviceId}
              onChange={(e) => onChange(`line:${line.id}:service`, (l) => ({ ...l, serviceId: e.target.value }))}
              {...wire(`line:${line.id}:service`)}
            >
              <option value="">Choose a service…</option>
              {groups.map((g) => (
                <optgroup key={g.kind} label={KIND_LABELS[g.kind]}>
                  {g.services.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} · {OFFER_LABELS[s.offerType]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field label="Quantity" htmlFor={`${base}-qty`} error={errorBeside(`line:${line.id}:quantity`)} className="order-line__qty">
            <input
              id={`${base}-qty`}
              className="field"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={line.quantity}
              onChange={(e) => onChange(`line:${line.id}:quantity`, (l) => ({ ...l, quantity: e.target.value }))}
              {...wire(`line:${line.id}:quantity`)}
            />
          </Field>
          <Field label="Type" htmlFor={`${base}-type`} error={errorBeside(`line:${line.id}:type`)} className="order-line__type">
            <select
              id={`${base}-type`}
              className="field"
              value={line.transactionType}
              onChange={(e) =>
                onChange(`line:${line.id}:type`, (l) => ({ ...l, transactionType: e.target.value as LineDraft["transactionType"] }))
              }
              {...wire(`line:${line.id}:type`)}
            >
              {TRANSACTION_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <button
          type="button"
          className="button button--quiet order-line__remove"
          onClick={onRemove}
          disabled={!canRemove}
          aria-label={`Remove line ${n}`}
          title={canRemove ? `Remove line ${n}` : "An order needs at least one line"}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>

      {service?.requiresApproval && (
        <p className="order-line__note">
          <span className="badge order-line__badge">Approval</span> The catalog marks {service.name} as needing approval.
        </p>
      )}

      <fieldset className="order-line__specs" {...wire(`line:${line.id}:specs`)} tabIndex={-1}>
        <legend className="order-form__label">
          Requested specs <span className="order-form__optional">e.g. ram = 16GB, or ram = &gt;=16 for at least</span>
        </legend>
        {line.specs.length > 0 && (
          <ul className="spec-rows">
            {line.specs.map((row, i) => (
              <li key={row.id} className="spec-row">
                <input
                  className="field spec-row__key"
                  aria-label={`Line ${n} spec ${i + 1} name`}
                  placeholder="name"
                  autoComplete="off"
                  spellCheck={false}
                  value={row.key}
                  onChange={(e) =>
                    onChange(`spec:${row.id}:value`, (l) => ({
                      ...l,
                      specs: l.specs.map((s) => (s.id === row.id ? { ...s, key: e.target.value } : s)),
                    }))
                  }
                  data-field={`spec:${row.id}:key`}
                />
                <span className="spec-row__eq" aria-hidden="true">
                  =
                </span>
                <input
                  className="field spec-row__value"
                  aria-label={`Line ${n} spec ${i + 1} value${row.key.trim() ? ` (${row.key.trim()})` : ""}`}
                  placeholder="value"
                  autoComplete="off"
                  spellCheck={false}
                  value={row.value}
                  onChange={(e) =>
                    onChange(`spec:${row.id}:value`, (l) => ({
                      ...l,
                      specs: l.specs.map((s) => (s.id === row.id ? { ...s, value: e.target.value } : s)),
                    }))
                  }
                  onKeyDown={(e) => {
                    if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && i === line.specs.length - 1) onAddSpec();
                  }}
                  {...wire(`spec:${row.id}:value`)}
                />
                <button
                  type="button"
                  className="button button--quiet spec-row__remove"
                  onClick={() => onRemoveSpec(row.id)}
                  aria-label={`Remove line ${n} spec ${i + 1}`}
                >
                  <span aria-hidden="true">✕</span>
                </button>
                {errorBeside(`spec:${row.id}:value`)}
              </li>
            ))}
          </ul>
        )}
        <div className="spec-rows__tools">
          <button type="button" className="button button--quiet spec-rows__add" data-field={`line:${line.id}:add-spec`} onClick={() => onAddSpec()}>
            <span aria-hidden="true">＋</span> Add spec
          </button>
          {missing.length > 0 && (
            <span className="spec-rows__needed">
              {service?.name} is picked automatically with:
              {missing.map((k) => (
                <button
                  key={k}
                  type="button"
                  className="spec-chip"
                  onClick={() => onAddSpec(k)}
                  aria-label={`Add spec ${k} to line ${n}`}
                >
                  {k}
                </button>
              ))}
            </span>
          )}
        </div>
        {errorBeside(`line:${line.id}:specs`)}
      </fieldset>
    </li>
  );
}

type OutcomesProps = { result: SubmitResult; customerName: string; onNew: () => void; onClose: () => void };

/** Where each item of the submitted order went, in Rust's words. */
function Outcomes({ result, customerName, onNew, onClose }: OutcomesProps) {
  const outcomes = new Map(result.items.map((o) => [o.itemId, o]));
  return (
    <div className="order-result">
      <div className="order-result__body" tabIndex={-1} data-field="result" data-order-number={result.number}>
        <p className="order-result__lead" role="status">
          <span className="order-result__check" aria-hidden="true">
            ✓
          </span>
          {result.number} for {customerName || "the customer"}: {plural(result.placed.length, "item")}.
        </p>
        <ol className="order-result__list" aria-label="Where each item went">
          {result.placed.map((p) => {
            const o = outcomes.get(p.itemId);
            return (
              <li
                key={p.itemId}
                className={`order-result__item${o?.onHold ? " order-result__item--held" : ""}`}
                data-item-id={p.itemId}
                data-status={o?.status}
              >
                <div className="order-result__row">
                  <span className="order-result__position">Item {p.position}</span>
                  <span className="order-result__service">
                    {p.serviceName}
                    {p.addedFor !== null && p.addedFor !== undefined && (
                      <span className="order-result__added"> · added with item {p.addedFor}</span>
                    )}
                  </span>
                  <span className="order-result__arrow" aria-hidden="true">
                    →
                  </span>
                  <span className={`order-result__status order-result__status--${o?.status ?? "new"}`}>{p.statusLabel}</span>
                  {o?.onHold && <span className="badge badge--hold">On hold</span>}
                </div>
                {o?.reason && <p className="order-result__reason">{o.reason}</p>}
              </li>
            );
          })}
        </ol>
      </div>
      <footer className="order-dialog__footer">
        <div className="order-dialog__actions">
          <span className="order-dialog__keys">The board shows the new cards.</span>
          <button type="button" className="button" onClick={onNew} data-action="new-order">
            New order
          </button>
          <button type="button" className="button button--primary" onClick={onClose} data-action="close">
            Close
          </button>
        </div>
      </footer>
    </div>
  );
}
