//! Every response of the four services checked against its code's rules
//! with `http_status_rules::assert_conforms`, as each framework hands it to
//! a test: the status's code, the request's method, the response's header
//! names as the framework gives them, and whether it has content. Each
//! framework also answers one deliberately broken response, a 405 without
//! `Allow`, whose failure is read word for word.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// What `assert_conforms` says of a 405 to DELETE without `Allow`: RFC
/// 9110 states the rule twice.
const NO_ALLOW: &str = "a 405 response to DELETE breaks 2 rules of its code:\n  \
    server MUST: \"The origin server MUST generate an Allow header field in a 405 response \
    containing a list of the target resource's currently supported methods.\" \
    (RFC 9110, Section 15.5.6)\n    fix: send the Allow header field\n  \
    server MUST: \"An origin server MUST generate an Allow header field in a 405 (Method Not \
    Allowed) response and MAY do so in any other response.\" (RFC 9110, Section 10.2.1)\n    \
    fix: send the Allow header field";

/// The message `check` panicked with.
fn failure(check: impl FnOnce()) -> String {
    let panicked = catch_unwind(AssertUnwindSafe(check)).expect_err("the check passed");
    panicked
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default()
}

mod axum_service {
    use super::{failure, NO_ALLOW};
    use axum::body::{to_bytes, Body};
    use axum::http::{Request, Response, StatusCode};
    use axum::routing::delete;
    use axum::Router;
    use http_status_interop::axum_app::app;
    use http_status_rules::{assert_conforms, violations};
    use tower::ServiceExt;

    async fn send(router: Router, method: &str, uri: &str, body: &str) -> (Response<Body>, bool) {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::from(body.to_owned()))
            .unwrap();
        let res = router.oneshot(request).await.unwrap();
        let (parts, body) = res.into_parts();
        let bytes = to_bytes(body, usize::MAX).await.unwrap();
        (
            Response::from_parts(parts, Body::empty()),
            !bytes.is_empty(),
        )
    }

    #[tokio::test]
    async fn every_response_keeps_its_codes_rules() {
        for (method, uri, body) in [
            ("POST", "/users", "grace"),
            ("POST", "/users", "r2d2"),
            ("GET", "/users/1", ""),
            ("GET", "/users/2", ""),
            ("GET", "/coffee", ""),
            // Not a method of the route: axum answers 405 with Allow.
            ("PUT", "/users", ""),
        ] {
            let (res, has_content) = send(app(), method, uri, body).await;
            assert_conforms(
                res.status().as_u16(),
                method,
                res.headers().keys(),
                has_content,
            );
        }
    }

    /// axum 0.8's router gives every response whose body length it knows a
    /// `Content-Length`, a 204's too (`set_content_length` in its
    /// `src/routing/route.rs`), which RFC 9110, Section 8.6 forbids; hyper 1.x
    /// leaves that field out when it writes a 204 (`src/proto/h1/role.rs`), so
    /// the check sees what the test is handed, not what goes on the wire.
    #[tokio::test]
    async fn axums_204_carries_the_content_length_that_hyper_drops() {
        let (res, has_content) = send(app(), "DELETE", "/users/1", "").await;
        let broken: Vec<String> = violations(204, "DELETE", res.headers().keys(), has_content)
            .map(|rule| rule.reference().to_string())
            .collect();
        assert_eq!(broken, ["RFC 9110, Section 8.6"]);
    }

    #[tokio::test]
    async fn a_405_without_allow_fails_with_its_rule() {
        let broken = Router::new().route(
            "/users/{id}",
            delete(|| async { StatusCode::METHOD_NOT_ALLOWED }),
        );
        let (res, has_content) = send(broken, "DELETE", "/users/1", "").await;
        assert!(!has_content);
        let said = failure(|| {
            // README example begins
            assert_conforms(res.status().as_u16(), "DELETE", res.headers().keys(), false);
            // README example ends
        });
        assert_eq!(said, NO_ALLOW);
    }

    /// The README shows the assertion as this test makes it, and the
    /// message it gives, word for word.
    #[test]
    fn the_readme_shows_this_assertion_and_its_failure() {
        let this = include_str!("conformance.rs");
        let call = this
            .split("// README example begins\n")
            .nth(1)
            .and_then(|rest| rest.split("// README example ends\n").next())
            .expect("the markers")
            .trim();
        let readme = include_str!("../../README.md");
        assert!(
            readme.contains(&format!(
                "```rust,ignore\nuse http_status_rules::assert_conforms;\n\n{call}\n```\n"
            )),
            "README.md does not show {call}"
        );
        assert!(
            readme.contains(&format!("```text\n{NO_ALLOW}\n```\n")),
            "README.md does not show the failure"
        );
    }
}

mod actix_service {
    use super::NO_ALLOW;
    use actix_web::dev::ServiceResponse;
    use actix_web::{test, web, App, HttpResponse};
    use http_status_interop::actix_app::routes;
    use http_status_rules::assert_conforms;

    async fn check(res: ServiceResponse, method: &str) -> Result<(), String> {
        let code = res.status().as_u16();
        let fields: Vec<String> = res.headers().keys().map(|name| name.to_string()).collect();
        let has_content = !test::read_body(res).await.is_empty();
        let method = method.to_owned();
        let said = std::panic::catch_unwind(move || {
            assert_conforms(code, &method, &fields, has_content);
        });
        said.map_err(|panicked| {
            panicked
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default()
        })
    }

    #[actix_web::test]
    async fn every_response_keeps_its_codes_rules() {
        let app = test::init_service(App::new().configure(routes)).await;
        for (request, method) in [
            (
                test::TestRequest::post().uri("/users").set_payload("grace"),
                "POST",
            ),
            (
                test::TestRequest::post().uri("/users").set_payload("r2d2"),
                "POST",
            ),
            (test::TestRequest::get().uri("/users/1"), "GET"),
            (test::TestRequest::get().uri("/users/2"), "GET"),
            (test::TestRequest::delete().uri("/users/1"), "DELETE"),
            (test::TestRequest::get().uri("/coffee"), "GET"),
        ] {
            let res = test::call_service(&app, request.to_request()).await;
            assert_eq!(check(res, method).await, Ok(()));
        }
    }

    #[actix_web::test]
    async fn a_405_without_allow_fails_with_its_rule() {
        let app = test::init_service(App::new().route(
            "/users/{id}",
            web::delete().to(|| async { HttpResponse::MethodNotAllowed().body("no deleting") }),
        ))
        .await;
        let res = test::call_service(
            &app,
            test::TestRequest::delete().uri("/users/1").to_request(),
        )
        .await;
        assert_eq!(check(res, "DELETE").await, Err(NO_ALLOW.to_owned()));
    }
}

mod rocket_service {
    use super::{failure, NO_ALLOW};
    use http_status_interop::rocket_app::rocket;
    use http_status_rules::assert_conforms;
    use rocket::http::Status;
    use rocket::local::blocking::{Client, LocalResponse};

    fn check(response: LocalResponse<'_>, method: &str) {
        let code = response.status().code;
        let fields: Vec<String> = response
            .headers()
            .iter()
            .map(|header| header.name().to_string())
            .collect();
        let has_content = !response.into_bytes().unwrap_or_default().is_empty();
        assert_conforms(code, method, &fields, has_content);
    }

    #[test]
    fn every_response_keeps_its_codes_rules() {
        let client = Client::tracked(rocket()).expect("a valid Rocket");
        check(client.post("/users").body("grace").dispatch(), "POST");
        check(client.post("/users").body("r2d2").dispatch(), "POST");
        check(client.get("/users/1").dispatch(), "GET");
        check(client.get("/users/2").dispatch(), "GET");
        check(client.delete("/users/1").dispatch(), "DELETE");
        check(client.get("/coffee").dispatch(), "GET");
    }

    #[rocket::delete("/users/<_id>")]
    fn refuse(_id: u32) -> (Status, &'static str) {
        (Status::MethodNotAllowed, "no deleting")
    }

    #[test]
    fn a_405_without_allow_fails_with_its_rule() {
        let broken = rocket::build().mount("/", rocket::routes![refuse]);
        let client = Client::tracked(broken).expect("a valid Rocket");
        let response = client.delete("/users/1").dispatch();
        assert_eq!(failure(|| check(response, "DELETE")), NO_ALLOW);
    }
}

mod poem_service {
    use super::NO_ALLOW;
    use http_status_interop::poem_app::app;
    use http_status_rules::assert_conforms;
    use poem::http::StatusCode;
    use poem::test::{TestClient, TestResponse};
    use poem::{handler, Endpoint, Route};

    async fn check(res: TestResponse, method: &str) -> Result<(), String> {
        let code = res.0.status().as_u16();
        let fields: Vec<String> = res
            .0
            .headers()
            .keys()
            .map(|name| name.to_string())
            .collect();
        let has_content = !res.0.into_body().into_bytes().await.unwrap().is_empty();
        let method = method.to_owned();
        std::panic::catch_unwind(move || assert_conforms(code, &method, &fields, has_content))
            .map_err(|panicked| {
                panicked
                    .downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_default()
            })
    }

    async fn send<E: Endpoint>(
        client: &TestClient<E>,
        method: &str,
        uri: &str,
        body: &str,
    ) -> TestResponse {
        match method {
            "POST" => client.post(uri).body(body.to_owned()).send().await,
            "DELETE" => client.delete(uri).send().await,
            _ => client.get(uri).send().await,
        }
    }

    #[tokio::test]
    async fn every_response_keeps_its_codes_rules() {
        let client = TestClient::new(app());
        for (method, uri, body) in [
            ("POST", "/users", "grace"),
            ("POST", "/users", "r2d2"),
            ("GET", "/users/1", ""),
            ("GET", "/users/2", ""),
            ("DELETE", "/users/1", ""),
            ("GET", "/coffee", ""),
        ] {
            let res = send(&client, method, uri, body).await;
            assert_eq!(check(res, method).await, Ok(()), "{method} {uri}");
        }
    }

    #[handler]
    fn refuse() -> (StatusCode, &'static str) {
        (StatusCode::METHOD_NOT_ALLOWED, "no deleting")
    }

    #[tokio::test]
    async fn a_405_without_allow_fails_with_its_rule() {
        let client = TestClient::new(Route::new().at("/users/:id", poem::delete(refuse)));
        let res = send(&client, "DELETE", "/users/1", "").await;
        assert_eq!(check(res, "DELETE").await, Err(NO_ALLOW.to_owned()));
    }
}
