// The delivery queue beside the grid: one card per consolidated delivery.
// Drag a card onto a resource, or press Enter / "m" to book it from the keyboard.
// A booking dragged back here is unscheduled.

import type { PointerEvent as ReactPointerEvent } from "react";
import { useTranslation } from "react-i18next";
import type { QueueEntry, StopKind } from "../bindings";
import { i18n } from "../i18n";
import { hhmm, windowLabel } from "./time";
import type { DropMark } from "./dropMarks";
import type { DragSource, PlannerDrag } from "./usePlannerDrag";
import "../dnd/dnd.css";

type QueuePanelProps = {
  queue: QueueEntry[];
  selected: number | null;
  drag: PlannerDrag | null;
  onSelect: (itemId: number | null) => void;
  onOpen: (entry: QueueEntry) => void;
  beginPointer: (e: ReactPointerEvent<HTMLElement>, source: DragSource) => void;
  consumeClick: () => boolean;
};

/** What a stop does when it is more than a delivery: "Collection", "Delivery and collection". */
export function StopKindBadge({ kind, label }: { kind: StopKind; label: string }) {
  if (kind === "delivery") return null;
  return <span className="badge badge--type">{label}</span>;
}

/** A card's accessible name: first what the card shows, in that order (WCAG 2.5.3, label in name). */
function entrySummary(q: QueueEntry): string {
  const top = [q.orderNumber, q.onHold ? i18n.t("planner.onHold") : null, q.kind === "delivery" ? null : q.kindLabel, i18n.t("stock.units", { count: q.units }), q.customerName]
    .filter(Boolean)
    .join(", ");
  const together = q.itemIds.length > 1 ? `, ${i18n.t("planner.together", { count: q.itemIds.length })}` : "";
  return i18n.t("planner.entrySummary", { top, services: q.services, needs: q.needs, window: windowLabel(q.windowStart, q.windowEnd), together });
}

export function QueuePanel({ queue, selected, drag, onSelect, onOpen, beginPointer, consumeClick }: QueuePanelProps) {
  const { t } = useTranslation();
  const unscheduling = drag?.source.kind === "move";
  const over = unscheduling && drag?.target?.kind === "queue" && drag.phase !== "returning";
  return (
    <aside
      className={`planner-queue${unscheduling ? " planner-queue--drop" : ""}${over ? " planner-queue--over" : ""}`}
      aria-label={t("planner.queue")}
      data-queue-drop=""
    >
      <header className="planner-queue__head">
        <h2 className="planner-queue__title">{t("planner.queue")}</h2>
        <span className="planner-queue__count">{queue.length}</span>
      </header>
      {unscheduling ? (
        <p className="planner-queue__hint planner-queue__hint--drop">{t("planner.dropToUnschedule")}</p>
      ) : (
        <p className="planner-queue__hint">{t("planner.queueHint")}</p>
      )}
      {queue.length === 0 ? (
        <p className="planner-queue__empty">{t("planner.queueEmpty")}</p>
      ) : (
        <ul className="planner-queue__list">
          {queue.map((q) => {
            const dragged = drag?.source.kind === "queue" && drag.source.entry.itemId === q.itemId;
            return (
              <li key={`${q.orderId}-${q.deliveryGroup}`}>
                <div
                  className={`queue-card${selected === q.itemId ? " queue-card--selected" : ""}${q.onHold ? " queue-card--held" : ""}${dragged ? " queue-card--dragged" : ""}`}
                  tabIndex={0}
                  role="button"
                  aria-pressed={selected === q.itemId}
                  aria-label={entrySummary(q)}
                  data-queue-item={q.itemId}
                  data-order-number={q.orderNumber}
                  data-stop-kind={q.kind}
                  onPointerDown={(e) => beginPointer(e, { kind: "queue", entry: q })}
                  onClick={() => {
                    if (consumeClick()) return;
                    onSelect(selected === q.itemId ? null : q.itemId);
                  }}
                  onDoubleClick={() => onOpen(q)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === "m") {
                      e.preventDefault();
                      onSelect(q.itemId);
                      onOpen(q);
                    } else if (e.key === " ") {
                      e.preventDefault();
                      onSelect(selected === q.itemId ? null : q.itemId);
                    }
                  }}
                >
                  <div className="queue-card__top">
                    <span className="queue-card__order">{q.orderNumber}</span>{" "}
                    {q.onHold && <span className="badge badge--hold">{t("board.card.onHold")}</span>}{" "}
                    <StopKindBadge kind={q.kind} label={q.kindLabel} />{" "}
                    <span className="queue-card__units">{t("stock.units", { count: q.units })}</span>
                  </div>{" "}
                  <div className="queue-card__customer">{q.customerName}</div>{" "}
                  <div className="queue-card__what">{q.services}</div>{" "}
                  <div className={`queue-card__needs${q.needsTechnician ? " queue-card__needs--tech" : ""}`} data-needs="">
                    <span className="queue-card__label">{t("planner.needs")}</span> {q.needs}
                  </div>{" "}
                  <div className="queue-card__window">
                    <span className="queue-card__label">{t("planner.window")}</span> {windowLabel(q.windowStart, q.windowEnd)}
                    {q.itemIds.length > 1 && <span className="queue-card__group"> · {t("planner.together", { count: q.itemIds.length })}</span>}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}

/** The card under the pointer while a queue entry or booking is dragged; it lets the pointer through. */
export function PlannerGhost({ drag, mark }: { drag: PlannerDrag | null; mark: DropMark | null }) {
  if (!drag || drag.source.kind === "resize") return null;
  const x = drag.pos.x - drag.grab.x;
  const y = drag.pos.y - drag.grab.y;
  const s = drag.source;
  const title = s.kind === "queue" ? s.entry.orderNumber : s.booking.orderNumber;
  const who = s.kind === "queue" ? s.entry.customerName : s.booking.customerName;
  const t = drag.target;
  const where =
    t === null
      ? s.kind === "queue"
        ? i18n.t("planner.dropOnResource")
        : i18n.t("planner.dropOnResourceOrQueue")
      : t.kind === "queue"
        ? i18n.t("planner.unschedule")
        : `${t.resourceName} · ${hhmm(t.start)}–${hhmm(t.end)}`;
  return (
    <div
      className={`drag-ghost planner-ghost drag-ghost--${drag.phase}`}
      aria-hidden="true"
      style={{ width: 210, transform: `translate(${x}px, ${y}px)` }}
    >
      <div className="drag-ghost__top">
        <span className="drag-ghost__order">{title}</span>
      </div>
      <div className="drag-ghost__title">{who}</div>
      <div className={`planner-ghost__where${t ? " planner-ghost__where--on" : ""}`} data-ghost-target="">
        {where}
      </div>
      {mark && mark.verdict !== "free" && (
        <div className={`planner-ghost__verdict planner-ghost__verdict--${mark.verdict}`} data-ghost-verdict={mark.verdict}>
          <strong>{mark.verdict === "refused" ? i18n.t("planner.refused") : i18n.t("planner.bookAnywayAsk")}</strong> {mark.reason}
        </div>
      )}
    </div>
  );
}
