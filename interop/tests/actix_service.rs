//! The actix-web service, called in process with `actix_web::test`, checked
//! with `assert_status!` on `res.status()` as it is, through the service's
//! own `status` module alone: its constants are `http` 0.2's own, and its
//! functions take actix-web's `StatusCode` as it is.

use actix_web::dev::ServiceResponse;
use actix_web::{test, App};
use http_status::assert_status;
use http_status_interop::actix_app::{routes, status};

/// Sends one request to a fresh copy of the service.
async fn send(request: test::TestRequest) -> ServiceResponse {
    let app = test::init_service(App::new().configure(routes)).await;
    test::call_service(&app, request.to_request()).await
}

#[actix_web::test]
async fn creating_a_user_answers_201() {
    let res = send(test::TestRequest::post().uri("/users").set_payload("grace")).await;
    assert_status!(res.status(), status::HTTP_201_CREATED);
    assert_status!(res.status(), status::is_success);
    assert!(status::is_success(res.status()));
    assert_eq!(res.status(), status::HTTP_201_CREATED);
    assert_eq!(status::reason_phrase(res.status()), Some("Created"));
    assert_eq!(test::read_body(res).await, "2");
}

#[actix_web::test]
async fn an_invalid_name_answers_422() {
    let res = send(test::TestRequest::post().uri("/users").set_payload("r2d2")).await;
    assert_status!(res.status(), status::HTTP_422_UNPROCESSABLE_CONTENT);
    assert_status!(res.status(), status::is_client_error);
    assert_eq!(
        status::class(res.status()),
        Some(status::Class::ClientError)
    );
}

#[actix_web::test]
async fn deleting_answers_204() {
    let res = send(test::TestRequest::delete().uri("/users/1")).await;
    assert_status!(res.status(), status::HTTP_204_NO_CONTENT);
    assert!(status::cannot_have_content(res.status()));
}

#[actix_web::test]
async fn looking_users_up_answers_200_or_404() {
    let res = send(test::TestRequest::get().uri("/users/1")).await;
    assert_status!(res.status(), status::HTTP_200_OK);
    let res = send(test::TestRequest::get().uri("/users/7")).await;
    assert_status!(res.status(), status::HTTP_404_NOT_FOUND);
    assert_status!(
        res.status(),
        &[status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE][..]
    );
    const MISSING: [actix_web::http::StatusCode; 2] =
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE];
    assert_status!(res.status(), MISSING);
}

#[actix_web::test]
async fn the_coffee_pot_answers_418() {
    let res = send(test::TestRequest::get().uri("/coffee")).await;
    assert_status!(res.status(), status::HTTP_418_IM_A_TEAPOT);
}

#[actix_web::test]
async fn a_failing_assertion_names_the_status_that_came_back() {
    let res = send(test::TestRequest::get().uri("/users/7")).await;
    let actual = res.status();
    let payload = std::panic::catch_unwind(|| assert_status!(actual, status::HTTP_201_CREATED))
        .expect_err("a 404 is no 201");
    let message = payload.downcast::<String>().expect("a formatted message");
    assert_eq!(
        *message,
        "assertion failed: `actual` is not `status::HTTP_201_CREATED`\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
}
