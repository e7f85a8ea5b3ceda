// The UI's words in the desk's language, through i18next: one catalogue per
// language (en.json, de.json, the same keys: `catalogues.test.ts`), the keys
// typed from the English one so a typo does not compile. The language is
// Rust's (taken at start, start.ts: the one picked in Settings, else the OS's),
// so the UI and the sentences Rust writes always speak the same one.

import i18next, { type ParseKeys } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Lang } from "../bindings";
import de from "./de.json";
import en from "./en.json";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** Every language the UI speaks, with its name in itself (what the switch offers). */
export const LANGUAGES: readonly { lang: Lang; name: string }[] = [
  { lang: "en", name: "English" },
  { lang: "de", name: "Deutsch" },
];

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: "en",
  resources: { en: { translation: en }, de: { translation: de } },
  // A missing word shows the key, which the catalogue test keeps from happening.
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});
// "not {{label, lowercase}}": English lowers a field's capital in mid-sentence; German keeps its nouns'.
i18n.services.formatter?.add("lowercase", (value: unknown) => String(value).toLowerCase());

/** A key of the catalogues (checked against en.json by the compiler). */
export type WordKey = ParseKeys;

/**
 * Words over a union (a Rust enum's keys), read in the UI's language each
 * time one is read: a `Record` of catalogue keys, so the compiler still
 * refuses a missing or unknown member, and screens index it as before.
 */
export function wordsOf<K extends string>(keys: Record<K, WordKey>): Readonly<Record<K, string>> {
  const words = {} as Record<K, string>;
  for (const k of Object.keys(keys) as K[]) {
    Object.defineProperty(words, k, { get: () => i18n.t(keys[k]), enumerable: true });
  }
  return words;
}

/** The UI's language now. */
export function uiLanguage(): Lang {
  return i18n.language === "de" ? "de" : "en";
}

/** Speaks `lang` from now on (every `useTranslation` re-renders). */
export async function speak(lang: Lang): Promise<void> {
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}
