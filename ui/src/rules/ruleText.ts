// Words for the rule editor. The keys come from Rust's own enums (the
// generated unions in bindings.ts): a `Record` over each union makes the
// compiler refuse a missing or unknown key, so when Rust adds a field or an
// operator this file stops compiling instead of silently hiding it.
// Nothing here decides what a rule means: Rust validates and evaluates.

import type { Combinator, Condition, Field, Op, RuleAction, RuleView, Value } from "../bindings";

export type ValueKind = Value["type"];

export const FIELD_LABELS: Record<Field, string> = {
  item_quantity: "Quantity",
  item_line_value: "Line value",
  item_monthly_cost: "Monthly cost",
  item_transaction_type: "Transaction type",
  item_missing_basic_service: "Basic service missing",
  item_specs_incomplete: "Specs incomplete",
  order_item_count: "Items in order",
  customer_name: "Customer name",
  customer_is_new: "New customer",
  customer_flagged: "Flagged customer",
  service_code: "Service code",
  service_kind: "Service kind",
  service_offer_type: "Offer type",
  service_recurring: "Recurring service",
  service_requires_approval: "Service requires approval",
};

/** Which part of the order a field looks at, for grouping the field select. */
export const FIELD_GROUPS: { label: string; prefix: string }[] = [
  { label: "Item", prefix: "item_" },
  { label: "Order", prefix: "order_" },
  { label: "Customer", prefix: "customer_" },
  { label: "Service", prefix: "service_" },
];

export const OP_LABELS: Record<Op, string> = {
  eq: "is",
  ne: "is not",
  gt: ">",
  ge: "≥",
  lt: "<",
  le: "≤",
  contains: "contains",
};

export const ACTION_LABELS: Record<RuleAction, string> = {
  require_approval: "Require approval",
  require_manual_assignment: "Manual assignment",
  hold: "Put on hold",
};

/** What the action does to an item the rule hits. */
export const ACTION_HINTS: Record<RuleAction, string> = {
  require_approval: "The item waits in Approval until a person approves it.",
  require_manual_assignment: "A person picks the product in Assignment.",
  hold: "The item is put on hold with the rule's reason.",
};

export const COMBINATOR_LABELS: Record<Combinator, string> = {
  all: "all conditions hold",
  any: "any condition holds",
};

export const VALUE_KIND_LABELS: Record<ValueKind, string> = {
  number: "Number",
  bool: "Yes / no",
  text: "Text",
};

/** Every key of a record over a (non-empty) union, in the order written. */
function keysOf<K extends string>(record: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(record) as [K, ...K[]];
}

export const FIELDS = keysOf(FIELD_LABELS);
export const OPS = keysOf(OP_LABELS);
export const ACTIONS = keysOf(ACTION_LABELS);
export const COMBINATORS = keysOf(COMBINATOR_LABELS);
export const VALUE_KINDS = keysOf(VALUE_KIND_LABELS);

export function valueText(value: Value): string {
  switch (value.type) {
    case "number":
      return value.value === null ? "" : String(value.value);
    case "bool":
      return value.value ? "yes" : "no";
    case "text":
      return `“${value.value}”`;
  }
}

/** "Quantity > 10", "New customer", "not Flagged customer", "Customer name contains “acme”". */
export function conditionText(c: Condition): string {
  const label = FIELD_LABELS[c.field] ?? c.field;
  if (c.value.type === "bool" && (c.op === "eq" || c.op === "ne")) {
    const positive = (c.op === "eq") === c.value.value;
    return positive ? label : `not ${label.toLowerCase()}`;
  }
  return `${label} ${OP_LABELS[c.op] ?? c.op} ${valueText(c.value)}`;
}

/** The whole condition list in one line: "Recurring service and Monthly cost > 50". */
export function conditionsText(combinator: Combinator, conditions: Condition[]): string {
  if (conditions.length === 0) return "No conditions";
  return conditions.map(conditionText).join(combinator === "all" ? " and " : " or ");
}

/**
 * The value kind stored rules already use for a field: Rust accepted those,
 * so they make a good default when a person picks that field.
 */
export function kindsInUse(rules: RuleView[]): Partial<Record<Field, ValueKind>> {
  const out: Partial<Record<Field, ValueKind>> = {};
  for (const r of rules) for (const c of r.spec.conditions) out[c.field] ??= c.value.type;
  return out;
}
