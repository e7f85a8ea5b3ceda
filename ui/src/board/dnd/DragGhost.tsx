import type { Drag } from "./useMoves";
import "../../dnd/dnd.css";

/** The card under the pointer while it is dragged; it lets the pointer through. */
export function DragGhost({ drag }: { drag: Drag | null }) {
  if (!drag) return null;
  const x = drag.pos.x - drag.grab.x;
  const y = drag.pos.y - drag.grab.y;
  return (
    <div
      className={`drag-ghost drag-ghost--${drag.phase}`}
      aria-hidden="true"
      data-item-id={drag.card.itemId}
      style={{ width: drag.origin.width, transform: `translate(${x}px, ${y}px)` }}
    >
      <div className="drag-ghost__top">
        <span className="drag-ghost__order">{drag.card.orderNumber}</span>
        <span className="card__status">{drag.card.statusLabel}</span>
      </div>
      <div className="drag-ghost__title">{drag.card.title}</div>
    </div>
  );
}
