import { afterEach, describe, expect, it, vi } from "vitest";
import {
  dateLabel,
  dateRangeLabel,
  dateTimeLabel,
  decimalText,
  deskLocale,
  FALLBACK_LOCALE,
  longDateLabel,
  moneyLabel,
  parseNumber,
  weekdayDateLabel,
} from "./people";
import { speak } from "./i18n";

// Every locale and zone is named here: nothing depends on the machine's.
// Intl separates some parts with no-break or thin spaces; `plain` reads them as spaces.
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, " ");

const TODAY = "2026-11-25";

describe("dateLabel", () => {
  it.each([
    ["en-GB", "30 Nov"],
    ["de-AT", "30. Nov."],
    ["en-US", "Nov 30"],
  ])("writes a date near today in %s as %s", (locale, expected) => {
    expect(plain(dateLabel("2026-11-30", TODAY, locale))).toBe(expected);
  });

  it.each([
    ["en-GB", "3 Jan 2028"],
    ["de-AT", "3. Jän. 2028"], // Austrian German: Jänner,
    ["en-US", "Jan 3, 2028"],
  ])("shows the year of a date far from today in %s: %s", (locale, expected) => {
    expect(plain(dateLabel("2028-01-03", TODAY, locale))).toBe(expected);
  });

  it("shows the year once day and month could mean another date, either side of today", () => {
    // Early next year is near: "3 Jan" can only be the coming one.
    expect(dateLabel("2027-01-03", TODAY, "en-GB")).toBe("3 Jan");
    expect(dateLabel("2027-05-20", TODAY, "en-GB")).toBe("20 May");
    expect(dateLabel("2027-06-30", TODAY, "en-GB")).toBe("30 Jun 2027");
    expect(dateLabel("2025-11-30", TODAY, "en-GB")).toBe("30 Nov 2025");
    expect(dateLabel("2026-11-30", null, "en-GB")).toBe("30 Nov 2026");
  });

  it("leaves what is not a calendar date as it came", () => {
    expect(dateLabel("2026-02-30", TODAY, "en-GB")).toBe("2026-02-30");
    expect(dateLabel("soon", TODAY, "en-GB")).toBe("soon");
  });

  it("never moves a date with the machine's zone", () => {
    // Calendar dates are formatted in UTC whatever TZ the tests run in.
    expect(dateLabel("2026-12-01", TODAY, "en-GB")).toBe("1 Dec");
    expect(dateLabel("2026-12-31", TODAY, "en-GB")).toBe("31 Dec");
  });
});

describe("weekdayDateLabel and longDateLabel", () => {
  it.each([
    ["en-GB", "Tue 1 Dec", "Tuesday, 1 December 2026"],
    ["de-AT", "Di., 1. Dez.", "Dienstag, 1. Dezember 2026"],
    ["en-US", "Tue, Dec 1", "Tuesday, December 1, 2026"],
  ])("names the day in %s", (locale, short, long) => {
    expect(plain(weekdayDateLabel("2026-12-01", TODAY, locale))).toBe(short);
    expect(plain(longDateLabel("2026-12-01", locale))).toBe(long);
  });

  it("adds the year far from today", () => {
    expect(plain(weekdayDateLabel("2028-12-01", TODAY, "en-GB"))).toBe("Fri, 1 Dec 2028");
  });
});

describe("dateRangeLabel", () => {
  it.each([
    ["en-GB", "2026-11-25", "2026-12-01", "25 Nov – 1 Dec"],
    ["en-GB", "2026-12-01", "2026-12-05", "1 – 5 Dec"],
    ["de-AT", "2026-12-01", "2026-12-05", "1.–5. Dez."],
    ["en-US", "2026-11-25", "2026-12-01", "Nov 25 – Dec 1"],
  ])("spans %s %s – %s as %s", (locale, start, end, expected) => {
    expect(plain(dateRangeLabel(start, end, TODAY, locale))).toBe(expected);
  });

  it("shows one date when both ends are the same day, and the year when an end is far", () => {
    expect(dateRangeLabel("2026-12-01", "2026-12-01", TODAY, "en-GB")).toBe("1 Dec");
    expect(plain(dateRangeLabel("2027-12-28", "2028-01-03", TODAY, "en-GB"))).toBe("28 Dec 2027 – 3 Jan 2028");
  });

  it("keeps what it cannot read", () => {
    expect(dateRangeLabel("2026-12-01", "later", TODAY, "en-GB")).toBe("2026-12-01 – later");
  });
});

describe("dateTimeLabel", () => {
  it("writes an instant on the 24-hour clock in the zone given", () => {
    const at = "2026-11-25T13:05:00Z";
    expect(plain(dateTimeLabel(at, TODAY, "en-GB", "Europe/Vienna"))).toBe("25 Nov, 14:05");
    expect(plain(dateTimeLabel(at, TODAY, "de-AT", "Europe/Vienna"))).toBe("25. Nov., 14:05");
    expect(plain(dateTimeLabel(at, TODAY, "en-US", "America/New_York"))).toBe("Nov 25, 08:05");
  });

  it("takes the day in that zone: 23:30 UTC is already the next day in Vienna", () => {
    expect(plain(dateTimeLabel("2026-12-07T23:30:00Z", TODAY, "en-GB", "Europe/Vienna"))).toBe("8 Dec, 00:30");
  });

  it("adds the year far from today and keeps what it cannot read", () => {
    expect(plain(dateTimeLabel("2025-03-01T08:00:00Z", TODAY, "en-GB", "UTC"))).toBe("1 Mar 2025, 08:00");
    expect(dateTimeLabel("not a time", TODAY, "en-GB")).toBe("not a time");
  });
});

describe("moneyLabel", () => {
  it.each([
    ["en-GB", "EUR", 108_000, "€1,080.00"],
    ["de-AT", "EUR", 108_000, "€ 1.080,00"],
    ["en-US", "EUR", 108_000, "€1,080.00"],
    ["de-AT", "CHF", 108_000, "CHF 1.080,00"],
    ["en-GB", "CHF", 4_950, "CHF 49.50"],
  ])("writes cents in %s and %s", (locale, currency, cents, expected) => {
    expect(plain(moneyLabel({ cents, currency }, locale))).toBe(expected);
  });

  it("signs a difference", () => {
    expect(plain(moneyLabel({ cents: 12_000, currency: "EUR" }, "en-GB", { signed: true }))).toBe("+€120.00");
    expect(plain(moneyLabel({ cents: -12_000, currency: "EUR" }, "de-AT", { signed: true }))).toBe("-€ 120,00");
    expect(plain(moneyLabel({ cents: 0, currency: "EUR" }, "en-GB", { signed: true }))).toBe("€0.00");
  });

  it("still shows the amount with a code Intl does not know", () => {
    expect(plain(moneyLabel({ cents: 108_000, currency: "EURO" }, "en-GB"))).toBe("1,080.00 EURO");
  });
});

describe("deskLocale", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is the webview's locale when it is of the language the UI speaks, else that language's home", async () => {
    vi.stubGlobal("navigator", { language: "de-AT" });
    expect(deskLocale()).toBe(FALLBACK_LOCALE);
    await speak("de");
    try {
      expect(deskLocale()).toBe("de-AT");
      vi.stubGlobal("navigator", { language: "en-US" });
      expect(deskLocale()).toBe("de-DE");
    } finally {
      await speak("en");
    }
  });

  it("falls back when the webview names none that Intl can read", () => {
    vi.stubGlobal("navigator", { language: "" });
    expect(deskLocale()).toBe(FALLBACK_LOCALE);
    vi.stubGlobal("navigator", { language: "not a locale!" });
    expect(deskLocale()).toBe(FALLBACK_LOCALE);
    // WebKitGTK under the C locale (LANG=C.UTF-8) says "C".
    vi.stubGlobal("navigator", { language: "C" });
    expect(deskLocale()).toBe(FALLBACK_LOCALE);
  });
});

describe("numbers in fields", () => {
  it("reads a number as either language writes it, the decimal comma included", () => {
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("1.299,50")).toBe(1299.5);
    expect(parseNumber("1,299.50")).toBe(1299.5);
    expect(parseNumber("1 299")).toBe(1299);
    expect(parseNumber("1.299")).toBe(1299);
    expect(parseNumber(" 30 ")).toBe(30);
    expect(parseNumber("-2,25")).toBe(-2.25);
  });

  it("is no number for text, an empty field or marks in the wrong places", () => {
    for (const text of ["", "abc", "12,5,1", "1.2.3,4", "12,5.1.1", "1,2345.6", ",", "5 €"]) expect(parseNumber(text), text).toBeNull();
  });

  it("writes a number to edit in the desk's locale, without grouping", () => {
    expect(decimalText(1299.5, 2, "en-GB")).toBe("1299.50");
    expect(decimalText(1299.5, 2, "de-AT")).toBe("1299,50");
  });
});
