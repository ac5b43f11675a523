//! Reason phrases: from a code, and back from a phrase in any case.

use super::index::row;
use super::table::column;
use super::ALL;

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
#[inline]
pub const fn reason_phrase(code: u16) -> Option<&'static str> {
    match row(code) {
        Some(row) => Some(column::phrase(row)),
        None => None,
    }
}

/// The code of a reason phrase, or `None`.
///
/// Letters match in either case (ASCII only); everything else must match
/// exactly, with no trimming and no folding of inner spaces. Besides each
/// code's own phrase, as [`reason_phrase`] gives it, it knows the older
/// phrases that RFCs once gave and servers still send, each listed on its
/// constant with where it comes from: "Moved Temporarily" (302), "Request
/// Time-out" (408), "Request Entity Too Large" and "Payload Too Large"
/// (413), "Request-URI Too Long" and "Request-URI Too Large" (414),
/// "Requested Range Not Satisfiable" (416), "Unprocessable Entity" (422),
/// "Gateway Time-out" (504), and the `http` crate's "Non Authoritative
/// Information" (203). Phrases that no specification gave, such as "Switch
/// Proxy" for 306, are not known.
///
/// It hashes the phrase once and compares it with at most three of the
/// table's phrases, never allocating.
///
/// ```
/// use http_status::status::from_phrase;
///
/// assert_eq!(from_phrase("Not Found"), Some(404));
/// assert_eq!(from_phrase("not found"), Some(404));
/// assert_eq!(from_phrase("Request Entity Too Large"), Some(413));
/// assert_eq!(from_phrase("Moved Temporarily"), Some(302));
/// assert_eq!(from_phrase(" Not Found"), None);
/// assert_eq!(from_phrase("Switch Proxy"), None);
/// ```
pub fn from_phrase(phrase: &str) -> Option<u16> {
    let phrase = phrase.as_bytes();
    let home = hash(phrase) as usize;
    for probe in 0..=PROBE_LIMIT {
        let entry = PHRASES.slots[(home + probe) % PHRASE_SLOTS];
        if entry == 0 {
            return None;
        }
        let (row, known) = phrase_of(entry);
        if same_ignoring_case(known.as_bytes(), phrase) {
            return Some(ALL[row as usize]);
        }
    }
    None
}

/// Slots in the phrase table: a power of two, over three times the phrases,
/// so that most phrases sit in the slot their hash names.
const PHRASE_SLOTS: usize = 256;

/// How far past the slot its hash names a phrase may sit, so that a lookup
/// compares at most three phrases. The build fails beyond it: should a new
/// phrase collide once more, raise it (a lookup then compares one more) or
/// double [`PHRASE_SLOTS`].
const PROBE_LIMIT: usize = 2;

/// An open-addressed hash table of every phrase, current and older, built
/// when the crate compiles.
struct PhraseTable {
    /// 0 for an empty slot, or `kind * 256 + row + 1`: kind 0 is a row's
    /// phrase and 1 and 2 its older ones, and `row + 1` fills the low byte.
    slots: [u16; PHRASE_SLOTS],
}

const PHRASES: PhraseTable = PhraseTable::build();

/// A slot's row and the phrase it stands for.
const fn phrase_of(entry: u16) -> (u8, &'static str) {
    // The low byte is `row + 1`: the cast keeps just that byte.
    let row = entry as u8 - 1;
    let phrase = match entry >> 8 {
        0 => column::phrase(row),
        1 => column::former(row),
        _ => column::former2(row),
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
            while kind < 3 {
                let entry = (kind * 256 + row + 1) as u16;
                let (_, phrase) = phrase_of(entry);
                assert!(kind > 0 || !phrase.is_empty(), "every row has a phrase");
                if !phrase.is_empty() {
                    table = insert(table, entry, phrase.as_bytes());
                }
                kind += 1;
            }
            row += 1;
        }
        table
    }
}

/// `table` with `entry` in the first free slot from its phrase's hash; a
/// phrase already there in any case is a build error, since it would name
/// two codes. (By value: Rust 1.63 has no `&mut` in a `const fn`.)
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
            !same_ignoring_case(other.as_bytes(), phrase),
            "a phrase must name one code, in any case"
        );
        probe += 1;
    }
}

/// A hash of the length and three bytes (first, middle, last) with ASCII
/// letters folded to lower case, so that a phrase in any case lands on the
/// same slot. Sampling, not reading every byte, keeps it a few
/// instructions; the build checks that the phrases it must tell apart
/// still spread within the probe limit.
const fn hash(bytes: &[u8]) -> u32 {
    let len = bytes.len();
    if len == 0 {
        return 0;
    }
    let first = bytes[0].to_ascii_lowercase() as u32;
    let middle = bytes[len / 2].to_ascii_lowercase() as u32;
    let last = bytes[len - 1].to_ascii_lowercase() as u32;
    let mixed = (len as u32) << 24 | first << 16 | middle << 8 | last;
    mixed.wrapping_mul(0x9E37_79B9) >> 24
}

/// Whether `a` and `b` are equal, ASCII letters in either case: the one
/// comparison of phrases, when the table is built (a `const fn` cannot call
/// core's `eq_ignore_ascii_case` on Rust 1.63) and when it is read.
const fn same_ignoring_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    // Slice patterns rather than indexing: no bounds check per byte.
    let (mut a, mut b) = (a, b);
    while let ([x, a_rest @ ..], [y, b_rest @ ..]) = (a, b) {
        if !x.eq_ignore_ascii_case(y) {
            return false;
        }
        a = a_rest;
        b = b_rest;
    }
    true
}
