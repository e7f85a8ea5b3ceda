import { useEffect, useId, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, type CustomerDetail, type CustomerSummary, commands } from "../bindings";
import { deskToday } from "../clock";
import { call } from "../ipc";
import { dateLabel, deskLocale } from "../people";
import { DataTable, rowClass } from "../shell/DataTable";
import { ErrorBanner } from "../shell/ErrorBanner";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useEditorTarget } from "../shell/useEditorTarget";
import { useScreenLoad } from "../shell/useScreenLoad";
import { CustomerCard } from "./CustomerCard";
import { CustomerForm } from "./CustomerForm";
import { matchesSearch } from "./customerDraft";
import "./customers.css";

const loadCustomers = () => call(() => commands.customersList());

export type CustomersScreenProps = {
  /** Opens the board showing one customer's items. */
  onShowOnBoard?: (customerName: string) => void;
  /** The customer whose card opens first (the due back list's "Open customer"). */
  openId?: number | null;
};

/** Customers with their people, addresses and orders: a searchable list, and the one chosen beside it. */
export function CustomersScreen({ onShowOnBoard, openId = null }: CustomersScreenProps) {
  const { t } = useTranslation();
  const [customers, setCustomers] = useState<CustomerSummary[] | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [detail, setDetail] = useState<CustomerDetail | null>(null);
  const [detailError, setDetailError] = useState<AppError | null>(null);
  const [loads, setLoads] = useState(0);
  const [query, setQuery] = useState("");
  const { editing, editingId, open, openNew, close } = useEditorTarget("cust", openId);
  const searchId = useId();

  const { loading, refresh } = useScreenLoad(loadCustomers, (answer) => {
    if (answer.ok) {
      setCustomers(answer.data);
      setLoadError(null);
      setLoads((n) => n + 1);
    } else setLoadError(answer.error);
  });

  // The chosen customer, now and after every change anywhere (people, orders, another desk).
  useEffect(() => {
    if (editingId === null) return setDetail(null);
    let live = true;
    void call(() => commands.customerGet(editingId)).then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setDetail(answer.data);
        setDetailError(null);
      } else setDetailError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [editingId, loads]);

  const shown = customers?.filter((c) => matchesSearch(c, query)) ?? [];
  const active = customers?.filter((c) => !c.archived).length ?? 0;
  const today = deskToday();
  const locale = deskLocale();

  const changed = (d: CustomerDetail) => {
    setDetail(d);
    open(d.id);
    refresh();
  };

  return (
    <main className="app customers-screen">
      <ScreenHeader
        view={t("customers.view")}
        sync={{ loading, failed: loadError !== null }}
        onRefresh={refresh}
        actions={
          <button type="button" className="button button--primary" data-action="new-customer" onClick={openNew}>
            {t("customers.new")}
          </button>
        }
      >
        {customers && (
          <>
            <span className="stat" data-stat="customers-active">
              <Trans i18nKey="customers.count" count={active} components={{ strong: <strong /> }} />
            </span>
            {customers.length > active && (
              <span className="stat" data-stat="customers-archived">
                <Trans i18nKey="catalog.countArchived" values={{ count: customers.length - active }} components={{ strong: <strong /> }} />
              </span>
            )}
          </>
        )}
      </ScreenHeader>

      <ErrorBanner error={loadError} what={t("customers.loadWhat")} stale={customers !== null} onRetry={refresh} />

      <div className={`customers-body${editing ? " customers-body--open" : ""}`}>
        <section className="customers-list" aria-label={t("customers.view")}>
          <div className="customers-search">
            <label htmlFor={searchId} className="customers-search__label">
              {t("customers.search")}
            </label>
            <input
              id={searchId}
              className="field"
              type="search"
              name="customer-search"
              placeholder={t("customers.searchPlaceholder")}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          {customers === null ? (
            !loadError && <p className="customers-empty">{t("customers.loading")}</p>
          ) : customers.length === 0 ? (
            <p className="customers-empty">{t("customers.none")}</p>
          ) : shown.length === 0 ? (
            <p className="customers-empty" role="status">
              {t("customers.noMatch", { query: query.trim() })}
            </p>
          ) : (
            <DataTable>
              <thead>
                <tr>
                  <th scope="col">{t("customers.number")}</th>
                  <th scope="col">{t("catalog.name")}</th>
                  <th scope="col">{t("order.city")}</th>
                  <th scope="col" className="data-table__num">
                    {t("customers.people")}
                  </th>
                  <th scope="col" className="data-table__num">
                    {t("customers.orders")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => {
                  const selected = editingId === c.id;
                  return (
                    <tr
                      key={c.id}
                      data-customer-id={c.id}
                      className={`customer-row ${rowClass({ selected, archived: c.archived })}`}
                      aria-selected={selected}
                      onClick={() => open(c.id)}
                    >
                      <td className="customer-row__number">{c.number}</td>
                      <td>
                        <button
                          type="button"
                          className="data-table__open customer-row__open"
                          onClick={(e) => {
                            e.stopPropagation();
                            open(c.id);
                          }}
                        >
                          {c.name}
                        </button>
                        {c.isNew && <span className="badge badge--mark">{t("customers.isNew")}</span>}
                        {c.flagged && <span className="badge badge--flag">{t("customers.flagged")}</span>}
                        {c.archived && <span className="badge badge--archived">{t("catalog.archived")}</span>}
                      </td>
                      <td>{c.city || <span className="muted">—</span>}</td>
                      <td className="data-table__num">{c.people}</td>
                      <td className="data-table__num">{c.orders}</td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
        </section>

        {editing && (
          <div className="customers-detail">
            {editing.kind === "new" ? (
              <CustomerForm customer={null} onSaved={(d) => changed(d)} onClose={close} />
            ) : detail && detail.id === editingId ? (
              <CustomerCard
                customer={detail}
                onChange={changed}
                dateText={(iso) => dateLabel(iso, today, locale)}
                onShowOnBoard={onShowOnBoard}
              />
            ) : (
              <ErrorBanner error={detailError} what="the customer" stale={false} onRetry={refresh} />
            )}
          </div>
        )}
      </div>
    </main>
  );
}
