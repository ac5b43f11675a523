//! Every HTTP status code as a named `u16` constant, the way Django REST
//! framework's `status` module names them, with `const fn` range predicates,
//! reason phrases and name lookups. No dependencies, no `std`, no allocation.
//!
//! ```
//! use http_status::status::{self, HTTP_201_CREATED, HTTP_404_NOT_FOUND};
//!
//! // In a handler: a name instead of a bare number.
//! let code = HTTP_404_NOT_FOUND;
//! assert_eq!(code, 404);
//!
//! // In a test: DRF's range checks.
//! assert!(status::is_client_error(code));
//! assert!(status::is_success(HTTP_201_CREATED));
//!
//! // Beyond DRF: phrases, classes and names, both ways.
//! assert_eq!(status::reason_phrase(code), Some("Not Found"));
//! assert_eq!(status::class(code), Some(status::Class::ClientError));
//! assert_eq!(status::name(code), Some("HTTP_404_NOT_FOUND"));
//! assert_eq!(status::from_name("HTTP_404_NOT_FOUND"), Some(404));
//! ```
//!
//! Everything lives in [`status`]; see its items for the full list of codes.
//! Codes are plain `u16`, so they work with any HTTP library: with the `http`
//! crate, compare against `StatusCode::as_u16()`.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod assert;
pub mod status;

// The README's examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
