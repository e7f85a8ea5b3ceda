// Display helpers every screen shares (board, panel, inbox, planner):
// pure functions, no React, no IPC. Time always comes in as an argument
// (`now`, `today`) so tests control it; dates and money are written by
// `people.ts` in the desk's locale (re-exported here), which a caller may
// pass in as well.

import type { BoardCard, TransactionType } from "./bindings";
import { i18n, wordsOf } from "./i18n";
import { dateLabel, deskLocale } from "./people";

export { dateLabel, dateRangeLabel, dateTimeLabel, deskLocale, longDateLabel, moneyLabel, weekdayDateLabel } from "./people";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Compact age of a timestamp: "now", "12m", "5h", "3d". Empty if unparseable. */
export function ageLabel(createdAt: string, now: Date): string {
  const ms = elapsedMs(createdAt, now);
  if (ms === null) return "";
  if (ms < MINUTE_MS) return i18n.t("age.now");
  if (ms < HOUR_MS) return i18n.t("age.m", { n: Math.floor(ms / MINUTE_MS) });
  if (ms < DAY_MS) return i18n.t("age.h", { n: Math.floor(ms / HOUR_MS) });
  return i18n.t("age.d", { n: Math.floor(ms / DAY_MS) });
}

/** The same age spelled out for screen readers: "3 days", "5 hours". */
export function ageDescription(createdAt: string, now: Date): string {
  const ms = elapsedMs(createdAt, now);
  if (ms === null) return "";
  if (ms < MINUTE_MS) return i18n.t("age.lessThanMinute");
  if (ms < HOUR_MS) return i18n.t("age.minutes", { count: Math.floor(ms / MINUTE_MS) });
  if (ms < DAY_MS) return i18n.t("age.hours", { count: Math.floor(ms / HOUR_MS) });
  return i18n.t("age.days", { count: Math.floor(ms / DAY_MS) });
}

function elapsedMs(timestamp: string, now: Date): number | null {
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return null;
  return Math.max(0, now.getTime() - at);
}

/** Today's calendar date in the local time zone, as "YYYY-MM-DD". */
export function localIsoDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth(), now.getDate());
}

/** "YYYY-MM-DD" plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + n * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

/** "YYYY-MM-DD" from a year, a 0-based month and a day. */
function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

type CalendarDate = { year: number; month: number; day: number };

function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return null;
  return date;
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** Whole days from `today` to `dueDate` (negative when past). Null if either is unparseable. */
export function daysUntil(dueDate: string, today: string): number | null {
  const due = parseIsoDate(dueDate);
  const base = parseIsoDate(today);
  if (!due || !base) return null;
  return Math.round(dayNumber(due) - dayNumber(base));
}

export type DueState = "none" | "overdue" | "today" | "soon" | "later";

/** Days ahead (after today) that still count as "soon". */
export const DUE_SOON_DAYS = 2;

/**
 * How a due date relates to `today` ("YYYY-MM-DD", local). Rust sends no due
 * date once the item's journey is over (delivered, completed, cancelled), so
 * a settled item is never shown as late.
 */
export function dueState(dueDate: string | null, today: string): DueState {
  if (dueDate === null) return "none";
  const days = daysUntil(dueDate, today);
  if (days === null) return "none";
  if (days < 0) return "overdue";
  if (days === 0) return "today";
  if (days <= DUE_SOON_DAYS) return "soon";
  return "later";
}

/**
 * The due-date chip text: "Due today", "Due tomorrow", "Due 30 Nov",
 * "Overdue 3d · 27 Nov", the date in the desk's locale. A date it cannot
 * read shows as it came.
 */
export function dueLabel(dueDate: string, today: string, state: DueState, locale = deskLocale()): string {
  const date = dateLabel(dueDate, today, locale);
  const days = daysUntil(dueDate, today);
  if (days === null) return i18n.t("due.on", { date });
  switch (state) {
    case "overdue":
      return i18n.t("due.overdue", { days: -days, date });
    case "today":
      return i18n.t("due.today");
    case "soon":
    case "later":
      return days === 1 ? i18n.t("due.tomorrow") : i18n.t("due.on", { date });
    case "none":
      return i18n.t("due.on", { date });
  }
}

/** "item 2 of 3"; just "item 3" when the count (which leaves out cancelled items) is smaller. */
export function positionLabel(card: Pick<BoardCard, "position" | "orderItemCount">): string {
  return card.position <= card.orderItemCount
    ? i18n.t("card.positionOf", { n: card.position, count: card.orderItemCount })
    : i18n.t("card.position", { n: card.position });
}

/** "2/3": the item's place in its order, where a compact card has no room for "item 2 of 3". */
export function shortPositionLabel(card: Pick<BoardCard, "position" | "orderItemCount">): string {
  return card.position <= card.orderItemCount ? `${card.position}/${card.orderItemCount}` : `${card.position}`;
}

/**
 * How far the card's order is, the same words on every card of it: "2 of 3
 * ready", then "1 of 3 delivered" once something was handed over; null for
 * single-item orders.
 */
export function readinessLabel(
  card: Pick<BoardCard, "orderItemCount" | "orderReadyCount" | "orderDeliveredCount">,
): string | null {
  if (card.orderItemCount <= 1) return null;
  if (card.orderDeliveredCount > 0) return i18n.t("card.delivered", { n: card.orderDeliveredCount, count: card.orderItemCount });
  return i18n.t("card.ready", { n: card.orderReadyCount, count: card.orderItemCount });
}

/** Each transaction type in words; a new type in Rust fails to compile here. */
export const TRANSACTION_TYPE_LABELS = wordsOf<TransactionType>({
  order: "transactionType.order",
  return: "transactionType.return",
  change: "transactionType.change",
  swap: "transactionType.swap",
  cancellation: "transactionType.cancellation",
});

/** Badge text for a transaction type; null for a plain order, which needs no badge. */
export function transactionTypeLabel(type: TransactionType): string | null {
  return type === "order" ? null : TRANSACTION_TYPE_LABELS[type];
}

/** Local wall-clock time of a timestamp, "14:05". Empty if unparseable. */
export function clockTime(timestamp: string): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return "";
  return `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** "1 open item", "12 open items". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** One sentence a screen reader announces when a card gets focus. */
export function cardSummary(card: BoardCard, now: Date, today: string, locale = deskLocale()): string {
  const parts = [i18n.t("card.summary.head", { order: card.orderNumber, position: positionLabel(card), title: card.title })];
  if (card.quantity > 1) parts.push(i18n.t("card.summary.quantity", { n: card.quantity }));
  const type = transactionTypeLabel(card.transactionType);
  if (type) parts.push(type);
  parts.push(card.statusLabel);
  if (card.reason) parts.push(card.reason);
  if (card.onHold) parts.push(card.holdReason ? i18n.t("card.summary.onHoldWhy", { why: card.holdReason }) : i18n.t("board.card.onHold"));
  if (card.overridden) parts.push(i18n.t("card.summary.overridden"));
  parts.push(i18n.t("card.summary.service", { name: card.serviceName }));
  parts.push(i18n.t("card.summary.customer", { name: card.customerName }));
  if (card.recipientName) parts.push(i18n.t("card.summary.recipient", { name: card.recipientName }));
  if (card.dueDate) parts.push(dueLabel(card.dueDate, today, dueState(card.dueDate, today), locale));
  const readiness = readinessLabel(card);
  if (readiness) parts.push(i18n.t("card.summary.readiness", { readiness }));
  const age = ageDescription(card.createdAt, now);
  if (age) parts.push(i18n.t("card.summary.age", { age }));
  return parts.join(". ") + ".";
}
