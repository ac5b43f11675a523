//! `http-status`: looks up HTTP status codes by code, constant name, reason
//! phrase or word, from the `http-status` crate's table.
//!
//! ```text
//! http-status 418 HTTP_404_NOT_FOUND "not found"   # one entry each
//! http-status found                                # every code a word names
//! http-status 499 520                              # codes outside the registry
//! http-status                                      # the whole table
//! ```
//!
//! A bad argument is reported on stderr in a line, the others are still
//! answered, and the exit code is 2.

mod check;
mod deployed;
mod unregistered;

use http_status::status;
use http_status_rules::{Level, Party};
use std::ffi::OsString;
use std::fmt::{self, Write as _};
use std::io::{self, Write as _};
use std::process::ExitCode;
use unregistered::{unregistered, UNREGISTERED};

const USAGE: &str = "\
http-status: look up HTTP status codes.

usage: http-status [ARG...]

Each ARG, with any spaces around it ignored, is one of:
  a code            418
  a constant name   HTTP_404_NOT_FOUND, in any case
  a reason phrase   \"Not Found\", or one that servers send, such as \"Not Allowed\", in any case
  a word or words   found: every code whose phrase or name holds it, an exact match first
Codes outside the IANA registry that logs show, such as nginx's 499,
Cloudflare's 520 or AWS load balancers' 460, are found by code, by their
owner's name for them, or by a word of it.

For each code found it prints a line (code, phrase, class, constant names),
then what the code means, every rule the RFCs give it (the code's own, its
class's and those for every code), grouped by the party each binds, with
its keyword, its sentence and its section, and the address of the RFC
section that defines it; for a code outside the registry, who uses it, what
for, and where they say so.
With no ARG it prints every code that has a constant, grouped by class.

usage: http-status check CODE METHOD [FIELD...] [--content]

prints the rules of its code that a response breaks: one with status CODE,
to a METHOD request, with the header fields named (in any case), and with
content if --content is given; exit code 1 if it breaks any, 0 if none.
  http-status check 405 GET Content-Type --content
A bad ARG is reported on stderr, the others are still answered, and the
exit code is 2.

  -h, --help       print this help
  -V, --version    print the version
";

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut out = String::new();
    let mut errors = String::new();
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        out.push_str(USAGE);
    } else if args.iter().any(|arg| arg == "--version" || arg == "-V") {
        out = format!("http-status {}\n", env!("CARGO_PKG_VERSION"));
    } else if args.is_empty() {
        out = table();
    } else if args[0] == "check" {
        let given: Option<Vec<&str>> = args[1..].iter().map(|arg| arg.to_str()).collect();
        match given.map(|given| check::check(&given)) {
            Some(Ok((report, broken))) => {
                let _ = io::stdout().lock().write_all(report.as_bytes());
                return ExitCode::from(u8::from(broken));
            }
            Some(Err(bad)) => {
                let _ = writeln!(errors, "http-status: {bad}");
            }
            None => errors.push_str("http-status: check's arguments are not UTF-8 text\n"),
        }
    } else {
        for arg in &args {
            let found = match arg.to_str() {
                Some(arg) => parse(arg),
                None => Err(BadArg::NotUtf8(arg.to_string_lossy().into_owned())),
            };
            match found {
                Ok(codes) => codes
                    .into_iter()
                    .for_each(|code| out.push_str(&entry(code))),
                Err(bad) => {
                    let _ = writeln!(errors, "http-status: {bad}");
                }
            }
        }
    }
    // A closed pipe (`http-status | head -1`) is no error of the user's:
    // stop quietly rather than panic as `print!` would.
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        let _ = io::stderr().lock().write_all(errors.as_bytes());
        ExitCode::from(2)
    }
}

/// Why an argument names no status code.
#[derive(Debug, PartialEq, Eq)]
enum BadArg {
    /// Nothing, or only spaces.
    Empty,
    /// All digits, but not a code from 100 to 599.
    OutOfRange(String),
    /// Not a code, a name or a phrase, and no phrase or name holds it.
    Unknown(String),
    /// Not UTF-8, shown with U+FFFD for the bytes that are not.
    NotUtf8(String),
}

/// At most this many characters of an argument are quoted in a message.
const QUOTED: usize = 40;

/// `arg` in backquotes for a message, cut to [`QUOTED`] characters.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(QUOTED) {
            Some((cut, _)) => {
                let more = self.0[cut..].chars().count();
                let plural = if more == 1 { "" } else { "s" };
                write!(f, "`{}...` ({more} more character{plural})", &self.0[..cut])
            }
            None => write!(f, "`{}`", self.0),
        }
    }
}

impl fmt::Display for BadArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadArg::Empty => f.write_str(
                "an argument is empty: give a code such as 404, or a name, phrase or word",
            ),
            BadArg::OutOfRange(arg) => {
                write!(
                    f,
                    "{} is not a status code: codes run from 100 to 599",
                    Quoted(arg)
                )
            }
            BadArg::Unknown(arg) => write!(
                f,
                "{} is no code, constant name or reason phrase, and no phrase or \
                 name holds it; try --help",
                Quoted(arg)
            ),
            BadArg::NotUtf8(arg) => write!(f, "{} is not UTF-8 text", Quoted(arg)),
        }
    }
}

/// Reads one argument, trimmed: ASCII digits are a code; anything else is
/// searched for in the phrases and names, and gives the code it names
/// exactly (a constant name or a reason phrase, in any case), then every
/// other code whose phrase or name holds it, ascending.
fn parse(arg: &str) -> Result<Vec<u16>, BadArg> {
    let arg = arg.trim();
    if arg.is_empty() {
        return Err(BadArg::Empty);
    }
    if arg.bytes().all(|byte| byte.is_ascii_digit()) {
        return match arg.parse() {
            Ok(code) if status::class(code).is_some() => Ok(vec![code]),
            _ => Err(BadArg::OutOfRange(arg.to_owned())),
        };
    }
    let exact = status::from_name(&arg.to_ascii_uppercase())
        .or_else(|| status::from_phrase(arg))
        .or_else(|| deployed::code_of(arg))
        .or_else(|| {
            let mut entries = UNREGISTERED.iter();
            let entry = entries.find(|entry| entry.phrase.eq_ignore_ascii_case(arg));
            entry.map(|entry| entry.code)
        });
    let mut found: Vec<u16> = exact.into_iter().collect();
    found.extend(search(arg).into_iter().filter(|&code| Some(code) != exact));
    if found.is_empty() {
        Err(BadArg::Unknown(arg.to_owned()))
    } else {
        Ok(found)
    }
}

/// Every code whose phrase, name or alias holds `words` as whole words,
/// and every unregistered code whose phrase does, ascending. Case is
/// ignored, and anything but a letter, a digit or an apostrophe separates
/// words, so `not found` and `NOT_FOUND` find the same codes, and `ok`
/// is not found in "cookie".
fn search(words: &str) -> Vec<u16> {
    let fold = |text: &str| -> String {
        let words = text.split(|c: char| !c.is_alphanumeric() && c != '\'');
        let words = words.filter(|word| !word.is_empty());
        let spaced: String = words
            .map(|word| format!(" {}", word.to_lowercase()))
            .collect();
        spaced + " "
    };
    let words = fold(words);
    if words.trim().is_empty() {
        return Vec::new();
    }
    let holds = |text: Option<&str>| text.map_or(false, |text| fold(text).contains(&words));
    let registered = status::ALL.iter().copied().filter(|&code| {
        holds(status::reason_phrase(code))
            || holds(status::name(code))
            || holds(status::alias(code))
    });
    let outside = UNREGISTERED
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

/// A code's constant names: DRF's, and RFC 9110's where it differs
/// (`HTTP_413_REQUEST_ENTITY_TOO_LARGE or HTTP_413_CONTENT_TOO_LARGE`),
/// or `-` for a code without a constant.
fn names(code: u16) -> String {
    match (status::name(code), status::alias(code)) {
        (Some(name), Some(alias)) => format!("{name} or {alias}"),
        (Some(name), None) => name.to_owned(),
        _ => "-".to_owned(),
    }
}

/// One line for `code`: the code, its phrase, its class and its constant
/// names. A code without a constant is marked so.
fn line(code: u16) -> String {
    let phrase = status::reason_phrase(code).unwrap_or("(no constant)");
    let class = status::class(code).map_or_else(|| "-".to_owned(), |class| class.to_string());
    let width = phrase_width();
    format!("{code}  {phrase:<width$}  {class:<13}  {}", names(code))
}

/// What the tool prints for one code: its [`line`], then, where the crates
/// know them, what the code means, its [`rules`], and where it is defined,
/// or for a code outside the registry, its use and its source.
fn entry(code: u16) -> String {
    let mut out = line(code);
    out.push('\n');
    if let Some(used) = unregistered(code) {
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
    out.push_str(&rules(code));
    if let Some(reference) = status::reference(code) {
        let _ = writeln!(out, "     {}", reference.url());
    }
    out
}

/// Every rule the RFCs give `code`, under the party it binds, in the order
/// of [`Party::ALL`]: each keyword of each sentence once, with the sentence
/// and its section. A sentence whose keyword asks for several fields is one
/// rule per field, and printed once; a sentence that two sections give, as
/// RFC 9110's Sections 13.1.1 and 13.1.4 do, is printed for each.
fn rules(code: u16) -> String {
    let mut out = String::new();
    for party in Party::ALL {
        let mut printed: Vec<(Level, &str, &str)> = Vec::new();
        for rule in http_status_rules::rules(code) {
            let said = (rule.level(), rule.quote(), rule.reference().section());
            if rule.party() != party || printed.contains(&said) {
                continue;
            }
            if printed.is_empty() {
                let _ = writeln!(out, "     {party}:");
            }
            printed.push(said);
            let _ = writeln!(
                out,
                "       {}: \"{}\" ({})",
                rule.level(),
                rule.quote(),
                rule.reference()
            );
        }
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
        format!("[{}]", marks.join(", "))
    }
}

/// Every code with a constant, grouped under its class, in columns: code,
/// phrase, the marks of [`marks`], and both names of a code that has two.
fn table() -> String {
    let width = phrase_width();
    let marks_width = status::ALL
        .iter()
        .map(|&code| marks(code).len())
        .max()
        .unwrap_or(0);
    let mut out = String::from(
        "[no content]: responses cannot have content (RFC 9110, Section 6.4.1)\n\
         [cacheable]: heuristically cacheable (RFC 9110, Section 15.1; RFC 3229, Section \
         10.4.1 for 226; RFC 7725, Section 3 for 451)\n",
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
        let _ = writeln!(
            out,
            "  {code}  {phrase:<width$}  {:<marks_width$}  {}",
            marks(code),
            names(code)
        );
    }
    out
}

#[cfg(test)]
mod tests;
