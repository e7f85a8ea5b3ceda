// What is due back, under the Utilisation report: Rust's holdings ending soon
// and overdue, per customer (`ReportsView.dueBack`). A count opens the items
// that delivered them; an order number opens its item.

import { useTranslation } from "react-i18next";
import type { CustomerDue, DueBack } from "../bindings";
import { CountButton } from "./charts";
import type { OpenItems } from "./ReportsScreen";
import { Table } from "./Table";

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
        <span className="report__due-today">{t("reports.asOf", { day: due.today })}</span>
      </p>
      <Table<CustomerDue>
        variant="due"
        caption={t("reports.dueByCustomer")}
        csv={{ table: "due_back", caption: t("reports.whatDue") }}
        rows={shown}
        rowKey={(c) => c.customerId}
        rowAttrs={(c) => ({ "data-due-customer": c.customerId })}
        empty={t("reports.nothingDue", { count: due.horizonDays })}
        more={more > 0 ? t("reports.moreCustomers", { count: more }) : undefined}
        columns={[
          { key: "customer", head: t("order.customer"), cell: (c) => c.customer },
          {
            key: "overdue",
            head: t("reports.overdue"),
            cell: (c) => <CountButton count={c.overdue} caption={t("reports.customerOverdue", { customer: c.customer })} onItems={onItems} />,
          },
          {
            key: "dueSoon",
            head: t("reports.dueSoon"),
            cell: (c) => <CountButton count={c.dueSoon} caption={t("reports.customerDueSoon", { customer: c.customer })} onItems={onItems} />,
          },
          {
            key: "what",
            head: t("sheets.what"),
            cell: (c) => (
              <ul className="report__due-list">
                {c.holdings.map(({ itemId, holding: h }) => (
                  <li key={h.id} data-due={h.due ?? ""}>
                    <button type="button" className="report__link" onClick={() => onItems(c.customer, { count: 1, itemIds: [itemId] })}>
                      <span className="report__order">{h.orderNumber}</span> · {h.title}
                      {h.quantity > 1 && ` × ${h.quantity}`}
                    </button>{" "}
                    <span className={h.due === "overdue" ? "report__overdue" : "report__due-label"}>{h.dueLabel}</span>
                    {h.person && <span className="report__due-person"> · {h.person}</span>}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}
