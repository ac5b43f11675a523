//! How a client is to understand a code it does not know.

use super::index::row;

/// The code a client is to treat a received `code` as, by RFC 9110,
/// Section 15: `code` itself where the crate knows it (it has a constant),
/// the x00 code of its class for any other code in 100..=599, and 500 for a
/// code outside that range.
///
/// Section 15 says that "a client MUST understand the class of any status
/// code, as indicated by the first digit, and treat an unrecognized status
/// code as being equivalent to the x00 status code of that class", and that
/// "a client that receives a response with an invalid status code SHOULD
/// process the response as if it had a 5xx (Server Error) status code";
/// values outside 100..599 are invalid, and 500 is the 5xx class's x00.
///
/// ```
/// use http_status::status::understood_as;
///
/// assert_eq!(understood_as(404), 404);
/// assert_eq!(understood_as(299), 200);
/// assert_eq!(understood_as(499), 400);
/// assert_eq!(understood_as(999), 500);
/// assert_eq!(understood_as(42), 500);
/// ```
#[must_use]
#[inline]
pub const fn understood_as(code: u16) -> u16 {
    if row(code).is_some() {
        code
    } else if 100 <= code && code <= 599 {
        code / 100 * 100
    } else {
        500
    }
}
