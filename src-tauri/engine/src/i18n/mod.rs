//! The languages people read equipflow in, and every sentence Rust writes for
//! them, from one catalogue per language: `en.rs` and `de.rs`, each a
//! [`Catalogue`]. A catalogue is a trait with a method per kind of sentence
//! and an exhaustive `match` per enum inside, so a missing key (a reason kind,
//! a status, a refusal without its German) does not compile; the tests render
//! every key in both languages and check that German is not English left over.
//!
//! The store keeps the English sentences beside the reasons' kinds (what the
//! board's SQL reads fastest); other languages render from the kinds.

mod de;
mod en;

use crate::domain::customer::CustomerPart;
use crate::domain::dates::Planned;
use crate::domain::holding::{CheckInCondition, DueKind, EndKind, HoldingState, MissingDecision};
use crate::domain::item::EventKind;
use crate::domain::matching::Fit;
use crate::domain::order::{OrderStatus, TransactionType};
use crate::domain::reason::{BookedSlot, ConditionMet, Reason};
use crate::domain::resource::{Conflict, ResourceKind, StopKind};
use crate::domain::rules::{Field, Value};
use crate::domain::sheet::{RowProblem, SheetKind};
use crate::domain::stock::{Span, UnitAction, UnitCondition, Whereabouts};
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
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language of the UI and of the sentences Rust writes, stored by its key ("en", "de").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language of a locale as an OS or a browser names it ("de-AT",
    /// "de_DE.UTF-8", "en-US"); `None` for one equipflow does not speak ("C", "fr-FR").
    pub fn of_locale(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.key() == language)
    }

    fn catalogue(self) -> &'static dyn Catalogue {
        match self {
            Lang::En => &en::English,
            Lang::De => &de::German,
        }
    }

    /// One reason as a sentence.
    pub fn reason(self, r: &Reason) -> String {
        self.catalogue().reason(r)
    }

    /// Several reasons as one line, as an item's card and its hold show them.
    pub fn reasons(self, reasons: &[Reason]) -> String {
        reasons
            .iter()
            .map(|r| self.reason(r))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// An item status as staff read it ("Ready for delivery").
    pub fn status(self, s: ItemStatus) -> &'static str {
        self.catalogue().status(s)
    }

    /// What a planner's stop does: "Delivery", "Collection", "Delivery and collection".
    pub fn stop_kind(self, k: StopKind) -> &'static str {
        self.catalogue().stop_kind(k)
    }

    /// An order's status, derived from its items ("Needs attention").
    pub fn order_status(self, s: OrderStatus) -> &'static str {
        self.catalogue().order_status(s)
    }

    /// What kind of step an event was, in words ("Moved", "Put on hold", …).
    pub fn step(self, kind: EventKind) -> &'static str {
        self.catalogue().step(kind)
    }

    /// The person's step, done: "Approved", "Put on hold".
    pub fn step_done(self, step: Step) -> &'static str {
        self.catalogue().step_done(step)
    }

    /// What Undo would do now: "Back to Preparing".
    pub fn undo(self, u: Undo) -> &'static str {
        self.catalogue().undo(u)
    }

    /// Where an item went after a write and why, one sentence:
    /// "EF-000054/2 went on to Assigned, on hold — Shortage: 0 of 2 …".
    pub fn outcome(
        self,
        item_ref: &str,
        went: Went,
        status: ItemStatus,
        on_hold: bool,
        reason: &str,
    ) -> String {
        let c = self.catalogue();
        let mut sentence = c.went(item_ref, went, status);
        match (on_hold, reason) {
            (true, hold) => sentence.push_str(&format!(", {} — {hold}", c.on_hold())),
            (false, "") => {}
            (false, reason) => sentence.push_str(&format!(" — {reason}")),
        }
        if !sentence.ends_with(['.', '!', '?']) {
            sentence.push('.');
        }
        sentence
    }

    /// A board column's title and what it holds.
    pub fn column(self, key: ColumnKey) -> (&'static str, &'static str) {
        self.catalogue().column(key)
    }

    /// A refusal in this language. English keeps the sentence written where
    /// the refusal arose, with its values; another language words its
    /// [`Because`] when it has one, else says what its kind means, with the
    /// D5 rules a slot breaks.
    pub fn refusal(self, r: &Refusal) -> String {
        self.catalogue().refusal(r)
    }

    /// The messages of the errors whose wording is fixed (not found, stale
    /// version, on hold, a move the machine does not allow).
    pub fn error(self, e: &ErrorWords<'_>) -> String {
        self.catalogue().error(e)
    }

    /// What is wrong with a field: "is required" / "muss ausgefüllt sein".
    pub fn invalid(self, why: &Invalid) -> String {
        self.catalogue().invalid(why)
    }

    /// Why an item may not make a move: "Completed is final".
    pub fn not_a_move(self, why: &NotAMove) -> String {
        self.catalogue().not_a_move(why)
    }

    /// A refusal's own sentence, with its values: "item 3 is scheduled: …".
    pub fn because(self, why: &Because) -> String {
        self.catalogue().because(why)
    }

    /// "Tue 1 Dec 2026" / "Di. 1. Dez. 2026".
    pub fn day(self, d: NaiveDate) -> String {
        self.catalogue().day(d, true)
    }

    /// "Tue 1 – Fri 4 Dec 2026", the month and year said once when shared.
    pub fn days(self, from: NaiveDate, to: NaiveDate) -> String {
        days(self.catalogue(), from, to)
    }

    /// The days a reservation covers: "Tue 1 – Fri 4 Dec 2026", "from Tue 1 Dec 2026 on".
    pub fn span(self, from: NaiveDate, until: Option<NaiveDate>) -> String {
        self.catalogue().span(from, until)
    }

    /// How a product fits a request: "matches ram=16GB; differs on cpu i5 (asked i7)".
    pub fn fit(self, f: &Fit) -> String {
        self.catalogue().fit(f)
    }

    /// A new shop's setup step and what it is for: ("Add products", "what you sell …").
    pub fn setup_step(self, key: SetupStepKey) -> (&'static str, &'static str) {
        self.catalogue().setup_step(key)
    }

    /// A stock unit's condition: "Damaged" / "Beschädigt".
    pub fn unit_condition(self, c: UnitCondition) -> &'static str {
        self.catalogue().unit_condition(c)
    }

    /// What can be done with a stock unit: "Send to repair" / "In Reparatur geben".
    pub fn unit_action(self, a: UnitAction) -> &'static str {
        self.catalogue().unit_action(a)
    }

    /// Where a unit is now: "Reserved for EF-00012 (Acme GmbH), Tue 1 – Fri 4 Dec 2026".
    pub fn whereabouts(self, w: &Whereabouts) -> String {
        self.catalogue().whereabouts(w)
    }

    /// The receive button: "Receive 3 units", or that nothing is to receive yet.
    pub fn receive(self, accepted: u32) -> String {
        self.catalogue().receive(accepted)
    }

    /// A receipt written: "Received 3 units of Philips 22E1N at Vienna warehouse A".
    pub fn received(self, units: usize, product: &str, location: &str) -> String {
        self.catalogue().received(units, product, location)
    }

    /// An amount in the shop's currency: "€1,080.00" / "1.080,00 €".
    pub fn money(self, cents: i64, currency: &str) -> String {
        self.catalogue().money(cents, currency)
    }

    // — moves —

    /// What a move on an item is called: "Schedule the delivery" / "Lieferung planen".
    pub fn move_label(self, m: MoveLabel) -> &'static str {
        self.catalogue().move_label(m)
    }

    /// Why a move cannot be made now: "on hold: …" / "angehalten: …".
    pub fn move_blocked(self, b: &Blocked) -> String {
        self.catalogue().move_blocked(b)
    }

    /// What a delivery in the planner's queue asks of a resource, the words
    /// after "Needs": "a technician, room for 3 units".
    pub fn needs(self, technician: bool, units: i32) -> String {
        self.catalogue().needs(technician, units)
    }

    /// Why a drop on a resource at some time is refused or asks first, one
    /// sentence: "Dana is off on Tue 1 Dec 2026." / "Ein freier Tag.".
    pub fn conflicts(self, conflicts: &[Conflict]) -> String {
        self.catalogue().conflicts(conflicts)
    }

    /// What availability counts for a category: "Any laptop with ram 16GB".
    pub fn any_of(self, category: &str, specs: &str) -> String {
        self.catalogue().any_of(category, specs)
    }

    // — papers — (the printed papers, and what a holding's end means)

    /// A fixed word of the printed papers: "Hand over" / "Übergeben".
    pub fn paper(self, w: PaperWord) -> &'static str {
        self.catalogue().paper(w)
    }

    /// "Printed Mon 30 Nov 2026, 14:05" / "Gedruckt Mo. 30. Nov. 2026, 14:05".
    pub fn printed(self, day: NaiveDate, time: &str) -> String {
        self.catalogue().printed(day, time)
    }

    /// A day sheet's count: "No stops", "1 stop", "3 stops".
    pub fn stops(self, n: usize) -> String {
        self.catalogue().stops(n)
    }

    /// "Driver" / "Fahrer".
    pub fn resource_kind(self, k: ResourceKind) -> &'static str {
        self.catalogue().resource_kind(k)
    }

    /// Under a delivery note's heading: "Order EF-000012 · Tue 1 Dec 2026 · delivered by Dana Weber".
    pub fn note_line(self, order: &str, day: &str, by: &str) -> String {
        self.catalogue().note_line(order, day, by)
    }

    /// What a return receipt is for: "Return", "Swap", "Change".
    pub fn way_back_kind(self, t: TransactionType) -> &'static str {
        self.catalogue().way_back_kind(t)
    }

    /// Under a return receipt's heading: "Return · order EF-000031 · checked in Wed 2 Dec 2026".
    pub fn receipt_line(self, kind: &str, order: &str, day: &str) -> String {
        self.catalogue().receipt_line(kind, order, day)
    }

    /// How a unit came back: "damaged", or "not checked in yet".
    pub fn check_in_condition(self, c: Option<CheckInCondition>) -> &'static str {
        self.catalogue().check_in_condition(c)
    }

    /// Under a receipt's units: "2 units taken back", or that some are still to come.
    pub fn taken_back(self, n: usize, complete: bool) -> String {
        self.catalogue().taken_back(n, complete)
    }

    /// A paper's footer: "Page 1 of 3" / "Seite 1 von 3".
    pub fn page(self, n: usize, of: usize) -> String {
        self.catalogue().page(n, of)
    }

    /// When a holding ends: "Due back Fri 4 Dec 2026", "Overdue since …",
    /// and for a service with nothing to bring back "Ends …", "Ended …".
    pub fn due(self, kind: DueKind, end: EndKind, day: NaiveDate) -> String {
        self.catalogue().due(kind, end, day)
    }

    // — prepare —
    /// A scan's answer while preparing, or the prepare button.
    pub fn pick(self, w: PickWords<'_>) -> String {
        self.catalogue().pick(w)
    }

    // — line fit —
    /// How the catalog's products stand against an order line's specs so far.
    pub fn fit_summary(self, s: FitSummary<'_>) -> String {
        self.catalogue().fit_summary(s)
    }

    // — files —
    /// Why a file the desk saves, or the shop's own file, could not be written.
    pub fn file_trouble(self, t: FileTrouble<'_>) -> String {
        self.catalogue().file_trouble(t)
    }

    // — import —

    /// What an import wrote: "Imported 12 products: 10 new, 2 changed, 0 unchanged".
    pub fn imported(self, kind: SheetKind, new: u32, changed: u32, unchanged: u32) -> String {
        self.catalogue().imported(kind, new, changed, unchanged)
    }

    /// One line of an import's preview: "archived: no → yes" / "archiviert: nein → ja".
    pub fn import_line(self, l: &crate::read::import::ImportLine) -> String {
        self.catalogue().import_line(l)
    }

    // — reports —

    /// A stretch of time in a report: "5 d 4 h" / "5 Tg. 4 Std.".
    pub fn time_span(self, minutes: i64) -> String {
        let (d, h, m) = (minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
        self.catalogue().time_span(d, h, m)
    }

    /// How long open items have been where they are, youngest first: "Under 1 day", ….
    pub fn age_buckets(self) -> [&'static str; 4] {
        self.catalogue().age_buckets()
    }

    /// A kind of hold as the reports count it: "Stock shortage".
    pub fn hold_kind(self, k: HoldKind) -> &'static str {
        self.catalogue().hold_kind(k)
    }

    /// What held up a late delivery: "A delivery failed".
    pub fn late_cause(self, c: LateCause) -> &'static str {
        self.catalogue().late_cause(c)
    }

    /// A report's table, as its CSV file is named: "Approvals waiting".
    pub fn report_table(self, t: ReportTable) -> &'static str {
        self.catalogue().report_table(t)
    }

    /// A report's label or a CSV column's title: "Submit to delivered", "Waiting (hours)".
    pub fn report_word(self, w: ReportWord) -> &'static str {
        self.catalogue().report_word(w)
    }

    /// "Mon 30 Nov 2026 – Mon 7 Dec 2026": a report's period, each day whole.
    pub fn period(self, from: NaiveDate, to: NaiveDate) -> String {
        format!("{} – {}", self.day(from), self.day(to))
    }

    // — refusals —

    /// What holds an item, in an on-hold refusal: "item 2: Customer asked to
    /// wait", or without the item when the refusal is about the item itself.
    pub fn held(self, position: Option<i32>, reasons: &[Reason]) -> String {
        self.catalogue().held(position, &self.reasons(reasons))
    }

    /// A holding's state as the customer screen shows it: "Active" / "Aktiv".
    pub fn holding_state(self, s: HoldingState) -> &'static str {
        self.catalogue().holding_state(s)
    }

    /// Why no return, swap or change can be asked for a holding now.
    pub fn not_requestable(self, why: &NotRequestable) -> String {
        self.catalogue().not_requestable(why)
    }

    /// Why a substitute cannot be picked: "only 1 of 2 free Tue 1 – Fri 4 Dec 2026".
    pub fn unpickable(self, why: &Unpickable) -> String {
        self.catalogue().unpickable(why)
    }

    /// One reason a slot does not fit: "Dana is off on Tue 1 Dec 2026".
    pub fn conflict(self, c: &Conflict) -> String {
        self.catalogue().conflict(c)
    }

    // — trail —

    /// A step of a stock unit's trail: "Reserved for order EF-000012, Tue 1 – Fri 4 Dec 2026".
    pub fn unit_step(self, s: &crate::domain::unit_step::UnitStep) -> String {
        self.catalogue().unit_step(s)
    }

    /// A field an edit of master data changed: "unit price: 1,299.00 → 1,199.00".
    pub fn change(self, c: &crate::domain::change::Change) -> String {
        self.catalogue().change(c)
    }
}

/// Why a file could not be written, with the operating system's own words
/// (`os`) where it gave some. `ext` is the kind of document: "pdf", "csv", "db".
// Tests list each kind to try its sentences in every language.
#[cfg_attr(
    test,
    derive(strum::EnumDiscriminants),
    strum_discriminants(derive(strum::EnumIter))
)]
#[derive(Debug, Clone, Copy)]
pub enum FileTrouble<'a> {
    /// The desk has no Downloads, Documents or home folder to save in.
    NoFolder {
        ext: &'a str,
    },
    CouldNotSave {
        ext: &'a str,
        folder: &'a str,
        os: &'a str,
    },
    /// 999 files in `folder` already have the name.
    NamesTaken {
        ext: &'a str,
        folder: &'a str,
        stem: &'a str,
    },
    CouldNotMakeFolder {
        folder: &'a str,
        os: &'a str,
    },
    /// The shop's file could not be swapped for a restored one.
    CouldNotReplace {
        file: &'a str,
        os: &'a str,
    },
    /// A restored file did not open and the shop's own could not go back.
    CouldNotPutBack {
        file: &'a str,
        os: &'a str,
    },
    /// The chosen language could not be kept for the next start.
    CannotKeepLanguage {
        os: &'a str,
    },
    /// A command broke off (a bug): which one, and the program's own words.
    Broke {
        what: &'a str,
        why: &'a str,
    },
}

/// The words of preparing by scan that are not refusals (those are [`Invalid`]).
#[derive(Debug, Clone, Copy)]
pub enum PickWords<'a> {
    /// A scanned serial reserved for the item.
    Expected,
    /// A stand-in for the reserved unit `of`.
    Instead { of: &'a str },
    /// Every reserved unit is scanned: the button's words.
    MarkPrepared,
}

/// The fixed words of the printed papers (day sheet, delivery note, return
/// receipt). A column's heading is the word in capitals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperWord {
    DaySheet,
    DeliveryNote,
    ReturnReceipt,
    NothingBooked,
    HandOver,
    BringBack,
    Qty,
    SerialNumbers,
    SerialNumber,
    InventoryNo,
    Condition,
    Note,
    From,
    Address,
    What,
    /// The label of the order's note for the delivery on a stop.
    NoteForDelivery,
    ReceivedBy,
    Signature,
    /// "until 10:00"
    Until,
    /// "Phone +43 …"
    Phone,
}

impl PaperWord {
    pub const ALL: [PaperWord; 20] = [
        PaperWord::DaySheet,
        PaperWord::DeliveryNote,
        PaperWord::ReturnReceipt,
        PaperWord::NothingBooked,
        PaperWord::HandOver,
        PaperWord::BringBack,
        PaperWord::Qty,
        PaperWord::SerialNumbers,
        PaperWord::SerialNumber,
        PaperWord::InventoryNo,
        PaperWord::Condition,
        PaperWord::Note,
        PaperWord::From,
        PaperWord::Address,
        PaperWord::What,
        PaperWord::NoteForDelivery,
        PaperWord::ReceivedBy,
        PaperWord::Signature,
        PaperWord::Until,
        PaperWord::Phone,
    ];
}

/// What is wrong with a field a person filled in, said beside the field:
/// the refusals every form meets (text, dates, amounts, ranges, ids), and
/// each field's own (a code taken, a rule's operator, a sheet's columns).
#[derive(Debug, Clone, PartialEq, Eq)]
// Tests list each kind to try its sentences in every language.
#[cfg_attr(
    test,
    derive(strum::EnumDiscriminants),
    strum_discriminants(derive(strum::EnumIter))
)]
pub enum Invalid {
    Required,
    ControlCharacters,
    TooLong {
        n: usize,
        max: usize,
    },
    /// `got` as typed, already quoted.
    NotADate {
        got: String,
    },
    NotATime {
        got: String,
    },
    NotAnAmount {
        got: String,
    },
    Negative,
    TooManyDecimals {
        got: String,
    },
    OutOfRange {
        min: i64,
        max: i64,
        unit: Unit,
        got: i64,
    },
    /// A chosen thing that is not there: "no service with id 7".
    NoSuch {
        entity: &'static str,
        id: i64,
    },
    // — domain —
    /// A code, SKU or category holding a character it may not (white space: "spaces").
    KeyCharacter {
        bad: char,
    },
    /// An amount above the most any price may be.
    TooMuch {
        max_cents: i64,
    },
    CodeTaken {
        code: String,
        of: String,
    },
    SkuTaken {
        sku: String,
        of: String,
    },
    RecurringWithoutMonthly,
    OneTimeWithMonthly,
    /// `got` quoted; `known` the categories products have, maybe none.
    NoSuchCategory {
        got: String,
        known: Vec<String>,
    },
    TooMany {
        what: Counted,
        n: usize,
        max: usize,
    },
    SpecKeysWithoutCategory,
    /// `what` as the list shows it: a quoted spec key, a service's name.
    ListedTwice {
        what: String,
    },
    SpecTwice {
        key: String,
    },
    /// `basic` already needs the service first, by way of `path`.
    PrerequisiteCircle {
        basic: String,
        path: Vec<String>,
    },
    ArchivedAlready {
        name: String,
    },
    /// `name` is a basic or linked service of the active services `by`.
    StillNeeded {
        name: String,
        by: Vec<String>,
    },
    NotArchived {
        name: String,
    },
    /// The basic or linked services a service needs that are archived.
    NeedsArchived {
        names: Vec<String>,
    },
    SpecNameCharacters {
        got: String,
    },
    ListsItself {
        name: String,
    },
    IsArchived {
        name: String,
    },
    ProductLowerBound,
    SpecWithoutName,
    BoundNotANumber {
        got: String,
    },
    NoConditions,
    OperatorDoesNotApply {
        field: Field,
        op: crate::domain::rules::Op,
    },
    NotFinite,
    /// The value is not of the field's type.
    TakesOtherType {
        field: Field,
    },
    /// Not a time of day like 08:00.
    NotAClockTime {
        got: String,
    },
    EndsNotAfterStart {
        end: chrono::NaiveTime,
        start: chrono::NaiveTime,
    },
    WorkDays,
    NotAWholePath {
        got: String,
    },
    NotACurrency {
        got: String,
    },
    /// An order number's prefix with more than letters A–Z, digits and - _ / .
    NumberCharacters {
        got: String,
    },
    NoRunningNumber {
        got: String,
    },
    RunningNumberOpen,
    RunningNumberPadding {
        got: String,
    },
    OneRunningNumber,
    NumberCharacterAround {
        bad: char,
    },
    CustomerNumberCharacters {
        got: String,
    },
    NotAnEmail {
        got: String,
    },
    PhoneCharacter {
        bad: char,
        got: String,
    },
    PhoneDigits {
        got: usize,
    },
    /// A day outside the years a shop can plan for.
    YearOutOfRange {
        day: NaiveDate,
    },
    Past {
        what: Planned,
        day: NaiveDate,
        today: NaiveDate,
    },
    BeyondHorizon {
        what: Planned,
        day: NaiveDate,
        last: NaiveDate,
    },
    WindowEndsBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
    },
    NotACountry {
        got: String,
    },
    SheetUtf16,
    SheetNotUtf8 {
        line: usize,
    },
    SheetHeaderUnreadable {
        error: String,
    },
    SheetEmpty {
        kind: SheetKind,
    },
    SheetUnknownColumn {
        kind: SheetKind,
        got: String,
    },
    SheetColumnTwice {
        column: &'static str,
    },
    SheetNoKeyColumn {
        kind: SheetKind,
    },
    /// `error` as the system says it.
    CannotCreateFolder {
        dir: String,
        error: String,
    },
    CannotOpen {
        file: String,
        error: String,
    },
    NoFileAt {
        path: String,
    },
    // — usecases —
    /// A way back asked for as a new order.
    NotAWayBack,
    ChooseHolding,
    TooManyHoldings {
        n: usize,
        max: usize,
    },
    /// A holding picked twice, by its title.
    ChosenTwice {
        what: String,
    },
    /// Holdings of two customers in one way back.
    OtherCustomers {
        holding: String,
        customer: String,
        first: String,
    },
    NoLongerHeld {
        holding: String,
        state: HoldingState,
    },
    /// Units of the holding came back missing and are not decided about yet.
    CameBackWithout {
        holding: String,
        missing: Vec<String>,
    },
    UnderWayAlready {
        order: String,
        holding: String,
    },
    NotRecurring {
        holding: String,
    },
    EndsBeforeStart {
        ends: NaiveDate,
        holding: String,
        started: NaiveDate,
    },
    ChooseProductFor {
        holding: String,
    },
    NoProductToDeliver {
        id: i64,
    },
    /// A change to the product the customer has.
    HasThatProduct {
        product: String,
    },
    /// A swap or change to another category, without a reason.
    OtherCategory {
        product: String,
        category: String,
        holding: String,
        was: String,
    },
    ChooseCustomer,
    ChooseRecipient,
    CustomerArchived {
        customer: String,
    },
    RecipientOfOther {
        id: i64,
    },
    RecipientArchived {
        name: String,
    },
    NoItems,
    TooManyItems {
        n: usize,
        max: usize,
    },
    ChooseService,
    ServiceArchived {
        service: String,
    },
    /// A return, swap, change or cancellation asked for on a new order.
    WayBackFromHoldings,
    NotInCatalog,
    ArchivedForReceipt,
    NothingScanned,
    // — prepare —
    /// A serial scanned while preparing that an earlier line (1-based) has already.
    ScannedTwice {
        serial: String,
        line: usize,
    },
    /// A scanned serial no unit in stock has.
    UnknownSerial {
        serial: String,
    },
    /// A unit of another product than the one the item needs.
    OtherProduct {
        serial: String,
        is: String,
        needs: String,
    },
    UnitInRepair {
        serial: String,
    },
    UnitRetired {
        serial: String,
    },
    /// A unit out with another order's customer.
    UnitOutWith {
        serial: String,
        customer: String,
        order_number: String,
    },
    /// A unit reserved for another order over days that clash with the item's.
    UnitReservedFor {
        serial: String,
        order_number: String,
        customer: String,
        span: Span,
    },
    /// One scan more than the item has units reserved.
    OneTooMany {
        units: usize,
    },
    /// Scans for an item that is not being prepared.
    ScansOnlyWhilePreparing {
        status: ItemStatus,
    },
    /// Scans for an item that takes no units from stock.
    TakesNoUnits,
    /// More scans than one preparing takes at once.
    TooManyToPrepare {
        n: usize,
        max: usize,
    },
    /// Reserved units no accepted scan covers (all of them when nothing was
    /// scanned), in reservation order.
    ScanMore {
        missing: Vec<String>,
    },
    /// Marking prepared without a scan, for an item with units reserved.
    ScanFirst {
        reserved: Vec<String>,
    },
    TooManyScans {
        n: usize,
        max: usize,
    },
    /// A move to where the unit is.
    AlreadyThere {
        serial: String,
    },
    NothingToSplit,
    TooManyToSplit {
        n: usize,
        max: usize,
    },
    ItemListedTwice {
        item: i64,
    },
    SplitsEverything,
    NotInOrder {
        item: i64,
        order: i64,
    },
    /// A slot that ends at or before its start, in the shop's time.
    SlotEndsNotAfterStart {
        end: NaiveDateTime,
        start: NaiveDateTime,
    },
    /// A dearer substitute picked without a note.
    DearerSayWhy {
        product: String,
        cents: i64,
        currency: String,
    },
    ProductArchived {
        product: String,
    },
    NotOffered {
        product: String,
        category: String,
        service: String,
    },
    SayWhyDecided {
        decision: MissingDecision,
    },
    SayWhyCondition {
        condition: CheckInCondition,
    },
    DecidedAlready {
        serial: String,
    },
    NotMissing {
        serial: String,
    },
    NoUnitIn {
        holding: String,
        unit: i64,
    },
    StillToCheckIn {
        serials: Vec<String>,
    },
    OnlyWayBackChecksIn,
    NumberTaken {
        number: String,
        owner: String,
    },
    /// Archive or restore a customer, person or address that is so already.
    PartArchivedAlready {
        part: CustomerPart,
        archived: bool,
    },
    /// Archive or restore a product or service that is so already.
    CatalogArchivedAlready {
        name: String,
        archived: bool,
    },
    /// A category change of a product or service already ordered.
    OnOrderItems {
        n: i64,
    },
    CannotWrite {
        folder: String,
        error: String,
    },
    NotOnOrAfter {
        from: NaiveDate,
        to: NaiveDate,
    },
    ReportTooLong {
        max: i64,
    },
    AtMostAtOnce {
        n: usize,
        max: usize,
    },
    /// `category` as typed, already quoted.
    NoProductOfCategory {
        category: String,
    },
    // — import —
    /// A cell that must name one of `all`; `got` quoted, empty when the cell is.
    OneOf {
        got: String,
        all: Vec<&'static str>,
    },
    /// A key on two rows of one file, as the row writes it.
    OnRowAlready {
        what: String,
        first: u32,
    },
    /// An order's line on two rows of one file.
    LineOnRowAlready {
        line: i32,
        order: String,
        first: u32,
    },
    /// A customer's (or, `order`, an order's) cell on a further row that is
    /// not the one on its first row.
    DiffersFromFirstRow {
        first: u32,
        order: bool,
    },
    /// A line of an order the shop has taken, differing from it; `was` quoted.
    TakenLineDiffers {
        was: String,
        order: String,
    },
    TakenHasNoLine {
        order: String,
        line: i32,
    },
    TooManyLines {
        order: String,
        max: usize,
    },
    CustomerNumberRequired,
    /// `got` quoted.
    NoCustomerNumbered {
        got: String,
    },
    RecipientRequired,
    /// `got` quoted; `people` the customer's, maybe none.
    NotTheirPerson {
        got: String,
        customer: String,
        people: Box<[String]>,
    },
    /// `n` of the customer's people have the name (or, `by_email`, the email) `got`, quoted.
    SeveralPeople {
        n: usize,
        customer: String,
        got: String,
        by_email: bool,
    },
    /// `got` quoted.
    NotAWholeNumber {
        min: i64,
        max: i64,
        got: String,
    },
    /// A return, swap, change or cancellation in a file of orders.
    WayBackInFile {
        kind: TransactionType,
    },
    /// `got` quoted.
    NotAnOrderKind {
        got: String,
    },
    ServiceCodeRequired,
    /// `got` quoted.
    NoServiceCoded {
        got: String,
    },
    NoAddressOnFile {
        customer: String,
    },
    /// A service's product category changed while order items have it.
    CategoryOnOrders,
    SkuRequired,
    /// `got` quoted.
    NoProductWithSku {
        got: String,
    },
    /// `product` as "SKU (name)".
    UnitKeepsProduct {
        serial: String,
        product: String,
    },
    UnitKeepsInventoryNumber {
        serial: String,
        number: String,
    },
    UnitStaysRetired {
        serial: String,
    },
    /// The condition a unit's steps would leave it in, not the row's.
    UnitConditionFollows {
        serial: String,
        would: UnitCondition,
    },
    AuditTrailNotImported,
    /// A file refused whole for its first problem, with how many more it has.
    NothingImported {
        first: Box<RowProblem>,
        more: usize,
    },
    /// A row of a file the CSV reader cannot read (its error, as it words it).
    RowUnreadable {
        error: String,
    },
    /// A row with more cells than its file's header has columns.
    RowTooLong {
        cells: usize,
        columns: usize,
    },
    /// A yes/no cell that says neither; `got` quoted.
    NotYesNo {
        got: String,
    },
    /// A part of a specs cell without '='; `part` quoted.
    SpecWithoutEquals {
        part: String,
    },
    // — receive —
    /// A serial received that a unit in stock has, under its inventory number.
    AlreadyInStock {
        serial: String,
        number: String,
    },
    /// An inventory number a unit in stock has.
    InventoryNumberGiven {
        number: String,
    },
    /// An inventory number an earlier line (1-based) of the same receipt has.
    InventoryNumberOnLine {
        number: String,
        line: usize,
    },
    // — receive —
    /// A receipt line's code not fit to check: "Serial is required".
    LineCode {
        field: crate::domain::stock::LineField,
        why: Box<Invalid>,
    },
    /// A unit an import row would move, repair or retire is where that cannot be done.
    UnitCannot {
        why: Box<Because>,
    },
}

/// Why an action is refused, with the values that say which unit, item,
/// order or day, for every catalogue to word; English is the sentence the
/// engine always wrote. A refusal without one says in another language what
/// its kind means in general.
#[derive(Debug, Clone, PartialEq, Eq)]
// Tests list each kind to try its sentences in every language.
#[cfg_attr(
    test,
    derive(strum::EnumDiscriminants),
    strum_discriminants(derive(strum::EnumIter))
)]
pub enum Because {
    // — usecases —
    /// Release: the item is not held.
    NotOnHold {
        item: i64,
    },
    /// Cancel: an item of the order is out or delivered.
    NotCancellable {
        position: i64,
        status: ItemStatus,
    },
    NoOpenItems {
        order: i64,
    },
    /// Complete: the items still open (position, status, on hold); none: done already.
    NotReadyToComplete {
        order: String,
        open: Vec<(i64, ItemStatus, bool)>,
    },
    NotSplittable {
        item: i64,
        status: ItemStatus,
    },
    /// Reschedule: the item itself is not scheduled.
    NotScheduled {
        status: ItemStatus,
    },
    /// Reschedule: part of the delivery went on already.
    PartGone {
        position: i64,
        status: ItemStatus,
    },
    NothingToBook,
    /// The first item of the delivery that is not ready.
    ShipsTogether {
        ready: usize,
        of: usize,
        position: i64,
        status: ItemStatus,
    },
    /// A reserved unit is out elsewhere on the slot's day.
    StockClash {
        serial: String,
        position: i64,
        other: Span,
        day: NaiveDate,
        own: Span,
    },
    /// Suggest: the recipients' window opens beyond the horizon.
    TooFarAhead {
        opens: NaiveDate,
        days: u64,
    },
    /// Restore: a backup fails SQLite's integrity check (its first complaint, as SQLite words it).
    BackupBroken {
        path: String,
        first: String,
    },
    // — stock —
    /// A retired unit takes no stock action.
    UnitRetiredStays {
        serial: String,
    },
    /// The unit is out with a customer until it comes back.
    UnitOutUntilBack {
        serial: String,
        customer: String,
        order: String,
    },
    /// The unit is reserved: repair or retire it only once the reservation moved.
    UnitReservedMoveFirst {
        serial: String,
        order: String,
        customer: String,
        span: Span,
    },
    UnitInRepairAlready {
        serial: String,
    },
    UnitNotInRepair {
        serial: String,
    },
    // — domain —
    /// The shop's file is open in another equipflow window.
    OpenElsewhere {
        file: String,
    },
    ReadOnly {
        file: String,
    },
    DiskFull {
        file: String,
    },
    NotEquipflow {
        file: String,
        why: Foreign,
    },
    /// Saved by a newer equipflow: `changes` migrations this one does not know.
    Newer {
        file: String,
        changes: usize,
    },
    Damaged {
        file: String,
        detail: Damage,
    },
    // — refusals —
    /// Assign: a substitute that cannot be had.
    CannotBePicked {
        product: String,
        why: Unpickable,
    },
    /// D5: the slot breaks a rule no reason overrides.
    CannotBook {
        conflicts: Vec<Conflict>,
    },
    /// D5: the slot breaks only rules a person may override, with a reason.
    BookAnyway {
        conflicts: Vec<Conflict>,
    },
}

/// What a number in a range counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    None,
    Units,
    Days,
    Minutes,
}

impl Unit {
    pub const ALL: [Unit; 4] = [Unit::None, Unit::Units, Unit::Days, Unit::Minutes];
}

/// What a list holds too many of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    SpecKeys,
    Services,
    Specs,
    Skills,
    DaysOff,
    Conditions,
}

impl Counted {
    pub const ALL: [Counted; 6] = [
        Counted::SpecKeys,
        Counted::Services,
        Counted::Specs,
        Counted::Skills,
        Counted::DaysOff,
        Counted::Conditions,
    ];
}

/// Why an item may not make a move: the state machine's own reasons, worded
/// in every language, or a sentence written where the refusal arose (English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAMove {
    Said(String),
    /// An item becomes scheduled only by a booking.
    ScheduledByBooking,
    Final {
        from: ItemStatus,
    },
    OnlyTo {
        from: ItemStatus,
        allowed: Vec<ItemStatus>,
    },
    /// Only what comes back (a return, swap or change) is collected.
    OnlyWayBackCollected,
    /// What comes back is collected, not delivered.
    WayBackIsCollected,
    CannotBeHeld {
        status: ItemStatus,
    },
    // — usecases —
    OnlyAwaitingApproved,
    OnlyAwaitingRejected,
    /// Assign: the item neither needs a product nor is held for a shortage.
    PickedWhenNeeded,
    OnlyCollectedCheckedIn,
    OnlyQueuedScheduled,
    OnlyScheduledUnscheduled,
    OnlyScheduledDispatched,
    /// Delivered or failed: the delivery is not out.
    OnlyOutComesBack,
}

impl From<&str> for NotAMove {
    fn from(said: &str) -> Self {
        NotAMove::Said(said.into())
    }
}

impl From<String> for NotAMove {
    fn from(said: String) -> Self {
        NotAMove::Said(said)
    }
}

/// English, as the engine's errors print it.
impl std::fmt::Display for NotAMove {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.not_a_move(self))
    }
}

/// The errors whose sentence is made from values only, named for the catalogue.
#[derive(Debug, Clone, Copy)]
pub enum ErrorWords<'a> {
    NotFound {
        entity: &'a str,
        id: i64,
    },
    Conflict {
        entity: &'a str,
        id: i64,
        expected: i32,
        found: i32,
    },
    OnHold {
        position: Option<i32>,
        reasons: &'a [Reason],
    },
    IllegalTransition {
        from: ItemStatus,
        to: ItemStatus,
        reason: &'a NotAMove,
    },
}

/// Every sentence of one language. English is `en.rs`, German `de.rs`.
trait Catalogue: Sync {
    fn reason(&self, r: &Reason) -> String;
    fn status(&self, s: ItemStatus) -> &'static str;
    fn column(&self, key: ColumnKey) -> (&'static str, &'static str);
    fn order_status(&self, s: OrderStatus) -> &'static str;
    fn step(&self, kind: EventKind) -> &'static str;
    fn step_done(&self, step: Step) -> &'static str;
    fn undo(&self, u: Undo) -> &'static str;
    /// "EF-000054/2 went on to Assigned"
    fn went(&self, item_ref: &str, went: Went, status: ItemStatus) -> String;
    fn on_hold(&self) -> &'static str;
    fn refusal(&self, r: &Refusal) -> String;
    fn error(&self, e: &ErrorWords<'_>) -> String;
    fn invalid(&self, why: &Invalid) -> String;
    /// What a rule compared, by its field's name ("line value").
    fn field(&self, f: Field) -> &'static str;
    fn transaction_type(&self, t: TransactionType) -> &'static str;
    /// "Tue 1 Dec", with the year when `year`.
    fn day(&self, d: NaiveDate, year: bool) -> String;
    /// "Tue 1", the start of a span within one month.
    fn weekday_and_day(&self, d: NaiveDate) -> String;
    /// The days a reservation covers; `None`: the unit leaves for good.
    fn span(&self, from: NaiveDate, until: Option<NaiveDate>) -> String;
    fn money(&self, cents: i64, currency: &str) -> String;
    fn fit(&self, f: &Fit) -> String;
    /// A decimal number as the language writes it ("2.50" / "2,50").
    fn decimal(&self, n: f64) -> String;
    fn yes_no(&self, b: bool) -> &'static str;
    fn stop_kind(&self, k: StopKind) -> &'static str;
    fn setup_step(&self, key: SetupStepKey) -> (&'static str, &'static str);
    fn unit_condition(&self, c: UnitCondition) -> &'static str;
    fn unit_action(&self, a: UnitAction) -> &'static str;
    fn whereabouts(&self, w: &Whereabouts) -> String;
    fn receive(&self, accepted: u32) -> String;
    fn received(&self, units: usize, product: &str, location: &str) -> String;
    // — domain —
    fn not_a_move(&self, why: &NotAMove) -> String;
    // — moves —
    fn move_label(&self, m: MoveLabel) -> &'static str;
    fn move_blocked(&self, b: &Blocked) -> String;
    /// What a delivery asks of a resource, the words after "Needs".
    fn needs(&self, technician: bool, units: i32) -> String;
    /// What keeps a slot from a resource, clauses in one sentence.
    fn conflicts(&self, conflicts: &[Conflict]) -> String;
    /// Any product of a category, with the specs asked ("" for none).
    fn any_of(&self, category: &str, specs: &str) -> String;
    // — usecases —
    fn because(&self, why: &Because) -> String;

    // — papers — (the printed papers, and what a holding's end means)
    fn paper(&self, w: PaperWord) -> &'static str;
    fn printed(&self, day: NaiveDate, time: &str) -> String;
    fn stops(&self, n: usize) -> String;
    fn resource_kind(&self, k: ResourceKind) -> &'static str;
    fn note_line(&self, order: &str, day: &str, by: &str) -> String;
    fn way_back_kind(&self, t: TransactionType) -> &'static str;
    fn receipt_line(&self, kind: &str, order: &str, day: &str) -> String;
    fn check_in_condition(&self, c: Option<CheckInCondition>) -> &'static str;
    fn taken_back(&self, n: usize, complete: bool) -> String;
    fn page(&self, n: usize, of: usize) -> String;
    fn due(&self, kind: DueKind, end: EndKind, day: NaiveDate) -> String;
    // — prepare —
    fn pick(&self, w: PickWords<'_>) -> String;
    // — line fit —
    fn fit_summary(&self, s: FitSummary<'_>) -> String;
    // — files —
    fn file_trouble(&self, t: FileTrouble<'_>) -> String;
    // — reports —
    /// Days, hours and minutes of a stretch, the hours under a day, the minutes under an hour.
    fn time_span(&self, days: i64, hours: i64, minutes: i64) -> String;
    fn age_buckets(&self) -> [&'static str; 4];
    fn hold_kind(&self, k: HoldKind) -> &'static str;
    fn late_cause(&self, c: LateCause) -> &'static str;
    fn report_table(&self, t: ReportTable) -> &'static str;
    fn report_word(&self, w: ReportWord) -> &'static str;

    // — import —
    fn imported(&self, kind: SheetKind, new: u32, changed: u32, unchanged: u32) -> String;
    fn import_line(&self, l: &crate::read::import::ImportLine) -> String;

    // — refusals —
    /// `reasons` already worded, joined.
    fn held(&self, position: Option<i32>, reasons: &str) -> String;
    fn holding_state(&self, s: HoldingState) -> &'static str;
    fn not_requestable(&self, why: &NotRequestable) -> String;
    fn unpickable(&self, why: &Unpickable) -> String;
    fn conflict(&self, c: &Conflict) -> String;

    // — trail —
    fn unit_step(&self, s: &crate::domain::unit_step::UnitStep) -> String;
    fn change(&self, c: &crate::domain::change::Change) -> String;
}

/// Why a slot does not fit, clause after clause.
fn conflict_clauses(c: &dyn Catalogue, conflicts: &[Conflict]) -> String {
    conflicts
        .iter()
        .map(|k| c.conflict(k))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Clauses as a sentence: the first letter up, a full stop after; "" for none.
fn as_sentence(clauses: &str) -> String {
    let mut chars = clauses.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// A file refused for its first problem: "row 3, column sku: …", the
/// problem in the catalogue's words when it has them.
fn first_problem(lang: Lang, p: &RowProblem, row: &str, column: &str) -> String {
    match p.column.as_str() {
        "" => format!("{row} {}: {}", p.row, p.why_in(lang)),
        c => format!("{row} {}, {column} {c}: {}", p.row, p.why_in(lang)),
    }
}

/// "cpu=i7, ram=16GB"
fn specs(specs: &BTreeMap<String, String>) -> String {
    specs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A rule's value as a sentence shows it: whole numbers bare, others to cents, text quoted.
fn value(c: &dyn Catalogue, v: &Value) -> String {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Value::Number(n) => c.decimal(*n),
        Value::Bool(b) => c.yes_no(*b).into(),
        Value::Text(t) => format!("\"{t}\""),
    }
}

/// "line value 2400 > 2000", "new customer", or `negated` ("not new customer").
fn condition(c: &dyn Catalogue, m: &ConditionMet, negated: fn(&str) -> String) -> String {
    use crate::domain::rules::Op;
    match (&m.value, m.op) {
        (Value::Bool(true), Op::Eq) | (Value::Bool(false), Op::Ne) => c.field(m.field).into(),
        (Value::Bool(false), Op::Eq) | (Value::Bool(true), Op::Ne) => negated(c.field(m.field)),
        _ => format!(
            "{} {} {} {}",
            c.field(m.field),
            condition_value(c, m.field, &m.actual),
            m.op.symbol(),
            condition_value(c, m.field, &m.value)
        ),
    }
}

/// A condition's value; a transaction type in the catalogue's word for it.
fn condition_value(c: &dyn Catalogue, field: Field, v: &Value) -> String {
    let kind = match (field, v) {
        (Field::ItemTransactionType, Value::Text(t)) => TransactionType::parse(t),
        _ => None,
    };
    match kind {
        Some(t) => format!("\"{}\"", c.transaction_type(t)),
        None => value(c, v),
    }
}

/// A rule that fired: its name, and what held unless that only says the name again.
fn rule_fired(
    c: &dyn Catalogue,
    rule: &str,
    met: &[ConditionMet],
    negated: fn(&str) -> String,
) -> String {
    let why = met
        .iter()
        .map(|m| condition(c, m, negated))
        .collect::<Vec<_>>()
        .join(", ");
    // "Service requires approval: service requires approval" says it twice.
    if why.eq_ignore_ascii_case(rule) {
        rule.to_string()
    } else {
        format!("{rule}: {why}")
    }
}

/// Two days as one span, the month and year said once when shared: "Tue 1 – Fri 4 Dec 2026".
fn days(c: &dyn Catalogue, from: NaiveDate, to: NaiveDate) -> String {
    use chrono::Datelike;
    if from == to {
        return c.day(from, true);
    }
    let first = if (from.year(), from.month()) == (to.year(), to.month()) {
        c.weekday_and_day(from)
    } else if from.year() == to.year() {
        c.day(from, false)
    } else {
        c.day(from, true)
    };
    format!("{first} – {}", c.day(to, true))
}

/// A slot's day, with the year only when it is not the year the reason was written in.
fn slot_day(c: &dyn Catalogue, slot: &BookedSlot) -> String {
    use chrono::Datelike;
    let day = slot.slot.start.date();
    c.day(day, day.year() != slot.written.year())
}

fn slot_times(slot: &BookedSlot) -> String {
    format!(
        "{}–{}",
        slot.slot.start.format("%H:%M"),
        slot.slot.end.format("%H:%M")
    )
}

/// Digits grouped in threes with `group`, cents after `decimal`: "1,080.00".
fn grouped(cents: i64, group: char, decimal: char) -> String {
    let c = cents.unsigned_abs();
    let whole = (c / 100).to_string();
    let mut out = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(ch);
    }
    format!(
        "{}{out}{decimal}{:02}",
        if cents < 0 { "-" } else { "" },
        c % 100
    )
}

/// How a product fits a request, in a language's phrases.
fn fit_in(
    f: &Fit,
    matches: &str,
    differs: &str,
    unstated: &str,
    nothing: &str,
    asked: &str,
) -> String {
    let mut parts = Vec::new();
    if !f.matched.is_empty() {
        parts.push(format!("{matches} {}", f.matched_words().join(", ")));
    }
    if !f.differs.is_empty() {
        let each: Vec<String> = f
            .differs
            .iter()
            .map(|d| format!("{} {} ({asked} {})", d.key, d.offered, d.asked))
            .collect();
        parts.push(format!("{differs} {}", each.join(", ")));
    }
    if !f.unknown.is_empty() {
        parts.push(format!("{unstated} {}", f.unknown.join(", ")));
    }
    if parts.is_empty() {
        parts.push(nothing.into());
    }
    parts.join("; ")
}

// — trail —
/// A changed field's value in a catalogue's words: `none` for an empty list,
/// money grouped by `group` with cents after `decimal`.
fn field_value(
    c: &dyn Catalogue,
    v: &crate::domain::change::FieldValue,
    none: &str,
    mandatory: &str,
    (group, decimal): (char, char),
) -> String {
    use crate::domain::change::FieldValue as V;
    match v {
        V::Text(t) => t.clone(),
        V::YesNo(b) => c.yes_no(*b).into(),
        V::Money(cents) => grouped(*cents, group, decimal),
        V::Names(names) if names.is_empty() => none.into(),
        V::Names(names) => names.join(", "),
        V::Links(links) if links.is_empty() => none.into(),
        V::Links(links) => links
            .iter()
            .map(|l| match l.mandatory {
                true => format!("{} ({mandatory})", l.code),
                false => l.code.clone(),
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[cfg(test)]
mod tests;
