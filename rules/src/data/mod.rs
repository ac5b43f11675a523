//! The rules, one file per RFC, each in the RFC's order. Each row is one
//! keyword of one sentence; `tests/quotes.rs` reads every quote against
//! the RFC text kept in `rfc/`.

use crate::rule::Row;

/// An RFC's section, with its address at the RFC Editor.
macro_rules! at {
    ($rfc:literal, $section:literal) => {
        http_status::__private::reference(
            $rfc,
            $section,
            concat!(
                "https://www.rfc-editor.org/rfc/rfc",
                $rfc,
                "#section-",
                $section
            ),
        )
    };
}

/// What every data file names.
mod prelude {
    pub(super) use crate::rule::Change;
    pub(super) use crate::rule::Condition::*;
    pub(super) use crate::rule::Level::*;
    pub(super) use crate::rule::Party::*;
    pub(super) use crate::rule::Row;
    pub(super) use crate::rule::Scope::*;
    pub(super) use crate::rule::Topic::*;
}

mod rfc2774;
mod rfc3229;
mod rfc4918;
mod rfc5842;
mod rfc6585;
mod rfc7725;
mod rfc8297;
mod rfc8470;
mod rfc9110;
mod rfc9110_beyond_15;
mod rfc9111;
mod rfc9112;

/// Every file's rows: RFC 9110's Section 15 first, then the rest of RFC
/// 9110, 9111 and 9112, then the RFCs that define codes of their own.
pub(crate) const SOURCES: &[&[Row]] = &[
    rfc9110::ROWS,
    rfc9110_beyond_15::ROWS,
    rfc9111::ROWS,
    rfc9112::ROWS,
    rfc6585::ROWS,
    rfc7725::ROWS,
    rfc8297::ROWS,
    rfc8470::ROWS,
    rfc4918::ROWS,
    rfc5842::ROWS,
    rfc3229::ROWS,
    rfc2774::ROWS,
];
