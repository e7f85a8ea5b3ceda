import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type UnitAction, type UnitHistory } from "../bindings";
import { deskToday } from "../clock";
import type { WordKey } from "../i18n";
import { call } from "../ipc";
import { dateTimeLabel, deskLocale } from "../people";
import { FieldError } from "../shell/FieldError";
import { useScreenLoad } from "../shell/useScreenLoad";

type UnitPanelProps = {
  unitId: number;
  /** The places units are kept, offered when moving. */
  locations: string[];
  onClose: () => void;
};

/** What an action asks for before it is sent: a place, a reason, or nothing. */
const ASKS: Record<UnitAction, { field: "location" | "reason" | null; label: WordKey | null; button: WordKey }> = {
  move: { field: "location", label: "stock.ask.moveTo", button: "stock.ask.move" },
  to_repair: { field: "reason", label: "stock.ask.whatIsWrong", button: "stock.ask.toRepair" },
  back_from_repair: { field: null, label: null, button: "stock.ask.backFromRepair" },
  retire: { field: "reason", label: "stock.ask.whyRetired", button: "stock.ask.retire" },
};

function send(unitId: number, action: UnitAction, value: string) {
  switch (action) {
    case "move":
      return call(() => commands.stockUnitMove(unitId, value));
    case "to_repair":
      return call(() => commands.stockUnitToRepair(unitId, value));
    case "back_from_repair":
      return call(() => commands.stockUnitBackFromRepair(unitId));
    case "retire":
      return call(() => commands.stockUnitRetire(unitId, value));
  }
}

/** One unit: where it is, what can be done with it now (Rust's answer, with why not), and its trail. */
export function UnitPanel({ unitId, locations, onClose }: UnitPanelProps) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<UnitHistory | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [asking, setAsking] = useState<UnitAction | null>(null);
  const [value, setValue] = useState("");
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useScreenLoad(
    () => call(() => commands.stockUnitHistory(unitId)),
    (a) => {
      if (a.ok) {
        setHistory(a.data);
        setLoadError(null);
      } else setLoadError(a.error);
    },
  );

  const run = async (action: UnitAction) => {
    setBusy(true);
    const a = await send(unitId, action, value);
    setBusy(false);
    if (a.ok) {
      setAsking(null);
      setValue("");
      setError(null);
    } else setError(a.error);
  };

  const u = history?.unit;
  const today = deskToday();
  const locale = deskLocale();

  return (
    <aside className="unit-panel surface-card" aria-label={u ? t("stock.unit", { serial: u.serial }) : t("stock.unitTitle")} data-unit-panel={unitId}>
      <header className="unit-panel__head">
        <div>
          <h2 className="unit-panel__title">{u ? u.serial : t("stock.loadingShort")}</h2>
          {u && (
            <p className="unit-panel__sub">
              {u.productName} · {u.inventoryNumber}
            </p>
          )}
        </div>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t("common.close")}
        </button>
      </header>
      <FieldError error={loadError} />
      {u && (
        <>
          <dl className="unit-panel__facts">
            <dt>{t("stock.whereNow")}</dt>
            <dd>
              <span className={`place place--${u.place}`} data-place-text>
                {u.placeText}
              </span>
            </dd>
            <dt>{t("stock.location")}</dt>
            <dd>{u.location}</dd>
            <dt>{t("stock.condition")}</dt>
            <dd>{u.conditionLabel}</dd>
          </dl>

          <section className="unit-panel__actions" aria-label={t("stock.steps")}>
            {u.actions.map((a) => (
              <div key={a.action} className="unit-action">
                <button
                  type="button"
                  className={`button button--small${a.action === "retire" ? " button--caution" : ""}`}
                  data-unit-action={a.action}
                  aria-disabled={a.whyNot ? true : undefined}
                  aria-describedby={a.whyNot ? `why-not-${a.action}` : undefined}
                  aria-expanded={ASKS[a.action].field ? asking === a.action : undefined}
                  onClick={() => {
                    if (a.whyNot || busy) return;
                    setError(null);
                    if (ASKS[a.action].field === null) void run(a.action);
                    else {
                      setValue("");
                      setAsking(asking === a.action ? null : a.action);
                    }
                  }}
                >
                  {a.label}
                </button>
                {a.whyNot && (
                  <span className="unit-action__why" id={`why-not-${a.action}`}>
                    {a.whyNot}
                  </span>
                )}
              </div>
            ))}
            {asking && ASKS[asking].field && (
              <form
                className="unit-action__ask"
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(asking);
                }}
              >
                <label className="unit-action__label">
                  {t(ASKS[asking].label ?? "stock.ask.moveTo")}
                  <input
                    className="field"
                    // The form opens on a person's press: the field it asks for takes focus.
                    autoFocus
                    list={asking === "move" ? "unit-locations" : undefined}
                    value={value}
                    aria-invalid={error?.field ? true : undefined}
                    onChange={(e) => setValue(e.target.value)}
                  />
                </label>
                {asking === "move" && (
                  <datalist id="unit-locations">
                    {locations.map((l) => (
                      <option key={l} value={l} />
                    ))}
                  </datalist>
                )}
                <div className="unit-action__buttons">
                  <button type="button" className="button button--quiet button--small" onClick={() => setAsking(null)}>
                    {t("common.cancel")}
                  </button>
                  <button type="submit" className="button button--primary button--small" disabled={busy}>
                    {t(ASKS[asking].button)}
                  </button>
                </div>
              </form>
            )}
            <FieldError error={error} />
          </section>

          {history.holders.length > 0 && (
            <section className="unit-panel__trail" aria-label={t("stock.heldBy")}>
              <h3 className="unit-panel__h">{t("stock.heldBy")}</h3>
              <ul className="unit-trail">
                {history.holders.map((h) => (
                  <li key={`${h.holdingId}-${h.deliveredAt}`} className="unit-trail__step" data-holder={h.checkedInAt ? "before" : "now"}>
                    <span className="unit-trail__text">
                      {h.person} ({h.customer}), {h.orderNumber}
                      {h.checkedInAt ? ` — ${t("stock.back", { condition: h.condition ?? "" })}` : ` — ${t("stock.hasItNow")}`}
                    </span>
                    <span className="unit-trail__meta">
                      {dateTimeLabel(h.deliveredAt, today, locale)}
                      {h.checkedInAt && ` – ${dateTimeLabel(h.checkedInAt, today, locale)}`}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="unit-panel__trail" aria-label={t("catalog.history.title")}>
            <h3 className="unit-panel__h">{t("catalog.history.title")}</h3>
            <ol className="unit-trail">
              {history.steps.map((s, i) => (
                <li key={i} className={`unit-trail__step unit-trail__step--${s.kind}`}>
                  <span className="unit-trail__text">{s.text}</span>
                  <span className="unit-trail__meta">
                    {dateTimeLabel(s.at, today, locale)} · {s.actor}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </aside>
  );
}
