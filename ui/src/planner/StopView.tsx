// One stop as the papers draw it: when, who receives it (and their phone),
// the customer and order, the address, what to hand over and what to bring
// back (a swap: both at one stop) with quantities and serial numbers, the
// order's note, and the lines to sign.

import { useTranslation } from "react-i18next";
import type { Stop, StopItem } from "../bindings";
import { clockTime } from "../format";
import { StopKindBadge } from "./QueuePanel";

type StopViewProps = {
  stop: Stop;
  /** Its number on a sheet of several; a delivery note has none. */
  n?: number;
};

/** One direction's items of a stop under its heading; nothing when there are none. */
function StopItems({ heading, direction, items }: { heading: string; direction: "hand-over" | "bring-back"; items: StopItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <table className="stop__items" data-direction={direction}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">{t("planner.qty")}</th>
          <th scope="col">{t("planner.serials")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((it, j) => (
          <tr key={j}>
            <td>{it.title}</td>
            <td className="stop__qty">{it.quantity}</td>
            <td className="stop__serials">{it.serials.length ? it.serials.join(", ") : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StopView({ stop: s, n }: StopViewProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="stop__time">
        {n !== undefined && <span className="stop__n">{n}</span>}
        <strong>{clockTime(s.start)}</strong>
        <span className="stop__until">{t("planner.until", { time: clockTime(s.end) })}</span>
      </div>
      <div className="stop__main">
        <div className="stop__who">
          <strong>{s.recipientName}</strong> · {s.customerName} · <span className="stop__order">{s.orderNumber}</span>{" "}
          <StopKindBadge kind={s.kind} label={s.kindLabel} />
        </div>
        {s.recipientPhone && (
          <div className="stop__phone">
            <span className="stop__label">{t("planner.phone")}</span> {s.recipientPhone}
          </div>
        )}
        <div className="stop__address">{s.address}</div>
        {s.addressAddition && <div className="stop__addition">{s.addressAddition}</div>}
        <StopItems heading={t("planner.handOver")} direction="hand-over" items={s.handOver} />
        <StopItems heading={t("planner.bringBack")} direction="bring-back" items={s.bringBack} />
        {s.deliveryNote && (
          <p className="stop__notes">
            <span className="stop__label">{t("planner.deliveryNote")}</span> {s.deliveryNote}
          </p>
        )}
        <div className="stop__sign" aria-hidden="true">
          <span>{t("planner.receivedBy")}</span>
          <span>{t("planner.signature")}</span>
        </div>
      </div>
    </>
  );
}
