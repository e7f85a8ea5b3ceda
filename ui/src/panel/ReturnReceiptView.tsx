// A return's receipt: what the shop took back from whom, each unit with its
// serial, inventory number and the condition recorded at check-in, and the
// lines to sign, in a PaperDialog. Opened from a return's, swap's or
// change's panel once it is collected.

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
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
      label={t("returnReceipt.title")}
      dataName="return-receipt-view"
      ready={receipt !== null}
      savePdf={() => call(() => commands.returnReceiptPdf(itemId))}
      onClose={onClose}
    >
      <FieldError error={error} named />
      {!receipt && !error && <p className="hint">{t("returnReceipt.loading")}</p>}
      {receipt && (
        <>
          <header className="day-sheet__head">
            <p className="day-sheet__kind">{t("returnReceipt.title")}</p>
            <h2 className="day-sheet__title">{receipt.shopName}</h2>
            <p className="day-sheet__date">
              {t("returnReceipt.line", { kind: receipt.kind, order: receipt.orderNumber, day: longDayLabel(receipt.date) })}
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
                    <th scope="col">{t("returnReceipt.serial")}</th>
                    <th scope="col">{t("returnReceipt.inventoryNo")}</th>
                    <th scope="col">{t("returnReceipt.condition")}</th>
                    <th scope="col">{t("returnReceipt.note")}</th>
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
              {!receipt.complete && <p className="stop__notes">{t("returnReceipt.incomplete")}</p>}
              <div className="stop__sign" aria-hidden="true">
                <span>{t("planner.receivedBy")}</span>
                <span>{t("planner.signature")}</span>
              </div>
            </div>
          </div>
        </>
      )}
    </PaperDialog>
  );
}
