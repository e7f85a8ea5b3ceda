import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type ReferenceData, type SubmitResult } from "../bindings";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { fieldWiring } from "./fieldWiring";
import { toInput } from "./orderForm";
import { OrderForm } from "./OrderForm";
import { OrderOutcomes } from "./OrderOutcomes";
import { useLineFits } from "./useLineFits";
import { useOrderDraft } from "./useOrderDraft";
import "./orders.css";

export type NewOrderDialogProps = { onClose: () => void };

type Reference = { loading: true } | { loading: false; data: ReferenceData } | { loading: false; error: AppError };

/** A new order: the form while it is typed, then where Rust put each of its items. */
export function NewOrderDialog({ onClose }: NewOrderDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLElement>(null);
  const [reference, setReference] = useState<Reference>({ loading: true });
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { draft, dirty, errors, focusNext, edit, refused, startOver } = useOrderDraft(() => setConfirmDiscard(false));
  const [submitting, setSubmitting] = useState(false);
  const [result, setResult] = useState<SubmitResult | null>(null);
  const fits = useLineFits(draft.lines);
  /** Submit was pressed with a required spec missing: the lines say which, and the next press sends. */
  const [warnedMissing, setWarnedMissing] = useState(false);
  const missingLine = draft.lines.find((l) => (fits.get(l.id)?.missing.length ?? 0) > 0);

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
    const target = key ? dialogRef.current?.querySelector<HTMLElement>(`[data-field="${key}"]`) : null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: "nearest" });
    }
  });

  // The customer takes focus once the catalog is there (the dialog has it meanwhile).
  useEffect(() => {
    if ("data" in reference) dialogRef.current?.querySelector<HTMLElement>('[data-field="customer"]')?.focus();
  }, [reference]);

  const data = "data" in reference ? reference.data : null;

  const requestClose = () => {
    if (result === null && dirty && !submitting) setConfirmDiscard(true);
    else onClose();
  };

  async function submit() {
    if (submitting || !data) return;
    if (missingLine && !warnedMissing) {
      // The person may still send it; first they see what the line lacks.
      setWarnedMissing(true);
      focusNext.current = `line:${missingLine.id}:spec:${fits.get(missingLine.id)!.missing[0]}`;
      return;
    }
    setSubmitting(true);
    errors.setError(null);
    setConfirmDiscard(false);
    const sent = draft;
    const r = await call(() => commands.orderSubmit(toInput(sent)));
    if (r.ok) {
      setResult(r.data);
      focusNext.current = "result";
    } else {
      refused(sent, r.error);
    }
    setSubmitting(false);
  }

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

  const customerName = data?.customers.find((c) => String(c.id) === draft.customerId)?.name ?? "";

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
        <DialogTitle className="order-dialog__title">{result ? t("order.submitted", { number: result.number }) : t("nav.newOrder")}</DialogTitle>
        {!result && <span className="order-dialog__hint">{t("order.rulesDecide")}</span>}
        <button type="button" className="button button--quiet order-dialog__close" onClick={requestClose} aria-label={t("order.closeNew")}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>

      {reference.loading && <p className="order-dialog__loading">{t("catalog.loading")}</p>}
      {"error" in reference && (
        <p className="order-form__error order-dialog__loading" role="alert">
          Could not load customers and services: {reference.error.message}
        </p>
      )}

      {data && result && (
        <OrderOutcomes
          result={result}
          customerName={customerName}
          onNew={() => {
            startOver();
            setWarnedMissing(false);
            setResult(null);
          }}
          onClose={onClose}
        />
      )}

      {data && !result && (
        <OrderForm
          id={id}
          reference={data}
          draft={draft}
          fits={fits}
          warnMissing={warnedMissing}
          edit={edit}
          fields={fieldWiring(id, errors.at)}
          formError={errors.at("form")}
          submitting={submitting}
          confirmDiscard={confirmDiscard}
          onKeepEditing={() => setConfirmDiscard(false)}
          onDiscard={onClose}
          onCancel={requestClose}
          onSubmit={() => void submit()}
        />
      )}
    </Dialog>
  );
}
