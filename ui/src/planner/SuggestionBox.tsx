// The line under the planner's toolbar after "Suggest slot": Rust's earliest
// free slot for the selected delivery, or why there is none.

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
            Earliest slot for <strong>{entry.orderNumber}</strong>: {outcome.data.resourceName},{" "}
            {dayLabel(localDayOf(outcome.data.start))} {clockTime(outcome.data.start)}–{clockTime(outcome.data.end)}
          </span>
          <button type="button" className="button button--primary button--small" data-action="book-suggestion" onClick={onBook}>
            Book it
          </button>
          <button
            type="button"
            className="button button--small"
            data-action="show-suggestion"
            onClick={() => onShowDay(localDayOf(outcome.data.start))}
          >
            Show that day
          </button>
        </>
      ) : (
        <span className="planner-suggest__text planner-suggest__text--none" data-error-code={outcome.error.code}>
          No slot for <strong>{entry.orderNumber}</strong>: {outcome.error.message}
        </span>
      )}
      <button type="button" className="toast__close" aria-label="Close the suggestion" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
