//! The tool's own functions, as `cargo test` runs them.

use super::{entry, line, parse, table, BadArg};
use http_status::status::{self, ALL};
use proptest::prelude::*;
use std::collections::HashSet;

#[test]
fn a_code_prints_its_phrase_class_and_name() {
    assert_eq!(
        line(418),
        "418  I'm a teapot                     Client Error   HTTP_418_IM_A_TEAPOT"
    );
}

#[test]
fn a_code_with_two_names_prints_both() {
    assert!(line(422).ends_with(
        "Client Error   HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT"
    ));
    for &code in ALL {
        if let Some(alias) = status::alias(code) {
            let names = format!("{} or {alias}", status::name(code).unwrap());
            assert!(line(code).ends_with(&names), "{}", line(code));
        }
    }
}

#[test]
fn an_entry_gives_the_line_then_the_meaning_and_the_defining_section() {
    assert_eq!(
        entry(418),
        format!(
            "{}\n     {}\n     https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2\n",
            line(418),
            status::meaning(418).unwrap()
        )
    );
    for &code in ALL {
        let entry = entry(code);
        assert!(entry.contains(status::meaning(code).unwrap()), "{entry}");
        if let Some(reference) = status::reference(code) {
            assert!(entry.contains(reference.url()), "{entry}");
        }
    }
    assert_eq!(
        entry(405),
        format!(
            "{}\n     {}\n     a response MUST carry Allow (RFC 9110, Section 15.5.6)\n     \
             https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6\n",
            line(405),
            status::meaning(405).unwrap()
        )
    );
    for &code in ALL {
        for field in status::header_fields(code) {
            assert!(
                entry(code).contains(&format!("     a response {field}\n")),
                "{code}"
            );
        }
    }
    // No meaning and no section for a code without a constant.
    assert_eq!(entry(299), format!("{}\n", line(299)));
}

#[test]
fn every_code_name_and_phrase_finds_its_code_first_in_any_case() {
    for &code in ALL {
        let name = status::name(code).unwrap();
        for arg in [code.to_string(), name.to_owned(), name.to_ascii_lowercase()] {
            assert_eq!(parse(&arg), Ok(vec![code]), "{arg}");
        }
        // A phrase comes first, before the codes whose phrases hold it.
        let phrase = status::reason_phrase(code).unwrap().to_ascii_uppercase();
        assert_eq!(parse(&phrase).unwrap()[0], code, "{phrase}");
        if let Some(alias) = status::alias(code) {
            assert_eq!(parse(&alias.to_ascii_lowercase()), Ok(vec![code]));
        }
    }
}

#[test]
fn an_older_or_deployed_phrase_finds_its_code() {
    assert_eq!(parse("Payload Too Large"), Ok(vec![413]));
    assert_eq!(parse("MOVED TEMPORARILY"), Ok(vec![302]));
    assert_eq!(parse("Not Allowed"), Ok(vec![405]));
    assert_eq!(parse("request uri too long"), Ok(vec![414]));
}

#[test]
fn a_code_outside_the_registry_is_marked_with_its_use_and_source() {
    for (code, used) in [
        (499, "nginx: client closed request"),
        (444, "nginx: connection closed without response"),
    ] {
        let source = status::unregistered(code).unwrap().source;
        assert_eq!(
            entry(code),
            format!(
                "{}\n     outside the registry; {used}\n     {source}\n",
                line(code)
            )
        );
        assert!(line(code).starts_with(&format!("{code}  (unassigned) ")));
    }
}

#[test]
fn a_code_outside_the_registry_is_found_by_its_phrase_or_a_word_of_it() {
    assert_eq!(parse("client closed request"), Ok(vec![499]));
    assert_eq!(parse("Client Closed Request"), Ok(vec![499]));
    assert_eq!(parse("connection closed without response"), Ok(vec![444]));
    assert_eq!(parse("closed"), Ok(vec![444, 460, 499]));
    assert_eq!(parse("closed request"), Ok(vec![499]));
    assert_eq!(parse("origin"), Ok(vec![523, 530]));
    assert_eq!(parse("cookie"), Ok(vec![494]));
    for entry in status::UNREGISTERED {
        assert_eq!(parse(entry.phrase), Ok(vec![entry.code]), "{entry:?}");
    }
}

#[test]
fn a_word_finds_every_code_whose_phrase_or_name_holds_it() {
    assert_eq!(parse("teapot"), Ok(vec![418]));
    assert_eq!(parse("too"), Ok(vec![413, 414, 425, 429, 431, 463, 494]));
    // Whole words: "ok" is not in "cookie", nor "port" in "report".
    assert_eq!(parse("ok"), Ok(vec![200]));
    assert_eq!(parse("+404"), Ok(vec![404]));
    assert_eq!(parse("teap"), Err(BadArg::Unknown("teap".to_owned())));
    // An alias counts as a name, and `_`, `-` and a space are alike.
    assert_eq!(parse("CONTENT_TOO"), Ok(vec![413]));
    assert_eq!(parse("content too"), Ok(vec![413]));
    assert_eq!(parse("non authoritative"), Ok(vec![203]));
}

#[test]
fn an_exact_phrase_comes_first_then_every_code_that_holds_it() {
    assert_eq!(parse("found"), Ok(vec![302, 404]));
    assert_eq!(parse("Not Found"), Ok(vec![404]));
    assert_eq!(parse("too large"), Ok(vec![413, 431, 494]));
    assert_eq!(parse("Content Too Large"), Ok(vec![413]));
    // An exact name too: 100 is "Continue", and no other code holds it.
    assert_eq!(parse("continue"), Ok(vec![100]));
}

#[test]
fn spaces_around_an_argument_are_ignored() {
    assert_eq!(parse(" 404"), Ok(vec![404]));
    assert_eq!(parse("404\n"), Ok(vec![404]));
    assert_eq!(parse("\t not found "), Ok(vec![404]));
    assert_eq!(parse("  HTTP_201_CREATED"), Ok(vec![201]));
}

#[test]
fn an_empty_argument_is_said_to_be_empty() {
    for arg in ["", " ", "\t\n"] {
        assert_eq!(parse(arg), Err(BadArg::Empty), "{arg:?}");
    }
    assert_eq!(
        BadArg::Empty.to_string(),
        "an argument is empty: give a code such as 404, or a name, phrase or word"
    );
}

#[test]
fn a_long_argument_is_cut_in_its_message() {
    let long = "x".repeat(5000);
    let message = parse(&long).unwrap_err().to_string();
    assert!(message.len() < 160, "{} bytes: {message}", message.len());
    assert!(message.starts_with(&format!("`{}...` (4960 more characters)", "x".repeat(40))));
    let digits = "9".repeat(5000);
    assert!(parse(&digits).unwrap_err().to_string().len() < 160);
    let one_more = parse(&"y".repeat(41)).unwrap_err().to_string();
    assert!(one_more.starts_with(&format!("`{}...` (1 more character) ", "y".repeat(40))));
    // Cut between characters, never inside one.
    let wide = "\u{e9}".repeat(100);
    let message = parse(&wide).unwrap_err().to_string();
    assert!(message.starts_with(&format!(
        "`{}...` (60 more characters)",
        "\u{e9}".repeat(40)
    )));
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
    for (arg, out_of_range) in [
        ("abc", false),
        ("70000", true),
        ("99", true),
        ("600", true),
        ("HTTP_404_NOT_FOUNDX", false),
        ("zzz", false),
        ("not a phrase", false),
    ] {
        let bad = parse(arg).unwrap_err();
        assert_eq!(matches!(bad, BadArg::OutOfRange(_)), out_of_range, "{arg}");
        assert!(bad.to_string().contains(&format!("`{arg}`")), "{bad}");
        assert!(!bad.to_string().contains('\n'), "{bad}");
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
        let phrase = status::reason_phrase(code).unwrap();
        assert!(row.starts_with(&format!("  {code}  {phrase} ")), "{row}");
        let marks = match (
            status::cannot_have_content(code),
            status::is_heuristically_cacheable(code),
        ) {
            (true, true) => "[no content, cacheable]",
            (true, false) => "[no content]",
            (false, true) => "[cacheable]",
            (false, false) => "",
        };
        let names = match status::alias(code) {
            Some(alias) => format!("{} or {alias}", status::name(code).unwrap()),
            None => status::name(code).unwrap().to_owned(),
        };
        let columns = row[6..].trim_start()[phrase.len()..].trim_start();
        assert_eq!(
            columns.trim_start_matches(marks).trim_start(),
            names,
            "{row}"
        );
        assert!(columns.starts_with(marks), "{row}");
    }
    // Each column starts at one place on every row: the marks, the names.
    for column in ["[", "HTTP_"] {
        let starts: HashSet<usize> = rows.iter().filter_map(|row| row.find(column)).collect();
        assert_eq!(starts.len(), 1, "{column}: {starts:?}");
    }
}

/// What holds of `parse(arg)` for any argument: codes found are ascending,
/// each once, and each a status code; a code in digits is found as itself;
/// an argument that names nothing is quoted back in the message.
fn keeps_the_contract(arg: &str) -> Result<(), TestCaseError> {
    match parse(arg) {
        Ok(codes) => {
            prop_assert!(!codes.is_empty());
            prop_assert!(
                codes.windows(2).all(|pair| pair[0] < pair[1]),
                "{:?}",
                codes
            );
            prop_assert!(codes.iter().all(|&code| status::class(code).is_some()));
            if let Ok(code) = arg.trim().parse::<u16>() {
                prop_assert_eq!(codes, vec![code]);
            }
        }
        Err(bad) => {
            let message = bad.to_string();
            prop_assert!(message.chars().count() < 160, "{}", message);
            let arg = arg.trim();
            if !arg.is_empty() && arg.chars().count() <= 40 {
                let quoted = format!("`{}`", arg);
                prop_assert!(message.contains(&quoted), "{}", message);
            }
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn parse_on_any_string_keeps_the_contract(arg in any::<String>()) {
        keeps_the_contract(&arg)?;
    }

    #[test]
    fn parse_on_any_bytes_keeps_the_contract(bytes in any::<Vec<u8>>()) {
        keeps_the_contract(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn a_number_is_a_code_exactly_from_100_to_599(number in any::<u32>()) {
        let found = parse(&number.to_string());
        prop_assert_eq!(found.is_ok(), (100..=599).contains(&number));
    }
}

#[test]
fn every_line_starts_with_its_code_and_ends_with_its_names() {
    // Every u16, not a sample: only four codes have two names.
    for code in 0..=u16::MAX {
        let line = line(code);
        assert!(line.starts_with(&format!("{code}  ")), "{line}");
        let names = match (status::name(code), status::alias(code)) {
            (Some(name), Some(alias)) => format!("{name} or {alias}"),
            (Some(name), None) => name.to_owned(),
            (None, _) => "-".to_owned(),
        };
        assert!(line.ends_with(&format!("  {names}")), "{line}");
    }
}
