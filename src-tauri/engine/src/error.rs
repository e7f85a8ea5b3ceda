use crate::domain::resource::ConflictKind;
use crate::domain::status::ItemStatus;
use crate::domain::Reason;
use crate::i18n::{Because, ErrorWords, Invalid, Lang, NotAMove};
use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a refusal is about: the UI, undo and tests switch on it; the
/// sentence beside it is for people and may be reworded freely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RefusalKind {
    /// Undo: no step of a person's on this item.
    NothingToUndo,
    /// Undo: the flow moved the item on after the person's step.
    UndoOvertaken,
    /// Undo: that kind of step is not taken back (a cancellation, a delivery…).
    CannotUndo,
    NotOnHold,
    /// Override: the item is not held for a stock shortage.
    NotAShortage,
    NotReadyToComplete,
    /// Split: the item is scheduled or further on.
    NotSplittable,
    /// Cancel: the item is out or delivered; a return is the way back.
    NotCancellable,
    NoOpenItems,
    /// D5: the slot breaks rules (see the conflicts).
    SlotConflict,
    /// Reschedule: the delivery is not (or no longer wholly) scheduled.
    NotMovable,
    /// D4: the order ships together and not all of it is ready.
    ShipsTogether,
    /// D5: a reserved unit is out elsewhere on the slot's day.
    StockClash,
    /// Suggest / plan: no slot fits.
    NoFreeSlot,
    /// Suggest: the window opens beyond the planning horizon.
    TooFarAhead,
    /// A substitute without the units free, or the product the item waits for.
    Unavailable,
    /// Stock: a retired unit stays retired and where it is.
    UnitRetired,
    /// Stock: the unit is out with a customer.
    UnitOut,
    /// Stock: the unit is reserved for an order (named in the sentence).
    UnitReserved,
    /// Stock: the unit is in repair already.
    UnitInRepair,
    /// Stock: back from repair, but the unit is not in repair.
    UnitNotInRepair,
    /// No shop is open yet (first run): set one up or open the demo.
    NoShopOpen,
    /// Switch: the shop's own database has not been set up yet.
    NotSetUp,
    /// Set up: the shop's own database exists already.
    AlreadySetUp,
    /// Import: cancelled while it ran; nothing was written.
    ImportCancelled,
    /// The database file is open in another equipflow window or held by another program.
    DatabaseInUse,
    /// The database file (or its folder) may not be written.
    DatabaseReadOnly,
    /// The disk holding the database (or a backup) is full.
    DiskFull,
    /// The file is damaged: SQLite's integrity check fails on it.
    DatabaseDamaged,
    /// The file was written by a newer equipflow (migrations this one does not know).
    DatabaseNewer,
    /// The file is not an equipflow database at all.
    NotEquipflow,
    /// Restore: only the shop's own database is replaced by a backup.
    NotYourShop,
}

/// A refusal: its kind, the D5 conflicts behind it when there are any, and the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub kind: RefusalKind,
    pub conflicts: Vec<ConflictKind>,
    /// In English, as written where the refusal arose.
    pub message: String,
    /// The sentence with its values, when the catalogue words it in every
    /// language (`i18n::Because`); `message` is its English. Boxed to keep
    /// `Result` small.
    pub why: Option<Box<Because>>,
}

impl Refusal {
    /// A refusal the catalogue words in every language.
    pub fn because(kind: RefusalKind, why: Because) -> Self {
        Refusal {
            kind,
            conflicts: Vec::new(),
            message: Lang::En.because(&why),
            why: Some(Box::new(why)),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The few outcomes a caller acts on, plus one for the unexpected.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `message` is English; `why`, when the refusal is one the catalogue
    /// words (`i18n::Invalid`), says it in the person's language (boxed:
    /// some kinds carry several names, and every `Result` carries an `Error`).
    #[error("{field}: {message}")]
    Validation {
        field: String,
        message: String,
        why: Option<Box<Invalid>>,
    },
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: i64 },
    #[error("cannot move from {from} to {to}: {reason}")]
    IllegalTransition {
        from: ItemStatus,
        to: ItemStatus,
        /// Written where it arose (`"…".into()`), or one of the machine's own.
        reason: NotAMove,
    },
    /// `position`: the item of a delivery that holds up the rest of it.
    #[error("{}", Lang::En.error(&ErrorWords::OnHold { position: *position, reasons }))]
    OnHold {
        position: Option<i32>,
        reasons: Vec<Reason>,
    },
    #[error("{entity} {id} was changed by someone else (expected version {expected}, found {found}); reload and try again")]
    Conflict {
        entity: &'static str,
        id: i64,
        expected: i32,
        found: i32,
    },
    #[error("{0}")]
    Refused(Refusal),
    /// Refused, but only by rules a person may override with a reason.
    #[error("{0}")]
    Overridable(Refusal),
    #[error("database error: {0}")]
    Db(sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}

impl Error {
    pub fn refused(kind: RefusalKind, message: impl Into<String>) -> Self {
        Error::Refused(Refusal {
            kind,
            conflicts: Vec::new(),
            message: message.into(),
            why: None,
        })
    }

    /// Refused for a reason the catalogue words in every language, with its values.
    pub fn refuse(kind: RefusalKind, why: Because) -> Self {
        Error::Refused(Refusal::because(kind, why))
    }

    /// The kind of a refusal (overridable or not), for callers that switch on it.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            Error::Refused(r) | Error::Overridable(r) => Some(r),
            _ => None,
        }
    }

    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation {
            field: field.into(),
            message: message.into(),
            why: None,
        }
    }

    /// A field refused for a reason the catalogue words in every language.
    pub fn invalid(field: impl Into<String>, why: Invalid) -> Self {
        Error::Validation {
            field: field.into(),
            message: Lang::En.invalid(&why),
            why: Some(Box::new(why)),
        }
    }

    /// What is wrong with the field, in `lang` when the catalogue words it,
    /// else as written where it arose: "is required", "ist erforderlich".
    pub fn validation_words(&self, lang: Lang) -> Option<String> {
        match self {
            Error::Validation { why: Some(why), .. } => Some(lang.invalid(why)),
            Error::Validation { message, .. } => Some(message.clone()),
            _ => None,
        }
    }

    pub fn not_found(entity: &'static str, id: impl Into<i64>) -> Self {
        Error::NotFound {
            entity,
            id: id.into(),
        }
    }

    /// The field a person should look at, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Validation { field, .. } => Some(field),
            Error::Overridable(_) => Some("overrideReason"),
            Error::NotFound { .. }
            | Error::IllegalTransition { .. }
            | Error::OnHold { .. }
            | Error::Conflict { .. }
            | Error::Refused(_)
            | Error::Db(_)
            | Error::Migrate(_)
            | Error::Corrupt(_) => None,
        }
    }
}

impl From<crate::domain::TransitionError> for Error {
    fn from(e: crate::domain::TransitionError) -> Self {
        match e {
            crate::domain::TransitionError::Illegal { from, to, reason } => {
                Error::IllegalTransition { from, to, reason }
            }
            crate::domain::TransitionError::Held { reasons } => Error::OnHold {
                position: None,
                reasons,
            },
        }
    }
}

/// SQLite's answers a person can act on (a full disk, a file another program
/// holds, one that may not be written, a damaged one) become refusals that
/// say what to do; anything else stays a database error.
impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        let code = match &e {
            sqlx::Error::Database(db) => db.code().and_then(|c| c.parse::<i32>().ok()),
            _ => None,
        };
        // Extended result codes carry the primary one in their low byte.
        match code.map(|c| c & 0xff) {
            Some(SQLITE_FULL) => Error::refused(
                RefusalKind::DiskFull,
                "the disk holding the database is full: nothing was saved; free some space on it, then try again",
            ),
            Some(SQLITE_BUSY | SQLITE_LOCKED) => Error::refused(
                RefusalKind::DatabaseInUse,
                "another program holds the database and would not let go: nothing was saved; close it, then try again",
            ),
            Some(SQLITE_READONLY) => Error::refused(
                RefusalKind::DatabaseReadOnly,
                "the database may not be written here: nothing was saved; make the file and its folder writable, or copy it somewhere you may write",
            ),
            Some(SQLITE_CORRUPT | SQLITE_NOTADB) => Error::refused(
                RefusalKind::DatabaseDamaged,
                "the database file is damaged: restore your latest backup (Settings → Backups)",
            ),
            _ => Error::Db(e),
        }
    }
}

impl From<sqlx::migrate::MigrateError> for Error {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        match e {
            sqlx::migrate::MigrateError::Execute(inner) => match Error::from(inner) {
                Error::Db(inner) => Error::Migrate(sqlx::migrate::MigrateError::Execute(inner)),
                said => said,
            },
            other => Error::Migrate(other),
        }
    }
}

const SQLITE_BUSY: i32 = 5;
const SQLITE_LOCKED: i32 = 6;
const SQLITE_READONLY: i32 = 8;
const SQLITE_CORRUPT: i32 = 11;
const SQLITE_FULL: i32 = 13;
const SQLITE_NOTADB: i32 = 26;

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Corrupt(e.to_string())
    }
}
