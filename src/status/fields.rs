//! The header fields that the RFCs ask a response with a given code to
//! carry, read from the table's `requires` clauses.

use super::index::row;
use super::table::column;
use super::Reference;
use core::fmt;

/// How strongly an RFC asks for something, in the keywords of BCP 14 (RFC
/// 2119 and RFC 8174): a header field of a response, or what a client does
/// next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Requirement {
    /// `MUST`: an absolute requirement.
    Must,
    /// `SHOULD`: required unless there is a valid reason, understood and
    /// weighed, to do otherwise.
    Should,
    /// `MAY`: truly optional.
    May,
    /// `SHOULD NOT`: not to be done unless there is a valid reason, understood
    /// and weighed, to do it.
    ShouldNot,
    /// `MUST NOT`: an absolute prohibition.
    MustNot,
}

impl fmt::Display for Requirement {
    /// Writes the BCP 14 keyword: `MUST`, `SHOULD` or `MAY`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Requirement::Must => "MUST",
            Requirement::Should => "SHOULD",
            Requirement::May => "MAY",
            Requirement::ShouldNot => "SHOULD NOT",
            Requirement::MustNot => "MUST NOT",
        })
    }
}

/// A header field that an RFC asks a response with some code to carry:
/// its name, how strongly, under what condition, and where it says so.
///
/// ```
/// use http_status::status::{header_fields, Requirement};
///
/// let field = &header_fields(401)[0];
/// assert_eq!(field.name(), "WWW-Authenticate");
/// assert_eq!(field.requirement(), Requirement::Must);
/// assert_eq!(field.reference().to_string(), "RFC 9110, Section 15.5.2");
/// assert_eq!(field.condition(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeaderField {
    name: &'static str,
    requirement: Requirement,
    reference: Reference,
    condition: Option<&'static str>,
}

impl HeaderField {
    /// A row's `requires` clause.
    #[inline]
    pub(crate) const fn new(
        name: &'static str,
        requirement: Requirement,
        reference: Reference,
        condition: Option<&'static str>,
    ) -> HeaderField {
        HeaderField {
            name,
            requirement,
            reference,
            condition,
        }
    }

    /// The field's name as the IANA HTTP Field Name Registry has it, such
    /// as `"WWW-Authenticate"`. Field names are case-insensitive on the
    /// wire.
    #[must_use]
    #[inline]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// How strongly the RFC asks for it.
    #[must_use]
    #[inline]
    pub const fn requirement(&self) -> Requirement {
        self.requirement
    }

    /// The section that states the requirement.
    #[must_use]
    #[inline]
    pub const fn reference(&self) -> Reference {
        self.reference
    }

    /// When the requirement applies, such as `if the condition is
    /// temporary`, or what the field must hold, such as `with the "upgrade"
    /// connection option`, in the RFC's terms; `None` when the field is
    /// asked of every response with the code, as it is.
    #[must_use]
    #[inline]
    pub const fn condition(&self) -> Option<&'static str> {
        self.condition
    }
}

impl fmt::Display for HeaderField {
    /// Writes `MUST carry WWW-Authenticate (RFC 9110, Section 15.5.2)`, with
    /// the condition, if any, after the field's name.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} carry {}", self.requirement, self.name)?;
        if let Some(condition) = self.condition {
            write!(f, " {condition}")?;
        }
        write!(f, " ({})", self.reference)
    }
}

/// The header fields that RFC 9110 and the RFC that defines the code
/// (RFC 3229 for 226, RFC 6585 for 429, RFC 7725 for 451) ask a response
/// with `code` to carry, each with its requirement level and the section
/// that states it; empty for a code that requires none and for every `u16`
/// without a constant. RFC 7538, RFC 8297 and RFC 8470 ask nothing of 308,
/// 103 and 425 that RFC 9110 does not.
///
/// Only requirements that the RFC states about the response with a BCP 14
/// keyword are listed; one that applies only under a condition says so in
/// [`condition`](HeaderField::condition). Requirements set for a whole
/// class or for every response, such as `Date`'s (RFC 9110, Section
/// 6.6.1), are not.
///
/// A test can check that a response carries what its code requires:
///
/// ```
/// use http_status::status::{header_fields, Requirement};
///
/// // A response as a test sees it: its status and its field names.
/// let (code, fields) = (405, ["Allow", "Content-Type"]);
/// for required in header_fields(code) {
///     if required.requirement() == Requirement::Must && required.condition().is_none() {
///         assert!(
///             fields.iter().any(|name| name.eq_ignore_ascii_case(required.name())),
///             "a {code} response {required}"
///         );
///     }
/// }
/// assert!(header_fields(404).is_empty());
/// ```
#[inline]
#[must_use]
pub const fn header_fields(code: u16) -> &'static [HeaderField] {
    match row(code) {
        Some(row) => column::header_fields(row),
        None => &[],
    }
}
