import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands } from "../bindings";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";
import { useFieldErrors } from "../shell/useFieldErrors";
import type { ShopView } from "./useShop";

type Place = { at: "shopName" | "currency" | "form" };

function placeOf(error: AppError | null): Place | null {
  if (!error) return null;
  const field = error.field?.replace(/^input\./, "");
  return { at: field === "shopName" || field === "currency" ? field : "form" };
}

type SetupFormProps = {
  onOpened: (shop: ShopView) => void;
  /** Focus the name at once (the first run; a dialog focuses it itself). */
  autoFocus?: boolean;
};

/** "Set up my shop": the shop's name and currency; Rust makes the empty database and opens it. */
export function SetupForm({ onOpened, autoFocus = false }: SetupFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [currency, setCurrency] = useState("EUR");
  const [saving, setSaving] = useState(false);
  const { at, invalid, setError, clearIf } = useFieldErrors(placeOf);
  const id = useId();

  async function submit() {
    setSaving(true);
    const answer = await call(() => commands.shopSetup({ shopName: name, currency }));
    setSaving(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onOpened(answer.data);
  }

  return (
    <form
      className="setup-form"
      data-form="shop-setup"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="setup-form__field" htmlFor={`${id}-name`}>
        <span className="setup-form__label">{t("settings.shopName.label")}</span>
        <input
          id={`${id}-name`}
          className="field"
          name="shopName"
          value={name}
          placeholder={t("firstRun.namePlaceholder")}
          autoComplete="organization"
          data-autofocus
          autoFocus={autoFocus}
          aria-invalid={invalid("shopName")}
          aria-describedby={at("shopName") ? `${id}-name-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            clearIf((p) => p.at === "shopName");
          }}
        />
      </label>
      <FieldError error={at("shopName")} at="shopName" id={`${id}-name-error`} />
      <label className="setup-form__field" htmlFor={`${id}-currency`}>
        <span className="setup-form__label">{t("settings.currency.label")}</span>
        <input
          id={`${id}-currency`}
          className="field setup-form__currency"
          name="currency"
          value={currency}
          maxLength={8}
          aria-invalid={invalid("currency")}
          aria-describedby={at("currency") ? `${id}-currency-error` : `${id}-currency-hint`}
          onChange={(e) => {
            setCurrency(e.target.value);
            clearIf((p) => p.at === "currency");
          }}
        />
      </label>
      <span className="setup-form__hint" id={`${id}-currency-hint`}>
        {t("firstRun.currencyHint")}
      </span>
      <FieldError error={at("currency")} at="currency" id={`${id}-currency-error`} />
      <FieldError error={at("form")} />
      <button type="submit" className="button button--primary" data-action="set-up-shop" disabled={saving}>
        {saving ? t("firstRun.settingUp") : t("shop.setUpMine")}
      </button>
    </form>
  );
}
