import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type DueBackView, type DueKind, commands } from "../bindings";
import { call } from "../ipc";
import { Dialog, DialogTitle } from "../shell/Dialog";
import "./inbox.css";

/** The badge a holding's due mark is drawn with: overdue in red, due back soon in amber. */
export function dueBadgeClass(due: DueKind | null | undefined): string {
  return due === "overdue" ? "badge badge--due-overdue" : "badge badge--due-soon";
}

/** What the rows end: devices to bring back, services with nothing to bring back, or both (Rust's `endKind`). */
type Ending = "back" | "services" | "both";

function ending(rows: DueBackView[]): Ending {
  const services = rows.filter((r) => r.holding.endKind === "service_ends").length;
  if (services === 0) return "back";
  return services === rows.length ? "services" : "both";
}

const PILL = { back: "dueBack.pill", services: "dueBack.pillServices", both: "dueBack.pillBoth" } as const;
const TITLE = { back: "dueBack.title", services: "dueBack.titleServices", both: "dueBack.titleBoth" } as const;

/**
 * What is due back in the coming days and what is overdue, as Rust reads it
 * for today; loads again whenever `loadKey` changes (the board after a write).
 */
export function useDueBack(loadKey: unknown): DueBackView[] | null {
  const [rows, setRows] = useState<DueBackView[] | null>(null);
  useEffect(() => {
    let live = true;
    void call(() => commands.holdingsDueBack()).then((a) => {
      if (live && a.ok) setRows(a.data);
    });
    return () => {
      live = false;
    };
  }, [loadKey]);
  return rows;
}

/** The board header's pill: how many are due back (or end), red when one is overdue. */
export function DueBackPill({ rows, onOpen }: { rows: DueBackView[]; onOpen: () => void }) {
  const { t } = useTranslation();
  const overdue = rows.filter((r) => r.holding.due === "overdue").length;
  return (
    <button
      type="button"
      className={`pill pill--button${overdue > 0 ? " pill--attention" : ""}`}
      data-stat="due-back"
      aria-haspopup="dialog"
      title={t("dueBack.open")}
      onClick={onOpen}
    >
      <strong>{rows.length}</strong> {t(PILL[ending(rows)], { count: rows.length })}
      {overdue > 0 && <> · {t("dueBack.overdue", { count: overdue })}</>}
    </button>
  );
}

type DueBackDrawerProps = {
  rows: DueBackView[];
  onClose: () => void;
  /** Opens the customer's card (its Holds start the return). */
  onOpenCustomer?: (customerId: number) => void;
  /** A date as the desk reads it. */
  dateText: (iso: string) => string;
};

/**
 * Rentals and leases ending in the coming days, and those past their end:
 * overdue first. A service with nothing to bring back (a licence) says that
 * it ends, in Rust's words.
 */
export function DueBackDrawer({ rows, onClose, onOpenCustomer, dateText }: DueBackDrawerProps) {
  const { t } = useTranslation();
  const title = t(TITLE[ending(rows)]);
  return (
    <Dialog className="inbox inbox--due-back" backdropClassName="inbox__backdrop" onClose={onClose}>
      <header className="inbox__header">
        <DialogTitle className="inbox__title">{title}</DialogTitle>
        <span className="inbox__count">{t("dueBack.count", { count: rows.length })}</span>
        <button type="button" className="button button--quiet inbox__close" onClick={onClose} aria-label={t("dueBack.close")}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="inbox__empty">{t("dueBack.empty")}</p>
      ) : (
        <ul className="inbox__list" aria-label={title}>
          {rows.map(({ customerId, customer, holding: h }) => (
            <li key={h.id} className="inbox-row" data-due-holding-id={h.id} data-due={h.due} data-end-kind={h.endKind}>
              <div className="inbox-row__main">
                <div className="inbox-row__top">
                  <span className="inbox-row__order">{h.orderNumber}</span>
                  <span>{h.service}</span>
                  {h.dueLabel && <span className={`${dueBadgeClass(h.due)} inbox-row__due`}>{h.dueLabel}</span>}
                </div>
                <span className="inbox-row__title">
                  {h.title}
                  {h.quantity > 1 && ` ×${h.quantity}`}
                </span>
                <span className="inbox-row__who">
                  {customer} · {h.person}
                  {h.units.length > 0 && ` · ${h.units.map((u) => u.serial).join(", ")}`}
                  {` · ${t("dueBack.since", { date: dateText(h.start) })}`}
                </span>
                {h.endKind === "service_ends" && (
                  <span className="inbox-row__reason inbox-row__reason--fact">{t("dueBack.nothingBack")}</span>
                )}
                {h.openRequest && <span className="inbox-row__reason">{t("dueBack.underWay", { order: h.openRequest })}</span>}
              </div>
              {onOpenCustomer && (
                <button
                  type="button"
                  className="button button--small"
                  data-action="open-customer"
                  aria-label={t(h.endKind === "service_ends" ? "dueBack.openCustomerService" : "dueBack.openCustomerName", {
                    customer,
                    title: h.title,
                  })}
                  onClick={() => onOpenCustomer(customerId)}
                >
                  {t("dueBack.openCustomer")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
