//! Each code of DRF's module as a named `u16` constant, with range
//! predicates, reason phrases, what each code means and where it is
//! defined. The codes are every one that has an entry of its own in the
//! IANA registry but 104, a temporary registration (306 and 418 among them,
//! whose entries read "(Unused)", and 510, marked obsoleted), and 509, which
//! the registry leaves unassigned. Which code to send, among those people
//! confuse, is the [guide](crate::guide)'s subject, with where DRF's names
//! differ from RFC 9110's.
//!
//! ```
//! use http_status::status::{self, HTTP_404_NOT_FOUND};
//!
//! let code: u16 = 404;
//! assert_eq!(code, HTTP_404_NOT_FOUND);
//! assert!(status::is_client_error(code));
//! assert_eq!(status::reason_phrase(code), Some("Not Found"));
//! assert_eq!(status::reference(code).unwrap().to_string(), "RFC 9110, Section 15.5.5");
//! ```
//!
//! - The constants: `HTTP_404_NOT_FOUND` and the rest, DRF's names, plus
//!   RFC 9110's names for the four codes where DRF keeps RFC 2616's or
//!   RFC 4918's name (413, 414, 416 and 422); [`ALL`] lists them.
//! - Range predicates, as DRF has them: [`is_informational`],
//!   [`is_success`], [`is_redirect`], [`is_client_error`],
//!   [`is_server_error`], and [`is_error`] and [`class`] beside them.
//! - What the RFCs say of a code beyond its class:
//!   [`cannot_have_content`], [`is_heuristically_cacheable`] and
//!   [`reference()`]; every rule they give each code, word for word, is the
//!   companion crate `http-status-rules`' subject.
//! - The same names as your framework's own status type:
//!   [`constants!`](crate::constants).
//! - What a code means: [`meaning`], which also leads each constant's
//!   documentation.
//! - Lookups: [`reason_phrase`], [`name`], [`alias`], [`from_name`],
//!   [`from_phrase`], and [`describe`] for log lines and error messages.
//! - How a client understands a code it does not know: [`understood_as`].
//!
//! Every code, name, phrase and reference comes from one table, one row per
//! code, in the repository's `gen/src/rows.rs`, from which `src/status/table.rs`
//! is generated as plain Rust, each constant's documentation with it.

mod describe;
mod index;
mod meaning;
mod names;
mod phrases;
mod predicates;
mod reference;
mod understood;
// Generated, and laid out by its generator: see its head.
#[rustfmt::skip]
mod table;

pub use describe::{describe, Description};
pub use meaning::meaning;
pub use names::{alias, from_name, name};
pub use phrases::{from_phrase, reason_phrase};
pub use predicates::{
    cannot_have_content, class, is_client_error, is_error, is_heuristically_cacheable,
    is_informational, is_redirect, is_server_error, is_success, Class,
};
pub use reference::{reference, Reference};
pub use table::*;
pub use understood::understood_as;
