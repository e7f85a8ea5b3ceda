//! The catalog: services staff sell, the products behind them, and requested specs.

use super::limits::{SPECS_MAX, SPEC_KEY_MAX, SPEC_VALUE_MAX};
use super::text;
use crate::Error;
use std::collections::BTreeMap;

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: i32,
    pub sku: String,
    pub name: String,
    pub category: String,
    pub specs: Specs,
    pub unit_cents: i64,
}

/// Requested or offered specs: a small map of lower-case keys to values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Specs(BTreeMap<String, String>);

impl Specs {
    /// Checks each key and value with the text rule; `field` names the input in errors.
    pub fn parse(field: &str, raw: &BTreeMap<String, String>) -> Result<Self, Error> {
        if raw.len() > SPECS_MAX {
            return Err(Error::validation(
                field,
                format!("has {} specs; at most {SPECS_MAX} allowed", raw.len()),
            ));
        }
        let mut out = BTreeMap::new();
        for (k, v) in raw {
            let key = text::optional(field, k, SPEC_KEY_MAX)?.to_ascii_lowercase();
            if key.is_empty() {
                return Err(Error::validation(field, "every spec needs a name"));
            }
            if !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(Error::validation(
                    field,
                    format!(
                        "spec name {} may hold only letters, digits, '_' and '-'",
                        text::echo(k)
                    ),
                ));
            }
            let value = text::required(&format!("{field}.{key}"), v, SPEC_VALUE_MAX)?;
            if let Some(bound) = value.strip_prefix(">=") {
                if !bound.trim().parse::<f64>().is_ok_and(f64::is_finite) {
                    return Err(Error::validation(
                        format!("{field}.{key}"),
                        format!("\">=\" needs a number, got {}", text::echo(&value)),
                    ));
                }
            }
            if out.insert(key.clone(), value).is_some() {
                return Err(Error::validation(
                    field,
                    format!("spec {key:?} given twice"),
                ));
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
