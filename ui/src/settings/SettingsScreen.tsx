import { type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type SettingsInput, type SettingsView, type ShopKind } from "../bindings";
import { deskToday } from "../clock";
import { call } from "../ipc";
import { dateTimeLabel, deskLocale, parseNumber } from "../people";
import { ErrorBanner } from "../shell/ErrorBanner";
import { FieldError, FormRefusal } from "../shell/FieldError";
import { SaveButtons } from "../shell/SaveButtons";
import { ScreenHeader } from "../shell/ScreenHeader";
import { useFieldErrors } from "../shell/useFieldErrors";
import { useScreenLoad } from "../shell/useScreenLoad";
import { Backups } from "./Backups";
import { LanguageSwitch } from "./LanguageSwitch";
import "./settings.css";

type Field = keyof SettingsInput;
type Draft = Record<Field, string>;
type Place = { at: Field | "form" };

const FIELDS: Field[] = [
  "shopName",
  "currency",
  "orderPrefix",
  "inventoryPattern",
  "stockBufferDays",
  "travelBufferMinutes",
];

/**
 * A box of fields under its heading, named by it as a group (what a fieldset
 * says): a legend cannot sit inside a flex box in every web view, a heading can.
 */
function SettingsGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="settings-group" role="group" aria-labelledby={id}>
      <h2 className="settings-group__title" id={id}>
        {title}
      </h2>
      {children}
    </div>
  );
}

function draftOf(v: SettingsView): Draft {
  return {
    shopName: v.shopName,
    currency: v.currency,
    orderPrefix: v.orderPrefix,
    inventoryPattern: v.inventoryPattern,
    stockBufferDays: String(v.stockBufferDays),
    travelBufferMinutes: String(v.travelBufferMinutes),
  };
}

/** A number as typed ("2", "2,5"); anything else goes as no number, for Rust to refuse beside its field. */
function whole(text: string): number {
  return parseNumber(text) ?? Number.NaN;
}

function inputOf(d: Draft): SettingsInput {
  return {
    shopName: d.shopName,
    currency: d.currency,
    orderPrefix: d.orderPrefix,
    inventoryPattern: d.inventoryPattern,
    stockBufferDays: whole(d.stockBufferDays),
    travelBufferMinutes: whole(d.travelBufferMinutes),
  };
}

function placeOf(error: AppError | null): Place | null {
  if (!error) return null;
  const field = error.field?.replace(/^input\./, "") as Field | undefined;
  return { at: field && FIELDS.includes(field) ? field : "form" };
}

/**
 * The shop's settings: each change is checked by Rust, saved at once for every
 * screen, and logged; and the backups of the shop's own database (`shop`: which is open).
 */
export function SettingsScreen({ shop = "mine" }: { shop?: ShopKind | null }) {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const { at, invalid, setError, clearIf } = useFieldErrors(placeOf);
  const id = useId();
  const { t } = useTranslation();

  const { loading, refresh } = useScreenLoad(
    () => call(() => commands.settingsGet()),
    (answer) => {
      if (answer.ok) {
        setView(answer.data);
        setLoadError(null);
      } else setLoadError(answer.error);
    },
  );

  const dirty = view !== null && draft !== null && FIELDS.some((f) => draft[f] !== draftOf(view)[f]);
  // Follow what is stored (saved here or at another desk) unless the person is typing.
  useEffect(() => {
    if (view && !dirty) setDraft(draftOf(view));
  }, [view, dirty]);

  async function save() {
    if (!view || !draft) return;
    setSaving(true);
    setSaved(false);
    const answer = await call(() => commands.settingsUpdate(view.version, inputOf(draft)));
    setSaving(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setView(answer.data);
    setDraft(draftOf(answer.data));
    setSaved(true);
  }

  function field(name: Field, hint: string, options: { type?: "number"; unit?: string; width?: string } = {}) {
    if (!draft) return null;
    const error = at(name);
    return (
      <div className="settings-field" data-field={name}>
        <label className="settings-field__label" htmlFor={`${id}-${name}`}>
          {t(`settings.${name}.label`)}
        </label>
        <div className="settings-field__control">
          <input
            id={`${id}-${name}`}
            className="field"
            name={name}
            type={options.type === "number" ? "number" : "text"}
            inputMode={options.type === "number" ? "numeric" : undefined}
            style={options.width ? { width: options.width } : undefined}
            value={draft[name]}
            aria-invalid={invalid(name)}
            aria-describedby={`${id}-${name}-hint${error ? ` ${id}-${name}-error` : ""}`}
            onChange={(e) => {
              const value = e.target.value;
              setDraft((d) => (d ? { ...d, [name]: value } : d));
              setSaved(false);
              clearIf((p) => p.at === name);
            }}
          />
          {options.unit && <span className="settings-field__unit">{options.unit}</span>}
        </div>
        <p className="settings-field__hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
        <FieldError error={error} at={name} id={`${id}-${name}-error`} />
      </div>
    );
  }

  const locale = deskLocale();
  const today = deskToday();

  return (
    <main className="app settings-screen">
      <ScreenHeader view={t("nav.settings.label")} sync={{ loading, failed: loadError !== null }} onRefresh={refresh} />
      <ErrorBanner error={loadError} what={t("settings.loadWhat")} stale={view !== null} onRetry={refresh} />
      <div className="settings-body">
        <div className="settings-main">
          <LanguageSwitch />
          {view && draft && (
            <form
              className="settings-form"
              aria-label={t("settings.formName")}
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <FormRefusal
                className="settings-form__banner"
                error={at("form")}
                onLoadLatest={() => {
                  setDraft(draftOf(view));
                  setError(null);
                  refresh();
                }}
              />
              <SettingsGroup title={t("settings.shop")}>
                {field("shopName", t("settings.shopName.hint"))}
                {field("currency", t("settings.currency.hint"), { width: "7em" })}
              </SettingsGroup>
              <SettingsGroup title={t("settings.numbers")}>
                {field("orderPrefix", t("settings.orderPrefix.hint", { example: view.orderExample }), { width: "10em" })}
                {field("inventoryPattern", t("settings.inventoryPattern.hint", { example: view.inventoryExample }), {
                  width: "16em",
                })}
              </SettingsGroup>
              <SettingsGroup title={t("settings.buffers")}>
                {field("stockBufferDays", t("settings.stockBufferDays.hint"), {
                  type: "number",
                  unit: t("settings.stockBufferDays.unit"),
                  width: "6em",
                })}
                {field("travelBufferMinutes", t("settings.travelBufferMinutes.hint"), {
                  type: "number",
                  unit: t("settings.travelBufferMinutes.unit"),
                  width: "6em",
                })}
              </SettingsGroup>
              <div className="settings-form__actions">
                <SaveButtons
                  prefix="settings-form"
                  saving={saving}
                  saved={saved}
                  dirty={dirty}
                  onDiscard={
                    dirty
                      ? () => {
                          setDraft(draftOf(view));
                          setError(null);
                        }
                      : null
                  }
                  label={t("settings.save")}
                />
              </div>
            </form>
          )}
          {shop === "mine" ? (
            <Backups />
          ) : (
            <section className="settings-backups surface-card" aria-label={t("backups.title")} data-section="backups">
              <p className="settings-field__hint">{t("backups.demo")}</p>
            </section>
          )}
        </div>
        {view && (
          <section className="settings-log" aria-labelledby={`${id}-log`}>
            <h2 className="settings-log__title" id={`${id}-log`}>
              {t("settings.changes")}
            </h2>
            {view.log.length === 0 ? (
              <p className="settings-log__empty">{t("settings.noChanges")}</p>
            ) : (
              <ol className="settings-log__list">
                {view.log.map((c, i) => (
                  <li key={`${c.at}-${i}`} className="settings-log__entry">
                    {c.edits.map((e) => (
                      <span key={e.field} className="settings-log__what" data-log-field={e.field}>
                        <strong>{e.label}</strong> {e.from === "" ? t("settings.empty") : e.from} → {e.to === "" ? t("settings.empty") : e.to}
                      </span>
                    ))}
                    <span className="settings-log__who">
                      {dateTimeLabel(c.at, today, locale)} · {c.actor}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
      </div>
    </main>
  );
}
