import { memo } from "react";
import type { BoardColumn } from "../bindings";
import type { ColumnDrop } from "../moves/chooseMove";
import { CardList } from "./CardList";

type ColumnProps = {
  column: BoardColumn;
  now: Date;
  today: string;
  onOpen?: (itemId: number) => void;
  /** While a card is dragged: can it go here (Rust's moves say), else null. */
  drop?: ColumnDrop | null;
  /** The dragged card is over this column. */
  over?: boolean;
  /** Items a move is running for. */
  busy?: ReadonlySet<number>;
  /** The item being dragged, if any. */
  draggedId?: number | null;
  /** The column's total while a filter is on (`column.count` is then the matches). */
  total?: number;
};

const noneBusy: ReadonlySet<number> = new Set();

function ColumnView({ column, now, today, onOpen, drop = null, over = false, busy = noneBusy, draggedId = null, total }: ColumnProps) {
  // Rust may count more cards than it sent.
  const notSent = Math.max(0, column.count - column.cards.length);
  const titleId = `column-title-${column.key}`;

  const classes = ["column"];
  if (drop) classes.push(`column--drop-${drop.kind === "none" ? "dim" : drop.kind}`);
  if (drop && over) classes.push("column--drop-over");

  return (
    <section
      className={classes.join(" ")}
      data-column={column.key}
      data-drop={drop?.kind}
      title={drop?.kind === "blocked" ? drop.reason : undefined}
      aria-labelledby={titleId}
    >
      <header className="column__header">
        <div className="column__heading">
          <span className="column__tag">{column.decisionPoint}</span>
          <h2 className="column__title" id={titleId}>
            {column.title}
          </h2>
          {total !== undefined && column.count < total ? (
            <span
              className="column__count column__count--filtered"
              data-filter-count={`${column.count}/${total}`}
              aria-label={`${column.count} of ${total} items shown`}
            >
              {column.count} of {total}
            </span>
          ) : (
            <span className="column__count" aria-label={`${column.count} items`}>
              {column.count}
            </span>
          )}
        </div>
        <p className="column__description">{column.description}</p>
      </header>

      <CardList
        cards={column.cards}
        columnKey={column.key}
        titleId={titleId}
        now={now}
        today={today}
        onOpen={onOpen}
        busy={busy}
        draggedId={draggedId}
        notSent={notSent}
      />
    </section>
  );
}

export const Column = memo(ColumnView);
