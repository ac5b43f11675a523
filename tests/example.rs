//! The lookup example's argument parsing and output, run as a library.

#[allow(dead_code)]
#[path = "../examples/status.rs"]
mod example;

use example::{line, parse, table, BadArg};
use http_status::status::{self, from_name, ALL};
use proptest::prelude::*;

/// What the example must make of `arg`: digits in 100..=599 are a code, a
/// constant name its code, and anything else an error that quotes it.
fn expected(arg: &str) -> Result<u16, BadArg> {
    let digits = !arg.is_empty() && arg.chars().all(|c| c.is_ascii_digit());
    if digits {
        match arg.parse::<u16>() {
            Ok(code) if (100..=599).contains(&code) => Ok(code),
            _ => Err(BadArg::OutOfRange(arg.to_owned())),
        }
    } else {
        from_name(arg).ok_or_else(|| BadArg::Unknown(arg.to_owned()))
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
fn a_name_or_alias_finds_its_code() {
    assert_eq!(parse("HTTP_404_NOT_FOUND"), Ok(404));
    assert_eq!(parse("HTTP_422_UNPROCESSABLE_CONTENT"), Ok(422));
}

#[test]
fn an_unassigned_code_prints_its_class_marked_unassigned() {
    assert_eq!(parse("299"), Ok(299));
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
        .filter(|line| !line.starts_with(' '))
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
        assert!(row.ends_with(name), "{row}");
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
