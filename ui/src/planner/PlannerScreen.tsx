// D5 planner: resources against time with the delivery queue beside them.
// Drag a queued delivery onto a resource at a time, move or resize a booking,
// drag one back to unschedule; or do it all from the keyboard. Every drop is
// a command to Rust, which checks it; a refusal snaps back with Rust's reason,
// an overridable one asks "Book anyway?" with a reason.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import {
  type AppError,
  commands,
  type DayPlan,
  type DropMap,
  type ItemOutcome,
  type PlannerBooking,
  type PlannerResource,
  type PlannerView,
} from "../bindings";
import { deskNow } from "../clock";
import { useLiveRefresh } from "../board/useLiveRefresh";
import type { Point } from "../dnd/usePointerDrag";
import { addDays, clockTime, localIsoDate } from "../format";
import { i18n } from "../i18n";
import { call, type Outcome } from "../ipc";
import { type ActionSubject, runAction, type Slot } from "../moves/actions";
import { DateField } from "../shell/DateField";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useNow } from "../useNow";
import { stepDone } from "./bookingSteps";
import { DaySheetView } from "./DaySheetView";
import { DeliveryNoteView } from "./DeliveryNoteView";
import { markAt } from "./dropMarks";
import { OverrideDialog } from "./OverrideDialog";
import { DayGrid, WeekGrid } from "./PlannerGrid";
import { PlanReport } from "./PlanReport";
import { type Notice, PlannerNotice, sentence } from "./PlannerNotice";
import { SlotDialog, type SlotSubject } from "./SlotDialog";
import { PlannerGhost, QueuePanel } from "./QueuePanel";
import { type Suggestion, SuggestionBox } from "./SuggestionBox";
import {
  DAY_MINUTES,
  dayLabel,
  hourRange,
  instantAt,
  localDayOf,
  minutesInDay,
  overlapsDay,
  SNAP_MINUTES,
  snap,
  viewDays,
  workMinutes,
} from "./time";
import { type DragSource, type DropResult, type DropTarget, sourceKey, usePlannerDrag } from "./usePlannerDrag";
import "./planner.css";

// Kept for App.tsx: the planner takes no props.
export type PlannerScreenProps = Record<string, never>;

type Mode = "day" | "week";
const DURATIONS = [30, 45, 60, 90, 120, 180, 240];

type SlotKind = "schedule" | "reschedule";
/** A slot Rust answered "overridable": "Book anyway?" sends it again with a reason. */
type Override = { kind: SlotKind; item: ActionSubject; slot: Slot; order: string; what: string; message: string };

/** "EF-001042 on Dana Driver, Wed 25 Nov 09:00–10:00". */
function slotWhat(order: string, resource: string, slot: Slot): string {
  return `${order} on ${resource}, ${dayLabel(localDayOf(slot.start))} ${clockTime(slot.start)}–${clockTime(slot.end)}`;
}

/** The items a booking step answered with (every command of the planner answers a list). */
function outcomesOf(data: unknown): ItemOutcome[] {
  return Array.isArray(data) ? (data as ItemOutcome[]) : [];
}

/** "EF-000054: Booked with Van 1 on Tue 1 Dec 09:00–10:30.": Rust's reason for the step, after the order number. */
function doneText(order: string, data: unknown): string {
  const first = outcomesOf(data)[0];
  return first ? `${order}: ${sentence(first.reason)}` : i18n.t("planner.done", { order });
}

/** Where a booking's block is on screen (its first item's block), to say something next to it. */
function blockPoint(data: unknown): Point | null {
  const ids = outcomesOf(data).map((o) => o.itemId);
  if (ids.length === 0) return null;
  const block = document.querySelector(`[data-track] [data-item-id="${Math.min(...ids)}"]`);
  const r = block?.getBoundingClientRect();
  return r && r.width > 0 ? { x: r.left, y: r.bottom } : null;
}

/** Minutes a drag books: the duration chosen for a queued delivery, a booking's own length when moved. */
function dragMinutes(source: DragSource, duration: number): number {
  return source.kind === "queue"
    ? duration
    : Math.max(SNAP_MINUTES, (Date.parse(source.booking.end) - Date.parse(source.booking.start)) / 60_000);
}

/** The item a dragged queue entry or booking stands for, as the planner last saw it. */
function itemOf(source: DragSource): ActionSubject {
  return source.kind === "queue"
    ? { itemId: source.entry.itemId, version: source.entry.itemVersion, orderId: source.entry.orderId }
    : { itemId: source.booking.itemId, version: source.booking.itemVersion, orderId: source.booking.orderId };
}

/** Where a week-view drop books: a moved booking keeps its clock time; a new one takes the first free time after that day's bookings. */
function weekStart(resource: PlannerResource, day: string, source: DragSource): number {
  if (source.kind !== "queue") return minutesInDay(source.booking.start, localDayOf(source.booking.start));
  let start = workMinutes(resource).start;
  for (const b of resource.bookings) {
    if (!overlapsDay(b.start, b.end, day)) continue;
    start = Math.max(start, minutesInDay(b.end, day));
  }
  return Math.ceil(start / SNAP_MINUTES) * SNAP_MINUTES;
}

export function PlannerScreen(_props: PlannerScreenProps) {
  const now = useNow();
  const today = localIsoDate(now);
  const [mode, setMode] = useState<Mode>("day");
  const [anchor, setAnchor] = useState(today);
  const [duration, setDuration] = useState(60);
  const [view, setView] = useState<PlannerView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadedAt, setLoadedAt] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [dialog, setDialog] = useState<SlotSubject | null>(null);
  const [override, setOverride] = useState<Override | null>(null);
  const [plan, setPlan] = useState<{ day: string; plan: DayPlan } | null>(null);
  const [planning, setPlanning] = useState(false);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [sheet, setSheet] = useState<{ resourceId: number; day: string } | null>(null);
  const [deliveryNote, setDeliveryNote] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeId = useRef(0);
  const tell = useCallback((n: Omit<Notice, "id">) => {
    noticeId.current += 1;
    setNotice({ ...n, id: noticeId.current });
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  /** Where the pointer last was in a drag: a drop's answer is said there. */
  const dropPoint = useRef<Point | null>(null);
  const [dropMap, setDropMap] = useState<{ key: string; map: DropMap } | null>(null);

  const viewWaiters = useRef<(() => void)[]>([]);

  const days = useMemo(() => viewDays(mode, anchor), [mode, anchor]);
  const first = days[0] ?? anchor;

  // One day either side: a local day may reach into the UTC days next to it.
  const refresh = useLiveRefresh<Outcome<PlannerView>>(
    {
      load: () => call(() => commands.plannerGet(addDays(first, -1), days.length + 2)),
      onStart: () => setLoading(true),
      onResult: (outcome) => {
        setLoading(false);
        for (const resolve of viewWaiters.current.splice(0)) resolve();
        if (outcome.ok) {
          setView(outcome.data);
          setLoadError(null);
          setLoadedAt(deskNow().toISOString());
        } else setLoadError(outcome.error);
      },
    },
    [first, days.length],
  );

  const resources = useMemo(() => view?.resources ?? [], [view]);
  const queue = useMemo(() => view?.queue ?? [], [view]);
  const range = useMemo(
    () =>
      hourRange(
        resources,
        anchor,
        resources.flatMap((r) => r.bookings.filter((b) => overlapsDay(b.start, b.end, anchor))),
      ),
    [resources, anchor],
  );
  const selectedEntry = queue.find((q) => q.itemId === selected) ?? null;
  // A suggestion goes away once its delivery has left the queue (booked by a drag, say).
  const shownSuggestion = suggestion && queue.some((q) => q.itemId === suggestion.entry.itemId) ? suggestion : null;

  /**
   * Reloads and resolves once the fresh view is drawn (or after a second at
   * most): a drop stays where it landed until the booking itself shows there.
   */
  const reload = useCallback(() => {
    const drawn = new Promise<void>((resolve) => {
      viewWaiters.current.push(resolve);
      setTimeout(resolve, 1000);
    });
    refresh();
    return drawn;
  }, [refresh]);

  /** Books or moves a slot; once Rust took it, the view is reloaded and drawn. */
  const bookSlot = useCallback(
    async (kind: SlotKind, item: ActionSubject, slot: Slot, overrideReason: string | null) => {
      const r = await runAction(kind, item, { slot, overrideReason });
      if (r.ok) await reload();
      return r;
    },
    [reload],
  );

  /** A slot from a drop or a suggestion: refused (said by the caller), booked (with Rust's answer), or "Book anyway?". */
  const trySlot = useCallback(
    async (
      kind: SlotKind,
      item: ActionSubject,
      slot: Slot,
      order: string,
      what: string,
    ): Promise<{ done: unknown } | "override" | AppError> => {
      const r = await bookSlot(kind, item, slot, null);
      if (r.ok) return { done: r.data };
      if (r.error.code !== "overridable") return r.error;
      setOverride({ kind, item, slot, order, what, message: r.error.message });
      return "override";
    },
    [bookSlot],
  );

  /**
   * Says where Rust booked a delivery, next to its block (else `near`), with
   * Undo where Rust's answer says its undo takes the step back.
   */
  const tellBooked = useCallback(
    async (order: string, data: unknown, near: Point | null = null) => {
      // Once the fresh view is painted: a moved block is looked for where it is now.
      for (let frame = 0; frame < 2; frame++) await new Promise((painted) => requestAnimationFrame(painted));
      const first = outcomesOf(data)[0];
      const at = blockPoint(data) ?? near;
      const undo =
        first?.undo
          ? () =>
              void runAction("undo", { itemId: first.itemId, version: first.version }).then(async (r) => {
                if (!r.ok) {
                  tell({ kind: "refused", text: sentence(r.error.message), at });
                  return;
                }
                await reload();
                tell({ kind: "done", text: doneText(order, r.data), at });
              })
          : undefined;
      tell({ kind: "done", text: doneText(order, data), at, undo });
    },
    [reload, tell],
  );

  const resolve = useCallback(
    (x: number, y: number, source: DragSource): DropTarget | null => {
      const slotLength = dragMinutes(source, duration);
      const onTrack = (track: HTMLElement): DropTarget | null => {
        const rid = Number(track.dataset.resourceId);
        const day = track.dataset.day ?? anchor;
        const from = Number(track.dataset.fromMin);
        const to = Number(track.dataset.toMin);
        const rect = track.getBoundingClientRect();
        const frac = rect.width > 0 ? Math.min(Math.max((x - rect.left) / rect.width, 0), 1) : 0;
        const at = from + frac * (to - from);
        const name = track.dataset.resourceName ?? "";
        if (source.kind === "resize") {
          const start = minutesInDay(source.booking.start, day);
          const end = Math.min(DAY_MINUTES, Math.max(start + SNAP_MINUTES, snap(at)));
          return { kind: "slot", resourceId: rid, resourceName: name, day, start, end };
        }
        const grab = source.kind === "move" ? source.grabMinutes : 0;
        let start = Math.max(0, snap(at - grab));
        if (start + slotLength > DAY_MINUTES) start = DAY_MINUTES - slotLength;
        return { kind: "slot", resourceId: rid, resourceName: name, day, start, end: start + slotLength };
      };
      if (source.kind === "resize") {
        const own = document.querySelector<HTMLElement>(
          `[data-track][data-resource-id="${source.resourceId}"][data-day="${source.day}"]`,
        );
        return own ? onTrack(own) : null;
      }
      const hit = typeof document.elementFromPoint === "function" ? document.elementFromPoint(x, y) : null;
      if (!hit) return null;
      if (hit.closest("[data-queue-drop]")) return source.kind === "move" ? { kind: "queue" } : null;
      const track = hit.closest<HTMLElement>("[data-track]");
      if (track) return onTrack(track);
      const cell = hit.closest<HTMLElement>("[data-week-cell]");
      if (cell) {
        const rid = Number(cell.dataset.resourceId);
        const day = cell.dataset.day ?? anchor;
        const resource = resources.find((r) => r.id === rid);
        if (!resource) return null;
        const start = weekStart(resource, day, source);
        return { kind: "slot", resourceId: rid, resourceName: resource.name, day, start, end: start + slotLength };
      }
      return null;
    },
    [anchor, duration, resources],
  );

  const onDrop = useCallback(
    async (source: DragSource, target: DropTarget): Promise<DropResult> => {
      if (target.kind === "queue") {
        if (source.kind !== "move") return "refused";
        const at = dropPoint.current;
        const r = await runAction("unschedule", itemOf(source));
        if (!r.ok) {
          tell({ kind: "refused", text: sentence(r.error.message), at });
          return "refused";
        }
        await reload();
        tell({ kind: "done", text: doneText(source.booking.orderNumber, r.data), at });
        return "done";
      }
      const slot = { resourceId: target.resourceId, start: instantAt(target.day, target.start), end: instantAt(target.day, target.end) };
      if (source.kind !== "queue" && slot.resourceId === source.resourceId && slot.start === source.booking.start && slot.end === source.booking.end) {
        return "refused"; // dropped where it was: nothing to do
      }
      const order = source.kind === "queue" ? source.entry.orderNumber : source.booking.orderNumber;
      const at = dropPoint.current;
      const kind = source.kind === "queue" ? "schedule" : "reschedule";
      const answer = await trySlot(kind, itemOf(source), slot, order, slotWhat(order, target.resourceName, slot));
      if (answer === "override") return "refused";
      if ("done" in answer) {
        if (source.kind === "queue" && selected === source.entry.itemId) setSelected(null);
        void tellBooked(order, answer.done, at);
        return "done";
      }
      tell({ kind: "refused", text: sentence(answer.message), at });
      return "refused";
    },
    [reload, selected, tell, tellBooked, trySlot],
  );

  const { drag, beginPointer, consumeClick } = usePlannerDrag({ resolve, onDrop });
  if (drag) dropPoint.current = drag.pos;

  // Rust's drop map for what is dragged, asked once as the drag begins (Day view;
  // a resize keeps its start, so it has none). The rows and hours a drop would
  // be refused on are marked from it; the drop itself is still Rust's to judge.
  const dragging = drag && drag.source.kind !== "resize" && mode === "day" ? drag.source : null;
  const dropKey = dragging ? `${sourceKey(dragging)}|${anchor}|${dragMinutes(dragging, duration)}` : null;
  useEffect(() => {
    if (!dragging || !dropKey) return;
    setNotice(null);
    let live = true;
    const itemId = dragging.kind === "queue" ? dragging.entry.itemId : dragging.booking.itemId;
    void call(() => commands.plannerDropMap(itemId, anchor, dragMinutes(dragging, duration))).then((r) => {
      if (live && r.ok) setDropMap({ key: dropKey, map: r.data });
    });
    return () => {
      live = false;
    };
    // Asked again only when what is dragged, the day or the length changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropKey]);
  const drops = dropMap && dropMap.key === dropKey ? dropMap.map : null;
  const target = drag?.target?.kind === "slot" ? drag.target : null;
  const targetMark = drops && target && target.day === drops.day ? markAt(drops, target.resourceId, target.start) : null;

  /** The dialog books a queued delivery or moves a booking, and says so once Rust took it. */
  const bookFrom = useCallback(
    (subject: SlotSubject) => async (item: ActionSubject, slot: Slot, overrideReason: string | null) => {
      const order = subject.kind === "queue" ? subject.entry.orderNumber : subject.booking.orderNumber;
      const kind = subject.kind === "queue" ? "schedule" : "reschedule";
      const r = await bookSlot(kind, item, slot, overrideReason);
      if (r.ok) void tellBooked(order, r.data);
      return r;
    },
    [bookSlot, tellBooked],
  );

  const runSuggest = useCallback(async () => {
    if (!selectedEntry) return;
    const entry = selectedEntry;
    const outcome = await call(() => commands.itemSuggestSlot(entry.itemId, duration));
    setSuggestion({ entry, outcome });
  }, [duration, selectedEntry]);

  const bookSuggestion = useCallback(async () => {
    if (!suggestion?.outcome.ok) return;
    const s = suggestion.outcome.data;
    const e = suggestion.entry;
    const slot = { resourceId: s.resourceId, start: s.start, end: s.end };
    const what = slotWhat(e.orderNumber, s.resourceName, slot);
    const answer = await trySlot("schedule", itemOf({ kind: "queue", entry: e }), slot, e.orderNumber, what);
    if (answer === "override") setSuggestion(null);
    else if ("done" in answer) {
      setSuggestion(null);
      setSelected(null);
      setAnchor(localDayOf(s.start));
      void tellBooked(e.orderNumber, answer.done);
    } else setSuggestion({ entry: e, outcome: { ok: false, error: answer } });
  }, [tellBooked, trySlot, suggestion]);

  const runPlanDay = useCallback(async () => {
    setPlanning(true);
    const r = await call(() => commands.planDay(anchor, duration));
    setPlanning(false);
    if (!r.ok) {
      tell({ kind: "refused", text: sentence(r.error.message), at: null });
      return;
    }
    refresh();
    setPlan({ day: anchor, plan: r.data });
  }, [anchor, duration, refresh, tell]);

  const step = mode === "day" ? 1 : 7;
  const bookingsShown = resources.reduce(
    (n, r) => n + r.bookings.filter((b) => days.some((d) => overlapsDay(b.start, b.end, d))).length,
    0,
  );
  const heading =
    mode === "day" ? dayLabel(anchor) : `${dayLabel(days[0] ?? anchor)} – ${dayLabel(days[6] ?? anchor)}`;
  const { t } = useTranslation();

  const grid = {
    drag,
    beginPointer,
    consumeClick,
    onOpenBooking: (booking: PlannerBooking, resource: PlannerResource) => setDialog({ kind: "booking", booking, resource }),
    onDaySheet: (resource: PlannerResource) => setSheet({ resourceId: resource.id, day: anchor }),
  };

  return (
    <div className={`app planner${drag ? " planner--dragging" : ""}`} data-planner="">
      <ScreenHeader view={t("planner.view")} sync={{ loading, failed: loadError !== null, updatedAt: loadedAt }} onRefresh={refresh}>
        {view && (
          <>
            <span className="stat" data-stat="queue">
              <Trans i18nKey="planner.waiting" values={{ count: queue.length }} components={{ strong: <strong /> }} />
            </span>
            <span className="stat" data-stat="bookings">
              <Trans i18nKey="planner.bookingsShown" count={bookingsShown} components={{ strong: <strong /> }} />
            </span>
          </>
        )}
      </ScreenHeader>

      <div className="planner-toolbar" role="toolbar" aria-label={t("planner.view")}>
        <div className="planner-toolbar__nav">
          <button type="button" className="button" aria-label={mode === "day" ? t("planner.prevDay") : t("planner.prevWeek")} onClick={() => setAnchor(addDays(anchor, -step))}>
            ‹
          </button>
          <button type="button" className="button" onClick={() => setAnchor(today)} disabled={anchor === today}>
            {t("planner.today")}
          </button>
          <button type="button" className="button" aria-label={mode === "day" ? t("planner.nextDay") : t("planner.nextWeek")} onClick={() => setAnchor(addDays(anchor, step))}>
            ›
          </button>
          <h2 className="planner-toolbar__date" data-anchor={anchor}>
            {heading}
          </h2>
          <DateField
            label={t("planner.goTo")}
            labelHidden
            inputClassName="planner-toolbar__pick"
            value={anchor}
            data-field="goToDate"
            onChange={(day) => day && setAnchor(day)}
          />
        </div>
        <div className="planner-seg" role="group" aria-label={t("stock.show")}>
          {(["day", "week"] as const).map((m) => (
            <button
              key={m}
              type="button"
              className={`planner-seg__btn${mode === m ? " planner-seg__btn--on" : ""}`}
              aria-pressed={mode === m}
              data-mode={m}
              onClick={() => setMode(m)}
            >
              {m === "day" ? t("planner.day") : t("planner.week")}
            </button>
          ))}
        </div>
        <label className="planner-toolbar__dur">
          <span>{t("planner.duration")}</span>
          <select className="field" value={duration} onChange={(e) => setDuration(Number(e.target.value))}>
            {DURATIONS.map((d) => (
              <option key={d} value={d}>
                {d < 60 ? t("planner.minutes", { n: d }) : t("planner.hours", { h: d / 60, m: d % 60 ? ` ${d % 60}` : "" })}
              </option>
            ))}
          </select>
        </label>
        <div className="planner-toolbar__actions">
          <button
            type="button"
            className="button"
            data-action="suggest"
            disabled={!selectedEntry}
            title={selectedEntry ? t("planner.suggestFor", { order: selectedEntry.orderNumber }) : t("planner.selectFirst")}
            onClick={() => void runSuggest()}
          >
            {t("planner.suggestSlot")}
          </button>
          <button type="button" className="button button--primary" data-action="plan-day" disabled={planning} onClick={() => void runPlanDay()}>
            {planning ? t("planner.planning") : anchor === today ? t("planner.planToday") : t("planner.planDay", { day: dayLabel(anchor) })}
          </button>
        </div>
      </div>
      <p className="planner-hint">
        {mode === "day"
          ? t("planner.hintDay")
          : t("planner.hintWeek")}
      </p>

      {shownSuggestion && (
        <SuggestionBox
          suggestion={shownSuggestion}
          onBook={() => void bookSuggestion()}
          onShowDay={setAnchor}
          onClose={() => setSuggestion(null)}
        />
      )}

      <ErrorBanner error={loadError} what={t("planner.loadWhat")} stale={view !== null} onRetry={refresh} />

      <div className="planner-body">
        <main className="planner-main" aria-busy={loading && !view}>
          {!view ? (
            <p className="planner-empty">{loading ? t("planner.loading") : ""}</p>
          ) : resources.length === 0 ? (
            <p className="planner-empty">{t("planner.noResources")}</p>
          ) : mode === "day" ? (
            <DayGrid
              resources={resources}
              day={anchor}
              range={range}
              now={anchor === today ? minutesInDay(now.toISOString(), anchor) : null}
              drops={drops}
              {...grid}
            />
          ) : (
            <WeekGrid resources={resources} days={days} today={today} {...grid} />
          )}
        </main>
        <QueuePanel
          queue={queue}
          selected={selected}
          drag={drag}
          onSelect={setSelected}
          onOpen={(entry) => setDialog({ kind: "queue", entry })}
          beginPointer={beginPointer}
          consumeClick={consumeClick}
        />
      </div>

      <PlannerGhost drag={drag} mark={targetMark} />
      <PlannerNotice notice={notice} onDismiss={dismissNotice} />

      {dialog && (
        <SlotDialog
          key={dialog.kind === "queue" ? `q${dialog.entry.itemId}` : `b${dialog.booking.bookingId}`}
          subject={dialog}
          resources={resources}
          day={anchor}
          duration={duration}
          book={bookFrom(dialog)}
          onStep={(step) => {
            refresh();
            if (dialog.kind === "booking") tell({ kind: "done", text: `${dialog.booking.orderNumber} ${stepDone(step, dialog.booking.kind)}.`, at: null });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
          onDeliveryNote={(bookingId) => {
            setDialog(null);
            setDeliveryNote(bookingId);
          }}
        />
      )}
      {override && (
        <OverrideDialog
          message={override.message}
          what={override.what}
          onClose={() => setOverride(null)}
          confirm={async (reason) => {
            const r = await bookSlot(override.kind, override.item, override.slot, reason);
            if (r.ok) void tellBooked(override.order, r.data);
            return r;
          }}
        />
      )}
      {plan && <PlanReport day={plan.day} plan={plan.plan} onClose={() => setPlan(null)} />}
      {sheet && <DaySheetView resourceId={sheet.resourceId} day={sheet.day} onClose={() => setSheet(null)} />}
      {deliveryNote !== null && <DeliveryNoteView bookingId={deliveryNote} onClose={() => setDeliveryNote(null)} />}
    </div>
  );
}
