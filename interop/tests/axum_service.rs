//! The axum service, called in process with `tower::ServiceExt::oneshot`
//! as its tests would call it, checked with `assert_status!` on
//! `res.status()` as it is, through the service's own `status` module
//! alone: its constants are axum's `StatusCode`, and the rest is DRF's.

use axum::body::Body;
use axum::http::{Request, Response};
use http_status::assert::{Code, Expectation};
use http_status::assert_status;
use http_status_interop::axum_app::{app, status};
use tower::ServiceExt;

/// Sends one request to a fresh copy of the service.
async fn send(method: &str, uri: &str, body: &str) -> Response<Body> {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .body(Body::from(body.to_owned()))
        .unwrap();
    app().oneshot(request).await.unwrap()
}

#[tokio::test]
async fn creating_a_user_answers_201() {
    let res = send("POST", "/users", "grace").await;
    assert_status!(res.status(), status::HTTP_201_CREATED);
    assert_status!(res.status(), status::is_success);
    assert!(status::is_success(res.status()));
    assert_eq!(status::class(res.status()), Some(status::Class::Successful));
    assert_status!(&res.status(), &status::HTTP_201_CREATED);
    assert_eq!(res.status(), status::HTTP_201_CREATED);
    assert_status!(
        res.status(),
        status::Class::Successful,
        "creating {}",
        "grace"
    );
}

#[tokio::test]
async fn an_invalid_name_answers_422() {
    let res = send("POST", "/users", "r2d2").await;
    assert_status!(res.status(), status::HTTP_422_UNPROCESSABLE_CONTENT);
    assert_status!(res.status(), status::is_client_error);
}

#[tokio::test]
async fn deleting_answers_204_with_no_content() {
    let res = send("DELETE", "/users/1", "").await;
    assert_status!(res.status(), status::HTTP_204_NO_CONTENT);
    assert_status!(res.status(), status::cannot_have_content);
}

#[tokio::test]
async fn an_unknown_user_answers_404() {
    let res = send("GET", "/users/7", "").await;
    assert_status!(res.status(), status::HTTP_404_NOT_FOUND);
    assert_status!(
        res.status(),
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE]
    );
    const MISSING: [axum::http::StatusCode; 2] =
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE];
    assert_status!(res.status(), MISSING);
    assert_status!(res.status(), &MISSING[..]);
    assert_status!(res.status(), status::is_error);
}

#[tokio::test]
async fn a_known_user_answers_200() {
    let res = send("GET", "/users/1", "").await;
    assert_status!(res.status(), status::HTTP_200_OK);
}

#[tokio::test]
async fn the_coffee_pot_answers_418() {
    let res = send("GET", "/coffee", "").await;
    assert_status!(res.status(), status::HTTP_418_IM_A_TEAPOT);
}

#[tokio::test]
async fn a_failing_assertion_names_the_status_that_came_back() {
    let res = send("GET", "/users/7", "").await;
    let status = res.status();
    let payload = std::panic::catch_unwind(|| {
        assert_status!(status, status::is_success, "finding user {}", 7)
    })
    .expect_err("a 404 is no success");
    let message = payload.downcast::<String>().expect("a formatted message");
    assert_eq!(
        *message,
        "assertion failed: `status` is not `status::is_success`: finding user 7\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: is_success (200..=299)"
    );
}

#[tokio::test]
async fn axums_own_405_carries_what_the_rfc_requires() {
    // The route answers GET and DELETE; axum itself answers a PUT.
    let res = send("PUT", "/users/1", "").await;
    assert_status!(res.status(), status::HTTP_405_METHOD_NOT_ALLOWED);
    assert!(status::is_client_error(res.status()));
    http_status_rules::assert_conforms(405, "PUT", res.headers().keys(), false);
    let allow = res.headers()["allow"].to_str().unwrap();
    assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");
}

#[test]
fn the_generated_constants_are_axums_status_codes() {
    let generated: [axum::http::StatusCode; 4] = [
        status::HTTP_201_CREATED,
        status::HTTP_204_NO_CONTENT,
        status::HTTP_404_NOT_FOUND,
        status::HTTP_422_UNPROCESSABLE_CONTENT,
    ];
    assert_eq!(
        generated.map(|status| status.as_u16()),
        [201, 204, 404, 422]
    );
    assert_eq!(status::HTTP_422_UNPROCESSABLE_ENTITY, 422);
}

/// The other form for `http` 1.x: a `const fn` of one's own around
/// `from_u16`, given to `constants!` as a plain constructor.
const fn status_code(code: u16) -> axum::http::StatusCode {
    match axum::http::StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("not a status code"),
    }
}

mod by_own_function {
    http_status::constants!(axum::http::StatusCode, super::status_code);
}

#[test]
fn a_const_fn_of_ones_own_gives_the_same_constants_as_try() {
    const CREATED: axum::http::StatusCode = by_own_function::HTTP_201_CREATED;
    assert_eq!(CREATED, status::HTTP_201_CREATED);
    assert_eq!(
        by_own_function::HTTP_413_CONTENT_TOO_LARGE,
        status::HTTP_413_REQUEST_ENTITY_TOO_LARGE
    );
    assert_eq!(by_own_function::HTTP_509_BANDWIDTH_LIMIT_EXCEEDED, 509);
}

/// A test helper as a team writes one: it takes whatever `assert_status!`
/// takes, axum's own `StatusCode` included, and with `#[track_caller]` a
/// failure points at the test that called it.
#[track_caller]
fn assert_answered<Via, Form>(status: impl Code<Via>, expected: impl Expectation<Form>) {
    assert_status!(status, expected, "the helper");
}

#[tokio::test]
async fn a_helper_takes_the_generated_constants_and_names_the_predicate() {
    let res = send("GET", "/users/7", "").await;
    assert_answered(res.status(), status::HTTP_404_NOT_FOUND);
    assert_answered(
        res.status(),
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE],
    );
    assert_answered(res.status(), status::Class::ClientError);
    let status = res.status();
    let payload = std::panic::catch_unwind(|| assert_answered(status, status::is_success))
        .expect_err("a 404 is no success");
    let message = payload.downcast::<String>().expect("a formatted message");
    assert!(
        message.ends_with("\nexpected: is_success (200..=299)"),
        "{message}"
    );
}
