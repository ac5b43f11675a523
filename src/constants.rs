//! [`constants!`](crate::constants): the named codes in a type of the
//! caller's choosing, such as a web framework's status type.

/// Makes the module where it is called DRF's whole `status` module, with
/// every constant (DRF's names and RFC 9110's) a `const` of a status type
/// of your choosing, so that a handler returns `status::HTTP_201_CREATED`
/// as it is and a test asserts on the response's status as it is.
///
/// - `constants!(TYPE, CONSTRUCTOR)`: `CONSTRUCTOR` is a path to a
///   `const fn(u16) -> TYPE`, such as Rocket's `Status::new`, or a
///   four-line `const fn` of your own around a constructor that returns a
///   `Result`.
/// - `constants!(TYPE, try CONSTRUCTOR)`: `CONSTRUCTOR` is a `const fn(u16)
///   -> Result<TYPE, E>`, such as `http::StatusCode::from_u16` from `http`
///   1.4 on. An `Err` for any code fails the build, naming the code; none
///   is left for run time.
/// - `constants!(TYPE, http 0.2)`: `TYPE` is `http` 0.2's `StatusCode`, by
///   any path (`actix_web::http::StatusCode`, `reqwest::StatusCode` of
///   reqwest 0.11), whose `from_u16` is no `const fn`. Each constant is the
///   type's own: `HTTP_201_CREATED` is `StatusCode::CREATED`, and
///   `HTTP_413_CONTENT_TOO_LARGE` is `StatusCode::PAYLOAD_TOO_LARGE`. `http`
///   0.2 names no constant for 103 Early Hints, 306 (Unused), 425 Too Early
///   and 509 Bandwidth Limit Exceeded (its
///   [`src/status.rs`](https://github.com/hyperium/http/blob/v0.2.12/src/status.rs),
///   0.2.12, the last 0.2 release), so the module has none of those four
///   names, and its `ALL` leaves them out.
/// - `constants!(TYPE, CONSTRUCTOR, CODE)` or `constants!(TYPE, try
///   CONSTRUCTOR, CODE)`: for a type that does not convert into `u16`,
///   such as Rocket's `Status`, `CODE` is a function or closure `fn(&TYPE)
///   -> u16` that reads the code back, such as `|status| status.code`.
///   With it, the type is an [`assert::Code`](crate::assert::Code): the
///   module's functions and [`assert_status!`](crate::assert_status) take
///   it as they take a `u16`, as the actual status and in what they
///   expect. A type that converts into `u16` and compares with one is read
///   by its conversion, as without `CODE`, and `CODE` is then not called.
///
/// The module then holds, beside the constants:
///
/// - the predicates (`status::is_success`), `class`, `describe`,
///   `meaning`, `reason_phrase`, `name`, `alias`, `reference` and
///   `understood_as`, each taking any [`Code`](crate::assert::Code): a
///   `u16` as [`status`](crate::status)'s do, or the framework's status as
///   it is, `status::is_success(res.status())`; they are not `const fn`,
///   as `status`'s are, since they read a code through a trait;
/// - `Class`, `Description`, `Reference`, `from_name` and `from_phrase` of
///   [`status`](crate::status), re-exported as they are, and `ALL`, the
///   codes that have a constant in the module;
/// - with `CODE`, `ReadCode`, the way its type stands for a code, which
///   calls infer.
///
/// So a file needs no second import, and `use http_status::status;` beside
/// the module would clash with it. Each constant is `pub const NAME:
/// TYPE`, documented with what its code means, as the `u16` constants are,
/// so an editor's hover says it. Adding a code to the crate's table adds
/// it here. A crate that does not call the macro pays nothing for it.
///
/// The line in each framework, as `interop/` in the crate's repository runs
/// it with a service and its tests:
///
/// | framework | the line in `mod status { }` | in a test |
/// | --- | --- | --- |
/// | axum 0.8 | `http_status::constants!(axum::http::StatusCode, try axum::http::StatusCode::from_u16);` | `assert_status!(res.status(), ...)` |
/// | poem 3 | `http_status::constants!(poem::http::StatusCode, try poem::http::StatusCode::from_u16);` | `assert_status!(res.0.status(), ...)` |
/// | Rocket 0.5 | `http_status::constants!(rocket::http::Status, rocket::http::Status::new, \|status\| status.code);` | `assert_status!(res.status(), ...)` |
/// | actix-web 4 | `http_status::constants!(actix_web::http::StatusCode, http 0.2);` | `assert_status!(res.status(), ...)` |
///
/// Rocket's attributes take number literals (`#[catch(404)]`,
/// `#[response(status = 201)]`): write the number there, and the constant
/// everywhere else. hyper 1, reqwest 0.12, salvo 1, ureq 3 and warp 0.4
/// use `http` 1.x, so the axum line serves with their paths; reqwest 0.11
/// and warp 0.3 use `http` 0.2, so the actix-web line does. `try` needs a
/// `const` constructor: `http`'s `StatusCode::from_u16` is one from `http`
/// 1.4 on (run `cargo update -p http` if an older 1.x is locked), and is
/// none in 0.2, where `try` fails with error E0015, a call of a function
/// that is not `const`.
///
/// ```
/// // A status type with a `const fn new(u16)` and a public `code`, as
/// // Rocket's `Status` has, and no conversion into `u16`.
/// #[derive(Clone, Copy, Debug, PartialEq)]
/// pub struct Status {
///     pub code: u16,
/// }
///
/// impl Status {
///     pub const fn new(code: u16) -> Status {
///         Status { code }
///     }
/// }
///
/// mod status {
///     http_status::constants!(super::Status, super::Status::new, |status| status.code);
/// }
///
/// use http_status::assert_status;
///
/// fn create() -> (Status, &'static str) {
///     (status::HTTP_201_CREATED, "7")
/// }
///
/// const GONE: Status = status::HTTP_410_GONE;
///
/// fn main() {
///     let (created, _) = create();
///     assert_status!(created, status::HTTP_201_CREATED);
///     assert_status!(created, status::is_success);
///     assert_status!(GONE, [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE]);
///     assert!(status::is_success(created) && status::is_success(201));
///     assert_eq!(status::class(GONE), Some(status::Class::ClientError));
///     assert_eq!(status::reason_phrase(created), Some("Created"));
///     assert_eq!(status::HTTP_422_UNPROCESSABLE_CONTENT.code, 422);
/// }
/// ```
///
/// With a constructor that returns a `Result`, as `http`'s does:
///
/// ```
/// # #[derive(Clone, Copy, PartialEq)]
/// # pub struct StatusCode(u16);
/// # #[derive(Debug)]
/// # pub struct InvalidStatusCode;
/// # impl StatusCode {
/// #     pub const fn from_u16(code: u16) -> Result<StatusCode, InvalidStatusCode> {
/// #         if 100 <= code && code < 1000 { Ok(StatusCode(code)) } else { Err(InvalidStatusCode) }
/// #     }
/// # }
/// # impl PartialEq<u16> for StatusCode {
/// #     fn eq(&self, code: &u16) -> bool { self.0 == *code }
/// # }
/// # impl From<StatusCode> for u16 {
/// #     fn from(status: StatusCode) -> u16 { status.0 }
/// # }
/// mod status {
///     http_status::constants!(super::StatusCode, try super::StatusCode::from_u16);
/// }
///
/// fn main() {
///     assert_eq!(status::HTTP_404_NOT_FOUND.0, 404);
///     // `StatusCode` converts into `u16`: the functions take it as it is.
///     assert!(status::is_client_error(status::HTTP_404_NOT_FOUND));
/// }
/// ```
///
/// For axum (`http` 1.4 or later) that is one line, and a handler returns
/// the constant as axum's own `StatusCode`, which converts into `u16` and so
/// needs no `CODE`:
///
/// ```ignore
/// mod status {
///     http_status::constants!(axum::http::StatusCode, try axum::http::StatusCode::from_u16);
/// }
///
/// async fn create_user() -> impl axum::response::IntoResponse {
///     (status::HTTP_201_CREATED, "7")
/// }
/// ```
///
/// For actix-web 4, the constants are `http` 0.2's own, and a handler and
/// its test use the one module:
///
/// ```ignore
/// mod status {
///     http_status::constants!(actix_web::http::StatusCode, http 0.2);
/// }
///
/// async fn create_user() -> actix_web::HttpResponse {
///     actix_web::HttpResponse::build(status::HTTP_201_CREATED).body("7")
/// }
///
/// // In a test: assert_status!(res.status(), status::HTTP_201_CREATED);
/// // or assert!(status::is_success(res.status()));
/// ```
///
/// The module's functions read a code through a trait, so they are not
/// `const fn`; in a `const`, use those of [`status`](crate::status):
///
/// ```compile_fail,E0015
/// # #[derive(Clone, Copy, PartialEq)]
/// # pub struct Status { pub code: u16 }
/// # impl Status { pub const fn new(code: u16) -> Status { Status { code } } }
/// mod status {
///     http_status::constants!(super::Status, super::Status::new, |status| status.code);
/// }
/// const CREATED_IS_SUCCESS: bool = status::is_success(201);
/// ```
///
/// A constructor that refuses a code fails the build at that constant:
///
/// ```compile_fail,E0080
/// pub struct Small(u16);
/// pub const fn small(code: u16) -> Result<Small, ()> {
///     if code < 500 { Ok(Small(code)) } else { Err(()) }
/// }
/// mod status {
///     http_status::constants!(super::Small, try super::small);
/// }
/// ```
#[macro_export]
macro_rules! constants {
    ($ty:ty, http 0.2 $(,)?) => {
        $crate::__status_module!(http_0_2 $ty);
    };
    ($ty:ty, try $constructor:path $(,)?) => {
        $crate::__status_module!(try $ty, $constructor);
    };
    ($ty:ty, try $constructor:path, $code:expr $(,)?) => {
        $crate::__status_module!(try $ty, $constructor, $code);
    };
    ($ty:ty, $constructor:path $(,)?) => {
        $crate::__status_module!(new $ty, $constructor);
    };
    ($ty:ty, $constructor:path, $code:expr $(,)?) => {
        $crate::__status_module!(new $ty, $constructor, $code);
    };
}

/// The module that [`constants!`](crate::constants) fills: the functions
/// that take any code, the other items of `status`, its constants as the
/// caller's type, and the way back to the code if one is given.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_module {
    (items) => {
        // Every item of `status` but its constants and `ALL`, which the
        // module has of its own; the functions that take a code, as they
        // take any `Code`.
        #[doc(no_inline)]
        pub use $crate::status::{from_name, from_phrase, Class, Description, Reference};
        pub use $crate::__private::any_code::{
            alias, cannot_have_content, class, describe, is_client_error, is_error,
            is_heuristically_cacheable, is_informational, is_redirect, is_server_error,
            is_success, meaning, name, reason_phrase, reference, understood_as,
        };
    };
    (http_0_2 $ty:ty) => {
        $crate::__status_module!(items);
        $crate::__constants!(http_0_2 $ty);
    };
    ($mode:ident $ty:ty, $constructor:path) => {
        $crate::__status_module!(items);
        #[doc(no_inline)]
        pub use $crate::status::ALL;
        $crate::__constants!($mode $ty, $constructor);
    };
    ($mode:ident $ty:ty, $constructor:path, $code:expr) => {
        $crate::__status_module!($mode $ty, $constructor);

        /// The way this module's type stands for a status code, read by the
        /// function that `constants!` was given: the `Via` of
        /// `http_status::assert::Code` and the `Form` of
        /// `http_status::assert::Expectation` for it, which every call
        /// infers. No value of it exists.
        pub enum ReadCode {}

        // A type that converts into `u16` is a code by its conversion
        // already: the bound keeps these impls from it.
        #[doc(hidden)]
        impl<'a> $crate::assert::Code<ReadCode> for $ty
        where
            $crate::__private::Converting<
                {
                    use $crate::__private::Otherwise as _;
                    <$crate::__private::Probe<$ty>>::CONVERTS
                },
                &'a (),
            >: $crate::__private::ReadsItsCode,
        {
            #[inline]
            fn code(&self) -> ::core::primitive::u16 {
                let read: fn(&$ty) -> ::core::primitive::u16 = $code;
                read(self)
            }
        }

        #[doc(hidden)]
        impl<'a> $crate::assert::Expectation<ReadCode> for $ty
        where
            $crate::__private::Converting<
                {
                    use $crate::__private::Otherwise as _;
                    <$crate::__private::Probe<$ty>>::CONVERTS
                },
                &'a (),
            >: $crate::__private::ReadsItsCode,
        {
            #[inline]
            fn admits(&self, code: ::core::primitive::u16) -> bool {
                <Self as $crate::assert::Code<ReadCode>>::code(self) == code
            }

            #[inline]
            fn explain(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::explain_code(
                    <Self as $crate::assert::Code<ReadCode>>::code(self),
                    f,
                )
            }
        }
    };
}
