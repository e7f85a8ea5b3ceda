// A return's receipt: what the shop took back from whom, each unit with its
// serial, inventory number and the condition recorded at check-in, and the
// lines to sign, in a PaperDialog. Opened from a return's, swap's or
// change's panel once it is collected.

import { useEffect, useState } from "react";
import { type AppError, commands, type ReturnReceipt } from "../bindings";
import { call } from "../ipc";
import { PaperDialog } from "../planner/PaperDialog";
import { longDayLabel } from "../planner/time";
import { FieldError } from "../shell/FieldError";

type ReturnReceiptViewProps = {
  itemId: number;
  onClose: () => void;
};

export function ReturnReceiptView({ itemId, onClose }: ReturnReceiptViewProps) {
  const [receipt, setReceipt] = useState<ReturnReceipt | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void call(() => commands.returnReceiptGet(itemId)).then((r) => {
      if (!live) return;
      if (r.ok) setReceipt(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [itemId]);

  return (
    <PaperDialog
      label="Return receipt"
      dataName="return-receipt-view"
      ready={receipt !== null}
      savePdf={() => call(() => commands.returnReceiptPdf(itemId))}
      onClose={onClose}
    >
      <FieldError error={error} named />
      {!receipt && !error && <p className="hint">Loading the return receipt…</p>}
      {receipt && (
        <>
          <header className="day-sheet__head">
            <p className="day-sheet__kind">Return receipt</p>
            <h2 className="day-sheet__title">{receipt.shopName}</h2>
            <p className="day-sheet__date">
              {receipt.kind} · order {receipt.orderNumber} · checked in {longDayLabel(receipt.date)}
            </p>
          </header>
          <div className="stop stop--alone return-receipt">
            <div className="stop__main">
              <div className="stop__who">
                <strong>{receipt.recipientName}</strong> · {receipt.customerName}
              </div>
              <div className="stop__address">{receipt.address}</div>
              <div className="stop__addition">{receipt.title}</div>
              <table className="stop__items">
                <thead>
                  <tr>
                    <th scope="col">Serial number</th>
                    <th scope="col">Inventory no.</th>
                    <th scope="col">Condition</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {receipt.lines.map((l) => (
                    <tr key={l.serial} data-receipt-serial={l.serial} data-condition={l.condition ?? "open"}>
                      <td className="stop__serials">{l.serial}</td>
                      <td className="stop__serials">{l.inventoryNumber}</td>
                      <td>
                        <strong>{l.conditionLabel}</strong>
                      </td>
                      <td>{l.note || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {!receipt.complete && <p className="stop__notes">Not every unit is checked in yet.</p>}
              <div className="stop__sign" aria-hidden="true">
                <span>Received by</span>
                <span>Signature</span>
              </div>
            </div>
          </div>
        </>
      )}
    </PaperDialog>
  );
}
