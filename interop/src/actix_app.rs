//! An actix-web 4 service that answers with DRF's names.
//!
//! actix-web's `StatusCode` is `http` 0.2's, whose `from_u16` is not a
//! `const fn`, so [`constants!`](http_status::constants) cannot make
//! constants of it:
//!
//! ```compile_fail,E0015
//! mod status {
//!     http_status::constants!(actix_web::http::StatusCode, try actix_web::http::StatusCode::from_u16);
//! }
//! ```
//!
//! Nor does actix-web take a `u16` anywhere a status goes
//! (`HttpResponse::build`, `HttpResponse::with_body`,
//! `HttpResponseBuilder::status`, `customize().with_status`, the
//! `(body, StatusCode)` responder): each takes a `StatusCode`. So the
//! service's one `status` module is http-status's own, and the conversion
//! is the plain function [`to_status`], called where the handler answers:
//! `HttpResponse::build(to_status(status::HTTP_201_CREATED))`. Its tests
//! take `res.status()` as it is, since `http` 0.2's `StatusCode` converts
//! into a `u16`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse, Responder};
use http_status::status;

/// A code as actix-web's `StatusCode`. It cannot fail for a constant of
/// http-status: `http` takes 100..=999.
pub fn to_status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).expect("every constant is a status code")
}

/// The service, for `App::new().configure(routes)`: users are created by
/// name, deleted by id, and looked up by id, of which only 1 exists.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/users", web::post().to(create_user))
        .route("/users/{id}", web::get().to(find_user))
        .route("/users/{id}", web::delete().to(delete_user))
        .route("/coffee", web::get().to(brew));
}

/// 201 with the new user's id, or 422 when the name is empty or not
/// letters: a validation failure.
async fn create_user(name: String) -> HttpResponse {
    let name = name.trim();
    if name.is_empty() || !name.chars().all(char::is_alphabetic) {
        return HttpResponse::build(to_status(status::HTTP_422_UNPROCESSABLE_CONTENT))
            .body("a name is one or more letters");
    }
    HttpResponse::build(to_status(status::HTTP_201_CREATED)).body("2")
}

/// actix-web's responder for a tuple takes the body first.
async fn find_user(id: web::Path<u32>) -> impl Responder {
    let id = id.into_inner();
    if id == 1 {
        ("ada".to_owned(), to_status(status::HTTP_200_OK))
    } else {
        (
            format!("no user {id}"),
            to_status(status::HTTP_404_NOT_FOUND),
        )
    }
}

async fn delete_user(_id: web::Path<u32>) -> HttpResponse {
    HttpResponse::new(to_status(status::HTTP_204_NO_CONTENT))
}

async fn brew() -> impl Responder {
    "short and stout"
        .customize()
        .with_status(to_status(status::HTTP_418_IM_A_TEAPOT))
}
