// Resources as rows against time: a Day in hours (15-minute steps) or a Week
// in days. It draws Rust's projection and the drop preview; it decides nothing.

import type { PointerEvent as ReactPointerEvent } from "react";
import type { DropMap, PlannerBooking, PlannerResource } from "../bindings";
import { clockTime } from "../format";
import { i18n } from "../i18n";
import { kindLabel } from "../resources/resourceDraft";
import {
  dayLabel,
  dayState,
  hhmm,
  minutesInDay,
  overlapsDay,
  workMinutes,
} from "./time";
import { markAt, markedSpans, rowRefusal } from "./dropMarks";
import type { DragSource, PlannerDrag } from "./usePlannerDrag";

export type GridHandlers = {
  drag: PlannerDrag | null;
  beginPointer: (e: ReactPointerEvent<HTMLElement>, source: DragSource) => void;
  consumeClick: () => boolean;
  onOpenBooking: (booking: PlannerBooking, resource: PlannerResource) => void;
  onDaySheet: (resource: PlannerResource) => void;
};

/** The status of a booking (its most advanced item) in words. */
export function bookingStatusLabel(b: PlannerBooking): string {
  return b.statusLabel;
}

function bookingsOn(resource: PlannerResource, day: string): PlannerBooking[] {
  return resource.bookings.filter((b) => overlapsDay(b.start, b.end, day));
}

function isDragged(drag: PlannerDrag | null, b: PlannerBooking): boolean {
  return drag !== null && drag.source.kind !== "queue" && drag.source.booking.bookingId === b.bookingId;
}

/**
 * A booking's accessible name: first what its block shows, in that order
 * (WCAG 2.5.3, label in name), then what the block has no room for.
 */
function bookingSummary(shown: string, b: PlannerBooking): string {
  const parts = [shown, i18n.t("stock.units", { count: b.units }), bookingStatusLabel(b)];
  if (b.kind !== "delivery") parts.splice(1, 0, b.kindLabel);
  if (b.overrideReason) parts.push(i18n.t("planner.overridden", { why: b.overrideReason }));
  return `${parts.join(". ")}. ${i18n.t("planner.enterForDetails")}`;
}

function onBookingKey(e: React.KeyboardEvent, open: () => void) {
  if (e.key === "Enter" || e.key === "m" || e.key === " ") {
    e.preventDefault();
    open();
  }
}

function ResourceHead({ resource, onDaySheet }: { resource: PlannerResource; onDaySheet: () => void }) {
  const w = workMinutes(resource);
  return (
    <div className="planner-row__head" role="rowheader">
      <span className={`planner-kind planner-kind--${resource.kind}`} aria-hidden="true">
        {kindLabel(resource.kind).charAt(0)}
      </span>
      <div className="planner-row__who">
        <span className="planner-row__name" title={resource.name}>
          {resource.name}
        </span>
        <span className="planner-row__meta">
          {kindLabel(resource.kind)} · {i18n.t("stock.units", { count: resource.capacity })}
        </span>
        <span className="planner-row__meta">
          <span title={i18n.t("planner.workingHours")}>
            {hhmm(w.start)}–{hhmm(w.end)}
          </span>{" "}
          ·{" "}
          <button
            type="button"
            className="planner-row__sheet"
            data-day-sheet={resource.id}
            aria-label={i18n.t("planner.daySheetOf", { name: resource.name })}
            title={i18n.t("planner.printableSheet", { name: resource.name })}
            onClick={onDaySheet}
          >
            {i18n.t("planner.daySheetLink")}
          </button>
        </span>
      </div>
    </div>
  );
}

function BookingMark({ b }: { b: PlannerBooking }) {
  if (!b.overrideReason) return null;
  return (
    <span className="planner-booking__override" title={i18n.t("planner.overriddenTitle", { why: b.overrideReason })} aria-label={i18n.t("card.summary.overridden")}>
      ⚑
    </span>
  );
}

/**
 * A collection (↩) or a stop that delivers and collects (⇄), before the
 * customer: a day block is too narrow for a badge. Its words are in the
 * block's summary for screen readers and in the tooltip.
 */
function StopKindMark({ b }: { b: PlannerBooking }) {
  if (b.kind === "delivery") return null;
  return (
    <span className="planner-booking__kind" title={b.kindLabel} aria-hidden="true">
      {b.kind === "collection" ? "↩" : "⇄"}{" "}
    </span>
  );
}

// ---------------------------------------------------------------------------
// Day: hours on the x axis

type DayGridProps = GridHandlers & {
  resources: PlannerResource[];
  day: string;
  range: { from: number; to: number };
  /** Minutes past midnight now, when the day shown is today; else null. */
  now: number | null;
  /** Rust's drop map for the drag under way, once it answered; null otherwise. */
  drops: DropMap | null;
};

export function DayGrid({ resources, day, range, now, drops, ...h }: DayGridProps) {
  const span = range.to - range.from;
  const pct = (m: number) => `${((Math.min(Math.max(m, range.from), range.to) - range.from) / span) * 100}%`;
  const hours: number[] = [];
  for (let m = range.from; m < range.to; m += 60) hours.push(m);
  const target = h.drag?.phase !== "returning" && h.drag?.target?.kind === "slot" ? h.drag.target : null;

  return (
    <div className="planner-grid planner-grid--day" style={{ ["--hours" as string]: span / 60 }} role="grid" aria-label={i18n.t("planner.resourcesOn", { day: dayLabel(day) })}>
      <div className="planner-row planner-row--scale" role="row">
        <div className="planner-row__head planner-row__head--scale" role="columnheader">
          {dayLabel(day)}
        </div>
        <div className="planner-scale" role="columnheader">
          {hours.map((m) => (
            <span key={m} className="planner-scale__hour" style={{ left: pct(m) }}>
              {hhmm(m)}
            </span>
          ))}
          {/* Where the day ends, so the last working hour reads as whole. */}
          <span className="planner-scale__hour planner-scale__hour--end" data-scale-end="">
            {hhmm(range.to)}
          </span>
        </div>
      </div>
      {resources.map((r) => {
        const state = dayState(r, day);
        const w = workMinutes(r);
        const preview = target && target.resourceId === r.id && target.day === day ? target : null;
        const refusal = drops ? rowRefusal(drops, r.id) : null;
        const mark = preview && drops ? markAt(drops, r.id, preview.start) : null;
        return (
          <div className="planner-row" role="row" key={r.id} data-resource-id={r.id}>
            <ResourceHead resource={r} onDaySheet={() => h.onDaySheet(r)} />
            <div
              className={`planner-track${state.working ? "" : " planner-track--off"}${preview ? " planner-track--over" : ""}${refusal ? " planner-track--refused" : ""}`}
              data-refused={refusal ?? undefined}
              role="gridcell"
              data-track=""
              data-resource-id={r.id}
              data-resource-name={r.name}
              data-day={day}
              data-from-min={range.from}
              data-to-min={range.to}
              title={state.working ? undefined : `${r.name}: ${state.why}`}
            >
              {state.working ? (
                <>
                  {w.start > range.from && (
                    <span className="planner-off" style={{ left: 0, width: pct(w.start) }} aria-hidden="true" />
                  )}
                  {w.end < range.to && (
                    <span
                      className="planner-off"
                      style={{ left: pct(w.end), right: 0 }}
                      aria-hidden="true"
                    />
                  )}
                </>
              ) : (
                !refusal && <span className="planner-track__why">{state.why}</span>
              )}
              {refusal && (
                <span className="planner-track__refused" data-drop-refused="">
                  <strong>{i18n.t("planner.refused")}</strong> {refusal}
                </span>
              )}
              {drops &&
                !refusal &&
                markedSpans(drops, r.id, range).map((m) => (
                  <span
                    key={m.fromMinute}
                    className={`planner-drop planner-drop--${m.verdict}`}
                    style={{ left: pct(m.fromMinute), width: `calc(${pct(m.toMinute)} - ${pct(m.fromMinute)})` }}
                    title={m.reason ?? undefined}
                    data-drop-mark={m.verdict}
                    data-from-min={m.fromMinute}
                    data-to-min={m.toMinute}
                    aria-hidden="true"
                  />
                ))}
              {bookingsOn(r, day).map((b) => {
                const s = minutesInDay(b.start, day);
                const e = minutesInDay(b.end, day);
                const left = pct(s);
                const width = `calc(${pct(e)} - ${left})`;
                const open = () => h.onOpenBooking(b, r);
                return (
                  <div
                    key={b.bookingId}
                    className={`planner-booking planner-booking--${b.status}${isDragged(h.drag, b) ? " planner-booking--dragged" : ""}${b.overrideReason ? " planner-booking--overridden" : ""}`}
                    style={{ left, width }}
                    tabIndex={0}
                    role="button"
                    data-booking-id={b.bookingId}
                    data-item-id={b.itemId}
                    data-order-number={b.orderNumber}
                    data-status={b.status}
                    data-stop-kind={b.kind}
                    title={`${b.customerName} · ${b.orderNumber} · ${clockTime(b.start)}–${clockTime(b.end)}\n${b.kind === "delivery" ? "" : `${b.kindLabel}: `}${b.services}${b.overrideReason ? `\n${i18n.t("planner.overriddenTitle", { why: b.overrideReason })}` : ""}`}
                    onPointerDown={(ev) => {
                      const track = ev.currentTarget.closest<HTMLElement>("[data-track]")?.getBoundingClientRect();
                      const grab = track && track.width > 0 ? ((ev.clientX - track.left) / track.width) * span + range.from - s : 0;
                      h.beginPointer(ev, { kind: "move", booking: b, resourceId: r.id, grabMinutes: Math.max(0, grab) });
                    }}
                    onClick={() => {
                      if (!h.consumeClick()) open();
                    }}
                    onKeyDown={(ev) => onBookingKey(ev, open)}
                  >
                    <span className="planner-booking__who">
                      <StopKindMark b={b} />
                      {b.customerName}
                    </span>{" "}
                    <span className="planner-booking__top">
                      <span className="planner-booking__order">{b.orderNumber}</span>{" "}
                      <span className="planner-booking__time">
                        {clockTime(b.start)}–{clockTime(b.end)}
                      </span>{" "}
                      <BookingMark b={b} />
                    </span>{" "}
                    <span className="planner-booking__what">{b.services}</span>
                    {/* Named by what it shows, then the rest for screen readers: a narrow block clips its text, and a label that differs from it would not match. */}
                    <span className="visually-hidden"> {bookingSummary(i18n.t("planner.onResource", { name: r.name }), b)}</span>
                    {/* On every booking, as a booking's body moves on every booking: Rust refuses what can no longer change. */}
                    <span
                      className="planner-booking__resize"
                      aria-hidden="true"
                      title={i18n.t("planner.dragEnd")}
                      data-resize-handle=""
                      onPointerDown={(ev) => h.beginPointer(ev, { kind: "resize", booking: b, resourceId: r.id, day })}
                    />
                  </div>
                );
              })}
              {now !== null && now > range.from && now < range.to && (
                <span className="planner-now" style={{ left: pct(now) }} aria-hidden="true" />
              )}
              {preview && (
                <div
                  className={`planner-preview${mark ? ` planner-preview--${mark.verdict}` : ""}${h.drag?.phase === "dropping" ? " planner-preview--busy" : ""}`}
                  style={{ left: pct(preview.start), width: `calc(${pct(preview.end)} - ${pct(preview.start)})` }}
                  data-drop-preview=""
                  aria-hidden="true"
                >
                  {hhmm(preview.start)}–{hhmm(preview.end)}
                </div>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}

// ---------------------------------------------------------------------------
// Week: seven day columns

type WeekGridProps = GridHandlers & {
  resources: PlannerResource[];
  days: string[];
  today: string;
};

export function WeekGrid({ resources, days, today, ...h }: WeekGridProps) {
  const target = h.drag?.phase !== "returning" && h.drag?.target?.kind === "slot" ? h.drag.target : null;
  return (
    <div className="planner-grid planner-grid--week" role="grid" aria-label={i18n.t("planner.resourcesWeek", { day: dayLabel(days[0] ?? today) })}>
      <div className="planner-row planner-row--scale" role="row">
        <div className="planner-row__head planner-row__head--scale" role="columnheader">
          {i18n.t("planner.resource")}
        </div>
        {days.map((d) => (
          <div key={d} className={`planner-week__day${d === today ? " planner-week__day--today" : ""}`} role="columnheader">
            {dayLabel(d)}
          </div>
        ))}
      </div>
      {resources.map((r) => (
        <div className="planner-row" role="row" key={r.id} data-resource-id={r.id}>
          <ResourceHead resource={r} onDaySheet={() => h.onDaySheet(r)} />
          {days.map((d) => {
            const state = dayState(r, d);
            const preview = target && target.resourceId === r.id && target.day === d ? target : null;
            return (
              <div
                key={d}
                className={`planner-cell${state.working ? "" : " planner-cell--off"}${preview ? " planner-cell--over" : ""}`}
                role="gridcell"
                data-week-cell=""
                data-resource-id={r.id}
                data-resource-name={r.name}
                data-day={d}
                title={state.working ? undefined : `${r.name}: ${state.why}`}
              >
                {!state.working && <span className="planner-cell__why">{state.why}</span>}
                {bookingsOn(r, d).map((b) => {
                  const open = () => h.onOpenBooking(b, r);
                  return (
                    <div
                      key={b.bookingId}
                      className={`planner-chip planner-booking--${b.status}${isDragged(h.drag, b) ? " planner-booking--dragged" : ""}`}
                      tabIndex={0}
                      role="button"
                      data-booking-id={b.bookingId}
                      data-item-id={b.itemId}
                      data-order-number={b.orderNumber}
                      data-status={b.status}
                      data-stop-kind={b.kind}
                      aria-label={bookingSummary(
                        i18n.t("planner.chipName", { from: clockTime(b.start), order: b.orderNumber, customer: b.customerName, to: clockTime(b.end), name: r.name }),
                        b,
                      )}
                      onPointerDown={(ev) => h.beginPointer(ev, { kind: "move", booking: b, resourceId: r.id, grabMinutes: 0 })}
                      onClick={() => {
                        if (!h.consumeClick()) open();
                      }}
                      onKeyDown={(ev) => onBookingKey(ev, open)}
                    >
                      <StopKindMark b={b} />
                      <span className="planner-chip__time">{clockTime(b.start)}</span>{" "}
                      <span className="planner-chip__order">{b.orderNumber}</span> <BookingMark b={b} />{" "}
                      <span className="planner-chip__who">{b.customerName}</span>
                    </div>
                  );
                })}
                {preview && (
                  <div className="planner-chip planner-chip--preview" data-drop-preview="" aria-hidden="true">
                    {hhmm(preview.start)}–{hhmm(preview.end)}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
