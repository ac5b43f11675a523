//! What the exported macros expand to, and the types that tell apart the
//! forms of [`Code`] and [`Expectation`]: public so that a user's crate can
//! reach them, hidden so that no user names them by accident. Nothing here
//! is covered by semver.

use crate::assert::{Code, Expectation};
use crate::status::describe;
use core::fmt;
use core::marker::PhantomData;

/// The form of a code that converts into `u16`.
pub enum Converted {}

/// The form of a code that is expected alone.
pub struct Single<Via>(PhantomData<Via>);

/// The form of a list of codes.
pub struct Listed<Via>(PhantomData<Via>);

/// The form of a predicate.
pub enum Predicate {}

/// The form of a [`Class`](crate::status::Class).
pub enum InClass {}

/// The form of a range of codes.
pub enum InRange {}

/// The form of a reference to a code.
pub struct Borrowed<Via>(PhantomData<Via>);

/// The actual status of `assert_status!`: a [`Code`] or a reference to
/// one.
#[cfg_attr(
    http_status_diagnostics,
    diagnostic::on_unimplemented(
        message = "`{Self}` is no status code: a status is a `u16`, a type that converts into one \
                   and compares with one, such as `http::StatusCode`, or a type given to \
                   `constants!` with a way to read its code",
        label = "expected a status code, found `{Self}`"
    )
)]
pub trait Actual<Via> {
    /// The code of the status.
    fn code(&self) -> u16;
}

impl<Via, T: Code<Via>> Actual<Single<Via>> for T {
    #[inline]
    fn code(&self) -> u16 {
        Code::code(self)
    }
}

impl<Via, T: Code<Via>> Actual<Borrowed<Via>> for &T {
    #[inline]
    fn code(&self) -> u16 {
        Code::code(*self)
    }
}

/// A failure's own message: a closure that writes it.
pub type Message<'a> = Option<&'a dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result>;

/// What `assert_status!` does: reads the actual code, and panics with the
/// failure message unless `expected` admits it. `written` is the two
/// arguments as the call spelled them.
#[inline]
#[track_caller]
pub fn check<Via, Form, A: Actual<Via> + ?Sized, E: Expectation<Form> + ?Sized>(
    actual: &A,
    expected: &E,
    written: [&str; 2],
    message: Message<'_>,
) {
    let actual = actual.code();
    if !expected.admits(actual) {
        fail(actual, expected, written, message)
    }
}

/// Panics with the failure message of `assert_status!`.
#[cold]
#[track_caller]
fn fail<Form, E: Expectation<Form> + ?Sized>(
    actual: u16,
    expected: &E,
    [actual_written, expected_written]: [&str; 2],
    message: Message<'_>,
) -> ! {
    panic!(
        "{}",
        Failure {
            actual,
            expected: Explained(expected, PhantomData),
            actual_written,
            expected_written,
            message: message.map(Written),
        }
    )
}

/// A failure's own message, displayed as its closure writes it.
struct Written<'a>(&'a dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result);

impl fmt::Display for Written<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

/// An expectation, displayed as it explains itself.
struct Explained<'a, Form, E: ?Sized>(&'a E, PhantomData<Form>);

impl<Form, E: Expectation<Form> + ?Sized> fmt::Display for Explained<'_, Form, E> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.explain(f)
    }
}

/// The message of a failed status assertion, laid out as `assert_eq!` lays
/// out its own:
///
/// ```text
/// assertion failed: `res.status()` is not `status::is_success`: creating user 7
///   actual: 404 Not Found (HTTP_404_NOT_FOUND)
/// expected: is_success (200..=299)
/// ```
struct Failure<'a, Expected> {
    actual: u16,
    expected: Expected,
    actual_written: &'a str,
    expected_written: &'a str,
    message: Option<Written<'a>>,
}

impl<Expected: fmt::Display> fmt::Display for Failure<'_, Expected> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "assertion failed: `{}` is not `{}`",
            self.actual_written, self.expected_written
        )?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        write!(
            f,
            "\n  actual: {:#}\nexpected: {}",
            describe(self.actual),
            self.expected
        )
    }
}

/// One constant of `constants!`: the constructor applied to the code, or
/// for `try`, its `Ok` value, with `Err` a build error that names the code.
#[doc(hidden)]
#[macro_export]
macro_rules! __constant {
    (new $constructor:path, $code:literal) => {
        $constructor($code)
    };
    (try $constructor:path, $code:literal) => {
        match $constructor($code) {
            ::core::result::Result::Ok(status) => status,
            ::core::result::Result::Err(_) => ::core::panic!(::core::concat!(
                "http_status::constants!: the constructor returned Err for ",
                $code
            )),
        }
    };
}

/// A section of an RFC, for `http-status-rules`, whose rules name their
/// sections with the library's [`Reference`](crate::status::Reference).
#[must_use]
#[inline]
pub const fn reference(
    rfc: u16,
    section: &'static str,
    url: &'static str,
) -> crate::status::Reference {
    crate::status::Reference::new(rfc, section, url)
}
