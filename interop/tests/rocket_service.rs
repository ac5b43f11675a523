//! The Rocket service, called in process with
//! `rocket::local::blocking::Client`, checked with `assert_status!` on
//! `response.status().code`: Rocket's `Status` is a struct with a public
//! `code`, and no conversion to `u16`.

use http_status::assert_status;
use http_status::status::{self, HTTP_201_CREATED, HTTP_204_NO_CONTENT, HTTP_404_NOT_FOUND};
use http_status_interop::rocket_app::{self, rocket};
use rocket::local::blocking::Client;

fn client() -> Client {
    Client::tracked(rocket()).expect("a valid Rocket")
}

#[test]
fn creating_a_user_answers_201() {
    let client = client();
    let response = client.post("/users").body("grace").dispatch();
    assert_status!(response.status().code, HTTP_201_CREATED);
    assert_status!(response.status().code, status::is_success);
    assert_eq!(response.status(), rocket_app::status::HTTP_201_CREATED);
    assert_eq!(response.into_string().as_deref(), Some("2"));
}

#[test]
fn an_invalid_name_answers_422() {
    let client = client();
    let response = client.post("/users").body("r2d2").dispatch();
    assert_status!(
        response.status().code,
        status::HTTP_422_UNPROCESSABLE_CONTENT
    );
    assert_status!(response.status().code, status::is_client_error);
}

#[test]
fn deleting_answers_204() {
    let client = client();
    let response = client.delete("/users/1").dispatch();
    assert_status!(response.status().code, HTTP_204_NO_CONTENT);
}

#[test]
fn looking_users_up_answers_200_or_404() {
    let client = client();
    assert_status!(
        client.get("/users/1").dispatch().status().code,
        status::HTTP_200_OK
    );
    assert_status!(
        client.get("/users/7").dispatch().status().code,
        HTTP_404_NOT_FOUND
    );
}

#[test]
fn the_coffee_pot_answers_418() {
    let client = client();
    let response = client.get("/coffee").dispatch();
    assert_status!(response.status().code, status::HTTP_418_IM_A_TEAPOT);
}

#[test]
fn the_generated_constants_are_rockets_statuses() {
    use rocket::http::Status;
    assert_eq!(rocket_app::status::HTTP_201_CREATED, Status::Created);
    assert_eq!(rocket_app::status::HTTP_418_IM_A_TEAPOT, Status::ImATeapot);
    assert_eq!(
        rocket_app::status::HTTP_422_UNPROCESSABLE_CONTENT,
        Status::UnprocessableEntity
    );
    // Status::new is a const fn, so the constants are consts.
    const GONE: Status = rocket_app::status::HTTP_410_GONE;
    assert_eq!(GONE.code, 410);
}

#[test]
fn a_failing_assertion_names_the_status_that_came_back() {
    let client = client();
    let code = client.get("/users/7").dispatch().status().code;
    let payload =
        std::panic::catch_unwind(|| assert_status!(code, HTTP_201_CREATED, "finding user {}", 7))
            .expect_err("a 404 is no 201");
    let message = payload.downcast::<String>().expect("a formatted message");
    assert_eq!(
        *message,
        "assertion failed: `code` is not `HTTP_201_CREATED`: finding user 7\n  \
         actual: 404 Not Found (HTTP_404_NOT_FOUND)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
}
