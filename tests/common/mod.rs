//! The registry written out a second time, by hand, from DRF's `status.py`
//! and the IANA HTTP Status Code Registry, so that a wrong constant, phrase
//! or name in the crate disagrees with it.

// Each test file uses a part of this module.
#![allow(dead_code)]

use http_status::status::*;

macro_rules! constants {
    ($($constant:ident $phrase:literal,)*) => {
        [$((stringify!($constant), $constant, $phrase),)*]
    };
}

/// DRF's 64 names with their phrases, for a macro to expand: `constants!`
/// here, and the tests of `http_status::constants!`.
macro_rules! drf_rows {
    ($expand:ident) => {
        $expand! {
        HTTP_100_CONTINUE "Continue",
        HTTP_101_SWITCHING_PROTOCOLS "Switching Protocols",
        HTTP_102_PROCESSING "Processing",
        HTTP_103_EARLY_HINTS "Early Hints",
        HTTP_200_OK "OK",
        HTTP_201_CREATED "Created",
        HTTP_202_ACCEPTED "Accepted",
        HTTP_203_NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information",
        HTTP_204_NO_CONTENT "No Content",
        HTTP_205_RESET_CONTENT "Reset Content",
        HTTP_206_PARTIAL_CONTENT "Partial Content",
        HTTP_207_MULTI_STATUS "Multi-Status",
        HTTP_208_ALREADY_REPORTED "Already Reported",
        HTTP_226_IM_USED "IM Used",
        HTTP_300_MULTIPLE_CHOICES "Multiple Choices",
        HTTP_301_MOVED_PERMANENTLY "Moved Permanently",
        HTTP_302_FOUND "Found",
        HTTP_303_SEE_OTHER "See Other",
        HTTP_304_NOT_MODIFIED "Not Modified",
        HTTP_305_USE_PROXY "Use Proxy",
        HTTP_306_RESERVED "(Unused)",
        HTTP_307_TEMPORARY_REDIRECT "Temporary Redirect",
        HTTP_308_PERMANENT_REDIRECT "Permanent Redirect",
        HTTP_400_BAD_REQUEST "Bad Request",
        HTTP_401_UNAUTHORIZED "Unauthorized",
        HTTP_402_PAYMENT_REQUIRED "Payment Required",
        HTTP_403_FORBIDDEN "Forbidden",
        HTTP_404_NOT_FOUND "Not Found",
        HTTP_405_METHOD_NOT_ALLOWED "Method Not Allowed",
        HTTP_406_NOT_ACCEPTABLE "Not Acceptable",
        HTTP_407_PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required",
        HTTP_408_REQUEST_TIMEOUT "Request Timeout",
        HTTP_409_CONFLICT "Conflict",
        HTTP_410_GONE "Gone",
        HTTP_411_LENGTH_REQUIRED "Length Required",
        HTTP_412_PRECONDITION_FAILED "Precondition Failed",
        HTTP_413_REQUEST_ENTITY_TOO_LARGE "Content Too Large",
        HTTP_414_REQUEST_URI_TOO_LONG "URI Too Long",
        HTTP_415_UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type",
        HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE "Range Not Satisfiable",
        HTTP_417_EXPECTATION_FAILED "Expectation Failed",
        HTTP_418_IM_A_TEAPOT "I'm a teapot",
        HTTP_421_MISDIRECTED_REQUEST "Misdirected Request",
        HTTP_422_UNPROCESSABLE_ENTITY "Unprocessable Content",
        HTTP_423_LOCKED "Locked",
        HTTP_424_FAILED_DEPENDENCY "Failed Dependency",
        HTTP_425_TOO_EARLY "Too Early",
        HTTP_426_UPGRADE_REQUIRED "Upgrade Required",
        HTTP_428_PRECONDITION_REQUIRED "Precondition Required",
        HTTP_429_TOO_MANY_REQUESTS "Too Many Requests",
        HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large",
        HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons",
        HTTP_500_INTERNAL_SERVER_ERROR "Internal Server Error",
        HTTP_501_NOT_IMPLEMENTED "Not Implemented",
        HTTP_502_BAD_GATEWAY "Bad Gateway",
        HTTP_503_SERVICE_UNAVAILABLE "Service Unavailable",
        HTTP_504_GATEWAY_TIMEOUT "Gateway Timeout",
        HTTP_505_HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported",
        HTTP_506_VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates",
        HTTP_507_INSUFFICIENT_STORAGE "Insufficient Storage",
        HTTP_508_LOOP_DETECTED "Loop Detected",
        HTTP_509_BANDWIDTH_LIMIT_EXCEEDED "Bandwidth Limit Exceeded",
        HTTP_510_NOT_EXTENDED "Not Extended",
        HTTP_511_NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required",
            }
    };
}
#[allow(unused_imports)] // used by tests/constants.rs alone
pub(crate) use drf_rows;

/// DRF's 64 constants: (name, value, reason phrase).
pub const DRF: [(&str, u16, &str); 64] = drf_rows!(constants);

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

/// The code that `name` stands for, by a plain search of the lists above.
pub fn code_of(name: &str) -> Option<u16> {
    DRF.iter()
        .chain(ALIASES.iter())
        .find(|&&(known, _, _)| known == name)
        .map(|&(_, code, _)| code)
}

/// Where each code is defined, from the IANA registry's references, with
/// the section of the RFC where the registry names the RFC alone: (code,
/// RFC, section). 509 is left out: no RFC defines it.
pub const DEFINED_IN: [(u16, u16, &str); 63] = [
    (100, 9110, "15.2.1"),
    (101, 9110, "15.2.2"),
    (102, 2518, "10.1"),
    (103, 8297, "2"),
    (200, 9110, "15.3.1"),
    (201, 9110, "15.3.2"),
    (202, 9110, "15.3.3"),
    (203, 9110, "15.3.4"),
    (204, 9110, "15.3.5"),
    (205, 9110, "15.3.6"),
    (206, 9110, "15.3.7"),
    (207, 4918, "11.1"),
    (208, 5842, "7.1"),
    (226, 3229, "10.4.1"),
    (300, 9110, "15.4.1"),
    (301, 9110, "15.4.2"),
    (302, 9110, "15.4.3"),
    (303, 9110, "15.4.4"),
    (304, 9110, "15.4.5"),
    (305, 9110, "15.4.6"),
    (306, 9110, "15.4.7"),
    (307, 9110, "15.4.8"),
    (308, 9110, "15.4.9"),
    (400, 9110, "15.5.1"),
    (401, 9110, "15.5.2"),
    (402, 9110, "15.5.3"),
    (403, 9110, "15.5.4"),
    (404, 9110, "15.5.5"),
    (405, 9110, "15.5.6"),
    (406, 9110, "15.5.7"),
    (407, 9110, "15.5.8"),
    (408, 9110, "15.5.9"),
    (409, 9110, "15.5.10"),
    (410, 9110, "15.5.11"),
    (411, 9110, "15.5.12"),
    (412, 9110, "15.5.13"),
    (413, 9110, "15.5.14"),
    (414, 9110, "15.5.15"),
    (415, 9110, "15.5.16"),
    (416, 9110, "15.5.17"),
    (417, 9110, "15.5.18"),
    (418, 2324, "2.3.2"),
    (421, 9110, "15.5.20"),
    (422, 9110, "15.5.21"),
    (423, 4918, "11.3"),
    (424, 4918, "11.4"),
    (425, 8470, "5.2"),
    (426, 9110, "15.5.22"),
    (428, 6585, "3"),
    (429, 6585, "4"),
    (431, 6585, "5"),
    (451, 7725, "3"),
    (500, 9110, "15.6.1"),
    (501, 9110, "15.6.2"),
    (502, 9110, "15.6.3"),
    (503, 9110, "15.6.4"),
    (504, 9110, "15.6.5"),
    (505, 9110, "15.6.6"),
    (506, 2295, "8.1"),
    (507, 4918, "11.5"),
    (508, 5842, "7.2"),
    (510, 2774, "7"),
    (511, 6585, "6"),
];

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

/// Every phrase that names a code, each with its code: the registry's and
/// the older RFCs' above.
pub fn known_phrases() -> Vec<(&'static str, u16)> {
    DRF.iter()
        .map(|&(_, code, known)| (known, code))
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
