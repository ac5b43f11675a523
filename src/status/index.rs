//! From a code to its row, through an index built when the crate compiles
//! and checked on the way: a broken table is a build error, not a wrong
//! answer at run time.

use super::ALL;

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

/// The index spans the table's lowest to highest code, a byte a code, not
/// one per code from 0 to 599.
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
