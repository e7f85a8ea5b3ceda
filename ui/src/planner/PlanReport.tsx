import { useTranslation } from "react-i18next";
import type { DayPlan } from "../bindings";
import { PlannerDialog } from "./PlannerDialog";
import { dayLabel } from "./time";

/** What Plan the day did: how much it placed, and every delivery it could not place with Rust's reason. */
export function PlanReport({ day, plan, onClose }: { day: string; plan: DayPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const deliveries = new Set(plan.placed.map((p) => p.itemId)).size;
  return (
    <PlannerDialog title={t("planner.planFor", { day: dayLabel(day) })} onClose={onClose} className="planner-dialog--report">
      <p className="planner-report__placed" data-placed={plan.placed.length}>
        {plan.placed.length === 0 ? t("planner.nothingPlaced") : t("planner.placed", { count: deliveries })}
      </p>
      {plan.unplaced.length > 0 ? (
        <>
          <h3 className="planner-report__title">{t("planner.unplaced", { count: plan.unplaced.length })}</h3>
          <ul className="planner-report__list">
            {plan.unplaced.map((u) => (
              <li key={u.itemId} className="planner-report__row" data-unplaced={u.itemId}>
                <strong>{u.orderNumber}</strong> <span className="planner-report__reason">{u.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t("planner.allPlaced")}</p>
      )}
      <div className="move-prompt__actions">
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus="">
          {t("common.close")}
        </button>
      </div>
    </PlannerDialog>
  );
}
