//! `constants!`: every name of `status`, as a `const` of the caller's own
//! status type, made by its constructor.

use crate::common;

use common::{drf_rows, ALIASES, DRF};

/// A status type of the tests' own, with a `const fn new(u16)` as Rocket's
/// `Status` has, and a `Result` constructor as `http`'s `StatusCode` has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code(u16);

impl Code {
    pub const fn new(code: u16) -> Code {
        Code(code)
    }

    pub const fn checked(code: u16) -> Result<Code, &'static str> {
        if 100 <= code && code <= 599 {
            Ok(Code(code))
        } else {
            Err("not a status code")
        }
    }
}

mod typed {
    http_status::constants!(super::Code, super::Code::new);
}

mod tried {
    http_status::constants!(super::Code, try super::Code::checked,);
}

macro_rules! typed_rows {
    ($($constant:ident,)*) => {
        [$((stringify!($constant), typed::$constant, tried::$constant),)*]
    };
}

/// Each DRF name, with its constants from both forms.
const TYPED: [(&str, Code, Code); 64] = drf_rows!(typed_rows);

#[test]
fn every_drf_name_is_a_constant_of_the_callers_type_with_its_code() {
    for (&(name, code), (typed_name, typed, tried)) in DRF.iter().zip(TYPED) {
        assert_eq!(name, typed_name);
        assert_eq!(typed, Code(code), "{name}");
        assert_eq!(tried, Code(code), "{name}");
    }
}

#[test]
fn every_rfc_9110_name_is_one_too() {
    let typed = [
        typed::HTTP_413_CONTENT_TOO_LARGE,
        typed::HTTP_414_URI_TOO_LONG,
        typed::HTTP_416_RANGE_NOT_SATISFIABLE,
        typed::HTTP_422_UNPROCESSABLE_CONTENT,
    ];
    let tried = [
        tried::HTTP_413_CONTENT_TOO_LARGE,
        tried::HTTP_414_URI_TOO_LONG,
        tried::HTTP_416_RANGE_NOT_SATISFIABLE,
        tried::HTTP_422_UNPROCESSABLE_CONTENT,
    ];
    for ((&(name, code, _), typed), tried) in ALIASES.iter().zip(typed).zip(tried) {
        assert_eq!(typed, Code(code), "{name}");
        assert_eq!(tried, Code(code), "{name}");
    }
}

/// Made when the crate compiles: the constants are `const`, and patterns.
const CREATED: Code = typed::HTTP_201_CREATED;
const GONE: Code = tried::HTTP_410_GONE;

#[test]
fn the_constants_are_const_and_match_as_patterns() {
    assert_eq!((CREATED, GONE), (Code(201), Code(410)));
    let answer = |code: Code| match code {
        typed::HTTP_200_OK | typed::HTTP_201_CREATED => "done",
        tried::HTTP_404_NOT_FOUND => "missing",
        _ => "other",
    };
    assert_eq!(answer(Code(201)), "done");
    assert_eq!(answer(Code(404)), "missing");
    assert_eq!(answer(Code(500)), "other");
}

#[test]
fn a_handler_returns_a_constant_as_it_is() {
    fn create() -> (Code, &'static str) {
        (typed::HTTP_201_CREATED, "7")
    }
    assert_eq!(create(), (Code(201), "7"));
}

/// The README's table of DRF's module, with the module that `constants!`
/// made: every row holds with it alone, as with `http_status::status`.
#[test]
fn the_generated_module_is_drfs_whole_module() {
    use typed as status;
    let code: u16 = 404;
    assert!(!status::is_informational(code));
    assert!(!status::is_success(code));
    assert!(!status::is_redirect(code));
    assert!(status::is_client_error(code));
    assert!(!status::is_server_error(code));
    assert!(status::is_error(code));
    assert_eq!(status::HTTP_404_NOT_FOUND, Code(404));
    assert_eq!(status::class(code), Some(status::Class::ClientError));
    assert_eq!(status::describe(code).to_string(), "404 Not Found");
    assert_eq!(status::reason_phrase(code), Some("Not Found"));
    assert_eq!(status::name(code), Some("HTTP_404_NOT_FOUND"));
    assert_eq!(status::alias(413), Some("HTTP_413_CONTENT_TOO_LARGE"));
    assert_eq!(status::from_name("HTTP_404_NOT_FOUND"), Some(404));
    assert_eq!(status::from_phrase("not found"), Some(404));
    assert!(status::meaning(code).is_some());
    assert_eq!(status::reference(code).map(|at| at.rfc()), Some(9110));
    assert!(status::cannot_have_content(204) && status::is_heuristically_cacheable(code));
    assert_eq!(status::understood_as(499), 400);
    assert_eq!(status::ALL.len(), 64);
    let _: Option<status::Reference> = status::reference(code);
    let _: status::Description = status::describe(code);
}

/// A status type that converts into `u16` and compares with one, as
/// `http`'s `StatusCode` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusCode(u16);

impl StatusCode {
    pub const fn new(code: u16) -> StatusCode {
        StatusCode(code)
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, code: &u16) -> bool {
        self.0 == *code
    }
}

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.0
    }
}

mod converting {
    http_status::constants!(super::StatusCode, super::StatusCode::new);
}

/// The same type given a way to its code that disagrees with its
/// conversion: a type that converts is read by its conversion, and the
/// function is not called.
mod converting_and_read {
    http_status::constants!(super::StatusCode, super::StatusCode::new, |_| 599);
}

/// A status type that does not convert into `u16`, as Rocket's `Status`
/// does not, given the way to its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Status {
    pub code: u16,
}

impl Status {
    pub const fn new(code: u16) -> Status {
        Status { code }
    }
}

mod read {
    http_status::constants!(super::Status, super::Status::new, |status| status.code);
}

#[test]
fn the_modules_functions_take_its_type_as_they_take_a_u16() {
    use http_status::status::Class;
    let created = converting::HTTP_201_CREATED;
    assert!(converting::is_success(created) && converting::is_success(201));
    assert!(converting::is_success(&created));
    // Each predicate, with a code it holds for and one it does not.
    type Predicate = fn(StatusCode) -> bool;
    let predicates: [(Predicate, u16, u16); 8] = [
        (converting::is_informational, 100, 200),
        (converting::is_success, 201, 404),
        (converting::is_redirect, 308, 201),
        (converting::is_client_error, 404, 503),
        (converting::is_server_error, 503, 404),
        (converting::is_error, 404, 201),
        (converting::cannot_have_content, 204, 201),
        (converting::is_heuristically_cacheable, 404, 201),
    ];
    for (predicate, holds, fails) in predicates {
        assert!(predicate(StatusCode(holds)), "{holds}");
        assert!(!predicate(StatusCode(fails)), "{fails}");
    }
    assert_eq!(converting::class(created), Some(Class::Successful));
    assert_eq!(converting::reason_phrase(created), Some("Created"));
    assert_eq!(converting::name(created), Some("HTTP_201_CREATED"));
    let renamed = converting::HTTP_422_UNPROCESSABLE_CONTENT;
    assert_eq!(
        converting::alias(renamed),
        Some("HTTP_422_UNPROCESSABLE_CONTENT")
    );
    assert_eq!(
        converting::meaning(created),
        http_status::status::meaning(201)
    );
    assert_eq!(
        converting::reference(created).map(|at| at.to_string()),
        Some("RFC 9110, Section 15.3.2".to_owned())
    );
    assert_eq!(converting::describe(created).to_string(), "201 Created");
    assert_eq!(converting::understood_as(StatusCode(499)), 400);
    assert_eq!(converting::ALL, http_status::status::ALL);

    let gone = read::HTTP_410_GONE;
    assert!(read::is_client_error(gone) && !read::is_success(gone));
    assert_eq!(read::class(gone), Some(Class::ClientError));
    assert_eq!(read::reason_phrase(&gone), Some("Gone"));
    assert_eq!(
        format!("{:#}", read::describe(gone)),
        "410 Gone (HTTP_410_GONE)"
    );
}

#[test]
fn a_type_that_converts_is_read_by_its_conversion_though_given_a_way_to_its_code() {
    use http_status::assert_status;
    let created = converting_and_read::HTTP_201_CREATED;
    assert_status!(created, 201);
    assert_status!(created, converting_and_read::HTTP_201_CREATED);
    assert_status!(
        created,
        [
            converting_and_read::HTTP_200_OK,
            converting_and_read::HTTP_201_CREATED
        ]
    );
    assert_status!(created, converting_and_read::is_success);
    assert_eq!(converting_and_read::reason_phrase(created), Some("Created"));
    assert_eq!(http_status::assert::Code::code(&created), 201);
}

/// A stand-in for `http` 0.2's `StatusCode`: its associated constants, as
/// its `src/status.rs` names them in 0.2.12, each with the names of the
/// module's constants that must be it. `interop/` runs the same with the
/// real type.
macro_rules! http_0_2 {
    ($($own:ident $code:literal $($name:ident)+;)*) => {
        impl StatusCode {
            $(pub const $own: StatusCode = StatusCode($code);)*
        }

        const NAMED: &[(&str, StatusCode, u16)] = &[$($((stringify!($name), named::$name, $code),)+)*];
    };
}

http_0_2! {
    CONTINUE 100 HTTP_100_CONTINUE;
    SWITCHING_PROTOCOLS 101 HTTP_101_SWITCHING_PROTOCOLS;
    PROCESSING 102 HTTP_102_PROCESSING;
    OK 200 HTTP_200_OK;
    CREATED 201 HTTP_201_CREATED;
    ACCEPTED 202 HTTP_202_ACCEPTED;
    NON_AUTHORITATIVE_INFORMATION 203 HTTP_203_NON_AUTHORITATIVE_INFORMATION;
    NO_CONTENT 204 HTTP_204_NO_CONTENT;
    RESET_CONTENT 205 HTTP_205_RESET_CONTENT;
    PARTIAL_CONTENT 206 HTTP_206_PARTIAL_CONTENT;
    MULTI_STATUS 207 HTTP_207_MULTI_STATUS;
    ALREADY_REPORTED 208 HTTP_208_ALREADY_REPORTED;
    IM_USED 226 HTTP_226_IM_USED;
    MULTIPLE_CHOICES 300 HTTP_300_MULTIPLE_CHOICES;
    MOVED_PERMANENTLY 301 HTTP_301_MOVED_PERMANENTLY;
    FOUND 302 HTTP_302_FOUND;
    SEE_OTHER 303 HTTP_303_SEE_OTHER;
    NOT_MODIFIED 304 HTTP_304_NOT_MODIFIED;
    USE_PROXY 305 HTTP_305_USE_PROXY;
    TEMPORARY_REDIRECT 307 HTTP_307_TEMPORARY_REDIRECT;
    PERMANENT_REDIRECT 308 HTTP_308_PERMANENT_REDIRECT;
    BAD_REQUEST 400 HTTP_400_BAD_REQUEST;
    UNAUTHORIZED 401 HTTP_401_UNAUTHORIZED;
    PAYMENT_REQUIRED 402 HTTP_402_PAYMENT_REQUIRED;
    FORBIDDEN 403 HTTP_403_FORBIDDEN;
    NOT_FOUND 404 HTTP_404_NOT_FOUND;
    METHOD_NOT_ALLOWED 405 HTTP_405_METHOD_NOT_ALLOWED;
    NOT_ACCEPTABLE 406 HTTP_406_NOT_ACCEPTABLE;
    PROXY_AUTHENTICATION_REQUIRED 407 HTTP_407_PROXY_AUTHENTICATION_REQUIRED;
    REQUEST_TIMEOUT 408 HTTP_408_REQUEST_TIMEOUT;
    CONFLICT 409 HTTP_409_CONFLICT;
    GONE 410 HTTP_410_GONE;
    LENGTH_REQUIRED 411 HTTP_411_LENGTH_REQUIRED;
    PRECONDITION_FAILED 412 HTTP_412_PRECONDITION_FAILED;
    PAYLOAD_TOO_LARGE 413 HTTP_413_REQUEST_ENTITY_TOO_LARGE HTTP_413_CONTENT_TOO_LARGE;
    URI_TOO_LONG 414 HTTP_414_REQUEST_URI_TOO_LONG HTTP_414_URI_TOO_LONG;
    UNSUPPORTED_MEDIA_TYPE 415 HTTP_415_UNSUPPORTED_MEDIA_TYPE;
    RANGE_NOT_SATISFIABLE 416 HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE HTTP_416_RANGE_NOT_SATISFIABLE;
    EXPECTATION_FAILED 417 HTTP_417_EXPECTATION_FAILED;
    IM_A_TEAPOT 418 HTTP_418_IM_A_TEAPOT;
    MISDIRECTED_REQUEST 421 HTTP_421_MISDIRECTED_REQUEST;
    UNPROCESSABLE_ENTITY 422 HTTP_422_UNPROCESSABLE_ENTITY HTTP_422_UNPROCESSABLE_CONTENT;
    LOCKED 423 HTTP_423_LOCKED;
    FAILED_DEPENDENCY 424 HTTP_424_FAILED_DEPENDENCY;
    UPGRADE_REQUIRED 426 HTTP_426_UPGRADE_REQUIRED;
    PRECONDITION_REQUIRED 428 HTTP_428_PRECONDITION_REQUIRED;
    TOO_MANY_REQUESTS 429 HTTP_429_TOO_MANY_REQUESTS;
    REQUEST_HEADER_FIELDS_TOO_LARGE 431 HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE;
    UNAVAILABLE_FOR_LEGAL_REASONS 451 HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS;
    INTERNAL_SERVER_ERROR 500 HTTP_500_INTERNAL_SERVER_ERROR;
    NOT_IMPLEMENTED 501 HTTP_501_NOT_IMPLEMENTED;
    BAD_GATEWAY 502 HTTP_502_BAD_GATEWAY;
    SERVICE_UNAVAILABLE 503 HTTP_503_SERVICE_UNAVAILABLE;
    GATEWAY_TIMEOUT 504 HTTP_504_GATEWAY_TIMEOUT;
    HTTP_VERSION_NOT_SUPPORTED 505 HTTP_505_HTTP_VERSION_NOT_SUPPORTED;
    VARIANT_ALSO_NEGOTIATES 506 HTTP_506_VARIANT_ALSO_NEGOTIATES;
    INSUFFICIENT_STORAGE 507 HTTP_507_INSUFFICIENT_STORAGE;
    LOOP_DETECTED 508 HTTP_508_LOOP_DETECTED;
    NOT_EXTENDED 510 HTTP_510_NOT_EXTENDED;
    NETWORK_AUTHENTICATION_REQUIRED 511 HTTP_511_NETWORK_AUTHENTICATION_REQUIRED;
}

mod named {
    http_status::constants!(super::StatusCode, http 0.2);
}

/// The codes that `http` 0.2 names no constant for.
const UNNAMED_IN_HTTP_0_2: [u16; 4] = [103, 306, 425, 509];

#[test]
fn with_http_0_2_each_constant_is_the_types_own_named_one() {
    for &(name, constant, code) in NAMED {
        assert_eq!(constant, StatusCode(code), "{name}");
        assert_eq!(http_status::status::from_name(name), Some(code), "{name}");
    }
    // DRF's 64 names and RFC 9110's 4, less the 4 codes http 0.2 leaves out.
    assert_eq!(
        NAMED.len(),
        DRF.len() + ALIASES.len() - UNNAMED_IN_HTTP_0_2.len()
    );
}

#[test]
fn with_http_0_2_all_is_every_code_less_the_four_it_names_no_constant_for() {
    let expected: Vec<u16> = http_status::status::ALL
        .iter()
        .copied()
        .filter(|code| !UNNAMED_IN_HTTP_0_2.contains(code))
        .collect();
    assert_eq!(named::ALL, &expected[..]);
    let mut named_codes: Vec<u16> = NAMED.iter().map(|&(_, _, code)| code).collect();
    named_codes.dedup();
    assert_eq!(named_codes, expected);
    assert!(named::is_success(named::HTTP_201_CREATED));
    assert_eq!(
        named::reason_phrase(named::HTTP_418_IM_A_TEAPOT),
        Some("I'm a teapot")
    );
}
