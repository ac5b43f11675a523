//! A poem 3 service that answers with DRF's names as poem's own
//! `StatusCode` (`http` 1.x's), made once by
//! [`constants!`](http_status::constants) when the crate compiles.

use poem::http::StatusCode;
use poem::web::Path;
use poem::{get, handler, post, IntoResponse, Response, Route};

/// DRF's `status` module with every constant a `poem::http::StatusCode`.
pub mod status {
    http_status::constants!(poem::http::StatusCode, try poem::http::StatusCode::from_u16);
}

/// The service: users are created by name, deleted by id, and looked up by
/// id, of which only 1 exists.
pub fn app() -> Route {
    Route::new()
        .at("/users", post(create_user))
        .at("/users/:id", get(find_user).delete(delete_user))
        .at("/coffee", get(brew))
}

/// 201 with the new user's id, or 422 when the name is empty or not
/// letters: a validation failure.
#[handler]
fn create_user(name: String) -> Response {
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

#[handler]
fn find_user(Path(id): Path<u32>) -> Response {
    if id == 1 {
        "ada".into_response()
    } else {
        (status::HTTP_404_NOT_FOUND, format!("no user {id}")).into_response()
    }
}

#[handler]
fn delete_user(Path(_id): Path<u32>) -> StatusCode {
    status::HTTP_204_NO_CONTENT
}

/// poem's other form: any response `.with_status(...)`.
#[handler]
fn brew() -> impl IntoResponse {
    "short and stout".with_status(status::HTTP_418_IM_A_TEAPOT)
}
