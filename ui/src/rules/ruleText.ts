// Words for the rule editor. The keys come from Rust's own enums (the
// generated unions in bindings.ts): a `Record` over each union makes the
// compiler refuse a missing or unknown key, so when Rust adds a field or an
// operator this file stops compiling instead of silently hiding it.
// Nothing here decides what a rule means: Rust validates and evaluates, and
// Rust's field list (`ruleFieldsGet`) says which fields exist, in which
// order, what kind of value each takes and which operators apply.

import type { Combinator, Condition, Field, FieldInfo, Op, RuleAction, Value } from "../bindings";
import { i18n, wordsOf } from "../i18n";

/** The UI's capitalised wording for a field; Rust's own label stands in for one it does not know. */
export const FIELD_LABELS = wordsOf<Field>({
  item_quantity: "rules.field.item_quantity",
  item_line_value: "rules.field.item_line_value",
  item_monthly_cost: "rules.field.item_monthly_cost",
  item_transaction_type: "rules.field.item_transaction_type",
  item_missing_basic_service: "rules.field.item_missing_basic_service",
  item_specs_incomplete: "rules.field.item_specs_incomplete",
  order_item_count: "rules.field.order_item_count",
  customer_name: "rules.field.customer_name",
  customer_is_new: "rules.field.customer_is_new",
  customer_flagged: "rules.field.customer_flagged",
  service_code: "rules.field.service_code",
  service_kind: "rules.field.service_kind",
  service_offer_type: "rules.field.service_offer_type",
  service_recurring: "rules.field.service_recurring",
  service_requires_approval: "rules.field.service_requires_approval",
});

export function fieldLabel(info: FieldInfo): string {
  return FIELD_LABELS[info.field] ?? info.label;
}

/** Which part of the order a field looks at, for grouping the field select. */
export const FIELD_GROUPS: { label: string; prefix: string }[] = [
  { get label() { return i18n.t("rules.group.item"); }, prefix: "item_" },
  { get label() { return i18n.t("rules.group.order"); }, prefix: "order_" },
  { get label() { return i18n.t("rules.group.customer"); }, prefix: "customer_" },
  { get label() { return i18n.t("rules.group.service"); }, prefix: "service_" },
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

export const OP_LABELS = wordsOf<Op>({
  eq: "rules.op.eq",
  ne: "rules.op.ne",
  gt: "rules.op.gt",
  ge: "rules.op.ge",
  lt: "rules.op.lt",
  le: "rules.op.le",
  contains: "rules.op.contains",
});

export const ACTION_LABELS = wordsOf<RuleAction>({
  require_approval: "rules.action.require_approval",
  require_manual_assignment: "rules.action.require_manual_assignment",
  hold: "rules.action.hold",
});

/** What the action does to an item the rule hits. */
export const ACTION_HINTS = wordsOf<RuleAction>({
  require_approval: "rules.actionHint.require_approval",
  require_manual_assignment: "rules.actionHint.require_manual_assignment",
  hold: "rules.actionHint.hold",
});

export const COMBINATOR_LABELS = wordsOf<Combinator>({
  all: "rules.combinator.all",
  any: "rules.combinator.any",
});

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
      return i18n.t(value.value ? "common.yes" : "common.no");
    case "text":
      return `“${value.value}”`;
  }
}

/** "Quantity > 10", "New customer", "not Flagged customer", "Customer name contains “acme”". */
export function conditionText(c: Condition): string {
  const label = FIELD_LABELS[c.field] ?? c.field;
  if (c.value.type === "bool" && (c.op === "eq" || c.op === "ne")) {
    const positive = (c.op === "eq") === c.value.value;
    return positive ? label : i18n.t("rules.not", { label });
  }
  return `${label} ${OP_LABELS[c.op] ?? c.op} ${valueText(c.value)}`;
}

/** The whole condition list in one line: "Recurring service and Monthly cost > 50". */
export function conditionsText(combinator: Combinator, conditions: Condition[]): string {
  if (conditions.length === 0) return i18n.t("rules.noConditions");
  return conditions.map(conditionText).join(i18n.t(combinator === "all" ? "rules.joinAnd" : "rules.joinOr"));
}
