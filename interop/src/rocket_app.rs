//! A Rocket 0.5 service that answers with DRF's names as Rocket's own
//! `Status`, made by [`constants!`](http_status::constants) with
//! `Status::new`, a `const fn`.
//!
//! `Status` is a struct with a public `code: u16` and no conversion to
//! `u16`, so `constants!` is also given the way back to the code,
//! `|status| status.code`, and a test asserts on `response.status()` as it
//! is.

use rocket::http::Status;
use rocket::{Build, Rocket};

/// DRF's `status` module with every constant a `rocket::http::Status`.
pub mod status {
    http_status::constants!(rocket::http::Status, rocket::http::Status::new, |status| {
        status.code
    });
}

/// The service: users are created by name, deleted by id, and looked up by
/// id, of which only 1 exists.
pub fn rocket() -> Rocket<Build> {
    rocket::build().mount(
        "/",
        rocket::routes![create_user, find_user, delete_user, brew],
    )
}

/// 201 with the new user's id, or 422 when the name is empty or not
/// letters: a validation failure.
#[rocket::post("/users", data = "<name>")]
fn create_user(name: String) -> (Status, &'static str) {
    let name = name.trim();
    if name.is_empty() || !name.chars().all(char::is_alphabetic) {
        return (
            status::HTTP_422_UNPROCESSABLE_CONTENT,
            "a name is one or more letters",
        );
    }
    (status::HTTP_201_CREATED, "2")
}

#[rocket::get("/users/<id>")]
fn find_user(id: u32) -> (Status, String) {
    if id == 1 {
        (status::HTTP_200_OK, "ada".to_owned())
    } else {
        (status::HTTP_404_NOT_FOUND, format!("no user {id}"))
    }
}

#[rocket::delete("/users/<_id>")]
fn delete_user(_id: u32) -> Status {
    status::HTTP_204_NO_CONTENT
}

#[rocket::get("/coffee")]
fn brew() -> (Status, &'static str) {
    (status::HTTP_418_IM_A_TEAPOT, "short and stout")
}
