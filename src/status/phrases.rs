//! Reason phrases: from a code, and back from a phrase in any case.

use super::index::row;
use super::table::column;
use super::ALL;

/// The reason phrase of `code`, or `None` for a code without a constant.
///
/// Phrases are the IANA registry's, in RFC 9110's wording; see each
/// constant for the odd ones. 306's is the registry's entry, `(Unused)`:
/// no RFC gave 306 a phrase, and the registry keeps the code's place with
/// that word, so a server has no standard phrase to send with it. 418's,
/// 509's and 510's are not the registry's: RFC 2324's for 418, which the
/// registry lists as `(Unused)` too; the one DRF's name spells for 509,
/// which the registry leaves unassigned; RFC 2774's for 510, which the
/// registry marks obsoleted.
///
/// ```
/// use http_status::status::reason_phrase;
///
/// assert_eq!(reason_phrase(404), Some("Not Found"));
/// assert_eq!(reason_phrase(413), Some("Content Too Large"));
/// assert_eq!(reason_phrase(299), None);
/// ```
#[inline]
#[must_use]
#[doc(alias = "canonical_reason")]
pub const fn reason_phrase(code: u16) -> Option<&'static str> {
    match row(code) {
        Some(row) => Some(column::phrase(row)),
        None => None,
    }
}

/// The code of a reason phrase, or `None`: the phrase of a status line as
/// a client or a log reads it.
///
/// It reads each code's phrase, as [`reason_phrase`] gives it, and the
/// phrases that older RFCs gave the same codes: "Moved Temporarily" (RFC
/// 1945) for 302; "Request Time-out", "Request Entity Too Large",
/// "Request-URI Too Large", "Request-URI Too Long", "Requested Range Not
/// Satisfiable" and "Gateway Time-out" (RFC 2616) for 408, 413, 414, 416
/// and 504; "Payload Too Large" (RFC 7231) for 413; and "Unprocessable
/// Entity" (RFC 4918) for 422. Each constant's docs list its older
/// phrases. So it returns a code of [`ALL`], and every code of `ALL` has a
/// phrase that gives it: 306's is the registry's entry, `(Unused)`, and
/// 509's is the one DRF's name spells.
///
/// One rule covers the differences that carry no meaning: ASCII letters
/// match in either case, a hyphen matches a space (so "Request URI Too
/// Long" and "Multi Status" match too), and one trailing period is
/// ignored. Anything else must match exactly, with no trimming and no
/// folding of inner spaces.
///
/// It compares the phrase with each known phrase in turn, never
/// allocating.
///
/// ```
/// use http_status::status::from_phrase;
///
/// assert_eq!(from_phrase("Not Found"), Some(404));
/// assert_eq!(from_phrase("not found."), Some(404));
/// assert_eq!(from_phrase("Request Entity Too Large"), Some(413));
/// assert_eq!(from_phrase("Request URI Too Long"), Some(414));
/// assert_eq!(from_phrase(" Not Found"), None);
/// assert_eq!(from_phrase("Teapot"), None);
/// ```
#[must_use]
#[inline]
pub const fn from_phrase(phrase: &str) -> Option<u16> {
    let phrase = match phrase.as_bytes() {
        [rest @ .., b'.'] => rest,
        phrase => phrase,
    };
    let (mut codes, mut row) = (ALL, 0);
    while let [code, rest @ ..] = codes {
        if same_phrase(column::phrase(row).as_bytes(), phrase) {
            return Some(*code);
        }
        let mut others = column::others(row);
        while let [other, rest @ ..] = others {
            if same_phrase(other.as_bytes(), phrase) {
                return Some(*code);
            }
            others = rest;
        }
        codes = rest;
        row += 1;
    }
    None
}

/// A byte as the matching rule sees it: ASCII letters in lower case, and a
/// hyphen as a space.
#[inline]
const fn fold(byte: u8) -> u8 {
    match byte {
        b'-' => b' ',
        other => other.to_ascii_lowercase(),
    }
}

/// Whether `known` and `phrase` are the same phrase by the matching rule,
/// byte for byte after [`fold`].
#[inline]
const fn same_phrase(known: &[u8], phrase: &[u8]) -> bool {
    if known.len() != phrase.len() {
        return false;
    }
    let (mut known, mut phrase) = (known, phrase);
    while let ([x, known_rest @ ..], [y, phrase_rest @ ..]) = (known, phrase) {
        if fold(*x) != fold(*y) {
            return false;
        }
        known = known_rest;
        phrase = phrase_rest;
    }
    true
}
