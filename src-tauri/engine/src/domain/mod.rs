//! Pure domain: entities, the item status machine, the rules engine, service
//! matching, stock availability and order status. No IO, no async, no Tauri.

pub mod backup;
pub mod catalog;
pub mod change;
pub mod customer;
pub mod dates;
pub mod holding;
pub mod item;
pub mod limits;
pub mod matching;
pub mod order;
pub mod picking;
pub mod planning;
pub mod reason;
pub mod resource;
pub mod rules;
pub mod settings;
pub mod sheet;
pub mod shop_time;
pub mod status;
pub mod stock;
pub mod text;
pub mod undo;
pub mod unit_step;
pub mod words;

pub use item::{Hold, HoldKind, Item, Transition, TransitionError};
pub use reason::Reason;
pub use status::{DecisionPoint, ItemStatus};
