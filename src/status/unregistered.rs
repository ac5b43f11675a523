//! Codes outside the registry that logs show, kept apart from the table:
//! they have no constant and no lookup but [`unregistered`] returns them.

use super::index::row;
use super::UNREGISTERED;

/// A code that the IANA registry does not assign, as one server or service
/// uses it: nginx logs 499 when the client closed the connection first, and
/// Cloudflare answers 522 when it timed out contacting the origin server.
///
/// Such a code has no constant, is not in [`ALL`](super::ALL), and
/// [`reason_phrase`](super::reason_phrase), [`name`](super::name) and
/// [`from_phrase`](super::from_phrase) know nothing of it; the alternate
/// form of [`describe`](super::describe) shows its use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Unregistered {
    /// The code, from 100 to 599.
    pub code: u16,
    /// Who uses it: `"nginx"`, `"Cloudflare"` or
    /// `"AWS Application Load Balancer"`; each code has one user.
    pub user: &'static str,
    /// What its user calls it, in lower case where it is not a name:
    /// `"client closed request"`.
    pub phrase: &'static str,
    /// Where its user defines it: an address in its own source or
    /// documentation.
    pub source: &'static str,
}

/// The use of an unregistered code that logs show, or `None` for any other
/// code, registered ones included; [`UNREGISTERED`] lists them all.
///
/// ```
/// use http_status::status::unregistered;
///
/// let closed = unregistered(499).unwrap();
/// assert_eq!((closed.user, closed.phrase), ("nginx", "client closed request"));
/// let timed_out = unregistered(522).unwrap();
/// assert_eq!((timed_out.user, timed_out.phrase), ("Cloudflare", "connection timed out"));
/// assert_eq!(unregistered(404), None);
/// assert_eq!(unregistered(498), None);
/// ```
#[must_use]
#[inline]
pub const fn unregistered(code: u16) -> Option<&'static Unregistered> {
    // Slice patterns rather than a counter: each turn takes one entry off,
    // so the loop ends whatever its body does.
    let mut left = UNREGISTERED;
    while let [entry, rest @ ..] = left {
        if entry.code == code {
            return Some(entry);
        }
        left = rest;
    }
    None
}

/// Expands the rows of `unregistered_table.rs` into [`UNREGISTERED`], with
/// a list of them in its docs.
macro_rules! unregistered_codes {
    ($($code:literal $user:literal $phrase:literal [$source:literal];)*) => {
        /// Every unregistered code the crate explains, ascending, with who
        /// uses it and what for; each comes from its user's own source or
        /// documentation.
        ///
        $(#[doc = concat!("- ", $code, ", ", $user, ": ", $phrase, " ([source](", $source, ")).")])*
        pub const UNREGISTERED: &[$crate::status::Unregistered] = &[$(
            $crate::status::Unregistered { code: $code, user: $user, phrase: $phrase, source: $source },
        )*];
    };
}
pub(crate) use unregistered_codes;

// The build refuses a row that is out of order, out of range, without a
// phrase, or for a code that has a constant.
const _: () = {
    let mut at = 0;
    while at < UNREGISTERED.len() {
        let entry = UNREGISTERED[at];
        assert!(
            entry.code >= 100 && entry.code <= 599,
            "an unregistered code runs from 100 to 599"
        );
        assert!(
            at == 0 || UNREGISTERED[at - 1].code < entry.code,
            "unregistered codes ascend, each once"
        );
        assert!(
            row(entry.code).is_none(),
            "an unregistered code has no constant"
        );
        assert!(!entry.phrase.is_empty() && !entry.user.is_empty());
        at += 1;
    }
    // So that a loop that stops early cannot pass for a checked table.
    assert!(at == UNREGISTERED.len(), "every row is checked");
};
