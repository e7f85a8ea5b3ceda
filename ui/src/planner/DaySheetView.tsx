// A resource's day sheet: the printable list of stops (time, address, items,
// serial numbers, notes). Print shows this sheet alone (planner.css @media print).

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { type AppError, commands, type DaySheet } from "../bindings";
import { clockTime } from "../format";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { Dialog } from "../shell/Dialog";
import { longDayLabel } from "./time";

type DaySheetViewProps = {
  resourceId: number;
  day: string;
  onClose: () => void;
};

export function DaySheetView({ resourceId, day, onClose }: DaySheetViewProps) {
  const [sheet, setSheet] = useState<DaySheet | null>(null);
  const [error, setError] = useState<AppError | null>(null);

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
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!sheet}>
          Print
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus="">
          Close
        </button>
      </div>
      <FieldError error={error} named />
      {!sheet && !error && <p className="hint">Loading the day sheet…</p>}
      {sheet && (
        <>
          <header className="day-sheet__head">
            <h2 className="day-sheet__title">{sheet.resourceName}</h2>
            <p className="day-sheet__date">{longDayLabel(sheet.date)}</p>
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
                    <div className="stop__address">{s.address}</div>
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
                    {s.notes && (
                      <p className="stop__notes">
                        <span className="stop__label">Notes</span> {s.notes}
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
