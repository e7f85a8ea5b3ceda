import { useTranslation } from "react-i18next";
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
  /** Folded to a strip that shows only its name and count (the desk's choice). */
  collapsed?: boolean;
  onToggleCollapsed?: (key: BoardColumn["key"]) => void;
};

const noneBusy: ReadonlySet<number> = new Set();

function ColumnView({
  column,
  now,
  today,
  onOpen,
  drop = null,
  over = false,
  busy = noneBusy,
  draggedId = null,
  total,
  collapsed = false,
  onToggleCollapsed,
}: ColumnProps) {
  const { t } = useTranslation();
  // Rust may count more cards than it sent.
  const notSent = Math.max(0, column.count - column.cards.length);
  const titleId = `column-title-${column.key}`;

  const classes = ["column"];
  if (drop) classes.push(`column--drop-${drop.kind === "none" ? "dim" : drop.kind}`);
  if (drop && over) classes.push("column--drop-over");
  if (collapsed) classes.push("column--collapsed");
  const filtered = total !== undefined && column.count < total;
  const count = filtered ? (
    <span
      className="column__count column__count--filtered"
      data-filter-count={`${column.count}/${total}`}
      aria-label={t("board.column.shownName", { n: column.count, count: total })}
    >
      {t("board.column.shown", { n: column.count, total })}
    </span>
  ) : (
    <span className="column__count" aria-label={t("board.column.items", { count: column.count })}>
      {column.count}
    </span>
  );

  if (collapsed) {
    // A strip: still a drop target (data-column), its name and count, and the button that opens it.
    return (
      <section
        className={classes.join(" ")}
        data-column={column.key}
        data-drop={drop?.kind}
        title={drop?.kind === "blocked" ? drop.reason : undefined}
        aria-labelledby={titleId}
      >
        <h2 className="column__strip-heading" id={titleId}>
          <button
            type="button"
            className="column__strip"
            aria-expanded={false}
            title={t("board.column.show", { column: column.title })}
            onClick={() => onToggleCollapsed?.(column.key)}
          >
            {count}
            <span className="column__strip-name">{column.title}</span>
          </button>
        </h2>
      </section>
    );
  }

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
          {count}
          {onToggleCollapsed && (
            <button
              type="button"
              className="column__collapse"
              aria-expanded={true}
              aria-label={t("board.column.fold", { column: column.title })}
              title={t("board.column.foldHint", { column: column.title })}
              onClick={() => onToggleCollapsed(column.key)}
            >
              <span aria-hidden="true">⇤</span>
            </button>
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
