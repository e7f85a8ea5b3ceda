//! English: every sentence Rust writes, as people read it in English.

use super::FileTrouble;
use super::{
    as_sentence, conflict_clauses, days, first_problem, fit_in, grouped, rule_fired, slot_day,
    slot_times, specs, Because, Catalogue, Counted, ErrorWords, Invalid, Lang, NotAMove, PaperWord,
    PickWords, Unit,
};
use crate::domain::dates::Planned;
use crate::domain::holding::{CheckInCondition, DueKind, EndKind, HoldingState};
use crate::domain::item::EventKind;
use crate::domain::limits::{HORIZON_DAYS, INVENTORY_DIGITS_MAX, YEAR_MAX, YEAR_MIN};
use crate::domain::matching::Fit;
use crate::domain::order::{OrderStatus, TransactionType};
use crate::domain::reason::{until, Reason};
use crate::domain::resource::{Conflict, ResourceKind, StopKind};
use crate::domain::rules::Field;
use crate::domain::rules::FieldType;
use crate::domain::sheet::SheetKind;
use crate::domain::stock::{UnitAction, UnitCondition, Whereabouts};
use crate::domain::undo::Undo;
use crate::domain::HoldKind;
use crate::domain::ItemStatus;
use crate::read::candidates::Unpickable;
use crate::read::checklist::SetupStepKey;
use crate::read::holdings::NotRequestable;
use crate::read::line_fit::FitSummary;
use crate::read::moves::{Blocked, MoveLabel};
use crate::read::outcome::{Step, Went};
use crate::read::reports::{LateCause, ReportTable, ReportWord};
use crate::read::ColumnKey;
use crate::store::file::{Damage, Foreign};
use crate::Refusal;
use chrono::NaiveDate;

pub(super) struct English;

const TAKEN: &str = "an order taken changes on the board, not by an import";

impl Catalogue for English {
    fn reason(&self, r: &Reason) -> String {
        match r {
            Reason::Submitted => "Submitted".into(),
            Reason::OrderSubmitted { order } => format!("Order {order} submitted"),
            Reason::RuleFired { rule, met, .. } => {
                rule_fired(self, rule, met, |field| format!("not {field}"))
            }
            Reason::NoProductToPick { service } => format!("{service}: no product to pick"),
            Reason::OnlyProductOffered { product, .. } => {
                format!("Only product offered: {product}")
            }
            Reason::OnlyProductMatching {
                specs: s, product, ..
            } => format!("Only product matching {}: {product}", specs(s)),
            Reason::NoProductInCatalog => "No product in the catalog for this service".into(),
            Reason::NoProductMatches { specs: s } => {
                format!("No product matches {}; pick the closest", specs(s))
            }
            Reason::ProductsMatch {
                count,
                specs: s,
                products,
            } => format!(
                "{count} products match {}: {}",
                if s.is_empty() {
                    "(no specs given)".to_string()
                } else {
                    specs(s)
                },
                products.join(", ")
            ),
            Reason::UnitComesBack { transaction_type } => format!(
                "{}: the unit comes back, nothing to reserve",
                self.transaction_type(*transaction_type)
            ),
            Reason::NeedsNoStock { service } => format!("{service} needs no stock"),
            Reason::Reserved {
                product,
                from,
                until,
                serials,
                ..
            } => format!(
                "Reserved {} × {product} ({}): {}",
                serials.len(),
                self.span(*from, *until),
                serials.join(", ")
            ),
            Reason::Shortage {
                product,
                wanted,
                free,
                from,
                unit_cents,
                currency,
                ..
            } => format!(
                "Shortage: {free} of {wanted} × {product} free from {} ({} each); wait, substitute or override",
                self.day(*from, true),
                self.money(*unit_cents, currency)
            ),
            Reason::NothingToConsolidate => {
                "Single-item order: nothing to consolidate, queued for delivery".into()
            }
            Reason::Prepared { with_others: false } => "Prepared: queued for delivery".into(),
            Reason::Prepared { with_others: true } => {
                "Prepared: ships together with the rest of its delivery".into()
            }
            Reason::ScannedInstead { serial, instead_of } => {
                format!("{serial} scanned instead of {instead_of}: the reservation moved to it")
            }
            Reason::HeldBy { by, note } => format!("{note} ({by})"),
            Reason::Released { hold } => format!(
                "Released: {}",
                hold.iter()
                    .map(|r| self.reason(r))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Reason::ShortageOverridden { by, note } => {
                format!("Shortage overridden by {by}: {note}")
            }
            Reason::Approved { by } => format!("Approved by {by}"),
            Reason::Rejected { note } => format!("Rejected: {note}"),
            Reason::SubstitutePicked => "Shortage: substitute picked".into(),
            Reason::ProductPicked {
                by, product, fit: f, ..
            } => format!(
                "{by} picked {product}: {}",
                self.fit(f)
            ),
            Reason::Cancelled { by, note } => format!("Cancelled by {by}: {note}"),
            Reason::OrderCompleted { order, by } => format!("Order {order} completed by {by}"),
            Reason::BackToPreparation { by } => format!("Undo by {by}: back to preparation"),
            Reason::Unscheduled { by, undo } => format!(
                "{} by {by}: back in the delivery queue",
                if *undo {
                    "Undo of scheduling"
                } else {
                    "Unscheduled"
                }
            ),
            Reason::SplitOff { delivery, by } => {
                format!("Split off into delivery {delivery} by {by}")
            }
            Reason::Booked { slot } => format!(
                "Booked with {} on {} {}",
                slot.resource,
                slot_day(self, slot),
                slot_times(slot)
            ),
            Reason::Moved { slot } => format!(
                "Moved to {} on {} {}",
                slot.resource,
                slot_day(self, slot),
                slot_times(slot)
            ),
            Reason::ReservationExtended {
                serial,
                from,
                until,
            } => format!(
                "Reservation of unit {serial} now covers {}, the delivery day included",
                self.span(*from, *until)
            ),
            Reason::Dispatched { by } => format!("Dispatched by {by}"),
            Reason::Delivered { by } => format!("Delivered by {by}"),
            Reason::DeliveryFailed { note } => format!("Delivery failed: {note}"),
            Reason::WayBackRequested {
                transaction_type,
                holding,
                ends,
                note,
            } => {
                let what = match transaction_type {
                    TransactionType::Return => "Return requested",
                    TransactionType::Swap => "Swap requested",
                    TransactionType::Change => "Change requested",
                    TransactionType::Cancellation => "Cancellation requested",
                    TransactionType::Order => "Ordered",
                };
                let mut out = format!("{what} for {holding}");
                if let Some(d) = ends {
                    out.push_str(&format!(", ends {}", self.day(*d, true)));
                }
                if !note.is_empty() {
                    out.push_str(&format!(": {note}"));
                }
                out
            }
            Reason::TakesBackHolding { holding } => {
                format!("Takes back {holding}; nothing to pick")
            }
            Reason::ReplacedBy {
                transaction_type,
                product,
                ..
            } => match transaction_type {
                TransactionType::Change => format!("Changes to {product}"),
                _ => format!("Swaps to {product}"),
            },
            Reason::OtherCategoryAllowed { from, to, note } => {
                format!("Swap from {from} to {to}, another category, allowed: {note}")
            }
            Reason::Collected { by } => format!("Collected by {by}; to check in"),
            Reason::CheckedIn { by, conditions } => {
                format!("Checked in by {by}: {}", conditions.join(", "))
            }
            Reason::Text { text } => text.clone(),
        }
    }

    fn status(&self, s: ItemStatus) -> &'static str {
        s.label()
    }

    fn column(&self, key: ColumnKey) -> (&'static str, &'static str) {
        match key {
            ColumnKey::Approval => ("Approval", "A rule asked for a person's approval"),
            ColumnKey::Assignment => (
                "Service assignment",
                "No single catalog match: pick the product",
            ),
            ColumnKey::Preparation => (
                "Preparation",
                "Stock reserved; picking, packing, configuring",
            ),
            ColumnKey::DeliveryQueue => (
                "Delivery queue",
                "Prepared; an order ships when all its items are ready",
            ),
            ColumnKey::Scheduled => ("Scheduled", "Has a slot with a driver or technician"),
            ColumnKey::InDelivery => ("In delivery", "Out with a driver or technician"),
            ColumnKey::CheckIn => (
                "Check-in",
                "Collected; scan each unit back in with its condition",
            ),
            ColumnKey::ReadyToComplete => (
                "Ready to complete",
                "Delivered; complete the order when all items are",
            ),
            ColumnKey::Done => ("Done", "Completed or cancelled in the last 7 days"),
        }
    }

    /// An English refusal is the sentence written where it arose, with its values.
    fn order_status(&self, s: OrderStatus) -> &'static str {
        s.label()
    }

    fn step(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Created => "Created",
            EventKind::Transition => "Moved",
            EventKind::Hold => "Put on hold",
            EventKind::Release => "Released",
            EventKind::Split => "Split off",
            EventKind::Reschedule => "Rescheduled",
        }
    }

    fn step_done(&self, step: Step) -> &'static str {
        match step {
            Step::PutOnHold => "Put on hold",
            Step::ShortageOverridden => "Shortage overridden",
            Step::HoldReleased => "Hold released",
            Step::Rescheduled => "Rescheduled",
            Step::SplitOff => "Split off",
            Step::Submitted => "Submitted",
            Step::Overridden => "Overridden",
            Step::Rejected => "Rejected",
            Step::Cancelled => "Cancelled",
            Step::Approved => "Approved",
            Step::Assigned => "Assigned",
            Step::Prepared => "Prepared",
            Step::MovedBack => "Moved back",
            Step::Scheduled => "Scheduled",
            Step::Dispatched => "Dispatched",
            Step::Delivered => "Delivered",
            Step::Completed => "Completed",
            Step::Moved => "Moved",
            Step::Saved => "Saved",
        }
    }

    fn undo(&self, u: Undo) -> &'static str {
        match u {
            Undo::BackToPreparing => "Back to Preparing",
            Undo::Unschedule => "Off the schedule, back to Ready for delivery",
            Undo::Release => "Take the hold off",
        }
    }

    fn went(&self, item_ref: &str, went: Went, status: ItemStatus) -> String {
        let moved = match went {
            Went::On => "went on to",
            Went::Back => "went back to",
            Went::To => "moved to",
            Went::Stays => "stays in",
        };
        format!("{item_ref} {moved} {}", self.status(status))
    }

    fn on_hold(&self) -> &'static str {
        "on hold"
    }

    fn refusal(&self, r: &Refusal) -> String {
        r.message.clone()
    }

    fn error(&self, e: &ErrorWords<'_>) -> String {
        match *e {
            ErrorWords::NotFound { entity, id } => format!("{entity} {id} does not exist"),
            ErrorWords::Conflict {
                entity,
                id,
                expected,
                found,
            } => format!(
                "{entity} {id} was changed by someone else (expected version {expected}, found {found}); reload and try again"
            ),
            ErrorWords::OnHold { position, reasons } => format!(
                "item is on hold ({}); release the hold first",
                self.held(position, &Lang::En.reasons(reasons))
            ),
            ErrorWords::IllegalTransition { from, to, reason } => {
                format!(
                    "cannot move from {from} to {to}: {}",
                    self.not_a_move(reason)
                )
            }
        }
    }

    fn invalid(&self, why: &Invalid) -> String {
        match why {
            Invalid::Required => "is required".into(),
            Invalid::ControlCharacters => "contains control characters".into(),
            Invalid::TooLong { n, max } => format!("is {n} characters long; at most {max} allowed"),
            Invalid::NotADate { got } => format!("must be a date like 2026-12-01, got {got}"),
            Invalid::NotATime { got } => {
                format!("must be a time like 2026-12-01T09:00:00Z, got {got}")
            }
            Invalid::NotAnAmount { got } => {
                format!("{got} is not an amount; write it like 1299.00")
            }
            Invalid::Negative => "cannot be negative".into(),
            Invalid::TooManyDecimals { got } => format!("{got} has more than two decimals"),
            Invalid::OutOfRange {
                min,
                max,
                unit,
                got,
            } => {
                let unit = match unit {
                    Unit::None => "",
                    Unit::Units => " units",
                    Unit::Days => " days",
                    Unit::Minutes => " minutes",
                };
                format!("must be {min}–{max}{unit}, got {got}")
            }
            Invalid::NoSuch { entity, id } => format!("no {entity} with id {id}"),
            // — domain —
            Invalid::KeyCharacter { bad } if bad.is_whitespace() => {
                "may hold only letters, digits, '-', '_', '.' and '/', not spaces".into()
            }
            Invalid::KeyCharacter { bad } => {
                format!("may hold only letters, digits, '-', '_', '.' and '/', not {bad:?}")
            }
            Invalid::TooMuch { max_cents } => {
                format!("is more than {}", grouped(*max_cents, ',', '.'))
            }
            Invalid::CodeTaken { code, of } => format!("{code} is already the code of {of}"),
            Invalid::SkuTaken { sku, of } => format!("{sku} is already the SKU of {of}"),
            Invalid::RecurringWithoutMonthly => "a recurring service needs a monthly cost".into(),
            Invalid::OneTimeWithMonthly => {
                "a one-time service has no monthly cost; mark it recurring".into()
            }
            Invalid::NoSuchCategory { got, known } if known.is_empty() => {
                format!("no product is a {got}; add a product of that category first")
            }
            Invalid::NoSuchCategory { got, known } => format!(
                "no product is a {got}; the categories are {}",
                known.join(", ")
            ),
            Invalid::TooMany { what, n, max } => match what {
                Counted::SpecKeys => format!("has {n} keys; at most {max} allowed"),
                Counted::Services => format!("has {n} services; at most {max} allowed"),
                Counted::Specs => format!("has {n} specs; at most {max} allowed"),
                Counted::Skills => format!("{n} skills; at most {max}"),
                Counted::DaysOff => format!("{n} days off; at most {max}"),
                Counted::Conditions => format!("at most {max} conditions"),
            },
            Invalid::SpecKeysWithoutCategory => {
                "spec keys choose a product: give the service a product category first".into()
            }
            Invalid::ListedTwice { what } => format!("{what} is listed twice"),
            Invalid::SpecTwice { key } => format!("spec {key:?} given twice"),
            Invalid::PrerequisiteCircle { basic, path } => format!(
                "{basic} already needs this service first ({}): basic services cannot go round in a circle",
                path.join(" → ")
            ),
            Invalid::ArchivedAlready { name } => format!("{name} is archived already"),
            Invalid::StillNeeded { name, by } => format!(
                "{name} is a basic or linked service of {}; take it off there first",
                by.join(", ")
            ),
            Invalid::NotArchived { name } => format!("{name} is not archived"),
            Invalid::NeedsArchived { names } => {
                let (is, it) = if names.len() == 1 {
                    ("is", "it")
                } else {
                    ("are", "them")
                };
                format!(
                    "it needs or links {}, which {is} archived; restore {it} first or take {it} off",
                    names.join(", ")
                )
            }
            Invalid::SpecNameCharacters { got } => {
                format!("spec name {got} may hold only letters, digits, '_' and '-'")
            }
            Invalid::ListsItself { name } => format!("{name} cannot list itself"),
            Invalid::IsArchived { name } => format!("{name} is archived; restore it first"),
            Invalid::ProductLowerBound => "a product states what it has, not a lower bound".into(),
            Invalid::SpecWithoutName => "every spec needs a name".into(),
            Invalid::BoundNotANumber { got } => format!("\">=\" needs a number, got {got}"),
            Invalid::NoConditions => "a rule needs at least one condition".into(),
            Invalid::OperatorDoesNotApply { field, op } => format!(
                "{} is a {:?} field: operator {} does not apply",
                field.label(),
                field.field_type(),
                op.symbol()
            )
            .to_lowercase(),
            Invalid::NotFinite => "must be a finite number".into(),
            Invalid::TakesOtherType { field } => format!(
                "{} takes {}",
                field.label(),
                match field.field_type() {
                    FieldType::Number => "a number",
                    FieldType::Bool => "yes or no",
                    FieldType::Text => "text",
                }
            ),
            Invalid::NotAClockTime { got } => format!("must be a time like 08:00, got {got}"),
            Invalid::EndsNotAfterStart { end, start } => format!(
                "ends {}, not after the start {}",
                end.format("%H:%M"),
                start.format("%H:%M")
            ),
            Invalid::WorkDays => "pick one to seven days, as 1 (Monday) to 7 (Sunday)".into(),
            Invalid::NotAWholePath { got } => format!(
                "must be a whole path, like /home/anna/Backups or D:\\Backups, got {got}"
            ),
            Invalid::NotACurrency { got } => {
                format!("must be a three-letter currency code like EUR or CHF, got {got}")
            }
            Invalid::NumberCharacters { got } => format!("may hold only {NUMBER_CHARS}, got {got}"),
            Invalid::NoRunningNumber { got } => format!(
                "needs the running number {{seq}} or {{seq:05}}, as in INV-{{seq:05}}; got {got}"
            ),
            Invalid::RunningNumberOpen => "has a {seq without its closing }".into(),
            Invalid::RunningNumberPadding { got } => format!(
                "pads the running number as {{seq:0N}} with N from 1 to {INVENTORY_DIGITS_MAX}, got {{seq{got}}}"
            ),
            Invalid::OneRunningNumber => "has one running number {seq} only".into(),
            Invalid::NumberCharacterAround { bad } => {
                format!("may hold only {NUMBER_CHARS} around {{seq}}, got {bad:?}")
            }
            Invalid::CustomerNumberCharacters { got } => {
                format!("may hold only letters, digits and - _ . / (no spaces), got {got}")
            }
            Invalid::NotAnEmail { got } => {
                format!("not an email address (like name@example.com), got {got}")
            }
            Invalid::PhoneCharacter { bad, got } => format!(
                "may hold only digits, spaces, a leading + and - ( ) / . — {bad:?} is none of them, got {got}"
            ),
            Invalid::PhoneDigits { got } => format!("needs 5 to 15 digits, got {got}"),
            Invalid::YearOutOfRange { day } => format!(
                "{} is not a date the shop can plan for: pick one in {YEAR_MIN}–{YEAR_MAX}",
                self.day(*day, true)
            ),
            Invalid::Past { what, day, today } => format!(
                "{} {}: that is past (today is {})",
                planned(*what),
                self.day(*day, true),
                self.day(*today, true)
            ),
            Invalid::BeyondHorizon { what, day, last } => format!(
                "{} {}: that is more than {HORIZON_DAYS} days ahead (plan until {})",
                planned(*what),
                self.day(*day, true),
                self.day(*last, true)
            ),
            Invalid::WindowEndsBeforeStart { start, end } => {
                format!("ends {end}, before it starts ({start})")
            }
            Invalid::NotACountry { got } => {
                format!("must be an ISO 3166 country code such as DE or AT, got {got}")
            }
            Invalid::SheetUtf16 => {
                "is UTF-16 text; save it from the spreadsheet as \"CSV UTF-8\"".into()
            }
            Invalid::SheetNotUtf8 { line } => format!(
                "is not UTF-8 text (line {line} has a byte UTF-8 does not know); save it from the spreadsheet as \"CSV UTF-8\""
            ),
            Invalid::SheetHeaderUnreadable { error } => {
                format!("has a header that cannot be read: {error}")
            }
            Invalid::SheetEmpty { kind } => format!(
                "is empty; the first row names the columns: {}",
                kind.columns().join(", ")
            ),
            Invalid::SheetUnknownColumn { kind, got } => format!(
                "has a column {got:?} that {} do not have; the columns are {}",
                kind.title().to_lowercase(),
                kind.columns().join(", ")
            ),
            Invalid::SheetColumnTwice { column } => format!("has the column {column} twice"),
            Invalid::SheetNoKeyColumn { kind } => format!(
                "has no column {}, which finds each row's match; the columns are {}",
                kind.key(),
                kind.columns().join(", ")
            ),
            Invalid::CannotCreateFolder { dir, error } => format!("cannot create {dir}: {error}"),
            Invalid::CannotOpen { file, error } => format!("cannot open {file}: {error}"),
            Invalid::NoFileAt { path } => format!("there is no file at {path}"),
            // — usecases —
            Invalid::NotAWayBack => {
                "choose return, swap, change or cancellation; a new order starts on the board"
                    .into()
            }
            Invalid::ChooseHolding => "choose at least one holding".into(),
            Invalid::TooManyHoldings { n, max } => format!("{n} holdings; at most {max} at once"),
            Invalid::ChosenTwice { what } => format!("{what} is chosen twice"),
            Invalid::OtherCustomers {
                holding,
                customer,
                first,
            } => format!("{holding} is {customer}'s, not {first}'s: one customer at a time"),
            Invalid::NoLongerHeld { holding, state } => format!(
                "{holding} is {}: the customer no longer holds it",
                state.label().to_lowercase()
            ),
            Invalid::CameBackWithout { holding, missing } => format!(
                "{holding} came back without {}: decide about what is missing first",
                missing.join(", ")
            ),
            Invalid::UnderWayAlready { order, holding } => {
                format!("order {order} is under way for {holding} already")
            }
            Invalid::NotRecurring { holding } => {
                format!("{holding} is not a recurring service; return it instead")
            }
            Invalid::EndsBeforeStart {
                ends,
                holding,
                started,
            } => format!(
                "ends {}, before {holding} started ({})",
                self.day(*ends, true),
                self.day(*started, true)
            ),
            Invalid::ChooseProductFor { holding } => {
                format!("choose the product {holding} changes to")
            }
            Invalid::NoProductToDeliver { id } => format!("no product with id {id} to deliver"),
            Invalid::HasThatProduct { product } => {
                format!("{product} is what the customer has; a change delivers another product")
            }
            Invalid::OtherCategory {
                product,
                category,
                holding,
                was,
            } => format!(
                "{product} is a {category}, {holding} a {was}: another category needs your reason"
            ),
            Invalid::ChooseCustomer => "choose a customer".into(),
            Invalid::ChooseRecipient => "choose who receives the order".into(),
            Invalid::CustomerArchived { customer } => format!(
                "{customer} is archived; bring it back on the Customers screen to order for it"
            ),
            Invalid::RecipientOfOther { id } => {
                format!("recipient {id} belongs to another customer")
            }
            Invalid::RecipientArchived { name } => {
                format!("{name} is archived; choose someone else who receives the order")
            }
            Invalid::NoItems => "an order needs at least one item".into(),
            Invalid::TooManyItems { n, max } => format!("{n} items; at most {max} per order"),
            Invalid::ChooseService => "choose a service".into(),
            Invalid::ServiceArchived { service } => {
                format!("{service} is archived and can no longer be ordered")
            }
            Invalid::WayBackFromHoldings => "a return, swap, change or cancellation starts from what the customer holds (Customers, Holds)".into(),
            Invalid::NotInCatalog => "is not a product of the catalog".into(),
            Invalid::ArchivedForReceipt => {
                "is archived; restore it in the catalog to receive units of it".into()
            }
            Invalid::NothingScanned => "has nothing scanned to receive".into(),
            Invalid::TooManyScans { n, max } => {
                format!("has {n} scans; at most {max} are received at once")
            }
            Invalid::AlreadyThere { serial } => format!("is where {serial} is already"),
            Invalid::NothingToSplit => "pick at least one item to split off".into(),
            Invalid::TooManyToSplit { n, max } => format!("{n} items; at most {max} in one split"),
            Invalid::ItemListedTwice { item } => format!("item {item} is listed twice"),
            Invalid::SplitsEverything => {
                "splitting off every open item leaves nothing to split from".into()
            }
            Invalid::NotInOrder { item, order } => format!("item {item} is not in order {order}"),
            Invalid::SlotEndsNotAfterStart { end, start } => {
                format!("ends {end}, not after its start {start}")
            }
            Invalid::DearerSayWhy {
                product,
                cents,
                currency,
            } => format!(
                "{product} costs {} more each; say why in a note",
                self.money(*cents, currency)
            ),
            Invalid::ProductArchived { product } => {
                format!("{product} is archived; pick another product")
            }
            Invalid::NotOffered {
                product,
                category,
                service,
            } => format!("{product} is a {category}, not something {service} offers"),
            Invalid::SayWhyDecided { decision } => {
                format!("say why the unit is {}", decision.label())
            }
            Invalid::SayWhyCondition { condition } => {
                format!("say why the unit is {}", condition.label())
            }
            Invalid::DecidedAlready { serial } => format!("{serial} is decided already"),
            Invalid::NotMissing { serial } => format!("{serial} is not missing"),
            Invalid::NoUnitIn { holding, unit } => format!("{holding} has no unit {unit}"),
            Invalid::StillToCheckIn { serials } => {
                format!("still to check in: {}", serials.join(", "))
            }
            Invalid::OnlyWayBackChecksIn => "only a return, swap or change is checked in".into(),
            Invalid::NumberTaken { number, owner } => {
                format!("{number} is already the number of {owner}")
            }
            Invalid::PartArchivedAlready { part, archived } => format!(
                "this {} is {} already",
                part.as_str(),
                if *archived { "archived" } else { "not archived" }
            ),
            Invalid::CatalogArchivedAlready { name, archived } => format!(
                "{name} is {}archived",
                if *archived { "already " } else { "not " }
            ),
            Invalid::OnOrderItems { n } => format!(
                "it is on {n} order item{} already; archive it and add a new one in the other category",
                if *n == 1 { "" } else { "s" }
            ),
            Invalid::CannotWrite { folder, error } => format!("cannot write to {folder}: {error}"),
            Invalid::NotOnOrAfter { from, to } => format!(
                "must be on or after the start ({}), got {}",
                self.day(*from, true),
                self.day(*to, true)
            ),
            Invalid::ReportTooLong { max } => format!("a report covers at most {max} days"),
            Invalid::AtMostAtOnce { n, max } => format!("at most {max} items at once, got {n}"),
            Invalid::NoProductOfCategory { category } => {
                format!("no product of category {category} is offered")
            }
            // — prepare —
            Invalid::ScannedTwice { serial, line } => {
                format!("Scanned twice: line {line} has {serial} already")
            }
            Invalid::UnknownSerial { serial } => {
                format!("Unknown serial: no unit in stock has {serial}")
            }
            Invalid::OtherProduct { serial, is, needs } => {
                format!("{serial} is a {is}; this item needs a {needs}")
            }
            Invalid::UnitInRepair { serial } => format!("{serial} is in repair"),
            Invalid::UnitRetired { serial } => format!("{serial} is retired"),
            Invalid::UnitOutWith {
                serial,
                customer,
                order_number,
            } => format!("{serial} is out with {customer} (order {order_number})"),
            Invalid::UnitReservedFor {
                serial,
                order_number,
                customer,
                span,
            } => format!(
                "{serial} is reserved for order {order_number} ({customer}, {})",
                self.span(span.start, crate::domain::reason::until(span))
            ),
            Invalid::OneTooMany { units: 1 } => {
                "One too many: the item's 1 unit is scanned already".into()
            }
            Invalid::OneTooMany { units } => {
                format!("One too many: all {units} units of the item are scanned already")
            }
            Invalid::ScansOnlyWhilePreparing { status } => format!(
                "are taken while preparing; this item is {}",
                status.label().to_lowercase()
            ),
            Invalid::TakesNoUnits => "are for units from stock; this item takes none".into(),
            Invalid::TooManyToPrepare { n, max } => {
                format!("has {n} scans; at most {max} are taken at once")
            }
            Invalid::ScanMore { missing } => match missing.len() {
                1 => format!("Scan 1 more unit: {}", missing[0]),
                n if n <= 3 => format!("Scan {n} more units: {}", missing.join(", ")),
                n => format!("Scan {n} more units"),
            },
            Invalid::ScanFirst { reserved } => match reserved.len() {
                1 => format!(
                    "are required: scan the unit reserved for this item first ({})",
                    reserved[0]
                ),
                n if n <= 3 => format!(
                    "are required: scan the {n} units reserved for this item first ({})",
                    reserved.join(", ")
                ),
                n => format!("are required: scan the {n} units reserved for this item first"),
            },
            // — import —
            Invalid::OneOf { got, all } if got.is_empty() => {
                format!("is required: one of {}", all.join(", "))
            }
            Invalid::OneOf { got, all } => format!("{got} is not one of {}", all.join(", ")),
            Invalid::OnRowAlready { what, first } => format!("{what} is on row {first} already"),
            Invalid::LineOnRowAlready { line, order, first } => {
                format!("line {line} of {order} is on row {first} already")
            }
            Invalid::DiffersFromFirstRow { first, order } => format!(
                "differs from row {first}, the {}'s first row; leave it empty or write the same",
                if *order { "order" } else { "customer" }
            ),
            Invalid::TakenLineDiffers { was, order } => {
                format!("is {was} on order {order}, taken already; {TAKEN}")
            }
            Invalid::TakenHasNoLine { order, line } => {
                format!("order {order}, taken already, has no line {line}; {TAKEN}")
            }
            Invalid::TooManyLines { order, max } => {
                format!("{order} has more than {max} lines; at most {max} per order")
            }
            Invalid::CustomerNumberRequired => "is required: the customer's number".into(),
            Invalid::NoCustomerNumbered { got } => format!("no customer has the number {got}"),
            Invalid::RecipientRequired => {
                "is required: who receives the order, by email or name".into()
            }
            Invalid::NotTheirPerson {
                got,
                customer,
                people,
            } => match people.is_empty() {
                true => format!("{got} is not one of {customer}'s people (it has none yet)"),
                false => format!(
                    "{got} is not one of {customer}'s people: {}",
                    people.join(", ")
                ),
            },
            Invalid::SeveralPeople {
                n,
                customer,
                got,
                by_email,
            } => format!(
                "{n} of {customer}'s people are {got}; write their {}",
                if *by_email { "name" } else { "email" }
            ),
            Invalid::NotAWholeNumber { min, max, got } => {
                format!("must be a whole number {min}–{max}, got {got}")
            }
            Invalid::WayBackInFile { kind } => format!(
                "a {} starts from what the customer holds (Customers, Holds); a file brings orders",
                kind.as_str()
            ),
            Invalid::NotAnOrderKind { got } => format!("{got} is not order; a file brings orders"),
            Invalid::ServiceCodeRequired => "is required: the service's code".into(),
            Invalid::NoServiceCoded { got } => format!("no service has the code {got}"),
            Invalid::NoAddressOnFile { customer } => {
                format!("is required: {customer} has no address on file")
            }
            Invalid::CategoryOnOrders => {
                "it is on order items already; archive it and add a new one in the other category"
                    .into()
            }
            Invalid::SkuRequired => "is required: the SKU of the unit's product".into(),
            Invalid::NoProductWithSku { got } => format!("no product has the SKU {got}"),
            Invalid::UnitKeepsProduct { serial, product } => {
                format!("{serial} is a unit of {product}; a unit keeps its product")
            }
            Invalid::UnitKeepsInventoryNumber { serial, number } => {
                format!("{serial} has the inventory number {number}; a unit keeps it")
            }
            Invalid::UnitStaysRetired { serial } => {
                format!("{serial} is retired; a retired unit stays retired")
            }
            Invalid::UnitConditionFollows { serial, would } => format!(
                "{serial} would be {}; a unit's condition follows its trail (damaged to repair, good when back)",
                would.as_str()
            ),
            Invalid::AuditTrailNotImported => {
                "the audit trail is written by the app; it is exported, never imported".into()
            }
            Invalid::NothingImported { first, more } => {
                let more = match more {
                    0 => String::new(),
                    1 => " (and 1 more problem)".into(),
                    n => format!(" (and {n} more problems)"),
                };
                format!(
                    "{}{more}; nothing was imported",
                    first_problem(Lang::En, first, "row", "column")
                )
            }
            Invalid::RowUnreadable { error } => format!("cannot be read: {error}"),
            Invalid::RowTooLong { cells, columns } => {
                format!("has {cells} cells; the header names {columns} columns")
            }
            Invalid::NotYesNo { got } => format!("{got} is not yes or no"),
            Invalid::SpecWithoutEquals { part } => {
                format!("{part} has no '='; write specs like cpu=i7; ram=16GB")
            }
            // — receive —
            Invalid::AlreadyInStock { serial, number } => {
                format!("Already in stock: {serial} is {number}")
            }
            Invalid::InventoryNumberGiven { number } => {
                format!("Inventory number {number} is given already")
            }
            Invalid::InventoryNumberOnLine { number, line } => {
                format!("Inventory number {number} is on line {line} already")
            }
            // — receive —
            Invalid::LineCode { field, why } => {
                use crate::domain::stock::LineField;
                let code = match field {
                    LineField::Serial => "Serial",
                    LineField::InventoryNumber => "Inventory number",
                };
                format!("{code} {}", self.invalid(why))
            }
            Invalid::UnitCannot { why } => self.because(why),
        }
    }

    fn field(&self, f: Field) -> &'static str {
        f.label()
    }

    fn transaction_type(&self, t: TransactionType) -> &'static str {
        t.as_str()
    }

    fn weekday_and_day(&self, d: NaiveDate) -> String {
        d.format("%a %-d").to_string()
    }

    fn span(&self, from: NaiveDate, until: Option<NaiveDate>) -> String {
        match until {
            Some(to) => days(self, from, to),
            None => format!("from {} on", self.day(from, true)),
        }
    }

    fn day(&self, d: NaiveDate, year: bool) -> String {
        d.format(if year { "%a %-d %b %Y" } else { "%a %-d %b" })
            .to_string()
    }

    fn money(&self, cents: i64, currency: &str) -> String {
        let amount = grouped(cents.abs(), ',', '.');
        let sign = if cents < 0 { "-" } else { "" };
        match currency {
            "EUR" => format!("{sign}€{amount}"),
            "GBP" => format!("{sign}£{amount}"),
            "USD" => format!("{sign}${amount}"),
            code => format!("{sign}{code} {amount}"),
        }
    }

    fn fit(&self, f: &Fit) -> String {
        fit_in(
            f,
            "matches",
            "differs on",
            "does not state",
            "no specs requested",
            "asked",
        )
    }

    fn decimal(&self, n: f64) -> String {
        format!("{n:.2}")
    }

    fn yes_no(&self, b: bool) -> &'static str {
        if b {
            "yes"
        } else {
            "no"
        }
    }

    fn stop_kind(&self, k: StopKind) -> &'static str {
        k.label()
    }

    fn setup_step(&self, key: SetupStepKey) -> (&'static str, &'static str) {
        match key {
            SetupStepKey::Products => (
                "Add products",
                "what you sell and deliver, with their specs",
            ),
            SetupStepKey::Services => (
                "Add services",
                "what customers order, made of your products",
            ),
            SetupStepKey::Stock => ("Receive stock", "the units you reserve and deliver"),
            SetupStepKey::Customers => (
                "Add customers",
                "who orders, with their people and addresses",
            ),
            SetupStepKey::People => ("Add people", "drivers and technicians who deliver"),
            SetupStepKey::Vans => ("Add vans", "what deliveries go out in"),
        }
    }

    fn unit_condition(&self, c: UnitCondition) -> &'static str {
        c.label()
    }

    fn unit_action(&self, a: UnitAction) -> &'static str {
        a.label()
    }

    fn whereabouts(&self, w: &Whereabouts) -> String {
        w.for_people()
    }

    fn receive(&self, accepted: u32) -> String {
        match accepted {
            0 => "Nothing to receive yet".into(),
            1 => "Receive 1 unit".into(),
            n => format!("Receive {n} units"),
        }
    }

    fn received(&self, units: usize, product: &str, location: &str) -> String {
        let units = match units {
            1 => "1 unit".to_string(),
            n => format!("{n} units"),
        };
        format!("Received {units} of {product} at {location}")
    }

    // — domain —
    fn not_a_move(&self, why: &NotAMove) -> String {
        let lower = |s: ItemStatus| s.label().to_lowercase();
        match why {
            NotAMove::Said(said) => said.clone(),
            NotAMove::ScheduledByBooking => "an item is scheduled by booking it".into(),
            NotAMove::Final { from } => format!("{} is final", from.label()),
            NotAMove::OnlyTo { from, allowed } => format!(
                "from {} an item can only go to {}",
                lower(*from),
                allowed
                    .iter()
                    .map(|s| lower(*s))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            NotAMove::OnlyWayBackCollected => "only a return, swap or change is collected".into(),
            NotAMove::WayBackIsCollected => "what comes back is collected, then checked in".into(),
            NotAMove::CannotBeHeld { status } => {
                format!("a {} item cannot be held", lower(*status))
            }
            // — usecases —
            NotAMove::OnlyAwaitingApproved => {
                "only an item awaiting approval can be approved".into()
            }
            NotAMove::OnlyAwaitingRejected => {
                "only an item awaiting approval can be rejected; cancel it instead".into()
            }
            NotAMove::PickedWhenNeeded => {
                "a product is picked for items needing assignment, or held for a shortage".into()
            }
            NotAMove::OnlyCollectedCheckedIn => "only a collected return is checked in".into(),
            NotAMove::OnlyQueuedScheduled => {
                "only an item in the delivery queue can be scheduled".into()
            }
            NotAMove::OnlyScheduledUnscheduled => "only a scheduled item can be unscheduled".into(),
            NotAMove::OnlyScheduledDispatched => "only a scheduled item can be dispatched".into(),
            NotAMove::OnlyOutComesBack => {
                "only a delivery that is out can come back delivered or failed".into()
            }
        }
    }

    // — moves —

    fn move_label(&self, m: MoveLabel) -> &'static str {
        match m {
            MoveLabel::Approve => "Approve",
            MoveLabel::Reject => "Reject",
            MoveLabel::PickProduct => "Pick the product",
            MoveLabel::OverrideShortage => {
                "Override the shortage: prepare it without reserved units (your reason is logged)"
            }
            MoveLabel::Substitute => "Substitute another product",
            MoveLabel::MarkPrepared => "Mark prepared",
            MoveLabel::Schedule => "Schedule the delivery",
            MoveLabel::Dispatch => "Out for delivery",
            MoveLabel::Reschedule => "Move the booking",
            MoveLabel::Unschedule => "Unschedule",
            MoveLabel::Collected => "Collected",
            MoveLabel::CollectionFailed => "Collection not possible",
            MoveLabel::Delivered => "Delivered",
            MoveLabel::DeliveryFailed => "Delivery failed",
            MoveLabel::CheckIn => "Check in",
            MoveLabel::CompleteOrder => "Complete the order",
            MoveLabel::Release => "Release the hold",
            MoveLabel::Hold => "Put on hold",
            MoveLabel::Cancel => "Cancel",
        }
    }

    fn move_blocked(&self, b: &Blocked) -> String {
        match b {
            Blocked::ShipsWithOrder { ready, of } => format!(
                "ships with its order: {ready} of {of} items are ready; split it to ship part now"
            ),
            Blocked::OnHold { reason } => format!("on hold: {reason}"),
            Blocked::OrderNotDone => {
                "other items of the order are not delivered or cancelled yet".into()
            }
        }
    }

    fn needs(&self, technician: bool, units: i32) -> String {
        let room = match units {
            1 => "room for 1 unit".to_string(),
            n => format!("room for {n} units"),
        };
        if technician {
            format!("a technician, {room}")
        } else {
            format!("{room}, any resource")
        }
    }

    fn conflicts(&self, conflicts: &[Conflict]) -> String {
        as_sentence(&conflict_clauses(self, conflicts))
    }

    fn any_of(&self, category: &str, specs: &str) -> String {
        match specs {
            "" => format!("Any {category}"),
            specs => format!("Any {category} with {specs}"),
        }
    }

    // — usecases —
    fn because(&self, why: &Because) -> String {
        let is = |s: ItemStatus| s.label().to_lowercase();
        match why {
            Because::NotOnHold { item } => format!("item {item} is not on hold"),
            Because::NotCancellable { position, status } => format!(
                "item {position} is {}: record the delivery outcome or a return instead",
                is(*status)
            ),
            Because::NoOpenItems { order } => format!("order {order} has no open items"),
            Because::NotReadyToComplete { order, open } => {
                let open = if open.is_empty() {
                    "it is already completed or cancelled".to_string()
                } else {
                    open.iter()
                        .map(|(position, status, held)| {
                            format!(
                                "item {position} is {}{}",
                                is(*status),
                                if *held { " and on hold" } else { "" }
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!("order {order} is not ready to complete: {open}")
            }
            Because::NotSplittable { item, status } => format!(
                "item {item} is {}: only items not yet scheduled can be split off",
                is(*status)
            ),
            Because::NotScheduled { status } => format!(
                "only a scheduled delivery can be moved; this item is {}",
                is(*status)
            ),
            Because::PartGone { position, status } => format!(
                "part of this delivery is already {} (item {position}); it can no longer be moved",
                is(*status)
            ),
            Because::NothingToBook => "nothing to book".into(),
            Because::ShipsTogether {
                ready,
                of,
                position,
                status,
            } => format!(
                "the order ships together: {ready} of {of} items are ready (item {position} is {}); split it to ship part now",
                is(*status)
            ),
            Because::StockClash {
                serial,
                position,
                other,
                day,
                own,
            } => format!(
                "unit {serial} (item {position}) is reserved {} and cannot also be out on {}; pick a day its reservation covers ({})",
                self.span(other.start, until(other)),
                self.day(*day, true),
                self.span(own.start, until(own))
            ),
            Because::TooFarAhead { opens, days } => format!(
                "the recipients' window opens on {opens}, more than {days} days ahead: suggest a slot nearer the day"
            ),
            Because::BackupBroken { path, first } => {
                format!("{path} does not hold together ({first}): pick another copy")
            }
            // — stock —
            Because::UnitRetiredStays { serial } => {
                format!("{serial} is retired; a retired unit stays where it is")
            }
            Because::UnitOutUntilBack {
                serial,
                customer,
                order,
            } => format!(
                "{serial} is out with {customer} (order {order}); it can be moved, repaired or retired once it is back"
            ),
            Because::UnitReservedMoveFirst {
                serial,
                order,
                customer,
                span,
            } => format!(
                "{serial} is reserved for order {order} ({customer}, {}); move that reservation to another unit first",
                self.span(span.start, until(span))
            ),
            Because::UnitInRepairAlready { serial } => format!("{serial} is in repair already"),
            Because::UnitNotInRepair { serial } => format!("{serial} is not in repair"),
            // — domain —
            Because::OpenElsewhere { file } => format!(
                "{file} is open in another equipflow window: work there, or close that window and try again"
            ),
            Because::ReadOnly { file } => format!(
                "{file} may be read but not written: nothing in it was changed; make the file and its folder writable (or copy it to a folder you may write), then try again"
            ),
            Because::DiskFull { file } => {
                format!("the disk holding {file} is full: free some space on it, then try again")
            }
            Because::NotEquipflow { file, why } => format!(
                "{file} is not an equipflow database ({}): nothing in it was changed; open your shop's own file, or move this one away and try again",
                match why {
                    Foreign::Empty => "it is empty",
                    Foreign::NotADatabase => "it is not a database file",
                    Foreign::OtherTables => "it holds other tables",
                    Foreign::OtherProgram => "another program's tables",
                    Foreign::ChangedEquipflow => "its tables were made by a changed equipflow",
                }
            ),
            Because::Newer { file, changes } => format!(
                "{file} was saved by a newer version of equipflow ({changes} change{} this version does not know): nothing in it was changed; install the newer equipflow on this desk to open it",
                if *changes == 1 { "" } else { "s" }
            ),
            Because::Damaged { file, detail } => format!(
                "{file} is damaged ({}): nothing in it was changed; put your latest backup in its place (the daily copies are in the backups folder beside it), then try again",
                match detail {
                    Damage::Unreadable => "SQLite cannot read it",
                    Damage::CutOff => "an update of its tables was cut off",
                    Damage::Check(said) => said,
                }
            ),
            // — refusals —
            Because::CannotBePicked { product, why } => {
                format!("{product} cannot be picked: {}", self.unpickable(why))
            }
            Because::CannotBook { conflicts } => {
                format!("cannot book this slot: {}", conflict_clauses(self, conflicts))
            }
            Because::BookAnyway { conflicts } => format!(
                "{}. You may book it anyway with a reason.",
                conflict_clauses(self, conflicts)
            ),
        }
    }

    // — papers — (the printed papers, and what a holding's end means)

    fn paper(&self, w: PaperWord) -> &'static str {
        match w {
            PaperWord::DaySheet => "Day sheet",
            PaperWord::DeliveryNote => "Delivery note",
            PaperWord::ReturnReceipt => "Return receipt",
            PaperWord::NothingBooked => "Nothing booked on this day.",
            PaperWord::HandOver => "Hand over",
            PaperWord::BringBack => "Bring back",
            PaperWord::Qty => "Qty",
            PaperWord::SerialNumbers => "Serial numbers",
            PaperWord::SerialNumber => "Serial number",
            PaperWord::InventoryNo => "Inventory no.",
            PaperWord::Condition => "Condition",
            PaperWord::Note => "Note",
            PaperWord::From => "From",
            PaperWord::Address => "Address",
            PaperWord::What => "What",
            PaperWord::NoteForDelivery => "Delivery note",
            PaperWord::ReceivedBy => "Received by",
            PaperWord::Signature => "Signature",
            PaperWord::Until => "until",
            PaperWord::Phone => "Phone",
        }
    }

    fn printed(&self, day: NaiveDate, time: &str) -> String {
        format!("Printed {}, {time}", self.day(day, true))
    }

    fn stops(&self, n: usize) -> String {
        match n {
            0 => "No stops".into(),
            1 => "1 stop".into(),
            n => format!("{n} stops"),
        }
    }

    fn resource_kind(&self, k: ResourceKind) -> &'static str {
        match k {
            ResourceKind::Driver => "Driver",
            ResourceKind::Technician => "Technician",
            ResourceKind::Van => "Van",
        }
    }

    fn note_line(&self, order: &str, day: &str, by: &str) -> String {
        format!("Order {order} · {day} · delivered by {by}")
    }

    fn way_back_kind(&self, t: TransactionType) -> &'static str {
        match t {
            TransactionType::Order => "Order",
            TransactionType::Return => "Return",
            TransactionType::Swap => "Swap",
            TransactionType::Change => "Change",
            TransactionType::Cancellation => "Cancellation",
        }
    }

    fn receipt_line(&self, kind: &str, order: &str, day: &str) -> String {
        format!("{kind} · order {order} · checked in {day}")
    }

    fn check_in_condition(&self, c: Option<CheckInCondition>) -> &'static str {
        match c {
            Some(c) => c.label(),
            None => "not checked in yet",
        }
    }

    fn taken_back(&self, n: usize, complete: bool) -> String {
        match (n, complete) {
            (1, true) => "1 unit taken back".into(),
            (n, true) => format!("{n} units taken back"),
            (n, false) => format!("{n} units expected; not every one is checked in yet"),
        }
    }

    fn page(&self, n: usize, of: usize) -> String {
        format!("Page {n} of {of}")
    }

    fn due(&self, kind: DueKind, end: EndKind, day: NaiveDate) -> String {
        let day = self.day(day, true);
        match (end, kind) {
            (EndKind::BringBack, DueKind::DueBack) => format!("Due back {day}"),
            (EndKind::BringBack, DueKind::Overdue) => format!("Overdue since {day}"),
            (EndKind::ServiceEnds, DueKind::DueBack) => format!("Ends {day}"),
            (EndKind::ServiceEnds, DueKind::Overdue) => format!("Ended {day}"),
        }
    }

    // — prepare —
    fn pick(&self, w: PickWords<'_>) -> String {
        match w {
            PickWords::Expected => "Reserved for this item".into(),
            PickWords::Instead { of } => format!("Instead of {of}: its reservation moves here"),
            PickWords::MarkPrepared => "Mark prepared".into(),
        }
    }

    // — files —
    fn file_trouble(&self, t: FileTrouble<'_>) -> String {
        match t {
            FileTrouble::NoFolder { ext } => format!(
                "Could not save the {}: this desk has no Downloads, Documents or home folder.",
                ext.to_uppercase()
            ),
            FileTrouble::CouldNotSave { ext, folder, os } => {
                format!(
                    "Could not save the {} in {folder}: {os}.",
                    ext.to_uppercase()
                )
            }
            FileTrouble::NamesTaken { ext, folder, stem } => format!(
                "Could not save the {} in {folder}: 999 files are already called {stem}.",
                ext.to_uppercase()
            ),
            FileTrouble::CouldNotMakeFolder { folder, os } => {
                format!("Could not make {folder}: {os}")
            }
            FileTrouble::CouldNotReplace { file, os } => format!("could not replace {file}: {os}"),
            FileTrouble::CouldNotPutBack { file, os } => format!("could not put {file} back: {os}"),
            FileTrouble::CannotKeepLanguage { os } => format!("cannot keep the language: {os}"),
            FileTrouble::Broke { what, why } => format!("Something went wrong in {what}: {why}"),
        }
    }

    // — line fit —
    fn fit_summary(&self, s: FitSummary<'_>) -> String {
        let count = |n: usize| match n {
            1 => "1 product fits".to_string(),
            n => format!("{n} products fit"),
        };
        match s {
            FitSummary::NoneFits { asked } => format!("No product fits {asked}"),
            FitSummary::SoFar { fitting } => format!("{} so far", count(fitting)),
            FitSummary::PickedForYou { fitting } => {
                format!("{}: it is picked for you", count(fitting))
            }
            FitSummary::PersonPicks { fitting } => {
                format!("{}: a person picks one", count(fitting))
            }
        }
    }
    // — reports —

    fn time_span(&self, days: i64, hours: i64, minutes: i64) -> String {
        match (days, hours, minutes) {
            (0, 0, m) => format!("{m} min"),
            (0, h, 0) => format!("{h} h"),
            (0, h, m) => format!("{h} h {m} min"),
            (d, 0, _) => format!("{d} d"),
            (d, h, _) => format!("{d} d {h} h"),
        }
    }

    fn age_buckets(&self) -> [&'static str; 4] {
        ["Under 1 day", "1–3 days", "3–7 days", "7 days or more"]
    }

    fn hold_kind(&self, k: HoldKind) -> &'static str {
        match k {
            HoldKind::Shortage => "Stock shortage",
            HoldKind::Rule => "Held by a rule",
            HoldKind::Manual => "Held by a person",
        }
    }

    fn late_cause(&self, c: LateCause) -> &'static str {
        match c {
            LateCause::WaitedForApproval => "Waited for approval",
            LateCause::Shortage => "Stock shortage",
            LateCause::HeldByPerson => "Held by a person",
            LateCause::FailedDelivery => "A delivery failed",
            LateCause::Rescheduled => "The delivery was rescheduled",
            LateCause::NoneInTrail => "Nothing in the trail held it up",
        }
    }

    fn report_table(&self, t: ReportTable) -> &'static str {
        match t {
            ReportTable::OpenWork => "Open work",
            ReportTable::Holds => "Holds",
            ReportTable::Approvals => "Approvals waiting",
            ReportTable::Delivered => "Delivered",
            ReportTable::CumulativeFlow => "Cumulative flow",
            ReportTable::LeadTimes => "Lead times",
            ReportTable::OnTime => "On time",
            ReportTable::Utilisation => "Utilisation",
            ReportTable::DueBack => "Due back",
            ReportTable::StockUse => "Stock out with customers",
        }
    }

    fn report_word(&self, w: ReportWord) -> &'static str {
        use ReportWord as W;
        match w {
            W::CompletedInPeriod => "Completed in the period",
            W::SubmitToDelivered => "Submit to delivered",
            W::SubmitToCompleted => "Submit to completed",
            W::DecisionPoint => "Decision point",
            W::Column => "Column",
            W::OpenItems => "Open items",
            W::Hold => "Hold",
            W::Items => "Items",
            W::Order => "Order",
            W::Item => "Item",
            W::Title => "Title",
            W::WaitingHours => "Waiting (hours)",
            W::Waiting => "Waiting",
            W::Delivered => "Delivered",
            W::OnTime => "On time",
            W::Late => "Late",
            W::Early => "Early",
            W::Day => "Day",
            W::Group => "Group",
            W::Figure => "Figure",
            W::MedianHours => "Median (hours)",
            W::P85Hours => "85th percentile (hours)",
            W::SlowestItem => "Slowest item",
            W::LeadTime => "Lead time",
            W::Service => "Service",
            W::Customer => "Customer",
            W::WindowEnds => "Window ends",
            W::DaysLate => "Days late",
            W::Why => "Why",
            W::Resource => "Resource",
            W::BookedHours => "Booked (hours)",
            W::WorkingHours => "Working (hours)",
            W::BookedPercent => "Booked (%)",
            W::Person => "Person",
            W::What => "What",
            W::Quantity => "Quantity",
            W::Serials => "Serials",
            W::Ends => "Ends",
            W::Due => "Due",
            W::Product => "Product",
            W::Sku => "SKU",
            W::Units => "Units",
            W::UnitDays => "Unit days",
            W::DaysOut => "Days out",
            W::OutPercent => "Out (%)",
        }
    }

    // — import —

    fn imported(&self, kind: SheetKind, new: u32, changed: u32, unchanged: u32) -> String {
        let n = new + changed + unchanged;
        let what = match (kind, n) {
            (SheetKind::Products, 1) => "product",
            (SheetKind::Products, _) => "products",
            (SheetKind::Services, 1) => "service",
            (SheetKind::Services, _) => "services",
            (SheetKind::StockUnits, 1) => "stock unit",
            (SheetKind::StockUnits, _) => "stock units",
            (SheetKind::Customers, 1) => "customer",
            (SheetKind::Customers, _) => "customers",
            (SheetKind::OpenOrders, 1) => "order line",
            (SheetKind::OpenOrders, _) => "order lines",
            (SheetKind::AuditTrail, 1) => "audit trail entry",
            (SheetKind::AuditTrail, _) => "audit trail entries",
        };
        format!("Imported {n} {what}: {new} new, {changed} changed, {unchanged} unchanged")
    }

    /// The words the preview always had: the file's own for kinds and states.
    fn import_line(&self, l: &crate::read::import::ImportLine) -> String {
        use crate::domain::sheet::yes_no;
        use crate::read::import::ImportLine as L;
        match l {
            L::Value(v) | L::Edited(v) => v.clone(),
            L::OrderLine { order, line } => format!("{order} line {line}"),
            L::Price(cents) => crate::domain::text::money(*cents),
            L::Offer { kind, offer } => format!("{}, {}", kind.as_str(), offer.as_str()),
            L::State(s) => s.as_str().into(),
            L::Days { from, to } => days(self, *from, *to),
            L::PersonAdded(name) => format!("person {name}"),
            L::AddressAdded {
                line1,
                postal_code,
                city,
            } => format!("address {line1}, {postal_code} {city}"),
            L::PartAdded(part) => format!("{} added", part.as_str()),
            L::PartEdited(part, field) => format!("{} {field}", part.as_str()),
            L::Archived { was, is } => format!("archived: {} → {}", yes_no(*was), yes_no(*is)),
            L::Moved { from, to } => format!("location: {from} → {to}"),
            L::StateChanged { from, to } => format!("state: {} → {}", from.as_str(), to.as_str()),
            L::Changed(c) => self.change(c),
        }
    }

    // — refusals —

    fn held(&self, position: Option<i32>, reasons: &str) -> String {
        match position {
            Some(p) => format!("item {p}: {reasons}"),
            None => reasons.into(),
        }
    }

    fn holding_state(&self, s: HoldingState) -> &'static str {
        s.label()
    }

    fn not_requestable(&self, why: &NotRequestable) -> String {
        match why {
            NotRequestable::UnderWay { order } => format!("order {order} is under way for it"),
            NotRequestable::NotHeld { state } => {
                format!("it is {}", self.holding_state(*state).to_lowercase())
            }
            NotRequestable::MissingUndecided => "a missing unit waits for your decision".into(),
        }
    }

    fn unpickable(&self, why: &Unpickable) -> String {
        match why {
            Unpickable::HasNow => {
                "the product it has now: waiting for it is the hold itself".into()
            }
            Unpickable::TooFew { free, wanted, span } => format!(
                "only {free} of {wanted} free {}",
                self.span(span.start, until(span))
            ),
        }
    }

    fn conflict(&self, c: &Conflict) -> String {
        match c {
            Conflict::SpansDays => "a booking must start and end on the same day".into(),
            Conflict::NotAWorkDay { resource, day } => {
                format!("{resource} does not work on {}", day.format("%A"))
            }
            Conflict::DayOff { resource, day } => {
                format!("{resource} is off on {}", self.day(*day, true))
            }
            Conflict::OutsideHours {
                resource,
                slot,
                start,
                end,
            } => format!(
                "{}–{} is outside {resource}'s working hours {}–{}",
                slot.start.format("%H:%M"),
                slot.end.format("%H:%M"),
                start.format("%H:%M"),
                end.format("%H:%M")
            ),
            Conflict::Capacity {
                resource,
                units,
                capacity,
            } => format!("{units} units exceed {resource}'s capacity of {capacity}"),
            Conflict::Skill { resource, kind } => format!(
                "the job needs a technician; {resource} is a {}",
                kind.as_str()
            ),
            Conflict::OutsideWindow { from, to, day } => format!(
                "the recipient asked for {}, not {}",
                days(self, *from, *to),
                self.day(*day, true)
            ),
            Conflict::Overlap { resource, booked } => format!(
                "{resource} is already booked {}–{}",
                booked.start.format("%a %H:%M"),
                booked.end.format("%H:%M")
            ),
            Conflict::TravelBuffer {
                resource,
                booked,
                minutes,
            } => format!(
                "{resource} has a job {}–{}, leaving less than the {minutes} min travel between jobs",
                booked.start.format("%a %H:%M"),
                booked.end.format("%H:%M")
            ),
        }
    }

    // — trail —

    fn unit_step(&self, s: &crate::domain::unit_step::UnitStep) -> String {
        use crate::domain::holding::MissingDecision as D;
        use crate::domain::unit_step::{Release, UnitStep as S};
        match s {
            S::Received {
                location,
                inventory_number,
            } => format!("Received at {location} as {inventory_number}"),
            S::Moved { from, to } => format!("Moved from {from} to {to}"),
            S::ToRepair { note } => format!("Sent to repair: {note}"),
            S::BackFromRepair => "Back from repair".into(),
            S::Retired { note } => format!("Retired: {note}"),
            S::Reserved { order, from, until } => {
                format!("Reserved for order {order}, {}", self.span(*from, *until))
            }
            S::ReservedInstead {
                order,
                from,
                until,
                instead_of,
            } => format!(
                "Reserved for order {order}, {}, instead of {instead_of} (scanned when preparing)",
                self.span(*from, *until)
            ),
            S::Released { order, why } => {
                let why = match why {
                    Release::ItemRejected => "the item was rejected".to_string(),
                    Release::ItemCancelled => "the item was cancelled".to_string(),
                    Release::ScannedInstead { serial } => {
                        format!("{serial} scanned instead when preparing")
                    }
                    Release::BackWith { order } => format!("back with order {order}"),
                };
                format!("Released from order {order}: {why}")
            }
            S::Delivered { order, by } => format!("Delivered with order {order} by {by}"),
            S::Collected { order, by } => {
                format!("Collected with order {order} by {by}; to check in")
            }
            S::CheckedIn {
                order,
                condition,
                note,
            } => match condition {
                CheckInCondition::Good => {
                    format!("Checked in good with order {order}; back in stock")
                }
                CheckInCondition::Damaged => {
                    format!("Checked in damaged with order {order}: {note}; to repair")
                }
                CheckInCondition::Missing => {
                    format!("Missing at check-in of order {order}: {note}; retired")
                }
            },
            S::MissingDecided {
                decision,
                note,
                customer,
            } => match decision {
                D::FoundGood => format!("Found after all: {note}; back in stock"),
                D::FoundDamaged => format!("Found after all: {note}; to repair"),
                D::WrittenOff => format!("Written off: {note}"),
                D::Charged => format!("Charged to {customer}: {note}"),
            },
        }
    }

    fn change(&self, c: &crate::domain::change::Change) -> String {
        use crate::domain::change::ChangeField as F;
        let field = match c.field {
            F::Code => "code",
            F::Name => "name",
            F::Kind => "kind",
            F::OfferType => "offer type",
            F::Recurring => "recurring",
            F::RequiresApproval => "requires approval",
            F::OneTimeCost => "one-time cost",
            F::MonthlyCost => "monthly cost",
            F::ProductCategory => "product category",
            F::RequiredSpecs => "required specs",
            F::NeedsTechnician => "needs a technician",
            F::BasicServices => "basic services",
            F::LinkedServices => "linked services",
            F::Sku => "SKU",
            F::Category => "category",
            F::Specs => "specs",
            F::UnitPrice => "unit price",
        };
        let value = |v| super::field_value(self, v, "none", "mandatory", (',', '.'));
        format!("{field}: {} → {}", value(&c.old), value(&c.new))
    }
}

// — domain —
/// What an order or inventory number may hold besides digits.
const NUMBER_CHARS: &str = "letters A–Z, digits and - _ / .";

/// The day a refusal holds against today, by what lies on it.
fn planned(what: Planned) -> &'static str {
    match what {
        Planned::Day => "the day",
        Planned::Booking => "the booking is on",
        Planned::WindowEnd => "the window ends",
    }
}
