//! equipflow's core: everything the app decides and stores, with no Tauri in it.
//!
//! Layers, dependencies pointing down only:
//! - [`domain`]: pure rules and state machines, no IO.
//! - [`store`]: SQLite through sqlx; the only place that writes SQL.
//! - [`usecases`]: one function per user action, each one transaction.
//! - [`read`]: the projections the UI draws (board, timeline) and command inputs.
//! - [`print`]: printable documents made from the read models, as PDF.

pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod print;
pub mod read;
pub mod store;
pub mod usecases;

pub use error::{Error, Refusal, RefusalKind, Result};
pub use store::Db;
pub use usecases::Ctx;
