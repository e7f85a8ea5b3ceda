// A stop's delivery note: who delivers and when, then the stop with its
// items and serials and the lines the recipient signs, in a PaperDialog.
// Opened from a booking on the planner and from a booked item's panel.

import { useEffect, useState } from "react";
import { type AppError, commands, type DeliveryNote } from "../bindings";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { PaperDialog } from "./PaperDialog";
import { StopView } from "./StopView";
import { longDayLabel } from "./time";

type DeliveryNoteViewProps = {
  bookingId: number;
  onClose: () => void;
};

export function DeliveryNoteView({ bookingId, onClose }: DeliveryNoteViewProps) {
  const [note, setNote] = useState<DeliveryNote | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let live = true;
    void call(() => commands.deliveryNoteGet(bookingId)).then((r) => {
      if (!live) return;
      if (r.ok) setNote(r.data);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [bookingId]);

  return (
    <PaperDialog
      label="Delivery note"
      dataName="delivery-note-view"
      ready={note !== null}
      savePdf={() => call(() => commands.deliveryNotePdf(bookingId))}
      onClose={onClose}
    >
      <FieldError error={error} named />
      {!note && !error && <p className="hint">Loading the delivery note…</p>}
      {note && (
        <>
          <header className="day-sheet__head">
            <p className="day-sheet__kind">Delivery note</p>
            <h2 className="day-sheet__title">{note.shopName}</h2>
            <p className="day-sheet__date">
              Order {note.stop.orderNumber} · {longDayLabel(note.date)} · delivered by {note.resourceName}
            </p>
          </header>
          <div className="stop stop--alone" data-stop="1" data-stop-kind={note.stop.kind}>
            <StopView stop={note.stop} />
          </div>
        </>
      )}
    </PaperDialog>
  );
}
