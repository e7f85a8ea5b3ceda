// The rule being edited, as the person typed it. Converting it to a RuleSpec
// never refuses anything: whatever is typed goes to Rust, which validates and
// names the offending field ("name", "conditions", "conditions[2].value", ...).

import type { AppError, Combinator, Field, Op, RuleAction, RuleSpec, RuleView, Value } from "../bindings";
import { ACTIONS, COMBINATORS, FIELDS, OPS, type ValueKind } from "./ruleText";

export type ConditionDraft = {
  /** Stable React key; rows can be removed from the middle. */
  key: number;
  field: Field;
  op: Op;
  kind: ValueKind;
  /** Exactly what was typed ("yes"/"no" for a yes/no value). */
  text: string;
};

export type RuleDraft = {
  name: string;
  description: string;
  enabled: boolean;
  combinator: Combinator;
  action: RuleAction;
  conditions: ConditionDraft[];
};

let nextKey = 1;

export function conditionDraft(field: Field, op: Op, value: Value): ConditionDraft {
  return { key: nextKey++, field, op, kind: value.type, text: valueInput(value) };
}

function valueInput(value: Value): string {
  switch (value.type) {
    case "number":
      return value.value === null ? "" : String(value.value);
    case "bool":
      return value.value ? "yes" : "no";
    case "text":
      return value.value;
  }
}

export function draftFromSpec(spec: RuleSpec): RuleDraft {
  return {
    name: spec.name,
    description: spec.description,
    enabled: spec.enabled,
    combinator: spec.combinator,
    action: spec.action,
    conditions: spec.conditions.map((c) => conditionDraft(c.field, c.op, c.value)),
  };
}

export function emptyCondition(kind: ValueKind = "number"): ConditionDraft {
  return { key: nextKey++, field: FIELDS[0], op: OPS[0], kind, text: kind === "bool" ? "yes" : "" };
}

export function emptyDraft(kind?: ValueKind): RuleDraft {
  return {
    name: "",
    description: "",
    enabled: true,
    combinator: COMBINATORS[0],
    action: ACTIONS[0],
    conditions: [emptyCondition(kind)],
  };
}

/**
 * A typed value as Rust's `Value`. A number that does not parse is sent as
 * the text typed, so Rust's answer (a number field given text) lands beside
 * the row instead of the UI deciding what is acceptable.
 */
export function toValue(kind: ValueKind, text: string): Value {
  switch (kind) {
    case "number": {
      const trimmed = text.trim().replace(",", ".");
      const n = trimmed === "" ? Number.NaN : Number(trimmed);
      return Number.isFinite(n) ? { type: "number", value: n } : { type: "text", value: text };
    }
    case "bool":
      return { type: "bool", value: text !== "no" };
    case "text":
      return { type: "text", value: text };
  }
}

export function toSpec(d: RuleDraft): RuleSpec {
  return {
    name: d.name,
    description: d.description,
    enabled: d.enabled,
    combinator: d.combinator,
    action: d.action,
    conditions: d.conditions.map((c) => ({ field: c.field, op: c.op, value: toValue(c.kind, c.text) })),
  };
}

export function sameSpec(a: RuleSpec, b: RuleSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Where Rust's validation error belongs on the form. */
export type ErrorPlace =
  | { at: "name" }
  | { at: "description" }
  | { at: "conditions" }
  | { at: "row"; index: number; part: "row" | "value" }
  | { at: "form" };

export function errorPlace(error: AppError | null): ErrorPlace | null {
  if (!error) return null;
  const field = error.field ?? "";
  if (field === "name" || field === "description" || field === "conditions") return { at: field };
  const row = /^conditions\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (row) return { at: "row", index: Number(row[1]), part: row[2] === "value" ? "value" : "row" };
  return { at: "form" };
}

/** The rule a list entry shows, with its latest version. */
export function findRule(rules: RuleView[] | null, id: number | null): RuleView | null {
  if (!rules || id === null) return null;
  return rules.find((r) => r.id === id) ?? null;
}
