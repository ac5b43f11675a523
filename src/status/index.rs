//! From a code to its row, and the sets of codes that the flags mark; all
//! built when the crate compiles, and checked on the way: a broken table is
//! a build error, not a wrong answer at run time.

use super::{column, ALL};

/// The row of `code`, in constant time, or `None` for a code without one.
#[inline]
pub(crate) const fn row(code: u16) -> Option<u8> {
    // Codes below FIRST wrap around to large slots, and fail the same test.
    let slot = code.wrapping_sub(FIRST) as usize;
    if slot < SLOTS {
        let row = INDEX[slot];
        if row != 0 {
            return Some(row - 1);
        }
    }
    None
}

/// The row that holds `code`; a build error if none does. The rows' names
/// in the columns' `match`es come from here.
pub(crate) const fn row_number(code: u16) -> u8 {
    match row(code) {
        Some(row) => row,
        None => panic!("a row's code is missing from the index"),
    }
}

/// The index spans the table's lowest to highest code, a byte a code: 412
/// bytes for 100..=511, not one per code from 0 to 599.
const FIRST: u16 = ALL[0];
const SLOTS: usize = (ALL[ALL.len() - 1] - FIRST) as usize + 1;

/// For each code from [`FIRST`], one more than its row, or 0.
const INDEX: [u8; SLOTS] = build_index();

const fn build_index() -> [u8; SLOTS] {
    assert!(ALL.len() < u8::MAX as usize, "rows are stored as bytes");
    let mut index = [0; SLOTS];
    let mut at = 0;
    while at < ALL.len() {
        let code = ALL[at];
        assert!(
            at == 0 || ALL[at - 1] < code,
            "codes must be ascending, each once"
        );
        assert!(100 <= code && code <= 599, "codes must be in 100..=599");
        index[(code - FIRST) as usize] = at as u8 + 1;
        at += 1;
    }
    assert!(
        index[SLOTS - 1] != 0,
        "the index must end at the highest code, with no slot to spare"
    );
    index
}

/// The flag bits of [`column::FLAGS`].
pub(crate) const NO_CONTENT: u8 = 1;
pub(crate) const CACHEABLE: u8 = 2;

/// A set of codes below 640, a bit each.
pub(crate) struct CodeSet([u64; 10]);

impl CodeSet {
    /// The codes of the rows that carry `flag`.
    const fn flagged(flag: u8) -> CodeSet {
        let mut words = [0; 10];
        let mut at = 0;
        while at < ALL.len() {
            if column::FLAGS[at] & flag != 0 {
                let code = ALL[at] as usize;
                words[code / 64] |= 1 << (code % 64);
            }
            at += 1;
        }
        CodeSet(words)
    }

    #[inline]
    pub(crate) const fn contains(&self, code: u16) -> bool {
        let word = code as usize / 64;
        word < self.0.len() && self.0[word] >> (code % 64) & 1 != 0
    }
}

/// The codes that the table flags `no_content`: 204 and 304, and the 1xx
/// rows, whose flag is there for their docs, since `cannot_have_content`
/// covers the whole class by RFC 9110's rule.
pub(crate) const NO_CONTENT_CODES: CodeSet = CodeSet::flagged(NO_CONTENT);

/// The codes that the table flags `cacheable`.
pub(crate) const CACHEABLE_CODES: CodeSet = CodeSet::flagged(CACHEABLE);
