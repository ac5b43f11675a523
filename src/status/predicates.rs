//! The range predicates, classes, and the code sets that RFC 9110 defines,
//! built from the table's flags.

use super::table::column;
use super::ALL;
use core::fmt;
use core::ops::RangeInclusive;

/// The five classes of status code, named as RFC 9110, Section 15 names them,
/// ordered as their codes are: `Informational < Successful < ... < ServerError`.
///
/// Each variant is the class of one of the range predicates: the variant
/// holds a code exactly when its predicate does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// `1xx`: the request was received and processing continues.
    /// [`is_informational`] is true of its codes.
    #[doc(alias = "is_informational")]
    Informational,
    /// `2xx`: the request was received, understood and accepted.
    /// [`is_success`] is true of its codes.
    #[doc(alias("Success", "is_success"))]
    Successful,
    /// `3xx`: the user agent must take further action.
    /// [`is_redirect`] is true of its codes.
    #[doc(alias("Redirect", "is_redirect"))]
    Redirection,
    /// `4xx`: the request is faulty or cannot be fulfilled.
    /// [`is_client_error`] is true of its codes.
    #[doc(alias = "is_client_error")]
    ClientError,
    /// `5xx`: the server failed to fulfil an apparently valid request.
    /// [`is_server_error`] is true of its codes.
    #[doc(alias = "is_server_error")]
    ServerError,
}

impl Class {
    /// The codes of the class, assigned or not: `400..=499` for
    /// [`Class::ClientError`].
    ///
    /// ```
    /// use http_status::status::Class;
    ///
    /// assert_eq!(Class::ClientError.range(), 400..=499);
    /// assert!(Class::Successful.range().contains(&204));
    /// ```
    #[must_use]
    #[inline]
    pub const fn range(self) -> RangeInclusive<u16> {
        match self {
            Class::Informational => 100..=199,
            Class::Successful => 200..=299,
            Class::Redirection => 300..=399,
            Class::ClientError => 400..=499,
            Class::ServerError => 500..=599,
        }
    }
}

impl fmt::Display for Class {
    /// Writes the class's title as RFC 9110 gives it, e.g. `Client Error`.
    #[inline]
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
#[must_use]
#[inline]
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
#[inline]
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
#[must_use]
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
#[must_use]
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
#[must_use]
#[doc(alias = "is_redirection")]
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
#[must_use]
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
#[must_use]
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
#[must_use]
pub const fn is_error(code: u16) -> bool {
    within(code, 400, 200)
}

/// Whether a response with `code` cannot have content: every 1xx, 204 and
/// 304, and no other code.
///
/// RFC 9110, Section 6.4.1 says that these responses "do not include
/// content", and Sections 15.2, 15.3.5 and 15.4.5 that they cannot contain
/// content or trailers; RFC 9112, Section 6.3 frames them so, ending such a
/// response at the end of its header section whatever its header fields say.
/// A server or a client's parser needs exactly this set.
///
/// 205 (Reset Content) is not in it: Section 15.3.6 tells a server not to
/// generate content in a 205, which is a rule for the sender, not for how
/// the message is framed.
///
/// ```
/// use http_status::status::{cannot_have_content, HTTP_204_NO_CONTENT};
///
/// assert!(cannot_have_content(HTTP_204_NO_CONTENT));
/// assert!(cannot_have_content(304) && cannot_have_content(103));
/// assert!(!cannot_have_content(205) && !cannot_have_content(200));
/// ```
#[inline]
#[must_use]
pub const fn cannot_have_content(code: u16) -> bool {
    // The whole class, assigned or not, then the table's 204 and 304.
    is_informational(code) || NO_CONTENT_CODES.contains(code)
}

/// Whether a response with `code` is heuristically cacheable: whether a
/// cache may reuse it with a freshness lifetime of its own choosing when
/// the response gives none (RFC 9111, Section 4.2.2).
///
/// Exactly 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414 and 501,
/// the codes RFC 9110, Section 15.1 defines as heuristically cacheable;
/// 226, which a cache "MAY" store and reuse "subject to the HTTP expiration
/// mechanism" by RFC 3229, Section 10.4.1, RFC 2616, Section 13.4's words
/// for the codes cacheable by default, within the limits of RFC 3229's
/// Section 10.6; and 451, which RFC 7725, Section 3 makes "cacheable by
/// default". Every other code is not: in particular 421, which RFC 7540,
/// Section 9.1.2 made cacheable by default and RFC 9110 no longer does
/// (Appendix B.3). Each code's page names the section that makes it so.
///
/// ```
/// use http_status::status::{is_heuristically_cacheable, HTTP_404_NOT_FOUND};
///
/// assert!(is_heuristically_cacheable(HTTP_404_NOT_FOUND));
/// assert!(is_heuristically_cacheable(451));
/// assert!(!is_heuristically_cacheable(201) && !is_heuristically_cacheable(421));
/// ```
#[inline]
#[must_use]
pub const fn is_heuristically_cacheable(code: u16) -> bool {
    CACHEABLE_CODES.contains(code)
}

/// The flag bits of [`column::FLAGS`].
pub(crate) const NO_CONTENT: u8 = 1;
pub(crate) const CACHEABLE: u8 = 2;

/// A set of codes below 640, a bit each.
struct CodeSet([u64; 10]);

impl CodeSet {
    /// The codes of the rows that carry `flag`.
    const fn flagged(flag: u8) -> CodeSet {
        let mut words = [0; 10];
        let (mut codes, mut flags) = (ALL, column::FLAGS);
        while let ([code, codes_rest @ ..], [flags_of_row, flags_rest @ ..]) = (codes, flags) {
            if *flags_of_row & flag != 0 {
                let code = *code as usize;
                words[code / 64] |= 1 << (code % 64);
            }
            codes = codes_rest;
            flags = flags_rest;
        }
        CodeSet(words)
    }

    #[inline]
    const fn contains(&self, code: u16) -> bool {
        let word = code as usize / 64;
        word < self.0.len() && self.0[word] >> (code % 64) & 1 != 0
    }
}

/// The codes that the table flags `no_content`: 204, 304 and the 1xx rows,
/// which [`cannot_have_content`] covers whole by RFC 9110's rule.
const NO_CONTENT_CODES: CodeSet = CodeSet::flagged(NO_CONTENT);

/// The codes that the table flags `cacheable`.
const CACHEABLE_CODES: CodeSet = CodeSet::flagged(CACHEABLE);
