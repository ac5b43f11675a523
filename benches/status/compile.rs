//! Builds the library and small programs that use it with rustc, at
//! `-C opt-level=3` as a release build does, in the bench's own directory.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Which build of the library a program links.
#[derive(Clone, Copy)]
pub enum Library {
    /// This tree's `src`.
    Now,
    /// The library as it was at [`BEFORE`], for before-and-after figures.
    Before,
}

/// The commit the bench compares with: the last one before `from_phrase`
/// read deployed servers' phrases.
pub const BEFORE: &str = "5f81458a304b52d671b6350e94dcfd901cee47d6";

/// Compiles `source` into `name` (or `name.s` for `--emit asm`) against
/// this tree's library, with the extra rustc `args`, and returns the
/// output's path.
pub fn program(name: &str, source: &str, args: &[&str]) -> Result<PathBuf, String> {
    program_with(name, source, args, &[("http_status", Library::Now)])
}

/// [`program`], linking each library of `externs` under its crate name.
pub fn program_with(
    name: &str,
    source: &str,
    args: &[&str],
    externs: &[(&str, Library)],
) -> Result<PathBuf, String> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let file = dir.join(format!("{name}.rs"));
    std::fs::write(&file, source).map_err(|e| format!("writing {}: {e}", file.display()))?;
    let out = if args.contains(&"asm") {
        dir.join(format!("{name}.s"))
    } else {
        dir.join(name)
    };
    let mut all: Vec<String> = args.iter().map(|&arg| arg.to_owned()).collect();
    for &(crate_name, library) in externs {
        all.push("--extern".to_owned());
        all.push(format!("{crate_name}={}", rlib(library)?.display()));
    }
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    rustc(&all, &out, &file)?;
    Ok(out)
}

/// The library as an rlib, each build once per run.
fn rlib(library: Library) -> Result<&'static Path, String> {
    static NOW: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    static BEFORE_RLIB: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let built = match library {
        Library::Now => NOW.get_or_init(|| {
            let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
            build_rlib(&lib, "now", &dir.join("libhttp_status.rlib"))
        }),
        Library::Before => BEFORE_RLIB.get_or_init(|| {
            let lib = checkout_before(&dir.join("before"))?;
            build_rlib(&lib, "before", &dir.join("libhttp_status_before.rlib"))
        }),
    };
    built.as_deref().map_err(Clone::clone)
}

/// Builds the library at `lib` into `rlib`; `metadata` tells two builds
/// apart when one program links both.
fn build_rlib(lib: &Path, metadata: &str, rlib: &Path) -> Result<PathBuf, String> {
    let metadata = format!("metadata={metadata}");
    rustc(
        &[
            "--crate-type",
            "rlib",
            "--crate-name",
            "http_status",
            "-C",
            &metadata,
        ],
        rlib,
        lib,
    )?;
    Ok(rlib.to_owned())
}

/// Writes the library's `src` at [`BEFORE`] under `dir` with `git archive`,
/// and returns its `lib.rs`.
fn checkout_before(dir: &Path) -> Result<PathBuf, String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let archive = Command::new("git")
        .args(["-C", env!("CARGO_MANIFEST_DIR"), "archive", BEFORE, "src"])
        .output()
        .map_err(|e| format!("running git: {e}"))?;
    if !archive.status.success() {
        return Err(format!(
            "git archive {BEFORE} failed (a shallow clone?): {}",
            String::from_utf8_lossy(&archive.stderr).trim()
        ));
    }
    let mut tar = Command::new("tar")
        .args(["-x", "-C"])
        .arg(dir)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("running tar: {e}"))?;
    {
        use std::io::Write;
        let mut stdin = tar.stdin.take().expect("piped");
        stdin
            .write_all(&archive.stdout)
            .map_err(|e| format!("writing to tar: {e}"))?;
    }
    let status = tar.wait().map_err(|e| format!("running tar: {e}"))?;
    if !status.success() {
        return Err("tar could not unpack the archive".to_owned());
    }
    Ok(dir.join("src/lib.rs"))
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
