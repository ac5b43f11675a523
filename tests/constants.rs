//! `constants!`: every name of `status`, as a `const` of the caller's own
//! status type, made by its constructor.

mod common;

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
    ($($constant:ident $phrase:literal,)*) => {
        [$((stringify!($constant), typed::$constant, tried::$constant),)*]
    };
}

/// Each DRF name, with its constants from both forms.
const TYPED: [(&str, Code, Code); 64] = drf_rows!(typed_rows);

#[test]
fn every_drf_name_is_a_constant_of_the_callers_type_with_its_code() {
    for (&(name, code, _), (typed_name, typed, tried)) in DRF.iter().zip(TYPED) {
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

/// The same type given a way to its code that disagrees with its
/// conversion: a type that converts is read by its conversion, and the
/// function is not called.
mod converting_and_read {
    http_status::constants!(super::StatusCode, super::StatusCode::new, |_| 599);
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
    assert_eq!(http_status::assert::Code::code(&created), 201);
}
