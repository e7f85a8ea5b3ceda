import { memo } from "react";
import type { BoardColumn } from "../bindings";
import { Card } from "./Card";
import { limitCards } from "./columnLimit";

type ColumnProps = {
  column: BoardColumn;
  now: Date;
  today: string;
  onOpen?: (itemId: number) => void;
};

function ColumnView({ column, now, today, onOpen }: ColumnProps) {
  const { shown, hidden } = limitCards(column.cards, column.count);
  const titleId = `column-title-${column.key}`;

  return (
    <section className="column" data-column={column.key} aria-labelledby={titleId}>
      <header className="column__header">
        <div className="column__heading">
          <span className="column__tag">{column.decisionPoint}</span>
          <h2 className="column__title" id={titleId}>
            {column.title}
          </h2>
          <span className="column__count" aria-label={`${column.count} items`}>
            {column.count}
          </span>
        </div>
        <p className="column__description">{column.description}</p>
      </header>

      <div className="column__body">
        {shown.length === 0 ? (
          <p className="column__empty">Nothing here</p>
        ) : (
          <ul className="column__cards" role="list" aria-labelledby={titleId}>
            {shown.map((card) => (
              <Card key={card.itemId} card={card} now={now} today={today} onOpen={onOpen} />
            ))}
          </ul>
        )}
        {hidden > 0 && <p className="column__more">+{hidden} more</p>}
      </div>
    </section>
  );
}

export const Column = memo(ColumnView);
