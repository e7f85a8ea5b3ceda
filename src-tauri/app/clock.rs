//! The desk's clock and time zone: what "now" and "today" are for every command.

use chrono::{DateTime, Utc};
use engine::domain::shop_time::{self, Zone};
use engine::Ctx;

/// Real time in the desk's zone. A debug build (the one the end-to-end tests
/// run) starts its clock at `EQUIPFLOW_NOW` (RFC 3339) when set, and lets it
/// run on from there, so a test can be a Monday 00:05 on any day. Release
/// builds ignore it.
#[derive(Debug, Clone)]
pub struct Clock {
    offset: chrono::Duration,
    /// A clock that stands still (tests that compare whole answers).
    frozen: Option<DateTime<Utc>>,
    pub zone: Zone,
}

impl Clock {
    pub fn from_env() -> Clock {
        let offset = if cfg!(debug_assertions) {
            std::env::var("EQUIPFLOW_NOW")
                .ok()
                .and_then(|s| DateTime::parse_from_rfc3339(s.trim()).ok())
                .map(|start| start.with_timezone(&Utc) - Utc::now())
                .unwrap_or_default()
        } else {
            chrono::Duration::zero()
        };
        Clock {
            offset,
            frozen: None,
            zone: desk_zone(),
        }
    }

    /// A clock that reads `start` now and runs on from there, in `zone`.
    pub fn starting_at(start: DateTime<Utc>, zone: Zone) -> Clock {
        Clock {
            offset: start - Utc::now(),
            frozen: None,
            zone,
        }
    }

    /// A clock that always reads `at`, in `zone`.
    pub fn frozen(at: DateTime<Utc>, zone: Zone) -> Clock {
        Clock {
            offset: chrono::Duration::zero(),
            frozen: Some(at),
            zone,
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.frozen.unwrap_or_else(|| Utc::now() + self.offset)
    }

    pub fn ctx(&self, actor: &str) -> Ctx {
        Ctx::new(actor, self.now()).in_zone(self.zone)
    }
}

/// The zone this desk's days turn over in: `TZ` when it names one (as on
/// Linux and macOS), else the operating system's setting, else UTC.
fn desk_zone() -> Zone {
    std::env::var("TZ")
        .ok()
        .and_then(|tz| shop_time::parse_zone(tz.trim_start_matches(':')))
        .or_else(|| {
            iana_time_zone::get_timezone()
                .ok()
                .and_then(|name| shop_time::parse_zone(&name))
        })
        .unwrap_or(shop_time::UTC)
}
