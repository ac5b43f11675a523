//! `header_fields`: what the RFCs ask a response with each code to carry,
//! against a second copy written from the sentences that state it.

use http_status::status::{header_fields, HeaderField, Requirement, ALL};
use Requirement::{May, Must, Should};

/// One requirement: (code, field, level, condition, RFC, section).
type Entry = (
    u16,
    &'static str,
    Requirement,
    Option<&'static str>,
    u16,
    &'static str,
);

/// Every requirement, by hand, each from the sentence quoted above it.
const REQUIRED: &[Entry] = &[
    // RFC 9110, 15.5.2: "The server generating a 401 response MUST send a
    // WWW-Authenticate header field (Section 11.6.1) containing at least
    // one challenge applicable to the target resource."
    (401, "WWW-Authenticate", Must, None, 9110, "15.5.2"),
    // RFC 9110, 15.5.6: "The origin server MUST generate an Allow header
    // field in a 405 response containing a list of the target resource's
    // currently supported methods."
    (405, "Allow", Must, None, 9110, "15.5.6"),
];

fn as_row(field: &HeaderField) -> (&str, Requirement, Option<&str>, u16, &str) {
    let reference = field.reference();
    (
        field.name(),
        field.requirement(),
        field.condition(),
        reference.rfc(),
        reference.section(),
    )
}

#[test]
fn every_code_carries_exactly_the_fields_its_rfc_asks_for() {
    for code in 0..=u16::MAX {
        let listed: Vec<_> = header_fields(code).iter().map(as_row).collect();
        let expected: Vec<_> = REQUIRED
            .iter()
            .filter(|entry| entry.0 == code)
            .map(|&(_, name, level, condition, rfc, section)| {
                (name, level, condition, rfc, section)
            })
            .collect();
        assert_eq!(listed, expected, "{code}");
    }
}

#[test]
fn codes_without_a_constant_require_nothing() {
    for code in (0..=u16::MAX).filter(|code| !ALL.contains(code)) {
        assert!(header_fields(code).is_empty(), "{code}");
    }
}

/// A field name is a token (RFC 9110, Section 5.1): one or more tchars.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
}

#[test]
fn every_name_is_a_field_name_token_and_every_entry_cites_its_section() {
    for &code in ALL {
        for field in header_fields(code) {
            assert!(is_token(field.name()), "{code}: {:?}", field.name());
            let reference = field.reference();
            assert!(
                reference.rfc() > 0 && !reference.section().is_empty(),
                "{code}"
            );
            assert_eq!(
                reference.url(),
                format!(
                    "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                    reference.rfc(),
                    reference.section()
                )
            );
            assert!(field
                .condition()
                .map_or(true, |c| !c.is_empty() && !c.ends_with('.')));
        }
    }
    assert!(!is_token("WWW Authenticate") && !is_token(""));
}

#[test]
fn a_field_displays_as_its_requirement() {
    assert_eq!(
        header_fields(401)[0].to_string(),
        "MUST send WWW-Authenticate (RFC 9110, Section 15.5.2)"
    );
    assert_eq!(
        [Must, Should, May].map(|level| level.to_string()),
        ["MUST", "SHOULD", "MAY"]
    );
    assert!(Must < Should && Should < May);
}
