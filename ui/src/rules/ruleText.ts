// Words for the rule editor. The keys come from Rust's own enums (the
// generated unions in bindings.ts): a `Record` over each union makes the
// compiler refuse a missing or unknown key, so when Rust adds a field or an
// operator this file stops compiling instead of silently hiding it.
// Nothing here decides what a rule means: Rust validates and evaluates, and
// Rust's field list (`ruleFieldsGet`) says which fields exist, in which
// order, what kind of value each takes and which operators apply.

import type { Combinator, Condition, Field, FieldInfo, Op, RuleAction, Value } from "../bindings";

/** The UI's capitalised wording for a field; Rust's own label stands in for one it does not know. */
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

export function fieldLabel(info: FieldInfo): string {
  return FIELD_LABELS[info.field] ?? info.label;
}

/** Which part of the order a field looks at, for grouping the field select. */
export const FIELD_GROUPS: { label: string; prefix: string }[] = [
  { label: "Item", prefix: "item_" },
  { label: "Order", prefix: "order_" },
  { label: "Customer", prefix: "customer_" },
  { label: "Service", prefix: "service_" },
];

/**
 * Rust's field list in its own order, cut into runs that share a group, for
 * the field select's optgroups. A field outside every group gets a run with
 * no label (plain options), so nothing Rust lists is hidden.
 */
export function fieldRuns(fields: readonly FieldInfo[]): { group: string | null; fields: FieldInfo[] }[] {
  const runs: { group: string | null; fields: FieldInfo[] }[] = [];
  for (const info of fields) {
    const group = FIELD_GROUPS.find((g) => info.field.startsWith(g.prefix))?.label ?? null;
    const last = runs[runs.length - 1];
    if (last && last.group === group) last.fields.push(info);
    else runs.push({ group, fields: [info] });
  }
  return runs;
}

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

/** Every key of a record over a (non-empty) union, in the order written. */
function keysOf<K extends string>(record: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(record) as [K, ...K[]];
}

export const ACTIONS = keysOf(ACTION_LABELS);
export const COMBINATORS = keysOf(COMBINATOR_LABELS);

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
