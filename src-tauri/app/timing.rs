//! Where a start's time goes: with `EQUIPFLOW_TIMING` set, the app writes to
//! stderr how long after `main` began each step of the start ended and each
//! command answered (scripts/measure.sh reads it). Without it nothing is
//! written and nothing is measured.

use std::fmt::Display;
use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Option<Instant>> = OnceLock::new();

fn started() -> Option<Instant> {
    *STARTED.get_or_init(|| std::env::var_os("EQUIPFLOW_TIMING").map(|_| Instant::now()))
}

/// Called first thing in `main`: the moment the other marks count from.
pub fn begin() {
    started();
}

/// Whether marks are written at all.
pub fn on() -> bool {
    started().is_some()
}

/// "equipflow: +123 ms what" on stderr, when timing is on.
pub fn mark(what: impl Display) {
    if let Some(t0) = started() {
        eprintln!("equipflow: +{} ms {what}", t0.elapsed().as_millis());
    }
}
