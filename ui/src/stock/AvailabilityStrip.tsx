import { useState } from "react";
import { type AppError, type AvailabilityView, commands } from "../bindings";
import { deskToday } from "../clock";
import { plural } from "../format";
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
  if (!view) return <p className="availability availability--loading">Counting free units…</p>;
  const today = deskToday();
  const locale = deskLocale();
  const day = view.days[chosen];
  const behind = day ? day.behind.map((i) => view.reservations[i]).filter((r) => r !== undefined) : [];

  return (
    <section className="availability" aria-label={`Availability of ${view.title}`} data-availability={askKey(ask)}>
      <header className="availability__head">
        <h2 className="availability__title">
          {"productId" in ask ? "Free units" : view.title}, next {view.days.length} days
        </h2>
        <span className="availability__facts">
          {"category" in ask && `${plural(view.products.length, "product")} · `}
          {view.units} {view.units === 1 ? "unit" : "units"}
          {view.inRepair > 0 && ` · ${view.inRepair} in repair`} · {view.bufferDays}{" "}
          {view.bufferDays === 1 ? "day" : "days"} between bookings
        </span>
      </header>
      {view.products.length === 0 && <p className="availability__none">No product in the catalog fits this.</p>}
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
              title={`${label}: ${d.free} free`}
              onClick={() => setChosen(i)}
            >
              {/* The visible words are the name: "Mon, 30 Nov 7 free". */}
              <span className="availability__date">{label}</span>
              <strong className="availability__free">
                {d.free}
                <span className="availability__unit"> free</span>
              </strong>
            </button>
          );
        })}
      </div>
      {day && (
        <div className="availability__behind" aria-live="polite">
          <p className="availability__summary">
            {weekdayDateLabel(day.date, today, locale)}: <strong>{day.free}</strong> of {view.units} free
            {behind.length > 0 ? `, ${behind.length} reserved:` : ", nothing reserved."}
          </p>
          {behind.length > 0 && (
            <ul className="availability__list">
              {behind.map((r) => (
                <li key={`${r.orderNumber}-${r.serial}`}>
                  <strong>{r.orderNumber}</strong> {r.customer} · {r.serial} · {r.spanText}
                  {r.out && <span className="place place--out availability__out">out</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
