//! Views over [`rules`]: the rules of one topic.

use crate::{rules, Rule, Topic};

/// The rules of `code` that are about a header field of its responses:
/// those whose topic is [`Topic::Field`], present or, where the level
/// [forbids](crate::Level::forbids) it, absent.
///
/// ```
/// use http_status_rules::{header_fields, Level, Topic};
///
/// let allow = header_fields(405).next().unwrap();
/// assert_eq!(allow.topic(), Topic::Field("Allow"));
/// assert_eq!(allow.level(), Level::Must);
/// ```
pub fn header_fields(code: u16) -> impl Iterator<Item = &'static Rule> + Clone {
    rules(code)
        .iter()
        .filter(|rule| matches!(rule.topic(), Topic::Field(_)))
}

/// The rules of `code` about repeating the request: those whose topic is
/// [`Topic::Repeat`], each with what the repeated request changes. Each
/// binds the party that would repeat it, a client or an intermediary; a
/// server's `Retry-After`, as with 429 and 503, is a header field's rule,
/// in [`header_fields`].
///
/// ```
/// use http_status_rules::{retry, Change, Party, Topic};
///
/// let again = retry(421).find(|rule| rule.topic() == Topic::Repeat(Change::Connection));
/// assert_eq!(again.map(|rule| rule.party()), Some(Party::Client));
/// ```
pub fn retry(code: u16) -> impl Iterator<Item = &'static Rule> + Clone {
    rules(code)
        .iter()
        .filter(|rule| matches!(rule.topic(), Topic::Repeat(_)))
}
