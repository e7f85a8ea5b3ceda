import { memo } from "react";
import type { BoardCard } from "../bindings";
import {
  ageDescription,
  ageLabel,
  cardSummary,
  dueLabel,
  dueState,
  positionLabel,
  readinessLabel,
  transactionTypeLabel,
} from "../format";

type CardProps = {
  card: BoardCard;
  now: Date;
  /** Local calendar date "YYYY-MM-DD". */
  today: string;
  onOpen?: (itemId: number) => void;
};

function CardView({ card, now, today, onOpen }: CardProps) {
  const due = card.dueDate ? dueState(card.dueDate, today) : "none";
  const readiness = readinessLabel(card);
  const allReady = card.orderReadyCount >= card.orderItemCount;
  const txType = transactionTypeLabel(card.transactionType);
  const showRecipient = card.recipientName !== "" && card.recipientName !== card.customerName;

  const classes = ["card"];
  if (card.onHold) classes.push("card--held");
  if (due === "overdue") classes.push("card--overdue");

  return (
    <li
      className={classes.join(" ")}
      role="listitem"
      tabIndex={0}
      data-item-id={card.itemId}
      data-status={card.status}
      aria-label={cardSummary(card, now, today)}
      onClick={onOpen ? () => onOpen(card.itemId) : undefined}
      onKeyDown={
        onOpen
          ? (e) => {
              if (e.key === "Enter") onOpen(card.itemId);
            }
          : undefined
      }
    >
      <div className="card__top">
        <span className="card__order">{card.orderNumber}</span>
        <span className="card__position">{positionLabel(card)}</span>
        <time
          className="card__age"
          dateTime={card.createdAt}
          title={`Created ${ageDescription(card.createdAt, now)} ago`}
        >
          {ageLabel(card.createdAt, now)}
        </time>
      </div>

      <h3 className="card__title">
        {card.title}
        {card.quantity > 1 && <span className="card__qty"> ×{card.quantity}</span>}
      </h3>

      {card.reason && <p className="card__reason">{card.reason}</p>}

      <dl className="card__meta">
        <div>
          <dt>Service</dt>
          <dd>{card.serviceName}</dd>
        </div>
        <div>
          <dt>Customer</dt>
          <dd>
            {card.customerName}
            {showRecipient && (
              <>
                <span className="card__for"> for </span>
                {card.recipientName}
              </>
            )}
          </dd>
        </div>
      </dl>

      {card.onHold && (
        <p className="card__hold">
          <span className="badge badge--hold">On hold</span>
          {card.holdReason && <span className="card__hold-reason">{card.holdReason}</span>}
        </p>
      )}

      <div className="card__badges">
        {card.dueDate && (
          <span className={`badge badge--due badge--due-${due}`}>
            {dueLabel(card.dueDate, today, due)}
          </span>
        )}
        {readiness && (
          <span className={`badge badge--ready${allReady ? " badge--ready-all" : ""}`}>{readiness}</span>
        )}
        {txType && <span className="badge badge--type">{txType}</span>}
        {card.overridden && (
          <span className="badge badge--override" title="A person overrode a rule for this item">
            Override
          </span>
        )}
        <span className="card__status">{card.statusLabel}</span>
      </div>
    </li>
  );
}

export const Card = memo(CardView);
