//! A code as a person reads it, for log lines and error messages.

use super::{alias, class, name, reason_phrase};
use core::fmt;

/// What `code` is, ready to display: `404 Not Found`.
///
/// A code with a constant shows its phrase; with the alternate flag, `{:#}`,
/// its constant's name too, and for a code whose RFC 9110 name differs from
/// DRF's both names, so that a search of a log for either finds it. Any
/// other code still says what it is: a code of a class without a constant,
/// or no status code at all. Every code of 100..=599 without a constant is
/// unassigned in the IANA registry but 104, "Upload Resumption Supported",
/// which the registry, as last updated on 2025-09-15, lists as a temporary
/// registration for draft-ietf-httpbis-resumable-upload-05: registered on
/// 2024-11-13, extended on 2025-09-15, and set to expire on 2026-11-13. The
/// crate gives it no constant. Nothing is allocated and nothing is looked
/// up until it is displayed.
/// A width, fill and alignment pad it as they would a `str`.
///
/// ```
/// use http_status::status::describe;
///
/// assert_eq!(describe(404).to_string(), "404 Not Found");
/// assert_eq!(describe(413).to_string(), "413 Content Too Large");
/// assert_eq!(format!("[{:<16}]", describe(404)), "[404 Not Found   ]");
/// assert_eq!(format!("[{:*^14}]", describe(200)), "[****200 OK****]");
/// assert_eq!(format!("{:#}", describe(404)), "404 Not Found (HTTP_404_NOT_FOUND)");
/// assert_eq!(
///     format!("{:#}", describe(422)),
///     "422 Unprocessable Content (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)"
/// );
/// assert_eq!(describe(299).to_string(), "299 (2xx code without a constant)");
/// assert_eq!(format!("{:#}", describe(499)), "499 (4xx code without a constant)");
/// assert_eq!(
///     describe(42).to_string(),
///     "42 (not a status code: codes run from 100 to 599)"
/// );
/// ```
#[inline]
pub const fn describe(code: u16) -> Description {
    Description { code }
}

/// A code described for a person; see [`describe`].
#[must_use = "a Description does nothing until it is displayed"]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Description {
    code: u16,
}

impl Description {
    /// The code described.
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl Description {
    /// Writes the description, with its names if `alternate`.
    fn write(self, out: &mut impl fmt::Write, alternate: bool) -> fmt::Result {
        let code = self.code;
        match (reason_phrase(code), class(code)) {
            (Some(phrase), _) => {
                write!(out, "{code} {phrase}")?;
                match (name(code), alias(code)) {
                    (Some(name), Some(alias)) if alternate => write!(out, " ({name} or {alias})"),
                    (Some(name), None) if alternate => write!(out, " ({name})"),
                    _ => Ok(()),
                }
            }
            (None, Some(class)) => {
                write!(
                    out,
                    "{code} ({}xx code without a constant)",
                    class.range().start() / 100
                )
            }
            (None, None) => write!(out, "{code} (not a status code: codes run from 100 to 599)"),
        }
    }
}

impl fmt::Display for Description {
    /// Writes the description; a width, fill, alignment or precision pads
    /// or cuts it as they would a `str`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return self.write(f, f.alternate());
        }
        // The longest description is under half this: padding needs the
        // whole text first, and nothing is allocated.
        let mut text = Text {
            bytes: [0; 256],
            len: 0,
        };
        self.write(&mut text, f.alternate())?;
        f.pad(text.as_str())
    }
}

/// A description written out on the stack, to be padded.
struct Text {
    bytes: [u8; 256],
    len: usize,
}

impl Text {
    fn as_str(&self) -> &str {
        // Only whole `str`s are ever written in.
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl fmt::Write for Text {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        let room = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        room.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}
