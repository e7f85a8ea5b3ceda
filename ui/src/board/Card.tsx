import { type CSSProperties, type KeyboardEvent, memo, useContext } from "react";
import type { BoardCard, ColumnKey } from "../bindings";
import {
  ageDescription,
  ageLabel,
  cardSummary,
  dueLabel,
  dueState,
  positionLabel,
  readinessLabel,
  shortPositionLabel,
  transactionTypeLabel,
} from "../format";
import { i18n } from "../i18n";
import { CompactCards } from "./boardLayout";
import { MovesContext } from "./dnd/MovesContext";

type CardProps = {
  card: BoardCard;
  now: Date;
  /** Local calendar date "YYYY-MM-DD". */
  today: string;
  onOpen?: (itemId: number) => void;
  /** The column the card is drawn in (where a drag starts from). */
  columnKey?: ColumnKey;
  /** A move is running for this item. */
  busy?: boolean;
  /** This card is being dragged (its ghost follows the pointer). */
  dragged?: boolean;
  /** In a virtualised column: the card's place (0-based) and the list's length. */
  index?: number;
  setSize?: number;
  /** In a virtualised column: the card's top within the list, px. */
  offset?: number;
  /** In a virtualised column: measures the drawn card (stable across renders). */
  measureRef?: (el: HTMLLIElement | null) => void;
};

// A card's words come from `i18n.t`, not `useTranslation`: the board draws
// every card at start and each hook subscribes to i18next on its own; a
// language switch draws the board afresh anyway (App's key).
function CardView({
  card,
  now,
  today,
  onOpen,
  columnKey,
  busy = false,
  dragged = false,
  index,
  setSize,
  offset,
  measureRef,
}: CardProps) {
  const moves = useContext(MovesContext);
  const compact = useContext(CompactCards);
  const due = card.dueDate ? dueState(card.dueDate, today) : "none";

  const classes = ["card"];
  if (card.onHold) classes.push("card--held");
  if (due === "overdue") classes.push("card--overdue");
  if (moves) classes.push("card--movable");
  if (busy) classes.push("card--busy");
  if (dragged) classes.push("card--dragged");
  if (offset !== undefined) classes.push("card--virtual");
  if (compact) classes.push("card--compact");

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === "Enter" && onOpen) {
      onOpen(card.itemId);
    } else if ((e.key === "m" || e.key === "M") && moves && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const button = e.currentTarget.querySelector<HTMLElement>(".card__move");
      moves.openMenu(card, button ?? e.currentTarget);
    }
  };

  return (
    <li
      ref={measureRef}
      className={classes.join(" ")}
      role="listitem"
      tabIndex={0}
      data-index={index}
      aria-posinset={setSize === undefined || index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      style={offset === undefined ? undefined : virtualStyle(offset)}
      data-item-id={card.itemId}
      data-status={card.status}
      data-prepare-scan={card.prepareByScan || undefined}
      aria-label={cardSummary(card, now, today)}
      aria-busy={busy || undefined}
      aria-keyshortcuts={moves ? "M" : undefined}
      onClick={
        onOpen || moves
          ? () => {
              if (moves?.consumeClick()) return; // the end of a drag, not a click
              onOpen?.(card.itemId);
            }
          : undefined
      }
      onPointerDown={moves && columnKey ? (e) => moves.beginPointer(e, card, columnKey) : undefined}
      onKeyDown={onOpen || moves ? onKeyDown : undefined}
    >
      {compact ? (
        <CompactBody card={card} now={now} today={today} />
      ) : (
        <FullBody card={card} now={now} today={today} />
      )}
    </li>
  );
}

type BodyProps = { card: BoardCard; now: Date; today: string };

/** The badges both layouts show: due, how far the order is, the transaction type, an override. */
function Badges({ card, today }: Omit<BodyProps, "now">) {
  const due = card.dueDate ? dueState(card.dueDate, today) : "none";
  const readiness = readinessLabel(card);
  const allReady = card.orderReadyCount >= card.orderItemCount;
  const txType = transactionTypeLabel(card.transactionType);
  return (
    <>
      {card.dueDate && (
        <span className={`badge badge--due badge--due-${due}`}>{dueLabel(card.dueDate, today, due)}</span>
      )}
      {readiness && <span className={`badge badge--ready${allReady ? " badge--ready-all" : ""}`}>{readiness}</span>}
      {txType && <span className="badge badge--type">{txType}</span>}
      {card.overridden && (
        <span className="badge badge--override" title={i18n.t("board.card.overrideHint")}>
          {i18n.t("board.card.override")}
        </span>
      )}
    </>
  );
}

function Age({ card, now }: Omit<BodyProps, "today">) {
  return (
    <time className="card__age" dateTime={card.createdAt} title={i18n.t("board.card.created", { age: ageDescription(card.createdAt, now) })}>
      {ageLabel(card.createdAt, now)}
    </time>
  );
}

function Title({ card }: Pick<BodyProps, "card">) {
  return (
    <h3 className="card__title">
      {card.title}
      {card.quantity > 1 && <span className="qty"> ×{card.quantity}</span>}
    </h3>
  );
}

/**
 * The compact card: what a person scans for, once. No "Service"/"Customer"
 * labels (the title names the product or service), the hold's reason in place
 * of the reason it is held for, and no Move… button (M, drag, or the panel).
 */
function CompactBody({ card, now, today }: BodyProps) {
  const reason = card.onHold ? card.holdReason ?? card.reason : card.reason;
  const showRecipient = card.recipientName !== "" && card.recipientName !== card.customerName;
  return (
    <>
      <div className="card__top">
        <span className="card__order">{card.orderNumber}</span>
        {card.orderItemCount > 1 && <span className="card__position">{shortPositionLabel(card)}</span>}
        <Age card={card} now={now} />
      </div>
      <Title card={card} />
      {reason && (
        <p className={card.onHold ? "card__reason card__reason--held" : "card__reason"}>
          <span className="card__reason-text">{reason}</span>
        </p>
      )}
      <p className="card__who">
        {card.customerName}
        {showRecipient && <span className="card__for"> {i18n.t("board.card.for", { name: card.recipientName })}</span>}
      </p>
      <div className="card__badges">
        {card.onHold && <span className="badge badge--hold">{i18n.t("board.card.onHold")}</span>}
        <Badges card={card} today={today} />
      </div>
    </>
  );
}

function FullBody({ card, now, today }: BodyProps) {
  const moves = useContext(MovesContext);
  const showRecipient = card.recipientName !== "" && card.recipientName !== card.customerName;
  return (
    <>
      <div className="card__top">
        <span className="card__order">{card.orderNumber}</span>
        <span className="card__position">{positionLabel(card)}</span>
        <Age card={card} now={now} />
      </div>

      <Title card={card} />

      {card.reason && <p className="card__reason">{card.reason}</p>}

      <dl className="card__meta">
        <div>
          <dt>{i18n.t("board.card.service")}</dt>
          <dd>{card.serviceName}</dd>
        </div>
        <div>
          <dt>{i18n.t("board.card.customer")}</dt>
          <dd>
            {card.customerName}
            {showRecipient && (
              <>
                <span className="card__for"> {i18n.t("board.card.forWord")} </span>
                {card.recipientName}
              </>
            )}
          </dd>
        </div>
      </dl>

      {card.onHold && (
        <p className="card__hold">
          <span className="badge badge--hold">{i18n.t("board.card.onHold")}</span>
          {card.holdReason && <span className="card__hold-reason">{card.holdReason}</span>}
        </p>
      )}

      <div className="card__badges">
        <Badges card={card} today={today} />
        <span className="card__status">{card.statusLabel}</span>
        {moves && (
          <button
            type="button"
            className="card__move"
            aria-haspopup="menu"
            aria-label={i18n.t("board.card.moveName", { order: card.orderNumber })}
            tabIndex={-1}
            onPointerDown={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.stopPropagation()}
            onClick={(e) => {
              e.stopPropagation();
              moves.openMenu(card, e.currentTarget);
            }}
          >
            {i18n.t("board.card.move")}
          </button>
        )}
      </div>
    </>
  );
}

/** Where a card of a virtualised column sits in its list (inline: layout must not depend on a stylesheet). */
function virtualStyle(offset: number): CSSProperties {
  return { position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${offset}px)` };
}

export const Card = memo(CardView);
