import { useTranslation } from "react-i18next";
import { memo, type RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { BoardCard, ColumnKey } from "../bindings";
import { Card } from "./Card";
import { drawnCard, onRevealCard, REVEAL_TIMEOUT_MS } from "./revealCard";
import { useVirtualColumn, type VirtualColumn } from "./useVirtualColumn";

/** A reveal this list is drawing: answered once the card is in the DOM. */
type PendingReveal = {
  itemId: number;
  resolve: (el: HTMLElement | null) => void;
  timer: ReturnType<typeof setTimeout>;
};

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
 * A card asked for with revealCard is scrolled to and drawn (useRevealer).
 */
function CardListView({ cards, columnKey, titleId, now, today, onOpen, busy, draggedId, notSent }: CardListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [revealedId, setRevealedId] = useState<number | null>(null);
  const virtual = useVirtualColumn(cards, scroller, focusedId, draggedId, revealedId);
  const revealing = useRevealer(cards, virtual, scroller, setRevealedId);

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
        <p className="column__empty">{t("board.column.empty")}</p>
      ) : virtual.enabled ? (
        <ul
          className="column__cards column__cards--virtual"
          role="list"
          aria-labelledby={titleId}
          style={{ height: virtual.totalSize, position: "relative" }}
          onFocus={(e) => {
            setFocusedId(itemIdOf(e.target));
            // Focus came in: the focused card is kept drawn from now on.
            if (!revealing.current) setRevealedId(null);
          }}
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

/**
 * Answers revealCard for this list: a card it holds but has not drawn is
 * pinned (`setRevealed`, so it is drawn whatever the scroll position), scrolled
 * to the middle, and its element handed back after the render that draws it.
 * Returns the reveal in progress, if any.
 */
function useRevealer(
  cards: readonly BoardCard[],
  virtual: VirtualColumn,
  scroller: RefObject<HTMLElement | null>,
  setRevealed: (itemId: number | null) => void,
) {
  const latest = useRef({ cards, virtual });
  latest.current = { cards, virtual };
  const pending = useRef<PendingReveal | null>(null);

  useEffect(() => {
    const unsubscribe = onRevealCard((itemId) => {
      const { cards, virtual } = latest.current;
      const index = cards.findIndex((c) => c.itemId === itemId);
      if (index < 0) return null;
      const drawn = scroller.current ? drawnCard(itemId, scroller.current) : null;
      // A short list draws every card: nothing to wait for.
      if (drawn || !virtual.enabled) return Promise.resolve(drawn);
      settle(pending, null); // a newer reveal in this list replaces the last
      return new Promise<HTMLElement | null>((resolve) => {
        const timer = setTimeout(() => {
          if (pending.current?.resolve !== resolve) return;
          settle(pending, scroller.current ? drawnCard(itemId, scroller.current) : null);
        }, REVEAL_TIMEOUT_MS);
        pending.current = { itemId, resolve, timer };
        setRevealed(itemId);
        virtual.scrollToIndex(index);
      });
    });
    return () => {
      unsubscribe();
      settle(pending, null);
    };
  }, [scroller, setRevealed]);

  // After every render: is the card being revealed drawn now?
  useLayoutEffect(() => {
    const p = pending.current;
    const el = p && scroller.current ? drawnCard(p.itemId, scroller.current) : null;
    if (el) settle(pending, el);
  });

  return pending;
}

function settle(pending: { current: PendingReveal | null }, el: HTMLElement | null) {
  const p = pending.current;
  if (!p) return;
  pending.current = null;
  clearTimeout(p.timer);
  p.resolve(el);
}

function itemIdOf(target: EventTarget): number | null {
  const el = target instanceof Element ? target.closest<HTMLElement>(".card[data-item-id]") : null;
  const id = el ? Number(el.dataset.itemId) : NaN;
  return Number.isFinite(id) ? id : null;
}

export const CardList = memo(CardListView);
