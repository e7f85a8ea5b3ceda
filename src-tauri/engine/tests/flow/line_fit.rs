//! The order form's fit count is D2's: for the specs typed on a line, the
//! products `order_line_fit` says fit are the full matches D2 ranks for the
//! item once submitted, and one fit with nothing missing is picked for you.

use crate::helpers::*;
use engine::domain::ItemStatus;
use engine::read;
use std::collections::BTreeMap;

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn the_form_counts_what_d2_would_find() {
    let t = spawn().await;
    let laptop = t.svc("LAPTOP-BUY");
    let monitor = t.svc("MONITOR-BUY");
    let cases: &[(i32, &[(&str, &str)])] = &[
        (laptop, &[]),
        (laptop, &[("ram", "16GB")]),
        (laptop, &[("ram", ">=32")]),
        (laptop, &[("ram", "16GB"), ("cpu", "i5")]),
        (laptop, &[("ram", "64GB"), ("cpu", "i9")]),
        (laptop, &[("ram", "16gb"), ("cpu", "M3")]),
        (monitor, &[("size", "27")]),
        (monitor, &[("size", "27"), ("resolution", "qhd")]),
    ];
    for (service, specs) in cases {
        let fit = read::order_line_fit(&t.db, *service, &map(specs))
            .await
            .unwrap();
        let item = submit(&t, vec![line(*service, specs)]).await.items[0].clone();
        let d2: Vec<i32> = read::item_candidates(&t.db, item.item_id)
            .await
            .unwrap()
            .iter()
            .filter(|c| c.full_match)
            .map(|c| c.product_id)
            .collect();
        let form: Vec<i32> = fit
            .products
            .iter()
            .filter(|p| p.fits)
            .map(|p| p.product_id)
            .collect();
        assert_eq!(fit.fitting as usize, form.len(), "{specs:?}");
        let mut sorted = (form.clone(), d2.clone());
        sorted.0.sort();
        sorted.1.sort();
        assert_eq!(sorted.0, sorted.1, "{specs:?}: the form and D2 disagree");
        if fit.fitting == 1 && fit.missing.is_empty() {
            assert_ne!(item.status, ItemStatus::NeedsAssignment, "{item:?}");
            assert!(
                item.reason.contains(&fit.products[0].name) || item.status == ItemStatus::Ready,
                "{item:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_missing_spec_is_named_and_blank_rows_are_not_given() {
    let t = spawn().await;
    let laptop = t.svc("LAPTOP-BUY");
    let fit = read::order_line_fit(&t.db, laptop, &map(&[("ram", "16GB"), ("cpu", " ")]))
        .await
        .unwrap();
    assert_eq!(fit.missing, vec!["cpu".to_string()]);
    assert_eq!(fit.summary.as_deref(), Some("5 products fit so far"));
    let none = read::order_line_fit(&t.db, laptop, &map(&[("ram", "64GB"), ("cpu", "i9")]))
        .await
        .unwrap();
    assert_eq!(none.summary.as_deref(), Some("No product fits 64GB + i9"));
    assert!(none
        .products
        .iter()
        .all(|p| !p.fits && p.unit_price.currency == "EUR"));
    // The values offered for a required spec are the category's.
    let reference = read::reference_data(&t.db).await.unwrap();
    let ram = &reference
        .services
        .iter()
        .find(|s| s.id == laptop)
        .unwrap()
        .required_specs[0];
    assert_eq!(
        (ram.key.as_str(), ram.values.clone()),
        (
            "ram",
            vec!["16GB".into(), "32GB".into(), "48GB".into(), "64GB".into()]
        )
    );
    // A value Rust cannot read is refused with its field, as on submit.
    let e = read::order_line_fit(&t.db, laptop, &map(&[("ram", ">=lots")]))
        .await
        .unwrap_err();
    assert!(
        matches!(e, engine::Error::Validation { ref field, .. } if field == "specs.ram"),
        "{e}"
    );
}
