//! The one rule for text a person or a caller sends, for every field (names,
//! reasons, notes, addresses, specs and their keys, skills): Unicode is
//! normalised to NFC before it is stored or compared, the edges are trimmed,
//! control characters are refused (a line break and a tab excepted), and text
//! with nothing visible in it counts as empty. Limits are in [`super::limits`].

use super::limits::ECHO_MAX;
use crate::i18n::Invalid;
use crate::Error;
use unicode_normalization::UnicodeNormalization;

/// Checked text that must hold something visible, at most `max` characters.
pub fn required(field: &str, raw: &str, max: usize) -> Result<String, Error> {
    let v = clean(field, raw, max)?;
    if v.is_empty() {
        return Err(Error::invalid(field, Invalid::Required));
    }
    Ok(v)
}

/// Checked text that may be empty, at most `max` characters.
pub fn optional(field: &str, raw: &str, max: usize) -> Result<String, Error> {
    clean(field, raw, max)
}

/// NFC, trimmed; empty when nothing in it is visible.
fn clean(field: &str, raw: &str, max: usize) -> Result<String, Error> {
    // Refuse absurd input before normalising it.
    if raw.len() > max.saturating_mul(4).saturating_add(64) {
        return Err(too_long(field, raw.chars().count(), max));
    }
    let v: String = raw.nfc().collect();
    let v = v.trim_matches(|c: char| c.is_whitespace() || blank_edge(c));
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::invalid(field, Invalid::ControlCharacters));
    }
    let n = v.chars().count();
    if n > max {
        return Err(too_long(field, n, max));
    }
    if v.chars().all(invisible) {
        return Ok(String::new());
    }
    Ok(v.to_string())
}

fn too_long(field: &str, n: usize, max: usize) -> Error {
    Error::invalid(field, Invalid::TooLong { n, max })
}

/// Characters trimmed from the edges with the white space: zero-width
/// spaces, the word joiner and the byte-order mark.
fn blank_edge(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Characters that draw nothing on their own: white space, zero-width and
/// joining characters, direction marks, invisible operators, variation
/// selectors, fillers and tags.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// A value as a message repeats it back: quoted, escaped, and cut to
/// [`ECHO_MAX`] characters with "…" so a huge input does not fill the message.
pub fn echo(raw: &str) -> String {
    let mut cut: String = raw.chars().take(ECHO_MAX).collect();
    if raw.chars().nth(ECHO_MAX).is_some() {
        cut.push('…');
    }
    format!("{cut:?}")
}

/// Formats cents as "1,234.56".
pub fn money(cents: i64) -> String {
    let neg = cents < 0;
    let c = cents.unsigned_abs();
    let whole = (c / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{}{}.{:02}", if neg { "-" } else { "" }, grouped, c % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(raw: &str) -> bool {
        required("name", raw, 10).is_err()
    }

    #[test]
    fn required_rejects_blank_and_long() {
        assert!(
            matches!(required("name", "  ", 10), Err(Error::Validation { field, .. }) if field == "name")
        );
        assert!(refused(&"x".repeat(11)));
        assert_eq!(required("name", "  Ada ", 10).unwrap(), "Ada");
    }

    #[test]
    fn text_with_nothing_visible_counts_as_empty() {
        for raw in [
            "\u{200B}",
            "\u{FEFF}",
            " \u{200B}\u{200D} ",
            "\u{2060}\u{00AD}",
            "\u{3164}",
        ] {
            assert!(refused(raw), "{raw:?} passed as not empty");
            assert_eq!(optional("note", raw, 10).unwrap(), "", "{raw:?}");
        }
        assert_eq!(required("name", "\u{FEFF}Ada\u{200B}", 10).unwrap(), "Ada");
        // A variation selector belongs to the character before it.
        assert_eq!(
            required("name", "\u{2764}\u{FE0F}", 10).unwrap(),
            "\u{2764}\u{FE0F}"
        );
    }

    #[test]
    fn control_characters_are_refused_but_lines_and_tabs_pass() {
        for raw in ["a\u{0}b", "a\u{1b}[31mb", "a\rb", "\u{7f}x", "a\u{85}b"] {
            assert!(refused(raw), "{raw:?}");
        }
        assert_eq!(optional("note", "a\nb\tc", 10).unwrap(), "a\nb\tc");
    }

    #[test]
    fn unicode_is_normalised_to_nfc_before_counting() {
        let decomposed = "Stra\u{0073}\u{0065}\u{0301}"; // e + combining acute
        let v = required("name", decomposed, 6).unwrap();
        assert_eq!(v, "Stras\u{00E9}");
        assert_eq!(v.chars().count(), 6);
    }

    #[test]
    fn a_huge_value_is_refused_and_echoed_short() {
        assert!(refused(&"x".repeat(100_000)));
        let shown = echo(&"y".repeat(100_000));
        assert_eq!(shown.chars().count(), ECHO_MAX + 3, "{shown}");
        assert!(shown.ends_with("…\""));
        assert_eq!(echo("a\u{0}b"), "\"a\\0b\"");
    }

    #[test]
    fn money_groups_thousands() {
        assert_eq!(money(123456789), "1,234,567.89");
        assert_eq!(money(5), "0.05");
        assert_eq!(money(100000), "1,000.00");
    }
}
