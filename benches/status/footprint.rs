//! What each lookup adds to a release program: the same program built with
//! and without one call, and the difference in the bytes it loads.

use crate::compile;
use crate::elf;

/// Each lookup, called on a code the compiler cannot see.
const LOOKUPS: [(&str, &str); 9] = [
    ("reason_phrase", "status::reason_phrase(code)"),
    ("meaning", "status::meaning(code)"),
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

pub fn run() {
    println!("footprint: loaded bytes a lookup adds to a release program (rustc -C opt-level=3)");
    for (lookup, call) in LOOKUPS {
        match added_bytes(&format!("footprint_{lookup}"), "", call) {
            Ok(bytes) => println!("  {lookup:<28} {bytes:>6} bytes"),
            Err(why) => {
                println!("  skipped: {why}");
                return;
            }
        }
    }
}

/// The loaded bytes that keeping `value` adds to a program that reads a
/// code the compiler cannot see, over keeping the code alone; `items` are
/// the program's own items, which `value` may use.
pub fn added_bytes(name: &str, items: &str, value: &str) -> Result<i64, String> {
    let with = loaded(name, items, value)?;
    let without = loaded(&format!("{name}_without"), "", "code")?;
    Ok(with as i64 - without as i64)
}

/// The loaded bytes of the program that keeps `value`.
fn loaded(name: &str, items: &str, value: &str) -> Result<u64, String> {
    let source = format!(
        "#![allow(unused_imports)]\nuse http_status::status;\nuse std::hint::black_box;\n{items}\n\
         fn main() {{\n    let code: u16 = black_box(404);\n    black_box({value});\n}}\n"
    );
    let program = compile::program(name, &source, &[])?;
    let bytes =
        std::fs::read(&program).map_err(|e| format!("reading {}: {e}", program.display()))?;
    elf::loaded_bytes(&bytes)
}
