//! Builds the library and small programs that use it with rustc, at
//! `-C opt-level=3` as a release build does, in the bench's own directory.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Compiles `source` into `name` (or `name.s` for `--emit asm`) against
/// this tree's library, with the extra rustc `args`, and returns the
/// output's path.
pub fn program(name: &str, source: &str, args: &[&str]) -> Result<PathBuf, String> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join(format!("{name}.rs"));
    std::fs::write(&file, source).map_err(|e| format!("writing {}: {e}", file.display()))?;
    let out = if args.contains(&"asm") {
        dir.join(format!("{name}.s"))
    } else {
        dir.join(name)
    };
    let library = format!("http_status={}", rlib()?.display());
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--extern", &library]);
    rustc(&all, &out, &file)?;
    Ok(out)
}

/// The library as an rlib, built once per run.
fn rlib() -> Result<&'static Path, String> {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
        let rlib = Path::new(env!("CARGO_TARGET_TMPDIR")).join("libhttp_status.rlib");
        rustc(
            &["--crate-type", "rlib", "--crate-name", "http_status"],
            &rlib,
            &lib,
        )?;
        Ok(rlib)
    });
    built.as_deref().map_err(Clone::clone)
}

fn rustc(args: &[&str], out: &Path, source: &Path) -> Result<(), String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = Command::new(&rustc)
        .args([
            "--edition",
            "2021",
            "-C",
            "opt-level=3",
            "--cap-lints",
            "allow",
        ])
        .args(args)
        .arg("-o")
        .arg(out)
        .arg(source)
        .output()
        .map_err(|e| format!("running {rustc}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{rustc} failed on {}: {}",
            source.display(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
