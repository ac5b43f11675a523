//! From a code to its row, through an index built when the crate compiles
//! and checked on the way: a broken table is a build error, not a wrong
//! answer at run time.

use super::ALL;

/// The row of `code`, in constant time, or `None` for a code without one.
/// Rows are numbered from 0, in the order of [`ALL`].
#[inline]
pub(crate) const fn row(code: u16) -> Option<u8> {
    // Indexed by the code itself, so that a lookup reads one byte with no
    // arithmetic first; the 100 slots below the lowest code stay empty.
    let slot = code as usize;
    if slot < SLOTS {
        let row = INDEX[slot];
        if row != NO_ROW {
            return Some(row);
        }
    }
    None
}

/// The index runs from 0 to the highest code, a byte a code.
const SLOTS: usize = ALL[ALL.len() - 1] as usize + 1;

/// The byte of a code without a row: one past the last row, so that every
/// byte of the index is at most the number of rows.
#[allow(clippy::cast_possible_truncation)] // `build_index` asserts it fits.
const NO_ROW: u8 = ALL.len() as u8;

/// For each code, its row, or [`NO_ROW`].
const INDEX: [u8; SLOTS] = build_index();

#[allow(clippy::cast_possible_truncation)] // Asserted first: rows fit a byte.
const fn build_index() -> [u8; SLOTS] {
    assert!(ALL.len() < u8::MAX as usize, "rows are stored as bytes");
    let mut index = [NO_ROW; SLOTS];
    let mut at = 0;
    while at < ALL.len() {
        let code = ALL[at];
        assert!(
            at == 0 || ALL[at - 1] < code,
            "codes must be ascending, each once"
        );
        assert!(100 <= code && code <= 599, "codes must be in 100..=599");
        index[code as usize] = at as u8;
        at += 1;
    }
    index
}
