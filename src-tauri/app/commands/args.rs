//! A call's arguments, checked against the command's Rust types before the
//! command runs: a wrong type, a missing field or a wrong shape answers an
//! `invalid_input` [`AppError`] naming the field's path (`items[1].serviceId`)
//! in plain words, like any other refusal, instead of serde's own sentence.

use crate::error::AppError;
use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;
use tauri::ipc::InvokeBody;

/// The arguments a form sends whole (`input`, `spec`): their fields are named
/// as the form and Rust's own refusals name them, without the argument.
const FORM_ARGUMENTS: [&str; 2] = ["input", "spec"];

/// Checks `payload` as the arguments `T` (a struct of the command's arguments).
pub(super) fn check<T: DeserializeOwned>(payload: &InvokeBody) -> Result<(), AppError> {
    let InvokeBody::Json(value) = payload else {
        return Err(AppError::invalid_input(
            None,
            "the arguments must be sent as JSON",
        ));
    };
    if !value.is_object() {
        return Err(AppError::invalid_input(
            None,
            "the arguments must be an object naming each one",
        ));
    }
    serde_path_to_error::deserialize::<_, T>(value)
        .map(|_| ())
        .map_err(|e| refusal(e.path(), &e.inner().to_string()))
}

/// The field at `path` and what is wrong with it, from serde's `message`.
fn refusal(path: &serde_path_to_error::Path, message: &str) -> AppError {
    let mut field = field_of(path);
    if let Some(missing) = between(message, "missing field `", "`") {
        field.push(missing.to_string());
        return AppError::invalid_input(join(&field), "is missing");
    }
    AppError::invalid_input(join(&field), plain(message))
}

fn field_of(path: &serde_path_to_error::Path) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => match out.last_mut() {
                Some(last) => last.push_str(&format!("[{index}]")),
                None => out.push(format!("[{index}]")),
            },
            Segment::Map { key } => out.push(key.clone()),
            Segment::Enum { variant } => out.push(variant.clone()),
            Segment::Unknown => out.push("?".into()),
        }
    }
    if out.len() > 1 && FORM_ARGUMENTS.contains(&out[0].as_str()) {
        out.remove(0);
    }
    out
}

fn join(field: &[String]) -> Option<String> {
    (!field.is_empty()).then(|| field.join("."))
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(start)?;
    rest.find(end).map(|i| &rest[..i])
}

/// serde's sentence ("invalid type: string \"x\", expected i32") in a person's words.
fn plain(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((got, want)) = rest.rsplit_once(", expected ") {
            return format!("must be {}, got {}", expected(want), unexpected(got));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        if let Some((got, want)) = rest.rsplit_once(", expected ") {
            return format!("must be {}, got {}", expected(want), unexpected(got));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((_, want)) = rest.split_once(", expected ") {
            return format!("must be {}, got a list", expected(want));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((got, want)) = rest.split_once("`, expected ") {
            return format!(
                "must be {}, got {}",
                want.replace('`', ""),
                engine::domain::text::echo(got)
            );
        }
    }
    // Any other sentence, cut to a readable length.
    let mut cut: String = message.chars().take(200).collect();
    if message.chars().nth(200).is_some() {
        cut.push('…');
    }
    cut
}

/// What serde expected, as a person would name it.
fn expected(want: &str) -> String {
    let want = want.trim();
    let whole = [
        "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "isize", "usize",
    ];
    if whole.contains(&want) {
        let (lo, hi) = match want {
            "i32" => (i32::MIN as i64, i32::MAX as i64),
            "u32" => (0, u32::MAX as i64),
            _ => return "a whole number".into(),
        };
        return format!("a whole number from {lo} to {hi}");
    }
    match want {
        "f32" | "f64" => "a number".into(),
        "a string" | "a borrowed string" | "a character" => "text".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list".into(),
        "a map" => "an object".into(),
        w if w.starts_with("struct ") || w.starts_with("tuple struct ") => {
            "an object with its fields".into()
        }
        w if w.contains("enum") => "one of its kinds".into(),
        w if w.starts_with("one of ") => w.replace('`', ""),
        other => other.into(),
    }
}

/// What the caller sent instead, as serde describes it.
fn unexpected(got: &str) -> String {
    let got = got.trim();
    if let Some(s) = got.strip_prefix("string \"") {
        return format!(
            "text {}",
            engine::domain::text::echo(s.strip_suffix('"').unwrap_or(s))
        );
    }
    for (prefix, what) in [
        ("integer `", "the number "),
        ("floating point `", "the number "),
        ("boolean `", ""),
    ] {
        if let Some(v) = got.strip_prefix(prefix) {
            return format!("{what}{}", v.trim_end_matches('`'));
        }
    }
    match got {
        "unit value" | "null" => "nothing (null)".into(),
        "sequence" => "a list".into(),
        "map" => "an object".into(),
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Line {
        service_id: i32,
        kind: Kind,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Kind {
        Order,
        Return,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Form {
        items: Vec<Line>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Args {
        item_id: i32,
        input: Form,
    }

    fn refused(args: serde_json::Value) -> (Option<String>, String) {
        let e = check::<Args>(&InvokeBody::Json(args)).unwrap_err();
        assert_eq!(e.code, crate::error::ErrorCode::InvalidInput);
        (e.field, e.message)
    }

    #[test]
    fn each_kind_of_malformed_call_names_its_field_in_plain_words() {
        let line = json!({"serviceId": 1, "kind": "order"});
        let rows = [
            (json!({"input": {"items": [line]}}), "itemId", "is missing"),
            (
                json!({"itemId": "7", "input": {"items": []}}),
                "itemId",
                "must be a whole number from -2147483648 to 2147483647, got text \"7\"",
            ),
            (
                json!({"itemId": 5_000_000_000u64, "input": {"items": []}}),
                "itemId",
                "must be a whole number from -2147483648 to 2147483647, got the number 5000000000",
            ),
            (
                json!({"itemId": 1, "input": {"items": [line, {"serviceId": null, "kind": "order"}]}}),
                "items[1].serviceId",
                "must be a whole number from -2147483648 to 2147483647, got nothing (null)",
            ),
            (
                json!({"itemId": 1, "input": {"items": [{"serviceId": 1}]}}),
                "items[0].kind",
                "is missing",
            ),
            (
                json!({"itemId": 1, "input": {"items": [{"serviceId": 1, "kind": "swap"}]}}),
                "items[0].kind",
                "must be order or return, got \"swap\"",
            ),
            (
                json!({"itemId": 1, "input": []}),
                "input",
                "must be an object with its fields, got a list",
            ),
            (
                json!({"itemId": 1, "input": {"items": {}}}),
                "items",
                "must be a list, got an object",
            ),
        ];
        for (args, field, message) in rows {
            let (at, said) = refused(args.clone());
            // A sentence for people: capitalised, in plain words.
            let mut sentence = message.to_string();
            sentence[..1].make_ascii_uppercase();
            assert_eq!((at, said), (Some(field.to_string()), sentence), "{args}");
        }
    }

    #[test]
    fn a_payload_that_is_not_an_object_of_arguments_is_refused() {
        let e = check::<Args>(&InvokeBody::Json(json!([1, 2]))).unwrap_err();
        assert_eq!(e.field, None);
        let e = check::<Args>(&InvokeBody::Raw(b"{\"itemId\":1}".to_vec())).unwrap_err();
        assert_eq!(e.code, crate::error::ErrorCode::InvalidInput);
    }

    #[test]
    fn a_huge_value_is_echoed_cut() {
        let (_, message) = refused(json!({"itemId": "9".repeat(100_000), "input": {"items": []}}));
        assert!(message.chars().count() < 120, "{message}");
    }
}
