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

#[test]
fn the_actix_web_helper_converts_every_constant() {
    for &code in http_status::status::ALL {
        http_status::assert_status!(http_status_interop::actix_app::to_status(code), code);
    }
}
