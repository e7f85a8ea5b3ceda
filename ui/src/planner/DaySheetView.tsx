// A resource's day sheet: the printable list of stops (time, who with their
// phone, address, items, serial numbers, the delivery note), in a PaperDialog.

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type DaySheet } from "../bindings";
import { call } from "../ipc";
import { kindLabel } from "../resources/resourceDraft";
import { FieldError } from "../shell/FieldError";
import { PaperDialog } from "./PaperDialog";
import { StopView } from "./StopView";
import { longDayLabel } from "./time";

type DaySheetViewProps = {
  resourceId: number;
  day: string;
  onClose: () => void;
};

export function DaySheetView({ resourceId, day, onClose }: DaySheetViewProps) {
  const { t } = useTranslation();
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

  return (
    <PaperDialog
      label={t("planner.daySheet")}
      dataName="day-sheet-view"
      ready={sheet !== null}
      savePdf={() => call(() => commands.daySheetPdf(resourceId, day))}
      onClose={onClose}
    >
      <FieldError error={error} named />
      {!sheet && !error && <p className="hint">{t("planner.loadingSheet")}</p>}
      {sheet && (
        <>
          <header className="day-sheet__head">
            <h2 className="day-sheet__title">{sheet.resourceName}</h2>
            <p className="day-sheet__date">
              {kindLabel(sheet.resourceKind)} · {longDayLabel(sheet.date)}
            </p>
            <p className="day-sheet__count">
              {sheet.stops.length === 0 ? t("planner.noStops") : t("planner.stops", { count: sheet.stops.length })}
            </p>
          </header>
          {sheet.stops.length === 0 ? (
            <p className="day-sheet__empty">{t("planner.nothingBooked")}</p>
          ) : (
            <ol className="day-sheet__stops">
              {sheet.stops.map((s, i) => (
                <li className="stop" key={`${s.orderNumber}-${s.start}`} data-stop={i + 1} data-stop-kind={s.kind}>
                  <StopView stop={s} n={i + 1} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </PaperDialog>
  );
}
