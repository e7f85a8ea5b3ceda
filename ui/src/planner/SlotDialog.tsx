// The keyboard path of the planner: a queued delivery booked by resource,
// date, start and minutes (or Rust's suggested slot), a booking moved the
// same way, and a booking's delivery steps. What a booking can do is Rust's
// answer (item_moves for its item), as on the board.

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlannerBooking, PlannerResource, QueueEntry } from "../bindings";
import { clockTime } from "../format";
import type { Outcome } from "../ipc";
import { type ActionSubject, runAction, type Slot } from "../moves/actions";
import { type LoadedMoves, loadMoves } from "../moves/loadMoves";
import { MoveButton } from "../moves/MoveButton";
import { FieldError } from "../shell/FieldError";
import { type BookingStep, bookingSteps, canMove, stepAction } from "./bookingSteps";
import { PlannerDialog } from "./PlannerDialog";
import { bookingStatusLabel } from "./PlannerGrid";
import { type SlotFields, SlotForm, slotFields } from "./SlotForm";
import { dayLabel, hhmm, localDayOf, windowLabel, workMinutes } from "./time";

export type SlotSubject =
  | { kind: "queue"; entry: QueueEntry }
  | { kind: "booking"; booking: PlannerBooking; resource: PlannerResource };

type SlotDialogProps = {
  subject: SlotSubject;
  resources: PlannerResource[];
  /** The day the planner shows, and its duration: where a queued delivery starts. */
  day: string;
  duration: number;
  /** Books the queued delivery, or moves the booking, for `item` as last seen. */
  book: (item: ActionSubject, slot: Slot, overrideReason: string | null) => Promise<Outcome<unknown>>;
  /** Rust took one of the booking's steps. */
  onStep: (step: BookingStep) => void;
  onClose: () => void;
  /** Opens the booking's delivery note (its paper to print). */
  onDeliveryNote: (bookingId: number) => void;
};

/** A queued delivery starts on the first resource at the start of its hours. */
function queueFields(resources: PlannerResource[], day: string, duration: number): SlotFields {
  const first = resources[0];
  return { resourceId: first?.id ?? 0, day, start: first ? hhmm(workMinutes(first).start) : "09:00", minutes: String(duration) };
}

export function SlotDialog({ subject, resources, day, duration, book, onStep, onClose, onDeliveryNote }: SlotDialogProps) {
  const { t } = useTranslation();
  const title = subject.kind === "queue" ? t("planner.bookOrder", { order: subject.entry.orderNumber }) : t("planner.booking", { order: subject.booking.orderNumber });
  return (
    <PlannerDialog title={title} onClose={onClose} className="planner-dialog--slot">
      {subject.kind === "queue" ? (
        <>
          <p className="move-prompt__item">
            {subject.entry.customerName} · {t("stock.units", { count: subject.entry.units })} · {t("planner.windowLower")}{" "}
            {windowLabel(subject.entry.windowStart, subject.entry.windowEnd)}
          </p>
          <SlotForm
            resources={resources}
            initial={queueFields(resources, day, duration)}
            submit={{ label: t("planner.book"), action: "schedule" }}
            send={(slot, reason) =>
              book({ itemId: subject.entry.itemId, version: subject.entry.itemVersion, orderId: subject.entry.orderId }, slot, reason)
            }
            suggestFor={subject.entry.itemId}
            onDone={onClose}
          />
        </>
      ) : (
        <BookingPart booking={subject.booking} resource={subject.resource} resources={resources} book={book} onStep={onStep} onDone={onClose} />
      )}
      <div className="move-prompt__actions">
        {subject.kind === "booking" && (
          <button type="button" className="button" data-delivery-note="" onClick={() => onDeliveryNote(subject.booking.bookingId)}>
            {t("planner.deliveryNote")}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </PlannerDialog>
  );
}

type BookingPartProps = {
  booking: PlannerBooking;
  resource: PlannerResource;
  resources: PlannerResource[];
  book: SlotDialogProps["book"];
  onStep: (step: BookingStep) => void;
  onDone: () => void;
};

/** A booking: where and when it is, the form that moves it, and the steps Rust offers for its item. */
function BookingPart({ booking, resource, resources, book, onStep, onDone }: BookingPartProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<LoadedMoves | null>(null);

  useEffect(() => {
    let live = true;
    void loadMoves(booking.itemId).then((moves) => live && setLoaded(moves));
    return () => {
      live = false;
    };
  }, [booking.itemId]);

  const moves = loaded?.ok ? loaded.data.moves : [];
  // The freshest version Rust gave, as the board uses for a card.
  const item: ActionSubject = {
    itemId: booking.itemId,
    version: loaded?.ok ? loaded.data.version : booking.itemVersion,
    orderId: booking.orderId,
  };
  const steps = bookingSteps(moves);

  return (
    <>
      <p className="move-prompt__item">
        {booking.customerName} · {t("stock.units", { count: booking.units })} · {resource.name}, {dayLabel(localDayOf(booking.start))}{" "}
        {clockTime(booking.start)}–{clockTime(booking.end)} ·{" "}
        <span className="planner-dialog__status" data-status={booking.status}>
          {bookingStatusLabel(booking)}
        </span>
      </p>
      {booking.overrideReason && (
        <p className="planner-dialog__override">
          <span aria-hidden="true">⚑ </span>{t("planner.overridden", { why: booking.overrideReason })}
        </p>
      )}
      {loaded === null && <p className="hint">{t("planner.asking")}</p>}
      {loaded && !loaded.ok && <FieldError error={loaded.error} named />}
      {canMove(moves) && (
        <SlotForm
          resources={resources}
          initial={slotFields(resource.id, booking.start, booking.end)}
          submit={{ label: t("stock.ask.move"), action: "reschedule" }}
          send={(slot, reason) => book(item, slot, reason)}
          onDone={onDone}
        />
      )}
      {loaded?.ok &&
        (steps.length > 0 ? (
          <div className="planner-dialog__steps" role="group" aria-label={t("planner.steps")}>
            <ul className="moves">
              {steps.map((move) => (
                <MoveButton
                  key={move.action}
                  move={move}
                  run={(text) => runAction(stepAction(move.action), item, { text })}
                  onDone={() => onStep(move.action)}
                />
              ))}
            </ul>
          </div>
        ) : (
          <p className="hint">{t("planner.nothingMore")}</p>
        ))}
    </>
  );
}
