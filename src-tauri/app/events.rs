//! Events the app sends to every open window.

use serde::{Deserialize, Serialize};

/// Something in the database changed; `reason` names the command.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct DataChanged {
    pub reason: String,
}
