//! D2 service assignment: rank catalog products against an item's requested specs.

use super::catalog::{Product, Specs};
use super::reason::Reason;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// One product as a candidate for an item, with why it does or does not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub product_id: i32,
    pub name: String,
    /// Every requested spec is met.
    pub full_match: bool,
    pub fit: Fit,
    /// Units free for the item's window, when the caller knows it (0 for no-stock services).
    pub free_units: u32,
}

/// How a product's specs meet a request, spec by spec.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    /// Requested specs the product meets, with its value.
    pub matched: Vec<SpecValue>,
    /// Requested specs the product states otherwise.
    pub differs: Vec<SpecDiff>,
    /// Requested specs the product does not state at all.
    pub unknown: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpecValue {
    pub key: String,
    pub offered: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpecDiff {
    pub key: String,
    pub offered: String,
    pub asked: String,
}

impl Fit {
    /// "ram=16GB"
    pub fn matched_words(&self) -> Vec<String> {
        self.matched
            .iter()
            .map(|m| format!("{}={}", m.key, m.offered))
            .collect()
    }

    /// "cpu i5 (asked i7)"
    pub fn differs_words(&self) -> Vec<String> {
        self.differs
            .iter()
            .map(|d| format!("{} {} (asked {})", d.key, d.offered, d.asked))
            .collect()
    }

    pub fn explanation(&self) -> String {
        crate::i18n::Lang::En.fit(self)
    }
}

/// Whether an offered value satisfies a requested one: equal ignoring case and
/// spaces, or at least the number after a requested `>=`.
pub fn value_satisfies(requested: &str, offered: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase()
    };
    if let Some(bound) = requested.strip_prefix(">=") {
        let (Ok(b), Some(o)) = (bound.trim().parse::<f64>(), leading_number(offered)) else {
            return false;
        };
        return o >= b;
    }
    norm(requested) == norm(offered)
}

/// The number a value starts with ("16" of "16GB"), for bounds.
pub fn leading_number(s: &str) -> Option<f64> {
    let digits: String = s
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().ok()
}

/// Units people write sizes and speeds in, each with what it multiplies by,
/// so that "1TB" is more than "64GB" and "2.4GHz" more than "800MHz".
const UNITS: &[(&str, f64)] = &[
    ("b", 1.0),
    ("kb", 1e3),
    ("mb", 1e6),
    ("gb", 1e9),
    ("tb", 1e12),
    ("pb", 1e15),
    ("hz", 1.0),
    ("khz", 1e3),
    ("mhz", 1e6),
    ("ghz", 1e9),
];

/// How big a value is, for sorting: its leading number scaled by a known
/// unit after it ("1 TB" → 1e12), else the number alone ("27\"" → 27).
pub fn size(s: &str) -> Option<f64> {
    let n = leading_number(s)?;
    let digits = s
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .count();
    let unit: String = s
        .trim()
        .chars()
        .skip(digits)
        .filter(|c| !c.is_whitespace())
        .collect();
    let unit = unit.to_ascii_lowercase();
    let scale = UNITS
        .iter()
        .find(|(u, _)| *u == unit)
        .map_or(1.0, |(_, f)| *f);
    Some(n * scale)
}

/// The order spec values are offered in: smallest size first ("8GB", "64GB",
/// "1TB"), then values without a number by name ("i5", "m3").
pub fn by_size_then_name(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (size(a), size(b)) {
        (Some(x), Some(y)) => x.total_cmp(&y).then_with(|| a.cmp(b)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.to_lowercase().cmp(&b.to_lowercase()),
    }
}

pub fn evaluate(requested: &Specs, product: &Product) -> Candidate {
    let mut c = Candidate {
        product_id: product.id,
        name: product.name.clone(),
        full_match: true,
        fit: Fit::default(),
        free_units: 0,
    };
    for (key, want) in requested.iter() {
        match product.specs.get(key) {
            Some(have) if value_satisfies(want, have) => c.fit.matched.push(SpecValue {
                key: key.into(),
                offered: have.into(),
            }),
            Some(have) => {
                c.full_match = false;
                c.fit.differs.push(SpecDiff {
                    key: key.into(),
                    offered: have.into(),
                    asked: want.into(),
                });
            }
            None => {
                c.full_match = false;
                c.fit.unknown.push(key.to_string());
            }
        }
    }
    c
}

/// Candidates best first: full matches, then most specs met, then most free units, then name.
pub fn rank(requested: &Specs, products: &[Product]) -> Vec<Candidate> {
    let mut out: Vec<_> = products.iter().map(|p| evaluate(requested, p)).collect();
    sort(&mut out);
    out
}

pub fn sort(cands: &mut [Candidate]) {
    cands.sort_by_key(|c| {
        (
            Reverse(c.full_match),
            Reverse(c.fit.matched.len()),
            Reverse(c.free_units),
            c.name.clone(),
        )
    });
}

/// The D2 outcome for an item.
#[derive(Debug, Clone, PartialEq)]
pub enum Assignment {
    /// Exactly one product meets every requested spec.
    Auto { product_id: i32, reason: Reason },
    /// A person picks; the reason says why.
    Manual { reason: Reason },
}

pub fn decide(requested: &Specs, candidates: &[Candidate]) -> Assignment {
    let full: Vec<_> = candidates.iter().filter(|c| c.full_match).collect();
    let specs = requested.as_map().clone();
    match full.as_slice() {
        [one] => Assignment::Auto {
            product_id: one.product_id,
            reason: if requested.is_empty() {
                Reason::OnlyProductOffered {
                    product_id: one.product_id,
                    product: one.name.clone(),
                }
            } else {
                Reason::OnlyProductMatching {
                    specs,
                    product_id: one.product_id,
                    product: one.name.clone(),
                }
            },
        },
        [] => Assignment::Manual {
            reason: if candidates.is_empty() {
                Reason::NoProductInCatalog
            } else {
                Reason::NoProductMatches { specs }
            },
        },
        several => Assignment::Manual {
            reason: Reason::ProductsMatch {
                count: several.len() as u32,
                specs,
                products: several.iter().take(3).map(|c| c.name.clone()).collect(),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn sizes_sort_by_value_with_their_units() {
        let mut values = vec!["1TB", "64GB", "512 GB", "256GB", "2tb", "i5", "128GB"];
        values.sort_by(|a, b| by_size_then_name(a, b));
        assert_eq!(
            values,
            ["64GB", "128GB", "256GB", "512 GB", "1TB", "2tb", "i5"]
        );
        let mut speeds = vec!["2.4GHz", "800MHz", "1GHz"];
        speeds.sort_by(|a, b| by_size_then_name(a, b));
        assert_eq!(speeds, ["800MHz", "1GHz", "2.4GHz"]);
        let mut inches = vec!["27\"", "24\"", "32\""];
        inches.sort_by(|a, b| by_size_then_name(a, b));
        assert_eq!(
            inches,
            ["24\"", "27\"", "32\""],
            "an unknown unit sorts by its number"
        );
    }

    fn specs(pairs: &[(&str, &str)]) -> Specs {
        let m: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Specs::parse("s", &m).unwrap()
    }

    fn product(id: i32, name: &str, pairs: &[(&str, &str)]) -> Product {
        Product {
            id,
            sku: format!("P{id}"),
            name: name.into(),
            category: "laptop".into(),
            specs: specs(pairs),
            unit_cents: 100,
            archived: false,
            version: 1,
        }
    }

    fn catalog() -> Vec<Product> {
        vec![
            product(
                1,
                "ThinkPad T14 16GB",
                &[("ram", "16GB"), ("cpu", "i5"), ("screen", "14")],
            ),
            product(
                2,
                "ThinkPad T14 32GB",
                &[("ram", "32GB"), ("cpu", "i7"), ("screen", "14")],
            ),
            product(
                3,
                "MacBook Air",
                &[("ram", "16GB"), ("cpu", "M3"), ("screen", "13")],
            ),
        ]
    }

    #[test]
    fn one_full_match_is_assigned_automatically() {
        let req = specs(&[("ram", "32gb")]);
        let d = decide(&req, &rank(&req, &catalog()));
        assert!(matches!(d, Assignment::Auto { product_id: 2, .. }), "{d:?}");
    }

    #[test]
    fn several_matches_go_to_a_person_with_names() {
        let req = specs(&[("ram", "16GB")]);
        match decide(&req, &rank(&req, &catalog())) {
            Assignment::Manual { reason } => {
                assert_eq!(
                    reason.sentence(),
                    "2 products match ram=16GB: MacBook Air, ThinkPad T14 16GB"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn no_match_goes_to_a_person_ranked_by_closeness() {
        let req = specs(&[("ram", "16GB"), ("cpu", "i7")]);
        let ranked = rank(&req, &catalog());
        assert!(matches!(decide(&req, &ranked), Assignment::Manual { .. }));
        assert!(ranked.iter().all(|c| !c.full_match));
        assert_eq!(ranked[0].fit.matched.len(), 1);
        assert!(ranked[0].fit.explanation().contains("differs on"));
    }

    #[test]
    fn at_least_bounds_compare_numbers() {
        assert!(value_satisfies(">=16", "32GB"));
        assert!(!value_satisfies(">=16", "8GB"));
        assert!(!value_satisfies(">=16", "lots"));
        let req = specs(&[("ram", ">=20")]);
        assert!(matches!(
            decide(&req, &rank(&req, &catalog())),
            Assignment::Auto { product_id: 2, .. }
        ));
    }

    #[test]
    fn free_units_break_ties() {
        let req = specs(&[("ram", "16GB")]);
        let mut ranked = rank(&req, &catalog());
        ranked
            .iter_mut()
            .for_each(|c| c.free_units = if c.product_id == 3 { 5 } else { 1 });
        sort(&mut ranked);
        assert_eq!(ranked[0].product_id, 3);
    }
}
