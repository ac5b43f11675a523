//! `cargo bench` in `interop/`: http-status against the `http` crate, in one
//! run, as ratios.
//!
//! 1. Time: `reason_phrase` against `StatusCode::canonical_reason` on an even
//!    and a skewed draw of codes, interleaved in rounds, medians compared;
//!    and the five predicates against `StatusCode`'s by their machine code
//!    in this program, which is what a timing of them would measure.
//! 2. Footprint: the loaded bytes that one phrase lookup adds to a release
//!    program, with each crate.
//! 3. Build time: a clean release build of a one-line program using each
//!    crate, dependencies and all.
//!
//! The figures are information: no threshold is applied to them.

#[path = "../../benches/status/elf.rs"]
mod elf;
#[path = "race.rs"]
mod race;

use http::StatusCode;
use http_status::status;
use race::{median, race_two, Rng, ROUNDS};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// How many clean builds of each one-line program.
const BUILDS: usize = 3;

fn main() {
    // `cargo test --benches` runs this too, without `--bench`: then only
    // check that it starts.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    println!("http-status against http {}", http_version());
    println!("(ratio: http-status's figure over http's; below 1 is better)\n");
    phrases();
    predicates();
    if let Err(why) = footprint() {
        println!("footprint: skipped: {why}");
    }
    if let Err(why) = build_times() {
        println!("build time: skipped: {why}");
    }
}

/// The version of `http` 1.x in `Cargo.lock`: the one built and measured
/// (the lock file also holds 0.2, for the tests).
fn http_version() -> &'static str {
    include_str!("../Cargo.lock")
        .split("[[package]]")
        .find_map(|package| {
            let version = package
                .trim()
                .strip_prefix("name = \"http\"\nversion = \"")?;
            let version = version.split('"').next()?;
            version.starts_with("1.").then_some(version)
        })
        .unwrap_or("(unknown)")
}

/// How many codes one pass of the phrase race reads.
const CODES: usize = 8192;

/// Codes drawn evenly from those that `http` names, or 200 nine times in
/// ten and the rest so: each crate's own type, `u16` for ours and
/// `StatusCode` for `http`, converted before timing.
fn draw(rng: &mut Rng, skewed: bool) -> (Vec<u16>, Vec<StatusCode>) {
    let named: Vec<u16> = (100..=999)
        .filter(|&code| {
            StatusCode::from_u16(code)
                .unwrap()
                .canonical_reason()
                .is_some()
        })
        .collect();
    let codes: Vec<u16> = (0..CODES)
        .map(|_| {
            if skewed && rng.below(10) < 9 {
                200
            } else {
                named[rng.below(named.len())]
            }
        })
        .collect();
    let statuses = codes
        .iter()
        .map(|&code| StatusCode::from_u16(code).expect("every constant is a StatusCode"))
        .collect();
    (codes, statuses)
}

fn phrases() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    println!(
        "reason phrase of a code, each through black_box, ns per lookup \
         (median of {ROUNDS} rounds of {CODES})"
    );
    println!(
        "  {:<44} {:>11} {:>8} {:>6}",
        "draw", "http-status", "http", "ratio"
    );
    for (label, skewed) in [
        ("even, over every code http names", false),
        ("skewed, 200 nine times in ten", true),
    ] {
        let (codes, statuses) = draw(&mut rng, skewed);
        let (codes, statuses) = (black_box(&codes), black_box(&statuses));
        let length = |phrase: Option<&str>| phrase.map_or(0, str::len);
        let (ours, theirs) = race_two(
            CODES,
            || {
                codes
                    .iter()
                    .map(|&code| length(status::reason_phrase(black_box(code))))
                    .sum()
            },
            || {
                statuses
                    .iter()
                    .map(|status| length(black_box(status).canonical_reason()))
                    .sum()
            },
        );
        println!(
            "  {label:<44} {ours:>11.3} {theirs:>8.3} {:>6.2}",
            ours / theirs
        );
    }
    println!();
}

/// The five predicates of each crate, as a user's code calls them, each
/// kept out of line under a plain symbol so that [`predicates`] can read
/// its machine code back from this very program.
macro_rules! out_of_line {
    ($($label:literal: $ours:ident = $path:path, $theirs:ident = $method:ident;)*) => {
        $(
            #[no_mangle]
            #[inline(never)]
            pub fn $ours(code: u16) -> bool {
                $path(code)
            }

            #[no_mangle]
            #[inline(never)]
            pub fn $theirs(status: StatusCode) -> bool {
                status.$method()
            }
        )*

        /// Each pair's label and symbols, with the functions themselves,
        /// so that the linker keeps them.
        const PREDICATES: &[(&str, &str, &str, fn(u16) -> bool, fn(StatusCode) -> bool)] = &[
            $(($label, stringify!($ours), stringify!($theirs), $ours, $theirs),)*
        ];
    };
}

out_of_line! {
    "is_informational": ours_is_informational = status::is_informational,
        http_is_informational = is_informational;
    "is_success": ours_is_success = status::is_success, http_is_success = is_success;
    "is_redirect / is_redirection": ours_is_redirect = status::is_redirect,
        http_is_redirection = is_redirection;
    "is_client_error": ours_is_client_error = status::is_client_error,
        http_is_client_error = is_client_error;
    "is_server_error": ours_is_server_error = status::is_server_error,
        http_is_server_error = is_server_error;
}

/// The predicates are compared by their machine code, not timed: each is a
/// range check of a few instructions, and a loop around it takes well under
/// a nanosecond a code, so where the loop lands in memory moved a timed
/// ratio between 0.6 and 1.8 from one build to the next while the two
/// crates' instructions were the same.
fn predicates() {
    println!("predicates: machine code in this program, each kept out of line");
    println!("  {:<30} {:<6} instructions", "predicate", "http");
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(why) => return println!("  skipped: no path to this program: {why}\n"),
    };
    for &(label, ours, theirs, ours_fn, theirs_fn) in PREDICATES {
        // Called once, so that neither can be dropped as unused.
        black_box((
            black_box(ours_fn)(200),
            black_box(theirs_fn)(StatusCode::OK),
        ));
        let (mine, http) = match (instructions(&exe, ours), instructions(&exe, theirs)) {
            (Ok(mine), Ok(http)) => (mine, http),
            (Err(why), _) | (_, Err(why)) => return println!("  skipped: {why}\n"),
        };
        let verdict = if mine == http { "same" } else { "differ" };
        println!("  {label:<30} {verdict:<6} {}", mine.join("; "));
        if mine != http {
            println!("  {:<30} {:<6} {}", "", "http:", http.join("; "));
        }
    }
    println!();
}

/// The instructions of the function `symbol` in `exe`, as objdump prints
/// them, without addresses or bytes.
fn instructions(exe: &Path, symbol: &str) -> Result<Vec<String>, String> {
    let output = Command::new("objdump")
        .args(["--no-show-raw-insn", "--no-addresses", "-d"])
        .arg(format!("--disassemble={symbol}"))
        .arg(exe)
        .output()
        .map_err(|e| format!("objdump: {e}"))?;
    if !output.status.success() {
        return Err(format!("objdump failed on {}", exe.display()));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let body = text
        .split_once(&format!("<{symbol}>:"))
        .ok_or_else(|| format!("{symbol} is not in {}", exe.display()))?
        .1;
    Ok(body
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect())
}

/// Where the bench builds its programs: its own directory, never the
/// target directory that `cargo bench` is using.
fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("side_by_side")
}

/// A one-binary cargo project in the scratch directory that depends on one
/// crate, with `main.rs` as given, resolved from the interop's own lock
/// file so that it builds offline with the same versions.
fn project(name: &str, dependency: &str, main: &str) -> Result<PathBuf, String> {
    let dir = scratch().join(name);
    std::fs::create_dir_all(dir.join("src"))
        .map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\n{dependency}\n"
    );
    let interop = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (file, text) in [("Cargo.toml", manifest), ("src/main.rs", main.to_owned())] {
        std::fs::write(dir.join(file), text).map_err(|e| format!("writing {file}: {e}"))?;
    }
    std::fs::copy(interop.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("copying Cargo.lock: {e}"))?;
    Ok(dir)
}

/// The dependency lines of each crate's programs.
fn dependency(ours: bool) -> String {
    if ours {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        format!(
            "http-status = {{ path = {:?} }}",
            root.display().to_string()
        )
    } else {
        format!("http = \"={}\"", http_version())
    }
}

/// Builds the project at `dir` in release mode, in a target directory of
/// its own, offline; returns how long it took and the binary.
fn build(dir: &Path, clean: bool) -> Result<(f64, PathBuf), String> {
    let target = dir.join("target");
    if clean {
        let _ = std::fs::remove_dir_all(&target);
    }
    let start = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["build", "--release", "--offline", "--quiet", "--target-dir"])
        .arg(&target)
        .current_dir(dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .map_err(|e| format!("running cargo: {e}"))?;
    let seconds = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "cargo build in {} failed: {}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let name = dir.file_name().unwrap();
    Ok((seconds, target.join("release").join(name)))
}

fn loaded(binary: &Path) -> Result<u64, String> {
    let bytes = std::fs::read(binary).map_err(|e| format!("reading {}: {e}", binary.display()))?;
    elf::loaded_bytes(&bytes)
}

/// The loaded bytes one phrase lookup adds: for each crate, the same
/// program with the lookup and without it, on a value the compiler cannot
/// see, in each crate's own type.
fn footprint() -> Result<(), String> {
    println!("footprint: loaded bytes one phrase lookup adds to a release program");
    let ours = added(
        true,
        "let code: u16 = black_box(404);",
        "http_status::status::reason_phrase(code)",
        "code",
    )?;
    let theirs = added(
        false,
        "let status = black_box(http::StatusCode::NOT_FOUND);",
        "status.canonical_reason()",
        "status",
    )?;
    println!(
        "  {:<44} {:>11} {:>8} {:>6}",
        "lookup", "http-status", "http", "ratio"
    );
    println!(
        "  {:<44} {ours:>11} {theirs:>8} {:>6.2}",
        "reason_phrase / canonical_reason",
        ours as f64 / theirs as f64
    );
    println!();
    Ok(())
}

/// The bytes that keeping `lookup` adds over keeping `plain`, in a program
/// that first runs `setup`.
fn added(ours: bool, setup: &str, lookup: &str, plain: &str) -> Result<i64, String> {
    let crate_name = if ours { "ours" } else { "http" };
    let mut sizes = Vec::new();
    for (variant, kept) in [("with", lookup), ("without", plain)] {
        let main = format!(
            "use std::hint::black_box;\nfn main() {{\n    {setup}\n    black_box({kept});\n}}\n"
        );
        let dir = project(
            &format!("footprint_{crate_name}_{variant}"),
            &dependency(ours),
            &main,
        )?;
        let (_, binary) = build(&dir, false)?;
        sizes.push(loaded(&binary)? as i64);
    }
    Ok(sizes[0] - sizes[1])
}

/// The median of [`BUILDS`] clean release builds of a one-line program
/// using each crate, dependencies included.
fn build_times() -> Result<(), String> {
    println!("build time: clean release build of a one-line program, seconds (median of {BUILDS})");
    let ours = project(
        "oneline_ours",
        &dependency(true),
        "fn main() { println!(\"{:?}\", http_status::status::reason_phrase(404)); }\n",
    )?;
    let theirs = project(
        "oneline_http",
        &dependency(false),
        "fn main() { println!(\"{:?}\", http::StatusCode::NOT_FOUND.canonical_reason()); }\n",
    )?;
    let mut times = [Vec::new(), Vec::new()];
    for _ in 0..BUILDS {
        for (dir, times) in [&ours, &theirs].into_iter().zip(&mut times) {
            times.push(build(dir, true)?.0);
        }
    }
    let [ours, theirs] = times.map(median);
    println!(
        "  {:<44} {:>11} {:>8} {:>6}",
        "program", "http-status", "http", "ratio"
    );
    println!(
        "  {:<44} {ours:>11.2} {theirs:>8.2} {:>6.3}",
        "println! of the phrase of 404",
        ours / theirs
    );
    Ok(())
}
