//! A small axum service that answers with http-status's constants, as a
//! user would write one: `constants!` makes every name a `StatusCode` once,
//! when the crate compiles, and a handler returns it as it is.

use axum::body::Body;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use http_status::status::{
    HTTP_201_CREATED, HTTP_204_NO_CONTENT, HTTP_404_NOT_FOUND, HTTP_418_IM_A_TEAPOT,
    HTTP_422_UNPROCESSABLE_CONTENT,
};

/// DRF's names as axum's own `StatusCode`: the README's one line.
pub mod status {
    http_status::constants!(axum::http::StatusCode, try axum::http::StatusCode::from_u16);
}

/// A code as a `StatusCode`, for a `const`: `StatusCode::from_u16` is a
/// `const fn` since `http` 1.4, and an invalid code fails the build.
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("not a status code"),
    }
}

/// A code as actix-web 4's `StatusCode`, which is `http` 0.2's: its
/// `from_u16` is not a `const fn`, so the conversion is a plain function,
/// called in the handler (`HttpResponse::build(status_0_2(code))`). It
/// cannot fail for a constant of this crate: `http` takes 100..=999.
pub fn status_0_2(code: u16) -> http02::StatusCode {
    http02::StatusCode::from_u16(code).expect("every constant is a status code")
}

pub const CREATED: StatusCode = status(HTTP_201_CREATED);
pub const NO_CONTENT: StatusCode = status(HTTP_204_NO_CONTENT);
pub const NOT_FOUND: StatusCode = status(HTTP_404_NOT_FOUND);
pub const IM_A_TEAPOT: StatusCode = status(HTTP_418_IM_A_TEAPOT);
pub const UNPROCESSABLE: StatusCode = status(HTTP_422_UNPROCESSABLE_CONTENT);

/// The service: users are created by name, deleted by id, and looked up by
/// id, of which only 1 exists.
pub fn app() -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(find_user).delete(delete_user))
        .route("/coffee", get(brew))
}

/// 201 with the new user's id, or 422 when the name is empty or not
/// letters: a validation failure.
async fn create_user(name: String) -> Response {
    let name = name.trim();
    if name.is_empty() || !name.chars().all(char::is_alphabetic) {
        return (
            status::HTTP_422_UNPROCESSABLE_CONTENT,
            "a name is one or more letters",
        )
            .into_response();
    }
    (status::HTTP_201_CREATED, "2").into_response()
}

async fn find_user(Path(id): Path<u32>) -> Response {
    if id == 1 {
        "ada".into_response()
    } else {
        (status::HTTP_404_NOT_FOUND, format!("no user {id}")).into_response()
    }
}

async fn delete_user(Path(_id): Path<u32>) -> StatusCode {
    status::HTTP_204_NO_CONTENT
}

async fn brew() -> Response<Body> {
    (IM_A_TEAPOT, "short and stout").into_response()
}
