//! Money as read models send it: cents and the shop's currency, written for
//! people by the UI in the desk's locale ("€1,080.00", "1.080,00 €").

use crate::domain::words;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// specta sends no i64 to TypeScript; an amount beyond ±21 million stops there.
    pub cents: i32,
    /// ISO 4217, the shop's (`ReferenceData.currency`).
    pub currency: String,
}

impl Money {
    pub fn new(cents: i64, currency: &str) -> Self {
        Money {
            cents: cents.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
            currency: currency.to_string(),
        }
    }

    /// As the sentences Rust writes show it ("€1,080.00").
    pub fn for_people(&self) -> String {
        words::money(self.cents.into(), &self.currency)
    }
}
