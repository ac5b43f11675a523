//! What the tests compare the crate with: the IANA HTTP Status Code
//! Registry's own file (`iana`), and DRF's names, written out a second
//! time by hand from its `status.py`, so that a wrong constant, phrase or
//! name in the crate disagrees with one of them.

// Each test file uses a part of this module.
#![allow(dead_code)]

pub mod iana;

use http_status::status::*;

macro_rules! constants {
    ($($constant:ident,)*) => {
        [$((stringify!($constant), $constant),)*]
    };
}

/// DRF's 64 names, as `rest_framework/status.py` has them, for a macro to
/// expand: `constants!` here, and the tests of `http_status::constants!`.
macro_rules! drf_rows {
    ($expand:ident) => {
        $expand! {
        HTTP_100_CONTINUE,
        HTTP_101_SWITCHING_PROTOCOLS,
        HTTP_102_PROCESSING,
        HTTP_103_EARLY_HINTS,
        HTTP_200_OK,
        HTTP_201_CREATED,
        HTTP_202_ACCEPTED,
        HTTP_203_NON_AUTHORITATIVE_INFORMATION,
        HTTP_204_NO_CONTENT,
        HTTP_205_RESET_CONTENT,
        HTTP_206_PARTIAL_CONTENT,
        HTTP_207_MULTI_STATUS,
        HTTP_208_ALREADY_REPORTED,
        HTTP_226_IM_USED,
        HTTP_300_MULTIPLE_CHOICES,
        HTTP_301_MOVED_PERMANENTLY,
        HTTP_302_FOUND,
        HTTP_303_SEE_OTHER,
        HTTP_304_NOT_MODIFIED,
        HTTP_305_USE_PROXY,
        HTTP_306_RESERVED,
        HTTP_307_TEMPORARY_REDIRECT,
        HTTP_308_PERMANENT_REDIRECT,
        HTTP_400_BAD_REQUEST,
        HTTP_401_UNAUTHORIZED,
        HTTP_402_PAYMENT_REQUIRED,
        HTTP_403_FORBIDDEN,
        HTTP_404_NOT_FOUND,
        HTTP_405_METHOD_NOT_ALLOWED,
        HTTP_406_NOT_ACCEPTABLE,
        HTTP_407_PROXY_AUTHENTICATION_REQUIRED,
        HTTP_408_REQUEST_TIMEOUT,
        HTTP_409_CONFLICT,
        HTTP_410_GONE,
        HTTP_411_LENGTH_REQUIRED,
        HTTP_412_PRECONDITION_FAILED,
        HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        HTTP_414_REQUEST_URI_TOO_LONG,
        HTTP_415_UNSUPPORTED_MEDIA_TYPE,
        HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE,
        HTTP_417_EXPECTATION_FAILED,
        HTTP_418_IM_A_TEAPOT,
        HTTP_421_MISDIRECTED_REQUEST,
        HTTP_422_UNPROCESSABLE_ENTITY,
        HTTP_423_LOCKED,
        HTTP_424_FAILED_DEPENDENCY,
        HTTP_425_TOO_EARLY,
        HTTP_426_UPGRADE_REQUIRED,
        HTTP_428_PRECONDITION_REQUIRED,
        HTTP_429_TOO_MANY_REQUESTS,
        HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE,
        HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS,
        HTTP_500_INTERNAL_SERVER_ERROR,
        HTTP_501_NOT_IMPLEMENTED,
        HTTP_502_BAD_GATEWAY,
        HTTP_503_SERVICE_UNAVAILABLE,
        HTTP_504_GATEWAY_TIMEOUT,
        HTTP_505_HTTP_VERSION_NOT_SUPPORTED,
        HTTP_506_VARIANT_ALSO_NEGOTIATES,
        HTTP_507_INSUFFICIENT_STORAGE,
        HTTP_508_LOOP_DETECTED,
        HTTP_509_BANDWIDTH_LIMIT_EXCEEDED,
        HTTP_510_NOT_EXTENDED,
        HTTP_511_NETWORK_AUTHENTICATION_REQUIRED,
            }
    };
}
#[allow(unused_imports)] // used by tests/constants.rs alone
pub(crate) use drf_rows;

/// DRF's 64 constants: (name, value).
pub const DRF: [(&str, u16); 64] = drf_rows!(constants);

/// RFC 9110's names for the four codes where DRF keeps an older name:
/// (alias, value, DRF name).
pub const ALIASES: [(&str, u16, &str); 4] = [
    (
        "HTTP_413_CONTENT_TOO_LARGE",
        HTTP_413_CONTENT_TOO_LARGE,
        "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
    ),
    (
        "HTTP_414_URI_TOO_LONG",
        HTTP_414_URI_TOO_LONG,
        "HTTP_414_REQUEST_URI_TOO_LONG",
    ),
    (
        "HTTP_416_RANGE_NOT_SATISFIABLE",
        HTTP_416_RANGE_NOT_SATISFIABLE,
        "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
    ),
    (
        "HTTP_422_UNPROCESSABLE_CONTENT",
        HTTP_422_UNPROCESSABLE_CONTENT,
        "HTTP_422_UNPROCESSABLE_ENTITY",
    ),
];

/// Every name the crate gives a code, DRF's and RFC 9110's, with its code.
pub fn names() -> impl Iterator<Item = (&'static str, u16)> {
    DRF.iter()
        .copied()
        .chain(ALIASES.iter().map(|&(alias, code, _)| (alias, code)))
}

/// The code that `name` stands for, by a plain search of the lists above.
pub fn code_of(name: &str) -> Option<u16> {
    names()
        .find(|&(known, _)| known == name)
        .map(|(_, code)| code)
}

/// The section that defines each code whose registry entry names its RFC
/// alone, read from that RFC: (code, RFC, section). And 418, which the
/// crate credits to RFC 2324, the RFC whose phrase it gives, where the
/// registry gives RFC 9110, Section 15.5.19, which reserves the code.
pub const SECTIONS: [(u16, u16, &str); 18] = [
    (102, 2518, "10.1"),
    (103, 8297, "2"),
    (207, 4918, "11.1"),
    (208, 5842, "7.1"),
    (226, 3229, "10.4.1"),
    (418, 2324, "2.3.2"),
    (423, 4918, "11.3"),
    (424, 4918, "11.4"),
    (425, 8470, "5.2"),
    (428, 6585, "3"),
    (429, 6585, "4"),
    (431, 6585, "5"),
    (451, 7725, "3"),
    (506, 2295, "8.1"),
    (507, 4918, "11.5"),
    (508, 5842, "7.2"),
    (510, 2774, "7"),
    (511, 6585, "6"),
];

/// Where `code` is defined: the RFC of the registry's first reference, with
/// the section it names, or else the section `SECTIONS` gives; 418 as
/// `SECTIONS` has it; `None` for a code the registry does not assign, 509
/// among them.
pub fn defined_in(code: u16) -> Option<(u16, &'static str)> {
    if !iana::assigned().contains(&code) {
        return None;
    }
    let listed = SECTIONS
        .iter()
        .find(|&&(known, _, _)| known == code)
        .map(|&(_, rfc, section)| (rfc, section));
    if code == 418 {
        return listed;
    }
    let record = iana::record(code)?;
    let &(_, data, text) = record.xrefs.iter().find(|xref| xref.0 == "rfc")?;
    let rfc: u16 = data.strip_prefix("rfc")?.parse().ok()?;
    match text.split_once(", Section ") {
        Some((named, section)) => {
            assert_eq!(named, format!("RFC{rfc}"), "{code}");
            assert_eq!(listed, None, "{code}: the registry names its section");
            Some((rfc, section))
        }
        None => {
            let (listed_rfc, section) = listed.unwrap_or_else(|| panic!("{code}'s section"));
            assert_eq!(listed_rfc, rfc, "{code}: the registry's RFC");
            Some((rfc, section))
        }
    }
}

/// Older reason phrases that RFCs gave, each with its code: HTTP/1.0
/// (RFC 1945), RFC 2068, RFC 2616, RFC 7231 and RFC 4918.
pub const OLDER_PHRASES: [(&str, u16); 9] = [
    ("Moved Temporarily", 302),
    ("Request Time-out", 408),
    ("Request Entity Too Large", 413),
    ("Payload Too Large", 413),
    ("Request-URI Too Long", 414),
    ("Request-URI Too Large", 414),
    ("Requested Range Not Satisfiable", 416),
    ("Unprocessable Entity", 422),
    ("Gateway Time-out", 504),
];

/// Every phrase that names a code, each with its code: each constant's,
/// as the registry's file gives it, and the older RFCs' above.
pub fn known_phrases() -> Vec<(&'static str, u16)> {
    DRF.iter()
        .map(|&(_, code)| (iana::phrase(code), code))
        .chain(OLDER_PHRASES.iter().copied())
        .collect()
}

/// A phrase as the documented matching rule reads it: one trailing period
/// dropped, ASCII letters in lower case, a hyphen as a space. Two phrases
/// match when these are equal.
pub fn by_the_rule(phrase: &str) -> String {
    let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
    phrase.to_ascii_lowercase().replace('-', " ")
}

/// The code of a reason phrase, by a plain search of the lists above with
/// the matching rule.
pub fn code_of_phrase(phrase: &str) -> Option<u16> {
    let phrase = by_the_rule(phrase);
    known_phrases()
        .into_iter()
        .find(|(known, _)| by_the_rule(known) == phrase)
        .map(|(_, code)| code)
}

/// Checks `predicate` on every `u16` against `expected`, written out from
/// the specification.
pub fn assert_for_every_u16(predicate: fn(u16) -> bool, expected: impl Fn(u16) -> bool) {
    for code in 0..=u16::MAX {
        assert_eq!(predicate(code), expected(code), "{code}");
    }
}
