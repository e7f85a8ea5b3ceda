//! D2 service assignment: rank catalog products against an item's requested specs.

use super::catalog::{Product, Specs};
use std::cmp::Reverse;

/// One product as a candidate for an item, with why it does or does not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub product_id: i32,
    pub name: String,
    /// Every requested spec is met.
    pub full_match: bool,
    pub matched: Vec<String>,
    pub mismatched: Vec<String>,
    /// Requested specs the product does not state at all.
    pub unknown: Vec<String>,
    /// Units free for the item's window, when the caller knows it (0 for no-stock services).
    pub free_units: u32,
}

impl Candidate {
    pub fn explanation(&self) -> String {
        let mut parts = Vec::new();
        if !self.matched.is_empty() {
            parts.push(format!("matches {}", self.matched.join(", ")));
        }
        if !self.mismatched.is_empty() {
            parts.push(format!("differs on {}", self.mismatched.join(", ")));
        }
        if !self.unknown.is_empty() {
            parts.push(format!("does not state {}", self.unknown.join(", ")));
        }
        if parts.is_empty() {
            parts.push("no specs requested".into());
        }
        parts.join("; ")
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

fn leading_number(s: &str) -> Option<f64> {
    let digits: String = s
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().ok()
}

pub fn evaluate(requested: &Specs, product: &Product) -> Candidate {
    let mut c = Candidate {
        product_id: product.id,
        name: product.name.clone(),
        full_match: true,
        matched: vec![],
        mismatched: vec![],
        unknown: vec![],
        free_units: 0,
    };
    for (key, want) in requested.iter() {
        match product.specs.get(key) {
            Some(have) if value_satisfies(want, have) => c.matched.push(format!("{key}={have}")),
            Some(have) => {
                c.full_match = false;
                c.mismatched.push(format!("{key} {have} (asked {want})"));
            }
            None => {
                c.full_match = false;
                c.unknown.push(key.to_string());
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
            Reverse(c.matched.len()),
            Reverse(c.free_units),
            c.name.clone(),
        )
    });
}

/// The D2 outcome for an item.
#[derive(Debug, Clone, PartialEq)]
pub enum Assignment {
    /// Exactly one product meets every requested spec.
    Auto { product_id: i32, reason: String },
    /// A person picks; the reason says why.
    Manual { reason: String },
}

pub fn decide(requested: &Specs, candidates: &[Candidate]) -> Assignment {
    let full: Vec<_> = candidates.iter().filter(|c| c.full_match).collect();
    match full.as_slice() {
        [one] => Assignment::Auto {
            product_id: one.product_id,
            reason: if requested.is_empty() {
                format!("Only product offered: {}", one.name)
            } else {
                format!(
                    "Only product matching {}: {}",
                    requested.summary(),
                    one.name
                )
            },
        },
        [] => Assignment::Manual {
            reason: if candidates.is_empty() {
                "No product in the catalog for this service".into()
            } else {
                format!(
                    "No product matches {}; pick the closest",
                    requested.summary()
                )
            },
        },
        several => Assignment::Manual {
            reason: format!(
                "{} products match {}: {}",
                several.len(),
                if requested.is_empty() {
                    "(no specs given)".to_string()
                } else {
                    requested.summary()
                },
                several
                    .iter()
                    .take(3)
                    .map(|c| c.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

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
                assert!(reason.starts_with("2 products match"), "{reason}")
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
        assert_eq!(ranked[0].matched.len(), 1);
        assert!(ranked[0].explanation().contains("differs on"));
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
