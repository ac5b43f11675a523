//! Every form of `assert_status!` and `debug_assert_status!` against the
//! real `http::StatusCode`, 1.x (axum, hyper, reqwest 0.12) and 0.2
//! (actix-web 4, reqwest 0.11), passing and failing, with the messages word
//! for word.

/// The same tests for each version of `http`, as `$http`.
macro_rules! forms {
    ($version:ident, $http:ident) => {
        mod $version {
            use http_status::status::{
                self, Class, HTTP_201_CREATED, HTTP_422_UNPROCESSABLE_CONTENT,
            };
            use http_status::{assert_status, debug_assert_status};
            use std::panic::{catch_unwind, UnwindSafe};
            use $http::StatusCode;

            const CREATED: StatusCode = StatusCode::CREATED;

            /// The lines after the first of the failure message of `body`,
            /// which must fail: the first quotes the call, which `stringify!`
            /// spaces inside this macro.
            fn failure(body: impl FnOnce() + UnwindSafe) -> String {
                let payload = catch_unwind(body).expect_err("the assertion should have failed");
                let message = payload.downcast::<String>().expect("a formatted message");
                let (_, lines) = message.split_once('\n').expect("a multi-line message");
                lines.to_owned()
            }

            #[test]
            fn a_status_code_as_it_is_or_borrowed_meets_every_form() {
                let status = StatusCode::CREATED;
                for actual in [status, *&status] {
                    assert_status!(actual, HTTP_201_CREATED);
                    assert_status!(actual, 201);
                    assert_status!(actual, StatusCode::CREATED);
                    assert_status!(actual, CREATED);
                    assert_status!(actual, status::is_success);
                    assert_status!(actual, |code| code == 201);
                    assert_status!(actual, Class::Successful, "creating {}", "grace");
                    debug_assert_status!(actual, CREATED);
                }
                assert_status!(&status, CREATED);
                assert_status!(&status, status::is_success, "borrowed");
                for status in &[StatusCode::OK, StatusCode::NO_CONTENT] {
                    assert_status!(status, Class::Successful);
                }
            }

            #[test]
            fn a_status_code_as_expected_says_which_code_it_is() {
                let message = failure(|| assert_status!(StatusCode::NOT_FOUND, CREATED));
                assert_eq!(
                    message,
                    "  actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
                     expected: 201 Created (HTTP_201_CREATED)"
                );
            }

            #[test]
            fn a_renamed_code_is_named_both_ways() {
                let status = StatusCode::from_u16(422).unwrap();
                let message = failure(move || assert_status!(&status, status::is_success));
                assert_eq!(
                    message,
                    "  actual: 422 Unprocessable Content \
                     (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)\n\
                     expected: is_success (200..=299)"
                );
                assert_status!(status, HTTP_422_UNPROCESSABLE_CONTENT);
            }

            #[test]
            fn every_constant_converts_and_compares() {
                for &code in status::ALL {
                    let status = StatusCode::from_u16(code).unwrap();
                    assert_status!(status, code);
                    assert_eq!(status, code);
                }
            }
        }
    };
}

forms!(http_1, http);
forms!(http_0_2, http02);

/// Each constant of a module made with `http 0.2` and the code it must
/// have, listed by hand: DRF's names and RFC 9110's, less 103, 306, 425 and
/// 509.
macro_rules! named_in_http_0_2 {
    ($($name:ident $code:literal,)*) => {
        [$((stringify!($name), http_status_interop::actix_app::status::$name, $code),)*]
    };
}

const NAMED: [(&str, http02::StatusCode, u16); 64] = named_in_http_0_2! {
    HTTP_100_CONTINUE 100, HTTP_101_SWITCHING_PROTOCOLS 101, HTTP_102_PROCESSING 102,
    HTTP_200_OK 200, HTTP_201_CREATED 201, HTTP_202_ACCEPTED 202,
    HTTP_203_NON_AUTHORITATIVE_INFORMATION 203, HTTP_204_NO_CONTENT 204,
    HTTP_205_RESET_CONTENT 205, HTTP_206_PARTIAL_CONTENT 206, HTTP_207_MULTI_STATUS 207,
    HTTP_208_ALREADY_REPORTED 208, HTTP_226_IM_USED 226,
    HTTP_300_MULTIPLE_CHOICES 300, HTTP_301_MOVED_PERMANENTLY 301, HTTP_302_FOUND 302,
    HTTP_303_SEE_OTHER 303, HTTP_304_NOT_MODIFIED 304, HTTP_305_USE_PROXY 305,
    HTTP_307_TEMPORARY_REDIRECT 307, HTTP_308_PERMANENT_REDIRECT 308,
    HTTP_400_BAD_REQUEST 400, HTTP_401_UNAUTHORIZED 401, HTTP_402_PAYMENT_REQUIRED 402,
    HTTP_403_FORBIDDEN 403, HTTP_404_NOT_FOUND 404, HTTP_405_METHOD_NOT_ALLOWED 405,
    HTTP_406_NOT_ACCEPTABLE 406, HTTP_407_PROXY_AUTHENTICATION_REQUIRED 407,
    HTTP_408_REQUEST_TIMEOUT 408, HTTP_409_CONFLICT 409, HTTP_410_GONE 410,
    HTTP_411_LENGTH_REQUIRED 411, HTTP_412_PRECONDITION_FAILED 412,
    HTTP_413_REQUEST_ENTITY_TOO_LARGE 413, HTTP_413_CONTENT_TOO_LARGE 413,
    HTTP_414_REQUEST_URI_TOO_LONG 414, HTTP_414_URI_TOO_LONG 414,
    HTTP_415_UNSUPPORTED_MEDIA_TYPE 415,
    HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE 416, HTTP_416_RANGE_NOT_SATISFIABLE 416,
    HTTP_417_EXPECTATION_FAILED 417, HTTP_418_IM_A_TEAPOT 418,
    HTTP_421_MISDIRECTED_REQUEST 421,
    HTTP_422_UNPROCESSABLE_ENTITY 422, HTTP_422_UNPROCESSABLE_CONTENT 422,
    HTTP_423_LOCKED 423, HTTP_424_FAILED_DEPENDENCY 424, HTTP_426_UPGRADE_REQUIRED 426,
    HTTP_428_PRECONDITION_REQUIRED 428, HTTP_429_TOO_MANY_REQUESTS 429,
    HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE 431,
    HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS 451,
    HTTP_500_INTERNAL_SERVER_ERROR 500, HTTP_501_NOT_IMPLEMENTED 501,
    HTTP_502_BAD_GATEWAY 502, HTTP_503_SERVICE_UNAVAILABLE 503,
    HTTP_504_GATEWAY_TIMEOUT 504, HTTP_505_HTTP_VERSION_NOT_SUPPORTED 505,
    HTTP_506_VARIANT_ALSO_NEGOTIATES 506, HTTP_507_INSUFFICIENT_STORAGE 507,
    HTTP_508_LOOP_DETECTED 508, HTTP_510_NOT_EXTENDED 510,
    HTTP_511_NETWORK_AUTHENTICATION_REQUIRED 511,
};

#[test]
fn with_http_0_2_each_constant_is_the_code_of_its_name() {
    for (name, constant, code) in NAMED {
        assert_eq!(constant.as_u16(), code, "{name}");
        assert_eq!(http_status::status::from_name(name), Some(code), "{name}");
        http_status::assert_status!(constant, code);
    }
}

/// `http` 0.2's `canonical_reason` answers for exactly the codes it names a
/// constant for, since one list in its `src/status.rs` makes both: the
/// module has a constant for every code of `ALL` for which it answers, and
/// for none other.
#[test]
fn with_http_0_2_the_codes_left_out_are_those_http_0_2_names_no_constant_for() {
    use http_status_interop::actix_app::status;
    let named: Vec<u16> = http_status::status::ALL
        .iter()
        .copied()
        .filter(|&code| {
            http02::StatusCode::from_u16(code)
                .unwrap()
                .canonical_reason()
                .is_some()
        })
        .collect();
    assert_eq!(status::ALL, &named[..]);
    let mut codes: Vec<u16> = NAMED.iter().map(|&(_, _, code)| code).collect();
    codes.dedup();
    assert_eq!(codes, named);
    let left_out: Vec<u16> = http_status::status::ALL
        .iter()
        .copied()
        .filter(|code| !named.contains(code))
        .collect();
    assert_eq!(left_out, [103, 306, 425, 509]);
}
