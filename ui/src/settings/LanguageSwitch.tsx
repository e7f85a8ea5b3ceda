import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AppError, commands, type Lang, type LanguageView } from "../bindings";
import { LANGUAGES, speak } from "../i18n";
import { call } from "../ipc";
import { FieldError } from "../shell/FieldError";

const SYSTEM = "system";

function nameOf(lang: Lang): string {
  return LANGUAGES.find((l) => l.lang === lang)?.name ?? lang;
}

/**
 * The desk's language, taken at once: as the system, or one picked. Rust
 * keeps the pick for this desk and writes its sentences in it; the screens
 * start afresh in it.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const [view, setView] = useState<LanguageView | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    // Unanswered, the switch stays off: the desk keeps speaking what it speaks.
    void call(() => commands.languageGet()).then((answer) => answer.ok && setView(answer.data));
  }, []);

  async function choose(value: string) {
    const chosen = LANGUAGES.find((l) => l.lang === value)?.lang ?? null;
    const answer = await call(() => commands.languageSet(chosen));
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setView(answer.data);
    await speak(answer.data.lang);
  }

  return (
    <section className="settings-group" aria-labelledby={`${id}-title`} data-settings="language">
      <h2 className="settings-group__title" id={`${id}-title`}>
        {t("settings.language.title")}
      </h2>
      <div className="settings-field">
        <label className="settings-field__label" htmlFor={`${id}-lang`}>
          {t("settings.language.label")}
        </label>
        <div className="settings-field__control">
          <select
            id={`${id}-lang`}
            className="field"
            name="language"
            value={view ? (view.chosen ?? SYSTEM) : SYSTEM}
            disabled={!view}
            aria-describedby={`${id}-hint`}
            onChange={(e) => void choose(e.target.value)}
          >
            <option value={SYSTEM}>{t("settings.language.system", { name: nameOf(view?.os ?? "en") })}</option>
            {LANGUAGES.map((l) => (
              <option key={l.lang} value={l.lang} lang={l.lang}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <p className="settings-field__hint" id={`${id}-hint`}>
          {t("settings.language.hint")}
        </p>
        <FieldError error={error} />
      </div>
    </section>
  );
}
