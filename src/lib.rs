//! Every HTTP status code as a named `u16` constant, the way Django REST
//! framework's `status` module names them, with `const fn` range predicates,
//! what RFC 9110 and each code's own RFC say of it, reason phrases, lookups,
//! and test assertions that say which status came back. No dependencies, no
//! `std`, no allocation.
//!
//! ```
//! use http_status::assert_status;
//! use http_status::status::{self, HTTP_201_CREATED, HTTP_404_NOT_FOUND};
//!
//! // In a handler: a name instead of a bare number.
//! let code = HTTP_404_NOT_FOUND;
//! assert_eq!(code, 404);
//!
//! // In a test: DRF's range checks, and an assertion whose failure says
//! // "actual: 404 Not Found (HTTP_404_NOT_FOUND)".
//! assert!(status::is_client_error(code));
//! assert_status!(HTTP_201_CREATED, status::is_success);
//!
//! // What RFC 9110 says of a code beyond its class.
//! assert!(status::cannot_have_content(status::HTTP_204_NO_CONTENT));
//! assert!(status::is_heuristically_cacheable(code));
//! assert_eq!(status::reference(code).unwrap().to_string(), "RFC 9110, Section 15.5.5");
//!
//! // Beyond DRF: phrases, classes and names, both ways.
//! assert_eq!(status::reason_phrase(code), Some("Not Found"));
//! assert_eq!(status::class(code), Some(status::Class::ClientError));
//! assert_eq!(status::name(code), Some("HTTP_404_NOT_FOUND"));
//! assert_eq!(status::from_name("HTTP_404_NOT_FOUND"), Some(404));
//! assert_eq!(status::from_phrase("not found"), Some(404));
//! ```
//!
//! The codes and lookups live in [`status`]; see its items for the full list
//! of codes. [`assert_status!`] and [`debug_assert_status!`] are at the crate
//! root, with what they accept in [`assert`](mod@assert). Codes are plain
//! `u16`, so they work with any HTTP library: the `http` crate's
//! `StatusCode` converts from one with the `const fn`
//! `StatusCode::from_u16`, into one with `u16::from`, and compares with one
//! as it is.

//!
//! # Stability
//!
//! The crate follows semantic versioning, as Cargo reads it: before 1.0,
//! 0.4.0 to 0.4.1 is a compatible release and 0.4 to 0.5 a breaking one.
//! A compatible release changes no answer the crate gives:
//!
//! - the constants' names and values, and every public item's name and
//!   signature, `const` included;
//! - the answers of every function: the predicates, `class`, and every
//!   lookup (`reason_phrase`, `from_phrase`, `name`, `alias`, `from_name`,
//!   `reference`, `header_fields`), for every input;
//! - the forms that `assert_status!`, `debug_assert_status!` and
//!   `constants!` accept.
//!
//! It may change the wording of `meaning`, of the constants' docs, and of
//! `describe`'s and the assertions' messages, as a sentence is read more
//! exactly against its RFC: match on the values, not on the text of a
//! message. A code the IANA registry newly assigns comes in a compatible
//! release as a new constant, with the lookups answering for it where they
//! gave `None`. The minimum Rust version, 1.63, rises only in a breaking
//! release before 1.0, and the changelog says so.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod assert;
mod constants;
pub mod status;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
