import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { type AppError, type AvailabilityView, commands } from "../bindings";
import { deskToday } from "../clock";
import { call } from "../ipc";
import { deskLocale, weekdayDateLabel } from "../people";
import { FieldError } from "../shell/FieldError";
import { useScreenLoad } from "../shell/useScreenLoad";

/** A day's look: none free, some, or every unit. */
function level(free: number, units: number): "none" | "some" | "all" {
  if (free === 0) return "none";
  return free >= units ? "all" : "some";
}

/** What availability is asked of: one product, or any product of a category that has these specs. */
export type AvailabilityAsk = { productId: number } | { category: string; specs: Record<string, string> };

/** A key that changes whenever the question does. */
export const askKey = (ask: AvailabilityAsk) => JSON.stringify(ask);

const askRust = (ask: AvailabilityAsk) =>
  call(() => ("productId" in ask ? commands.stockAvailability(ask.productId) : commands.stockCategoryAvailability(ask.category, ask.specs)));

/**
 * How many units of one product (or of any product of a category with the
 * specs asked) are free on each day of the coming four weeks (Rust counts
 * them as D3 picks), and, for the day chosen, the reservations behind the
 * number: what a person looks at before promising a date on the phone.
 * `onCounted` hears which products Rust counted.
 */
export function AvailabilityStrip({ ask, onCounted }: { ask: AvailabilityAsk; onCounted?: (view: AvailabilityView) => void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<AvailabilityView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [chosen, setChosen] = useState(0);

  useScreenLoad(
    () => askRust(ask),
    (a) => {
      if (a.ok) {
        setView(a.data);
        setError(null);
        onCounted?.(a.data);
      } else setError(a.error);
    },
    [askKey(ask)],
  );

  if (error) return <FieldError error={error} />;
  if (!view) return <p className="availability availability--loading">{t("stock.counting")}</p>;
  const today = deskToday();
  const locale = deskLocale();
  const day = view.days[chosen];
  const behind = day ? day.behind.map((i) => view.reservations[i]).filter((r) => r !== undefined) : [];

  return (
    <section className="availability" aria-label={t("stock.availabilityOf", { title: view.title })} data-availability={askKey(ask)}>
      <header className="availability__head">
        <h2 className="availability__title">
          {t("stock.nextDays", { title: "productId" in ask ? t("stock.freeUnits") : view.title, count: view.days.length })}
        </h2>
        <span className="availability__facts">
          {"category" in ask && `${t("stock.products", { count: view.products.length })} · `}
          {t("stock.units", { count: view.units })}
          {view.inRepair > 0 && ` · ${t("stock.inRepairCount", { count: view.inRepair })}`} ·{" "}
          {t("stock.buffer", { count: view.bufferDays })}
        </span>
      </header>
      {view.products.length === 0 && <p className="availability__none">{t("stock.noFit")}</p>}
      <div className="availability__days">
        {view.days.map((d, i) => {
          const label = weekdayDateLabel(d.date, today, locale);
          return (
            <button
              key={d.date}
              type="button"
              className={`availability__day availability__day--${level(d.free, view.units)}`}
              data-date={d.date}
              data-free={d.free}
              aria-pressed={i === chosen}
              title={t("stock.dayFree", { day: label, count: d.free })}
              onClick={() => setChosen(i)}
            >
              {/* The visible words are the name: "Mon, 30 Nov 7 free". */}
              <span className="availability__date">{label}</span>
              <strong className="availability__free">
                {d.free}
                {/* Read out ("7 free"), not drawn: the number says it in the strip. */}
                <span className="visually-hidden"> {t("stock.free")}</span>
              </strong>
            </button>
          );
        })}
      </div>
      {day && (
        <div className="availability__behind" aria-live="polite">
          <p className="availability__summary">
            <Trans
              i18nKey="stock.dayOf"
              values={{ day: weekdayDateLabel(day.date, today, locale), free: day.free, units: view.units }}
              components={{ strong: <strong /> }}
            />
            {behind.length > 0 ? t("stock.reservedCount", { count: behind.length }) : t("stock.nothingReserved")}
          </p>
          {behind.length > 0 && (
            <ul className="availability__list">
              {behind.map((r) => (
                <li key={`${r.orderNumber}-${r.serial}`}>
                  <strong>{r.orderNumber}</strong> {r.customer} · {r.serial} · {r.spanText}
                  {r.out && <span className="place place--out availability__out">{t("stock.out")}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
