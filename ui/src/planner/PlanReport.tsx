import type { DayPlan } from "../bindings";
import { plural } from "../format";
import { PlannerDialog } from "./PlannerDialog";
import { dayLabel } from "./time";

/** What Plan the day did: how much it placed, and every delivery it could not place with Rust's reason. */
export function PlanReport({ day, plan, onClose }: { day: string; plan: DayPlan; onClose: () => void }) {
  const deliveries = new Set(plan.placed.map((p) => p.itemId)).size;
  return (
    <PlannerDialog title={`Plan for ${dayLabel(day)}`} onClose={onClose} className="planner-dialog--report">
      <p className="planner-report__placed" data-placed={plan.placed.length}>
        {plan.placed.length === 0 ? "Nothing was placed." : `Placed ${plural(deliveries, "item")} on the planner.`}
      </p>
      {plan.unplaced.length > 0 ? (
        <>
          <h3 className="planner-report__title">Could not place {plan.unplaced.length} {plan.unplaced.length === 1 ? "delivery" : "deliveries"}</h3>
          <ul className="planner-report__list">
            {plan.unplaced.map((u) => (
              <li key={u.itemId} className="planner-report__row" data-unplaced={u.itemId}>
                <strong>{u.orderNumber}</strong> <span className="planner-report__reason">{u.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">Every delivery the day allows found a slot.</p>
      )}
      <div className="move-prompt__actions">
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus="">
          Close
        </button>
      </div>
    </PlannerDialog>
  );
}
