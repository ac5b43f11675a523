//! Where each code is defined.

use super::index::row;
use super::table::column;
use core::fmt;

/// Where a code is defined: an RFC and a section of it.
///
/// Read from the same rows of the table as the constants' documentation,
/// so the two cannot disagree. [`reference()`] is inlined, so a program that
/// reads only [`rfc`](Reference::rfc) links only that column.
///
/// ```
/// use http_status::status::reference;
///
/// let defined = reference(404).unwrap();
/// assert_eq!(defined.rfc(), 9110);
/// assert_eq!(defined.section(), "15.5.5");
/// assert_eq!(
///     defined.url(),
///     "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
/// );
/// assert_eq!(defined.to_string(), "RFC 9110, Section 15.5.5");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    rfc: u16,
    section: &'static str,
    url: &'static str,
}

/// Where `code` is defined, or `None` for 509, which no RFC defines, and for
/// a code without a constant.
///
/// The RFC is the one the IANA registry names, for every code but 418: the
/// registry names RFC 9110, Section 15.5.19, which reserves the code, and
/// this gives RFC 2324, Section 2.3.2, which defined it and whose phrase the
/// crate keeps. Where the registry names an RFC without a section, the
/// section is the one of that RFC that defines the code.
///
/// ```
/// use http_status::status::reference;
///
/// assert_eq!(reference(429).map(|r| r.rfc()), Some(6585));
/// assert_eq!(reference(509), None);
/// assert_eq!(reference(299), None);
/// ```
#[must_use]
#[inline]
pub const fn reference(code: u16) -> Option<Reference> {
    match row(code) {
        Some(row) if column::rfc(row) != 0 => Some(Reference::new(
            column::rfc(row),
            column::section(row),
            column::url(row),
        )),
        _ => None,
    }
}

impl Reference {
    /// A section of an RFC, with its address.
    #[inline]
    pub(crate) const fn new(rfc: u16, section: &'static str, url: &'static str) -> Reference {
        Reference { rfc, section, url }
    }

    /// The number of the RFC, e.g. 9110.
    #[must_use]
    #[inline]
    pub const fn rfc(&self) -> u16 {
        self.rfc
    }

    /// The section within the RFC, e.g. `"15.5.5"`.
    #[must_use]
    #[inline]
    pub const fn section(&self) -> &'static str {
        self.section
    }

    /// The section's address at the RFC Editor, e.g.
    /// `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5`.
    #[must_use]
    #[inline]
    pub const fn url(&self) -> &'static str {
        self.url
    }
}

impl fmt::Display for Reference {
    /// Writes `RFC 9110, Section 15.5.5`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RFC {}, Section {}", self.rfc(), self.section())
    }
}
