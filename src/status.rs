//! Named HTTP status codes, their range predicates and lookups.
//!
//! Every code, name, phrase and reference here comes from one table, one row
//! per code, in the crate's `src/status/table.rs`; each constant's
//! documentation below is generated from its row.
//!
//! - The constants: `HTTP_404_NOT_FOUND` and the rest, DRF's names, plus
//!   RFC 9110's names for the four codes it renamed; [`ALL`] lists them.
//! - Range predicates, as DRF has them: [`is_informational`],
//!   [`is_success`], [`is_redirect`], [`is_client_error`],
//!   [`is_server_error`], and [`is_error`] and [`class`] beside them.
//! - What RFC 9110 says of a code beyond its class:
//!   [`cannot_have_content`], [`is_heuristically_cacheable`] and
//!   [`reference()`].
//! - What a code means: [`meaning`], which also leads each constant's
//!   documentation, and the guide to [choosing a code](#choosing-a-code)
//!   below.
//! - Lookups: [`reason_phrase`], [`name`], [`alias`], [`from_name`],
//!   [`from_phrase`], and [`describe`] for log lines and error messages.
//! - Codes outside the registry that logs show, such as nginx's 499:
//!   [`unregistered`] and [`UNREGISTERED`], kept apart from the rest.
//!
#![doc = include_str!("status/choosing.md")]

mod describe;
mod expand;
mod fields;
mod index;
mod meaning;
mod names;
mod phrases;
mod predicates;
mod reference;
mod table;
mod unregistered;
mod unregistered_table;

pub use describe::{describe, Description};
pub use fields::{header_fields, HeaderField, Requirement};
pub use meaning::meaning;
pub use names::{alias, from_name, name};
pub use phrases::{from_phrase, reason_phrase};
pub use predicates::{
    cannot_have_content, class, is_client_error, is_error, is_heuristically_cacheable,
    is_informational, is_redirect, is_server_error, is_success, Class,
};
pub use reference::{reference, Reference};
pub use table::*;
pub use unregistered::{unregistered, Unregistered};
pub use unregistered_table::UNREGISTERED;
