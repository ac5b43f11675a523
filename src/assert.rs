//! Status assertions whose failure says which status came back:
//! [`assert_status!`](crate::assert_status) and
//! [`debug_assert_status!`](crate::debug_assert_status), with the traits
//! that say what they accept: [`Code`], a value that stands for a status
//! code, and [`Expectation`], what a test expects of one.

use crate::__private::{Converted, InClass, InRange, Listed, Predicate, Single};
use crate::status::{describe, Class};
use core::fmt;
use core::ops::{Range, RangeInclusive};

/// A value that stands for a status code: a `u16`, a type that converts
/// into one and compares with one, such as the `http` crate's
/// `StatusCode`, or a type that [`constants!`](crate::constants) was given
/// a way to read its code from, such as Rocket's `Status`.
///
/// `Via` tells apart the ways a type can stand for a code; it is always
/// inferred, so code that uses the trait names it as a type parameter and
/// nothing more.
///
/// ```
/// use http_status::assert::Code;
///
/// assert_eq!(Code::code(&404_u16), 404);
/// ```
#[cfg_attr(
    http_status_diagnostics,
    diagnostic::on_unimplemented(
        message = "`{Self}` is no status code: a status is a `u16`, a type that converts into one \
                   and compares with one, such as `http::StatusCode`, or a type given to \
                   `constants!` with a way to read its code",
        label = "expected a status code, found `{Self}`"
    )
)]
pub trait Code<Via> {
    /// The code this value stands for.
    fn code(&self) -> u16;
}

/// A `u16`, and any `Copy` type that compares with one and converts into
/// one, as `http::StatusCode` (1.x and 0.2) does. The comparison keeps out
/// `bool`, which converts into 0 or 1 but is no status. The conversion is
/// asked of `TryInto`, which every `Into<u16>` type has too, so that a
/// value that is no status, such as an `i64`, fails on the comparison
/// alone, in one error; a conversion that fails gives 0, which no status
/// has and every failure message says is none.
impl<T: Copy + PartialEq<u16> + TryInto<u16>> Code<Converted> for T {
    #[inline]
    fn code(&self) -> u16 {
        (*self).try_into().unwrap_or(0)
    }
}

/// What [`assert_status!`](crate::assert_status) can expect of a code.
///
/// Implemented for:
/// - a code: `HTTP_201_CREATED` or `201`, your framework's status type as
///   [`constants!`](crate::constants) makes it, or anything else that is a
///   [`Code`], met by that code alone;
/// - a [`Class`]: `Class::ClientError`, met by its hundred codes;
/// - a predicate, anything `Fn(u16) -> bool`: `status::is_success` and the
///   crate's other predicates, or a function or closure of your own;
/// - a range of `u16`, `200..=204` or `200..300`, met by the codes in it;
/// - a list of codes, an array or a slice of any [`Code`]:
///   `[HTTP_200_OK, HTTP_204_NO_CONTENT]`, a `const` array of your
///   framework's statuses, or a `&[u16]`, met by each code it holds;
/// - a reference to any of these.
///
/// `Form` tells these apart, and is always inferred. A test helper that
/// takes whatever the macro takes names it as a type parameter, and with
/// `#[track_caller]` its failures point at the line that called it:
///
/// ```should_panic
/// use http_status::assert::{Code, Expectation};
/// use http_status::assert_status;
/// use http_status::status;
///
/// #[track_caller]
/// fn assert_answers<Via, Form>(status: impl Code<Via>, expected: impl Expectation<Form>) {
///     assert_status!(status.code(), expected);
/// }
///
/// assert_answers(201_u16, status::HTTP_201_CREATED);
/// assert_answers(201_u16, [200, 201]);
/// // Fails with "expected: is_success (200..=299)", pointing at this line.
/// assert_answers(404_u16, status::is_success);
/// ```
///
/// An expectation of your own implements the trait with any type of its
/// own as `Form`, such as itself:
///
/// ```
/// use http_status::assert::Expectation;
/// use http_status::assert_status;
/// use std::fmt;
///
/// struct Cacheable;
///
/// impl Expectation<Cacheable> for Cacheable {
///     fn admits(&self, code: u16) -> bool {
///         http_status::status::is_heuristically_cacheable(code)
///     }
///
///     fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         f.write_str("a heuristically cacheable code")
///     }
/// }
///
/// assert_status!(404_u16, Cacheable);
/// ```
#[cfg_attr(
    http_status_diagnostics,
    diagnostic::on_unimplemented(
        message = "`{Self}` is no expected status: expect a code, a predicate such as \
                   `status::is_success`, a `Class`, a range of `u16` or a list of codes",
        label = "not a code, predicate, Class, range or list of codes"
    )
)]
pub trait Expectation<Form> {
    /// Whether `code` meets the expectation.
    fn admits(&self, code: u16) -> bool;

    /// Writes what is expected, for the `expected:` line of a failure.
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// A code, met by itself alone.
impl<Via, T: Code<Via>> Expectation<Single<Via>> for T {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.code() == code
    }

    /// Writes the code as [`describe`] does, with its name: `201 Created
    /// (HTTP_201_CREATED)`.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", describe(self.code()))
    }
}

impl Expectation<InClass> for Class {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        crate::status::class(code) == Some(*self)
    }

    /// Writes the class and its range: `Client Error (400..=499)`.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self} ({:?})", self.range())
    }
}

impl<F: Fn(u16) -> bool> Expectation<Predicate> for F {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self(code)
    }

    /// Writes a function by its name and a closure as `a closure`, then
    /// the codes it holds for, found by asking it of every `u16`:
    /// `is_success (200..=299)`. A predicate true for a broken run of codes
    /// says how many, between which.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A function item's type is named by its path, whose last segment
        // is the function's name; a closure's path ends in `{{closure}}`; a
        // function pointer's type, `fn(u16) -> bool`, has no path.
        let full = core::any::type_name::<F>();
        let last = full.rsplit("::").next().unwrap_or(full);
        let name = if last.starts_with('{') {
            "a closure"
        } else {
            last
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

/// A list of codes, met by any code it holds.
impl<Via, T: Code<Via>> Expectation<Listed<Via>> for [T] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.iter().any(|known| known.code() == code)
    }

    /// Writes `one of 200 OK, 204 No Content`.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("one of no codes (the list is empty)");
        }
        f.write_str("one of ")?;
        for (at, known) in self.iter().enumerate() {
            let separator = if at == 0 { "" } else { ", " };
            write!(f, "{separator}{}", describe(known.code()))?;
        }
        Ok(())
    }
}

impl<Via, T: Code<Via>, const N: usize> Expectation<Listed<Via>> for [T; N] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self[..].admits(code)
    }

    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self[..].explain(f)
    }
}

/// A reference to an expectation, met as the expectation is.
impl<Form, E: Expectation<Form> + ?Sized> Expectation<&Form> for &E {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        (**self).admits(code)
    }

    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).explain(f)
    }
}

/// An inclusive range of codes, `200..=204`, met by the codes in it.
impl Expectation<InRange> for RangeInclusive<u16> {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.contains(&code)
    }

    /// Writes `200..=204 (200 OK to 204 No Content)`.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
impl Expectation<InRange> for Range<u16> {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self.contains(&code)
    }

    /// Writes `200..300 (200 OK to 299 (2xx code without a constant))`.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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

/// Asserts that a status code is what a test expects, and on failure says
/// which status came back.
///
/// `assert_status!(actual, expected)` or `assert_status!(actual, expected,
/// "format {}", args)`:
///
/// - `actual` is a [`Code`], or a reference to one: a `u16`; the `http`
///   crate's `StatusCode` (1.x or 0.2) as it is, so `res.status()` from
///   axum, actix-web, hyper or reqwest needs no `.as_u16()`; or a type
///   that [`constants!`](crate::constants) was given a way to read its code
///   from, so `res.status()` from Rocket works as it is too;
/// - `expected` is any [`Expectation`]: a code (`HTTP_201_CREATED`, `201`,
///   `StatusCode::CREATED`, or a constant of your own `status` module); one
///   of the crate's predicates (`status::is_success`, `is_error`, ...) or
///   any other `Fn(u16) -> bool`; a [`Class`](crate::status::Class); a range
///   (`200..=204`); a list of codes, an array or a slice
///   (`[status::HTTP_200_OK, status::HTTP_204_NO_CONTENT]`); or a reference
///   to any of these. It is borrowed, not moved, so a closure or an
///   expectation of your own can be used again after the assertion;
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
/// A value that is no status, such as a signed or wider integer or a
/// `bool`, is a compile error, not a silent truncation; on Rust 1.78 and
/// later the error says which type was given and what a status is:
///
/// ```compile_fail,E0277
/// # use http_status::assert_status;
/// let code: i64 = 200;
/// assert_status!(code, 200);
/// ```
///
/// ```compile_fail,E0277
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
    // Literals are typed here, so that `201` and `[200, 204]` hold `u16`s,
    // never `i32`s.
    ($actual:expr, $expected:literal $(, $($message:tt)*)?) => {
        $crate::__private::check(
            &$actual,
            &{ let code: ::core::primitive::u16 = $expected; code },
            [::core::stringify!($actual), ::core::stringify!($expected)],
            $crate::__message!($($($message)*)?),
        )
    };
    ($actual:expr, [$($code:literal),* $(,)?] $(, $($message:tt)*)?) => {
        $crate::__private::check(
            &$actual,
            &[$({ let code: ::core::primitive::u16 = $code; code }),*],
            [::core::stringify!($actual), ::core::stringify!([$($code),*])],
            $crate::__message!($($($message)*)?),
        )
    };
    ($actual:expr, &[$($code:literal),* $(,)?] $(, $($message:tt)*)?) => {
        $crate::__private::check(
            &$actual,
            &&[$({ let code: ::core::primitive::u16 = $code; code }),*],
            [::core::stringify!($actual), ::core::stringify!(&[$($code),*])],
            $crate::__message!($($($message)*)?),
        )
    };
    ($actual:expr, $expected:expr $(, $($message:tt)*)?) => {
        // Both are borrowed: `expected` can be used again afterwards.
        $crate::__private::check(
            &$actual,
            &$expected,
            [::core::stringify!($actual), ::core::stringify!($expected)],
            $crate::__message!($($($message)*)?),
        )
    };
}

/// The failure message of [`assert_status!`](crate::assert_status), if
/// the call gives one: a closure that writes it, so that it is evaluated
/// only on failure.
#[doc(hidden)]
#[macro_export]
macro_rules! __message {
    () => {
        ::core::option::Option::None
    };
    ($($message:tt)+) => {
        ::core::option::Option::Some(
            &|f: &mut ::core::fmt::Formatter<'_>| ::core::write!(f, $($message)+),
        )
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
