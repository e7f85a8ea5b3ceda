//! The one error shape that crosses IPC: a stable code the UI switches on,
//! a message a person reads, and the field to point at.

use engine::domain::resource::ConflictKind;
use engine::i18n::{ErrorWords, Lang};
use engine::RefusalKind;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    IllegalTransition,
    Conflict,
    OnHold,
    Refused,
    /// Only rules a person may override stand in the way: ask for a reason, then retry with it.
    Overridable,
    /// The call itself is malformed (a wrong type, a missing field, a wrong
    /// shape); `field` is the path of what is wrong, e.g. `items[1].serviceId`.
    InvalidInput,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    /// What a refusal (`refused`, `overridable`) is about, for the UI to switch on.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub refusal: Option<RefusalKind>,
    /// The D5 rules a slot breaks, when a refusal is about a slot.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[specta(optional)]
    pub conflicts: Vec<ConflictKind>,
}

impl From<engine::Error> for AppError {
    fn from(e: engine::Error) -> Self {
        AppError::in_lang(&e, Lang::En)
    }
}

impl AppError {
    /// The engine's error with its message in `lang`. A validation the
    /// catalogue words (`Invalid`) is said in `lang`; others keep the message
    /// written where they arose, in English.
    pub fn in_lang(e: &engine::Error, lang: Lang) -> AppError {
        use engine::Error as E;
        let (code, field) = match e {
            E::Validation { field, .. } => (ErrorCode::Validation, Some(field.clone())),
            E::NotFound { entity, .. } => (ErrorCode::NotFound, Some(format!("{entity}Id"))),
            E::IllegalTransition { .. } => (ErrorCode::IllegalTransition, None),
            E::OnHold { .. } => (ErrorCode::OnHold, None),
            E::Conflict { .. } => (ErrorCode::Conflict, None),
            E::Refused(_) => (ErrorCode::Refused, None),
            E::Overridable(_) => (ErrorCode::Overridable, e.field().map(str::to_string)),
            E::Db(_) | E::Migrate(_) | E::Corrupt(_) => (ErrorCode::Internal, None),
        };
        let message = sentence(match e {
            E::Validation { .. } => e.validation_words(lang).unwrap_or_default(),
            E::NotFound { entity, id } => lang.error(&ErrorWords::NotFound { entity, id: *id }),
            E::Conflict {
                entity,
                id,
                expected,
                found,
            } => lang.error(&ErrorWords::Conflict {
                entity,
                id: *id,
                expected: *expected,
                found: *found,
            }),
            E::OnHold { position, reasons } => lang.error(&ErrorWords::OnHold {
                position: *position,
                reasons,
            }),
            E::IllegalTransition { from, to, reason } => {
                lang.error(&ErrorWords::IllegalTransition {
                    from: *from,
                    to: *to,
                    reason,
                })
            }
            E::Refused(r) | E::Overridable(r) => lang.refusal(r),
            E::Db(_) | E::Migrate(_) | E::Corrupt(_) => e.to_string(),
        });
        let (refusal, conflicts) = match e.refusal() {
            Some(r) => (Some(r.kind), r.conflicts.clone()),
            None => (None, Vec::new()),
        };
        AppError {
            code,
            message,
            field,
            refusal,
            conflicts,
        }
    }

    pub fn invalid_input(field: Option<String>, message: impl Into<String>) -> AppError {
        AppError {
            code: ErrorCode::InvalidInput,
            message: sentence(message.into()),
            field,
            refusal: None,
            conflicts: Vec::new(),
        }
    }

    pub fn internal(message: impl Into<String>) -> AppError {
        AppError {
            code: ErrorCode::Internal,
            message: sentence(message.into()),
            field: None,
            refusal: None,
            conflicts: Vec::new(),
        }
    }
}

/// A message as a person reads it: a sentence, so it starts with a capital.
/// (The engine writes its clauses in lower case, to be joined.)
fn sentence(message: String) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => message,
    }
}

pub type CmdResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_read_as_sentences() {
        let e: AppError = engine::Error::refused(
            RefusalKind::CannotUndo,
            "a cancellation cannot be undone; submit the item again",
        )
        .into();
        assert_eq!(
            e.message,
            "A cancellation cannot be undone; submit the item again"
        );
        assert_eq!(e.refusal, Some(RefusalKind::CannotUndo));
        let e: AppError = engine::Error::validation("days", "must be 1–31, got 40").into();
        assert_eq!(e.message, "Must be 1–31, got 40");
        assert_eq!(e.field.as_deref(), Some("days"));
    }

    #[test]
    fn a_field_refusal_reads_in_the_desks_language() {
        let e = AppError::in_lang(
            &engine::Error::invalid("name", engine::i18n::Invalid::Required),
            Lang::De,
        );
        assert_eq!(e.message, "Muss ausgefüllt sein");
        assert_eq!(e.field.as_deref(), Some("name"));
        assert_eq!(e.code, ErrorCode::Validation);
    }
}
