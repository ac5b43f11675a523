//! Constant names: from a code, DRF's and RFC 9110's, and back from a name.

use super::index::row;
use super::table::column;

/// The DRF constant name of `code`, or `None` for a code without a constant.
///
/// For the four codes whose RFC 9110 name differs from DRF's (413, 414, 416
/// and 422), this is DRF's older name; the RFC 9110 name is an alias that
/// [`from_name`] also accepts.
///
/// ```
/// use http_status::status::name;
///
/// assert_eq!(name(404), Some("HTTP_404_NOT_FOUND"));
/// assert_eq!(name(413), Some("HTTP_413_REQUEST_ENTITY_TOO_LARGE"));
/// assert_eq!(name(299), None);
/// ```
#[inline]
#[must_use]
pub const fn name(code: u16) -> Option<&'static str> {
    match row(code) {
        Some(row) => Some(column::name(row)),
        None => None,
    }
}

/// RFC 9110's name for a code where DRF keeps an older one:
/// `HTTP_413_CONTENT_TOO_LARGE` for 413. `None` for every other code.
///
/// DRF's names for 413, 414 and 416 are RFC 2616's, and for 422 RFC 4918's.
/// RFC 7231 gave 414 and RFC 7233 gave 416 their current names in 2014;
/// RFC 9110 renamed 413, from RFC 7231's "Payload Too Large", and 422.
///
/// ```
/// use http_status::status::{alias, name};
///
/// assert_eq!(alias(413), Some("HTTP_413_CONTENT_TOO_LARGE"));
/// assert_eq!(name(413), Some("HTTP_413_REQUEST_ENTITY_TOO_LARGE"));
/// assert_eq!(alias(404), None);
/// ```
#[inline]
#[must_use]
pub const fn alias(code: u16) -> Option<&'static str> {
    match row(code) {
        Some(row) if !column::alias(row).is_empty() => Some(column::alias(row)),
        _ => None,
    }
}

/// The code of a constant name, DRF's or an RFC 9110 alias, or `None`.
///
/// The match is exact: case-sensitive, with no trimming. It reads the code
/// from the name's digits, finds that code's row and compares the name once,
/// so it takes the same time however large the table grows.
///
/// ```
/// use http_status::status::from_name;
///
/// assert_eq!(from_name("HTTP_404_NOT_FOUND"), Some(404));
/// assert_eq!(from_name("HTTP_413_CONTENT_TOO_LARGE"), Some(413));
/// assert_eq!(from_name("http_404_not_found"), None);
/// assert_eq!(from_name("HTTP_404_NOT_FOUND "), None);
/// ```
#[must_use]
#[inline]
pub const fn from_name(name: &str) -> Option<u16> {
    let code = match name_code(name) {
        Some(code) => code,
        None => return None,
    };
    let row = match row(code) {
        Some(row) => row,
        None => return None,
    };
    // A missing alias, `""`, matches no name, since every name has digits.
    let (drf, rfc_9110) = (column::name(row), column::alias(row));
    if same_bytes(drf.as_bytes(), name.as_bytes())
        || same_bytes(rfc_9110.as_bytes(), name.as_bytes())
    {
        Some(code)
    } else {
        None
    }
}

/// `a == b`, as a `const fn`.
#[inline]
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    // `==` on slices is not `const`: compare byte by byte, as
    // `from_phrase`'s comparison does.
    let (mut a, mut b) = (a, b);
    while let ([x, a_rest @ ..], [y, b_rest @ ..]) = (a, b) {
        if *x != *y {
            return false;
        }
        a = a_rest;
        b = b_rest;
    }
    true
}

/// The code that a name spells: `HTTP_404_NOT_FOUND` gives 404. `None`
/// unless the name starts `HTTP_ddd_`.
#[inline]
pub(crate) const fn name_code(name: &str) -> Option<u16> {
    match name.as_bytes() {
        [b'H', b'T', b'T', b'P', b'_', hundreds @ b'0'..=b'9', tens @ b'0'..=b'9', units @ b'0'..=b'9', b'_', ..] => {
            Some(digit(*hundreds) * 100 + digit(*tens) * 10 + digit(*units))
        }
        _ => None,
    }
}

/// The value of an ASCII digit.
#[inline]
const fn digit(byte: u8) -> u16 {
    (byte - b'0') as u16
}
