//! A customer and its people, as staff type them (parse, don't validate); a
//! customer's addresses are [`super::order::Address`]es.

use super::limits::{CUSTOMER_NUMBER_MAX, EMAIL_MAX, PARTY_NAME_MAX, PHONE_MAX};
use super::text;
use crate::i18n::Invalid;
use crate::Error;
use serde::{Deserialize, Serialize};

/// What of a customer's master data a change is about: the customer, one of
/// its people, one of its addresses. Each is versioned and archived alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CustomerPart {
    Customer,
    Person,
    Address,
}

impl CustomerPart {
    /// The name the audit trail and errors use.
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerPart::Customer => "customer",
            CustomerPart::Person => "person",
            CustomerPart::Address => "address",
        }
    }
}

/// A customer: its number (the natural key people and CSV files match on),
/// its name, and the marks the D1 rules read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    number: String,
    name: String,
    is_new: bool,
    flagged: bool,
}

impl Customer {
    pub fn parse(number: &str, name: &str, is_new: bool, flagged: bool) -> Result<Self, Error> {
        Ok(Customer {
            number: customer_number("number", number)?,
            name: text::required("name", name, PARTY_NAME_MAX)?,
            is_new,
            flagged,
        })
    }

    pub fn number(&self) -> &str {
        &self.number
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn is_new(&self) -> bool {
        self.is_new
    }
    pub fn flagged(&self) -> bool {
        self.flagged
    }
}

/// One of a customer's people: who receives an order, and how to reach them.
/// Email and phone may be left empty; what is typed must be one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    name: String,
    email: String,
    phone: String,
}

impl Person {
    pub fn parse(name: &str, email: &str, phone: &str) -> Result<Self, Error> {
        Ok(Person {
            name: text::required("name", name, PARTY_NAME_MAX)?,
            email: email_address("email", email)?,
            phone: phone_number("phone", phone)?,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn email(&self) -> &str {
        &self.email
    }
    pub fn phone(&self) -> &str {
        &self.phone
    }
}

/// Letters, digits and `- _ . /`, no spaces: what a spreadsheet column and a
/// person on the phone can both spell out.
fn customer_number(field: &str, raw: &str) -> Result<String, Error> {
    let v = text::required(field, raw, CUSTOMER_NUMBER_MAX)?;
    if !v
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
    {
        return Err(Error::invalid(
            field,
            Invalid::CustomerNumberCharacters {
                got: text::echo(raw),
            },
        ));
    }
    Ok(v)
}

/// `local@domain.tld`: one @, something before it, a dotted domain after it
/// of letters, digits and hyphens, no spaces. What a mail server accepts is
/// wider; what a person types by mistake (a missing @, a comma, a space) is
/// caught.
fn email_address(field: &str, raw: &str) -> Result<String, Error> {
    let v = text::optional(field, raw, EMAIL_MAX)?;
    if v.is_empty() {
        return Ok(v);
    }
    let valid = match v.split_once('@') {
        Some((local, domain)) => {
            let local_ok = !local.is_empty()
                && local.chars().count() <= 64
                && !local.starts_with('.')
                && !local.ends_with('.')
                && !local.contains("..")
                && local
                    .chars()
                    .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
            let labels: Vec<&str> = domain.split('.').collect();
            let domain_ok = labels.len() >= 2
                && labels.iter().all(|l| {
                    !l.is_empty()
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                        && l.chars().all(|c| c.is_alphanumeric() || c == '-')
                })
                && labels.last().is_some_and(|t| t.chars().count() >= 2);
            local_ok && domain_ok
        }
        None => false,
    };
    if !valid {
        return Err(Error::invalid(
            field,
            Invalid::NotAnEmail {
                got: text::echo(raw),
            },
        ));
    }
    Ok(v)
}

/// Digits with the marks people write between them (`+` first only, spaces,
/// `- ( ) / .`), at least five digits and at most fifteen (E.164).
fn phone_number(field: &str, raw: &str) -> Result<String, Error> {
    let v = text::optional(field, raw, PHONE_MAX)?;
    if v.is_empty() {
        return Ok(v);
    }
    let body = v.strip_prefix('+').unwrap_or(&v);
    if let Some(bad) = body
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '/' | '.')))
    {
        return Err(Error::invalid(
            field,
            Invalid::PhoneCharacter {
                bad,
                got: text::echo(raw),
            },
        ));
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !(5..=15).contains(&digits) {
        return Err(Error::invalid(field, Invalid::PhoneDigits { got: digits }));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(e: Error) -> String {
        match e {
            Error::Validation { field, .. } => field,
            other => panic!("not a validation error: {other}"),
        }
    }

    #[test]
    fn a_customer_needs_a_number_that_can_be_spelled_and_a_name() {
        let c = Customer::parse(" C-00042 ", "Acme GmbH", true, false).unwrap();
        assert_eq!(
            (c.number(), c.name(), c.is_new()),
            ("C-00042", "Acme GmbH", true)
        );
        for bad in ["", "C 42", "C#42", &"9".repeat(31)] {
            let e = Customer::parse(bad, "Acme", false, false).unwrap_err();
            assert_eq!(field_of(e), "number", "{bad:?}");
        }
        assert_eq!(
            field_of(Customer::parse("C-1", " ", false, false).unwrap_err()),
            "name"
        );
    }

    #[test]
    fn an_email_must_be_one_when_given() {
        for ok in [
            "",
            "lena.fischer@acme.at",
            "a+b@mail.example.com",
            "Ünal@müller.de",
        ] {
            assert!(Person::parse("Lena", ok, "").is_ok(), "{ok:?}");
        }
        for bad in [
            "lena",
            "lena@",
            "@acme.at",
            "lena@acme",
            "lena@@acme.at",
            "lena fischer@acme.at",
            "lena@acme,at",
            "lena@acme.a",
            ".lena@acme.at",
            "lena..f@acme.at",
            "lena@-acme.at",
        ] {
            let e = Person::parse("Lena", bad, "").unwrap_err();
            assert_eq!(field_of(e), "email", "{bad:?}");
        }
    }

    #[test]
    fn a_phone_has_digits_not_letters() {
        for ok in ["", "+43 660 412 3371", "(01) 526-4410", "0664/2085190"] {
            assert!(Person::parse("Lena", "", ok).is_ok(), "{ok:?}");
        }
        for bad in [
            "call me",
            "+43 660 FISCHER",
            "12+34567",
            "1234",
            "+1 2345 6789 0123 4567",
        ] {
            let e = Person::parse("Lena", "", bad).unwrap_err();
            assert_eq!(field_of(e), "phone", "{bad:?}");
        }
        assert_eq!(field_of(Person::parse("", "", "").unwrap_err()), "name");
    }
}
