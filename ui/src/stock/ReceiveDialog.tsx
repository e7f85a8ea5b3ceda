import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type ProductChoice, type ReceiptLine, type ReceiptLineInput } from "../bindings";
import { call } from "../ipc";
import { ScanField, ScanLines, useLatestAnswer } from "../scan/ScanField";
import { Dialog, DialogTitle } from "../shell/Dialog";
import { FieldError } from "../shell/FieldError";

type ReceiveDialogProps = {
  products: ProductChoice[];
  locations: string[];
  initialProduct: number | null;
  onClose: () => void;
  /** The units are in: their ids, Rust's sentence, and the product they are of. */
  onReceived: (ids: number[], text: string, productId: number) => void;
};

/**
 * Goods in as at the counter: product and place, then a scan field a barcode
 * scanner types into (a code and Enter). Each Enter adds a line at once and
 * asks Rust about the whole batch; its answer stands beside every line
 * (the inventory number the unit gets, or why the line is refused). Focus
 * stays in the scan field, so fifty scans need no mouse. The batch is
 * received in one transaction at the end: one delivery note, one write, and
 * a mis-scan can be taken out before anything is written.
 */
export function ReceiveDialog({ products, locations, initialProduct, onClose, onReceived }: ReceiveDialogProps) {
  const { t } = useTranslation();
  const [productId, setProductId] = useState<number | null>(initialProduct);
  const [location, setLocation] = useState(locations[0] ?? "");
  const [withNumbers, setWithNumbers] = useState(false);
  const [serial, setSerial] = useState("");
  const [number, setNumber] = useState("");
  const [scans, setScans] = useState<ReceiptLineInput[]>([]);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const serialRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const check = useCallback((lines: ReceiptLineInput[]) => call(() => commands.stockReceiveCheck(lines)), []);
  const { answer: preview, error: checkError, clearError } = useLatestAnswer(scans, check, scans.length === 0);
  const error = saveError ?? checkError;

  const add = (line: ReceiptLineInput) => {
    setScans((s) => [...s, line]);
    setSerial("");
    setNumber("");
    setSaveError(null);
    clearError();
    serialRef.current?.focus();
  };

  const onSerialEnter = (value: string) => {
    if (value.trim() === "") return;
    if (withNumbers) numberRef.current?.focus();
    else add({ serial: value, inventoryNumber: "" });
  };

  const onNumberEnter = (value: string) => {
    if (serial.trim() === "") serialRef.current?.focus();
    else add({ serial, inventoryNumber: value });
  };

  const answered = preview !== null && preview.lines.length === scans.length;
  const lineAnswer = (i: number): ReceiptLine | null => {
    const l = preview?.lines[i];
    return l && l.serial === scans[i]?.serial.trim() ? l : null;
  };

  const receive = async () => {
    if (!answered || productId === null) {
      if (productId === null) document.getElementById("receive-product")?.focus();
      return;
    }
    setSaving(true);
    const lines = scans.filter((_, i) => preview.lines[i]?.accepted);
    const a = await call(() => commands.stockReceive({ productId, location, lines }));
    setSaving(false);
    if (a.ok) onReceived(a.data.unitIds, a.data.message, productId);
    else setSaveError(a.error);
  };

  return (
    <Dialog
      className="receive-dialog"
      backdropClassName="receive-dialog__backdrop"
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void receive();
      }}
    >
      <DialogTitle className="receive-dialog__title">{t("stock.receiveGoods")}</DialogTitle>
      <div className="receive-dialog__where">
        <label className="receive-dialog__label">
          {t("stock.product")}
          <select
            id="receive-product"
            className="field"
            data-autofocus={productId === null ? true : undefined}
            value={productId ?? ""}
            aria-invalid={error?.field === "productId" ? true : undefined}
            onChange={(e) => setProductId(e.target.value === "" ? null : Number(e.target.value))}
          >
            <option value="">{t("stock.chooseProduct")}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.sku})
              </option>
            ))}
          </select>
        </label>
        <label className="receive-dialog__label">
          {t("stock.location")}
          <input
            className="field"
            list="receive-locations"
            value={location}
            aria-invalid={error?.field === "location" ? true : undefined}
            onChange={(e) => setLocation(e.target.value)}
          />
          <datalist id="receive-locations">
            {locations.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </label>
      </div>
      <div className="receive-dialog__scan">
        <ScanField
          label={t("stock.scanSerial")}
          scan="serial"
          inputRef={serialRef}
          autoFocus={productId !== null}
          value={serial}
          placeholder={t("stock.scanPlaceholder")}
          onChange={setSerial}
          onEnter={onSerialEnter}
        />
        {withNumbers && (
          <ScanField
            label={t("stock.scanInventory")}
            scan="inventory"
            inputRef={numberRef}
            value={number}
            onChange={setNumber}
            onEnter={onNumberEnter}
          />
        )}
      </div>
      <label className="receive-dialog__check">
        <input type="checkbox" checked={withNumbers} onChange={(e) => setWithNumbers(e.target.checked)} />
        {t("stock.withNumbers")}
      </label>
      {scans.length === 0 ? (
        <p className="receive-dialog__hint">{t("stock.nothingScanned")}</p>
      ) : (
        <ScanLines
          label={t("stock.scannedUnits")}
          lines={scans.map((s, i) => {
            const l = lineAnswer(i);
            return {
              serial: s.serial,
              state: l === null ? "checking" : l.accepted ? "accepted" : "refused",
              answer: l === null ? "" : l.accepted ? `→ ${l.inventoryNumber}` : (l.problem ?? ""),
            };
          })}
          onRemove={(i) => {
            setScans((all) => all.filter((_, j) => j !== i));
            serialRef.current?.focus();
          }}
        />
      )}
      <FieldError error={error} named />
      <div className="receive-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-action="receive"
          disabled={saving || !answered || preview.accepted === 0 || productId === null || location.trim() === ""}
        >
          {saving ? t("stock.receiving") : answered ? preview.receiveLabel : t("stock.receive")}
        </button>
      </div>
    </Dialog>
  );
}
