//! Meanings read against the sections that define their codes: each test
//! names the sentence of the RFC it holds the meaning to, and fails on the
//! wording it replaced.

use http_status::status::meaning;

fn means(code: u16) -> &'static str {
    meaning(code).unwrap()
}

#[test]
fn a_400_is_a_request_the_server_cannot_or_will_not_process() {
    // RFC 9110, 15.5.1: "the server cannot or will not process the request".
    assert!(means(400).starts_with("The server cannot or will not process"));
}

#[test]
fn a_403_asks_only_that_the_same_credentials_not_be_resent_automatically() {
    // 15.5.4: "The client SHOULD NOT automatically repeat the request with
    // the same credentials. The client MAY repeat the request with new or
    // different credentials. However, a request might be forbidden for
    // reasons unrelated to the credentials."
    let meaning = means(403);
    assert!(meaning.contains("should not be resent automatically"));
    assert!(meaning.contains("the cause may lie elsewhere"));
    assert!(!meaning.contains("will not help"));
}

#[test]
fn a_406_is_sent_only_where_no_default_is_sent_instead() {
    // 15.5.7: "... and the server is unwilling to supply a default
    // representation."
    assert!(means(406).contains("will not send a default one"));
}

#[test]
fn a_408_promises_no_closed_connection() {
    // 15.5.9: "If the client has an outstanding request in transit, it MAY
    // repeat that request." RFC 7231's "will close the connection" is gone.
    let meaning = means(408);
    assert!(!meaning.contains("close"));
    assert!(meaning.contains("may repeat a request it still has in transit"));
}

#[test]
fn a_303_is_retrieved_with_get_or_head() {
    // 15.4.4: "A user agent can perform a retrieval request targeting that
    // URI (a GET or HEAD request if using HTTP)".
    assert!(means(303).contains("GET or HEAD"));
}

#[test]
fn a_307_or_308_may_be_followed_automatically_and_keeps_the_method() {
    // 15.4.8: "the user agent MAY use the Location field value for
    // automatic redirection" and "MUST NOT change the request method if it
    // performs an automatic redirection"; for 308, RFC 7538, Section 3.
    for code in [307, 308] {
        let meaning = means(code);
        assert!(meaning.contains("may follow it automatically"), "{code}");
        assert!(!meaning.contains("must repeat"), "{code}");
    }
    assert!(means(307).contains("not with another method"));
    assert!(means(308).contains("not change POST to GET"));
}

#[test]
fn a_413_says_when_to_retry_if_the_condition_is_temporary() {
    // 15.5.14: "If the condition is temporary, the server SHOULD generate a
    // Retry-After header field".
    let meaning = means(413);
    assert!(meaning.contains("if that is temporary, a Retry-After header field should"));
    assert!(!meaning.contains("close"));
}

#[test]
fn a_425_is_retried_automatically_and_never_in_early_data() {
    // RFC 8470, 5.2: "A user agent SHOULD retry automatically, but any
    // retries MUST NOT be sent in early data."
    assert!(means(425).contains("should retry it automatically, never in early data"));
}
