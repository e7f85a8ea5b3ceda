use super::Tx;
use crate::domain::catalog::Specs;
use crate::domain::item::ItemState;
use crate::domain::order::{Address, DateWindow, TransactionType};
use crate::domain::{Hold, HoldKind, Item, ItemStatus, Reason};
use crate::{Error, Result};
use sqlx::{FromRow, SqliteExecutor};

/// The stored keys of the statuses `pred` picks, as an SQL list: `('new', 'ready')`.
/// The keys are the domain's own constants, never input.
pub(super) fn status_keys(pred: impl Fn(ItemStatus) -> bool) -> String {
    let keys: Vec<String> = ItemStatus::ALL
        .into_iter()
        .filter(|s| pred(*s))
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    format!("({})", keys.join(", "))
}

#[derive(FromRow)]
struct ItemRow {
    id: i32,
    order_id: i32,
    position: i32,
    service_id: i32,
    product_id: Option<i32>,
    parent_item_id: Option<i32>,
    transaction_type: String,
    requested_specs: String,
    quantity: i64,
    window_start: String,
    window_end: String,
    address_line1: String,
    postal_code: String,
    city: String,
    country_code: String,
    address_addition: String,
    status: String,
    hold_kind: Option<String>,
    hold_reason_kinds: Option<String>,
    overridden: bool,
    reason_kinds: String,
    delivery_group: i32,
    booking_id: Option<i32>,
    version: i32,
}

impl TryFrom<ItemRow> for Item {
    type Error = Error;
    fn try_from(r: ItemRow) -> Result<Item> {
        let corrupt = |what: &str| Error::Corrupt(format!("item {}: {what}", r.id));
        Ok(Item {
            id: r.id,
            order_id: r.order_id,
            position: r.position,
            service_id: r.service_id,
            product_id: r.product_id,
            parent_item_id: r.parent_item_id,
            transaction_type: TransactionType::parse(&r.transaction_type)
                .ok_or_else(|| corrupt("transaction type"))?,
            requested_specs: Specs::from_json(&r.requested_specs)?,
            quantity: u32::try_from(r.quantity).map_err(|_| corrupt("quantity"))?,
            window: DateWindow::parse("window", &r.window_start, &r.window_end)
                .map_err(|_| corrupt("window"))?,
            address: Address::parse(
                "address",
                &r.address_line1,
                &r.postal_code,
                &r.city,
                &r.country_code,
                &r.address_addition,
            )
            .map_err(|_| corrupt("address"))?,
            delivery_group: r.delivery_group,
            state: ItemState::restore(
                ItemStatus::parse(&r.status).ok_or_else(|| corrupt("status"))?,
                match (r.hold_kind.as_deref(), r.hold_reason_kinds.as_deref()) {
                    (Some(kind), Some(reasons)) => Some(Hold {
                        kind: HoldKind::parse(kind).ok_or_else(|| corrupt("hold kind"))?,
                        reasons: Reason::from_json(reasons).map_err(|_| corrupt("hold reasons"))?,
                    }),
                    (None, None) => None,
                    _ => return Err(corrupt("hold without a kind or a reason")),
                },
                r.overridden,
                Reason::from_json(&r.reason_kinds).map_err(|_| corrupt("reasons"))?,
                r.booking_id,
            ),
            version: r.version,
        })
    }
}

pub async fn get(tx: &mut Tx, id: i32) -> Result<Item> {
    sqlx::query_as::<_, ItemRow>("SELECT * FROM items WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or_else(|| Error::not_found("item", id))?
        .try_into()
}

/// Loads an item and checks nobody changed it since the caller looked.
pub async fn get_at_version(tx: &mut Tx, id: i32, expected_version: i32) -> Result<Item> {
    let item = get(tx, id).await?;
    if item.version != expected_version {
        return Err(Error::Conflict {
            entity: "item",
            id: id.into(),
            expected: expected_version,
            found: item.version,
        });
    }
    Ok(item)
}

pub async fn for_order(tx: &mut Tx, order_id: i32) -> Result<Vec<Item>> {
    sqlx::query_as::<_, ItemRow>("SELECT * FROM items WHERE order_id = ? ORDER BY position")
        .bind(order_id)
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .map(Item::try_from)
        .collect()
}

pub async fn for_booking(tx: &mut Tx, booking_id: i32) -> Result<Vec<Item>> {
    sqlx::query_as::<_, ItemRow>(
        "SELECT * FROM items WHERE booking_id = ? ORDER BY order_id, position",
    )
    .bind(booking_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .map(Item::try_from)
    .collect()
}

/// Inserts a new item in whatever state the use case decided; returns its id.
pub async fn insert(tx: &mut Tx, it: &Item, now: &str) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO items (order_id, position, service_id, product_id, parent_item_id, transaction_type,
            requested_specs, quantity, window_start, window_end, address_line1, postal_code, city, country_code,
            address_addition, status, hold_kind, hold_reason, hold_reason_kinds, overridden, reason, reason_kinds,
            delivery_group, booking_id, created_at, updated_at, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
    )
    .bind(it.order_id)
    .bind(it.position)
    .bind(it.service_id)
    .bind(it.product_id)
    .bind(it.parent_item_id)
    .bind(it.transaction_type.as_str())
    .bind(it.requested_specs.to_json())
    .bind(it.quantity as i64)
    .bind(it.window.start().to_string())
    .bind(it.window.end().to_string())
    .bind(it.address.line1())
    .bind(it.address.postal_code())
    .bind(it.address.city())
    .bind(it.address.country_code())
    .bind(it.address.addition())
    .bind(it.status().as_str())
    .bind(it.hold_kind().map(HoldKind::as_str))
    .bind(it.hold_reason())
    .bind(it.hold_reasons().map(Reason::to_json))
    .bind(it.overridden())
    .bind(it.reason())
    .bind(Reason::to_json(it.reasons()))
    .bind(it.delivery_group)
    .bind(it.booking_id())
    .bind(now)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?)
}

/// Writes the item's mutable state back, bumping its version; refuses a stale write.
pub async fn update(tx: &mut Tx, it: &mut Item, now: &str) -> Result<()> {
    let done = sqlx::query(
        "UPDATE items SET product_id = ?, status = ?, hold_kind = ?, hold_reason = ?, hold_reason_kinds = ?,
            overridden = ?, reason = ?, reason_kinds = ?, delivery_group = ?, booking_id = ?, updated_at = ?,
            version = version + 1
         WHERE id = ? AND version = ?",
    )
    .bind(it.product_id)
    .bind(it.status().as_str())
    .bind(it.hold_kind().map(HoldKind::as_str))
    .bind(it.hold_reason())
    .bind(it.hold_reasons().map(Reason::to_json))
    .bind(it.overridden())
    .bind(it.reason())
    .bind(Reason::to_json(it.reasons()))
    .bind(it.delivery_group)
    .bind(it.booking_id())
    .bind(now)
    .bind(it.id)
    .bind(it.version)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        let found: i32 = sqlx::query_scalar("SELECT version FROM items WHERE id = ?")
            .bind(it.id)
            .fetch_one(&mut **tx)
            .await?;
        return Err(Error::Conflict {
            entity: "item",
            id: it.id.into(),
            expected: it.version,
            found,
        });
    }
    it.version += 1;
    Ok(())
}

/// An item as its panel shows it, with its order's number.
#[derive(FromRow)]
pub struct DetailRow {
    pub version: i32,
    pub order_id: i32,
    pub number: String,
    pub status: String,
    pub hold_reason: Option<String>,
    pub hold_reason_kinds: Option<String>,
    pub requested_specs: String,
    pub window_start: String,
    pub window_end: String,
    pub address_line1: String,
    pub postal_code: String,
    pub city: String,
    pub country_code: String,
    pub booking_id: Option<i32>,
    pub transaction_type: String,
}

pub async fn detail<'e>(ex: impl SqliteExecutor<'e>, id: i32) -> Result<DetailRow> {
    sqlx::query_as(
        "SELECT i.version, i.order_id, o.number, i.status, i.hold_reason, i.hold_reason_kinds, i.requested_specs, i.window_start,
            i.window_end, i.address_line1, i.postal_code, i.city, i.country_code, i.booking_id,
            i.transaction_type
         FROM items i JOIN orders o ON o.id = i.order_id WHERE i.id = ?",
    )
    .bind(id)
    .fetch_optional(ex)
    .await?
    .ok_or_else(|| Error::not_found("item", id))
}

/// Ready items not on hold whose window allows `day`, with their order's
/// number, most urgent first: the queue a day's plan works through.
pub async fn ready_on(tx: &mut Tx, day: &str) -> Result<Vec<(i32, String)>> {
    Ok(sqlx::query_as(
        "SELECT i.id, o.number FROM items i JOIN orders o ON o.id = i.order_id
         WHERE i.status = ? AND i.hold_reason IS NULL AND i.window_start <= ? AND i.window_end >= ?
         ORDER BY i.window_end, i.id",
    )
    .bind(ItemStatus::Ready.as_str())
    .bind(day)
    .bind(day)
    .fetch_all(&mut **tx)
    .await?)
}

/// Items in `status` and not on hold, as (id, version), earliest window first.
pub async fn unheld_in<'e>(
    ex: impl SqliteExecutor<'e>,
    status: ItemStatus,
) -> Result<Vec<(i32, i32)>> {
    Ok(sqlx::query_as(
        "SELECT id, version FROM items WHERE status = ? AND hold_reason IS NULL ORDER BY window_start, id",
    )
    .bind(status.as_str())
    .fetch_all(ex)
    .await?)
}

/// The orders (id, number) with an item in a status `pred` picks, oldest first.
pub async fn orders_with_items_in<'e>(
    ex: impl SqliteExecutor<'e>,
    pred: impl Fn(ItemStatus) -> bool,
) -> Result<Vec<(i32, String)>> {
    let sql = format!(
        "SELECT DISTINCT o.id, o.number FROM items i JOIN orders o ON o.id = i.order_id
         WHERE i.status IN {} ORDER BY o.id",
        status_keys(pred)
    );
    Ok(sqlx::query_as(&sql).fetch_all(ex).await?)
}
