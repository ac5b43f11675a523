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
    // 15.2.2: "The server MUST generate an Upgrade header field in the
    // response that indicates which protocol(s) will be in effect after
    // this response."
    // RFC 9113, 8.6: "HTTP/2 does not support the 101 (Switching Protocols)
    // informational status code", so this holds in HTTP/1.1.
    (
        101,
        "Upgrade",
        Must,
        Some("in HTTP/1.1, since HTTP/2 has no 101 (RFC 9113, Section 8.6)"),
        9110,
        "15.2.2",
    ),
    // 7.8: "A sender of Upgrade MUST also send an "Upgrade" connection
    // option in the Connection header field (Section 7.6.1) to inform
    // intermediaries not to forward this field." 101 and 426 send Upgrade.
    (
        101,
        "Connection",
        Must,
        Some("with the \"upgrade\" connection option, in HTTP/1.1"),
        9110,
        "7.8",
    ),
    // 15.3.1: "In 200 responses to GET or HEAD, an origin server SHOULD send
    // any available validator fields (Section 8.8) for the selected
    // representation, with both a strong entity tag and a Last-Modified
    // date being preferred."
    (200, "ETag", Should, IF_VALIDATOR, 9110, "15.3.1"),
    (200, "Last-Modified", Should, IF_VALIDATOR, 9110, "15.3.1"),
    // 9.3.3: "If one or more resources has been created on the origin
    // server as a result of successfully processing a POST request, the
    // origin server SHOULD send a 201 (Created) response containing a
    // Location header field that provides an identifier for the primary
    // resource created".
    (
        201,
        "Location",
        Should,
        Some("to a POST that created one or more resources"),
        9110,
        "9.3.3",
    ),
    // RFC 3229, 10.4.1: "The response MUST include an Etag header field
    // giving the entity tag of the current instance."
    (226, "ETag", Must, None, 3229, "10.4.1"),
    // RFC 7725, 4: "When an entity blocks access to a resource and returns
    // status 451, it SHOULD include a "Link" HTTP header field [RFC5988]
    // whose value is a URI reference [RFC3986] identifying itself. When
    // used for this purpose, the "Link" header field MUST have a "rel"
    // parameter whose value is "blocked-by"."
    (
        451,
        "Link",
        Should,
        Some("naming the entity that blocks access, with rel=\"blocked-by\""),
        7725,
        "4",
    ),
    // 15.3.7: "A server that generates a 206 response MUST generate the
    // following header fields, in addition to those required in the
    // subsections below, if the field would have been sent in a 200 (OK)
    // response to the same request: Date, Cache-Control, ETag, Expires,
    // Content-Location, and Vary."
    (206, "Date", Must, IF_200, 9110, "15.3.7"),
    (206, "Cache-Control", Must, IF_200, 9110, "15.3.7"),
    (206, "ETag", Must, IF_200, 9110, "15.3.7"),
    (206, "Expires", Must, IF_200, 9110, "15.3.7"),
    (206, "Content-Location", Must, IF_200, 9110, "15.3.7"),
    (206, "Vary", Must, IF_200, 9110, "15.3.7"),
    // 15.3.7.1: "If a single part is being transferred, the server
    // generating the 206 response MUST generate a Content-Range header
    // field, describing what range of the selected representation is
    // enclosed, and a content consisting of the range."
    (
        206,
        "Content-Range",
        Must,
        Some("if a single part is being transferred"),
        9110,
        "15.3.7.1",
    ),
    // 15.3.7.2: "If multiple parts are being transferred, the server
    // generating the 206 response MUST generate "multipart/byteranges"
    // content, as defined in Section 14.6, and a Content-Type header field
    // containing the "multipart/byteranges" media type and its required
    // boundary parameter."
    (
        206,
        "Content-Type",
        Must,
        Some("if multiple parts are being transferred, as multipart/byteranges"),
        9110,
        "15.3.7.2",
    ),
    // 15.4.1: "If the server has a preferred choice, the server SHOULD
    // generate a Location header field containing a preferred choice's URI
    // reference."
    (
        300,
        "Location",
        Should,
        Some("if the server has a preferred choice"),
        9110,
        "15.4.1",
    ),
    // 15.4.2, 15.4.3, 15.4.8, 15.4.9: "The server SHOULD generate a
    // Location header field in the response containing a (preferred) URI
    // reference for the new permanent URI / for the different URI." 303's
    // section, 15.4.4, states no such keyword.
    (301, "Location", Should, None, 9110, "15.4.2"),
    (302, "Location", Should, None, 9110, "15.4.3"),
    (307, "Location", Should, None, 9110, "15.4.8"),
    (308, "Location", Should, None, 9110, "15.4.9"),
    // 15.4.5: "The server generating a 304 response MUST generate any of
    // the following header fields that would have been sent in a 200 (OK)
    // response to the same request: Content-Location, Date, ETag, and Vary;
    // Cache-Control and Expires."
    (304, "Content-Location", Must, IF_200, 9110, "15.4.5"),
    (304, "Date", Must, IF_200, 9110, "15.4.5"),
    (304, "ETag", Must, IF_200, 9110, "15.4.5"),
    (304, "Vary", Must, IF_200, 9110, "15.4.5"),
    (304, "Cache-Control", Must, IF_200, 9110, "15.4.5"),
    (304, "Expires", Must, IF_200, 9110, "15.4.5"),
    // 8.6: "A server MAY send a Content-Length header field in a 304 (Not
    // Modified) response to a conditional GET request (Section 15.4.5); a
    // server MUST NOT send Content-Length in such a response unless its
    // field value equals the decimal number of octets that would have been
    // sent in the content of a 200 (OK) response to the same request."
    (
        304,
        "Content-Length",
        May,
        Some("to a conditional GET, only with the length of a 200 response's content"),
        9110,
        "8.6",
    ),
    // 15.5.8: "The proxy MUST send a Proxy-Authenticate header field
    // (Section 11.7.1) containing a challenge applicable to that proxy for
    // the request."
    (407, "Proxy-Authenticate", Must, None, 9110, "15.5.8"),
    // 15.5.14: "If the condition is temporary, the server SHOULD generate a
    // Retry-After header field to indicate that it is temporary and after
    // what time the client MAY try again."
    (
        413,
        "Retry-After",
        Should,
        Some("if the condition is temporary"),
        9110,
        "15.5.14",
    ),
    // 15.5.17: "A server that generates a 416 response to a byte-range
    // request SHOULD generate a Content-Range header field specifying the
    // current length of the selected representation (Section 14.4)."
    (
        416,
        "Content-Range",
        Should,
        Some("to a byte-range request"),
        9110,
        "15.5.17",
    ),
    // 15.5.22: "The server MUST send an Upgrade header field in a 426
    // response to indicate the required protocol(s) (Section 7.8)."
    // RFC 9113, 8.2.2: "An endpoint MUST NOT generate an HTTP/2 message
    // containing connection-specific header fields. This includes the
    // Connection header field and those listed as having
    // connection-specific semantics in Section 7.6.1 of [HTTP] (that is,
    // Proxy-Connection, Keep-Alive, Transfer-Encoding, and Upgrade)."
    (426, "Upgrade", Must, Some(HTTP_1_1_ONLY), 9110, "15.5.22"),
    (
        426,
        "Connection",
        Must,
        Some("with the \"upgrade\" connection option, in HTTP/1.1, since HTTP/2 forbids the field (RFC 9113, Section 8.2.2)"),
        9110,
        "7.8",
    ),
    // RFC 6585, 4: "The response representations SHOULD include details
    // explaining the condition, and MAY include a Retry-After header
    // indicating how long to wait before making a new request."
    (429, "Retry-After", May, None, 6585, "4"),
    // 15.6.4: "The server MAY send a Retry-After header field (Section
    // 10.2.3) to suggest an appropriate amount of time for the client to
    // wait before retrying the request."
    (503, "Retry-After", May, None, 9110, "15.6.4"),
];

/// What 7.8 asks of the Connection field that goes with Upgrade.
const HTTP_1_1_ONLY: &str = "in HTTP/1.1, since HTTP/2 forbids the field (RFC 9113, Section 8.2.2)";

/// The condition of 15.3.1.
const IF_VALIDATOR: Option<&str> = Some("to GET or HEAD, if the validator is available");

/// The condition of 15.3.7 and 15.4.5.
const IF_200: Option<&str> =
    Some("if it would have been sent in a 200 response to the same request");

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
        "MUST carry WWW-Authenticate (RFC 9110, Section 15.5.2)"
    );
    assert_eq!(
        [Must, Should, May].map(|level| level.to_string()),
        ["MUST", "SHOULD", "MAY"]
    );
    assert!(Must < Should && Should < May);
}
