//! Status assertions whose failure says which status came back:
//! [`assert_status!`](crate::assert_status) and
//! [`debug_assert_status!`](crate::debug_assert_status), with the
//! [`Expectation`] trait that says what they accept.

use crate::status::{describe, Class};
use core::fmt;

/// What [`assert_status!`](crate::assert_status) can expect of a code.
///
/// Implemented for:
/// - a code, `u16`: `HTTP_201_CREATED` or `201`, met by that code alone;
/// - a [`Class`]: `Class::ClientError`, met by its hundred codes;
/// - a predicate, anything `Fn(u16) -> bool`: `status::is_success` and the
///   crate's other predicates, or a function or closure of your own.
///
/// ```
/// use http_status::assert::Expectation;
/// use http_status::status::{self, Class};
///
/// assert!(201.admits(201));
/// assert!(Class::ClientError.admits(404));
/// assert!(status::is_success.admits(204));
/// ```
pub trait Expectation {
    /// Whether `code` meets the expectation.
    fn admits(&self, code: u16) -> bool;

    /// Writes what is expected, for a failure message. `written` is the
    /// expectation as the call spelled it.
    fn explain(&self, written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl Expectation for u16 {
    fn admits(&self, code: u16) -> bool {
        *self == code
    }

    /// Writes the code as [`describe`] does, with its name: `201 Created
    /// (HTTP_201_CREATED)`.
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", describe(*self))
    }
}

impl Expectation for Class {
    fn admits(&self, code: u16) -> bool {
        crate::status::class(code) == Some(*self)
    }

    /// Writes the class and its range: `Client Error (400..=499)`.
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.first();
        write!(f, "{self} ({first}..={})", first + 99)
    }
}

impl<F: Fn(u16) -> bool> Expectation for F {
    fn admits(&self, code: u16) -> bool {
        self(code)
    }

    /// Writes a path as its last segment, a closure or any other expression
    /// whole, as written, and then the codes it holds for, found by asking
    /// it of every `u16`: `is_success (200..=299)`. A predicate true for a
    /// broken run of codes says how many, between which.
    fn explain(&self, written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A call from inside another macro spells a path `status :: is_success`.
        let is_path = written
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"_: ".contains(&byte));
        let name = match written.rsplit("::").next() {
            Some(last) if is_path => last.trim(),
            _ => written,
        };
        let mut held = (0..=u16::MAX).filter(|&code| self(code));
        let first = match held.next() {
            Some(first) => first,
            None => return write!(f, "{name} (true of no code)"),
        };
        let (last, count) = held.fold((first, 1_u32), |(_, count), code| (code, count + 1));
        if u32::from(last - first) + 1 == count {
            write!(f, "{name} ({first}..={last})")
        } else {
            write!(f, "{name} (true of {count} codes in {first}..={last})")
        }
    }
}

/// How `assert_status!` reads each argument, chosen by method resolution on
/// `(&value).__status_kind()`, which tries the receiver `&V` as it is before
/// it takes a reference to it. A value that converts into a `u16` (`u16`,
/// `StatusCode`) is `Owned`, a reference to one is `Borrowed`: both
/// match `&V` as it is. Anything else, for `expected`, is `Other`, which
/// matches only `&&V`, so a code is always read as a code first. Blanket
/// impls of one trait for all three would overlap, which coherence refuses.
#[doc(hidden)]
pub mod kind {
    use super::Expectation;

    /// A reference to a code, `&StatusCode` or `&u16`: read by copying.
    pub struct Borrowed;
    /// A value that converts into a code, `StatusCode` or `u16`.
    pub struct Owned;
    /// For `expected`: anything else, which must be an [`Expectation`].
    pub struct Other;

    pub trait BorrowedKind {
        #[inline]
        fn __status_kind(&self) -> Borrowed {
            Borrowed
        }
    }
    impl<T: Into<u16> + Copy> BorrowedKind for &T {}

    pub trait OwnedKind {
        #[inline]
        fn __status_kind(&self) -> Owned {
            Owned
        }
    }
    impl<T: Into<u16>> OwnedKind for T {}

    pub trait OtherKind {
        #[inline]
        fn __status_kind(&self) -> Other {
            Other
        }
    }
    impl<E: Expectation> OtherKind for &E {}

    impl Borrowed {
        #[inline]
        pub fn code<T: Into<u16> + Copy>(self, value: &T) -> u16 {
            (*value).into()
        }
    }

    impl Owned {
        #[inline]
        pub fn code<T: Into<u16>>(self, value: T) -> u16 {
            value.into()
        }
    }

    impl Other {
        /// The expectation as it is.
        #[inline]
        pub fn code<E: Expectation>(self, value: E) -> E {
            value
        }
    }
}

/// Panics with the failure message of `assert_status!`.
#[doc(hidden)]
#[cold]
#[track_caller]
pub fn fail<E: Expectation + ?Sized>(
    actual: u16,
    expected: &E,
    actual_written: &str,
    expected_written: &str,
    message: Option<fmt::Arguments<'_>>,
) -> ! {
    panic!(
        "{}",
        Failure {
            actual,
            expected,
            actual_written,
            expected_written,
            message,
        }
    )
}

/// The message of a failed status assertion, laid out as `assert_eq!` lays
/// out its own:
///
/// ```text
/// assertion failed: `res.status()` is not `status::is_success`: creating user 7
///   actual: 404 Not Found (HTTP_404_NOT_FOUND)
/// expected: is_success (200..=299)
/// ```
struct Failure<'a, E: ?Sized> {
    actual: u16,
    expected: &'a E,
    actual_written: &'a str,
    expected_written: &'a str,
    message: Option<fmt::Arguments<'a>>,
}

impl<E: Expectation + ?Sized> fmt::Display for Failure<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "assertion failed: `{}` is not `{}`",
            self.actual_written, self.expected_written
        )?;
        if let Some(message) = self.message {
            write!(f, ": {message}")?;
        }
        write!(f, "\n  actual: {:#}\nexpected: ", describe(self.actual))?;
        self.expected.explain(self.expected_written, f)
    }
}

/// Asserts that a status code is what a test expects, and on failure says
/// which status came back.
///
/// `assert_status!(actual, expected)` or `assert_status!(actual, expected,
/// "format {}", args)`:
///
/// - `actual` is anything `Into<u16>`, or a reference to a `Copy` one: a
///   `u16`, or the `http` crate's `StatusCode` (1.x or 0.2) as it is, so
///   `res.status()` from axum, actix-web, hyper or reqwest needs no
///   `.as_u16()`, and `&StatusCode` works as well;
/// - `expected` is a code: `HTTP_201_CREATED`, `201`, or anything
///   `Into<u16>` such as `StatusCode::CREATED` or a `const` of it; or one
///   of the crate's predicates (`status::is_success`, `is_error`, ...) or any
///   other `Fn(u16) -> bool`; or a [`Class`](crate::status::Class): any
///   [`Expectation`](crate::assert::Expectation);
/// - the optional message takes `format!`'s arguments, as `assert!`'s does.
///
/// Each argument is evaluated once; the message only on failure. It works
/// in `no_std` crates, with core's `panic!`.
///
/// ```
/// use http_status::assert_status;
/// use http_status::status::{self, Class, HTTP_201_CREATED};
///
/// let code: u16 = 201;
/// assert_status!(code, HTTP_201_CREATED);
/// assert_status!(&code, 201);
/// assert_status!(code, status::is_success);
/// assert_status!(code, Class::Successful, "creating user {}", 7);
/// assert_status!(code, |code| code == 200 || code == 201);
/// ```
///
/// On failure, the message says what came back and what was expected; a
/// code whose RFC 9110 name differs from DRF's shows both names:
///
/// ```should_panic
/// # use http_status::assert_status;
/// # use http_status::status;
/// let code: u16 = 422;
/// assert_status!(code, status::is_success, "creating user {}", 7);
/// // assertion failed: `code` is not `status::is_success`: creating user 7
/// //   actual: 422 Unprocessable Content (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)
/// // expected: is_success (200..=299)
/// ```
///
/// A signed or wider integer is a compile error, not a silent truncation.
/// As `actual`, the error says that `i32: Into<u16>` does not hold:
///
/// ```compile_fail,E0599
/// # use http_status::assert_status;
/// let code: i32 = 200;
/// assert_status!(code, 200);
/// ```
///
/// As `expected`, a literal must be a `u16`; the error points at it:
///
/// ```compile_fail,E0308
/// # use http_status::assert_status;
/// assert_status!(200_u16, 200_i32);
/// ```
#[macro_export]
macro_rules! assert_status {
    // A literal is typed here, so that `201` is a `u16`, never an `i32`.
    ($actual:expr, $expected:literal $(, $($message:tt)*)?) => {
        $crate::__assert_status!(
            $actual,
            { let code: u16 = $expected; code },
            ::core::stringify!($actual),
            ::core::stringify!($expected)
            $(, $($message)*)?
        )
    };
    ($actual:expr, $expected:expr $(, $($message:tt)*)?) => {
        $crate::__assert_status!(
            $actual,
            $expected,
            ::core::stringify!($actual),
            ::core::stringify!($expected)
            $(, $($message)*)?
        )
    };
}

/// The body of [`assert_status!`](crate::assert_status), after the message,
/// if any, is made `format_args!`: `$message` stands in the failing branch
/// alone, so it is evaluated only on failure.
#[doc(hidden)]
#[macro_export]
macro_rules! __assert_status {
    ($actual:expr, $expected:expr, $actual_written:expr, $expected_written:expr $(,)?) => {
        $crate::__assert_status!(
            @check $actual,
            $expected,
            $actual_written,
            $expected_written,
            ::core::option::Option::None
        )
    };
    ($actual:expr, $expected:expr, $actual_written:expr, $expected_written:expr, $($message:tt)+) => {
        $crate::__assert_status!(
            @check $actual,
            $expected,
            $actual_written,
            $expected_written,
            ::core::option::Option::Some(::core::format_args!($($message)+))
        )
    };
    (@check $actual:expr, $expected:expr, $actual_written:expr, $expected_written:expr, $message:expr) => {
        match ($actual, $expected) {
            (actual, expected) => {
                let actual: u16 = {
                    use $crate::assert::kind::{BorrowedKind as _, OwnedKind as _};
                    (&actual).__status_kind().code(actual)
                };
                let expected = {
                    use $crate::assert::kind::{OtherKind as _, OwnedKind as _};
                    (&expected).__status_kind().code(expected)
                };
                if !$crate::assert::Expectation::admits(&expected, actual) {
                    $crate::assert::fail(
                        actual,
                        &expected,
                        $actual_written,
                        $expected_written,
                        $message,
                    )
                }
            }
        }
    };
}

/// [`assert_status!`](crate::assert_status) in debug builds only, as
/// `debug_assert!` is `assert!` in debug builds only: in a release build
/// nothing is evaluated.
///
/// ```
/// use http_status::debug_assert_status;
/// use http_status::status;
///
/// debug_assert_status!(204_u16, status::is_success);
/// ```
#[macro_export]
macro_rules! debug_assert_status {
    ($($arguments:tt)*) => {
        if ::core::cfg!(debug_assertions) {
            $crate::assert_status!($($arguments)*);
        }
    };
}
