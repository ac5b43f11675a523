//! `cargo bench`: first the gate, then the figures.
//!
//! 1. The machine code of every predicate, read from the compiler's own
//!    assembly: each must be one subtraction, one comparison and a `setcc`,
//!    with no jump and no call. A predicate that falls short fails the bench.
//! 2. What each lookup adds to a release program, in loaded bytes: figures
//!    only, with no threshold applied to them.
//!
//! How the crate compares with the `http` crate is `interop/`'s bench.

// The library keeps to Rust 1.63; the bench may use the stable toolchain.
#![allow(clippy::incompatible_msrv)]

#[path = "../../tests/common/mod.rs"]
mod common;
mod compile;
mod elf;
mod footprint;
mod machine_code;

use std::process::ExitCode;

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // then only the gate runs, so tests stay quick.
    let timed = std::env::args().any(|arg| arg == "--bench");
    let gate = machine_code::check();
    if timed {
        println!();
        footprint::run();
    }
    match gate {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("machine-code check failed: {failure}");
            ExitCode::FAILURE
        }
    }
}
