//! Looks up HTTP status codes by number, constant name or reason phrase.
//!
//! ```text
//! cargo run --example status -- 418 HTTP_404_NOT_FOUND "not found"   # one line each
//! cargo run --example status -- teapot                               # search by word
//! cargo run --example status -- 499 "client closed request"          # codes outside the registry
//! cargo run --example status                                         # the whole table
//! ```
//!
//! A bad argument is reported on stderr, the others are still answered, and
//! the exit code is 2.

use http_status::status;
use std::fmt::{self, Write};
use std::process::ExitCode;

const USAGE: &str = "\
Looks up HTTP status codes.

usage: status [ARG...]

Each ARG is one of:
  a code            418
  a constant name   HTTP_404_NOT_FOUND, in any case
  a reason phrase   \"Not Found\", or another that servers send such as \"Not Allowed\", in any case
  a word            teapot: every code whose phrase or name holds it
Codes outside the registry that logs show, such as nginx's 499, are found
by their user's phrase (\"client closed request\") or a word of it too.

For each code found it prints a line (code, phrase, class, constant), then
what the code means and the address of the RFC section that defines it; for
a code outside the registry, who uses it, what for, and where it says so.
With no ARG, prints every code with a constant, grouped by class, a line each.
A bad ARG is reported on stderr, the others are still answered, and the exit code is 2.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.is_empty() {
        print!("{}", table());
        return ExitCode::SUCCESS;
    }
    let mut exit = ExitCode::SUCCESS;
    for arg in &args {
        match parse(arg) {
            Ok(codes) => codes.into_iter().for_each(|code| print!("{}", entry(code))),
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
enum BadArg {
    /// All digits, but not a code from 100 to 599.
    OutOfRange(String),
    /// Not a code, a name or a phrase, and no phrase or name holds it.
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
                "`{arg}` is no status code, constant name (HTTP_404_NOT_FOUND) or reason \
                 phrase (\"Not Found\"), and no phrase or name holds it; try --help"
            ),
        }
    }
}

/// Reads one argument: ASCII digits are a code, anything else a constant
/// name or a reason phrase in any case, and failing those, a single word
/// searches the phrases and names. Gives the codes it names, ascending.
fn parse(arg: &str) -> Result<Vec<u16>, BadArg> {
    if !arg.is_empty() && arg.bytes().all(|byte| byte.is_ascii_digit()) {
        return match arg.parse() {
            Ok(code) if status::class(code).is_some() => Ok(vec![code]),
            _ => Err(BadArg::OutOfRange(arg.to_owned())),
        };
    }
    let unregistered = || {
        let mut entries = status::UNREGISTERED.iter();
        let entry = entries.find(|entry| entry.phrase.eq_ignore_ascii_case(arg));
        entry.map(|entry| entry.code)
    };
    if let Some(code) = status::from_name(&arg.to_ascii_uppercase())
        .or_else(|| status::from_phrase(arg))
        .or_else(unregistered)
    {
        return Ok(vec![code]);
    }
    let found = if arg.is_empty() || arg.contains(char::is_whitespace) {
        Vec::new()
    } else {
        search(arg)
    };
    if found.is_empty() {
        Err(BadArg::Unknown(arg.to_owned()))
    } else {
        Ok(found)
    }
}

/// Every code whose phrase, name or alias holds `word`, in any case, and
/// every unregistered code whose phrase does, ascending.
fn search(word: &str) -> Vec<u16> {
    let word = word.to_ascii_lowercase();
    let holds =
        |text: Option<&str>| text.map_or(false, |text| text.to_ascii_lowercase().contains(&word));
    let registered = status::ALL.iter().copied().filter(|&code| {
        holds(status::reason_phrase(code))
            || holds(status::name(code))
            || holds(status::alias(code))
    });
    let outside = status::UNREGISTERED
        .iter()
        .filter(|entry| holds(Some(entry.phrase)))
        .map(|entry| entry.code);
    let mut found: Vec<u16> = registered.chain(outside).collect();
    found.sort_unstable();
    found
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
fn line(code: u16) -> String {
    let phrase = status::reason_phrase(code).unwrap_or("(unassigned)");
    let class = status::class(code).map_or_else(|| "-".to_owned(), |class| class.to_string());
    let name = status::name(code).unwrap_or("-");
    let width = phrase_width();
    format!("{code}  {phrase:<width$}  {class:<13}  {name}")
}

/// What the example prints for one code: its [`line`], then, where the
/// crate knows them, what the code means and where it is defined, or for a
/// code outside the registry, its use and its source.
fn entry(code: u16) -> String {
    let mut out = line(code);
    out.push('\n');
    if let Some(used) = status::unregistered(code) {
        let _ = writeln!(
            out,
            "     outside the registry; {}: {}",
            used.user, used.phrase
        );
        let _ = writeln!(out, "     {}", used.source);
    }
    if let Some(meaning) = status::meaning(code) {
        let _ = writeln!(out, "     {meaning}");
    }
    if let Some(reference) = status::reference(code) {
        let _ = writeln!(out, "     {}", reference.url());
    }
    out
}

/// What RFC 9110 says of a code beyond its class, as the table marks it.
fn marks(code: u16) -> String {
    let mut marks = Vec::new();
    if status::cannot_have_content(code) {
        marks.push("no content");
    }
    if status::is_heuristically_cacheable(code) {
        marks.push("cacheable");
    }
    if marks.is_empty() {
        String::new()
    } else {
        format!("  [{}]", marks.join(", "))
    }
}

/// Every code with a constant, grouped under its class, with RFC 9110's
/// names for the codes it renamed and the marks of [`marks`].
fn table() -> String {
    let width = phrase_width();
    let mut out = String::from(
        "[no content]: responses cannot have content (RFC 9110, Section 6.4.1)\n\
         [cacheable]: heuristically cacheable (RFC 9110, Section 15.1)\n",
    );
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
        let alias = status::alias(code).map_or_else(String::new, |alias| format!(" = {alias}"));
        let _ = writeln!(
            out,
            "  {code}  {phrase:<width$}  {name}{alias}{}",
            marks(code)
        );
    }
    out
}

#[cfg(test)]
mod tests;
