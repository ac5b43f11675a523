//! Django REST framework's `status` module for Rust: each HTTP status code
//! that DRF names as a named `u16` constant, the five range predicates as
//! `const fn`, the same names as your web framework's status type, and
//! assertions that say which status came back. No dependencies, no `std`,
//! no allocation.
//!
//! DRF names 64 codes: every code that has an entry of its own in the IANA
//! HTTP Status Code Registry but 104, a temporary registration, counting
//! 306 and 418, whose entries read "(Unused)", and 510, which the registry
//! marks obsoleted; and 509, which the registry leaves unassigned.
//!
//! ```
//! use http_status::assert_status;
//! use http_status::status::{self, HTTP_404_NOT_FOUND};
//!
//! let code: u16 = HTTP_404_NOT_FOUND;
//! assert!(status::is_client_error(code));
//! assert_eq!(status::reason_phrase(code), Some("Not Found"));
//! assert_status!(code, [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE]);
//! ```
//!
//! # What is where
//!
//! - [`status`]: the constants, the predicates and every lookup: phrases,
//!   names, meanings, classes and the RFC sections. Every rule the RFCs give
//!   each code, word for word, is the companion crate `http-status-rules`'.
//! - [`constants!`]: your own `status` module, DRF's whole module with
//!   every constant your framework's status type, with the line for axum,
//!   poem, Rocket and actix-web.
//! - [`assert_status!`] and [`debug_assert_status!`]: assertions whose
//!   failure says which status came back; [`assert`](mod@assert) has the
//!   traits that say what they take.
//! - [`guide`]: which code to send among those people confuse, and where
//!   DRF's names are not RFC 9110's.
//!
//! | DRF (Python) | http-status (Rust) |
//! | --- | --- |
//! | `from rest_framework import status` | `use http_status::status;` |
//! | `status.HTTP_404_NOT_FOUND` | `status::HTTP_404_NOT_FOUND` |
//! | `status.is_informational(code)` | `status::is_informational(code)` |
//! | `status.is_success(code)` | `status::is_success(code)` |
//! | `status.is_redirect(code)` | `status::is_redirect(code)` |
//! | `status.is_client_error(code)` | `status::is_client_error(code)` |
//! | `status.is_server_error(code)` | `status::is_server_error(code)` |
//! | `self.assertTrue(status.is_success(response.status_code))` | `assert_status!(response.status(), status::is_success)` |
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
//!   `reference`, `understood_as`), for every input;
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
// Clippy's pedantic group on the library's own code, which `.ci/run` makes
// errors, less the lints whose advice does not fit here, each with why:
#![warn(clippy::pedantic)]
// Every `Result` the crate returns is `fmt::Result`, whose one error is the
// formatter's own: there is no error of the crate's to document.
#![allow(clippy::missing_errors_doc)]

pub mod assert;
mod constants;
pub mod guide;
pub mod status;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

// The README's code blocks are doc tests, so that a Rust block added to it
// runs: its first one does. The other two, a handler and its test in axum
// and the rules' assertion on its response, need crates the library does
// not depend on: they are marked `ignore` here, and `interop/tests/readme.rs`
// and `interop/tests/conformance.rs` build and run them, word for word.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
