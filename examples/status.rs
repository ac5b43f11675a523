//! Looks up HTTP status codes by number or by constant name.
//!
//! ```text
//! cargo run --example status -- 418 HTTP_404_NOT_FOUND   # one line each
//! cargo run --example status                             # the whole table
//! ```
//!
//! A bad argument is reported on stderr, the others are still answered, and
//! the exit code is 2.

use http_status::status;
use std::fmt::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        print!("{}", table());
        return ExitCode::SUCCESS;
    }
    let mut exit = ExitCode::SUCCESS;
    for arg in &args {
        match parse(arg) {
            Ok(code) => println!("{}", line(code)),
            Err(bad) => {
                eprintln!("status: {bad}");
                exit = ExitCode::from(2);
            }
        }
    }
    exit
}

/// Why an argument names no status code.
#[derive(Debug, PartialEq, Eq)]
pub enum BadArg {
    /// All digits, but not a code from 100 to 599.
    OutOfRange(String),
    /// Neither digits nor a constant name.
    Unknown(String),
}

impl fmt::Display for BadArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadArg::OutOfRange(arg) => {
                write!(f, "`{arg}` is not a status code: codes run from 100 to 599")
            }
            BadArg::Unknown(arg) => write!(
                f,
                "`{arg}` is neither a status code nor a constant name such as HTTP_404_NOT_FOUND"
            ),
        }
    }
}

/// Reads one argument: ASCII digits are a code, anything else a constant name.
pub fn parse(arg: &str) -> Result<u16, BadArg> {
    if !arg.is_empty() && arg.bytes().all(|byte| byte.is_ascii_digit()) {
        return match arg.parse() {
            Ok(code) if status::class(code).is_some() => Ok(code),
            _ => Err(BadArg::OutOfRange(arg.to_owned())),
        };
    }
    status::from_name(arg).ok_or_else(|| BadArg::Unknown(arg.to_owned()))
}

/// The width of the longest reason phrase, to line up the columns.
fn phrase_width() -> usize {
    let phrases = status::ALL
        .iter()
        .filter_map(|&code| status::reason_phrase(code));
    phrases.map(str::len).max().unwrap_or(0)
}

/// One line for `code`: the code, its phrase, its class and its constant.
/// A code without a constant is marked unassigned.
pub fn line(code: u16) -> String {
    let phrase = status::reason_phrase(code).unwrap_or("(unassigned)");
    let class = status::class(code).map_or_else(|| "-".to_owned(), |class| class.to_string());
    let name = status::name(code).unwrap_or("-");
    let width = phrase_width();
    format!("{code}  {phrase:<width$}  {class:<13}  {name}")
}

/// Every code with a constant, grouped under its class.
pub fn table() -> String {
    let width = phrase_width();
    let mut out = String::new();
    let mut current = None;
    for &code in status::ALL {
        let class = status::class(code);
        if class != current {
            if let Some(class) = class {
                let _ = writeln!(out, "{}xx {class}", code / 100);
            }
            current = class;
        }
        let phrase = status::reason_phrase(code).unwrap_or_default();
        let name = status::name(code).unwrap_or_default();
        let _ = writeln!(out, "  {code}  {phrase:<width$}  {name}");
    }
    out
}
