//! Writes the library's `src/status/table.rs` from the rows of `rows.rs`:
//! each code's constants with their docs, `ALL`, the `__constants!` macro
//! that `constants!` expands in a user's crate, and one `const fn` per
//! column, each a `match` on the row number.
//!
//! ```text
//! cargo run -p http-status-gen > src/status/table.rs
//! ```
//!
//! It refuses a table that breaks a rule the library relies on, naming the
//! row. `.ci/run` runs it and fails if the file differs from its output.

mod rows;

use rows::ROWS;
use std::fmt::Write as _;

/// One code of the table.
pub struct Row {
    pub code: u16,
    /// DRF's constant name.
    pub name: &'static str,
    /// The registry's reason phrase, but for the rows the head of `rows.rs`
    /// names.
    pub phrase: &'static str,
    /// The RFC and section that define the code, or `None` for 509.
    pub defined_in: Option<(u16, &'static str)>,
    /// What the code means, in one sentence: it leads the constant's docs.
    pub means: &'static str,
    /// RFC 9110's name, where DRF keeps an older one.
    pub alias: Option<&'static str>,
    /// Older RFCs' phrases for the code, each with the section that gave it.
    pub also: &'static [(&'static str, &'static str)],
    /// Responses with the code cannot have content.
    pub no_content: bool,
    /// The RFC and section that make the code heuristically cacheable.
    pub cacheable: Option<(u16, &'static str)>,
    /// A paragraph for the constant's docs, or `""`.
    pub note: &'static str,
}

/// The fields every row leaves at their default unless it says otherwise.
pub const BLANK: Row = Row {
    code: 0,
    name: "",
    phrase: "",
    defined_in: None,
    means: "",
    alias: None,
    also: &[],
    no_content: false,
    cacheable: None,
    note: "",
};

fn main() {
    if let Err(broken) = check(ROWS) {
        eprintln!("http-status-gen: the table is broken: {broken}");
        std::process::exit(1);
    }
    print!("{}", table(ROWS));
}

/// The rules the library relies on, each a message naming the row that
/// breaks it.
fn check(rows: &[Row]) -> Result<(), String> {
    for (at, row) in rows.iter().enumerate() {
        let code = row.code;
        if !(100..=599).contains(&code) {
            return Err(format!("{code}: codes run from 100 to 599"));
        }
        if at > 0 && rows[at - 1].code >= code {
            return Err(format!("{code}: codes ascend, each once"));
        }
        for name in std::iter::once(row.name).chain(row.alias) {
            if !name.starts_with(&format!("HTTP_{code}_")) {
                return Err(format!("{name}: a name starts HTTP_ and its code"));
            }
        }
        if code < 200 && !row.no_content {
            return Err(format!(
                "{code}: a 1xx response cannot have content (RFC 9110, Section 15.2)"
            ));
        }
        if row.means.is_empty() || row.phrase.is_empty() {
            return Err(format!("{code}: a row has a phrase and a meaning"));
        }
        for phrase in std::iter::once(row.phrase).chain(row.also.iter().map(|also| also.0)) {
            if phrase.ends_with('.') {
                return Err(format!(
                    "{phrase:?}: a phrase does not end with a period, which lookups ignore"
                ));
            }
        }
    }
    Ok(())
}

/// The class of a code, as its constant's docs name it.
fn class(code: u16) -> &'static str {
    match code / 100 {
        1 => "informational (1xx)",
        2 => "successful (2xx)",
        3 => "redirection (3xx)",
        4 => "client error (4xx)",
        _ => "server error (5xx)",
    }
}

fn url(rfc: u16, section: &str) -> String {
    format!("https://www.rfc-editor.org/rfc/rfc{rfc}#section-{section}")
}

/// `` `404 Not Found`, client error (4xx). Defined in [RFC 9110, ...](...). ``
fn code_line(row: &Row) -> String {
    let defined = match row.defined_in {
        Some((rfc, section)) => format!(
            "Defined in [RFC {rfc}, Section {section}]({}).",
            url(rfc, section)
        ),
        None => "No RFC defines it.".to_owned(),
    };
    format!(
        "`{} {}`, {}. {defined}",
        row.code,
        row.phrase,
        class(row.code)
    )
}

/// The paragraphs of a `u16` constant's docs.
fn constant_docs(row: &Row) -> Vec<String> {
    let mut docs = vec![row.means.to_owned(), code_line(row)];
    if let Some(alias) = row.alias {
        docs.push(format!(
            "This is DRF's name, an older one; RFC 9110's is [`{alias}`]."
        ));
    }
    if !row.note.is_empty() {
        docs.push(row.note.to_owned());
    }
    if row.no_content {
        docs.push(
            "Its responses [cannot have content](super::cannot_have_content): RFC 9110, \
             Section 6.4.1."
                .to_owned(),
        );
    }
    if let Some((rfc, section)) = row.cacheable {
        docs.push(format!(
            "It is [heuristically cacheable](super::is_heuristically_cacheable): RFC {rfc}, \
             Section {section}."
        ));
    }
    if !row.also.is_empty() {
        let mut list = String::from(
            "[`from_phrase`](super::from_phrase) also reads these phrases for it, which \
             older RFCs gave:\n",
        );
        for (phrase, source) in row.also {
            let _ = write!(list, "\n- \"{phrase}\": {source}.");
        }
        docs.push(list);
    }
    docs
}

/// Doc comments of `paragraphs`, indented by `indent`, a blank comment
/// line between paragraphs.
fn doc_comment(out: &mut String, indent: &str, paragraphs: &[String]) {
    for (at, paragraph) in paragraphs.iter().enumerate() {
        if at > 0 {
            let _ = writeln!(out, "{indent}///");
        }
        for line in paragraph.lines() {
            let _ = writeln!(out, "{indent}/// {line}").map(|()| ());
        }
    }
    // `/// ` on an empty line leaves a trailing space.
    *out = out.replace(" \n", "\n");
}

/// The associated constants of `http` 0.2's `StatusCode`, by code, as the
/// `status_codes!` list of its `src/status.rs` names them, in 0.2.12, the
/// last 0.2 release:
/// <https://github.com/hyperium/http/blob/v0.2.12/src/status.rs>. It names
/// none for 103, 306, 425 and 509.
const HTTP_0_2: &[(u16, &str)] = &[
    (100, "CONTINUE"),
    (101, "SWITCHING_PROTOCOLS"),
    (102, "PROCESSING"),
    (200, "OK"),
    (201, "CREATED"),
    (202, "ACCEPTED"),
    (203, "NON_AUTHORITATIVE_INFORMATION"),
    (204, "NO_CONTENT"),
    (205, "RESET_CONTENT"),
    (206, "PARTIAL_CONTENT"),
    (207, "MULTI_STATUS"),
    (208, "ALREADY_REPORTED"),
    (226, "IM_USED"),
    (300, "MULTIPLE_CHOICES"),
    (301, "MOVED_PERMANENTLY"),
    (302, "FOUND"),
    (303, "SEE_OTHER"),
    (304, "NOT_MODIFIED"),
    (305, "USE_PROXY"),
    (307, "TEMPORARY_REDIRECT"),
    (308, "PERMANENT_REDIRECT"),
    (400, "BAD_REQUEST"),
    (401, "UNAUTHORIZED"),
    (402, "PAYMENT_REQUIRED"),
    (403, "FORBIDDEN"),
    (404, "NOT_FOUND"),
    (405, "METHOD_NOT_ALLOWED"),
    (406, "NOT_ACCEPTABLE"),
    (407, "PROXY_AUTHENTICATION_REQUIRED"),
    (408, "REQUEST_TIMEOUT"),
    (409, "CONFLICT"),
    (410, "GONE"),
    (411, "LENGTH_REQUIRED"),
    (412, "PRECONDITION_FAILED"),
    (413, "PAYLOAD_TOO_LARGE"),
    (414, "URI_TOO_LONG"),
    (415, "UNSUPPORTED_MEDIA_TYPE"),
    (416, "RANGE_NOT_SATISFIABLE"),
    (417, "EXPECTATION_FAILED"),
    (418, "IM_A_TEAPOT"),
    (421, "MISDIRECTED_REQUEST"),
    (422, "UNPROCESSABLE_ENTITY"),
    (423, "LOCKED"),
    (424, "FAILED_DEPENDENCY"),
    (426, "UPGRADE_REQUIRED"),
    (428, "PRECONDITION_REQUIRED"),
    (429, "TOO_MANY_REQUESTS"),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE"),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS"),
    (500, "INTERNAL_SERVER_ERROR"),
    (501, "NOT_IMPLEMENTED"),
    (502, "BAD_GATEWAY"),
    (503, "SERVICE_UNAVAILABLE"),
    (504, "GATEWAY_TIMEOUT"),
    (505, "HTTP_VERSION_NOT_SUPPORTED"),
    (506, "VARIANT_ALSO_NEGOTIATES"),
    (507, "INSUFFICIENT_STORAGE"),
    (508, "LOOP_DETECTED"),
    (510, "NOT_EXTENDED"),
    (511, "NETWORK_AUTHENTICATION_REQUIRED"),
];

/// `__constants!`, the constants again for `constants!` in a user's crate:
/// an arm for the constructor forms, where `$mode`, `$ty` and
/// `$constructor` are that macro's and `$crate::__constant!` applies the
/// constructor, and an arm for `http` 0.2, whose constants are the type's
/// own named ones, with the module's `ALL`. It exits, naming the code, if
/// `HTTP_0_2` names a code that no row has.
fn constants_macro(out: &mut String, rows: &[Row]) {
    if let Some((code, _)) = HTTP_0_2
        .iter()
        .find(|(code, _)| rows.iter().all(|row| row.code != *code))
    {
        eprintln!("http-status-gen: http 0.2 names {code}, which no row has");
        std::process::exit(1);
    }
    out.push_str(
        "\n/// Every constant as a `const` of a type of the caller's, for\n\
         /// [`constants!`](crate::constants): with a constructor, which\n\
         /// `$crate::__constant!` applies, or as `http` 0.2's own constants.\n\
         #[doc(hidden)]\n\
         #[macro_export]\n\
         macro_rules! __constants {\n    \
         ($mode:ident $ty:ty, $constructor:path) => {\n",
    );
    for row in rows {
        let value = format!("$crate::__constant!($mode $constructor, {})", row.code);
        let origin = format!("`http_status::status::{}` as this module's type.", row.name);
        typed_constant(out, row, &origin, &value);
    }
    out.push_str("    };\n    (http_0_2 $ty:ty) => {\n");
    let mut codes = Vec::new();
    for row in rows {
        let own = match HTTP_0_2.iter().find(|(code, _)| *code == row.code) {
            Some((_, own)) => own,
            None => continue,
        };
        let origin = format!("`StatusCode::{own}`, `http` 0.2's own constant.");
        typed_constant(out, row, &origin, &format!("<$ty>::{own}"));
        codes.push(row.code.to_string());
    }
    out.push_str(
        "        /// Every code that has a constant in this module, ascending, each\n        \
         /// once: `http_status::status::ALL` less the codes that `http` 0.2\n        \
         /// names no constant for.\n        \
         pub const ALL: &[u16] = &[\n",
    );
    for code in codes {
        let _ = writeln!(out, "            {code},");
    }
    out.push_str("        ];\n    };\n}\n");
}

/// One row's constants in `__constants!`, DRF's name and RFC 9110's if it
/// has one, each `value`: `origin` says where the value comes from.
fn typed_constant(out: &mut String, row: &Row, origin: &str, value: &str) {
    let docs = vec![row.means.to_owned(), code_line(row), origin.to_owned()];
    doc_comment(out, "        ", &docs);
    let _ = writeln!(out, "        pub const {}: $ty = {value};", row.name);
    if let Some(alias) = row.alias {
        let docs = vec![
            row.means.to_owned(),
            format!(
                "`{} {}` by its RFC 9110 name: the same code as `{}`, DRF's name for it.",
                row.code, row.phrase, row.name
            ),
        ];
        doc_comment(out, "        ", &docs);
        let _ = writeln!(out, "        pub const {alias}: $ty = {value};");
    }
}

/// A `match` on the row number, one arm a row that has a value, as a
/// `const fn` of the `column` module.
fn column(
    out: &mut String,
    doc: &str,
    name: &str,
    ty: &str,
    default: &str,
    value: impl Fn(&Row) -> Option<String>,
) {
    let _ = writeln!(out, "\n    /// {doc}");
    let _ = writeln!(out, "    #[inline]");
    let _ = writeln!(out, "    pub const fn {name}(row: u8) -> {ty} {{");
    let _ = writeln!(out, "        match row {{");
    for (at, row) in ROWS.iter().enumerate() {
        if let Some(value) = value(row) {
            let _ = writeln!(out, "            {at} => {value},");
        }
    }
    let _ = writeln!(out, "            _ => {default},");
    let _ = writeln!(out, "        }}");
    let _ = writeln!(out, "    }}");
}

/// The whole of `src/status/table.rs`.
fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "// @generated by `cargo run -p http-status-gen > src/status/table.rs` from\n\
         // gen/src/rows.rs: change the rows there, and run the command again.\n\
         \n\
         // A column has an arm per row, however many lines that takes, and rows\n\
         // share values, such as an RFC.\n\
         #![allow(clippy::match_same_arms, clippy::too_many_lines)]\n\
         \n\
         use super::predicates::{CACHEABLE, NO_CONTENT};\n",
    );
    for row in rows {
        out.push('\n');
        doc_comment(&mut out, "", &constant_docs(row));
        let _ = writeln!(out, "pub const {}: u16 = {};", row.name, row.code);
        if let Some(alias) = row.alias {
            out.push('\n');
            doc_comment(
                &mut out,
                "",
                &[
                    format!("RFC 9110's name for {}: {}", row.code, row.means),
                    format!(
                        "`{} {}` by its name in RFC 9110: the same code as [`{}`], DRF's older \
                         name for it.",
                        row.code, row.phrase, row.name
                    ),
                ],
            );
            let _ = writeln!(out, "pub const {alias}: u16 = {};", row.code);
        }
    }

    out.push_str(
        "\n/// Every code that has a constant, ascending, each once.\n\
         ///\n\
         /// ```\n\
         /// use http_status::status::{reason_phrase, ALL};\n\
         ///\n\
         /// assert!(ALL.iter().all(|&code| reason_phrase(code).is_some()));\n\
         /// assert_eq!(ALL.first(), Some(&100));\n\
         /// ```\n\
         pub const ALL: &[u16] = &[\n",
    );
    for row in rows {
        let _ = writeln!(out, "    {},", row.code);
    }
    out.push_str("];\n");

    constants_macro(&mut out, rows);

    out.push_str(
        "\n/// The columns, each read by row number: rows are numbered from 0, in\n\
         /// the order of [`ALL`].\n\
         pub(crate) mod column {\n    \
         use super::{CACHEABLE, NO_CONTENT};\n\
         \n    \
         /// The flags of every row, in order.\n    \
         pub const FLAGS: &[u8] = &[\n",
    );
    for row in rows {
        let flags: Vec<&str> = [
            (row.no_content, "NO_CONTENT"),
            (row.cacheable.is_some(), "CACHEABLE"),
        ]
        .iter()
        .filter(|(set, _)| *set)
        .map(|&(_, flag)| flag)
        .collect();
        let flags = if flags.is_empty() {
            "0".to_owned()
        } else {
            flags.join(" | ")
        };
        let _ = writeln!(out, "        {flags},");
    }
    out.push_str("    ];\n");

    column(
        &mut out,
        "DRF's name.",
        "name",
        "&'static str",
        "\"\"",
        |row| Some(format!("{:?}", row.name)),
    );
    column(
        &mut out,
        "RFC 9110's name where it differs from DRF's, or `\"\"`.",
        "alias",
        "&'static str",
        "\"\"",
        |row| row.alias.map(|alias| format!("{alias:?}")),
    );
    column(
        &mut out,
        "What the code means.",
        "meaning",
        "&'static str",
        "\"\"",
        |row| Some(format!("{:?}", row.means)),
    );
    column(
        &mut out,
        "The reason phrase.",
        "phrase",
        "&'static str",
        "\"\"",
        |row| Some(format!("{:?}", row.phrase)),
    );
    column(
        &mut out,
        "The phrases that older RFCs gave the code.",
        "others",
        "&'static [&'static str]",
        "&[]",
        |row| {
            (!row.also.is_empty()).then(|| {
                let phrases: Vec<String> = row
                    .also
                    .iter()
                    .map(|(phrase, _)| format!("{phrase:?}"))
                    .collect();
                format!("&[{}]", phrases.join(", "))
            })
        },
    );
    column(
        &mut out,
        "The defining RFC's number, or 0 where no RFC defines the code.",
        "rfc",
        "u16",
        "0",
        |row| row.defined_in.map(|(rfc, _)| rfc.to_string()),
    );
    column(
        &mut out,
        "The section of the defining RFC, or `\"\"`.",
        "section",
        "&'static str",
        "\"\"",
        |row| row.defined_in.map(|(_, section)| format!("{section:?}")),
    );
    column(
        &mut out,
        "The address of the defining section, or `\"\"`.",
        "url",
        "&'static str",
        "\"\"",
        |row| {
            row.defined_in
                .map(|(rfc, section)| format!("{:?}", url(rfc, section)))
        },
    );
    out.push_str("}\n");
    out
}
