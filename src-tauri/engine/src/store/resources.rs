//! Drivers, technicians and vans, and their bookings.

use super::Tx;
use crate::domain::resource::{Resource, ResourceKind, Slot};
use crate::domain::shop_time::{self, Zone};
use crate::{Error, Result};
use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc};
use sqlx::{FromRow, SqliteExecutor};

#[derive(FromRow)]
struct ResourceRow {
    id: i32,
    name: String,
    kind: String,
    skills: String,
    capacity: i64,
    work_start: String,
    work_end: String,
    work_days: String,
    days_off: String,
}

impl TryFrom<ResourceRow> for Resource {
    type Error = Error;
    fn try_from(r: ResourceRow) -> Result<Resource> {
        let time = |t: &str| {
            NaiveTime::parse_from_str(t, "%H:%M")
                .map_err(|_| Error::Corrupt(format!("resource time {t}")))
        };
        Ok(Resource {
            id: r.id,
            kind: ResourceKind::parse(&r.kind)
                .ok_or_else(|| Error::Corrupt(format!("resource kind {}", r.kind)))?,
            name: r.name,
            skills: serde_json::from_str(&r.skills)?,
            capacity: u32::try_from(r.capacity).map_err(|_| Error::Corrupt("capacity".into()))?,
            work_start: time(&r.work_start)?,
            work_end: time(&r.work_end)?,
            work_days: serde_json::from_str(&r.work_days)?,
            days_off: serde_json::from_str(&r.days_off)?,
        })
    }
}

/// Binds a resource's editable fields in column order: name, kind, skills,
/// capacity, work_start, work_end, work_days, days_off. A macro because
/// `query` and `query_scalar` are different builder types.
macro_rules! bind_fields {
    ($q:expr, $r:expr) => {
        $q.bind(&$r.name)
            .bind($r.kind.as_str())
            .bind(serde_json::to_string(&$r.skills)?)
            .bind($r.capacity as i64)
            .bind($r.work_start.format("%H:%M").to_string())
            .bind($r.work_end.format("%H:%M").to_string())
            .bind(serde_json::to_string(&$r.work_days)?)
            .bind(serde_json::to_string(&$r.days_off)?)
    };
}

pub async fn get<'e>(ex: impl SqliteExecutor<'e>, id: i32) -> Result<Resource> {
    sqlx::query_as::<_, ResourceRow>("SELECT * FROM resources WHERE id = ?")
        .bind(id)
        .fetch_optional(ex)
        .await?
        .ok_or_else(|| Error::not_found("resource", id))?
        .try_into()
}

pub async fn list<'e>(ex: impl SqliteExecutor<'e>) -> Result<Vec<Resource>> {
    sqlx::query_as::<_, ResourceRow>("SELECT * FROM resources ORDER BY id")
        .fetch_all(ex)
        .await?
        .into_iter()
        .map(Resource::try_from)
        .collect()
}

pub async fn insert<'e>(ex: impl SqliteExecutor<'e>, r: &Resource) -> Result<i32> {
    let q = sqlx::query_scalar(
        "INSERT INTO resources (name, kind, skills, capacity, work_start, work_end, work_days, days_off)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    );
    Ok(bind_fields!(q, r).fetch_one(ex).await?)
}

fn parse_at(s: &str) -> Result<DateTime<Utc>> {
    s.parse()
        .map_err(|_| Error::Corrupt(format!("booking time {s}")))
}

/// The resource's bookings on the slot's day, so travel buffers can be checked;
/// `except` leaves out the booking being moved.
pub async fn bookings_near(
    tx: &mut Tx,
    resource_id: i32,
    slot: &Slot,
    except: Option<i32>,
    zone: Zone,
) -> Result<Vec<Slot>> {
    let day_start = slot.start.date().and_time(NaiveTime::MIN);
    bookings_between(
        tx,
        resource_id,
        day_start,
        day_start + chrono::Duration::days(1),
        except,
        zone,
    )
    .await
}

/// A slot's ends as stored: UTC instants.
fn stored(slot: &Slot, zone: Zone) -> (String, String) {
    (
        shop_time::wall_to_instant(slot.start, zone).to_rfc3339(),
        shop_time::wall_to_instant(slot.end, zone).to_rfc3339(),
    )
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_booking(
    tx: &mut Tx,
    resource_id: i32,
    order_id: i32,
    group: i32,
    slot: &Slot,
    override_reason: Option<&str>,
    now: &str,
    zone: Zone,
) -> Result<i32> {
    let (start, end) = stored(slot, zone);
    Ok(sqlx::query_scalar(
        "INSERT INTO bookings (resource_id, order_id, delivery_group, start_at, end_at, override_reason, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(resource_id)
    .bind(order_id)
    .bind(group)
    .bind(start)
    .bind(end)
    .bind(override_reason)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?)
}

/// Moves or resizes a booking in place; its items keep pointing at it.
pub async fn move_booking(
    tx: &mut Tx,
    booking_id: i32,
    resource_id: i32,
    slot: &Slot,
    override_reason: Option<&str>,
    zone: Zone,
) -> Result<()> {
    let (start, end) = stored(slot, zone);
    sqlx::query(
        "UPDATE bookings SET resource_id = ?, start_at = ?, end_at = ?, override_reason = ? WHERE id = ?",
    )
    .bind(resource_id)
    .bind(start)
    .bind(end)
    .bind(override_reason)
    .bind(booking_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes a booking no item points at any more.
pub async fn delete_booking_if_empty(tx: &mut Tx, booking_id: i32) -> Result<()> {
    sqlx::query("DELETE FROM bookings WHERE id = ? AND NOT EXISTS (SELECT 1 FROM items WHERE booking_id = ?)")
        .bind(booking_id)
        .bind(booking_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The resource's bookings that overlap `[from, to)` of the shop's wall clock,
/// leaving out `except`.
pub async fn bookings_between(
    tx: &mut Tx,
    resource_id: i32,
    from: NaiveDateTime,
    to: NaiveDateTime,
    except: Option<i32>,
    zone: Zone,
) -> Result<Vec<Slot>> {
    let (from, to) = (
        shop_time::wall_to_instant(from, zone),
        shop_time::wall_to_instant(to, zone),
    );
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT start_at, end_at FROM bookings
         WHERE resource_id = ? AND start_at < ? AND end_at > ? AND id IS NOT ?",
    )
    .bind(resource_id)
    .bind(to.to_rfc3339())
    .bind(from.to_rfc3339())
    .bind(except)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|(s, e)| {
            Ok(Slot {
                start: shop_time::local(parse_at(s)?, zone),
                end: shop_time::local(parse_at(e)?, zone),
            })
        })
        .collect()
}

/// Writes an edited resource if nobody changed it since `expected_version`.
pub async fn update<'e>(
    ex: impl SqliteExecutor<'e>,
    r: &Resource,
    expected_version: i32,
) -> Result<bool> {
    let q = sqlx::query(
        "UPDATE resources SET name = ?, kind = ?, skills = ?, capacity = ?, work_start = ?, work_end = ?, work_days = ?,
            days_off = ?, version = version + 1
         WHERE id = ? AND version = ?",
    );
    let done = bind_fields!(q, r)
        .bind(r.id)
        .bind(expected_version)
        .execute(ex)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn version<'e>(ex: impl SqliteExecutor<'e>, id: i32) -> Result<i32> {
    sqlx::query_scalar("SELECT version FROM resources WHERE id = ?")
        .bind(id)
        .fetch_optional(ex)
        .await?
        .ok_or_else(|| Error::not_found("resource", id))
}
