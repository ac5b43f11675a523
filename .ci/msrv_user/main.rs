// A user's program, built and run with the `rust-version` by .ci/msrv: the
// assertion macros expand in the user's crate, so every form of both is
// written out here, beside a call of every lookup.

use http_status::status::{self, Class, HTTP_201_CREATED, HTTP_422_UNPROCESSABLE_CONTENT};
use http_status::{assert_status, debug_assert_status};

/// A stand-in for `http::StatusCode`: `Copy`, converts into `u16` and
/// compares with one.
#[derive(Clone, Copy)]
pub struct StatusCode(u16);

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

const CREATED: StatusCode = StatusCode(201);

impl StatusCode {
    pub const fn new(code: u16) -> StatusCode {
        StatusCode(code)
    }

    pub const fn from_u16(code: u16) -> Result<StatusCode, ()> {
        if code >= 100 && code <= 999 {
            Ok(StatusCode(code))
        } else {
            Err(())
        }
    }
}

/// Both forms of `constants!`, expanded with the `rust-version`.
mod typed {
    http_status::constants!(super::StatusCode, super::StatusCode::new);
}
mod tried {
    http_status::constants!(super::StatusCode, try super::StatusCode::from_u16);
}
const TYPED: StatusCode = typed::HTTP_201_CREATED;

/// The Rocket form: a status type of another crate that does not convert
/// into `u16` (core's `Wrapping<u16>` here), given the way back to its code.
mod rocket_like {
    http_status::constants!(
        core::num::Wrapping<u16>,
        core::num::Wrapping,
        |status| status.0
    );
}

/// A type that converts into `u16`, given a way to its code as well: read
/// by its conversion, so the function is not called.
mod converting_and_read {
    http_status::constants!(super::StatusCode, super::StatusCode::new, |_| 599);
}

/// `http` 0.2's named constants, on the stand-in: the form for actix-web.
macro_rules! http_0_2 {
    ($($own:ident $code:literal)*) => {
        impl StatusCode {
            $(pub const $own: StatusCode = StatusCode($code);)*
        }
    };
}

http_0_2! {
    CONTINUE 100 SWITCHING_PROTOCOLS 101 PROCESSING 102 OK 200 CREATED 201 ACCEPTED 202
    NON_AUTHORITATIVE_INFORMATION 203 NO_CONTENT 204 RESET_CONTENT 205 PARTIAL_CONTENT 206
    MULTI_STATUS 207 ALREADY_REPORTED 208 IM_USED 226 MULTIPLE_CHOICES 300
    MOVED_PERMANENTLY 301 FOUND 302 SEE_OTHER 303 NOT_MODIFIED 304 USE_PROXY 305
    TEMPORARY_REDIRECT 307 PERMANENT_REDIRECT 308 BAD_REQUEST 400 UNAUTHORIZED 401
    PAYMENT_REQUIRED 402 FORBIDDEN 403 NOT_FOUND 404 METHOD_NOT_ALLOWED 405
    NOT_ACCEPTABLE 406 PROXY_AUTHENTICATION_REQUIRED 407 REQUEST_TIMEOUT 408 CONFLICT 409
    GONE 410 LENGTH_REQUIRED 411 PRECONDITION_FAILED 412 PAYLOAD_TOO_LARGE 413
    URI_TOO_LONG 414 UNSUPPORTED_MEDIA_TYPE 415 RANGE_NOT_SATISFIABLE 416
    EXPECTATION_FAILED 417 IM_A_TEAPOT 418 MISDIRECTED_REQUEST 421 UNPROCESSABLE_ENTITY 422
    LOCKED 423 FAILED_DEPENDENCY 424 UPGRADE_REQUIRED 426 PRECONDITION_REQUIRED 428
    TOO_MANY_REQUESTS 429 REQUEST_HEADER_FIELDS_TOO_LARGE 431
    UNAVAILABLE_FOR_LEGAL_REASONS 451 INTERNAL_SERVER_ERROR 500 NOT_IMPLEMENTED 501
    BAD_GATEWAY 502 SERVICE_UNAVAILABLE 503 GATEWAY_TIMEOUT 504
    HTTP_VERSION_NOT_SUPPORTED 505 VARIANT_ALSO_NEGOTIATES 506 INSUFFICIENT_STORAGE 507
    LOOP_DETECTED 508 NOT_EXTENDED 510 NETWORK_AUTHENTICATION_REQUIRED 511
}

mod named {
    http_status::constants!(super::StatusCode, http 0.2);
}

/// A test helper that takes whatever the macro takes.
#[track_caller]
fn assert_answers<Via, Form>(
    status: impl http_status::assert::Code<Via>,
    expected: impl http_status::assert::Expectation<Form>,
) {
    assert_status!(status, expected);
}

fn main() {
    let code: u16 = 201;
    let status = StatusCode(201);
    assert_status!(code, HTTP_201_CREATED);
    assert_status!(code, 201);
    assert_status!(code, 201,);
    assert_status!(code, 201, "literal and message {}", 1);
    assert_status!(&code, status::is_success);
    assert_status!(status, CREATED);
    assert_status!(&status, CREATED, "borrowed {}", "status");
    assert_status!(status, Class::Successful);
    assert_status!(status, |code| code == 201);
    assert_status!(code, status::is_success, "message {}", 2);
    assert_status!(code, 200..=204);
    assert_status!(code, 200..300);
    assert_status!(code, [200, 201]);
    assert_status!(code, &[HTTP_201_CREATED][..]);
    assert_status!(code, &HTTP_201_CREATED);
    assert_status!(status, &CREATED);
    assert_status!(TYPED, tried::HTTP_201_CREATED);
    assert_status!(typed::HTTP_422_UNPROCESSABLE_CONTENT, 422);
    let reused = move |code| code == status.0;
    assert_status!(code, reused);
    assert_status!(code, reused);
    let created = core::num::Wrapping(201_u16);
    assert_status!(created, rocket_like::HTTP_201_CREATED);
    assert_status!(&created, rocket_like::is_success);
    assert_status!(created, [rocket_like::HTTP_200_OK, rocket_like::HTTP_201_CREATED]);
    assert_status!(created, 201);
    assert_status!(code, rocket_like::HTTP_201_CREATED);
    assert_status!(status, [CREATED, StatusCode(200)]);
    assert_status!(status, &[HTTP_201_CREATED][..]);
    assert_answers(created, rocket_like::Class::Successful);
    assert_answers(status, [200, 201]);
    assert_answers(code, rocket_like::HTTP_201_CREATED);
    assert_eq!(rocket_like::describe(201).to_string(), "201 Created");
    assert_eq!(rocket_like::describe(created).to_string(), "201 Created");
    assert!(rocket_like::is_success(created) && typed::is_success(status));
    assert_eq!(typed::class(&status), Some(Class::Successful));
    assert_status!(converting_and_read::HTTP_201_CREATED, 201);
    assert_status!(named::HTTP_413_CONTENT_TOO_LARGE, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(named::ALL.len(), status::ALL.len() - 4);
    assert_status!(&&code, Box::new(201_u16));
    assert_status!(Box::new(status), vec![200_u16, 201]);
    let calls = std::cell::Cell::new(0);
    let counted = |code: u16| {
        calls.set(calls.get() + 1);
        code == 201
    };
    assert_status!(code, counted);
    debug_assert_status!(code, HTTP_201_CREATED);
    debug_assert_status!(&status, status::is_success, "debug {}", 3);

    // The failure is expected: keep its message out of the log.
    std::panic::set_hook(Box::new(|_| {}));
    let failed = std::panic::catch_unwind(|| assert_status!(422_u16, status::is_success));
    let own = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert_status!(404_u16, counted)
    }));
    drop(std::panic::take_hook());
    let message = *failed.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("HTTP_422_UNPROCESSABLE_CONTENT"), "{}", message);
    let message = *own.unwrap_err().downcast::<String>().unwrap();
    assert!(message.ends_with("\nexpected: a closure"), "{}", message);
    assert_eq!(calls.get(), 2);

    assert_eq!(status::reason_phrase(404), Some("Not Found"));
    assert_eq!(status::name(404), Some("HTTP_404_NOT_FOUND"));
    assert_eq!(status::alias(422), Some("HTTP_422_UNPROCESSABLE_CONTENT"));
    assert_eq!(status::from_name("HTTP_404_NOT_FOUND"), Some(404));
    assert_eq!(status::from_phrase("not found"), Some(404));
    assert_eq!(status::from_phrase("Request-URI Too Large."), Some(414));
    assert_eq!(format!("{:#}", status::describe(499)), "499 (4xx code without a constant)");
    assert_eq!(format!("{:<9}|", status::describe(200)), "200 OK   |");
    assert_eq!(status::class(404), Some(Class::ClientError));
    assert_eq!(status::reference(404).map(|r| r.rfc()), Some(9110));
    assert_eq!(
        format!("{:#}", status::describe(HTTP_422_UNPROCESSABLE_CONTENT)),
        "422 Unprocessable Content (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)"
    );
    assert!(status::cannot_have_content(204) && status::is_heuristically_cacheable(404));
    println!("msrv: a user's program with every form of both macros ran");
}
