// The line under the planner's toolbar after "Suggest slot": Rust's earliest
// free slot for the selected delivery, or why there is none.

import { Trans, useTranslation } from "react-i18next";
import type { QueueEntry, SlotSuggestion } from "../bindings";
import { clockTime } from "../format";
import type { Outcome } from "../ipc";
import { dayLabel, localDayOf } from "./time";
import "../dnd/dnd.css";

/** A delivery of the queue and what Rust answered when asked for its earliest slot. */
export type Suggestion = { entry: QueueEntry; outcome: Outcome<SlotSuggestion> };

type SuggestionBoxProps = {
  suggestion: Suggestion;
  onBook: () => void;
  /** Shows the day of the suggested slot. */
  onShowDay: (day: string) => void;
  onClose: () => void;
};

export function SuggestionBox({ suggestion, onBook, onShowDay, onClose }: SuggestionBoxProps) {
  const { t } = useTranslation();
  const { entry, outcome } = suggestion;
  return (
    <div className="planner-suggest" role="status" data-suggestion="">
      {outcome.ok ? (
        <>
          <span
            className="planner-suggest__text"
            data-resource-id={outcome.data.resourceId}
            data-start={outcome.data.start}
            data-end={outcome.data.end}
          >
            <Trans i18nKey="planner.earliest" values={{ order: entry.orderNumber, resource: outcome.data.resourceName }} components={{ strong: <strong /> }} />{" "}
            {dayLabel(localDayOf(outcome.data.start))} {clockTime(outcome.data.start)}–{clockTime(outcome.data.end)}
          </span>
          <button type="button" className="button button--primary button--small" data-action="book-suggestion" onClick={onBook}>
            {t("planner.bookIt")}
          </button>
          <button
            type="button"
            className="button button--small"
            data-action="show-suggestion"
            onClick={() => onShowDay(localDayOf(outcome.data.start))}
          >
            {t("planner.showDay")}
          </button>
        </>
      ) : (
        <span className="planner-suggest__text planner-suggest__text--none" data-error-code={outcome.error.code}>
          <Trans i18nKey="planner.noSlot" values={{ order: entry.orderNumber, why: outcome.error.message }} components={{ strong: <strong /> }} />
        </span>
      )}
      <button type="button" className="toast__close" aria-label={t("planner.closeSuggestion")} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
