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
//! - Lookups: [`reason_phrase`], [`name`], [`alias`], [`from_name`],
//!   [`from_phrase`], and [`describe`] for log lines and error messages.

#[macro_use]
mod columns;
mod describe;
mod index;
mod lookup;
mod predicates;
mod reference;

pub use describe::{describe, Description};
pub use lookup::{alias, from_name, from_phrase, name, reason_phrase};
pub use predicates::{
    cannot_have_content, class, is_client_error, is_error, is_heuristically_cacheable,
    is_informational, is_redirect, is_server_error, is_success, Class,
};
pub use reference::{reference, Reference};

include!("status/table.rs");
