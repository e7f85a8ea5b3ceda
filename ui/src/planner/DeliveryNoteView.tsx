// A stop's delivery note: who delivers and when, then the stop with its
// items and serials and the lines the recipient signs, in a PaperDialog.
// Opened from a booking on the planner and from a booked item's panel.

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
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
      label={t("planner.deliveryNote")}
      dataName="delivery-note-view"
      ready={note !== null}
      savePdf={() => call(() => commands.deliveryNotePdf(bookingId))}
      onClose={onClose}
    >
      <FieldError error={error} named />
      {!note && !error && <p className="hint">{t("planner.loadingNote")}</p>}
      {note && (
        <>
          <header className="day-sheet__head">
            <p className="day-sheet__kind">{t("planner.deliveryNote")}</p>
            <h2 className="day-sheet__title">{note.shopName}</h2>
            <p className="day-sheet__date">
              {t("planner.noteLine", { order: note.stop.orderNumber, day: longDayLabel(note.date), by: note.resourceName })}
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
