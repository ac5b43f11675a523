//! Named HTTP status codes, their range predicates and lookups.
//!
//! Every item here comes from one table at the bottom of this file: a row per
//! code gives its DRF constant name, its reason phrase, where it is defined and
//! any other names it goes by.

use core::fmt;

/// The five classes of status code, named as RFC 9110, Section 15 names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// `1xx`: the request was received and processing continues.
    Informational,
    /// `2xx`: the request was received, understood and accepted.
    Successful,
    /// `3xx`: the user agent must take further action.
    Redirection,
    /// `4xx`: the request is faulty or cannot be fulfilled.
    ClientError,
    /// `5xx`: the server failed to fulfil an apparently valid request.
    ServerError,
}

impl fmt::Display for Class {
    /// Writes the class's title as RFC 9110 gives it, e.g. `Client Error`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Class::Informational => "Informational",
            Class::Successful => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        })
    }
}

/// The class of `code`, or `None` outside `100..=599`.
///
/// Agrees with the predicates: `class(c) == Some(Class::Successful)` exactly
/// when `is_success(c)`, and so on.
///
/// ```
/// use http_status::status::{class, Class};
///
/// assert_eq!(class(404), Some(Class::ClientError));
/// assert_eq!(class(299), Some(Class::Successful)); // unassigned, still 2xx
/// assert_eq!(class(600), None);
/// ```
pub const fn class(code: u16) -> Option<Class> {
    match code / 100 {
        1 => Some(Class::Informational),
        2 => Some(Class::Successful),
        3 => Some(Class::Redirection),
        4 => Some(Class::ClientError),
        5 => Some(Class::ServerError),
        _ => None,
    }
}

/// `first <= code < first + count`, as one wrapping subtraction and one
/// unsigned comparison: codes below `first` wrap to large values.
#[inline(always)]
const fn within(code: u16, first: u16, count: u16) -> bool {
    code.wrapping_sub(first) < count
}

/// Whether `code` is informational, `100..=199`.
///
/// ```
/// use http_status::status::{is_informational, HTTP_101_SWITCHING_PROTOCOLS};
///
/// assert!(is_informational(HTTP_101_SWITCHING_PROTOCOLS));
/// assert!(!is_informational(200));
/// ```
#[inline]
pub const fn is_informational(code: u16) -> bool {
    within(code, 100, 100)
}

/// Whether `code` is a success, `200..=299`.
///
/// ```
/// use http_status::status::{is_success, HTTP_201_CREATED};
///
/// assert!(is_success(HTTP_201_CREATED));
/// assert!(!is_success(199) && !is_success(300));
/// ```
#[inline]
pub const fn is_success(code: u16) -> bool {
    within(code, 200, 100)
}

/// Whether `code` is a redirection, `300..=399`.
///
/// ```
/// use http_status::status::{is_redirect, HTTP_308_PERMANENT_REDIRECT};
///
/// assert!(is_redirect(HTTP_308_PERMANENT_REDIRECT));
/// assert!(!is_redirect(400));
/// ```
#[inline]
pub const fn is_redirect(code: u16) -> bool {
    within(code, 300, 100)
}

/// Whether `code` is a client error, `400..=499`.
///
/// ```
/// use http_status::status::{is_client_error, HTTP_404_NOT_FOUND};
///
/// assert!(is_client_error(HTTP_404_NOT_FOUND));
/// assert!(!is_client_error(500));
/// ```
#[inline]
pub const fn is_client_error(code: u16) -> bool {
    within(code, 400, 100)
}

/// Whether `code` is a server error, `500..=599`.
///
/// ```
/// use http_status::status::{is_server_error, HTTP_503_SERVICE_UNAVAILABLE};
///
/// assert!(is_server_error(HTTP_503_SERVICE_UNAVAILABLE));
/// assert!(!is_server_error(600));
/// ```
#[inline]
pub const fn is_server_error(code: u16) -> bool {
    within(code, 500, 100)
}

/// Whether `code` is an error of either side, `400..=599`.
///
/// ```
/// use http_status::status::{is_error, HTTP_429_TOO_MANY_REQUESTS, HTTP_502_BAD_GATEWAY};
///
/// assert!(is_error(HTTP_429_TOO_MANY_REQUESTS) && is_error(HTTP_502_BAD_GATEWAY));
/// assert!(!is_error(399) && !is_error(600));
/// ```
#[inline]
pub const fn is_error(code: u16) -> bool {
    within(code, 400, 200)
}

/// The reason phrase of `code`, or `None` for a code without a constant.
///
/// Phrases are the IANA registry's, in RFC 9110's wording; see each
/// constant for the odd ones (306, 418, 509).
///
/// ```
/// use http_status::status::reason_phrase;
///
/// assert_eq!(reason_phrase(404), Some("Not Found"));
/// assert_eq!(reason_phrase(413), Some("Content Too Large"));
/// assert_eq!(reason_phrase(299), None);
/// ```
pub const fn reason_phrase(code: u16) -> Option<&'static str> {
    match entry(code) {
        Some(entry) => Some(entry.phrase),
        None => None,
    }
}

/// The DRF constant name of `code`, or `None` for a code without a constant.
///
/// For the four codes that RFC 9110 renamed, this is DRF's older name; the
/// RFC 9110 name is an alias that [`from_name`] also accepts.
///
/// ```
/// use http_status::status::name;
///
/// assert_eq!(name(404), Some("HTTP_404_NOT_FOUND"));
/// assert_eq!(name(413), Some("HTTP_413_REQUEST_ENTITY_TOO_LARGE"));
/// assert_eq!(name(299), None);
/// ```
pub const fn name(code: u16) -> Option<&'static str> {
    match entry(code) {
        Some(entry) => Some(entry.name),
        None => None,
    }
}

/// The code of a constant name, DRF's or an RFC 9110 alias, or `None`.
///
/// The match is exact: case-sensitive, with no trimming. It reads the code
/// from the name's digits, finds that code's row and compares the rest of the
/// name once, so it takes the same time however large the table grows.
///
/// ```
/// use http_status::status::from_name;
///
/// assert_eq!(from_name("HTTP_404_NOT_FOUND"), Some(404));
/// assert_eq!(from_name("HTTP_413_CONTENT_TOO_LARGE"), Some(413));
/// assert_eq!(from_name("http_404_not_found"), None);
/// assert_eq!(from_name("HTTP_404_NOT_FOUND "), None);
/// ```
pub fn from_name(name: &str) -> Option<u16> {
    let (code, rest) = split_name(name)?;
    let entry = entry(code)?;
    // A row's name and alias differ in length, so the length picks the one
    // that `name` could be.
    let candidate = if name.len() == entry.name.len() {
        entry.name
    } else {
        entry.alias
    };
    // Every name in the table starts with the prefix that spells its code,
    // so the rest decides; a missing alias, `""`, has no rest.
    (candidate.as_bytes().get(PREFIX..) == Some(rest)).then_some(code)
}

/// The length of `HTTP_ddd_`, with which every name starts.
const PREFIX: usize = 9;

/// A name's code and what follows its prefix: `HTTP_404_NOT_FOUND` gives 404
/// and `NOT_FOUND`. `None` unless the name starts `HTTP_ddd_`.
const fn split_name(name: &str) -> Option<(u16, &[u8])> {
    match name.as_bytes() {
        [b'H', b'T', b'T', b'P', b'_', hundreds @ b'0'..=b'9', tens @ b'0'..=b'9', units @ b'0'..=b'9', b'_', rest @ ..] => {
            Some((
                digit(*hundreds) * 100 + digit(*tens) * 10 + digit(*units),
                rest,
            ))
        }
        _ => None,
    }
}

/// The value of an ASCII digit.
const fn digit(byte: u8) -> u16 {
    (byte - b'0') as u16
}

/// One row of the table.
struct Entry {
    code: u16,
    name: &'static str,
    phrase: &'static str,
    /// RFC 9110's name where it differs from DRF's, or `""`.
    alias: &'static str,
}

/// The row of `code`, found in constant time through [`INDEX`].
const fn entry(code: u16) -> Option<&'static Entry> {
    let slot = code as usize;
    if slot < INDEX.len() {
        let row = INDEX[slot];
        if row != 0 {
            return Some(&ENTRIES[row as usize - 1]);
        }
    }
    None
}

/// Codes run from 100 to 599 (RFC 9110, Section 15), so an index by code
/// needs 600 slots.
const SLOTS: usize = 600;

/// For each code, one more than its row in [`ENTRIES`], or 0 for a code
/// without one: a byte a slot keeps the index to 600 bytes.
const INDEX: [u8; SLOTS] = build_index();

/// Builds [`INDEX`] when the crate compiles, checking the table's order on
/// the way: a broken row is a build error, not a wrong answer at run time.
const fn build_index() -> [u8; SLOTS] {
    assert!(
        ENTRIES.len() < u8::MAX as usize,
        "INDEX stores rows as bytes"
    );
    let mut index = [0; SLOTS];
    let mut row = 0;
    while row < ENTRIES.len() {
        let code = ENTRIES[row].code;
        assert!(
            row == 0 || ENTRIES[row - 1].code < code,
            "codes must be ascending, each once"
        );
        assert!(100 <= code && code <= 599, "codes must be in 100..=599");
        index[code as usize] = row as u8 + 1;
        row += 1;
    }
    index
}

/// The sentence that says where a code is defined, for its constant's docs.
macro_rules! defined_in {
    (RFC $rfc:literal, $section:literal) => {
        concat!(
            "Defined in [RFC ",
            $rfc,
            ", Section ",
            $section,
            "](https://www.rfc-editor.org/rfc/rfc",
            $rfc,
            "#section-",
            $section,
            ")."
        )
    };
    (no RFC) => {
        "No RFC defines it."
    };
}

/// Expands the table into the constants, [`ALL`] and [`ENTRIES`].
macro_rules! status_codes {
    ($(
        $class:literal {$(
            $(#[doc = $note:literal])*
            $code:literal $name:ident $phrase:literal [$($defined_in:tt)*]
            $(alias $alias:ident)?;
        )*}
    )*) => {
        $($(
            #[doc = concat!(
                "`", $code, " ", $phrase, "`, ", $class, ". ",
                defined_in!($($defined_in)*)
            )]
            $(#[doc = ""] #[doc = $note])*
            pub const $name: u16 = $code;
            const _: () = assert!(
                matches!(split_name(stringify!($name)), Some((code, _)) if code == $code),
                concat!(stringify!($name), ": a name must start HTTP_ and its code"),
            );
            $(
                #[doc = concat!(
                    "`", $code, " ", $phrase, "` by its RFC 9110 name: the same code as [`",
                    stringify!($name), "`], DRF's name for it."
                )]
                pub const $alias: u16 = $code;
                const _: () = assert!(
                    matches!(split_name(stringify!($alias)), Some((code, _)) if code == $code),
                    concat!(stringify!($alias), ": an alias must start HTTP_ and its code"),
                );
                const _: () = assert!(
                    stringify!($alias).len() != stringify!($name).len(),
                    "an alias must differ in length from the name it stands beside",
                );
            )?
        )*)*

        /// Every code that has a constant, ascending, each once.
        ///
        /// ```
        /// use http_status::status::{reason_phrase, ALL};
        ///
        /// assert!(ALL.iter().all(|&code| reason_phrase(code).is_some()));
        /// assert_eq!(ALL.first(), Some(&100));
        /// ```
        pub const ALL: &[u16] = &[$($($code,)*)*];

        const ENTRIES: &[Entry] = &[$($(
            Entry {
                code: $code,
                name: stringify!($name),
                phrase: $phrase,
                alias: concat!($(stringify!($alias))?),
            },
        )*)*];
    };
}

// The table: one row per code. Names are DRF's; phrases and references are
// the IANA HTTP Status Code Registry's (RFC 9110's wording), with the section
// of the defining RFC where the registry names the RFC alone.
status_codes! {
    "informational (1xx)" {
        100 HTTP_100_CONTINUE "Continue" [RFC 9110, "15.2.1"];
        101 HTTP_101_SWITCHING_PROTOCOLS "Switching Protocols" [RFC 9110, "15.2.2"];
        /// WebDAV's interim response for long-running requests.
        102 HTTP_102_PROCESSING "Processing" [RFC 2518, "10.1"];
        103 HTTP_103_EARLY_HINTS "Early Hints" [RFC 8297, "2"];
    }
    "successful (2xx)" {
        200 HTTP_200_OK "OK" [RFC 9110, "15.3.1"];
        201 HTTP_201_CREATED "Created" [RFC 9110, "15.3.2"];
        202 HTTP_202_ACCEPTED "Accepted" [RFC 9110, "15.3.3"];
        203 HTTP_203_NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information" [RFC 9110, "15.3.4"];
        204 HTTP_204_NO_CONTENT "No Content" [RFC 9110, "15.3.5"];
        205 HTTP_205_RESET_CONTENT "Reset Content" [RFC 9110, "15.3.6"];
        206 HTTP_206_PARTIAL_CONTENT "Partial Content" [RFC 9110, "15.3.7"];
        207 HTTP_207_MULTI_STATUS "Multi-Status" [RFC 4918, "11.1"];
        208 HTTP_208_ALREADY_REPORTED "Already Reported" [RFC 5842, "7.1"];
        226 HTTP_226_IM_USED "IM Used" [RFC 3229, "10.4.1"];
    }
    "redirection (3xx)" {
        300 HTTP_300_MULTIPLE_CHOICES "Multiple Choices" [RFC 9110, "15.4.1"];
        301 HTTP_301_MOVED_PERMANENTLY "Moved Permanently" [RFC 9110, "15.4.2"];
        302 HTTP_302_FOUND "Found" [RFC 9110, "15.4.3"];
        303 HTTP_303_SEE_OTHER "See Other" [RFC 9110, "15.4.4"];
        304 HTTP_304_NOT_MODIFIED "Not Modified" [RFC 9110, "15.4.5"];
        /// **Deprecated.** RFC 9110 keeps only a record of it; RFC 7231,
        /// Appendix B deprecated it.
        305 HTTP_305_USE_PROXY "Use Proxy" [RFC 9110, "15.4.6"];
        /// **Unused.** A previous version of the HTTP specification defined
        /// 306; RFC 9110 says it is no longer used and reserves the code. No
        /// current specification gives it a reason phrase, so its phrase here
        /// is the registry's own description, `(Unused)`, rather than an
        /// informal one such as "Switch Proxy".
        306 HTTP_306_RESERVED "(Unused)" [RFC 9110, "15.4.7"];
        307 HTTP_307_TEMPORARY_REDIRECT "Temporary Redirect" [RFC 9110, "15.4.8"];
        308 HTTP_308_PERMANENT_REDIRECT "Permanent Redirect" [RFC 9110, "15.4.9"];
    }
    "client error (4xx)" {
        400 HTTP_400_BAD_REQUEST "Bad Request" [RFC 9110, "15.5.1"];
        401 HTTP_401_UNAUTHORIZED "Unauthorized" [RFC 9110, "15.5.2"];
        402 HTTP_402_PAYMENT_REQUIRED "Payment Required" [RFC 9110, "15.5.3"];
        403 HTTP_403_FORBIDDEN "Forbidden" [RFC 9110, "15.5.4"];
        404 HTTP_404_NOT_FOUND "Not Found" [RFC 9110, "15.5.5"];
        405 HTTP_405_METHOD_NOT_ALLOWED "Method Not Allowed" [RFC 9110, "15.5.6"];
        406 HTTP_406_NOT_ACCEPTABLE "Not Acceptable" [RFC 9110, "15.5.7"];
        407 HTTP_407_PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" [RFC 9110, "15.5.8"];
        408 HTTP_408_REQUEST_TIMEOUT "Request Timeout" [RFC 9110, "15.5.9"];
        409 HTTP_409_CONFLICT "Conflict" [RFC 9110, "15.5.10"];
        410 HTTP_410_GONE "Gone" [RFC 9110, "15.5.11"];
        411 HTTP_411_LENGTH_REQUIRED "Length Required" [RFC 9110, "15.5.12"];
        412 HTTP_412_PRECONDITION_FAILED "Precondition Failed" [RFC 9110, "15.5.13"];
        /// DRF keeps the older name; RFC 9110 renamed it "Content Too Large".
        413 HTTP_413_REQUEST_ENTITY_TOO_LARGE "Content Too Large" [RFC 9110, "15.5.14"]
            alias HTTP_413_CONTENT_TOO_LARGE;
        /// DRF keeps the older name; RFC 9110 renamed it "URI Too Long".
        414 HTTP_414_REQUEST_URI_TOO_LONG "URI Too Long" [RFC 9110, "15.5.15"]
            alias HTTP_414_URI_TOO_LONG;
        415 HTTP_415_UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" [RFC 9110, "15.5.16"];
        /// DRF keeps the older name; RFC 9110 renamed it "Range Not
        /// Satisfiable".
        416 HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE "Range Not Satisfiable" [RFC 9110, "15.5.17"]
            alias HTTP_416_RANGE_NOT_SATISFIABLE;
        417 HTTP_417_EXPECTATION_FAILED "Expectation Failed" [RFC 9110, "15.5.18"];
        /// **Reserved, not assigned.** 418 comes from RFC 2324, an April 1
        /// RFC about a coffee-pot control protocol, whose phrase is given here.
        /// It has been deployed as a joke often enough to be unusable for
        /// anything else, so [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19)
        /// reserves it and the registry lists it as `(Unused)`. It is named
        /// here because DRF names it.
        418 HTTP_418_IM_A_TEAPOT "I'm a teapot" [RFC 2324, "2.3.2"];
        421 HTTP_421_MISDIRECTED_REQUEST "Misdirected Request" [RFC 9110, "15.5.20"];
        /// DRF keeps the older name; RFC 9110 renamed it "Unprocessable
        /// Content".
        422 HTTP_422_UNPROCESSABLE_ENTITY "Unprocessable Content" [RFC 9110, "15.5.21"]
            alias HTTP_422_UNPROCESSABLE_CONTENT;
        423 HTTP_423_LOCKED "Locked" [RFC 4918, "11.3"];
        424 HTTP_424_FAILED_DEPENDENCY "Failed Dependency" [RFC 4918, "11.4"];
        425 HTTP_425_TOO_EARLY "Too Early" [RFC 8470, "5.2"];
        426 HTTP_426_UPGRADE_REQUIRED "Upgrade Required" [RFC 9110, "15.5.22"];
        428 HTTP_428_PRECONDITION_REQUIRED "Precondition Required" [RFC 6585, "3"];
        429 HTTP_429_TOO_MANY_REQUESTS "Too Many Requests" [RFC 6585, "4"];
        431 HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" [RFC 6585, "5"];
        451 HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" [RFC 7725, "3"];
    }
    "server error (5xx)" {
        500 HTTP_500_INTERNAL_SERVER_ERROR "Internal Server Error" [RFC 9110, "15.6.1"];
        501 HTTP_501_NOT_IMPLEMENTED "Not Implemented" [RFC 9110, "15.6.2"];
        502 HTTP_502_BAD_GATEWAY "Bad Gateway" [RFC 9110, "15.6.3"];
        503 HTTP_503_SERVICE_UNAVAILABLE "Service Unavailable" [RFC 9110, "15.6.4"];
        504 HTTP_504_GATEWAY_TIMEOUT "Gateway Timeout" [RFC 9110, "15.6.5"];
        505 HTTP_505_HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" [RFC 9110, "15.6.6"];
        506 HTTP_506_VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" [RFC 2295, "8.1"];
        507 HTTP_507_INSUFFICIENT_STORAGE "Insufficient Storage" [RFC 4918, "11.5"];
        508 HTTP_508_LOOP_DETECTED "Loop Detected" [RFC 5842, "7.2"];
        /// **Not registered.** The IANA registry lists 509 as unassigned. It is a convention of some web-hosting software
        /// for an exceeded bandwidth quota, named here because DRF names it;
        /// the phrase is that convention's.
        509 HTTP_509_BANDWIDTH_LIMIT_EXCEEDED "Bandwidth Limit Exceeded" [no RFC];
        /// **Obsoleted.** RFC 2774, the HTTP Extension Framework, was moved
        /// to Historic status, and the registry marks 510 as obsoleted.
        510 HTTP_510_NOT_EXTENDED "Not Extended" [RFC 2774, "7"];
        511 HTTP_511_NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" [RFC 6585, "6"];
    }
}
