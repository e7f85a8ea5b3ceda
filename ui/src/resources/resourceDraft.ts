// A resource as the person types it into the form. Converting it to Rust's
// ResourceInput refuses nothing: Rust checks hours, days and capacity and
// names the field it did not accept ("workEnd", "daysOff[1]", ...).

import type { AppError, PlannerResource, ResourceInput_Deserialize, ResourceKind } from "../bindings";
import { i18n, wordsOf } from "../i18n";
import { deskLocale, wholeNumber } from "../people";

/** Labels over Rust's ResourceKind union: the compiler insists on every kind. */
export const KIND_LABELS = wordsOf<ResourceKind>({
  driver: "resources.kind.driver",
  technician: "resources.kind.technician",
  van: "resources.kind.van",
});

export const KINDS = Object.keys(KIND_LABELS) as [ResourceKind, ...ResourceKind[]];

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** The name of ISO weekday `iso` in the desk's locale ("Mon", "Mo."): 1 January 2024 was a Monday. */
function weekdayName(iso: number, weekday: "short" | "long"): string {
  return new Intl.DateTimeFormat(deskLocale(), { weekday, timeZone: "UTC" }).format(Date.UTC(2024, 0, iso));
}

/** ISO weekdays, 1 = Monday, as Rust counts them, named in the desk's locale when read. */
export const WEEKDAYS: { iso: number; short: string; long: string }[] = [1, 2, 3, 4, 5, 6, 7].map((iso) => ({
  iso,
  get short() {
    return weekdayName(iso, "short");
  },
  get long() {
    return weekdayName(iso, "long");
  },
}));

export type ResourceDraft = {
  name: string;
  kind: string;
  capacity: string;
  workStart: string;
  workEnd: string;
  workDays: number[];
  daysOff: string[];
  skills: string[];
  /** Typed into the "add" boxes but not added yet: saved along with the rest. */
  pendingSkill: string;
  pendingDayOff: string;
};

export function emptyResourceDraft(): ResourceDraft {
  return {
    name: "",
    kind: KINDS[0],
    capacity: "",
    workStart: "",
    workEnd: "",
    workDays: [],
    daysOff: [],
    skills: [],
    pendingSkill: "",
    pendingDayOff: "",
  };
}

export function draftFromResource(r: PlannerResource): ResourceDraft {
  return {
    name: r.name,
    kind: r.kind,
    capacity: String(r.capacity),
    workStart: r.workStart,
    workEnd: r.workEnd,
    workDays: [...r.workDays],
    daysOff: [...r.daysOff],
    skills: [...r.skills],
    pendingSkill: "",
    pendingDayOff: "",
  };
}

export function toInput(d: ResourceDraft): ResourceInput_Deserialize {
  const skills = d.pendingSkill.trim() ? [...d.skills, d.pendingSkill] : d.skills;
  const daysOff = d.pendingDayOff.trim() ? [...d.daysOff, d.pendingDayOff] : d.daysOff;
  return {
    name: d.name,
    kind: d.kind as ResourceKind,
    capacity: wholeNumber(d.capacity),
    workStart: d.workStart,
    workEnd: d.workEnd,
    workDays: [...d.workDays].sort((a, b) => a - b),
    daysOff,
    skills,
  };
}

export function sameInput(a: ResourceInput_Deserialize, b: ResourceInput_Deserialize): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type ResourceErrorPlace =
  | { at: "name" | "kind" | "capacity" | "workStart" | "workEnd" | "workDays" | "skills" | "daysOff" }
  | { at: "skill" | "dayOff"; index: number }
  | { at: "form" };

const PLAIN = ["name", "kind", "capacity", "workStart", "workEnd", "workDays", "skills", "daysOff"] as const;

/** Where Rust's validation error belongs on the form. */
export function resourceErrorPlace(error: AppError | null): ResourceErrorPlace | null {
  if (!error) return null;
  const field = error.field ?? "";
  const plain = PLAIN.find((p) => p === field);
  if (plain) return { at: plain };
  const item = /^(skills|daysOff)\[(\d+)\]$/.exec(field);
  if (item) return { at: item[1] === "skills" ? "skill" : "dayOff", index: Number(item[2]) };
  return { at: "form" };
}

/** "Mon–Fri", "Mon, Wed, Sat", "every day". */
export function workDaysText(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return i18n.t("resources.noDays");
  if (sorted.length === 7) return i18n.t("resources.everyDay");
  const name = (iso: number) => WEEKDAYS.find((w) => w.iso === iso)?.short ?? String(iso);
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (consecutive && sorted.length >= 3) return `${name(sorted[0]!)}–${name(sorted[sorted.length - 1]!)}`;
  return sorted.map(name).join(", ");
}
