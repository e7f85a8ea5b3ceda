use crate::domain::status::ItemStatus;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The few outcomes a caller acts on, plus one for the unexpected.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    #[error("{entity} {id} does not exist")]
    NotFound { entity: &'static str, id: i64 },
    #[error("cannot move from {from} to {to}: {reason}")]
    IllegalTransition {
        from: ItemStatus,
        to: ItemStatus,
        reason: String,
    },
    #[error("item is on hold ({reason}); release the hold first")]
    OnHold { reason: String },
    #[error("{entity} {id} was changed by someone else (expected version {expected}, found {found}); reload and try again")]
    Conflict {
        entity: &'static str,
        id: i64,
        expected: i32,
        found: i32,
    },
    #[error("{0}")]
    Refused(String),
    /// Refused, but only by rules a person may override with a reason.
    #[error("{0}")]
    Overridable(String),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}

impl Error {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation {
            field: field.into(),
            message: message.into(),
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
            crate::domain::TransitionError::Held { reason } => Error::OnHold { reason },
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Corrupt(e.to_string())
    }
}
