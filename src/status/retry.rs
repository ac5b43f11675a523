//! What a client may do next: the RFCs' rules for repeating a request, code
//! by code, read from the table's `retry` entries, and how a client is to
//! understand a code it does not know.

use super::index::row;
use super::table::column;
use super::{Reference, Requirement};
use core::fmt;

/// What a repeated request changes, in a rule of [`retry`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Change {
    /// Nothing: the same request again.
    Nothing,
    /// Its credentials: a new or other `Authorization` or
    /// `Proxy-Authorization` header field.
    Credentials,
    /// The named header field: added, such as `Content-Length` after a 411,
    /// or changed, such as `Expect` without its `100-continue` after a 417.
    HeaderField(&'static str),
    /// Its header section, made smaller, as after a 431.
    HeaderSection,
    /// The connection it is sent over.
    Connection,
    /// When it is sent: after a wait, such as the one a `Retry-After` header
    /// field gives.
    Wait,
}

/// A rule of an RFC for what a client may do when it receives a code: how
/// strongly, what the repeated request changes, under what condition, and
/// where the RFC says so.
///
/// ```
/// use http_status::status::{retry, Change, Requirement};
///
/// let rule = &retry(401)[0];
/// assert_eq!(rule.requirement(), Requirement::May);
/// assert_eq!(rule.change(), Change::Credentials);
/// assert_eq!(rule.reference().to_string(), "RFC 9110, Section 15.5.2");
/// assert_eq!(
///     rule.to_string(),
///     "MAY repeat the request with new credentials, with a new or replaced \
///      Authorization header field (RFC 9110, Section 15.5.2)"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Retry {
    requirement: Requirement,
    change: Change,
    reference: Reference,
    condition: Option<&'static str>,
}

impl Retry {
    /// A row's `retry` entry.
    #[inline]
    pub(crate) const fn new(
        change: Change,
        requirement: Requirement,
        reference: Reference,
        condition: Option<&'static str>,
    ) -> Retry {
        Retry {
            requirement,
            change,
            reference,
            condition,
        }
    }

    /// The BCP 14 keyword of the sentence that states the rule. For 429 and
    /// 503 it is the server's: it MAY send `Retry-After`.
    #[must_use]
    #[inline]
    pub const fn requirement(&self) -> Requirement {
        self.requirement
    }

    /// What the repeated request changes.
    #[must_use]
    #[inline]
    pub const fn change(&self) -> Change {
        self.change
    }

    /// The section that states the rule.
    #[must_use]
    #[inline]
    pub const fn reference(&self) -> Reference {
        self.reference
    }

    /// When the rule applies, or how, in the section's words, such as `if
    /// the client has an outstanding request in transit`.
    #[must_use]
    #[inline]
    pub const fn condition(&self) -> Option<&'static str> {
        self.condition
    }
}

impl fmt::Display for Retry {
    /// Writes `MAY repeat the request over another connection, whether or
    /// not the request method is idempotent (RFC 9110, Section 15.5.20)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} repeat the request", self.requirement)?;
        match self.change {
            Change::Nothing => Ok(()),
            Change::Credentials => f.write_str(" with new credentials"),
            Change::HeaderField(field) => write!(f, " with its {field} header field changed"),
            Change::HeaderSection => f.write_str(" with a smaller header section"),
            Change::Connection => f.write_str(" over another connection"),
            Change::Wait => f.write_str(" after a wait"),
        }?;
        if let Some(condition) = self.condition {
            write!(f, ", {condition}")?;
        }
        write!(f, " ({})", self.reference)
    }
}

/// What the RFCs say a client may do when it receives `code`: each rule
/// for repeating the request, with its BCP 14 keyword, what the repeated
/// request changes, its condition and its section; empty where they say
/// nothing, as for 404 and 501, and for every `u16` without a constant.
///
/// The rules, code by code: RFC 9110 for 401, 403, 407 (credentials), 408
/// (a request in transit), 411 (`Content-Length`), 413 (after
/// `Retry-After`, if temporary), 417 (without `100-continue`, Section
/// 10.1.1), 421 (another connection) and 503 (`Retry-After`); RFC 6585 for
/// 429 (`Retry-After`) and 431 (a smaller header section); RFC 4918 for
/// 507 (not again until a separate user action); and RFC 8470 for 425
/// (automatically, never in early data). Two
/// rules span codes and have no entry: a method that is not idempotent is
/// not to be retried automatically (RFC 9110, Section 9.2.2: SHOULD NOT),
/// and `Retry-After` with any 3xx is the least wait before the redirected
/// request (Section 10.2.3, which states no keyword). How widely used
/// clients differ is the [guide](crate::guide#choosing-what-to-retry)'s
/// subject.
///
/// ```
/// use http_status::status::{retry, Change, Requirement};
///
/// // 421: over another connection, whatever the method.
/// assert_eq!(retry(421)[0].change(), Change::Connection);
/// // 425: automatically, but never in early data.
/// let levels: Vec<Requirement> = retry(425).iter().map(|rule| rule.requirement()).collect();
/// assert_eq!(levels, [Requirement::Should, Requirement::MustNot]);
/// // 501 is a final answer; 404 says nothing of retrying.
/// assert!(retry(501).is_empty() && retry(404).is_empty());
/// ```
#[must_use]
#[inline]
pub const fn retry(code: u16) -> &'static [Retry] {
    match row(code) {
        Some(row) => column::retry(row),
        None => &[],
    }
}

/// The code a client is to treat a received `code` as, by RFC 9110,
/// Section 15: `code` itself where the crate knows it (it has a constant),
/// the x00 code of its class for any other code in 100..=599, and 500 for a
/// code outside that range.
///
/// Section 15 says that "a client MUST understand the class of any status
/// code, as indicated by the first digit, and treat an unrecognized status
/// code as being equivalent to the x00 status code of that class", and that
/// "a client that receives a response with an invalid status code SHOULD
/// process the response as if it had a 5xx (Server Error) status code";
/// values outside 100..599 are invalid, and 500 is the 5xx class's x00.
///
/// ```
/// use http_status::status::understood_as;
///
/// assert_eq!(understood_as(404), 404);
/// assert_eq!(understood_as(299), 200);
/// assert_eq!(understood_as(499), 400);
/// assert_eq!(understood_as(999), 500);
/// assert_eq!(understood_as(42), 500);
/// ```
#[must_use]
#[inline]
pub const fn understood_as(code: u16) -> u16 {
    if row(code).is_some() {
        code
    } else if 100 <= code && code <= 599 {
        code / 100 * 100
    } else {
        500
    }
}
