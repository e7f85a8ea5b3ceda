import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type HoldingView, type ProductView, type TransactionType, type WayBackResult } from "../bindings";
import { i18n } from "../i18n";
import { deskToday } from "../clock";
import { call } from "../ipc";
import { DateField } from "../shell/DateField";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError } from "../shell/FieldError";

/** The way back a person can start from holdings, with what the dialog asks for each. */
export const WAY_BACK: { type: TransactionType; readonly label: string; readonly title: string }[] = (
  [
    ["return", "wayBack.return", "wayBack.returnTitle"],
    ["swap", "wayBack.swap", "wayBack.swapTitle"],
    ["change", "wayBack.change", "wayBack.changeTitle"],
    ["cancellation", "wayBack.cancellation", "wayBack.cancellationTitle"],
  ] as const
).map(([type, label, title]) => ({
  type,
  get label() {
    return i18n.t(label);
  },
  get title() {
    return i18n.t(title);
  },
}));

type WayBackDialogProps = {
  type: TransactionType;
  holdings: HoldingView[];
  onClose: () => void;
  onDone: (result: WayBackResult) => void;
};

function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Starts a return, swap, change or cancellation of the chosen holdings: when
 * to collect (or the day a service ends), the product for a swap or change,
 * and a reason when Rust asks for one (another category). Rust checks all of it.
 */
export function WayBackDialog({ type, holdings, onClose, onDone }: WayBackDialogProps) {
  const { t } = useTranslation();
  const today = deskToday();
  const [windowStart, setWindowStart] = useState(plusDays(today, 1));
  const [windowEnd, setWindowEnd] = useState(plusDays(today, 5));
  const [endsOn, setEndsOn] = useState(plusDays(today, 30));
  const [productId, setProductId] = useState<number | null>(null);
  const [overrideReason, setOverrideReason] = useState("");
  const [note, setNote] = useState("");
  const [products, setProducts] = useState<ProductView[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const picksProduct = type === "swap" || type === "change";
  const what = WAY_BACK.find((w) => w.type === type)!;

  useEffect(() => {
    if (!picksProduct) return;
    void call(() => commands.catalogGet()).then((a) => {
      if (a.ok) setProducts(a.data.products.filter((p) => !p.archived));
    });
  }, [picksProduct]);

  const category = holdings[0]?.category ?? null;
  const sameCategory = products.filter((p) => p.category === category);
  const others = products.filter((p) => p.category !== category);

  const send = async () => {
    setSaving(true);
    const a = await call(() =>
      commands.holdingsRequest({
        holdingIds: holdings.map((h) => h.id),
        transactionType: type,
        windowStart: type === "cancellation" ? "" : windowStart,
        windowEnd: type === "cancellation" ? "" : windowEnd,
        endsOn: type === "cancellation" ? endsOn : "",
        productId,
        overrideReason: overrideReason.trim() === "" ? null : overrideReason,
        note,
      }),
    );
    setSaving(false);
    if (a.ok) onDone(a.data);
    else setError(a.error);
  };

  return (
    <Dialog
      className="part-dialog way-back-dialog"
      backdropClassName="part-dialog__backdrop"
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <DialogTitle className="part-dialog__title">
        {what.title}: {holdings.map((h) => h.title).join(", ")}
      </DialogTitle>
      {type === "cancellation" ? (
        <DateField label={t("wayBack.endsOn")} value={endsOn} onChange={setEndsOn} data-field="endsOn" aria-invalid={error?.field === "endsOn"} />
      ) : (
        <div className="way-back-dialog__window">
          <DateField label={t("wayBack.collectFrom")} value={windowStart} onChange={setWindowStart} data-field="window.start" autoFocus />
          <DateField label={t("wayBack.collectBy")} value={windowEnd} onChange={setWindowEnd} data-field="window.end" aria-invalid={error?.field === "window.end"} />
        </div>
      )}
      {picksProduct && (
        <label className="way-back-dialog__label">
          {type === "swap" ? t("wayBack.swapTo") : t("wayBack.changeTo")}
          <select
            className="field"
            data-field="productId"
            value={productId ?? ""}
            aria-invalid={error?.field === "productId" ? true : undefined}
            onChange={(e) => setProductId(e.target.value === "" ? null : Number(e.target.value))}
          >
            <option value="">{type === "swap" ? t("wayBack.sameProduct") : t("stock.chooseProduct")}</option>
            <optgroup label={t("wayBack.sameCategory")}>
              {sameCategory.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("wayBack.otherCategory")}>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.category})
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      )}
      {picksProduct && (productId !== null && products.find((p) => p.id === productId)?.category !== category || error?.field === "overrideReason") && (
        <label className="way-back-dialog__label">
          {t("wayBack.whyOther")}
          <input
            className="field"
            data-field="overrideReason"
            value={overrideReason}
            aria-invalid={error?.field === "overrideReason" ? true : undefined}
            onChange={(e) => setOverrideReason(e.target.value)}
          />
        </label>
      )}
      <label className="way-back-dialog__label">
        {t("order.note")}
        <input className="field" data-field="note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FieldError error={error} named />
      <div className="part-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary" data-action="request-way-back" disabled={saving}>
          {saving ? t("wayBack.sending") : t("wayBack.request", { what: what.label })}
        </button>
      </div>
    </Dialog>
  );
}
