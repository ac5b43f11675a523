//! Choosing what to retry: the RFCs' rules for repeating a request, with
//! the party each binds, beside what widely used clients do by default. A
//! page of prose, with no items.
//!
#![doc = include_str!("retry.md")]
