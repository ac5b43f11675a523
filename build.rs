//! Sets `http_status_diagnostics` on Rust 1.78 and later, whose
//! `#[diagnostic::on_unimplemented]` lets a status assertion given a value
//! that is no status say so in words; Rust 1.63 to 1.77 reject the
//! attribute, and build the crate without it.

use std::env;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-check-cfg=cfg(http_status_diagnostics)");
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let version = Command::new(rustc).arg("--version").output();
    // "rustc 1.95.0 (59807616e 2026-04-14)": the minor version.
    let minor = version
        .ok()
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .and_then(|text| {
            text.split('.')
                .nth(1)
                .and_then(|minor| minor.parse::<u32>().ok())
        });
    if minor.map_or(false, |minor| minor >= 78) {
        println!("cargo:rustc-cfg=http_status_diagnostics");
    }
}
