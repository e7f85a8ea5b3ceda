//! Every limit on what a person or a caller may send, in one table. Text
//! limits count characters after normalisation (see [`super::text`]).

// Text, in characters.

/// A reason or a note on one step: hold, release, cancel, reject, approve,
/// a failed delivery, a shortage or a booking overridden.
pub const REASON_MAX: usize = 500;
/// A stock unit's serial and inventory number (what a barcode holds), and where units are kept.
pub const SERIAL_MAX: usize = 60;
pub const LOCATION_MAX: usize = 80;
/// The note on an order (delivery instructions and the like).
pub const ORDER_NOTE_MAX: usize = 2000;
/// A resource's or a rule's name.
pub const NAME_MAX: usize = 80;
/// A rule's description.
pub const DESCRIPTION_MAX: usize = 500;
/// The text a rule's condition compares with.
pub const RULE_TEXT_MAX: usize = 100;
/// One skill of a resource.
pub const SKILL_MAX: usize = 40;
/// A spec's name ("ram") and its value ("16GB", ">=16").
pub const SPEC_KEY_MAX: usize = 40;
pub const SPEC_VALUE_MAX: usize = 100;
/// Address fields, as Equipme limits them.
pub const ADDRESS_LINE_MAX: usize = 100;
pub const POSTAL_CODE_MAX: usize = 30;
pub const CITY_MAX: usize = 100;
pub const ADDRESS_ADDITION_MAX: usize = 1500;
/// A customer's number, its natural key ("C-00042").
pub const CUSTOMER_NUMBER_MAX: usize = 30;
/// A customer's or a person's name.
pub const PARTY_NAME_MAX: usize = 120;
/// An email address (RFC 5321's path limit) and a phone number.
pub const EMAIL_MAX: usize = 254;
pub const PHONE_MAX: usize = 30;
/// A service's code ("LAPTOP-BUY"), a product's SKU and a product category.
pub const CODE_MAX: usize = 40;
pub const CATEGORY_MAX: usize = 40;
/// The shop's order number prefix ("EF-") and inventory number pattern ("INV-{seq:05}").
pub const ORDER_PREFIX_MAX: usize = 10;
pub const INVENTORY_PATTERN_MAX: usize = 40;
/// An order's reference in the file it came from (the old system's number).
pub const ORDER_REFERENCE_MAX: usize = 60;
/// A folder's whole path (Windows' long paths stop near here too).
pub const FOLDER_PATH_MAX: usize = 1000;
/// How much of a value a message repeats back.
pub const ECHO_MAX: usize = 40;

// Lists, in entries.

/// Items of one order, and item ids in one call.
pub const ITEMS_MAX: usize = 100;
/// Units received in one go (one delivery note).
pub const RECEIVE_MAX: usize = 500;
pub const SPECS_MAX: usize = 20;
pub const SKILLS_MAX: usize = 20;
/// Single days off of a resource: a year and some.
pub const DAYS_OFF_MAX: usize = 400;
pub const CONDITIONS_MAX: usize = 10;
/// A service's basic services, and its linked services.
pub const CATALOG_LINKS_MAX: usize = 20;

// Numbers.

pub const QUANTITY_MAX: i32 = 1000;
pub const CAPACITY_MAX: i32 = 1000;
/// A price or a cost in the catalog, in cents: up to 1,000,000.00.
pub const PRICE_MAX_CENTS: i32 = 100_000_000;
/// Days a returned unit rests before its next booking; minutes between two stops.
pub const STOCK_BUFFER_DAYS_MAX: i32 = 30;
pub const TRAVEL_BUFFER_MINUTES_MAX: i32 = 240;
/// Digits of an inventory number's running number.
pub const INVENTORY_DIGITS_MAX: usize = 12;

// Dates.

/// The years a date of the shop may fall in; anything else is a typing slip.
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;
/// How far ahead of today a delivery window may end and a booking may lie.
pub const HORIZON_DAYS: u64 = 366;
