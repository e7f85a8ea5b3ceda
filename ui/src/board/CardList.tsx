import { memo, useRef, useState } from "react";
import type { BoardCard, ColumnKey } from "../bindings";
import { Card } from "./Card";
import { useVirtualColumn } from "./useVirtualColumn";

type CardListProps = {
  cards: readonly BoardCard[];
  columnKey: ColumnKey;
  titleId: string;
  now: Date;
  today: string;
  onOpen?: (itemId: number) => void;
  busy: ReadonlySet<number>;
  draggedId: number | null;
  /** Cards the column counts but Rust did not send. */
  notSent: number;
};

/**
 * A column's scrolling body. Long columns are virtualised (see
 * useVirtualColumn); scrolling redraws this list only, never the column's
 * header or the other columns, and a card already drawn is not drawn again.
 */
function CardListView({ cards, columnKey, titleId, now, today, onOpen, busy, draggedId, notSent }: CardListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const virtual = useVirtualColumn(cards, scroller, focusedId, draggedId);

  // Only a virtual list says where a card sits (aria-posinset): the DOM holds few of them.
  const cardFor = (card: BoardCard, index?: number, start?: number) => (
    <Card
      key={card.itemId}
      card={card}
      columnKey={columnKey}
      now={now}
      today={today}
      onOpen={onOpen}
      busy={busy.has(card.itemId)}
      dragged={draggedId === card.itemId}
      index={index}
      setSize={index === undefined ? undefined : cards.length}
      offset={start}
      measureRef={start === undefined ? undefined : virtual.measure}
    />
  );

  return (
    <div className="column__body" ref={scroller}>
      {cards.length === 0 ? (
        <p className="column__empty">Nothing here</p>
      ) : virtual.enabled ? (
        <ul
          className="column__cards column__cards--virtual"
          role="list"
          aria-labelledby={titleId}
          style={{ height: virtual.totalSize, position: "relative" }}
          onFocus={(e) => setFocusedId(itemIdOf(e.target))}
          onBlur={(e) => {
            // Focus left the list (not just moved to another of its cards).
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedId(null);
          }}
        >
          {virtual.items.map((v) => {
            const card = cards[v.index];
            return card ? cardFor(card, v.index, v.start) : null;
          })}
        </ul>
      ) : (
        <ul className="column__cards" role="list" aria-labelledby={titleId}>
          {cards.map((card) => cardFor(card))}
        </ul>
      )}
      {notSent > 0 && <p className="column__more">+{notSent} more</p>}
    </div>
  );
}

function itemIdOf(target: EventTarget): number | null {
  const el = target instanceof Element ? target.closest<HTMLElement>(".card[data-item-id]") : null;
  const id = el ? Number(el.dataset.itemId) : NaN;
  return Number.isFinite(id) ? id : null;
}

export const CardList = memo(CardListView);
