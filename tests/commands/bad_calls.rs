//! Every call gets an answer (issue 15): malformed shapes, bodies the IPC
//! cannot read as JSON and dates no shop means are answered in time, with the
//! `{code, message, field}` of any other refusal, and change nothing.

use super::*;
use std::sync::mpsc;
use std::time::Duration;

/// A call that takes longer than this is one that never answers.
const ANSWER_WITHIN: Duration = Duration::from_secs(20);

impl TestApp {
    /// The answer to `cmd` with `body`, or a failed test when none comes in time.
    fn answer(&self, cmd: &str, body: InvokeBody) -> Result<Value, Value> {
        let (window, cmd_name) = (self.window.clone(), cmd.to_string());
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let req = InvokeRequest {
                cmd: cmd_name,
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body,
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            };
            let _ =
                tx.send(get_ipc_response(&window, req).map(|b| b.deserialize::<Value>().unwrap()));
        });
        rx.recv_timeout(ANSWER_WITHIN)
            .unwrap_or_else(|_| panic!("{cmd} gave no answer within {ANSWER_WITHIN:?}"))
    }

    /// The refusal of `cmd`, which must leave the board as it was and tell no window.
    fn refusal(&self, cmd: &str, body: InvokeBody) -> Value {
        let before = self.board();
        let e = self
            .answer(cmd, body)
            .expect_err(&format!("{cmd} was refused"));
        assert_eq!(
            self.board(),
            before,
            "{cmd} was refused yet changed the board"
        );
        assert!(
            self.events.lock().unwrap().is_empty(),
            "{cmd} told the windows"
        );
        e
    }
}

fn json_body(v: Value) -> InvokeBody {
    InvokeBody::Json(v)
}

#[test]
fn malformed_calls_answer_invalid_input_naming_the_field() {
    let t = spawn();
    let line = json!({
        "serviceId": 1, "transactionType": "order", "quantity": 1, "specs": {},
        "windowStart": "2026-12-01", "windowEnd": "2026-12-04",
        "address": {"line1": "Main 1", "postalCode": "1010", "city": "Vienna", "countryCode": "AT"}
    });
    let mut bad_line = line.clone();
    bad_line["serviceId"] = json!("abc");
    let resource = json!({
        "name": "Ola", "kind": "pilot", "capacity": 4, "workStart": "08:00",
        "workEnd": "16:00", "workDays": [1, 2, 3]
    });
    let rows = [
        // Once "command item_hold missing required key itemId".
        (
            "item_hold",
            json!({"version": 1, "reason": "x"}),
            "itemId",
            "is missing",
        ),
        // Once "invalid length 0, expected struct ScheduleInput with 6 elements".
        (
            "item_schedule",
            json!({"input": []}),
            "input",
            "must be an object",
        ),
        (
            "order_submit",
            json!({"input": {"customerId": 1, "recipientId": 1, "items": [line, bad_line]}}),
            "items[1].serviceId",
            "must be a whole number",
        ),
        (
            "item_approve",
            json!({"itemId": "7", "version": 1, "note": ""}),
            "itemId",
            "got text \"7\"",
        ),
        (
            "plan_day",
            json!({"day": 20261201, "durationMinutes": 60}),
            "day",
            "must be text",
        ),
        (
            "order_split",
            json!({"orderId": 1, "items": [{"itemId": 1}]}),
            "items[0].version",
            "is missing",
        ),
        (
            "resource_create",
            json!({"input": resource}),
            "kind",
            "must be one of driver, technician, van",
        ),
        (
            "item_delivered",
            json!({"itemId": 1, "version": 1e40}),
            "version",
            "must be a whole number",
        ),
    ];
    for (cmd, args, field, message) in rows {
        let e = t.refusal(cmd, json_body(args));
        assert_eq!(e["code"], "invalid_input", "{cmd}: {e}");
        assert_eq!(e["field"], field, "{cmd}: {e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains(&message.to_lowercase()),
            "{cmd}: {e}"
        );
    }
    let e = t.refusal("item_hold", json_body(json!([1, 1, "x"])));
    assert_eq!(
        (&e["code"], &e["field"]),
        (&json!("invalid_input"), &Value::Null)
    );
}

/// Strings the IPC cannot carry: a body with a lone UTF-16 surrogate is not
/// JSON to Rust. The UI makes strings well-formed before sending (ipc.ts);
/// whatever still arrives so is answered, even in a key no command reads.
#[test]
fn a_lone_surrogate_is_answered() {
    let t = spawn();
    for raw in [
        r#"{"itemId": 1, "version": 1, "reason": "a\ud800b"}"#,
        r#"{"itemId": 1, "version": 1, "reason": "x", "unread\udc00": 1}"#,
    ] {
        let e = t.refusal("item_hold", InvokeBody::Raw(raw.as_bytes().to_vec()));
        assert_eq!(e["code"], "invalid_input", "{e}");
    }
}

#[test]
fn dates_no_shop_means_are_answered_with_the_field() {
    let t = spawn();
    let end_of_time = "+262142-12-31";
    let rows = [
        (
            "plan_day",
            json!({"day": end_of_time, "durationMinutes": 60}),
            "day",
        ),
        (
            "planner_get",
            json!({"from": end_of_time, "days": 7}),
            "from",
        ),
        (
            "day_sheet_get",
            json!({"resourceId": 1, "date": end_of_time}),
            "date",
        ),
    ];
    for (cmd, args, field) in rows {
        let e = t.answer(cmd, json_body(args)).unwrap_err();
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some("validation"), Some(field)),
            "{cmd}: {e}"
        );
    }
}

#[test]
fn a_booking_in_2020_or_9999_is_refused_whatever_the_reason() {
    let t = spawn();
    let view = t
        .invoke(
            "planner_get",
            json!({"from": today().to_string(), "days": 1}),
        )
        .unwrap();
    let entry = view["queue"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["onHold"] == false)
        .expect("the demo queues a delivery not on hold")
        .clone();
    let resource = view["resources"][0]["id"].clone();
    for day in ["2020-12-01", "9999-12-31"] {
        let args = json!({"input": {
            "itemId": entry["itemId"], "expectedVersion": entry["itemVersion"],
            "resourceId": resource,
            "start": format!("{day}T09:00:00Z"), "end": format!("{day}T10:00:00Z"),
            "overrideReason": "the customer insists",
        }});
        let e = t.refusal("item_schedule", json_body(args));
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some("validation"), Some("start")),
            "{day}: {e}"
        );
    }
}

impl TestApp {
    /// `order_submit`'s arguments: one monitor for the first customer, wanted `start`–`end`.
    fn monitor_order(&self, start: &str, end: &str) -> Value {
        let refs = self.invoke("reference_get", json!({})).unwrap();
        let customer = &refs["customers"][0];
        json!({"input": {
            "customerId": customer["id"], "recipientId": customer["recipients"][0]["id"],
            "items": [{
                "serviceId": refs["services"][3]["id"], "transactionType": "order", "quantity": 1,
                "specs": {"size": "22"}, "windowStart": start, "windowEnd": end,
                "address": {"line1": "Main 1", "postalCode": "1010", "city": "Vienna", "countryCode": "AT"}
            }]
        }})
    }
}

#[test]
fn windows_at_the_end_of_time_or_in_2000_are_refused() {
    let t = spawn();
    for (start, end) in [
        ("2026-12-01", "+262142-12-31"),
        ("2000-01-03", "2000-01-07"),
    ] {
        let e = t.refusal("order_submit", json_body(t.monitor_order(start, end)));
        assert_eq!(e["field"], "items[0].window.end", "{start}–{end}: {e}");
    }
}

/// The search for a slot starts where the recipients' windows open; one at
/// the horizon's edge is searched there and answered.
#[test]
fn suggesting_a_slot_for_a_window_at_the_horizon_answers() {
    let t = spawn();
    let last = today() + chrono::Days::new(engine::domain::limits::HORIZON_DAYS);
    let first = last - chrono::Days::new(6);
    let order = t
        .invoke(
            "order_submit",
            t.monitor_order(&first.to_string(), &last.to_string()),
        )
        .unwrap();
    let item = order["items"][0]["itemId"].clone();
    let answer = t.answer(
        "item_suggest_slot",
        json_body(json!({"itemId": item, "durationMinutes": 60})),
    );
    if let Ok(slot) = &answer {
        assert!(
            slot["start"].as_str().unwrap() >= first.to_string().as_str(),
            "{slot}"
        );
    }
}
