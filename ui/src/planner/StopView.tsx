// One stop as the papers draw it: when, who receives it (and their phone),
// the customer and order, the address, the items with quantities and serial
// numbers, the order's note, and the lines to sign.

import type { Stop } from "../bindings";
import { clockTime } from "../format";

type StopViewProps = {
  stop: Stop;
  /** Its number on a sheet of several; a delivery note has none. */
  n?: number;
};

export function StopView({ stop: s, n }: StopViewProps) {
  return (
    <>
      <div className="stop__time">
        {n !== undefined && <span className="stop__n">{n}</span>}
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
    </>
  );
}
