//! The README's example, a handler and its test in axum, built and run as
//! the README shows it: the last test checks that the README holds the
//! code between the markers, word for word.

// README example begins
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::{routing::post, Router};
use http_status::assert_status;
use tower::ServiceExt;

mod status {
    http_status::constants!(axum::http::StatusCode, try axum::http::StatusCode::from_u16);
}

async fn create_user(name: String) -> (StatusCode, String) {
    if name.trim().is_empty() {
        return (
            status::HTTP_422_UNPROCESSABLE_CONTENT,
            "a name, please".into(),
        );
    }
    (status::HTTP_201_CREATED, name)
}

#[tokio::test]
async fn creating_a_user_answers_201() {
    let app = Router::new().route("/users", post(create_user));
    let request = Request::post("/users").body(Body::from("ada")).unwrap();
    let res = app.oneshot(request).await.unwrap();
    assert_status!(res.status(), status::HTTP_201_CREATED);
    assert_status!(res.status(), status::is_success);
}
// README example ends

#[tokio::test]
async fn an_empty_name_answers_422() {
    let app = Router::new().route("/users", post(create_user));
    let request = Request::post("/users").body(Body::from(" ")).unwrap();
    let res = app.oneshot(request).await.unwrap();
    assert_status!(res.status(), status::is_client_error);
    assert_status!(res.status(), status::HTTP_422_UNPROCESSABLE_ENTITY);
}

#[test]
fn the_readme_shows_this_example_word_for_word() {
    let this = include_str!("readme.rs");
    let example = this
        .split("// README example begins\n")
        .nth(1)
        .and_then(|rest| rest.split("// README example ends\n").next())
        .expect("the markers");
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&format!("```rust,ignore\n{example}```\n")),
        "README.md does not show interop/tests/readme.rs's example as it is"
    );
}

#[tokio::test]
async fn the_readmes_failure_message_is_what_a_422_gives() {
    let app = Router::new().route("/users", post(create_user));
    let request = Request::post("/users").body(Body::from("")).unwrap();
    let res = app.oneshot(request).await.unwrap();
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert_status!(res.status(), status::HTTP_201_CREATED)
    }))
    .expect_err("a 422 is no 201");
    let message = *payload.downcast::<String>().expect("a formatted message");
    assert_eq!(
        message,
        "assertion failed: `res.status()` is not `status::HTTP_201_CREATED`\n  \
         actual: 422 Unprocessable Content \
         (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)\n\
         expected: 201 Created (HTTP_201_CREATED)"
    );
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&format!("```text\n{message}\n```")),
        "{message}"
    );
}
