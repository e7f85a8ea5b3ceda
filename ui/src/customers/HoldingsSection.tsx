import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, type HeldUnit, type HoldingView, type TransactionType, commands } from "../bindings";
import { call } from "../ipc";
import { deskLocale, moneyLabel } from "../people";
import { dueBadgeClass } from "../inbox/DueBack";
import { ErrorBanner } from "../shell/ErrorBanner";
import { MissingDialog } from "./MissingDialog";
import { WAY_BACK, WayBackDialog } from "./WayBackDialog";

type HoldingsSectionProps = {
  customerId: number;
  /** Changes whenever the customer may have changed: the holdings load again. */
  loadKey: unknown;
  /** A date as the desk reads it. */
  dateText: (iso: string) => string;
};

/** What the customer's people hold now (and held): each holding with its units, dates, costs and state. */
export function HoldingsSection({ customerId, loadKey, dateText }: HoldingsSectionProps) {
  const { t } = useTranslation();
  const [holdings, setHoldings] = useState<HoldingView[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [tries, setTries] = useState(0);
  const [chosen, setChosen] = useState<number[]>([]);
  const [asking, setAsking] = useState<TransactionType | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Once a request is sent its button is disabled (nothing chosen): focus goes to what it did.
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const [deciding, setDeciding] = useState<{ holding: HoldingView; unit: HeldUnit } | null>(null);

  useEffect(() => {
    let live = true;
    void call(() => commands.customerHoldings(customerId)).then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setHoldings(answer.data);
        setError(null);
      } else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [customerId, loadKey, tries]);

  const people = [...new Set((holdings ?? []).map((h) => h.person))];
  const picked = (holdings ?? []).filter((h) => chosen.includes(h.id));
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const headingId = `holds-${customerId}`;

  return (
    <section className="customer-section" aria-labelledby={headingId} data-section="holds">
      <header className="customer-section__header">
        <h3 id={headingId}>{t("holdings.title")}</h3>
        <div className="holdings-actions" role="group" aria-label={t("holdings.actions")}>
          {WAY_BACK.map((w) => (
            <button
              key={w.type}
              type="button"
              className="button button--small"
              data-action={`way-back-${w.type}`}
              disabled={picked.length === 0}
              onClick={() => setAsking(w.type)}
            >
              {w.label}
            </button>
          ))}
        </div>
      </header>
      {done && (
        <p className="hint" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      )}
      <ErrorBanner error={error} what={t("holdings.loadWhat")} stale={holdings !== null} onRetry={() => setTries((n) => n + 1)} />
      {holdings !== null && holdings.length === 0 && <p className="hint">{t("holdings.none")}</p>}
      {people.map((person) => (
        <div key={person} className="holdings-person">
          <h4 className="holdings-person__name">{person}</h4>
          <ul className="part-list">
            {(holdings ?? [])
              .filter((h) => h.person === person)
              .map((h) => (
                <li key={h.id} className={`part-row holding-row holding-row--${h.state}`} data-holding-id={h.id}>
                  <input
                    type="checkbox"
                    className="holding-row__pick"
                    checked={chosen.includes(h.id)}
                    disabled={!h.requestable}
                    title={h.notRequestableReason ?? undefined}
                    aria-label={t("holdings.choose", { title: h.title, order: h.orderNumber })}
                    onChange={() => toggle(h.id)}
                  />
                  <div className="part-row__main">
                    <strong>
                      {h.title}
                      {h.quantity > 1 && ` ×${h.quantity}`}
                    </strong>
                    <span className={`badge holding-state holding-state--${h.state}`}>{h.stateLabel}</span>
                    {h.dueLabel && (
                      <span className={`${dueBadgeClass(h.due)} holding-due`} data-due={h.due}>
                        {h.dueLabel}
                      </span>
                    )}
                    <span className="part-row__meta">
                      {h.units.length > 0 && `${h.units.map((u) => u.serial).join(", ")} · `}
                      {t("holdings.since", { date: dateText(h.start) })}
                      {h.end && ` · ${t("holdings.until", { date: dateText(h.end) })}`}
                      {h.monthly.cents > 0 && ` · ${t("holdings.monthly", { money: moneyLabel(h.monthly, deskLocale()) })}`}
                      {` · ${h.orderNumber}`}
                      {h.openRequest && ` · ${t("holdings.underWay", { what: h.openRequest })}`}
                    </span>
                    {h.missing.map((u) => (
                      <span key={u.unitId} className="holding-row__missing" data-missing-serial={u.serial}>
                        <span className="badge badge--due-overdue">{t("missing.badge", { serial: u.serial })}</span>
                        <button
                          type="button"
                          className="button button--small"
                          data-action="decide-missing"
                          aria-label={t("missing.decideName", { serial: u.serial })}
                          onClick={() => setDeciding({ holding: h, unit: u })}
                        >
                          {t("missing.decideButton")}
                        </button>
                      </span>
                    ))}
                  </div>
                </li>
              ))}
          </ul>
        </div>
      ))}
      {deciding && (
        <MissingDialog
          holding={deciding.holding}
          unit={deciding.unit}
          onClose={() => setDeciding(null)}
          onDone={(h, said) => {
            setDeciding(null);
            setHoldings((all) => all && all.map((x) => (x.id === h.id ? h : x)));
            setDone(`${h.title}: ${said} ${h.stateLabel}.`);
          }}
        />
      )}
      {asking && (
        <WayBackDialog
          type={asking}
          holdings={picked}
          onClose={() => setAsking(null)}
          onDone={(r) => {
            setAsking(null);
            setChosen([]);
            setDone(`Order ${r.number}: ${r.items.map((i) => i.sentence).join(" ")}`);
            setTries((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
