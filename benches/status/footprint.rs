//! What each lookup adds to a release program: the same program built with
//! and without one call, and the difference in the bytes it loads.

use crate::{compile, elf};

/// Each lookup, called on a code the compiler cannot see.
const LOOKUPS: [(&str, &str); 8] = [
    ("reason_phrase", "status::reason_phrase(code)"),
    ("name", "status::name(code)"),
    (
        "from_name",
        "status::from_name(black_box(\"HTTP_404_NOT_FOUND\"))",
    ),
    (
        "from_phrase",
        "status::from_phrase(black_box(\"Not Found\"))",
    ),
    ("reference", "status::reference(code).map(|r| r.url())"),
    ("cannot_have_content", "status::cannot_have_content(code)"),
    (
        "is_heuristically_cacheable",
        "status::is_heuristically_cacheable(code)",
    ),
    ("is_success", "status::is_success(code)"),
];

/// A program that reads a code the compiler cannot see and keeps `value`.
fn source(value: &str) -> String {
    format!(
        "use http_status::status;\nuse std::hint::black_box;\n\
         fn main() {{\n    let code: u16 = black_box(404);\n    black_box({value});\n}}\n"
    )
}

pub fn run() {
    println!("footprint: loaded bytes a lookup adds to a release program (rustc -C opt-level=3)");
    if let Err(why) = report() {
        println!("  skipped: {why}");
    }
}

fn report() -> Result<(), String> {
    let without = loaded("footprint_without", "code")?;
    for (lookup, call) in LOOKUPS {
        let with = loaded(&format!("footprint_{lookup}"), call)?;
        println!("  {lookup:<28} {:>6} bytes", with as i64 - without as i64);
    }
    Ok(())
}

fn loaded(name: &str, value: &str) -> Result<u64, String> {
    let program = compile::program(name, &source(value), &[])?;
    let bytes =
        std::fs::read(&program).map_err(|e| format!("reading {}: {e}", program.display()))?;
    elf::loaded_bytes(&bytes)
}
