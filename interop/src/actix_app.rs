//! An actix-web 4 service that answers with DRF's names as actix-web's own
//! `StatusCode`, `http` 0.2's, whose `from_u16` is no `const fn`: the
//! module that [`constants!`](http_status::constants) makes with `http
//! 0.2` holds `http` 0.2's own named constants, so `status::HTTP_201_CREATED`
//! is `StatusCode::CREATED`, and goes wherever actix-web takes a status
//! (`HttpResponse::build`, `HttpResponse::new`, the `(body, StatusCode)`
//! responder, `customize().with_status`). Its tests use the same module.
//!
//! `http` 0.2 names no constant for 103, 306, 425 or 509, so the module
//! has none:
//!
//! ```compile_fail,E0425
//! let _ = http_status_interop::actix_app::status::HTTP_103_EARLY_HINTS;
//! ```
//!
//! ```compile_fail,E0425
//! let _ = http_status_interop::actix_app::status::HTTP_306_RESERVED;
//! ```
//!
//! ```compile_fail,E0425
//! let _ = http_status_interop::actix_app::status::HTTP_425_TOO_EARLY;
//! ```
//!
//! ```compile_fail,E0425
//! let _ = http_status_interop::actix_app::status::HTTP_509_BANDWIDTH_LIMIT_EXCEEDED;
//! ```
//!
//! and the `try` line of `http` 1.x fails, since `from_u16` is not `const`:
//!
//! ```compile_fail,E0015
//! mod status {
//!     http_status::constants!(actix_web::http::StatusCode, try actix_web::http::StatusCode::from_u16);
//! }
//! ```

use actix_web::{web, HttpResponse, Responder};

/// DRF's `status` module with every constant that `http` 0.2 names an
/// `actix_web::http::StatusCode`.
pub mod status {
    http_status::constants!(actix_web::http::StatusCode, http 0.2);
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
        return HttpResponse::build(status::HTTP_422_UNPROCESSABLE_CONTENT)
            .body("a name is one or more letters");
    }
    HttpResponse::build(status::HTTP_201_CREATED).body("2")
}

/// actix-web's responder for a tuple takes the body first.
async fn find_user(id: web::Path<u32>) -> impl Responder {
    let id = id.into_inner();
    if id == 1 {
        ("ada".to_owned(), status::HTTP_200_OK)
    } else {
        (format!("no user {id}"), status::HTTP_404_NOT_FOUND)
    }
}

async fn delete_user(_id: web::Path<u32>) -> HttpResponse {
    HttpResponse::new(status::HTTP_204_NO_CONTENT)
}

async fn brew() -> impl Responder {
    "short and stout"
        .customize()
        .with_status(status::HTTP_418_IM_A_TEAPOT)
}
