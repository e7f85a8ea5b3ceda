// Dates and money as people read them, in the desk's locale (of the
// language the UI speaks). One place for every screen (board, panel,
// planner, resources, inbox, order form): pure
// functions over `Intl` (the runtime's CLDR data, no month names of our own),
// with the locale, today and the zone as arguments so tests pin them.
//
// A calendar date is "YYYY-MM-DD" and is formatted in UTC, so the machine's
// zone never moves it a day. An instant (RFC 3339) is formatted in the zone
// given, the webview's when none is (the planner draws in the webview's zone).
// Day and month are enough near today; a date further than half a year away
// shows its year, since day and month alone could then mean two dates.

import type { Lang, Money } from "./bindings";
import { uiLanguage } from "./i18n";

/** The locale when the webview names none that `Intl` knows. */
export const FALLBACK_LOCALE = "en-GB";

/** Within this many days of today, day and month name one date only: no year. */
export const YEARLESS_DAYS = 182;

const DAY_MS = 86_400_000;

/** Where a language is written when the webview's locale is of another language. */
const HOME_LOCALE: Record<Lang, string> = { en: FALLBACK_LOCALE, de: "de-DE" };

/**
 * The desk's locale: the webview's (`navigator.language`, the OS's) when it
 * is of the language the UI speaks, so an Austrian desk keeps "Jän." and a
 * Swiss one its "CHF 1’080.00"; else where that language is at home.
 */
export function deskLocale(): string {
  const lang = uiLanguage();
  const locale = typeof navigator === "undefined" ? undefined : navigator.language;
  const ofLang = locale !== undefined && locale.split("-")[0]?.toLowerCase() === lang;
  return locale && ofLang && isKnownLocale(locale) ? locale : HOME_LOCALE[lang];
}

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false; // not a well-formed language tag
  }
}

/** Milliseconds of UTC midnight of a "YYYY-MM-DD" date; null for anything else. */
function utcMidnight(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(y, m - 1, d);
  const back = new Date(at);
  // 2026-02-30 is not a date: Date.UTC would roll it over to March.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return at;
}

/** Whether `iso` is far enough from `today` to need its year (or `today` is unknown). */
function needsYear(at: number, today: string | null): boolean {
  const base = today === null ? null : utcMidnight(today);
  return base === null || Math.abs(at - base) / DAY_MS > YEARLESS_DAYS;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One `Intl.DateTimeFormat` per locale and options, kept: a board draws thousands of dates. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

const DAY_MONTH = { day: "numeric", month: "short", timeZone: "UTC" } as const;
const DAY_MONTH_YEAR = { ...DAY_MONTH, year: "numeric" } as const;

/** "30 Nov" (en-GB), "30. Nov." (de-AT), "Nov 30" (en-US); "3 Jan 2028" when far from today. Unreadable input as it came. */
export function dateLabel(iso: string, today: string | null, locale: string): string {
  const at = utcMidnight(iso);
  if (at === null) return iso;
  return dateFormat(locale, needsYear(at, today) ? DAY_MONTH_YEAR : DAY_MONTH).format(at);
}

/** A planner day: "Tue 1 Dec" (en-GB), "Di., 1. Dez." (de-AT); the year when far from today. */
export function weekdayDateLabel(iso: string, today: string | null, locale: string): string {
  const at = utcMidnight(iso);
  if (at === null) return iso;
  const options = needsYear(at, today) ? DAY_MONTH_YEAR : DAY_MONTH;
  return dateFormat(locale, { weekday: "short", ...options }).format(at);
}

/** A day sheet's heading, always whole: "Wednesday 25 November 2026" (en-GB). */
export function longDateLabel(iso: string, locale: string): string {
  const at = utcMidnight(iso);
  if (at === null) return iso;
  return dateFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
}

/**
 * Two calendar dates as one span, the shared month or year said once:
 * "25 Nov – 1 Dec", "1–5 Dec" (en-GB), "1.–5. Dez." (de-AT); one date when
 * both ends are the same day.
 */
export function dateRangeLabel(start: string, end: string, today: string | null, locale: string): string {
  const from = utcMidnight(start);
  const to = utcMidnight(end);
  if (from === null || to === null) return start === end ? start : `${start} – ${end}`;
  if (from === to) return dateLabel(start, today, locale);
  const options = needsYear(from, today) || needsYear(to, today) ? DAY_MONTH_YEAR : DAY_MONTH;
  return dateFormat(locale, options).formatRange(from, to);
}

/** The "YYYY-MM-DD" an instant falls on in `timeZone` (the runtime's zone when undefined). */
function calendarDayIn(at: Date, timeZone: string | undefined): string {
  const parts = dateFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * An instant with its wall-clock time on the 24-hour clock the planner
 * draws: "25 Nov, 14:05" (en-GB), "25. Nov., 14:05" (de-AT); the year when far
 * from today. Unreadable input as it came.
 */
export function dateTimeLabel(instant: string, today: string | null, locale: string, timeZone?: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const day = utcMidnight(calendarDayIn(at, timeZone)) ?? at.getTime();
  const date = needsYear(day, today) ? { year: "numeric" as const } : {};
  return dateFormat(locale, {
    day: "numeric",
    month: "short",
    ...date,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(at);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: string, currency: string, signed: boolean): Intl.NumberFormat | null {
  const key = `${locale}|${currency}|${signed}`;
  let format = moneyFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { style: "currency", currency, signDisplay: signed ? "exceptZero" : "auto" });
    } catch {
      return null; // not an ISO 4217 code Intl accepts
    }
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * An amount as Rust sends it (cents and the shop's currency, ISO 4217), as
 * the desk writes money: "€1,080.00" (en-GB), "€ 1.080,00" (de-AT),
 * "CHF 1’080.00" (de-CH). `signed` shows a difference: "+€120.00".
 */
export function moneyLabel({ cents, currency }: Money, locale: string, { signed = false } = {}): string {
  const amount = cents / 100;
  const format = moneyFormat(locale, currency, signed);
  if (format) return format.format(amount);
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? "exceptZero" : "auto" });
  return `${number.format(amount)} ${currency}`.trim();
}

/**
 * A number to edit in a field, in the desk's locale and without grouping, so
 * the field reads it back: "1299.00" (en-GB), "1299,00" (de-AT).
 */
export function decimalText(n: number, digits: number, locale = deskLocale()): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(n);
}

/**
 * A number as a person types it into any number field, in either language's
 * way: "12,5", "12.5", "1.299,50", "1,299.50", "1 299". The rule is Rust's
 * for amounts (`domain::catalog::amount`): with both marks the last is the
 * decimal mark; a lone mark followed by three digits groups thousands, else
 * it is the decimal mark. `null` when the text is no number (or empty), for
 * the field to send as it is and Rust to refuse beside it. The one parser of
 * the UI's number fields; fields whose text goes to Rust (amounts, rule
 * values) leave it to Rust.
 */
export function parseNumber(text: string): number | null {
  const v = text.replace(/[\s'’\u00a0\u202f]/g, "");
  if (!/^-?[\d.,]*\d[\d.,]*$/.test(v)) return null;
  const dot = v.lastIndexOf(".");
  const comma = v.lastIndexOf(",");
  let decimal = -1;
  if (dot >= 0 && comma >= 0) decimal = Math.max(dot, comma);
  else {
    const mark = Math.max(dot, comma);
    const once = mark >= 0 && v.indexOf(v[mark]!) === mark;
    if (once && v.length - mark - 1 !== 3) decimal = mark;
  }
  const whole = decimal >= 0 ? v.slice(0, decimal) : v;
  const fraction = decimal >= 0 ? v.slice(decimal + 1) : "";
  if (/[.,]/.test(fraction)) return null;
  const groups = whole.replace(/^-/, "").split(/[.,]/);
  if (groups.length > 1 && (groups[0] === "" || groups[0]!.length > 3 || groups.slice(1).some((g) => g.length !== 3))) return null;
  const n = Number(`${whole.replace(/[.,]/g, "")}.${fraction || "0"}`);
  return Number.isFinite(n) ? n : null;
}

/**
 * A count as typed into a field Rust takes as a whole number (a capacity,
 * minutes): anything that is not one goes as 0, and Rust answers beside the
 * field with its own range message.
 */
export function wholeNumber(text: string): number {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) ? n : 0;
}
