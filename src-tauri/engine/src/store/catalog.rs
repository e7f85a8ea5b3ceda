//! Services, products, and the in-memory snapshot of catalog + rules + settings.

use crate::domain::catalog::{OfferType, Product, Service, ServiceKind, ServiceLink, Specs};
use crate::domain::rules::Rule;
use crate::{Error, Result};
use sqlx::{FromRow, SqliteConnection, SqliteExecutor};
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
    /// Reads it through `conn`: a pooled connection, or a write transaction
    /// that checks an edit against the catalog as it is inside that transaction.
    pub async fn load(conn: &mut SqliteConnection) -> Result<Snapshot> {
        let services = services(&mut *conn).await?;
        let mut products = HashMap::new();
        let mut products_by_category: HashMap<String, Vec<i32>> = HashMap::new();
        for p in self::products(&mut *conn).await? {
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
            rules: super::rules::list(&mut *conn).await?,
            stock_buffer_days: super::settings::get_u32(&mut *conn, "stock_buffer_days").await?,
            travel_buffer_minutes: super::settings::get_u32(&mut *conn, "travel_buffer_minutes")
                .await?,
            currency: super::settings::get_text(&mut *conn, "currency").await?,
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

    /// The products D2 may pick for `service`: those of its category that are not archived.
    pub fn products_for(&self, service: &Service) -> Vec<Product> {
        match &service.product_category {
            Some(cat) => self.products_of(cat),
            None => vec![],
        }
    }

    /// The products of `category` that are not archived.
    pub fn products_of(&self, category: &str) -> Vec<Product> {
        self.products_by_category
            .get(category)
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| self.products.get(id))
                    .filter(|p| !p.archived)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Every service with its basic and linked services.
pub async fn services(conn: &mut SqliteConnection) -> Result<HashMap<i32, Service>> {
    let mut services: HashMap<i32, Service> = HashMap::new();
    for row in sqlx::query_as::<_, ServiceRow>("SELECT * FROM services")
        .fetch_all(&mut *conn)
        .await?
    {
        let s = Service::try_from(row)?;
        services.insert(s.id, s);
    }
    let prereqs: Vec<(i32, i32)> = sqlx::query_as(
        "SELECT service_id, basic_service_id FROM service_prerequisites ORDER BY basic_service_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (sid, basic) in prereqs {
        if let Some(s) = services.get_mut(&sid) {
            s.prerequisites.push(basic);
        }
    }
    let links: Vec<(i32, i32, bool)> = sqlx::query_as(
        "SELECT service_id, linked_service_id, mandatory FROM service_links ORDER BY linked_service_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (sid, linked, mandatory) in links {
        if let Some(s) = services.get_mut(&sid) {
            s.links.push(ServiceLink {
                service_id: linked,
                mandatory,
            });
        }
    }
    Ok(services)
}

pub async fn products<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<Product>> {
    sqlx::query_as::<_, ProductRow>("SELECT * FROM products ORDER BY id")
        .fetch_all(ex)
        .await?
        .into_iter()
        .map(Product::try_from)
        .collect()
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
    archived: bool,
    version: i32,
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
            archived: r.archived,
            version: r.version,
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
    archived: bool,
    version: i32,
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
            archived: r.archived,
            version: r.version,
        })
    }
}

/// Binds a service's editable fields in column order: code, name, kind,
/// offer_type, recurring, requires_approval, one_time_cents, monthly_cents,
/// product_category, required_spec_keys, needs_technician. A macro because
/// `query` and `query_scalar` are different builder types.
macro_rules! bind_service {
    ($q:expr, $s:expr) => {
        $q.bind(&$s.code)
            .bind(&$s.name)
            .bind($s.kind.as_str())
            .bind($s.offer_type.as_str())
            .bind($s.recurring)
            .bind($s.requires_approval)
            .bind($s.one_time_cents)
            .bind($s.monthly_cents)
            .bind(&$s.product_category)
            .bind(serde_json::to_string(&$s.required_spec_keys)?)
            .bind($s.needs_technician)
    };
}

/// The same for a product: sku, name, category, specs, unit_cents.
macro_rules! bind_product {
    ($q:expr, $p:expr) => {
        $q.bind(&$p.sku)
            .bind(&$p.name)
            .bind(&$p.category)
            .bind($p.specs.to_json())
            .bind($p.unit_cents)
    };
}

/// Inserts a service with its prerequisites and links; returns its id.
pub async fn insert_service(tx: &mut super::Tx, s: &Service) -> Result<i32> {
    let q = sqlx::query_scalar(
        "INSERT INTO services (code, name, kind, offer_type, recurring, requires_approval, one_time_cents,
            monthly_cents, product_category, required_spec_keys, needs_technician)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    );
    let id: i32 = bind_service!(q, s).fetch_one(&mut **tx).await?;
    insert_references(tx, id, s).await?;
    Ok(id)
}

/// Writes the basic and linked services of service `id` as `s` lists them.
pub async fn insert_references(tx: &mut super::Tx, id: i32, s: &Service) -> Result<()> {
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
    Ok(())
}

/// Writes an edited service (with its basic and linked services) if nobody
/// changed it since `expected_version`.
pub async fn update_service(
    tx: &mut super::Tx,
    s: &Service,
    expected_version: i32,
) -> Result<bool> {
    let q = sqlx::query(
        "UPDATE services SET code = ?, name = ?, kind = ?, offer_type = ?, recurring = ?, requires_approval = ?,
            one_time_cents = ?, monthly_cents = ?, product_category = ?, required_spec_keys = ?,
            needs_technician = ?, version = version + 1
         WHERE id = ? AND version = ?",
    );
    let done = bind_service!(q, s)
        .bind(s.id)
        .bind(expected_version)
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    for table in ["service_prerequisites", "service_links"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE service_id = ?"))
            .bind(s.id)
            .execute(&mut **tx)
            .await?;
    }
    insert_references(tx, s.id, s).await?;
    Ok(true)
}

pub use crate::domain::catalog::CatalogEntry as Entry;

fn table(entry: Entry) -> &'static str {
    match entry {
        Entry::Service => "services",
        Entry::Product => "products",
    }
}

/// Archives or restores an entry if nobody changed it since `expected_version`.
pub async fn set_archived<'e>(
    ex: impl SqliteExecutor<'e>,
    entry: Entry,
    id: i32,
    archived: bool,
    expected_version: i32,
) -> Result<bool> {
    let done = sqlx::query(&format!(
        "UPDATE {} SET archived = ?, version = version + 1 WHERE id = ? AND version = ?",
        table(entry)
    ))
    .bind(archived)
    .bind(id)
    .bind(expected_version)
    .execute(ex)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How often each service is ordered: (service id, items, open items).
pub async fn service_usage<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, i64, i64)>> {
    Ok(sqlx::query_as(&format!(
        "SELECT service_id, COUNT(*), SUM(status IN {}) FROM items GROUP BY service_id",
        super::items::status_keys(crate::domain::ItemStatus::is_open)
    ))
    .fetch_all(ex)
    .await?)
}

/// How many items order the service (`Entry::Service`) or have the product.
pub async fn items_with<'e>(ex: impl SqliteExecutor<'e>, entry: Entry, id: i32) -> Result<i64> {
    let column = match entry {
        Entry::Service => "service_id",
        Entry::Product => "product_id",
    };
    Ok(
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM items WHERE {column} = ?"))
            .bind(id)
            .fetch_one(ex)
            .await?,
    )
}

/// Where each product is used: (product id, items assigned to it, stock units).
pub async fn product_usage<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<(i32, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT p.id, (SELECT COUNT(*) FROM items WHERE product_id = p.id),
                (SELECT COUNT(*) FROM stock_units WHERE product_id = p.id)
         FROM products p",
    )
    .fetch_all(ex)
    .await?)
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
    let q = sqlx::query_scalar(
        "INSERT INTO products (sku, name, category, specs, unit_cents) VALUES (?, ?, ?, ?, ?) RETURNING id",
    );
    Ok(bind_product!(q, p).fetch_one(ex).await?)
}

/// Writes an edited product if nobody changed it since `expected_version`.
pub async fn update_product<'e>(
    ex: impl SqliteExecutor<'e>,
    p: &Product,
    expected_version: i32,
) -> Result<bool> {
    let q = sqlx::query(
        "UPDATE products SET sku = ?, name = ?, category = ?, specs = ?, unit_cents = ?, version = version + 1
         WHERE id = ? AND version = ?",
    );
    let done = bind_product!(q, p)
        .bind(p.id)
        .bind(expected_version)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() == 1)
}
