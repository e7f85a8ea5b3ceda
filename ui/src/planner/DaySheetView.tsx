// A resource's day sheet: the printable list of stops (time, who with their
// phone, address, items, serial numbers, the delivery note). Print shows this
// sheet alone (planner.css @media print) in the system's print dialog; Save as
// PDF has Rust make the same sheet as a PDF file in the desk's Downloads folder.

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { type AppError, commands, type DaySheet, type SavedFile } from "../bindings";
import { clockTime } from "../format";
import { call, unexpectedError } from "../ipc";
import { kindLabel } from "../resources/resourceDraft";
import { FieldError } from "../shell/FieldError";
import { Dialog } from "../shell/Dialog";
import "./daySheet.css";
import { longDayLabel } from "./time";

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; file: SavedFile } | { kind: "failed"; error: AppError };

/**
 * Opens the system print dialog. On macOS Tauri answers window.print() with a
 * promise of its webview print command (allowed by the window's capability):
 * a refusal is shown, not swallowed.
 */
function printSheet(onError: (error: AppError) => void) {
  try {
    const answer: unknown = window.print();
    if (answer instanceof Promise) answer.catch((cause: unknown) => onError(unexpectedError(cause)));
  } catch (cause) {
    onError(unexpectedError(cause));
  }
}

type DaySheetViewProps = {
  resourceId: number;
  day: string;
  onClose: () => void;
};

export function DaySheetView({ resourceId, day, onClose }: DaySheetViewProps) {
  const [sheet, setSheet] = useState<DaySheet | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [printError, setPrintError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void call(() => commands.daySheetGet(resourceId, day)).then((r) => {
      if (!live) return;
      if (r.ok) setSheet(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [resourceId, day]);

  const savePdf = async () => {
    setSave({ kind: "saving" });
    const r = await call(() => commands.daySheetPdf(resourceId, day));
    setSave(r.ok ? { kind: "saved", file: r.data } : { kind: "failed", error: r.error });
  };

  // On <body> itself, so printing can show the sheet alone (planner.css, @media print).
  return createPortal(
    <Dialog
      className="day-sheet"
      backdropClassName="day-sheet__backdrop"
      backdropCloses={false}
      label="Day sheet"
      onClose={onClose}
      data-day-sheet-view=""
    >
      <div className="day-sheet__actions">
        <button type="button" className="button button--primary" onClick={() => printSheet(setPrintError)} disabled={!sheet}>
          Print
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void savePdf()}
          disabled={!sheet || save.kind === "saving"}
          data-save-pdf=""
        >
          {save.kind === "saving" ? "Saving…" : "Save as PDF"}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus="">
          Close
        </button>
      </div>
      <div className="day-sheet__outcome" role="status">
        {save.kind === "saved" && (
          <p className="day-sheet__saved" data-saved-path={save.file.path}>
            Saved <strong>{save.file.fileName}</strong> in <span className="day-sheet__folder">{save.file.folder}</span>
          </p>
        )}
      </div>
      <FieldError error={save.kind === "failed" ? save.error : printError} className="refusal day-sheet__refusal" />
      <FieldError error={error} named />
      {!sheet && !error && <p className="hint">Loading the day sheet…</p>}
      {sheet && (
        <>
          <header className="day-sheet__head">
            <h2 className="day-sheet__title">{sheet.resourceName}</h2>
            <p className="day-sheet__date">
              {kindLabel(sheet.resourceKind)} · {longDayLabel(sheet.date)}
            </p>
            <p className="day-sheet__count">
              {sheet.stops.length === 0 ? "No stops" : `${sheet.stops.length} ${sheet.stops.length === 1 ? "stop" : "stops"}`}
            </p>
          </header>
          {sheet.stops.length === 0 ? (
            <p className="day-sheet__empty">Nothing booked on this day.</p>
          ) : (
            <ol className="day-sheet__stops">
              {sheet.stops.map((s, i) => (
                <li className="stop" key={`${s.orderNumber}-${s.start}`} data-stop={i + 1}>
                  <div className="stop__time">
                    <span className="stop__n">{i + 1}</span>
                    <strong>{clockTime(s.start)}</strong>
                    <span className="stop__until">until {clockTime(s.end)}</span>
                  </div>
                  <div className="stop__main">
                    <div className="stop__who">
                      <strong>{s.recipientName}</strong> · {s.customerName} · <span className="stop__order">{s.orderNumber}</span>
                    </div>
                    {s.recipientPhone && (
                      <div className="stop__phone">
                        <span className="stop__label">Phone</span> {s.recipientPhone}
                      </div>
                    )}
                    <div className="stop__address">{s.address}</div>
                    {s.addressAddition && <div className="stop__addition">{s.addressAddition}</div>}
                    <table className="stop__items">
                      <thead>
                        <tr>
                          <th scope="col">Item</th>
                          <th scope="col">Qty</th>
                          <th scope="col">Serial numbers</th>
                        </tr>
                      </thead>
                      <tbody>
                        {s.items.map((it, j) => (
                          <tr key={j}>
                            <td>{it.title}</td>
                            <td className="stop__qty">{it.quantity}</td>
                            <td className="stop__serials">{it.serials.length ? it.serials.join(", ") : "—"}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {s.deliveryNote && (
                      <p className="stop__notes">
                        <span className="stop__label">Delivery note</span> {s.deliveryNote}
                      </p>
                    )}
                    <div className="stop__sign" aria-hidden="true">
                      <span>Received by</span>
                      <span>Signature</span>
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Dialog>,
    document.body,
  );
}
