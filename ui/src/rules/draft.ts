// The rule being edited, as the person typed it. Converting it to a RuleSpec
// never refuses anything: whatever is typed goes to Rust, which validates and
// names the offending field ("name", "conditions", "conditions[2].value", ...).
// Which fields exist, the kind of value each takes and the operators that
// apply come from Rust's field list (`ruleFieldsGet`); the draft only follows it.

import type {
  AppError,
  Combinator,
  Condition,
  Field,
  FieldInfo,
  FieldType,
  Op,
  RuleAction,
  RuleSpec,
  RuleView,
  Value,
} from "../bindings";
import { ACTIONS, COMBINATORS } from "./ruleText";

export type ConditionDraft = {
  /** Stable React key; rows can be removed from the middle. */
  key: number;
  field: Field;
  op: Op;
  /** The field's value type, as Rust's field list gives it. */
  kind: FieldType;
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

export function fieldInfo(fields: readonly FieldInfo[], field: Field): FieldInfo | undefined {
  return fields.find((f) => f.field === field);
}

/**
 * A stored condition as a row. Its kind is the field's; a stored value of
 * another kind is carried over as far as it converts, and Rust says the rest.
 * A field missing from the list keeps the stored value's own kind.
 */
export function conditionDraft(c: Condition, fields: readonly FieldInfo[]): ConditionDraft {
  const kind = fieldInfo(fields, c.field)?.valueType ?? c.value.type;
  return { key: nextKey++, field: c.field, op: c.op, kind, text: convertText(c.value.type, kind, valueInput(c.value)) };
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

/**
 * What was typed for a value of one kind, as the input of another: number
 * and text keep what still reads as that kind, yes/no starts at "yes", and
 * anything else starts empty.
 */
function convertText(from: FieldType, to: FieldType, text: string): string {
  if (from === to) return text;
  if (to === "bool") return "yes";
  if (from === "bool") return "";
  if (to === "text") return text;
  return LOOKS_NUMERIC.test(text) ? text : "";
}

/** Digits with the marks people write numbers with: kept when a row turns numeric (Rust still reads it). */
const LOOKS_NUMERIC = /^\s*[\d.,'\s]*\d[\d.,'\s]*$/;

/**
 * The row with another field: the operator stays if the field offers it and
 * otherwise becomes the field's first one; the value follows the field's kind.
 */
export function withField(row: ConditionDraft, info: FieldInfo): ConditionDraft {
  const op = info.ops.includes(row.op) ? row.op : (info.ops[0] ?? row.op);
  return { ...row, field: info.field, op, kind: info.valueType, text: convertText(row.kind, info.valueType, row.text) };
}

export function draftFromSpec(spec: RuleSpec, fields: readonly FieldInfo[]): RuleDraft {
  return {
    name: spec.name,
    description: spec.description,
    enabled: spec.enabled,
    combinator: spec.combinator,
    action: spec.action,
    conditions: spec.conditions.map((c) => conditionDraft(c, fields)),
  };
}

/** A new row on the given field (the first of Rust's list), with its first operator. */
export function emptyCondition(info: FieldInfo): ConditionDraft {
  return {
    key: nextKey++,
    field: info.field,
    op: info.ops[0] ?? "eq",
    kind: info.valueType,
    text: info.valueType === "bool" ? "yes" : "",
  };
}

export function emptyDraft(fields: readonly FieldInfo[]): RuleDraft {
  const first = fields[0];
  return {
    name: "",
    description: "",
    enabled: true,
    combinator: COMBINATORS[0],
    action: ACTIONS[0],
    conditions: first ? [emptyCondition(first)] : [],
  };
}

/**
 * A typed value as Rust's `Value`. A number goes as the text typed ("12,5",
 * "1.299,50"): Rust reads it as people write numbers, or answers beside the
 * row why it is none, instead of the UI deciding what is acceptable.
 */
export function toValue(kind: FieldType, text: string): Value {
  switch (kind) {
    case "number":
      return { type: "text", value: text };
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
