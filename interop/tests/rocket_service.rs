//! The Rocket service, called in process with
//! `rocket::local::blocking::Client`, checked with `assert_status!` on
//! `response.status()` as it is, through the service's own `status`
//! module alone: `constants!` was given the way back to the code of
//! Rocket's `Status`, which does not convert into a `u16`.

use http_status::assert_status;
use http_status_interop::rocket_app::{rocket, status};
use rocket::local::blocking::Client;

fn client() -> Client {
    Client::tracked(rocket()).expect("a valid Rocket")
}

#[test]
fn creating_a_user_answers_201() {
    let client = client();
    let response = client.post("/users").body("grace").dispatch();
    assert_status!(response.status(), status::HTTP_201_CREATED);
    assert_status!(response.status(), status::is_success);
    assert_status!(response.status(), 201);
    assert!(status::is_success(response.status()));
    assert_eq!(status::reason_phrase(response.status()), Some("Created"));
    assert_eq!(response.into_string().as_deref(), Some("2"));
}

#[test]
fn an_invalid_name_answers_422() {
    let client = client();
    let response = client.post("/users").body("r2d2").dispatch();
    assert_status!(response.status(), status::HTTP_422_UNPROCESSABLE_CONTENT);
    assert_status!(response.status(), status::Class::ClientError);
    assert_eq!(
        status::class(response.status()),
        Some(status::Class::ClientError)
    );
}

#[test]
fn deleting_answers_204() {
    let client = client();
    let response = client.delete("/users/1").dispatch();
    assert_status!(&response.status(), status::HTTP_204_NO_CONTENT);
    assert_status!(response.status(), status::cannot_have_content);
}

#[test]
fn looking_users_up_answers_200_or_404() {
    let client = client();
    assert_status!(
        client.get("/users/1").dispatch().status(),
        status::HTTP_200_OK
    );
    let missing = client.get("/users/7").dispatch().status();
    assert_status!(missing, status::HTTP_404_NOT_FOUND);
    const GONE_OR_MISSING: [rocket::http::Status; 2] =
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE];
    assert_status!(missing, GONE_OR_MISSING);
    assert_status!(missing, [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE]);
    assert_status!(missing, 400..=499);
}

#[test]
fn the_coffee_pot_answers_418() {
    let client = client();
    let response = client.get("/coffee").dispatch();
    assert_status!(response.status(), status::HTTP_418_IM_A_TEAPOT);
}

#[test]
fn the_generated_constants_are_rockets_statuses() {
    use rocket::http::Status;
    assert_eq!(status::HTTP_201_CREATED, Status::Created);
    assert_eq!(status::HTTP_418_IM_A_TEAPOT, Status::ImATeapot);
    assert_eq!(
        status::HTTP_422_UNPROCESSABLE_CONTENT,
        Status::UnprocessableEntity
    );
    // Status::new is a const fn, so the constants are consts.
    const GONE: Status = status::HTTP_410_GONE;
    assert_status!(GONE, 410);
}

#[test]
fn a_failing_assertion_names_the_status_that_came_back() {
    let client = client();
    let response = client.get("/users/7").dispatch();
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert_status!(
            response.status(),
            status::HTTP_201_CREATED,
            "finding user {}",
            7
        )
    }))
    .expect_err("a 404 is no 201");
    let message = payload.downcast::<String>().expect("a formatted message");
    assert_eq!(
        *message,
        "assertion failed: `response.status()` is not `status::HTTP_201_CREATED`: \
         finding user 7\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
}
