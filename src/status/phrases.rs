//! Reason phrases: from a code, and back from a phrase in any case.

use super::index::row;
use super::table::column;
use super::ALL;

/// The reason phrase of `code`, or `None` for a code without a constant.
///
/// Phrases are the IANA registry's, in RFC 9110's wording; see each
/// constant for the odd ones: 306, whose phrase is the registry's
/// description, and 418, 509 and 510, whose phrases are not the
/// registry's.
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
/// It knows each code's phrase, as [`reason_phrase`] gives it, and the
/// other phrases that the same code goes by: the older ones that RFCs gave
/// ("Request Entity Too Large" for 413, "Moved Temporarily" for 302), and
/// the ones that widely deployed servers and libraries send, read from
/// their own source, misspellings included ("Not Allowed" from nginx for
/// 405, "Switch Proxy" for 306, "Server Error" from Jetty for 500,
/// "Unproccessable entity" from civetweb for 422). Each constant's docs list
/// its other phrases with where they come from.
///
/// One rule covers the differences that carry no meaning: ASCII letters
/// match in either case, a hyphen matches a space (so "Request URI Too
/// Long" and "Multi Status" match too), and one trailing period is
/// ignored. Anything else must match exactly, with no trimming and no
/// folding of inner spaces.
///
/// A phrase names no code when it is ambiguous: "Method Failure" is sent
/// with 420 by Spring and Apache HttpCore and with 424 by HAProxy, so it
/// gives `None`, and a phrase that one server sends with the wrong code
/// still names the code whose registered phrase it is. Codes outside the
/// registry, such as nginx's 499, are never returned: see
/// [`unregistered`](super::unregistered).
///
/// It hashes the phrase once and compares it with at most three of the
/// table's phrases, never allocating.
///
/// ```
/// use http_status::status::from_phrase;
///
/// assert_eq!(from_phrase("Not Found"), Some(404));
/// assert_eq!(from_phrase("not found."), Some(404));
/// assert_eq!(from_phrase("Request Entity Too Large"), Some(413));
/// assert_eq!(from_phrase("Request URI Too Long"), Some(414));
/// assert_eq!(from_phrase("Not Allowed"), Some(405));
/// assert_eq!(from_phrase("Switch Proxy"), Some(306));
/// assert_eq!(from_phrase(" Not Found"), None);
/// assert_eq!(from_phrase("Method Failure"), None);
/// assert_eq!(from_phrase("Teapot"), None);
/// ```
#[must_use]
#[inline]
pub const fn from_phrase(phrase: &str) -> Option<u16> {
    let phrase = match phrase.as_bytes() {
        [rest @ .., b'.'] => rest,
        phrase => phrase,
    };
    let home = hash(phrase) as usize;
    // One turn a probe, counted by a slice that loses one element a turn,
    // so the loop ends whatever its body does.
    let mut probes: &[()] = &[(); PROBE_LIMIT + 1];
    while let [_, rest @ ..] = probes {
        let probe = PROBE_LIMIT + 1 - probes.len();
        let entry = PHRASES.slots[(home + probe) % PHRASE_SLOTS];
        if entry == 0 {
            return None;
        }
        let (row, known) = phrase_of(entry);
        if same_phrase(known.as_bytes(), phrase) {
            return Some(ALL[row as usize]);
        }
        probes = rest;
    }
    None
}

/// Slots in the phrase table, as a power of two: over five times the
/// phrases, so that most phrases sit in the slot their hash names.
const SLOT_BITS: u32 = 9;
const PHRASE_SLOTS: usize = 1 << SLOT_BITS;

/// How far past the slot its hash names a phrase may sit, so that a lookup
/// compares at most three phrases. The build fails beyond it: should a new
/// phrase collide once more, raise it (a lookup then compares one more) or
/// add one to [`SLOT_BITS`].
const PROBE_LIMIT: usize = 2;

/// An open-addressed hash table of every phrase, each row's own and its
/// others, built when the crate compiles.
struct PhraseTable {
    /// 0 for an empty slot, or `kind * 256 + row + 1`: kind 0 is a row's
    /// phrase and kind `k` its `k`th other phrase, and `row + 1` fills the
    /// low byte.
    slots: [u16; PHRASE_SLOTS],
}

const PHRASES: PhraseTable = PhraseTable::build();

/// A slot's row and the phrase it stands for.
#[inline]
const fn phrase_of(entry: u16) -> (u8, &'static str) {
    // The low byte is `row + 1`: the cast keeps just that byte.
    let row = entry as u8 - 1;
    let phrase = match (entry >> 8) as usize {
        0 => column::phrase(row),
        kind => column::others(row)[kind - 1],
    };
    (row, phrase)
}

impl PhraseTable {
    const fn build() -> PhraseTable {
        let mut table = PhraseTable {
            slots: [0; PHRASE_SLOTS],
        };
        let mut row = 0;
        while row < ALL.len() {
            let mut kind = 0;
            while kind <= column::others(row as u8).len() {
                let entry = (kind * 256 + row + 1) as u16;
                let (_, phrase) = phrase_of(entry);
                assert!(
                    matches!(phrase.as_bytes(), [.., last] if *last != b'.'),
                    "a phrase is not empty and does not end with a period, which lookups ignore"
                );
                table = insert(table, entry, phrase.as_bytes());
                kind += 1;
            }
            row += 1;
        }
        table
    }
}

/// `table` with `entry` in the first free slot from its phrase's hash; a
/// phrase already there, by the matching rule, is a build error, since it
/// would name two codes. (By value: Rust 1.63 has no `&mut` in a `const fn`.)
const fn insert(mut table: PhraseTable, entry: u16, phrase: &[u8]) -> PhraseTable {
    let home = hash(phrase) as usize;
    let mut probe = 0;
    loop {
        assert!(
            probe <= PROBE_LIMIT,
            "phrases collide too often in the table"
        );
        let slot = (home + probe) % PHRASE_SLOTS;
        let held = table.slots[slot];
        if held == 0 {
            table.slots[slot] = entry;
            return table;
        }
        let (_, other) = phrase_of(held);
        assert!(
            !same_phrase(other.as_bytes(), phrase),
            "a phrase must name one code: no two phrases may match by the rule"
        );
        probe += 1;
    }
}

/// A hash of the length and three bytes (first, middle, last), each
/// [`fold`]ed, so that phrases the rule matches land on the same slot.
/// Sampling, not reading every byte, keeps it a few instructions; the build
/// checks that the phrases it must tell apart still spread within the
/// probe limit.
#[inline]
const fn hash(bytes: &[u8]) -> u32 {
    let len = bytes.len();
    if len == 0 {
        return 0;
    }
    let first = fold(bytes[0]) as u32;
    let middle = fold(bytes[len / 2]) as u32;
    let last = fold(bytes[len - 1]) as u32;
    let mixed = (len as u32) << 24 | first << 16 | middle << 8 | last;
    mixed.wrapping_mul(0x9E37_79B9) >> (32 - SLOT_BITS)
}

/// A byte as the matching rule sees it: ASCII letters in lower case, and a
/// hyphen as a space.
#[inline]
const fn fold(byte: u8) -> u8 {
    FOLDED[byte as usize]
}

/// [`fold`] as a table, one load a byte: faster than its two tests.
const FOLDED: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = match byte as u8 {
            b'-' => b' ',
            other => other.to_ascii_lowercase(),
        };
        byte += 1;
    }
    table
};

/// Whether `a` and `b` are the same phrase by the matching rule, byte for
/// byte after [`fold`]: the one comparison of phrases, when the table is
/// built and when it is read.
#[inline]
const fn same_phrase(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    // Slice patterns rather than indexing: no bounds check per byte.
    let (mut a, mut b) = (a, b);
    while let ([x, a_rest @ ..], [y, b_rest @ ..]) = (a, b) {
        if fold(*x) != fold(*y) {
            return false;
        }
        a = a_rest;
        b = b_rest;
    }
    true
}
