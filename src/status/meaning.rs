//! What each code means.

use super::index::row;
use super::table::column;

/// What `code` means and when a server sends it, in one sentence, or `None`
/// for a code without a constant.
///
/// Each sentence is this crate's own, written from the section that
/// defines the code, the one [`reference`](super::reference()) names; it
/// also leads the code's constant's documentation. The [guide to choosing
/// a code](crate::guide) sets the codes that people confuse side by side.
///
/// ```
/// use http_status::status::meaning;
///
/// assert_eq!(
///     meaning(410),
///     Some(
///         "The target is no longer available at the origin server, and this is likely \
///          to last; links to it should be removed."
///     )
/// );
/// assert_eq!(meaning(299), None);
/// ```
#[inline]
#[must_use]
#[doc(alias = "description")]
pub const fn meaning(code: u16) -> Option<&'static str> {
    match row(code) {
        Some(row) => Some(column::meaning(row)),
        None => None,
    }
}
