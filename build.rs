//! Sets `http_status_diagnostics` on Rust 1.78 and later, whose
//! `#[diagnostic::on_unimplemented]` lets a status assertion given a value
//! that is no status say so in words; Rust 1.63 to 1.77 reject the
//! attribute, and build the crate without it.
//!
//! It runs no program: Rust 1.78 stabilized `cfg(target_abi)` together
//! with the `diagnostic` namespace, so from that release on `rustc --print
//! cfg`, which Cargo has already run, lists `target_abi`, and Cargo hands
//! every cfg it lists to this script as a `CARGO_CFG_*` variable. Asking
//! `rustc --version` instead took as long again as building this script.

use std::env;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if env::var_os("CARGO_CFG_TARGET_ABI").is_some() {
        // Here alone: Cargo 1.76 and earlier warn on the line (Cargo 1.77
        // to 1.79 ignore it, 1.80 and later need it for their lint), and a
        // compiler that lacks the cfg has no such lint.
        println!("cargo:rustc-check-cfg=cfg(http_status_diagnostics)");
        println!("cargo:rustc-cfg=http_status_diagnostics");
    }
}
