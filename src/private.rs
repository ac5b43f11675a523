//! What the exported macros expand to: public so that a user's crate can
//! reach it, hidden so that no user names it by accident. Nothing here is
//! covered by semver, except through the items that a module made by
//! [`constants!`](crate::constants) re-exports from [`any_code`].

use crate::assert::{Converts, Expectation};
use crate::status::describe;
use core::convert::Infallible;
use core::fmt;
use core::marker::PhantomData;

/// A failure's own message: a closure that writes it.
pub type Message<'a> = Option<&'a dyn Fn(&mut fmt::Formatter<'_>) -> fmt::Result>;

/// Panics with the failure message of `assert_status!`: `actual` is the
/// code that came back, `written` the two arguments as the call spelled
/// them.
#[cold]
#[inline(never)]
#[track_caller]
pub fn fail<Form>(
    actual: u16,
    expected: &dyn Expectation<Form>,
    [actual_written, expected_written]: [&str; 2],
    message: Message<'_>,
) -> ! {
    panic!(
        "{}",
        Failure {
            actual,
            expected: Explained(expected),
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
struct Explained<'a, Form>(&'a dyn Expectation<Form>);

impl<Form> fmt::Display for Explained<'_, Form> {
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

/// How a failure names a predicate, from its type's name: a function by
/// the last segment of its path, less any generic arguments
/// (`is_success`), a closure as `a closure` (its path ends in
/// `{{closure}}`), and a function pointer, whose type has no path, as `a
/// function pointer`; and whether it is one of this crate's own, whose
/// path starts with the crate's name.
#[must_use]
pub fn predicate_name(type_name: &str) -> (&str, bool) {
    if type_name.ends_with("}}") {
        return ("a closure", false);
    }
    if !type_name.contains("::") {
        return ("a function pointer", false);
    }
    let path = without_generic_arguments(type_name);
    let name = path.rsplit("::").next().unwrap_or(path);
    (name, path.starts_with("http_status::"))
}

/// A path less the generic arguments at its end: `f` of `f<u8, Vec<u8>>`.
fn without_generic_arguments(path: &str) -> &str {
    if !path.ends_with('>') {
        return path;
    }
    let mut depth = 0_usize;
    for (at, byte) in path.bytes().enumerate().rev() {
        match byte {
            b'>' => depth += 1,
            b'<' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return &path[..at];
                }
            }
            _ => {}
        }
    }
    path
}

/// The predicates, `class` and the lookups of [`status`](crate::status),
/// taking any [`Code`](crate::assert::Code): a `u16` as they do, or a
/// framework's status as it is. A module made by
/// [`constants!`](crate::constants) re-exports them, so that
/// `status::is_success(res.status())` works in it.
pub mod any_code {
    // A status is taken as it is, `status::is_success(res.status())`, as the
    // `u16` functions take theirs; the types that stand for one are `Copy`
    // in practice, and a reference is a `Code` too.
    #![allow(clippy::needless_pass_by_value)]

    use crate::assert::Code;
    use crate::status::{self, Class, Description, Reference};

    /// Whether the code is informational, 1xx: [`status::is_informational`]
    /// of any [`Code`].
    #[must_use]
    #[inline]
    pub fn is_informational<Via>(code: impl Code<Via>) -> bool {
        status::is_informational(code.code())
    }

    /// Whether the code is successful, 2xx: [`status::is_success`] of any
    /// [`Code`].
    #[must_use]
    #[inline]
    pub fn is_success<Via>(code: impl Code<Via>) -> bool {
        status::is_success(code.code())
    }

    /// Whether the code is a redirection, 3xx: [`status::is_redirect`] of
    /// any [`Code`].
    #[must_use]
    #[inline]
    pub fn is_redirect<Via>(code: impl Code<Via>) -> bool {
        status::is_redirect(code.code())
    }

    /// Whether the code is a client error, 4xx:
    /// [`status::is_client_error`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn is_client_error<Via>(code: impl Code<Via>) -> bool {
        status::is_client_error(code.code())
    }

    /// Whether the code is a server error, 5xx:
    /// [`status::is_server_error`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn is_server_error<Via>(code: impl Code<Via>) -> bool {
        status::is_server_error(code.code())
    }

    /// Whether the code is an error, 4xx or 5xx: [`status::is_error`] of
    /// any [`Code`].
    #[must_use]
    #[inline]
    pub fn is_error<Via>(code: impl Code<Via>) -> bool {
        status::is_error(code.code())
    }

    /// Whether a response with the code cannot have content:
    /// [`status::cannot_have_content`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn cannot_have_content<Via>(code: impl Code<Via>) -> bool {
        status::cannot_have_content(code.code())
    }

    /// Whether a response with the code is heuristically cacheable:
    /// [`status::is_heuristically_cacheable`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn is_heuristically_cacheable<Via>(code: impl Code<Via>) -> bool {
        status::is_heuristically_cacheable(code.code())
    }

    /// The class of the code: [`status::class`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn class<Via>(code: impl Code<Via>) -> Option<Class> {
        status::class(code.code())
    }

    /// The code's reason phrase: [`status::reason_phrase`] of any
    /// [`Code`].
    #[must_use]
    #[inline]
    pub fn reason_phrase<Via>(code: impl Code<Via>) -> Option<&'static str> {
        status::reason_phrase(code.code())
    }

    /// DRF's name of the code: [`status::name`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn name<Via>(code: impl Code<Via>) -> Option<&'static str> {
        status::name(code.code())
    }

    /// RFC 9110's name of the code, where it differs from DRF's:
    /// [`status::alias`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn alias<Via>(code: impl Code<Via>) -> Option<&'static str> {
        status::alias(code.code())
    }

    /// What the code means: [`status::meaning`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn meaning<Via>(code: impl Code<Via>) -> Option<&'static str> {
        status::meaning(code.code())
    }

    /// Where the code is defined: [`status::reference()`] of any [`Code`].
    #[must_use]
    #[inline]
    pub fn reference<Via>(code: impl Code<Via>) -> Option<Reference> {
        status::reference(code.code())
    }

    /// The code for log lines and messages: [`status::describe`] of any
    /// [`Code`].
    #[inline]
    pub fn describe<Via>(code: impl Code<Via>) -> Description {
        status::describe(code.code())
    }

    /// The code a client treats the code as: [`status::understood_as`] of
    /// any [`Code`].
    #[must_use]
    #[inline]
    pub fn understood_as<Via>(code: impl Code<Via>) -> u16 {
        status::understood_as(code.code())
    }
}

/// Whether a type is a [`Code`](crate::assert::Code) by [`Converts`], for
/// `constants!` with `, CODE`: `<Probe<T>>::CONVERTS` is this inherent
/// constant, `true`, when `T` meets the bounds of that impl, and
/// [`Otherwise`]'s `false` when it does not. The bounds are those of
/// `Code<Converts>`'s impl, word for word.
pub struct Probe<T: ?Sized>(PhantomData<T>, Infallible);

impl<T: Copy + PartialEq<u16> + TryInto<u16>> Probe<T> {
    /// `T` is a [`Code`](crate::assert::Code) by [`Converts`].
    pub const CONVERTS: bool = true;
}

/// The answer of [`Probe`] for a type that does not convert.
pub trait Otherwise {
    /// `Self` is no [`Code`](crate::assert::Code) by [`Converts`].
    const CONVERTS: bool = false;
}

impl<T: ?Sized> Otherwise for Probe<T> {}

/// The bound of a module's `ReadCode` impls: [`Probe`]'s answer for the
/// module's type, and a type that carries the impls' lifetime, so that the
/// bound is no trivial one, which stable Rust refuses when it fails.
pub struct Converting<const CONVERTS: bool, T: ?Sized>(PhantomData<T>, Infallible);

/// Holds for a type that does not convert into `u16`, whose code only the
/// function that `constants!` was given reads: the `ReadCode` impls of a
/// type that converts do not apply, so that no call has two ways to its
/// code.
pub trait ReadsItsCode {}

impl<T: ?Sized> ReadsItsCode for Converting<false, T> {}

/// Writes a code as an expected one, as a code of [`Converts`] writes
/// itself: `201 Created (HTTP_201_CREATED)`.
#[inline]
pub fn explain_code(code: u16, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    <u16 as Expectation<Converts>>::explain(&code, f)
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

#[cfg(test)]
mod tests {
    use super::{predicate_name, without_generic_arguments};
    use crate::assert::Expectation;
    use core::fmt;

    /// A predicate of the crate's own that holds for no code.
    fn never(_: u16) -> bool {
        false
    }

    /// A predicate of the crate's own that holds for 200 and 204.
    fn done(code: u16) -> bool {
        code == 200 || code == 204
    }

    /// The `expected:` text of a predicate.
    struct Shown<F>(F);

    impl<F: Fn(u16) -> bool> fmt::Display for Shown<F> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.explain(f)
        }
    }

    /// Writes `shown` into `buffer`, whole, and returns the text.
    fn write_into(buffer: &mut [u8; 64], shown: impl fmt::Display) -> &str {
        struct Cursor<'b>(&'b mut [u8], usize);
        impl fmt::Write for Cursor<'_> {
            fn write_str(&mut self, text: &str) -> fmt::Result {
                let end = self.1 + text.len();
                self.0
                    .get_mut(self.1..end)
                    .ok_or(fmt::Error)?
                    .copy_from_slice(text.as_bytes());
                self.1 = end;
                Ok(())
            }
        }
        let mut into = Cursor(buffer, 0);
        fmt::write(&mut into, format_args!("{shown}")).unwrap();
        let length = into.1;
        core::str::from_utf8(&buffer[..length]).unwrap()
    }

    #[test]
    fn the_crates_own_predicates_say_which_codes_they_hold_for() {
        let mut buffer = [0; 64];
        assert_eq!(
            write_into(&mut buffer, Shown(never)),
            "never (true of no code)"
        );
        assert_eq!(
            write_into(&mut buffer, Shown(done)),
            "done (true of 2 codes in 200..=204)"
        );
        assert_eq!(
            write_into(&mut buffer, Shown(crate::status::is_redirect)),
            "is_redirect (300..=399)"
        );
    }

    #[test]
    fn a_predicate_is_named_by_its_type() {
        assert_eq!(
            predicate_name("http_status::status::is_success"),
            ("is_success", true)
        );
        assert_eq!(
            predicate_name(
                "http_status::__private::any_code::is_success<http_status::assert::Converts, u16>"
            ),
            ("is_success", true)
        );
        assert_eq!(predicate_name("app::checks::created"), ("created", false));
        assert_eq!(
            predicate_name("app::main::{{closure}}"),
            ("a closure", false)
        );
        assert_eq!(
            predicate_name("http_status::tests::f<u8>::{{closure}}"),
            ("a closure", false)
        );
        assert_eq!(
            predicate_name("fn(u16) -> bool"),
            ("a function pointer", false)
        );
        assert_eq!(predicate_name("http_status_extra::is_ok"), ("is_ok", false));
    }

    #[test]
    fn generic_arguments_are_cut_at_their_opening_bracket() {
        assert_eq!(without_generic_arguments("a::f"), "a::f");
        assert_eq!(without_generic_arguments("a::f<u8>"), "a::f");
        assert_eq!(
            without_generic_arguments("a::f<b::V<u8>, c::W<d::X<u8>>>"),
            "a::f"
        );
        assert_eq!(without_generic_arguments("a::f<u8>::g<u16>"), "a::f<u8>::g");
        // Unbalanced, as no type name is: left as it is.
        assert_eq!(without_generic_arguments("a::f>"), "a::f>");
    }
}
