//! Status assertions whose failure says which status came back:
//! [`assert_status!`](crate::assert_status) and
//! [`debug_assert_status!`](crate::debug_assert_status), with the
//! [`Expectation`] trait that says what they accept.

use crate::status::{describe, Class};
use core::fmt;
use core::ops::{Range, RangeInclusive};

/// What [`assert_status!`](crate::assert_status) can expect of a code.
///
/// Implemented for:
/// - a code, `u16`: `HTTP_201_CREATED` or `201`, met by that code alone;
/// - a [`Class`]: `Class::ClientError`, met by its hundred codes;
/// - a predicate, anything `Fn(u16) -> bool`: `status::is_success` and the
///   crate's other predicates, or a function or closure of your own;
/// - a range, `200..=204` or `200..300`, met by the codes in it;
/// - a list of codes, `[HTTP_200_OK, HTTP_204_NO_CONTENT]` or a `&[u16]`,
///   met by each code it holds.
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
    #[inline]
    fn admits(&self, code: u16) -> bool {
        *self == code
    }

    /// Writes the code as [`describe`] does, with its name: `201 Created
    /// (HTTP_201_CREATED)`.
    #[inline]
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", describe(*self))
    }
}

impl Expectation for Class {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        crate::status::class(code) == Some(*self)
    }

    /// Writes the class and its range: `Client Error (400..=499)`.
    #[inline]
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self.first();
        write!(f, "{self} ({first}..={})", first + 99)
    }
}

impl<F: Fn(u16) -> bool> Expectation for F {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self(code)
    }

    /// Writes a path as its last segment, a closure or any other expression
    /// whole, as written, and then the codes it holds for, found by asking
    /// it of every `u16`: `is_success (200..=299)`. A predicate true for a
    /// broken run of codes says how many, between which.
    #[inline]
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

/// A list of codes: `[HTTP_200_OK, HTTP_204_NO_CONTENT]`, `[200, 204]`,
/// an array or a slice of `u16`, met by any code it holds. Of `u16` only,
/// so that a literal such as `200` in it is a `u16`.
impl Expectation for [u16] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.contains(&code)
    }

    /// Writes `one of 200 OK, 204 No Content`.
    #[inline]
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("one of no codes (the list is empty)");
        }
        f.write_str("one of ")?;
        for (at, &known) in self.iter().enumerate() {
            let separator = if at == 0 { "" } else { ", " };
            write!(f, "{separator}{}", describe(known))?;
        }
        Ok(())
    }
}

impl<const N: usize> Expectation for [u16; N] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self[..].admits(code)
    }

    #[inline]
    fn explain(&self, written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self[..].explain(written, f)
    }
}

impl<const N: usize> Expectation for &[u16; N] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self[..].admits(code)
    }

    #[inline]
    fn explain(&self, written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self[..].explain(written, f)
    }
}

impl Expectation for &[u16] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        (**self).admits(code)
    }

    #[inline]
    fn explain(&self, written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).explain(written, f)
    }
}

/// An inclusive range of codes, `200..=204`, met by the codes in it.
impl Expectation for RangeInclusive<u16> {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.contains(&code)
    }

    /// Writes `200..=204 (200 OK to 204 No Content)`.
    #[inline]
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (first, last) = (*self.start(), *self.end());
        write!(
            f,
            "{first}..={last} ({} to {})",
            describe(first),
            describe(last)
        )
    }
}

/// A half-open range of codes, `200..300`, met by the codes in it.
impl Expectation for Range<u16> {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.contains(&code)
    }

    /// Writes `200..300 (200 OK to 299 (unassigned 2xx code))`.
    #[inline]
    fn explain(&self, _written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end.checked_sub(1) {
            Some(last) if self.start <= last => {
                let (first, end) = (self.start, self.end);
                write!(
                    f,
                    "{first}..{end} ({} to {})",
                    describe(first),
                    describe(last)
                )
            }
            _ => write!(f, "{}..{} (an empty range)", self.start, self.end),
        }
    }
}

/// How `assert_status!` reads each argument, chosen by method resolution
/// on `(&value).__status_kind()`, which tries the receiver as it is before
/// it looks through a reference. `actual` is `Owned` (anything `Into<u16>`)
/// or `Borrowed` (a reference to a `Copy` one). `expected` is taken by
/// reference, so that it can be used again after the assertion: a code
/// (`Code`), a reference to one (`CodeRef`), or any other [`Expectation`]
/// (`Other`), tried in that order, so that a code is always read as a code
/// first. Blanket impls of one trait
/// for all of them would overlap, which coherence refuses.
#[doc(hidden)]
pub mod kind {
    use super::Expectation;
    use core::fmt;

    /// `actual`: a reference to a code, `&StatusCode` or `&u16`, read by
    /// copying.
    pub struct Borrowed;
    /// `actual`: a value that converts into a code, `StatusCode` or `u16`.
    pub struct Owned;
    /// `expected`: a code, `HTTP_201_CREATED` or `StatusCode::CREATED`.
    pub struct Code;
    /// `expected`: a reference to a code, `&HTTP_201_CREATED`.
    pub struct CodeRef;
    /// `expected`: an [`Expectation`], used through a reference.
    pub struct Other;

    /// A trait whose one method names a kind: the traits differ only in
    /// what they are implemented for.
    macro_rules! kind_trait {
        ($trait:ident -> $kind:ident) => {
            pub trait $trait {
                #[inline]
                fn __status_kind(&self) -> $kind {
                    $kind
                }
            }
        };
    }

    kind_trait!(BorrowedKind -> Borrowed);
    impl<T: Into<u16> + Copy> BorrowedKind for &T {}

    kind_trait!(OwnedKind -> Owned);
    impl<T: Into<u16>> OwnedKind for T {}

    /// `bool` converts into `u16`, but `true` is no status: as `actual`, a
    /// `bool` or `&bool` finds this beside `Owned` or `Borrowed`, and the
    /// call is ambiguous, so it does not compile.
    pub trait ABoolIsNoStatusCode {
        #[inline]
        fn __status_kind(&self) {}
    }
    impl ABoolIsNoStatusCode for bool {}
    impl ABoolIsNoStatusCode for &bool {}

    // For `expected`, whose value `E` is held as `&E`: the probe's receiver
    // is `&&E` (a code, or a reference to one), then `&E` (the rest).
    kind_trait!(CodeKind -> Code);
    impl<T: Into<u16> + Copy> CodeKind for &T {}

    kind_trait!(CodeRefKind -> CodeRef);
    impl<T: Into<u16> + Copy> CodeRefKind for &&T {}

    kind_trait!(OtherKind -> Other);
    impl<E: Expectation + ?Sized> OtherKind for E {}

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

    impl Code {
        #[inline]
        pub fn code<T: Into<u16> + Copy>(self, value: &T) -> u16 {
            (*value).into()
        }
    }

    impl CodeRef {
        #[inline]
        pub fn code<T: Into<u16> + Copy>(self, value: &&T) -> u16 {
            (**value).into()
        }
    }

    impl Other {
        /// The expectation, borrowed.
        #[inline]
        pub fn code<E: Expectation + ?Sized>(self, value: &E) -> By<'_, E> {
            By(value)
        }
    }

    /// An expectation used through a reference.
    pub struct By<'a, E: ?Sized>(&'a E);

    impl<E: Expectation + ?Sized> Expectation for By<'_, E> {
        #[inline]
        fn admits(&self, code: u16) -> bool {
            self.0.admits(code)
        }

        #[inline]
        fn explain(&self, written: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.explain(written, f)
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
    #[inline]
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
///   other `Fn(u16) -> bool`; a [`Class`](crate::status::Class); a range
///   (`200..=204`); a list of codes (`[HTTP_200_OK, HTTP_204_NO_CONTENT]`,
///   a slice of `u16`); a reference to a code (`&HTTP_201_CREATED`,
///   `&StatusCode::CREATED`): any [`Expectation`](crate::assert::Expectation).
///   `expected` is borrowed, not moved, so a closure or an expectation of
///   your own can be used again after the assertion;
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
/// assert_status!(code, 200..=204);
/// assert_status!(code, [200, 201]);
/// assert_status!(code, &HTTP_201_CREATED);
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
/// A `bool` converts into a `u16`, but is no status: as `actual` it is a
/// compile error, which names the trait `ABoolIsNoStatusCode`:
///
/// ```compile_fail,E0034
/// # use http_status::assert_status;
/// assert_status!(true, 1);
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
            { let code: ::core::primitive::u16 = $expected; code },
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
        // `expected` is borrowed, so that it can be used again afterwards.
        match ($actual, &$expected) {
            (actual, expected) => {
                let actual: ::core::primitive::u16 = {
                    use $crate::assert::kind::{
                        ABoolIsNoStatusCode as _, BorrowedKind as _, OwnedKind as _,
                    };
                    (&actual).__status_kind().code(actual)
                };
                let expected = {
                    use $crate::assert::kind::{CodeKind as _, CodeRefKind as _, OtherKind as _};
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
