//! The lookup example's argument parsing and output, run as a library.

#[allow(dead_code)]
#[path = "../examples/status.rs"]
mod example;

mod common;

use common::{code_of, code_of_phrase, ALIASES, DRF};
use example::{line, parse, table, BadArg};
use http_status::status::{self, ALL};
use proptest::prelude::*;

/// What the example must make of `arg`, from the lists written out in
/// `common`: digits in 100..=599 are a code, a constant name in any case or
/// a reason phrase its code, a single word every code whose phrase or name
/// holds it, and anything else an error that quotes it.
fn expected(arg: &str) -> Result<Vec<u16>, BadArg> {
    let digits = !arg.is_empty() && arg.chars().all(|c| c.is_ascii_digit());
    if digits {
        return match arg.parse::<u16>() {
            Ok(code) if (100..=599).contains(&code) => Ok(vec![code]),
            _ => Err(BadArg::OutOfRange(arg.to_owned())),
        };
    }
    if let Some(code) = code_of(&arg.to_ascii_uppercase()).or_else(|| code_of_phrase(arg)) {
        return Ok(vec![code]);
    }
    let word = arg.to_ascii_lowercase();
    let mut found: Vec<u16> = DRF
        .iter()
        .map(|&(name, code, phrase)| (name, code, phrase))
        .chain(ALIASES.iter().map(|&(alias, code, _)| (alias, code, "")))
        .filter(|(name, _, phrase)| {
            !word.is_empty()
                && !word.contains(char::is_whitespace)
                && (name.to_ascii_lowercase().contains(&word)
                    || phrase.to_ascii_lowercase().contains(&word))
        })
        .map(|(_, code, _)| code)
        .collect();
    found.sort_unstable();
    found.dedup();
    if found.is_empty() {
        Err(BadArg::Unknown(arg.to_owned()))
    } else {
        Ok(found)
    }
}

#[test]
fn a_code_prints_its_phrase_class_and_name() {
    assert_eq!(
        line(418),
        "418  I'm a teapot                     Client Error   HTTP_418_IM_A_TEAPOT"
    );
}

#[test]
fn a_name_or_alias_finds_its_code_in_any_case() {
    assert_eq!(parse("HTTP_404_NOT_FOUND"), Ok(vec![404]));
    assert_eq!(parse("http_404_not_found"), Ok(vec![404]));
    assert_eq!(parse("HTTP_422_UNPROCESSABLE_CONTENT"), Ok(vec![422]));
}

#[test]
fn a_phrase_old_or_new_finds_its_code_in_any_case() {
    assert_eq!(parse("not found"), Ok(vec![404]));
    assert_eq!(parse("Payload Too Large"), Ok(vec![413]));
    assert_eq!(parse("MOVED TEMPORARILY"), Ok(vec![302]));
}

#[test]
fn a_word_finds_every_code_whose_phrase_or_name_holds_it() {
    assert_eq!(parse("teapot"), Ok(vec![418]));
    assert_eq!(parse("too"), Ok(vec![413, 414, 425, 429, 431]));
    // An alias counts as a name.
    assert_eq!(parse("CONTENT_TOO"), Ok(vec![413]));
}

#[test]
fn an_unassigned_code_prints_its_class_marked_unassigned() {
    assert_eq!(parse("299"), Ok(vec![299]));
    let line = line(299);
    assert!(line.starts_with("299  (unassigned) "), "{line}");
    assert!(line.contains(" Successful "), "{line}");
}

#[test]
fn bad_arguments_are_named_in_the_message() {
    for arg in [
        "abc",
        "70000",
        "99",
        "600",
        "",
        "+404",
        "HTTP_404_NOT_FOUNDX",
        "zzz",
        "not a phrase",
    ] {
        let message = parse(arg).unwrap_err().to_string();
        assert!(message.contains(&format!("`{arg}`")), "{message}");
    }
}

#[test]
fn the_table_lists_every_code_under_its_class() {
    let table = table();
    let headers: Vec<&str> = table
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.starts_with('['))
        .collect();
    assert_eq!(
        headers,
        [
            "1xx Informational",
            "2xx Successful",
            "3xx Redirection",
            "4xx Client Error",
            "5xx Server Error"
        ]
    );
    let rows: Vec<&str> = table.lines().filter(|line| line.starts_with(' ')).collect();
    assert_eq!(rows.len(), ALL.len());
    for (row, &code) in rows.iter().zip(ALL) {
        let name = status::name(code).unwrap();
        let phrase = status::reason_phrase(code).unwrap();
        assert!(row.starts_with(&format!("  {code}  {phrase} ")), "{row}");
        let after_name = row.split_once(&format!(" {name}")).expect(row).1;
        let alias = status::alias(code).map_or_else(String::new, |alias| format!(" = {alias}"));
        let marks = match (
            status::cannot_have_content(code),
            status::is_heuristically_cacheable(code),
        ) {
            (true, true) => "  [no content, cacheable]",
            (true, false) => "  [no content]",
            (false, true) => "  [cacheable]",
            (false, false) => "",
        };
        assert_eq!(after_name, format!("{alias}{marks}"), "{row}");
    }
}

proptest! {
    #[test]
    fn parse_on_any_string_keeps_the_contract(arg in any::<String>()) {
        prop_assert_eq!(parse(&arg), expected(&arg));
    }

    #[test]
    fn parse_on_any_number_keeps_the_contract(number in any::<u32>()) {
        let arg = number.to_string();
        prop_assert_eq!(parse(&arg), expected(&arg));
    }

    #[test]
    fn parse_on_any_bytes_keeps_the_contract(bytes in any::<Vec<u8>>()) {
        let arg = String::from_utf8_lossy(&bytes);
        prop_assert_eq!(parse(&arg), expected(&arg));
    }

    #[test]
    fn line_never_panics_and_starts_with_the_code(code in any::<u16>()) {
        let line = line(code);
        prop_assert!(line.starts_with(&code.to_string()));
        prop_assert!(line.ends_with(status::name(code).unwrap_or("-")));
    }
}
