import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type MoveOption, type ResourceRef } from "../bindings";
import { deskNow } from "../clock";
import { localIsoDate } from "../format";
import { call, type Outcome } from "../ipc";
import { type ActionSubject, runAction } from "../moves/actions";
import { SlotForm } from "../planner/SlotForm";
import { FieldError } from "../shell/FieldError";

type ScheduleFormProps = {
  /** Rust's schedule (or reschedule) move for the item. */
  move: MoveOption;
  subject: ActionSubject;
  /** Hears every answer to a booking sent (the panel says what an accepted one did). */
  told?: (result: Outcome<unknown>) => Outcome<unknown>;
  onDone: () => void;
};

/** Rust's schedule or move-the-booking move in the item panel: the planner's slot form, over the resources the shop has. */
export function ScheduleForm({ move, subject, told = (r) => r, onDone }: ScheduleFormProps) {
  const { t } = useTranslation();
  const action = move.action === "reschedule" ? "reschedule" : "schedule";
  const [resources, setResources] = useState<ResourceRef[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!move.enabled) return;
    let live = true;
    void call(() => commands.referenceGet()).then((result) => {
      if (!live) return;
      if (result.ok) setResources(result.data.resources);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [move.enabled]);

  return (
    <div className="slot" data-move={move.action}>
      <h4 className="candidates__title">{move.label}</h4>
      {!move.enabled
        ? move.disabledReason && <p className="move__why">{move.disabledReason}</p>
        : resources && (
            <SlotForm
              resources={resources}
              initial={{ resourceId: resources[0]?.id ?? 0, day: localIsoDate(deskNow()), start: "09:00", minutes: "60" }}
              submit={{ label: action === "schedule" ? t("panel.schedule") : t("stock.ask.move"), action }}
              send={async (slot, overrideReason) => told(await runAction(action, subject, { slot, overrideReason }))}
              suggestFor={subject.itemId}
              onDone={onDone}
            />
          )}
      <FieldError error={error} named />
    </div>
  );
}
