import { useTranslation } from "react-i18next";
import type { SubmitResult } from "../bindings";

type OrderOutcomesProps = { result: SubmitResult; customerName: string; onNew: () => void; onClose: () => void };

/** Where each item of the submitted order went, in Rust's words. */
export function OrderOutcomes({ result, customerName, onNew, onClose }: OrderOutcomesProps) {
  const { t } = useTranslation();
  const outcomes = new Map(result.items.map((o) => [o.itemId, o]));
  return (
    <div className="order-result">
      <div className="order-result__body" tabIndex={-1} data-field="result" data-order-number={result.number}>
        <p className="order-result__lead" role="status">
          <span className="order-result__check" aria-hidden="true">
            ✓
          </span>
          {t("order.result", { number: result.number, customer: customerName || t("order.theCustomer"), items: t("order.itemCount", { count: result.placed.length }) })}
        </p>
        <ol className="order-result__list" aria-label={t("order.whereWent")}>
          {result.placed.map((p) => {
            const o = outcomes.get(p.itemId);
            return (
              <li
                key={p.itemId}
                className={`order-result__item${o?.onHold ? " order-result__item--held" : ""}`}
                data-item-id={p.itemId}
                data-status={o?.status}
              >
                <div className="order-result__row">
                  <span className="order-result__position">{t("order.item", { n: p.position })}</span>
                  <span className="order-result__service">
                    {p.serviceName}
                    {p.addedFor !== null && p.addedFor !== undefined && (
                      <span className="order-result__added"> · {t("order.addedWith", { n: p.addedFor })}</span>
                    )}
                  </span>
                  <span className="order-result__arrow" aria-hidden="true">
                    →
                  </span>
                  <span className={`order-result__status order-result__status--${o?.status ?? "new"}`}>{p.statusLabel}</span>
                  {o?.onHold && <span className="badge badge--hold">{t("board.card.onHold")}</span>}
                </div>
                {o?.reason && <p className="order-result__reason">{o.reason}</p>}
              </li>
            );
          })}
        </ol>
      </div>
      <footer className="order-dialog__footer">
        <div className="order-dialog__actions">
          <span className="order-dialog__keys">{t("order.boardShows")}</span>
          <button type="button" className="button" onClick={onNew} data-action="new-order">
            {t("nav.newOrder")}
          </button>
          <button type="button" className="button button--primary" onClick={onClose} data-action="close">
            {t("common.close")}
          </button>
        </div>
      </footer>
    </div>
  );
}
