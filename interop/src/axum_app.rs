//! An axum 0.8 service that answers with DRF's names as axum's own
//! `StatusCode`, made once by [`constants!`](http_status::constants) when
//! the crate compiles: `StatusCode::from_u16` is a `const fn` since `http`
//! 1.4.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

/// DRF's `status` module with every constant an `axum::http::StatusCode`.
pub mod status {
    http_status::constants!(axum::http::StatusCode, try axum::http::StatusCode::from_u16);
}

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

async fn brew() -> impl IntoResponse {
    (status::HTTP_418_IM_A_TEAPOT, "short and stout")
}
