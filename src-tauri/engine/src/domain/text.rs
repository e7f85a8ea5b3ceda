//! Checked text fields: a value of these types is known to be within its limits.

use crate::Error;

/// Trims `raw` and checks it is non-empty and at most `max` characters.
pub fn required(field: &str, raw: &str, max: usize) -> Result<String, Error> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(Error::validation(field, "is required"));
    }
    limited(field, v, max)
}

/// Trims `raw` and checks it is at most `max` characters (empty allowed).
pub fn optional(field: &str, raw: &str, max: usize) -> Result<String, Error> {
    limited(field, raw.trim(), max)
}

fn limited(field: &str, v: &str, max: usize) -> Result<String, Error> {
    let n = v.chars().count();
    if n > max {
        return Err(Error::validation(
            field,
            format!("is {n} characters long; at most {max} allowed"),
        ));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::validation(field, "contains control characters"));
    }
    Ok(v.to_string())
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

    #[test]
    fn required_rejects_blank_and_long() {
        assert!(
            matches!(required("name", "  ", 10), Err(Error::Validation { field, .. }) if field == "name")
        );
        assert!(required("name", &"x".repeat(11), 10).is_err());
        assert_eq!(required("name", "  Ada ", 10).unwrap(), "Ada");
    }

    #[test]
    fn money_groups_thousands() {
        assert_eq!(money(123456789), "1,234,567.89");
        assert_eq!(money(5), "0.05");
        assert_eq!(money(100000), "1,000.00");
    }
}
