//! The poem service, called in process with `poem::test::TestClient`,
//! checked with `assert_status!` on the response's status as it is,
//! `res.0.status()` (poem's `StatusCode` is `http` 1.x's), through the
//! service's own `status` module alone.

use http_status::assert_status;
use http_status_interop::poem_app::{app, status};
use poem::test::TestClient;

#[tokio::test]
async fn creating_a_user_answers_201() {
    let client = TestClient::new(app());
    let res = client.post("/users").body("grace").send().await;
    assert_status!(res.0.status(), status::HTTP_201_CREATED);
    assert_status!(res.0.status(), status::is_success);
    assert!(status::is_success(res.0.status()));
    // poem's own check takes the same constant.
    res.assert_status(status::HTTP_201_CREATED);
    res.assert_text("2").await;
}

#[tokio::test]
async fn an_invalid_name_answers_422() {
    let client = TestClient::new(app());
    let res = client.post("/users").body("r2d2").send().await;
    assert_status!(res.0.status(), status::HTTP_422_UNPROCESSABLE_CONTENT);
    assert_status!(res.0.status(), status::is_client_error);
}

#[tokio::test]
async fn deleting_answers_204() {
    let client = TestClient::new(app());
    let res = client.delete("/users/1").send().await;
    assert_status!(res.0.status(), status::HTTP_204_NO_CONTENT);
}

#[tokio::test]
async fn looking_users_up_answers_200_or_404() {
    let client = TestClient::new(app());
    let res = client.get("/users/1").send().await;
    assert_status!(res.0.status(), status::HTTP_200_OK);
    let res = client.get("/users/7").send().await;
    assert_status!(
        res.0.status(),
        [status::HTTP_404_NOT_FOUND, status::HTTP_410_GONE]
    );
}

#[tokio::test]
async fn the_coffee_pot_answers_418() {
    let client = TestClient::new(app());
    let res = client.get("/coffee").send().await;
    assert_status!(res.0.status(), status::HTTP_418_IM_A_TEAPOT);
}

#[tokio::test]
async fn a_failing_assertion_names_the_status_that_came_back() {
    let client = TestClient::new(app());
    let res = client.post("/users").body("").send().await;
    let actual = res.0.status();
    let payload = std::panic::catch_unwind(|| assert_status!(actual, status::is_success))
        .expect_err("a 422 is no success");
    let message = payload.downcast::<String>().expect("a formatted message");
    assert_eq!(
        *message,
        "assertion failed: `actual` is not `status::is_success`\n  \
         actual: 422 Unprocessable Content \
         (HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT)\n\
         expected: is_success (200..=299)"
    );
}
