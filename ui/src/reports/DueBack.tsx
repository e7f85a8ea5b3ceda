// What is due back, under the Utilisation report: Rust's holdings ending soon
// and overdue, per customer (`ReportsView.dueBack`). A count opens the items
// that delivered them; an order number opens its item.

import { useTranslation } from "react-i18next";
import type { DueBack } from "../bindings";
import { CountButton } from "./charts";
import { CsvButton } from "./CsvButton";
import type { OpenItems } from "./ReportsScreen";

/** The customers drawn, so the report still prints on one page; the CSV has every one. */
const CUSTOMERS_SHOWN = 8;

export function DueBackTable({ due, onItems }: { due: DueBack; onItems: OpenItems }) {
  const { t } = useTranslation();
  const shown = due.customers.slice(0, CUSTOMERS_SHOWN);
  const more = due.customers.length - shown.length;
  return (
    <div className="report__due" data-due-back data-overdue={due.overdue.count} data-due-soon={due.dueSoon.count}>
      <p className="report__due-sum">
        <span className="report__due-overdue">
          {t("reports.overdue")}: <CountButton count={due.overdue} caption={t("reports.overdue")} onItems={onItems} />
        </span>
        <span>
          {t("reports.dueNext", { count: due.horizonDays })}: <CountButton count={due.dueSoon} caption={t("reports.dueSoonCaption")} onItems={onItems} />
        </span>
        <span className="report__due-today">as of {due.today}</span>
      </p>
      <table className="report__table report__table--due">
        <caption>
          {t("reports.dueByCustomer")} <CsvButton table="due_back" caption={t("reports.whatDue")} small />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("order.customer")}</th>
            <th scope="col">{t("reports.overdue")}</th>
            <th scope="col">{t("reports.dueSoon")}</th>
            <th scope="col">{t("sheets.what")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td colSpan={4}>Nothing is overdue, and nothing is due back in the next {due.horizonDays} days.</td>
            </tr>
          )}
          {shown.map((c) => (
            <tr key={c.customerId} data-due-customer={c.customerId}>
              <th scope="row">{c.customer}</th>
              <td>
                <CountButton count={c.overdue} caption={`${c.customer}, overdue`} onItems={onItems} />
              </td>
              <td>
                <CountButton count={c.dueSoon} caption={`${c.customer}, due back soon`} onItems={onItems} />
              </td>
              <td>
                <ul className="report__due-list">
                  {c.holdings.map(({ itemId, holding: h }) => (
                    <li key={h.id} data-due={h.due ?? ""}>
                      <button
                        type="button"
                        className="report__link"
                        onClick={() => onItems(c.customer, { count: 1, itemIds: [itemId] })}
                      >
                        <span className="report__order">{h.orderNumber}</span> · {h.title}
                        {h.quantity > 1 && ` × ${h.quantity}`}
                      </button>{" "}
                      <span className={h.due === "overdue" ? "report__overdue" : "report__due-label"}>{h.dueLabel}</span>
                      {h.person && <span className="report__due-person"> · {h.person}</span>}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
          {more > 0 && (
            <tr>
              <td colSpan={4} className="report__more">
                and {more} more {more === 1 ? "customer" : "customers"}: the CSV lists every one
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
