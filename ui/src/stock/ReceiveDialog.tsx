import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import {
  type AppError,
  commands,
  type ProductChoice,
  type ReceiptLine,
  type ReceiptLineInput,
  type ReceiptPreview,
} from "../bindings";
import { call } from "../ipc";
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
  const [productId, setProductId] = useState<number | null>(initialProduct);
  const [location, setLocation] = useState(locations[0] ?? "");
  const [withNumbers, setWithNumbers] = useState(false);
  const [serial, setSerial] = useState("");
  const [number, setNumber] = useState("");
  const [scans, setScans] = useState<ReceiptLineInput[]>([]);
  const [preview, setPreview] = useState<ReceiptPreview | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const serialRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  // Scans come faster than answers: only the answer to the latest batch is drawn.
  const asked = useRef(0);

  useEffect(() => {
    const ask = ++asked.current;
    if (scans.length === 0) {
      setPreview(null);
      return;
    }
    void call(() => commands.stockReceiveCheck(scans)).then((a) => {
      if (ask !== asked.current) return;
      if (a.ok) setPreview(a.data);
      else setError(a.error);
    });
  }, [scans]);

  const add = (line: ReceiptLineInput) => {
    setScans((s) => [...s, line]);
    setSerial("");
    setNumber("");
    setError(null);
    serialRef.current?.focus();
  };

  const onSerialKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    if (serial.trim() === "") return;
    if (withNumbers) numberRef.current?.focus();
    else add({ serial, inventoryNumber: "" });
  };

  const onNumberKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    if (serial.trim() === "") serialRef.current?.focus();
    else add({ serial, inventoryNumber: number });
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
    else setError(a.error);
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
      <DialogTitle className="receive-dialog__title">Receive goods</DialogTitle>
      <div className="receive-dialog__where">
        <label className="receive-dialog__label">
          Product
          <select
            id="receive-product"
            className="field"
            data-autofocus={productId === null ? true : undefined}
            value={productId ?? ""}
            aria-invalid={error?.field === "productId" ? true : undefined}
            onChange={(e) => setProductId(e.target.value === "" ? null : Number(e.target.value))}
          >
            <option value="">Choose a product…</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.sku})
              </option>
            ))}
          </select>
        </label>
        <label className="receive-dialog__label">
          Location
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
        <label className="receive-dialog__label receive-dialog__label--scan">
          Scan serial
          <input
            ref={serialRef}
            className="field receive-dialog__scan-field"
            data-scan="serial"
            data-autofocus={productId !== null ? true : undefined}
            autoComplete="off"
            spellCheck={false}
            value={serial}
            placeholder="Scan or type, then Enter"
            onChange={(e) => setSerial(e.target.value)}
            onKeyDown={onSerialKey}
          />
        </label>
        {withNumbers && (
          <label className="receive-dialog__label receive-dialog__label--scan">
            Scan inventory no.
            <input
              ref={numberRef}
              className="field receive-dialog__scan-field"
              data-scan="inventory"
              autoComplete="off"
              spellCheck={false}
              value={number}
              onChange={(e) => setNumber(e.target.value)}
              onKeyDown={onNumberKey}
            />
          </label>
        )}
      </div>
      <label className="receive-dialog__check">
        <input type="checkbox" checked={withNumbers} onChange={(e) => setWithNumbers(e.target.checked)} />
        Scan inventory numbers too (else the shop's pattern gives them)
      </label>
      {scans.length === 0 ? (
        <p className="receive-dialog__hint">Nothing scanned yet. Each scan adds a line here.</p>
      ) : (
        <ol className="scan-lines" aria-label="Scanned units" aria-live="polite">
          {scans.map((s, i) => {
            const l = lineAnswer(i);
            const state = l === null ? "checking" : l.accepted ? "accepted" : "refused";
            return (
              <li key={i} className={`scan-line scan-line--${state}`} data-line={i} data-state={state}>
                <span className="scan-line__n">{i + 1}</span>
                <span className="scan-line__serial">{s.serial}</span>
                <span className="scan-line__answer">
                  {l === null ? "Checking…" : l.accepted ? `→ ${l.inventoryNumber}` : l.problem}
                </span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`Remove line ${i + 1} (${s.serial})`}
                  onClick={() => {
                    setScans((all) => all.filter((_, j) => j !== i));
                    serialRef.current?.focus();
                  }}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError error={error} named />
      <div className="receive-dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-action="receive"
          disabled={saving || !answered || preview.accepted === 0 || productId === null || location.trim() === ""}
        >
          {saving ? "Receiving…" : answered ? preview.receiveLabel : "Receive"}
        </button>
      </div>
    </Dialog>
  );
}
