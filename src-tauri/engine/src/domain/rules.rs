//! D1 automatic review. Rules are data (stored in SQLite, edited in the app):
//! conditions over item, order, customer and service facts, combined with
//! all/any, and an action. Every firing carries a reason a person can read.

use super::limits::{CONDITIONS_MAX, DESCRIPTION_MAX, NAME_MAX, RULE_TEXT_MAX};
use super::reason::{ConditionMet, Reason};
use super::text;
use crate::i18n::{Counted, Invalid};
use crate::Error;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Combinator {
    All,
    Any,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RuleAction {
    RequireApproval,
    RequireManualAssignment,
    Hold,
}

/// The facts a condition can look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    ItemQuantity,
    /// One-time cost × quantity, in currency units.
    ItemLineValue,
    /// Monthly cost × quantity, in currency units.
    ItemMonthlyCost,
    ItemTransactionType,
    ItemMissingBasicService,
    ItemSpecsIncomplete,
    OrderItemCount,
    CustomerName,
    CustomerIsNew,
    CustomerFlagged,
    ServiceCode,
    ServiceKind,
    ServiceOfferType,
    ServiceRecurring,
    ServiceRequiresApproval,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    Number,
    Bool,
    Text,
}

impl FieldType {
    /// The operators that mean something for this kind of fact.
    pub fn ops(self) -> &'static [Op] {
        match self {
            FieldType::Number => &[Op::Eq, Op::Ne, Op::Gt, Op::Ge, Op::Lt, Op::Le],
            FieldType::Bool => &[Op::Eq, Op::Ne],
            FieldType::Text => &[Op::Eq, Op::Ne, Op::Contains],
        }
    }
}

/// What a rule editor may offer for one fact: its kind of value and its operators.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FieldInfo {
    pub field: Field,
    pub label: String,
    pub value_type: FieldType,
    pub ops: Vec<Op>,
}

impl FieldInfo {
    pub fn all() -> Vec<FieldInfo> {
        Field::ALL
            .iter()
            .map(|f| FieldInfo {
                field: *f,
                label: f.label().to_string(),
                value_type: f.field_type(),
                ops: f.field_type().ops().to_vec(),
            })
            .collect()
    }
}

impl Field {
    pub const ALL: [Field; 15] = [
        Field::ItemQuantity,
        Field::ItemLineValue,
        Field::ItemMonthlyCost,
        Field::ItemTransactionType,
        Field::ItemMissingBasicService,
        Field::ItemSpecsIncomplete,
        Field::OrderItemCount,
        Field::CustomerName,
        Field::CustomerIsNew,
        Field::CustomerFlagged,
        Field::ServiceCode,
        Field::ServiceKind,
        Field::ServiceOfferType,
        Field::ServiceRecurring,
        Field::ServiceRequiresApproval,
    ];

    pub fn field_type(self) -> FieldType {
        match self {
            Field::ItemQuantity
            | Field::ItemLineValue
            | Field::ItemMonthlyCost
            | Field::OrderItemCount => FieldType::Number,
            Field::ItemMissingBasicService
            | Field::ItemSpecsIncomplete
            | Field::CustomerIsNew
            | Field::CustomerFlagged
            | Field::ServiceRecurring
            | Field::ServiceRequiresApproval => FieldType::Bool,
            Field::ItemTransactionType
            | Field::CustomerName
            | Field::ServiceCode
            | Field::ServiceKind
            | Field::ServiceOfferType => FieldType::Text,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::ItemQuantity => "quantity",
            Field::ItemLineValue => "line value",
            Field::ItemMonthlyCost => "monthly cost",
            Field::ItemTransactionType => "transaction type",
            Field::ItemMissingBasicService => "basic service missing",
            Field::ItemSpecsIncomplete => "specs incomplete",
            Field::OrderItemCount => "items in order",
            Field::CustomerName => "customer",
            Field::CustomerIsNew => "new customer",
            Field::CustomerFlagged => "flagged customer",
            Field::ServiceCode => "service code",
            Field::ServiceKind => "service kind",
            Field::ServiceOfferType => "offer type",
            Field::ServiceRecurring => "recurring service",
            Field::ServiceRequiresApproval => "service requires approval",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Contains,
}

impl Op {
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "≠",
            Op::Gt => ">",
            Op::Ge => "≥",
            Op::Lt => "<",
            Op::Le => "≤",
            Op::Contains => "contains",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    Number(f64),
    Bool(bool),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    pub field: Field,
    pub op: Op,
    pub value: Value,
}

/// A rule as stored and edited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RuleSpec {
    pub name: String,
    pub description: String,
    pub enabled: bool,
    pub combinator: Combinator,
    pub conditions: Vec<Condition>,
    pub action: RuleAction,
}

impl RuleSpec {
    /// Checks the rule can run: a name, 1–10 conditions, each value of its field's type.
    pub fn validate(mut self) -> Result<RuleSpec, Error> {
        self.name = text::required("name", &self.name, NAME_MAX)?;
        self.description = text::optional("description", &self.description, DESCRIPTION_MAX)?;
        if self.conditions.is_empty() {
            return Err(Error::invalid("conditions", Invalid::NoConditions));
        }
        if self.conditions.len() > CONDITIONS_MAX {
            return Err(Error::invalid(
                "conditions",
                Invalid::TooMany {
                    what: Counted::Conditions,
                    n: self.conditions.len(),
                    max: CONDITIONS_MAX,
                },
            ));
        }
        for (i, c) in self.conditions.iter_mut().enumerate() {
            let field = format!("conditions[{i}].value");
            let ty = c.field.field_type();
            // A number as the person typed it: "12,5", "1.299,50", "2000";
            // text that is none falls to "takes a number" below.
            if let (FieldType::Number, Value::Text(t)) = (ty, &c.value) {
                if let (false, Ok(cents)) = (t.trim().is_empty(), super::catalog::amount(&field, t))
                {
                    c.value = Value::Number(cents as f64 / 100.0);
                }
            }
            match (ty, &mut c.value) {
                _ if !ty.ops().contains(&c.op) => {
                    return Err(Error::invalid(
                        format!("conditions[{i}]"),
                        Invalid::OperatorDoesNotApply {
                            field: c.field,
                            op: c.op,
                        },
                    ))
                }
                (FieldType::Number, Value::Number(n)) => {
                    if !n.is_finite() {
                        return Err(Error::invalid(field, Invalid::NotFinite));
                    }
                }
                (FieldType::Bool, Value::Bool(_)) => {}
                (FieldType::Text, Value::Text(t)) => {
                    *t = text::required(&field, t, RULE_TEXT_MAX)?;
                }
                _ => {
                    return Err(Error::invalid(
                        field,
                        Invalid::TakesOtherType { field: c.field },
                    ));
                }
            }
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: i32,
    pub spec: RuleSpec,
}

/// The facts about one item the rules look at.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemFacts {
    pub quantity: u32,
    pub line_value_cents: i64,
    pub monthly_cents: i64,
    pub transaction_type: &'static str,
    pub missing_basic_service: bool,
    pub specs_incomplete: bool,
    pub order_item_count: u32,
    pub customer_name: String,
    pub customer_is_new: bool,
    pub customer_flagged: bool,
    pub service_code: String,
    pub service_kind: &'static str,
    pub offer_type: &'static str,
    pub service_recurring: bool,
    pub service_requires_approval: bool,
}

impl ItemFacts {
    pub fn value(&self, f: Field) -> Value {
        match f {
            Field::ItemQuantity => Value::Number(self.quantity as f64),
            Field::ItemLineValue => Value::Number(self.line_value_cents as f64 / 100.0),
            Field::ItemMonthlyCost => Value::Number(self.monthly_cents as f64 / 100.0),
            Field::ItemTransactionType => Value::Text(self.transaction_type.into()),
            Field::ItemMissingBasicService => Value::Bool(self.missing_basic_service),
            Field::ItemSpecsIncomplete => Value::Bool(self.specs_incomplete),
            Field::OrderItemCount => Value::Number(self.order_item_count as f64),
            Field::CustomerName => Value::Text(self.customer_name.clone()),
            Field::CustomerIsNew => Value::Bool(self.customer_is_new),
            Field::CustomerFlagged => Value::Bool(self.customer_flagged),
            Field::ServiceCode => Value::Text(self.service_code.clone()),
            Field::ServiceKind => Value::Text(self.service_kind.into()),
            Field::ServiceOfferType => Value::Text(self.offer_type.into()),
            Field::ServiceRecurring => Value::Bool(self.service_recurring),
            Field::ServiceRequiresApproval => Value::Bool(self.service_requires_approval),
        }
    }
}

impl Condition {
    pub fn holds(&self, facts: &ItemFacts) -> bool {
        let have = facts.value(self.field);
        match (&have, &self.value) {
            (Value::Number(a), Value::Number(b)) => match self.op {
                Op::Eq => a == b,
                Op::Ne => a != b,
                Op::Gt => a > b,
                Op::Ge => a >= b,
                Op::Lt => a < b,
                Op::Le => a <= b,
                Op::Contains => false,
            },
            (Value::Bool(a), Value::Bool(b)) => match self.op {
                Op::Eq => a == b,
                Op::Ne => a != b,
                Op::Gt | Op::Ge | Op::Lt | Op::Le | Op::Contains => false,
            },
            (Value::Text(a), Value::Text(b)) => {
                let (a, b) = (a.to_lowercase(), b.to_lowercase());
                match self.op {
                    Op::Eq => a == b,
                    Op::Ne => a != b,
                    Op::Contains => a.contains(&b),
                    Op::Gt | Op::Ge | Op::Lt | Op::Le => false,
                }
            }
            // A mistyped condition never fires; validate() keeps them out of the store.
            _ => false,
        }
    }

    /// The condition as it held for these facts, with the fact's value.
    fn met(&self, facts: &ItemFacts) -> ConditionMet {
        ConditionMet {
            field: self.field,
            op: self.op,
            value: self.value.clone(),
            actual: facts.value(self.field),
        }
    }
}

/// A rule that fired for an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub rule_id: i32,
    pub action: RuleAction,
    pub reason: Reason,
}

impl Rule {
    pub fn fires(&self, facts: &ItemFacts) -> Option<Hit> {
        if !self.spec.enabled {
            return None;
        }
        let holding: Vec<_> = self
            .spec
            .conditions
            .iter()
            .filter(|c| c.holds(facts))
            .collect();
        let fired = match self.spec.combinator {
            Combinator::All => holding.len() == self.spec.conditions.len(),
            Combinator::Any => !holding.is_empty(),
        };
        fired.then(|| Hit {
            rule_id: self.id,
            action: self.spec.action,
            reason: Reason::RuleFired {
                rule_id: self.id,
                rule: self.spec.name.clone(),
                met: holding.iter().map(|c| c.met(facts)).collect(),
            },
        })
    }
}

/// The D1 outcome for one item.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    pub approval: Vec<Reason>,
    pub manual_assignment: Vec<Reason>,
    pub hold: Vec<Reason>,
}

impl Review {
    pub fn is_clean(&self) -> bool {
        self.approval.is_empty() && self.manual_assignment.is_empty() && self.hold.is_empty()
    }
}

pub fn review(rules: &[Rule], facts: &ItemFacts) -> Review {
    let mut out = Review::default();
    for hit in rules.iter().filter_map(|r| r.fires(facts)) {
        match hit.action {
            RuleAction::RequireApproval => out.approval.push(hit.reason),
            RuleAction::RequireManualAssignment => out.manual_assignment.push(hit.reason),
            RuleAction::Hold => out.hold.push(hit.reason),
        }
    }
    out
}

fn rule(
    name: &str,
    description: &str,
    combinator: Combinator,
    conditions: Vec<Condition>,
    action: RuleAction,
) -> RuleSpec {
    RuleSpec {
        name: name.into(),
        description: description.into(),
        enabled: true,
        combinator,
        conditions,
        action,
    }
}

fn cond(field: Field, op: Op, value: Value) -> Condition {
    Condition { field, op, value }
}

/// The rules a new database starts with (DESIGN.md D1).
pub fn default_rules() -> Vec<RuleSpec> {
    use Combinator::*;
    use Field::*;
    use RuleAction::*;
    vec![
        rule(
            "Service requires approval",
            "The catalog marks this service as needing a manager's approval.",
            All,
            vec![cond(ServiceRequiresApproval, Op::Eq, Value::Bool(true))],
            RequireApproval,
        ),
        rule(
            "High line value",
            "Lines worth more than 2,000 need approval.",
            All,
            vec![cond(ItemLineValue, Op::Gt, Value::Number(2000.0))],
            RequireApproval,
        ),
        rule(
            "Large quantity",
            "More than 10 units in one line.",
            All,
            vec![cond(ItemQuantity, Op::Gt, Value::Number(10.0))],
            RequireApproval,
        ),
        rule(
            "Recurring cost",
            "Anything billed monthly commits the customer: approve it.",
            All,
            vec![
                cond(ServiceRecurring, Op::Eq, Value::Bool(true)),
                cond(ItemMonthlyCost, Op::Gt, Value::Number(50.0)),
            ],
            RequireApproval,
        ),
        rule(
            "New or flagged customer",
            "First orders and flagged accounts are checked by a person.",
            Any,
            vec![
                cond(CustomerIsNew, Op::Eq, Value::Bool(true)),
                cond(CustomerFlagged, Op::Eq, Value::Bool(true)),
            ],
            RequireApproval,
        ),
        rule(
            "Basic service missing",
            "The service needs a basic service the customer does not have.",
            All,
            vec![cond(ItemMissingBasicService, Op::Eq, Value::Bool(true))],
            RequireApproval,
        ),
        rule(
            "Specs incomplete",
            "The request leaves out specs the service needs: a person picks the product.",
            All,
            vec![cond(ItemSpecsIncomplete, Op::Eq, Value::Bool(true))],
            RequireManualAssignment,
        ),
        rule(
            "Return or cancellation",
            "Taking back what a customer holds, or ending a service, is checked by a person.",
            Any,
            vec![
                cond(ItemTransactionType, Op::Eq, Value::Text("return".into())),
                cond(
                    ItemTransactionType,
                    Op::Eq,
                    Value::Text("cancellation".into()),
                ),
            ],
            RequireApproval,
        ),
        rule(
            "Swap or change",
            "Replacing a device or changing a service goes to approval first.",
            Any,
            vec![
                cond(ItemTransactionType, Op::Eq, Value::Text("swap".into())),
                cond(ItemTransactionType, Op::Eq, Value::Text("change".into())),
            ],
            RequireApproval,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> ItemFacts {
        ItemFacts {
            quantity: 1,
            line_value_cents: 120_000,
            monthly_cents: 0,
            transaction_type: "order",
            missing_basic_service: false,
            specs_incomplete: false,
            order_item_count: 1,
            customer_name: "Acme GmbH".into(),
            customer_is_new: false,
            customer_flagged: false,
            service_code: "LAPTOP-BUY".into(),
            service_kind: "hardware",
            offer_type: "purchase",
            service_recurring: false,
            service_requires_approval: false,
        }
    }

    fn defaults() -> Vec<Rule> {
        default_rules()
            .into_iter()
            .enumerate()
            .map(|(i, spec)| Rule {
                id: i as i32 + 1,
                spec,
            })
            .collect()
    }

    /// Each row: a change to the facts, and the reasons the defaults give.
    #[test]
    fn default_rules_table() {
        type Tweak = fn(&mut ItemFacts);
        let rows: &[(&str, Tweak, &[&str], &[&str])] = &[
            ("plain laptop", |_| {}, &[], &[]),
            (
                "needs approval",
                |f| f.service_requires_approval = true,
                &["Service requires approval"],
                &[],
            ),
            (
                "expensive",
                |f| f.line_value_cents = 240_000,
                &["High line value: line value 2400 > 2000"],
                &[],
            ),
            (
                "exactly at threshold",
                |f| f.line_value_cents = 200_000,
                &[],
                &[],
            ),
            (
                "many",
                |f| f.quantity = 11,
                &["Large quantity: quantity 11 > 10"],
                &[],
            ),
            (
                "cheap recurring",
                |f| {
                    f.service_recurring = true;
                    f.monthly_cents = 1_000
                },
                &[],
                &[],
            ),
            (
                "recurring",
                |f| {
                    f.service_recurring = true;
                    f.monthly_cents = 9_900
                },
                &["Recurring cost: recurring service, monthly cost 99 > 50"],
                &[],
            ),
            (
                "new customer",
                |f| f.customer_is_new = true,
                &["New or flagged customer: new customer"],
                &[],
            ),
            (
                "flagged",
                |f| f.customer_flagged = true,
                &["New or flagged customer: flagged customer"],
                &[],
            ),
            (
                "basic missing",
                |f| f.missing_basic_service = true,
                &["Basic service missing"],
                &[],
            ),
            (
                "incomplete",
                |f| f.specs_incomplete = true,
                &[],
                &["Specs incomplete"],
            ),
        ];
        let rules = defaults();
        for (name, tweak, approval, manual) in rows {
            let mut f = facts();
            tweak(&mut f);
            let r = review(&rules, &f);
            let said = |rs: &[Reason]| rs.iter().map(Reason::sentence).collect::<Vec<_>>();
            assert_eq!(said(&r.approval), *approval, "{name}");
            assert_eq!(said(&r.manual_assignment), *manual, "{name}");
        }
    }

    #[test]
    fn disabled_rules_never_fire() {
        let mut rules = defaults();
        rules.iter_mut().for_each(|r| r.spec.enabled = false);
        let mut f = facts();
        f.customer_flagged = true;
        assert!(review(&rules, &f).is_clean());
    }

    #[test]
    fn hold_action_and_text_contains() {
        let r = Rule {
            id: 9,
            spec: rule(
                "Acme waits",
                "",
                Combinator::All,
                vec![cond(
                    Field::CustomerName,
                    Op::Contains,
                    Value::Text("acme".into()),
                )],
                RuleAction::Hold,
            ),
        };
        let out = review(&[r], &facts());
        assert_eq!(
            out.hold.iter().map(Reason::sentence).collect::<Vec<_>>(),
            vec!["Acme waits: customer \"Acme GmbH\" contains \"acme\"".to_string()]
        );
    }

    #[test]
    fn validation_names_the_field() {
        let mut spec = default_rules().remove(1);
        spec.conditions[0].value = Value::Text("lots".into());
        let e = spec.clone().validate().unwrap_err();
        assert!(
            matches!(e, Error::Validation { ref field, ref message, .. } if field == "conditions[0].value" && message == "line value takes a number"),
            "{e}"
        );
        let mut wrong_op = spec.clone();
        wrong_op.conditions[0].value = Value::Number(5.0);
        wrong_op.conditions[0].op = Op::Contains;
        let e = wrong_op.validate().unwrap_err();
        assert!(
            matches!(e, Error::Validation { ref field, .. } if field == "conditions[0]"),
            "{e}"
        );
        spec.conditions.clear();
        assert!(
            matches!(spec.clone().validate(), Err(Error::Validation { ref field, .. }) if field == "conditions")
        );
        spec.name = " ".into();
        assert!(
            matches!(spec.validate(), Err(Error::Validation { ref field, .. }) if field == "name")
        );
        for s in default_rules() {
            s.validate().expect("defaults are valid");
        }
    }
    #[test]
    fn a_number_typed_with_a_decimal_comma_is_a_number() {
        let typed = |text: &str| {
            let mut spec = default_rules().remove(0);
            spec.conditions = vec![Condition {
                field: Field::ItemLineValue,
                op: Op::Gt,
                value: Value::Text(text.into()),
            }];
            spec.validate().map(|s| s.conditions[0].value.clone())
        };
        assert_eq!(typed("12,5").unwrap(), Value::Number(12.5));
        assert_eq!(typed("1.299,50").unwrap(), Value::Number(1299.5));
        assert_eq!(typed(" 2000 ").unwrap(), Value::Number(2000.0));
        for wrong in ["", "lots", "-3"] {
            assert!(
                matches!(typed(wrong), Err(Error::Validation { ref field, .. }) if field == "conditions[0].value"),
                "{wrong:?}"
            );
        }
    }

    #[test]
    fn every_field_offers_only_operators_its_values_support() {
        let info = FieldInfo::all();
        assert_eq!(info.len(), Field::ALL.len());
        let line_value = info
            .iter()
            .find(|f| f.field == Field::ItemLineValue)
            .unwrap();
        assert_eq!(line_value.value_type, FieldType::Number);
        assert!(!line_value.ops.contains(&Op::Contains));
        let flagged = info
            .iter()
            .find(|f| f.field == Field::CustomerFlagged)
            .unwrap();
        assert_eq!(flagged.ops, vec![Op::Eq, Op::Ne]);
    }
}
