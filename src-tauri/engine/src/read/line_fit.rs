//! What the order form shows beside a line while it is typed: the specs its
//! service needs with the values the catalog's products have, and how many
//! products fit so far. Fitting is D2's own `matching::evaluate` over the
//! same products D2 ranks, so the form and the assignment never disagree.

use super::Money;
use crate::domain::catalog::{Product, Service, Specs};
use crate::domain::matching::{self, Assignment};
use crate::i18n::Lang;
use crate::store::Db;
use crate::Result;
use serde::Serialize;
use std::collections::BTreeMap;

/// A spec a service needs, with the values its products have ("16GB", "32GB"…).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SpecOptions {
    pub key: String,
    /// Distinct values, smallest first ("64GB" before "1TB"), then by name.
    pub values: Vec<String>,
}

/// One product of a line's category, with its price and whether it fits.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ProductFit {
    pub product_id: i32,
    pub name: String,
    pub unit_price: Money,
    /// It meets every spec given so far.
    pub fits: bool,
}

/// How a line's specs stand against the catalog.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct LineFit {
    /// How many products meet every spec given so far.
    pub fitting: i32,
    /// "3 products fit so far", "No product fits 64GB + i9"; none for a
    /// service with no products to pick (set-up work, support).
    pub summary: Option<String>,
    /// Required specs not given yet: with one missing, no product is picked
    /// without a person.
    pub missing: Vec<String>,
    /// The category's products, fitting ones first, as D2 ranks them.
    pub products: Vec<ProductFit>,
}

/// How the products stand against a line's specs typed so far, for the
/// catalogue to word.
#[derive(Debug, Clone, Copy)]
pub enum FitSummary<'a> {
    /// None fits the values asked ("64GB + i9").
    NoneFits { asked: &'a str },
    /// Some fit, but required specs are still to give.
    SoFar { fitting: usize },
    /// Every required spec given: D2 picks the product itself.
    PickedForYou { fitting: usize },
    /// Every required spec given: D2 leaves the pick to a person.
    PersonPicks { fitting: usize },
}

/// The required specs of `service`, each with the values its products have.
pub fn spec_options(service: &Service, products: &[Product]) -> Vec<SpecOptions> {
    service
        .required_spec_keys
        .iter()
        .map(|key| spec_values(key, products))
        .collect()
}

/// The distinct values `products` have for `key`, smallest first.
pub fn spec_values(key: &str, products: &[Product]) -> SpecOptions {
    let mut values: Vec<String> = Vec::new();
    for v in products.iter().filter_map(|p| p.specs.get(key)) {
        if !values.iter().any(|have| matching::value_satisfies(have, v)) {
            values.push(v.to_string());
        }
    }
    values.sort_by(|a, b| matching::by_size_then_name(a, b));
    SpecOptions {
        key: key.to_string(),
        values,
    }
}

/// How the specs typed so far on a line of `service_id` fit the catalog. A
/// spec whose name or value is still blank is not given yet.
pub async fn order_line_fit(
    db: &Db,
    service_id: i32,
    specs: &BTreeMap<String, String>,
) -> Result<LineFit> {
    let snap = db.snapshot().await?;
    let service = snap.service(service_id)?;
    let given: BTreeMap<String, String> = specs
        .iter()
        .filter(|(k, v)| !k.trim().is_empty() && !v.trim().is_empty())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let requested = Specs::parse("specs", &given)?;
    Ok(line_fit(
        service,
        &snap.products_for(service),
        &requested,
        &snap.currency,
        db.lang(),
    ))
}

pub fn line_fit(
    service: &Service,
    products: &[Product],
    requested: &Specs,
    currency: &str,
    lang: Lang,
) -> LineFit {
    let ranked = matching::rank(requested, products);
    let fitting = ranked.iter().filter(|c| c.full_match).count();
    let missing: Vec<String> = service
        .missing_specs(requested)
        .into_iter()
        .map(String::from)
        .collect();
    let summary = (!products.is_empty()).then(|| {
        let summary = if fitting == 0 {
            FitSummary::NoneFits {
                asked: &asked(service, requested),
            }
        } else if !missing.is_empty() {
            FitSummary::SoFar { fitting }
        } else {
            match matching::decide(requested, &ranked) {
                Assignment::Auto { .. } => FitSummary::PickedForYou { fitting },
                Assignment::Manual { .. } => FitSummary::PersonPicks { fitting },
            }
        };
        lang.fit_summary(summary)
    });
    let products = ranked
        .iter()
        .map(|c| ProductFit {
            product_id: c.product_id,
            name: c.name.clone(),
            unit_price: Money::new(
                products
                    .iter()
                    .find(|p| p.id == c.product_id)
                    .map_or(0, |p| p.unit_cents),
                currency,
            ),
            fits: c.full_match,
        })
        .collect();
    LineFit {
        fitting: fitting as i32,
        summary,
        missing,
        products,
    }
}

/// The values asked, the service's required specs first: "64GB + i9".
fn asked(service: &Service, requested: &Specs) -> String {
    let required = &service.required_spec_keys;
    let mut pairs: Vec<(&str, &str)> = requested.iter().collect();
    pairs.sort_by_key(|(k, _)| {
        (
            required
                .iter()
                .position(|r| r == k)
                .unwrap_or(required.len()),
            *k,
        )
    });
    pairs
        .iter()
        .map(|(_, v)| *v)
        .collect::<Vec<_>>()
        .join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{OfferType, ServiceKind};

    fn specs(pairs: &[(&str, &str)]) -> Specs {
        let m: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Specs::parse("s", &m).unwrap()
    }

    fn laptop() -> Service {
        Service {
            id: 1,
            code: "LAPTOP-BUY".into(),
            name: "Business laptop".into(),
            kind: ServiceKind::Hardware,
            offer_type: OfferType::Purchase,
            recurring: false,
            requires_approval: false,
            one_time_cents: 0,
            monthly_cents: 0,
            product_category: Some("laptop".into()),
            required_spec_keys: vec!["ram".into(), "cpu".into()],
            needs_technician: false,
            prerequisites: vec![],
            links: vec![],
            archived: false,
            version: 1,
        }
    }

    fn product(id: i32, cents: i64, pairs: &[(&str, &str)]) -> Product {
        Product {
            id,
            sku: format!("P{id}"),
            name: format!("Laptop {id}"),
            category: "laptop".into(),
            specs: specs(pairs),
            unit_cents: cents,
            archived: false,
            version: 1,
        }
    }

    fn catalog() -> Vec<Product> {
        vec![
            product(1, 139_000, &[("ram", "16GB"), ("cpu", "i5")]),
            product(2, 169_000, &[("ram", "32GB"), ("cpu", "i7")]),
            product(3, 119_000, &[("ram", "16GB"), ("cpu", "i5")]),
            product(4, 259_000, &[("ram", "8GB"), ("cpu", "m4pro")]),
            product(5, 149_000, &[("ram", "16gb"), ("cpu", "m3")]),
        ]
    }

    #[test]
    fn required_specs_offer_the_values_products_have_smallest_first() {
        let options = spec_options(&laptop(), &catalog());
        assert_eq!(
            options,
            vec![
                SpecOptions {
                    key: "ram".into(),
                    values: vec!["8GB".into(), "16GB".into(), "32GB".into()],
                },
                SpecOptions {
                    key: "cpu".into(),
                    values: vec!["i5".into(), "i7".into(), "m3".into(), "m4pro".into()],
                },
            ]
        );
    }

    #[test]
    fn the_summary_says_how_many_fit_and_what_happens() {
        let check = |pairs: &[(&str, &str)], fitting: i32, summary: &str, missing: &[&str]| {
            let fit = line_fit(&laptop(), &catalog(), &specs(pairs), "EUR", Lang::En);
            assert_eq!(fit.fitting, fitting, "{pairs:?}");
            assert_eq!(fit.summary.as_deref(), Some(summary), "{pairs:?}");
            assert_eq!(fit.missing, missing, "{pairs:?}");
        };
        check(&[], 5, "5 products fit so far", &["ram", "cpu"]);
        check(&[("ram", "16GB")], 3, "3 products fit so far", &["cpu"]);
        check(&[("ram", ">=16")], 4, "4 products fit so far", &["cpu"]);
        check(
            &[("ram", "16GB"), ("cpu", "i5")],
            2,
            "2 products fit: a person picks one",
            &[],
        );
        check(
            &[("cpu", "i7"), ("ram", "32GB")],
            1,
            "1 product fits: it is picked for you",
            &[],
        );
        check(
            &[("cpu", "i9"), ("ram", "64GB")],
            0,
            "No product fits 64GB + i9",
            &[],
        );
        // A German desk reads the same counts in German.
        let german = |pairs: &[(&str, &str)]| {
            line_fit(&laptop(), &catalog(), &specs(pairs), "EUR", Lang::De).summary
        };
        let german: Vec<_> = [
            &[("ram", "16GB")][..],
            &[("ram", "16GB"), ("cpu", "i5")],
            &[("cpu", "i7"), ("ram", "32GB")],
            &[("cpu", "i9"), ("ram", "64GB")],
        ]
        .into_iter()
        .filter_map(german)
        .collect();
        assert_eq!(
            german,
            [
                "3 Produkte passen bisher",
                "2 Produkte passen: jemand wählt eines aus",
                "1 Produkt passt: es wird für Sie gewählt",
                "Kein Produkt passt zu 64GB + i9",
            ]
        );
    }

    #[test]
    fn products_fitting_come_first_with_their_prices() {
        let fit = line_fit(
            &laptop(),
            &catalog(),
            &specs(&[("ram", "16GB")]),
            "EUR",
            Lang::En,
        );
        let fits: Vec<_> = fit
            .products
            .iter()
            .map(|p| (p.product_id, p.fits))
            .collect();
        assert_eq!(&fits[..3].iter().all(|(_, f)| *f), &true);
        assert!(fits[3..].iter().all(|(_, f)| !f));
        let three = fit.products.iter().find(|p| p.product_id == 3).unwrap();
        assert_eq!(three.unit_price, Money::new(119_000, "EUR"));
    }

    #[test]
    fn a_service_without_products_has_no_summary() {
        let mut setup = laptop();
        setup.product_category = None;
        setup.required_spec_keys = vec![];
        let fit = line_fit(&setup, &[], &Specs::default(), "EUR", Lang::En);
        assert_eq!(fit.summary, None);
        assert!(fit.products.is_empty() && fit.missing.is_empty());
    }
}
