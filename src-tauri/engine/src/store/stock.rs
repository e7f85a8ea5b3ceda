use super::Tx;
use crate::domain::stock::{Span, UnitAvailability, UnitCondition, UnitState};
use crate::{Error, Result};
use chrono::{Days, NaiveDate};
use sqlx::SqliteExecutor;

#[derive(sqlx::FromRow)]
struct UnitReservationRow {
    id: i32,
    serial: String,
    state: String,
    start_date: Option<String>,
    end_date: Option<String>,
}

/// The product's units with the active reservations that could clash with `span`.
pub async fn availability(
    tx: &mut Tx,
    product_id: i32,
    span: &Span,
    buffer_days: u32,
) -> Result<Vec<UnitAvailability>> {
    // Prefilter in SQL: only reservations ending after span.start - buffer can clash.
    let from = span
        .start
        .checked_sub_days(Days::new(buffer_days as u64))
        .unwrap_or(NaiveDate::MIN);
    // Besides its reservations, a unit with a customer is taken for good until
    // it is checked in, and a unit checked in on a day is taken that day (the
    // buffer counts from it).
    let rows: Vec<UnitReservationRow> = sqlx::query_as(
        "SELECT u.id, u.serial, u.state, r.start_date, r.end_date
         FROM stock_units u
         LEFT JOIN (
             SELECT unit_id, start_date, end_date FROM reservations
             WHERE released = 0 AND end_date >= ?1
             UNION ALL
             SELECT unit_id, '2000-01-01', '9999-12-31' FROM holding_units
             WHERE checked_in_at IS NULL
             UNION ALL
             SELECT unit_id, checked_in_on, checked_in_on FROM holding_units
             WHERE checked_in_on >= ?1
         ) r ON r.unit_id = u.id
         WHERE u.product_id = ?2
         ORDER BY u.id",
    )
    .bind(from.to_string())
    .bind(product_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut out: Vec<UnitAvailability> = Vec::new();
    for UnitReservationRow {
        id,
        serial,
        state,
        start_date: start,
        end_date: end,
    } in rows
    {
        if out.last().map(|u| u.unit_id) != Some(id) {
            out.push(UnitAvailability {
                unit_id: id,
                serial,
                state: UnitState::parse(&state)
                    .ok_or_else(|| Error::Corrupt(format!("unit {id} state {state}")))?,
                booked: vec![],
            });
        }
        if let (Some(s), Some(e)) = (start, end) {
            out.last_mut().expect("pushed above").booked.push(Span {
                start: parse_date(&s)?,
                end: parse_date(&e)?,
            });
        }
    }
    Ok(out)
}

pub async fn reserve(tx: &mut Tx, item_id: i32, unit_id: i32, span: &Span) -> Result<()> {
    sqlx::query(
        "INSERT INTO reservations (item_id, unit_id, start_date, end_date) VALUES (?, ?, ?, ?)",
    )
    .bind(item_id)
    .bind(unit_id)
    .bind(span.start.to_string())
    .bind(span.end.to_string())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Releases the item's active reservations; returns the units they held.
pub async fn release_for_item(tx: &mut Tx, item_id: i32) -> Result<Vec<i32>> {
    Ok(sqlx::query_scalar(
        "UPDATE reservations SET released = 1 WHERE item_id = ? AND released = 0 RETURNING unit_id",
    )
    .bind(item_id)
    .fetch_all(&mut **tx)
    .await?)
}

/// Releases one reservation (its unit is free again for those days).
pub async fn release(tx: &mut Tx, reservation_id: i32) -> Result<()> {
    sqlx::query("UPDATE reservations SET released = 1 WHERE id = ?")
        .bind(reservation_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The units that have one of `serials`, with their products.
pub async fn units_by_serial<'e>(
    ex: impl SqliteExecutor<'e>,
    serials: &[String],
) -> Result<Vec<UnitRecord>> {
    if serials.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<UnitRow> = sqlx::query_as(&format!(
        "{UNIT_SELECT} WHERE u.serial IN (SELECT value FROM json_each(?)) ORDER BY u.id"
    ))
    .bind(serde_json::to_string(serials)?)
    .fetch_all(ex)
    .await?;
    rows.into_iter().map(UnitRow::typed).collect()
}

/// Serial numbers of the units actively reserved for an item.
pub async fn serials_for_item<'e>(
    ex: impl SqliteExecutor<'e>,
    item_id: i32,
) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT u.serial FROM reservations r JOIN stock_units u ON u.id = r.unit_id
         WHERE r.item_id = ? AND r.released = 0 ORDER BY u.id",
    )
    .bind(item_id)
    .fetch_all(ex)
    .await?)
}

/// A unit as received: available, new, at `location` (its trail starts with the receipt).
pub async fn insert_unit<'e>(
    ex: impl SqliteExecutor<'e>,
    product_id: i32,
    serial: &str,
    inventory_number: &str,
    location: &str,
) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO stock_units (product_id, serial, inventory_number, location, state, condition)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(product_id)
    .bind(serial)
    .bind(inventory_number)
    .bind(location)
    .bind(UnitState::Available.as_str())
    .bind(UnitCondition::New.as_str())
    .fetch_one(ex)
    .await?)
}

/// A stock unit with its product, as its trail left it.
#[derive(Debug, Clone)]
pub struct UnitRecord {
    pub id: i32,
    pub product_id: i32,
    pub product_name: String,
    pub sku: String,
    pub serial: String,
    pub inventory_number: String,
    pub location: String,
    pub state: UnitState,
    pub condition: UnitCondition,
}

#[derive(sqlx::FromRow)]
struct UnitRow {
    id: i32,
    product_id: i32,
    product_name: String,
    sku: String,
    serial: String,
    inventory_number: String,
    location: String,
    state: String,
    condition: String,
}

impl UnitRow {
    fn typed(self) -> Result<UnitRecord> {
        let corrupt = |what: &str, v: &str| Error::Corrupt(format!("unit {} {what} {v}", self.id));
        Ok(UnitRecord {
            state: UnitState::parse(&self.state).ok_or_else(|| corrupt("state", &self.state))?,
            condition: UnitCondition::parse(&self.condition)
                .ok_or_else(|| corrupt("condition", &self.condition))?,
            id: self.id,
            product_id: self.product_id,
            product_name: self.product_name,
            sku: self.sku,
            serial: self.serial,
            inventory_number: self.inventory_number,
            location: self.location,
        })
    }
}

const UNIT_SELECT: &str = "SELECT u.id, u.product_id, p.name AS product_name, p.sku, u.serial,
    u.inventory_number, u.location, u.state, u.condition
    FROM stock_units u JOIN products p ON p.id = u.product_id";

/// Every unit, by product name, then serial.
pub async fn units<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<UnitRecord>> {
    let rows: Vec<UnitRow> = sqlx::query_as(&format!("{UNIT_SELECT} ORDER BY p.name, u.serial"))
        .fetch_all(ex)
        .await?;
    rows.into_iter().map(UnitRow::typed).collect()
}

pub async fn unit<'e>(ex: impl SqliteExecutor<'e>, unit_id: i32) -> Result<UnitRecord> {
    let row: Option<UnitRow> = sqlx::query_as(&format!("{UNIT_SELECT} WHERE u.id = ?"))
        .bind(unit_id)
        .fetch_optional(ex)
        .await?;
    row.ok_or_else(|| Error::not_found("stock unit", unit_id))?
        .typed()
}

/// Writes where a unit is kept and how it is, as the step just appended to its trail says.
pub async fn set_unit<'e>(
    ex: impl SqliteExecutor<'e>,
    unit_id: i32,
    location: &str,
    state: UnitState,
    condition: UnitCondition,
) -> Result<()> {
    sqlx::query("UPDATE stock_units SET location = ?, state = ?, condition = ? WHERE id = ?")
        .bind(location)
        .bind(state.as_str())
        .bind(condition.as_str())
        .bind(unit_id)
        .execute(ex)
        .await?;
    Ok(())
}

/// Which of `serials` a unit already has, each with that unit's inventory number.
pub async fn known_serials<'e>(
    ex: impl SqliteExecutor<'e>,
    serials: &[String],
) -> Result<Vec<(String, String)>> {
    if serials.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sqlx::query_as(
        "SELECT serial, inventory_number FROM stock_units WHERE serial IN (SELECT value FROM json_each(?))",
    )
    .bind(serde_json::to_string(serials)?)
    .fetch_all(ex)
    .await?)
}

/// Every inventory number given so far.
pub async fn inventory_numbers<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT inventory_number FROM stock_units")
            .fetch_all(ex)
            .await?,
    )
}

/// Every place units are kept now, by name.
pub async fn locations<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT DISTINCT location FROM stock_units ORDER BY location")
            .fetch_all(ex)
            .await?,
    )
}

/// An active reservation of a unit, with its order and customer.
#[derive(Debug, Clone)]
pub struct ReservationRecord {
    pub unit_id: i32,
    pub item_id: i32,
    pub serial: String,
    pub order_id: i32,
    pub order_number: String,
    pub customer: String,
    pub span: Span,
    /// The unit is with a customer (an open holding has it).
    pub delivered: bool,
}

impl ReservationRecord {
    pub fn hold(self) -> crate::domain::stock::UnitHold {
        crate::domain::stock::UnitHold {
            order_number: self.order_number,
            customer: self.customer,
            span: self.span,
            delivered: self.delivered,
        }
    }
}

/// Active reservations, of one unit or (`None`) of every unit; of one product or every product.
pub async fn reservations<'e>(
    ex: impl SqliteExecutor<'e>,
    unit_id: Option<i32>,
    product_id: Option<i32>,
) -> Result<Vec<ReservationRecord>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        unit_id: i32,
        item_id: i32,
        serial: String,
        order_id: i32,
        number: String,
        customer: String,
        start_date: String,
        end_date: String,
        delivered: bool,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT r.unit_id, r.item_id, u.serial, o.id AS order_id, o.number, c.name AS customer, r.start_date, r.end_date,
                EXISTS (SELECT 1 FROM holding_units hu WHERE hu.unit_id = r.unit_id AND hu.checked_in_at IS NULL) AS delivered
         FROM reservations r
         JOIN stock_units u ON u.id = r.unit_id
         JOIN items i ON i.id = r.item_id
         JOIN orders o ON o.id = i.order_id
         JOIN customers c ON c.id = o.customer_id
         WHERE r.released = 0 AND (?1 IS NULL OR r.unit_id = ?1) AND (?2 IS NULL OR u.product_id = ?2)
         ORDER BY r.start_date, o.number, u.serial",
    )
    .bind(unit_id)
    .bind(product_id)
    .fetch_all(ex)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(ReservationRecord {
                unit_id: r.unit_id,
                item_id: r.item_id,
                serial: r.serial,
                order_id: r.order_id,
                order_number: r.number,
                customer: r.customer,
                span: Span {
                    start: parse_date(&r.start_date)?,
                    end: parse_date(&r.end_date)?,
                },
                delivered: r.delivered,
            })
        })
        .collect()
}

/// A unit actively reserved for an item, and for which days.
pub struct ItemReservation {
    pub id: i32,
    pub unit_id: i32,
    pub serial: String,
    pub span: Span,
}

fn parse_date(d: &str) -> Result<NaiveDate> {
    d.parse()
        .map_err(|_| Error::Corrupt(format!("reservation date {d}")))
}

pub async fn active_for_item(tx: &mut Tx, item_id: i32) -> Result<Vec<ItemReservation>> {
    let rows: Vec<(i32, i32, String, String, String)> = sqlx::query_as(
        "SELECT r.id, r.unit_id, u.serial, r.start_date, r.end_date
         FROM reservations r JOIN stock_units u ON u.id = r.unit_id
         WHERE r.item_id = ? AND r.released = 0 ORDER BY r.id",
    )
    .bind(item_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|(id, unit_id, serial, s, e)| {
            Ok(ItemReservation {
                id,
                unit_id,
                serial,
                span: Span {
                    start: parse_date(&s)?,
                    end: parse_date(&e)?,
                },
            })
        })
        .collect()
}

/// Another active reservation of the unit that `span` would clash with.
pub async fn other_clash(
    tx: &mut Tx,
    unit_id: i32,
    except_reservation: i32,
    span: &Span,
    buffer_days: u32,
) -> Result<Option<Span>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT start_date, end_date FROM reservations WHERE unit_id = ? AND released = 0 AND id <> ?",
    )
    .bind(unit_id)
    .bind(except_reservation)
    .fetch_all(&mut **tx)
    .await?;
    for (s, e) in rows {
        let other = Span {
            start: parse_date(&s)?,
            end: parse_date(&e)?,
        };
        if other.clashes(span, buffer_days) {
            return Ok(Some(other));
        }
    }
    Ok(None)
}

/// The unit is back from its customer: whatever sent it out is over.
/// Returns the items whose reservations it released.
pub async fn release_for_unit(tx: &mut Tx, unit_id: i32) -> Result<Vec<i32>> {
    Ok(sqlx::query_scalar(
        "UPDATE reservations SET released = 1 WHERE unit_id = ? AND released = 0 RETURNING item_id",
    )
    .bind(unit_id)
    .fetch_all(&mut **tx)
    .await?)
}

pub async fn set_span(tx: &mut Tx, reservation_id: i32, span: &Span) -> Result<()> {
    sqlx::query("UPDATE reservations SET start_date = ?, end_date = ? WHERE id = ?")
        .bind(span.start.to_string())
        .bind(span.end.to_string())
        .bind(reservation_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
