//! Status assertions whose failure says which status came back:
//! [`assert_status!`](crate::assert_status) and
//! [`debug_assert_status!`](crate::debug_assert_status), with the traits
//! that say what they accept: [`Code`], a value that stands for a status
//! code, and [`Expectation`], what a test expects of one.

use crate::status::{describe, Class};
use core::convert::Infallible;
use core::fmt;
use core::marker::PhantomData;
use core::ops::{Deref, Range, RangeInclusive};

/// A value that stands for a status code: a `u16`, a type that converts
/// into one and compares with one, such as the `http` crate's
/// `StatusCode`, a reference or smart pointer to either, or a type that
/// [`constants!`](crate::constants) was given a way to read its code from,
/// such as Rocket's `Status`.
///
/// `Via` is the way the value stands for its code: [`Converts`],
/// [`Pointer`], or the `ReadCode` of a module that `constants!` made. It
/// is always inferred; a function that takes any code names it as a type
/// parameter, as [`assert_status!`](crate::assert_status)'s page shows.
///
/// ```
/// use http_status::assert::Code;
///
/// assert_eq!(Code::code(&404_u16), 404);
/// assert_eq!(Code::code(&&404_u16), 404);
/// ```
#[cfg_attr(
    http_status_diagnostics,
    diagnostic::on_unimplemented(
        message = "`{Self}` is not a status code",
        label = "expected a status code, found `{Self}`",
        note = "a status code is a `u16`, a type that converts into one such as \
                `http::StatusCode`, or one that `constants!` reads; for a response, give \
                `res.status()`; for another integer type, `u16::try_from(code).unwrap()`"
    )
)]
pub trait Code<Via> {
    /// The code this value stands for.
    fn code(&self) -> u16;
}

/// The way a `u16`, and any `Copy` type that converts into one and
/// compares with one, stands for a code, as [`Code`]'s `Via` and, when it
/// is expected, as [`Expectation`]'s `Form`: `http::StatusCode` (1.x and
/// 0.2) converts and compares so. The comparison keeps out `bool`, which
/// converts into 0 or 1 but is no status. No value of this type exists.
pub enum Converts {}

/// The way a reference or a smart pointer stands for the code, or the
/// expectation, that it points to, as [`Code`]'s `Via` and [`Expectation`]'s
/// `Form`: `&StatusCode`, `Box<u16>`, `&[u16]` or `Vec<u16>`. `Of` is the
/// way of what it points to. No value of this type exists.
pub struct Pointer<Of>(Infallible, PhantomData<Of>);

/// The form of a predicate, a function or closure `Fn(u16) -> bool`, as
/// [`Expectation`]'s `Form`. No value of this type exists.
pub enum Predicate {}

/// The form of a [`Class`], as [`Expectation`]'s `Form`. No value of this
/// type exists.
pub enum InClass {}

/// The form of a range of `u16`, as [`Expectation`]'s `Form`. No value of
/// this type exists.
pub enum InRange {}

/// The form of a list of codes, an array or a slice, met by any one of
/// them, as [`Expectation`]'s `Form`; `Of` is the way each code in it
/// stands for its code. No value of this type exists.
pub struct OneOf<Of>(Infallible, PhantomData<Of>);

/// A `u16`, and any `Copy` type that compares with one and converts into
/// one, as `http::StatusCode` does. The conversion is asked of `TryInto`,
/// which every `Into<u16>` type has too; a conversion that fails gives 0,
/// which no status has and every failure message says is none.
impl<T: Copy + PartialEq<u16> + TryInto<u16>> Code<Converts> for T {
    #[inline]
    fn code(&self) -> u16 {
        (*self).try_into().unwrap_or(0)
    }
}

/// A reference or smart pointer to a code: `&StatusCode`, `Box<u16>`.
impl<Of, P: Deref> Code<Pointer<Of>> for P
where
    P::Target: Code<Of>,
{
    #[inline]
    fn code(&self) -> u16 {
        (**self).code()
    }
}

/// What [`assert_status!`](crate::assert_status) can expect of a code.
///
/// Implemented for:
/// - a code: `HTTP_201_CREATED` or `201`, `http`'s `StatusCode::CREATED`,
///   or your framework's status type as [`constants!`](crate::constants)
///   makes it, met by that code alone;
/// - a [`Class`]: `Class::ClientError`, met by its hundred codes;
/// - a predicate, anything `Fn(u16) -> bool`: `status::is_success` and the
///   crate's other predicates, or a function or closure of your own;
/// - a range of `u16`, `200..=204` or `200..300`, met by the codes in it;
/// - a list of codes, an array or a slice of any [`Code`]:
///   `[HTTP_200_OK, HTTP_204_NO_CONTENT]`, a `const` array of your
///   framework's statuses, or a `&[u16]`, met by each code it holds;
/// - a reference or smart pointer to a code, a `Class`, a range or a list,
///   such as a `Vec<u16>`, met as what it points to. A predicate is given as
///   it is: a reference to one is a predicate too, and so is ambiguous.
///
/// `Form` tells these apart: [`Converts`], [`InClass`], [`Predicate`],
/// [`InRange`], [`OneOf`], [`Pointer`], or the `ReadCode` of a module that
/// `constants!` made. It is always inferred; a test helper that takes
/// whatever the macro takes names it as a type parameter, as
/// [`assert_status!`](crate::assert_status)'s page shows.
///
/// A reference to a predicate is refused as ambiguous, since it is a
/// predicate itself and a reference to one:
///
/// ```compile_fail,E0283
/// let is_created = |code: u16| code == 201;
/// http_status::assert_status!(201_u16, &is_created);
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
/// assert_status!(404_u16, &Cacheable);
/// ```
#[cfg_attr(
    http_status_diagnostics,
    diagnostic::on_unimplemented(
        message = "`{Self}` is not an expected status",
        label = "expected a code, a predicate, a `Class`, a range or a list of codes, found \
                 `{Self}`",
        note = "for a status of another integer type, convert it: `u16::try_from(code).unwrap()`"
    )
)]
pub trait Expectation<Form> {
    /// Whether `code` meets the expectation.
    fn admits(&self, code: u16) -> bool;

    /// Writes what is expected, for the `expected:` line of a failure.
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// A code, met by itself alone.
impl<T: Copy + PartialEq<u16> + TryInto<u16>> Expectation<Converts> for T {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        <T as Code<Converts>>::code(self) == code
    }

    /// Writes the code as [`describe`] does, with its name: `201 Created
    /// (HTTP_201_CREATED)`.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", describe(<T as Code<Converts>>::code(self)))
    }
}

/// A reference or smart pointer to an expectation, met as the expectation
/// is: `&HTTP_201_CREATED`, `&[200, 204]`, `Vec<u16>`.
impl<Of, P: Deref> Expectation<Pointer<Of>> for P
where
    P::Target: Expectation<Of>,
{
    #[inline]
    fn admits(&self, code: u16) -> bool {
        (**self).admits(code)
    }

    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).explain(f)
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
    /// Calls the predicate with the code.
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self(code)
    }

    /// Writes a function by its name and a closure as `a closure`, without
    /// calling it. One of the crate's own predicates, such as
    /// `status::is_success`, also says which codes it holds for, found by
    /// asking it of every `u16`: `is_success (200..=299)`; one true for a
    /// broken run of codes says how many, between which.
    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (name, own) = crate::__private::predicate_name(core::any::type_name::<F>());
        if !own {
            return f.write_str(name);
        }
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
impl<Of, T: Code<Of>> Expectation<OneOf<Of>> for [T] {
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

impl<Of, T: Code<Of>, const N: usize> Expectation<OneOf<Of>> for [T; N] {
    #[inline]
    fn admits(&self, code: u16) -> bool {
        self[..].admits(code)
    }

    #[inline]
    fn explain(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self[..].explain(f)
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
/// - `actual` is a [`Code`](crate::assert::Code): a `u16`; the `http`
///   crate's `StatusCode` (1.x or 0.2) as it is, so `res.status()` from
///   axum, actix-web, hyper or reqwest needs no `.as_u16()`; a type that
///   [`constants!`](crate::constants) was given a way to read its code
///   from, so `res.status()` from Rocket works as it is too; or a reference
///   or smart pointer to any of these;
/// - `expected` is any [`Expectation`](crate::assert::Expectation): a code
///   (`HTTP_201_CREATED`, `201`, `StatusCode::CREATED`, or a constant of
///   your own `status` module); one of the crate's predicates
///   (`status::is_success`, `is_error`, ...) or any other `Fn(u16) ->
///   bool`; a [`Class`](crate::status::Class); a range (`200..=204`); a list
///   of codes, an array or a slice (`[status::HTTP_200_OK,
///   status::HTTP_204_NO_CONTENT]`); or a reference or smart pointer to any
///   of these but a predicate, which is given as it is. It is borrowed, not
///   moved, so a closure or an expectation of your own can be used again
///   after the assertion;
/// - the optional message takes `format!`'s arguments, as `assert!`'s does.
///
/// Each argument is evaluated once, `actual` first; the message only on
/// failure. A predicate of your own is called once, with the actual code;
/// the failure names it and does not call it again. It works in `no_std`
/// crates, with core's `panic!`.
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
/// A test helper that takes whatever the macro takes names the two traits
/// with a type parameter each, `Via` and `Form`, which every call infers;
/// with `#[track_caller]`, its failures point at the line that called it:
///
/// ```should_panic
/// use http_status::assert::{Code, Expectation};
/// use http_status::assert_status;
/// use http_status::status;
///
/// #[track_caller]
/// fn assert_answers<Via, Form>(status: impl Code<Via>, expected: impl Expectation<Form>) {
///     assert_status!(status, expected, "the service answered");
/// }
///
/// assert_answers(201_u16, status::HTTP_201_CREATED);
/// assert_answers(201_u16, [200, 201]);
/// assert_answers(&201_u16, status::Class::Successful);
/// // Fails with "expected: is_success (200..=299)", pointing at this line.
/// assert_answers(404_u16, status::is_success);
/// ```
///
/// A value that is no status, such as a signed or wider integer, a `bool`
/// or a whole response, is a compile error, not a silent truncation; on
/// Rust 1.78 and later the error names the type given, says what a status
/// is, and how to get one (`u16::try_from(code)`, `res.status()`):
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
// The actual status goes straight to `Code::code`, and the expectation is
// borrowed as a `dyn Expectation`, so that a value that is neither is one
// error, in the traits' own words.
#[macro_export]
macro_rules! assert_status {
    // Literals are typed here, so that `201` and `[200, 204]` hold `u16`s,
    // never `i32`s.
    ($actual:expr, $expected:literal $(, $($message:tt)*)?) => {{
        let actual: ::core::primitive::u16 = $crate::assert::Code::code(&$actual);
        let expected: &dyn $crate::assert::Expectation<_> = &{ let code: ::core::primitive::u16 = $expected; code };
        if !$crate::assert::Expectation::admits(expected, actual) {
            $crate::__private::fail(
                actual,
                expected,
                [::core::stringify!($actual), ::core::stringify!($expected)],
                $crate::__message!($($($message)*)?),
            );
        }
    }};
    ($actual:expr, [$($code:literal),* $(,)?] $(, $($message:tt)*)?) => {{
        let actual: ::core::primitive::u16 = $crate::assert::Code::code(&$actual);
        let expected: &dyn $crate::assert::Expectation<_> = &[$({ let code: ::core::primitive::u16 = $code; code }),*];
        if !$crate::assert::Expectation::admits(expected, actual) {
            $crate::__private::fail(
                actual,
                expected,
                [::core::stringify!($actual), ::core::stringify!([$($code),*])],
                $crate::__message!($($($message)*)?),
            );
        }
    }};
    ($actual:expr, &[$($code:literal),* $(,)?] $(, $($message:tt)*)?) => {{
        let actual: ::core::primitive::u16 = $crate::assert::Code::code(&$actual);
        let expected: &dyn $crate::assert::Expectation<_> = &&[$({ let code: ::core::primitive::u16 = $code; code }),*];
        if !$crate::assert::Expectation::admits(expected, actual) {
            $crate::__private::fail(
                actual,
                expected,
                [::core::stringify!($actual), ::core::stringify!(&[$($code),*])],
                $crate::__message!($($($message)*)?),
            );
        }
    }};
    ($actual:expr, $expected:expr $(, $($message:tt)*)?) => {{
        let actual: ::core::primitive::u16 = $crate::assert::Code::code(&$actual);
        let expected: &dyn $crate::assert::Expectation<_> = &$expected;
        if !$crate::assert::Expectation::admits(expected, actual) {
            $crate::__private::fail(
                actual,
                expected,
                [::core::stringify!($actual), ::core::stringify!($expected)],
                $crate::__message!($($($message)*)?),
            );
        }
    }};
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
