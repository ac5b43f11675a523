//! http-status against `http::StatusCode` for every code `http` accepts, so
//! that a change on either side is noticed.

use http::StatusCode;
use http_status::status::{self, ALL};

#[test]
fn the_predicates_agree_with_status_codes_for_every_code_http_accepts() {
    for code in 100..=999 {
        let status = StatusCode::from_u16(code).unwrap();
        let ours = [
            status::is_informational(code),
            status::is_success(code),
            status::is_redirect(code),
            status::is_client_error(code),
            status::is_server_error(code),
        ];
        let theirs = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(ours, theirs, "{code}");
    }
}

#[test]
fn http_refuses_the_codes_outside_100_to_999() {
    for code in (0..100).chain(1000..=u16::MAX) {
        assert!(StatusCode::from_u16(code).is_err(), "{code}");
    }
}

#[test]
fn every_constant_converts_with_from_u16() {
    for &code in ALL {
        let status = StatusCode::from_u16(code).unwrap_or_else(|_| panic!("{code}"));
        assert_eq!(status, code);
    }
}

/// Where our phrase and `canonical_reason` differ, and why: ours follow
/// RFC 9110 and the IANA registry.
const DIFFERENT: [(u16, &str, Option<&str>); 5] = [
    // RFC 9110, Section 15.3.4 hyphenates it.
    (
        203,
        "Non-Authoritative Information",
        Some("Non Authoritative Information"),
    ),
    // RFC 9110, Section 15.5.14 renamed RFC 7231's "Payload Too Large".
    (413, "Content Too Large", Some("Payload Too Large")),
    // RFC 9110, Section 15.5.21 renamed RFC 4918's "Unprocessable Entity".
    (422, "Unprocessable Content", Some("Unprocessable Entity")),
    // Unused since RFC 2616; http gives it no phrase.
    (306, "(Unused)", None),
    // Not registered; named because DRF names it.
    (509, "Bandwidth Limit Exceeded", None),
];

#[test]
fn the_phrases_equal_canonical_reason_but_for_the_listed_codes() {
    for &code in ALL {
        let ours = status::reason_phrase(code);
        let theirs = StatusCode::from_u16(code).unwrap().canonical_reason();
        match DIFFERENT.iter().find(|&&(listed, _, _)| listed == code) {
            Some(&(_, listed_ours, listed_theirs)) => {
                assert_eq!((ours, theirs), (Some(listed_ours), listed_theirs), "{code}");
            }
            None => assert_eq!(ours, theirs, "{code}"),
        }
    }
}

#[test]
fn from_phrase_reads_every_phrase_http_sends() {
    for &code in ALL {
        if let Some(phrase) = StatusCode::from_u16(code).unwrap().canonical_reason() {
            assert_eq!(status::from_phrase(phrase), Some(code), "{phrase}");
        }
    }
}
