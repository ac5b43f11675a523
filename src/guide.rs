//! Choosing a code, and where DRF's names are not RFC 9110's: a page of
//! prose, with no items.
//!
#![doc = include_str!("guide.md")]

// The guide names the constants as the `status` module does: this import
// is what its links resolve through.
#[allow(unused_imports)]
use crate::status::*;
