//! The specification of the library, one file a subject, built as one test
//! program: each file directly in `tests/` is a program of its own to build
//! and link, and twelve of them took most of each mutant's time under
//! `.ci/mutants`. `tests/assert_status.rs` stays a program of its own.

#[path = "../common/mod.rs"]
mod common;

mod const_context;
mod constants;
mod describe;
mod drf;
mod meaning;
mod predicates;
mod properties;
mod registry;
mod rfc;
mod understood_as;
mod wording;
