//! Services, products, and the in-memory snapshot of catalog + rules + settings.

use crate::domain::catalog::{OfferType, Product, Service, ServiceKind, ServiceLink, Specs};
use crate::domain::rules::Rule;
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor, SqlitePool};
use std::collections::HashMap;

#[derive(Debug)]
pub struct Snapshot {
    pub services: HashMap<i32, Service>,
    pub products: HashMap<i32, Product>,
    pub products_by_category: HashMap<String, Vec<i32>>,
    pub rules: Vec<Rule>,
    pub stock_buffer_days: u32,
    pub travel_buffer_minutes: u32,
    /// The shop's currency, ISO 4217 ("EUR").
    pub currency: String,
}

impl Snapshot {
    pub async fn load(pool: &SqlitePool) -> Result<Snapshot> {
        let mut services: HashMap<i32, Service> = HashMap::new();
        for row in sqlx::query_as::<_, ServiceRow>("SELECT * FROM services")
            .fetch_all(pool)
            .await?
        {
            let s = Service::try_from(row)?;
            services.insert(s.id, s);
        }
        let prereqs: Vec<(i32, i32)> =
            sqlx::query_as("SELECT service_id, basic_service_id FROM service_prerequisites ORDER BY basic_service_id")
                .fetch_all(pool)
                .await?;
        for (sid, basic) in prereqs {
            if let Some(s) = services.get_mut(&sid) {
                s.prerequisites.push(basic);
            }
        }
        let links: Vec<(i32, i32, bool)> =
            sqlx::query_as("SELECT service_id, linked_service_id, mandatory FROM service_links ORDER BY linked_service_id")
                .fetch_all(pool)
                .await?;
        for (sid, linked, mandatory) in links {
            if let Some(s) = services.get_mut(&sid) {
                s.links.push(ServiceLink {
                    service_id: linked,
                    mandatory,
                });
            }
        }
        let mut products = HashMap::new();
        let mut products_by_category: HashMap<String, Vec<i32>> = HashMap::new();
        for row in sqlx::query_as::<_, ProductRow>("SELECT * FROM products ORDER BY id")
            .fetch_all(pool)
            .await?
        {
            let p = Product::try_from(row)?;
            products_by_category
                .entry(p.category.clone())
                .or_default()
                .push(p.id);
            products.insert(p.id, p);
        }
        Ok(Snapshot {
            services,
            products,
            products_by_category,
            rules: super::rules::list(pool).await?,
            stock_buffer_days: super::settings::get_u32(pool, "stock_buffer_days").await?,
            travel_buffer_minutes: super::settings::get_u32(pool, "travel_buffer_minutes").await?,
            currency: super::settings::get_text(pool, "currency").await?,
        })
    }

    pub fn service(&self, id: i32) -> Result<&Service> {
        self.services
            .get(&id)
            .ok_or_else(|| Error::not_found("service", id))
    }

    pub fn product(&self, id: i32) -> Result<&Product> {
        self.products
            .get(&id)
            .ok_or_else(|| Error::not_found("product", id))
    }

    pub fn products_for(&self, service: &Service) -> Vec<Product> {
        let Some(cat) = &service.product_category else {
            return vec![];
        };
        self.products_by_category
            .get(cat)
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| self.products.get(id).cloned())
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[derive(FromRow)]
struct ServiceRow {
    id: i32,
    code: String,
    name: String,
    kind: String,
    offer_type: String,
    recurring: bool,
    requires_approval: bool,
    one_time_cents: i64,
    monthly_cents: i64,
    product_category: Option<String>,
    required_spec_keys: String,
    needs_technician: bool,
}

impl TryFrom<ServiceRow> for Service {
    type Error = Error;
    fn try_from(r: ServiceRow) -> Result<Service> {
        Ok(Service {
            id: r.id,
            kind: ServiceKind::parse(&r.kind)
                .ok_or_else(|| Error::Corrupt(format!("service kind {}", r.kind)))?,
            offer_type: OfferType::parse(&r.offer_type)
                .ok_or_else(|| Error::Corrupt(format!("offer type {}", r.offer_type)))?,
            code: r.code,
            name: r.name,
            recurring: r.recurring,
            requires_approval: r.requires_approval,
            one_time_cents: r.one_time_cents,
            monthly_cents: r.monthly_cents,
            product_category: r.product_category,
            required_spec_keys: serde_json::from_str(&r.required_spec_keys)?,
            needs_technician: r.needs_technician,
            prerequisites: vec![],
            links: vec![],
        })
    }
}

#[derive(FromRow)]
struct ProductRow {
    id: i32,
    sku: String,
    name: String,
    category: String,
    specs: String,
    unit_cents: i64,
}

impl TryFrom<ProductRow> for Product {
    type Error = Error;
    fn try_from(r: ProductRow) -> Result<Product> {
        Ok(Product {
            id: r.id,
            sku: r.sku,
            name: r.name,
            category: r.category,
            specs: Specs::from_json(&r.specs)?,
            unit_cents: r.unit_cents,
        })
    }
}

/// Inserts a service with its prerequisites and links; returns its id.
pub async fn insert_service(tx: &mut super::Tx, s: &Service) -> Result<i32> {
    let id: i32 = sqlx::query_scalar(
        "INSERT INTO services (code, name, kind, offer_type, recurring, requires_approval, one_time_cents,
            monthly_cents, product_category, required_spec_keys, needs_technician)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&s.code)
    .bind(&s.name)
    .bind(s.kind.as_str())
    .bind(s.offer_type.as_str())
    .bind(s.recurring)
    .bind(s.requires_approval)
    .bind(s.one_time_cents)
    .bind(s.monthly_cents)
    .bind(&s.product_category)
    .bind(serde_json::to_string(&s.required_spec_keys)?)
    .bind(s.needs_technician)
    .fetch_one(&mut **tx)
    .await?;
    for basic in &s.prerequisites {
        sqlx::query(
            "INSERT INTO service_prerequisites (service_id, basic_service_id) VALUES (?, ?)",
        )
        .bind(id)
        .bind(basic)
        .execute(&mut **tx)
        .await?;
    }
    for l in &s.links {
        insert_link(&mut **tx, id, l).await?;
    }
    Ok(id)
}

/// Links `service_id` to the service `link` names: offered with it, or added
/// to every order of it when mandatory.
pub async fn insert_link<'e>(
    ex: impl SqliteExecutor<'e>,
    service_id: i32,
    link: &ServiceLink,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO service_links (service_id, linked_service_id, mandatory) VALUES (?, ?, ?)",
    )
    .bind(service_id)
    .bind(link.service_id)
    .bind(link.mandatory)
    .execute(ex)
    .await?;
    Ok(())
}

pub async fn insert_product<'e>(ex: impl SqliteExecutor<'e>, p: &Product) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO products (sku, name, category, specs, unit_cents) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&p.sku)
    .bind(&p.name)
    .bind(&p.category)
    .bind(p.specs.to_json())
    .bind(p.unit_cents)
    .fetch_one(ex)
    .await?)
}
