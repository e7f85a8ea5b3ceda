use super::Tx;
use crate::domain::stock::{Span, UnitAvailability, UnitState};
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
    let rows: Vec<UnitReservationRow> = sqlx::query_as(
        "SELECT u.id, u.serial, u.state, r.start_date, r.end_date
         FROM stock_units u
         LEFT JOIN reservations r ON r.unit_id = u.id AND r.released = 0 AND r.end_date >= ?
         WHERE u.product_id = ?
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

/// Releases the item's reservations; returns how many were active.
pub async fn release_for_item(tx: &mut Tx, item_id: i32) -> Result<u64> {
    Ok(
        sqlx::query("UPDATE reservations SET released = 1 WHERE item_id = ? AND released = 0")
            .bind(item_id)
            .execute(&mut **tx)
            .await?
            .rows_affected(),
    )
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

pub async fn insert_unit<'e>(
    ex: impl SqliteExecutor<'e>,
    product_id: i32,
    serial: &str,
    inventory_number: &str,
    location: &str,
    state: UnitState,
) -> Result<i32> {
    Ok(sqlx::query_scalar(
        "INSERT INTO stock_units (product_id, serial, inventory_number, location, state) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(product_id)
    .bind(serial)
    .bind(inventory_number)
    .bind(location)
    .bind(state.as_str())
    .fetch_one(ex)
    .await?)
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

pub async fn set_span(tx: &mut Tx, reservation_id: i32, span: &Span) -> Result<()> {
    sqlx::query("UPDATE reservations SET start_date = ?, end_date = ? WHERE id = ?")
        .bind(span.start.to_string())
        .bind(span.end.to_string())
        .bind(reservation_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
