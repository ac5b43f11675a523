//! `retry` and `understood_as`: the RFCs' rules for what a client may do
//! next, written out a second time, each under the sentence that states it,
//! and compared with the crate's for every `u16`.

use http_status::status::{retry, understood_as, Change, Requirement, ALL};
use Change::{Connection, Credentials, HeaderField, HeaderSection, Nothing, Wait};
use Requirement::{May, MustNot, Should, ShouldNot};

/// (code, requirement, change, RFC, section, condition)
type Rule = (u16, Requirement, Change, u16, &'static str, &'static str);

const RULES: &[Rule] = &[
    // RFC 9110, 15.5.2: "The user agent MAY repeat the request with a new or
    // replaced Authorization header field (Section 11.6.2)."
    (
        401,
        May,
        Credentials,
        9110,
        "15.5.2",
        "with a new or replaced Authorization header field",
    ),
    // 15.5.4: "If authentication credentials were provided in the request,
    // the server considers them insufficient to grant access. The client
    // SHOULD NOT automatically repeat the request with the same
    // credentials. The client MAY repeat the request with new or different
    // credentials."
    (
        403,
        ShouldNot,
        Nothing,
        9110,
        "15.5.4",
        "automatically, with the same credentials, if the request provided credentials",
    ),
    (
        403,
        May,
        Credentials,
        9110,
        "15.5.4",
        "with new or different credentials",
    ),
    // 15.5.8: "The client MAY repeat the request with a new or replaced
    // Proxy-Authorization header field (Section 11.7.2)."
    (
        407,
        May,
        Credentials,
        9110,
        "15.5.8",
        "with a new or replaced Proxy-Authorization header field",
    ),
    // 15.5.9: "If the client has an outstanding request in transit, it MAY
    // repeat that request. If the current connection is not usable (e.g.,
    // as it would be in HTTP/1.1 because request delimitation is lost), a
    // new connection will be used."
    (
        408,
        May,
        Nothing,
        9110,
        "15.5.9",
        "if the client has an outstanding request in transit; a new connection will be used \
         if the current one is not usable",
    ),
    // 15.5.12: "The client MAY repeat the request if it adds a valid
    // Content-Length header field containing the length of the request
    // content."
    (
        411,
        May,
        HeaderField("Content-Length"),
        9110,
        "15.5.12",
        "if it adds a valid Content-Length header field containing the length of the \
         request content",
    ),
    // 15.5.14: "If the condition is temporary, the server SHOULD generate a
    // Retry-After header field to indicate that it is temporary and after
    // what time the client MAY try again."
    (
        413,
        May,
        Wait,
        9110,
        "15.5.14",
        "if the condition is temporary, after the time a Retry-After header field gives, \
         which the server SHOULD then send",
    ),
    // 10.1.1: "A client that receives a 417 (Expectation Failed) status code
    // in response to a request containing a 100-continue expectation SHOULD
    // repeat that request without a 100-continue expectation".
    (
        417,
        Should,
        HeaderField("Expect"),
        9110,
        "10.1.1",
        "without the 100-continue expectation, to a request that contained one",
    ),
    // 15.5.20: "A client that receives a 421 (Misdirected Request) response
    // MAY retry the request, whether or not the request method is
    // idempotent, over a different connection, such as a fresh connection
    // specific to the target resource's origin, or via an alternative
    // service".
    (
        421,
        May,
        Connection,
        9110,
        "15.5.20",
        "whether or not the request method is idempotent, such as a fresh connection \
         specific to the target resource's origin",
    ),
    // RFC 8470, 5.2: "User agents that send a request in early data are
    // expected to retry the request when receiving a 425 (Too Early)
    // response status code. A user agent SHOULD retry automatically, but
    // any retries MUST NOT be sent in early data."
    (
        425,
        Should,
        Nothing,
        8470,
        "5.2",
        "automatically, if it was sent in early data",
    ),
    (425, MustNot, Nothing, 8470, "5.2", "in early data"),
    // RFC 6585, 4: "The response representations SHOULD include details
    // explaining the condition, and MAY include a Retry-After header
    // indicating how long to wait before making a new request."
    (
        429,
        May,
        Wait,
        6585,
        "4",
        "as long as a Retry-After header field, which the response MAY include, says to wait",
    ),
    // RFC 6585, 5: "The request MAY be resubmitted after reducing the size
    // of the request header fields."
    (
        431,
        May,
        HeaderSection,
        6585,
        "5",
        "after reducing the size of the request header fields",
    ),
    // RFC 4918, 11.5: "If the request that received this status code was
    // the result of a user action, the request MUST NOT be repeated until
    // it is requested by a separate user action."
    (
        507,
        MustNot,
        Nothing,
        4918,
        "11.5",
        "until a separate user action requests it, if the request was the result of a user \
         action",
    ),
    // RFC 9110, 15.6.4: "The server MAY send a Retry-After header field
    // (Section 10.2.3) to suggest an appropriate amount of time for the
    // client to wait before retrying the request."
    (
        503,
        May,
        Wait,
        9110,
        "15.6.4",
        "after the time that a Retry-After header field, which the server MAY send, suggests",
    ),
];

#[test]
fn retry_gives_exactly_the_rfcs_rules_for_every_u16() {
    for code in 0..=u16::MAX {
        let ours: Vec<Rule> = retry(code)
            .iter()
            .map(|rule| {
                let reference = rule.reference();
                (
                    code,
                    rule.requirement(),
                    rule.change(),
                    reference.rfc(),
                    reference.section(),
                    rule.condition().expect("every rule here has a condition"),
                )
            })
            .collect();
        let written: Vec<Rule> = RULES
            .iter()
            .copied()
            .filter(|rule| rule.0 == code)
            .collect();
        assert_eq!(ours, written, "{code}");
    }
}

#[test]
fn each_rule_links_its_section() {
    for &code in ALL {
        for rule in retry(code) {
            let reference = rule.reference();
            assert_eq!(
                reference.url(),
                format!(
                    "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                    reference.rfc(),
                    reference.section()
                )
            );
        }
    }
}

#[test]
fn a_rule_reads_as_a_sentence() {
    let written: Vec<String> = [403, 411, 421, 503]
        .iter()
        .flat_map(|&code| retry(code).iter().map(ToString::to_string))
        .collect();
    assert_eq!(
        written,
        [
            "SHOULD NOT repeat the request, automatically, with the same credentials, if the \
             request provided credentials (RFC 9110, Section 15.5.4)",
            "MAY repeat the request with new credentials, with new or different credentials \
             (RFC 9110, Section 15.5.4)",
            "MAY repeat the request with its Content-Length header field changed, if it adds a \
             valid Content-Length header field containing the length of the request content \
             (RFC 9110, Section 15.5.12)",
            "MAY repeat the request over another connection, whether or not the request method \
             is idempotent, such as a fresh connection specific to the target resource's origin \
             (RFC 9110, Section 15.5.20)",
            "MAY repeat the request after a wait, after the time that a Retry-After header \
             field, which the server MAY send, suggests (RFC 9110, Section 15.6.4)",
        ]
    );
}

#[test]
fn a_final_answer_or_a_code_the_rfcs_say_nothing_of_has_no_rule() {
    for code in [200, 404, 500, 501, 502, 504, 509, 510, 299, 0, u16::MAX] {
        assert!(retry(code).is_empty(), "{code}");
    }
}

#[test]
fn understood_as_is_the_code_its_class_or_500_for_every_u16() {
    for code in 0..=u16::MAX {
        let expected = if ALL.contains(&code) {
            code
        } else if (100..=599).contains(&code) {
            code - code % 100
        } else {
            500
        };
        assert_eq!(understood_as(code), expected, "{code}");
    }
}

#[test]
fn requirement_writes_the_negative_keywords() {
    assert_eq!(Requirement::ShouldNot.to_string(), "SHOULD NOT");
    assert_eq!(Requirement::MustNot.to_string(), "MUST NOT");
}

const RULES_OF_425: &[http_status::status::Retry] = retry(425);
const UNDERSTOOD: u16 = understood_as(499);

#[test]
fn both_work_in_a_const() {
    assert_eq!(RULES_OF_425.len(), 2);
    assert_eq!(UNDERSTOOD, 400);
    const RULE: http_status::status::Retry = retry(421)[0];
    const LEVEL: Requirement = RULE.requirement();
    const CHANGE: Change = RULE.change();
    const CONDITION: Option<&str> = RULE.condition();
    const SECTION: &str = RULE.reference().section();
    assert_eq!((LEVEL, CHANGE, SECTION), (May, Connection, "15.5.20"));
    assert!(CONDITION.is_some());
}
