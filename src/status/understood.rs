//! How a client is to understand a code it does not know.

use super::index::row;

/// The code a client is to treat a received `code` as, by RFC 9110,
/// Section 15: `code` itself where a specification gives it semantics, the
/// x00 code of its class for any other code in 100..=599, and 500 for a
/// code outside that range.
///
/// Section 15 says that "a client MUST understand the class of any status
/// code, as indicated by the first digit, and treat an unrecognized status
/// code as being equivalent to the x00 status code of that class", and that
/// "a client that receives a response with an invalid status code SHOULD
/// process the response as if it had a 5xx (Server Error) status code";
/// values outside 100..599 are invalid, and 500 is the 5xx class's x00.
///
/// Three codes with constants are understood by their class too, since no
/// specification gives them semantics: 306, which RFC 9110, Section 15.4.7
/// says is no longer used and reserves; 418, which Section 15.5.19
/// reserves (RFC 2324, which named it, was an April 1 joke); and 509,
/// which the IANA registry leaves unassigned. Every other code with a
/// constant is understood as itself.
///
/// ```
/// use http_status::status::understood_as;
///
/// assert_eq!(understood_as(404), 404);
/// assert_eq!(understood_as(299), 200);
/// assert_eq!(understood_as(499), 400);
/// assert_eq!(understood_as(306), 300);
/// assert_eq!(understood_as(418), 400);
/// assert_eq!(understood_as(509), 500);
/// assert_eq!(understood_as(999), 500);
/// assert_eq!(understood_as(42), 500);
/// ```
#[must_use]
#[inline]
pub const fn understood_as(code: u16) -> u16 {
    match code {
        // Constants that no specification gives semantics.
        306 | 418 | 509 => code / 100 * 100,
        _ if row(code).is_some() => code,
        100..=599 => code / 100 * 100,
        _ => 500,
    }
}
