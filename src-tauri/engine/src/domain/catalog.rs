//! The catalog: services staff sell, the products behind them, and requested specs.

use super::change::{changed, Change, ChangeField, FieldValue, LinkedCode};
use super::limits::{
    CATALOG_LINKS_MAX, CATEGORY_MAX, CODE_MAX, NAME_MAX, PRICE_MAX_CENTS, SPECS_MAX, SPEC_KEY_MAX,
    SPEC_VALUE_MAX,
};
use super::text;
use crate::i18n::{Counted, Invalid};
use crate::Error;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize, ::specta::Type)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// What a catalog service is.
    ServiceKind { Hardware => "hardware", Software => "software", Workplace => "workplace", Cloud => "cloud", Support => "support" }
);

string_enum!(
    /// How the customer gets it.
    OfferType { Purchase => "purchase", Rental => "rental", Leasing => "leasing" }
);

string_enum!(
    /// The kinds of catalog entry, as the audit trail names them.
    CatalogEntry { Service => "service", Product => "product" }
);

string_enum!(
    /// What a change to master data did, as the audit trail records it.
    AuditAction { Created => "created", Edited => "edited", Archived => "archived", Unarchived => "unarchived" }
);

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub kind: ServiceKind,
    pub offer_type: OfferType,
    pub recurring: bool,
    pub requires_approval: bool,
    pub one_time_cents: i64,
    pub monthly_cents: i64,
    /// The product category staff pick from; `None` when nothing physical or
    /// licensed is picked (set-up work, support packages).
    pub product_category: Option<String>,
    /// Spec keys a request must give for the product to be chosen without a person.
    pub required_spec_keys: Vec<String>,
    pub needs_technician: bool,
    /// Basic services the customer must have (or order alongside) first.
    pub prerequisites: Vec<i32>,
    pub links: Vec<ServiceLink>,
    /// Kept for history (cards, timelines, the audit trail); never ordered.
    pub archived: bool,
    pub version: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ServiceLink {
    pub service_id: i32,
    pub mandatory: bool,
}

impl Service {
    /// Whether fulfilling it reserves concrete stock units.
    pub fn uses_stock(&self) -> bool {
        self.kind == ServiceKind::Hardware && self.product_category.is_some()
    }

    /// A rented unit comes back; a bought or leased one leaves for an open-ended time.
    pub fn unit_comes_back(&self) -> bool {
        self.offer_type == OfferType::Rental
    }

    /// The required spec keys a request leaves out: with one missing, the
    /// product is not chosen without a person (D1's "specs incomplete").
    pub fn missing_specs<'a>(&'a self, requested: &Specs) -> Vec<&'a str> {
        self.required_spec_keys
            .iter()
            .filter(|k| requested.get(k).is_none())
            .map(String::as_str)
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: i32,
    pub sku: String,
    pub name: String,
    pub category: String,
    pub specs: Specs,
    pub unit_cents: i64,
    /// Kept for history; D2 never picks it and nobody can assign it.
    pub archived: bool,
    pub version: i32,
}

/// A service as staff type it into the catalog; [`Service::parse`] checks it
/// against the rest of the catalog.
#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ServiceInput {
    pub code: String,
    pub name: String,
    pub kind: ServiceKind,
    pub offer_type: OfferType,
    pub recurring: bool,
    pub requires_approval: bool,
    /// Amounts as typed: "79", "79.90", "1,299.00", "1299,00" (see [`amount`]).
    pub one_time: String,
    pub monthly: String,
    /// Empty or missing: nothing is picked from the catalog.
    #[serde(default)]
    pub product_category: Option<String>,
    #[serde(default)]
    pub required_spec_keys: Vec<String>,
    pub needs_technician: bool,
    #[serde(default)]
    pub prerequisites: Vec<i32>,
    #[serde(default)]
    pub links: Vec<ServiceLink>,
}

/// A product as staff type it into the catalog; [`Product::parse`] checks it.
#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProductInput {
    pub sku: String,
    pub name: String,
    pub category: String,
    #[serde(default)]
    pub specs: BTreeMap<String, String>,
    /// As typed, like a service's costs.
    pub unit_price: String,
}

/// A code, a SKU or a category: one word of letters, digits, '-', '_', '.' or '/'.
fn key_text(field: &str, raw: &str) -> Result<String, Error> {
    let v = text::required(field, raw, CODE_MAX.max(CATEGORY_MAX))?;
    if let Some(c) = v
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')))
    {
        return Err(Error::invalid(field, Invalid::KeyCharacter { bad: c }));
    }
    Ok(v)
}

/// An amount of money as a person or a spreadsheet writes it, in cents:
/// "79", "79.9", "1,299.00", "1.299,00", "1299,00". With both marks the last
/// one is the decimal mark; a lone mark followed by three digits groups
/// thousands, by one or two it is the decimal mark. An empty field is 0.
pub fn amount(field: &str, raw: &str) -> Result<i64, Error> {
    let v = text::optional(field, raw, 20)?;
    let v: String = v
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'')
        .collect();
    if v.is_empty() {
        return Ok(0);
    }
    if v.starts_with('-') {
        return Err(Error::invalid(field, Invalid::Negative));
    }
    let not_amount = || {
        Error::invalid(
            field,
            Invalid::NotAnAmount {
                got: text::echo(raw),
            },
        )
    };
    let decimal = match (v.rfind('.'), v.rfind(',')) {
        (Some(d), Some(c)) => Some(d.max(c)),
        (Some(m), None) | (None, Some(m)) => {
            let mark = v.as_bytes()[m];
            let after = v.len() - m - 1;
            let once = v.bytes().filter(|b| *b == mark).count() == 1;
            (once && after != 3).then_some(m)
        }
        (None, None) => None,
    };
    let (whole, fraction) = match decimal {
        Some(m) => (&v[..m], &v[m + 1..]),
        None => (&v[..], ""),
    };
    // What is left of the decimal mark groups thousands by three ("1,299,000").
    let mut groups = whole.split(['.', ',']);
    let first = groups.next().unwrap_or("");
    let grouped = whole.contains(['.', ',']);
    if decimal.is_some_and(|m| whole.contains(char::from(v.as_bytes()[m])))
        || grouped && (first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3))
    {
        return Err(not_amount());
    }
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(not_amount());
    }
    if fraction.len() > 2 {
        return Err(Error::invalid(
            field,
            Invalid::TooManyDecimals {
                got: text::echo(raw),
            },
        ));
    }
    let too_much = || {
        Error::invalid(
            field,
            Invalid::TooMuch {
                max_cents: PRICE_MAX_CENTS.into(),
            },
        )
    };
    if whole.len() > 9 {
        return Err(too_much());
    }
    let units: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| not_amount())?
    };
    let cents: i64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| not_amount())?;
    let total = units * 100 + cents;
    if total > PRICE_MAX_CENTS.into() {
        return Err(too_much());
    }
    Ok(total)
}

/// The categories products have (archived ones too: their history keeps them).
pub fn categories<'a>(products: impl IntoIterator<Item = &'a Product>) -> BTreeSet<String> {
    products.into_iter().map(|p| p.category.clone()).collect()
}

impl Service {
    /// Checks every field of `input` for the service `id` (0 for a new one)
    /// against the rest of the catalog: a unique code, known and active
    /// basic and linked services (neither itself, nor twice), basic services
    /// that never come back round to it, and a category some product has.
    pub fn parse(
        id: i32,
        input: &ServiceInput,
        services: &HashMap<i32, Service>,
        products: &HashMap<i32, Product>,
    ) -> Result<Service, Error> {
        let code = key_text("code", &input.code)?.to_uppercase();
        if let Some(other) = services
            .values()
            .find(|s| s.id != id && s.code.eq_ignore_ascii_case(&code))
        {
            return Err(Error::invalid(
                "code",
                Invalid::CodeTaken {
                    code,
                    of: other.name.clone(),
                },
            ));
        }
        let name = text::required("name", &input.name, NAME_MAX)?;
        let one_time_cents = amount("oneTime", &input.one_time)?;
        let monthly_cents = amount("monthly", &input.monthly)?;
        if input.recurring && monthly_cents == 0 {
            return Err(Error::invalid("monthly", Invalid::RecurringWithoutMonthly));
        }
        if !input.recurring && monthly_cents > 0 {
            return Err(Error::invalid("monthly", Invalid::OneTimeWithMonthly));
        }
        let raw_category = input.product_category.as_deref().unwrap_or("");
        let product_category =
            if text::optional("productCategory", raw_category, CATEGORY_MAX)?.is_empty() {
                None
            } else {
                let category = key_text("productCategory", raw_category)?.to_lowercase();
                let known = categories(products.values());
                if !known.contains(&category) {
                    return Err(Error::invalid(
                        "productCategory",
                        Invalid::NoSuchCategory {
                            got: text::echo(&category),
                            known: known.into_iter().collect(),
                        },
                    ));
                }
                Some(category)
            };
        if input.required_spec_keys.len() > SPECS_MAX {
            return Err(Error::invalid(
                "requiredSpecKeys",
                Invalid::TooMany {
                    what: Counted::SpecKeys,
                    n: input.required_spec_keys.len(),
                    max: SPECS_MAX,
                },
            ));
        }
        let mut required_spec_keys: Vec<String> = Vec::new();
        for (i, raw) in input.required_spec_keys.iter().enumerate() {
            let field = format!("requiredSpecKeys[{i}]");
            let key = spec_key(&field, raw)?;
            if product_category.is_none() {
                return Err(Error::invalid(field, Invalid::SpecKeysWithoutCategory));
            }
            if required_spec_keys.contains(&key) {
                return Err(Error::invalid(
                    field,
                    Invalid::ListedTwice {
                        what: format!("{key:?}"),
                    },
                ));
            }
            required_spec_keys.push(key);
        }
        let prerequisites = referenced(
            id,
            "prerequisites",
            input.prerequisites.iter().copied(),
            services,
        )?;
        for (i, basic) in prerequisites.iter().enumerate() {
            if let Some(path) = path_back(id, *basic, services) {
                return Err(Error::invalid(
                    format!("prerequisites[{i}]"),
                    Invalid::PrerequisiteCircle {
                        basic: services[basic].name.clone(),
                        path: path.iter().map(|p| services[p].name.clone()).collect(),
                    },
                ));
            }
        }
        let linked = referenced(
            id,
            "links",
            input.links.iter().map(|l| l.service_id),
            services,
        )?;
        let links = linked
            .into_iter()
            .zip(&input.links)
            .map(|(service_id, l)| ServiceLink {
                service_id,
                mandatory: l.mandatory,
            })
            .collect();
        Ok(Service {
            id,
            code,
            name,
            kind: input.kind,
            offer_type: input.offer_type,
            recurring: input.recurring,
            requires_approval: input.requires_approval,
            one_time_cents,
            monthly_cents,
            product_category,
            required_spec_keys,
            needs_technician: input.needs_technician,
            prerequisites,
            links,
            archived: false,
            version: 0,
        })
    }

    /// Whether it may be archived: not while an active service needs it first
    /// or has it linked (that service would offer what cannot be ordered).
    pub fn check_archive(&self, services: &HashMap<i32, Service>) -> Result<(), Error> {
        if self.archived {
            return Err(Error::invalid(
                "archived",
                Invalid::ArchivedAlready {
                    name: self.name.clone(),
                },
            ));
        }
        let mut users: Vec<String> = services
            .values()
            .filter(|s| !s.archived && s.id != self.id)
            .filter(|s| {
                s.prerequisites.contains(&self.id)
                    || s.links.iter().any(|l| l.service_id == self.id)
            })
            .map(|s| s.name.clone())
            .collect();
        users.sort_unstable();
        if !users.is_empty() {
            return Err(Error::invalid(
                "archived",
                Invalid::StillNeeded {
                    name: self.name.clone(),
                    by: users,
                },
            ));
        }
        Ok(())
    }

    /// Whether it may be ordered again: not while a service it needs or links is archived.
    pub fn check_unarchive(&self, services: &HashMap<i32, Service>) -> Result<(), Error> {
        if !self.archived {
            return Err(Error::invalid(
                "archived",
                Invalid::NotArchived {
                    name: self.name.clone(),
                },
            ));
        }
        let mut gone: Vec<String> = self
            .prerequisites
            .iter()
            .copied()
            .chain(self.links.iter().map(|l| l.service_id))
            .filter_map(|id| services.get(&id))
            .filter(|s| s.archived)
            .map(|s| s.name.clone())
            .collect();
        gone.sort_unstable();
        if !gone.is_empty() {
            return Err(Error::invalid(
                "archived",
                Invalid::NeedsArchived { names: gone },
            ));
        }
        Ok(())
    }

    /// What an edit changed, one "field: old → new" line each, for the audit trail.
    pub fn changes(&self, new: &Service, services: &HashMap<i32, Service>) -> Vec<String> {
        sentences(&self.edits(new, services))
    }

    /// What an edit changed, field by field, for the audit trail.
    pub fn edits(&self, new: &Service, services: &HashMap<i32, Service>) -> Vec<Change> {
        let code = |id: i32| services.get(&id).map_or(id.to_string(), |s| s.code.clone());
        let names =
            |s: &Service| FieldValue::Names(s.prerequisites.iter().map(|id| code(*id)).collect());
        let links = |s: &Service| {
            FieldValue::Links(
                s.links
                    .iter()
                    .map(|l| LinkedCode {
                        code: code(l.service_id),
                        mandatory: l.mandatory,
                    })
                    .collect(),
            )
        };
        let category =
            |s: &Service| FieldValue::Names(s.product_category.iter().cloned().collect());
        use ChangeField as F;
        use FieldValue::{Money, Text, YesNo};
        changed(vec![
            (F::Code, Text(self.code.clone()), Text(new.code.clone())),
            (F::Name, Text(self.name.clone()), Text(new.name.clone())),
            (
                F::Kind,
                Text(self.kind.as_str().into()),
                Text(new.kind.as_str().into()),
            ),
            (
                F::OfferType,
                Text(self.offer_type.as_str().into()),
                Text(new.offer_type.as_str().into()),
            ),
            (F::Recurring, YesNo(self.recurring), YesNo(new.recurring)),
            (
                F::RequiresApproval,
                YesNo(self.requires_approval),
                YesNo(new.requires_approval),
            ),
            (
                F::OneTimeCost,
                Money(self.one_time_cents),
                Money(new.one_time_cents),
            ),
            (
                F::MonthlyCost,
                Money(self.monthly_cents),
                Money(new.monthly_cents),
            ),
            (F::ProductCategory, category(self), category(new)),
            (
                F::RequiredSpecs,
                Text(self.required_spec_keys.join(", ")),
                Text(new.required_spec_keys.join(", ")),
            ),
            (
                F::NeedsTechnician,
                YesNo(self.needs_technician),
                YesNo(new.needs_technician),
            ),
            (F::BasicServices, names(self), names(new)),
            (F::LinkedServices, links(self), links(new)),
        ])
    }
}

/// Changes as the English lines the audit trail keeps beside them.
fn sentences(changes: &[Change]) -> Vec<String> {
    changes.iter().map(Change::sentence).collect()
}

/// A spec's name as every spec's: lower case, letters, digits, '_' and '-'.
fn spec_key(field: &str, raw: &str) -> Result<String, Error> {
    let key = text::required(field, raw, SPEC_KEY_MAX)?.to_ascii_lowercase();
    if !key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(Error::invalid(
            field,
            Invalid::SpecNameCharacters {
                got: text::echo(raw),
            },
        ));
    }
    Ok(key)
}

/// Service ids a service refers to (`field[i]`): each known, active, not the
/// service itself and not twice.
fn referenced(
    id: i32,
    field: &str,
    ids: impl ExactSizeIterator<Item = i32>,
    services: &HashMap<i32, Service>,
) -> Result<Vec<i32>, Error> {
    if ids.len() > CATALOG_LINKS_MAX {
        return Err(Error::invalid(
            field,
            Invalid::TooMany {
                what: Counted::Services,
                n: ids.len(),
                max: CATALOG_LINKS_MAX,
            },
        ));
    }
    let mut out: Vec<i32> = Vec::new();
    for (i, other) in ids.enumerate() {
        let f = format!("{field}[{i}]");
        let Some(s) = services.get(&other) else {
            return Err(Error::invalid(
                f,
                Invalid::NoSuch {
                    entity: "service",
                    id: other.into(),
                },
            ));
        };
        if other == id {
            return Err(Error::invalid(
                f,
                Invalid::ListsItself {
                    name: s.name.clone(),
                },
            ));
        }
        if s.archived {
            return Err(Error::invalid(
                f,
                Invalid::IsArchived {
                    name: s.name.clone(),
                },
            ));
        }
        if out.contains(&other) {
            return Err(Error::invalid(
                f,
                Invalid::ListedTwice {
                    what: s.name.clone(),
                },
            ));
        }
        out.push(other);
    }
    Ok(out)
}

/// The chain of basic services from `basic` back to `id`, if `basic` (or a
/// basic service of it, and so on) needs `id` first.
fn path_back(id: i32, basic: i32, services: &HashMap<i32, Service>) -> Option<Vec<i32>> {
    if id == 0 {
        return None;
    }
    let mut stack = vec![vec![basic]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = *path.last().expect("a path is never empty");
        if !seen.insert(last) {
            continue;
        }
        for next in services
            .get(&last)
            .map_or(&[][..], |s| &s.prerequisites[..])
        {
            let mut longer = path.clone();
            longer.push(*next);
            if *next == id {
                return Some(longer);
            }
            stack.push(longer);
        }
    }
    None
}

impl Product {
    /// Checks every field of `input` for the product `id` (0 for a new one):
    /// a SKU no other product has, a name, a category, specs as every spec,
    /// a price that is neither negative nor absurd.
    pub fn parse(
        id: i32,
        input: &ProductInput,
        products: &HashMap<i32, Product>,
    ) -> Result<Product, Error> {
        Self::parse_among(id, input, |sku| {
            products
                .values()
                .find(|p| p.id != id && p.sku.to_lowercase() == sku.to_lowercase())
        })
    }

    /// [`Product::parse`] with the product that has a SKU (in any case) found
    /// by `owner`: an import of thousands looks it up in an index.
    pub fn parse_among<'a>(
        id: i32,
        input: &ProductInput,
        owner: impl FnOnce(&str) -> Option<&'a Product>,
    ) -> Result<Product, Error> {
        let sku = key_text("sku", &input.sku)?;
        if let Some(other) = owner(&sku).filter(|p| p.id != id) {
            return Err(Error::invalid(
                "sku",
                Invalid::SkuTaken {
                    sku: other.sku.clone(),
                    of: other.name.clone(),
                },
            ));
        }
        let name = text::required("name", &input.name, NAME_MAX)?;
        let category = key_text("category", &input.category)?.to_lowercase();
        let specs = Specs::parse("specs", &input.specs)?;
        if let Some((k, _)) = specs.iter().find(|(_, v)| v.starts_with(">=")) {
            return Err(Error::invalid(
                format!("specs.{k}"),
                Invalid::ProductLowerBound,
            ));
        }
        Ok(Product {
            id,
            sku,
            name,
            category,
            specs,
            unit_cents: amount("unitPrice", &input.unit_price)?,
            archived: false,
            version: 0,
        })
    }

    /// What an edit changed, one "field: old → new" line each, for the audit trail.
    pub fn changes(&self, new: &Product) -> Vec<String> {
        sentences(&self.edits(new))
    }

    /// What an edit changed, field by field, for the audit trail.
    pub fn edits(&self, new: &Product) -> Vec<Change> {
        use ChangeField as F;
        use FieldValue::{Money, Text};
        changed(vec![
            (F::Sku, Text(self.sku.clone()), Text(new.sku.clone())),
            (F::Name, Text(self.name.clone()), Text(new.name.clone())),
            (
                F::Category,
                Text(self.category.clone()),
                Text(new.category.clone()),
            ),
            (
                F::Specs,
                Text(self.specs.summary()),
                Text(new.specs.summary()),
            ),
            (F::UnitPrice, Money(self.unit_cents), Money(new.unit_cents)),
        ])
    }
}

/// Requested or offered specs: a small map of lower-case keys to values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Specs(BTreeMap<String, String>);

impl Specs {
    /// Checks each key and value with the text rule; `field` names the input in errors.
    pub fn parse(field: &str, raw: &BTreeMap<String, String>) -> Result<Self, Error> {
        if raw.len() > SPECS_MAX {
            return Err(Error::invalid(
                field,
                Invalid::TooMany {
                    what: Counted::Specs,
                    n: raw.len(),
                    max: SPECS_MAX,
                },
            ));
        }
        let mut out = BTreeMap::new();
        for (k, v) in raw {
            let key = text::optional(field, k, SPEC_KEY_MAX)?.to_ascii_lowercase();
            if key.is_empty() {
                return Err(Error::invalid(field, Invalid::SpecWithoutName));
            }
            if !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(Error::invalid(
                    field,
                    Invalid::SpecNameCharacters { got: text::echo(k) },
                ));
            }
            let value = text::required(&format!("{field}.{key}"), v, SPEC_VALUE_MAX)?;
            if let Some(bound) = value.strip_prefix(">=") {
                if !bound.trim().parse::<f64>().is_ok_and(f64::is_finite) {
                    return Err(Error::invalid(
                        format!("{field}.{key}"),
                        Invalid::BoundNotANumber {
                            got: text::echo(&value),
                        },
                    ));
                }
            }
            if out.insert(key.clone(), value).is_some() {
                return Err(Error::invalid(field, Invalid::SpecTwice { key }));
            }
        }
        Ok(Specs(out))
    }

    /// From the store, already checked when written.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        Ok(Specs(serde_json::from_str(json)?))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).expect("a string map always serialises")
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn as_map(&self) -> &BTreeMap<String, String> {
        &self.0
    }

    /// "cpu=i7, ram=16GB"
    pub fn summary(&self) -> String {
        self.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn amounts_read_as_people_and_spreadsheets_write_them() {
        for (raw, cents) in [
            ("", 0),
            ("79", 7_900),
            ("79.9", 7_990),
            ("79,90", 7_990),
            ("1,299.00", 129_900),
            ("1.299,00", 129_900),
            ("1,299", 129_900),
            ("1 299,5", 129_950),
            ("0.05", 5),
            ("12.345", 1_234_500),
            ("123,456.7", 12_345_670),
            ("1000000", 100_000_000),
        ] {
            assert_eq!(amount("p", raw).unwrap(), cents, "{raw}");
        }
        for (raw, why) in [
            ("-5", "negative"),
            ("abc", "not an amount"),
            ("1.2.3,4.5", "not an amount"),
            ("1,2,3", "not an amount"),
            ("1,23.45", "not an amount"),
            ("1.2345", "more than two decimals"),
            ("1000000.01", "more than"),
            ("99999999999999999999", "more than"),
            (".", "not an amount"),
        ] {
            let e = amount("p", raw).unwrap_err().to_string();
            assert!(e.contains(why), "{raw}: {e}");
        }
    }

    #[test]
    fn specs_are_normalised() {
        let s = Specs::parse("specs", &map(&[(" RAM ", " 16GB ")])).unwrap();
        assert_eq!(s.get("ram"), Some("16GB"));
    }

    #[test]
    fn malformed_specs_name_the_field() {
        let bad = [
            map(&[("", "x")]),
            map(&[("ram size", "x")]),
            map(&[("ram", "")]),
            map(&[("ram", ">=lots")]),
            map(&[("ram", ">=NaN")]),
            map(&[("ram", &"x".repeat(101))]),
            map(&[("RAM", "8"), ("ram", "16")]),
            map(&[("ram", "16\u{0}GB")]),
            map(&[("ram", "\u{1b}[2J")]),
            map(&[("ram", "\u{200B}\u{FEFF}")]),
            map(&[("ra\u{0}m", "16")]),
            map(&[("\u{200B}", "16")]),
        ];
        for b in bad {
            let e = Specs::parse("items[0].specs", &b).unwrap_err();
            match e {
                Error::Validation { field, .. } => {
                    assert!(field.starts_with("items[0].specs"), "{field}")
                }
                other => panic!("{other:?}"),
            }
        }
        let many: BTreeMap<_, _> = (0..=SPECS_MAX)
            .map(|i| (format!("k{i}"), "v".to_string()))
            .collect();
        assert!(Specs::parse("s", &many).is_err());
    }
}
