//! Every rule the HTTP RFCs give each status code, word for word, typed by
//! level, party and topic: the companion of [`http_status`].
//!
//! ```
//! use http_status_rules::{rules, Level, Party, Topic};
//!
//! let allow = rules(405)
//!     .iter()
//!     .find(|rule| rule.topic() == Topic::Field("Allow"))
//!     .unwrap();
//! assert_eq!((allow.level(), allow.party()), (Level::Must, Party::Server));
//! assert_eq!(
//!     allow.to_string(),
//!     "server MUST: \"The origin server MUST generate an Allow header field in a 405 \
//!      response containing a list of the target resource's currently supported methods.\" \
//!      (RFC 9110, Section 15.5.6)"
//! );
//! ```
//!
//! In a test, [`assert_conforms`] checks a response against its code's
//! rules, from its status, the request's method, its header field names and
//! whether it has content, and fails with each rule it breaks, quoted:
//!
//! ```
//! use http_status_rules::assert_conforms;
//!
//! assert_conforms(201, "POST", ["Location", "Content-Type"], true);
//! assert_conforms(204, "DELETE", ["ETag"], false);
//! ```
//!
//! # What is where
//!
//! - [`rules`]: every rule for a code, as a [`Rule`]: its own, its class's
//!   and those for every code. A rule has its [quote](Rule::quote), its
//!   [level](Rule::level) (`MUST`, `SHOULD NOT`, ...), the
//!   [party](Rule::party) it binds and the [words](Rule::subject) that name
//!   it, its [topic](Rule::topic) (a header field, the content, repeating
//!   the request, ...), its [condition](Rule::condition), its
//!   [scope](Rule::scope) and its [section](Rule::reference).
//! - [`header_fields`] and [`retry`]: a code's rules about its header
//!   fields, and about repeating the request.
//! - [`violations`] and [`violations_with_request`]: the rules a response
//!   breaks; [`assert_conforms`] and [`assert_conforms_strictly`] assert on
//!   them.
//! - [`guide`]: choosing what to retry, the RFCs' rules beside what widely
//!   used clients do.
//!
//! # Where the rules come from
//!
//! Every sentence with a BCP 14 keyword in RFC 9110, Section 15 and its
//! subsections; every other one of RFC 9110, 9111 and 9112 that names a
//! status code or class, and RFC 9110, Section 9.2.2's on retrying; RFC 6585,
//! Sections 3 to 6; RFC 7725, Sections 3 and 4; RFC 8297, Section 2; RFC
//! 8470's on 425 and on early data; and the sections that define 207, 422,
//! 423, 424 and 507 (RFC 4918), 208 and 508 (RFC 5842), 226 (RFC 3229) and
//! 510 (RFC 2774). A sentence whose one keyword asks for several header
//! fields is a rule per field. Three sentences with no keyword are rules of
//! the level [`Cannot`](Level::Cannot): that a 1xx, 204 or 304 response
//! cannot contain content.
//!
//! The repository keeps the text of each section quoted, and the crate's
//! tests read every rule against it: its quote is a sentence of the section
//! its reference names, its level a keyword of the quote, its party the
//! quote's subject; and every keyword sentence of RFC 9110, Section 15, and
//! every one of the kept sections that names a code, is some rule's quote.
//!
//! # Stability
//!
//! The rules are data, read more exactly as readers find them: before 1.0,
//! a compatible release may add a rule, or type one more exactly (its
//! topic, condition or scope), but changes no quote, level or reference of
//! a rule it keeps. The enums are `#[non_exhaustive]`.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

mod data;
pub mod guide;
mod rule;
mod table;
mod views;
mod violations;

pub use rule::{Change, Condition, Level, Party, Rule, Scope, Topic};
pub use table::rules;
pub use views::{header_fields, retry};
pub use violations::{
    assert_conforms, assert_conforms_strictly, violations, violations_with_request, Violations,
};
