//! Drivers, technicians and vans as staff create and edit them.

use super::Ctx;
use crate::domain::resource::{Resource, ResourceKind};
use crate::store::{resources, Db};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ResourceInput {
    pub name: String,
    pub kind: ResourceKind,
    #[serde(default)]
    pub skills: Vec<String>,
    pub capacity: i32,
    /// "08:00"
    pub work_start: String,
    pub work_end: String,
    /// ISO weekdays, 1 = Monday.
    pub work_days: Vec<i32>,
    /// ISO dates the resource is off.
    #[serde(default)]
    pub days_off: Vec<String>,
}

fn parse(id: i32, i: &ResourceInput) -> Result<Resource> {
    Resource::parse(
        id,
        &i.name,
        i.kind,
        &i.skills,
        i.capacity,
        &i.work_start,
        &i.work_end,
        &i.work_days,
        &i.days_off,
    )
}

pub async fn create_resource(db: &Db, _ctx: &Ctx, input: ResourceInput) -> Result<i32> {
    let r = parse(0, &input)?;
    let mut tx = db.begin_write().await?;
    let id = resources::insert(&mut *tx, &r).await?;
    tx.commit().await?;
    Ok(id)
}

/// Edits a resource. Existing bookings stay; the next scheduling checks the new hours.
pub async fn update_resource(
    db: &Db,
    _ctx: &Ctx,
    id: i32,
    expected_version: i32,
    input: ResourceInput,
) -> Result<i32> {
    let r = parse(id, &input)?;
    let mut tx = db.begin_write().await?;
    let found = resources::version(&mut *tx, id).await?;
    if !resources::update(&mut *tx, &r, expected_version).await? {
        return Err(Error::Conflict {
            entity: "resource",
            id: id.into(),
            expected: expected_version,
            found,
        });
    }
    tx.commit().await?;
    Ok(expected_version + 1)
}
