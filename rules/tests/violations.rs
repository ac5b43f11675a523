//! `violations` and the assertions: each decided rule against a response
//! that breaks it and one that keeps it, and the messages word for word.

use http_status::status::ALL;
use http_status_rules::{
    assert_conforms, assert_conforms_strictly, rules, violations, violations_with_request,
    Condition, Level, Party, Rule, Topic,
};

/// The sections of what a response breaks, as "RFC, section, level".
fn broken(code: u16, method: &str, fields: &[&str], content: bool) -> Vec<String> {
    violations(code, method, fields, content)
        .map(|rule| format!("{} {} {}", rule.reference(), rule.level(), field_of(rule)))
        .collect()
}

fn field_of(rule: &Rule) -> &'static str {
    match rule.topic() {
        Topic::Field(name) => name,
        Topic::Content => "content",
        _ => "-",
    }
}

#[test]
fn a_required_field_that_is_missing_breaks_its_rule() {
    // Each code's own MUST or SHOULD, and the field that keeps it.
    for (code, field, level, section) in [
        (405, "Allow", "MUST", "15.5.6"),
        (401, "WWW-Authenticate", "MUST", "15.5.2"),
        (407, "Proxy-Authenticate", "MUST", "15.5.8"),
        (101, "Upgrade", "MUST", "15.2.2"),
        (426, "Upgrade", "MUST", "15.5.22"),
        (301, "Location", "SHOULD", "15.4.2"),
        (302, "Location", "SHOULD", "15.4.3"),
        (307, "Location", "SHOULD", "15.4.8"),
        (308, "Location", "SHOULD", "15.4.9"),
    ] {
        let expected = format!("RFC 9110, Section {section} {level} {field}");
        let without = broken(code, "GET", &["Content-Type"], true);
        assert!(without.contains(&expected), "{code}: {without:?}");
        let lower = field.to_ascii_lowercase();
        let with = broken(code, "GET", &["Content-Type", &lower], true);
        assert!(!with.contains(&expected), "{code}: {with:?}");
    }
}

#[test]
fn a_forbidden_field_that_is_there_breaks_its_rule() {
    for (code, method, field, section) in [
        (100, "POST", "Content-Length", "RFC 9110, Section 8.6"),
        (103, "GET", "Content-Length", "RFC 9110, Section 8.6"),
        (204, "PUT", "Content-Length", "RFC 9110, Section 8.6"),
        (200, "CONNECT", "Content-Length", "RFC 9110, Section 8.6"),
        (101, "GET", "Transfer-Encoding", "RFC 9112, Section 6.1"),
        (204, "DELETE", "Transfer-Encoding", "RFC 9112, Section 6.1"),
        (200, "CONNECT", "Transfer-Encoding", "RFC 9112, Section 6.1"),
    ] {
        let expected = format!("{section} MUST NOT {field}");
        let with = broken(code, method, &["Upgrade", field], false);
        assert!(with.contains(&expected), "{code} {method}: {with:?}");
        let without = broken(code, method, &["Upgrade"], false);
        assert!(!without.contains(&expected), "{code} {method}: {without:?}");
    }
    // Content-Length in a 200 to GET, or a 2xx to anything but CONNECT, is
    // no fault.
    assert!(broken(200, "GET", &["Content-Length"], true).is_empty());
    assert!(broken(201, "POST", &["Content-Length", "Location"], true).is_empty());
}

#[test]
fn content_that_the_code_or_head_rules_out_breaks_its_rule() {
    for (code, method, expected) in [
        (100, "POST", "RFC 9110, Section 15.2 cannot content"),
        (204, "PUT", "RFC 9110, Section 15.3.5 cannot content"),
        (205, "POST", "RFC 9110, Section 15.3.6 MUST NOT content"),
        (304, "GET", "RFC 9110, Section 15.4.5 cannot content"),
        (200, "HEAD", "RFC 9110, Section 9.3.2 MUST NOT content"),
        (404, "HEAD", "RFC 9110, Section 9.3.2 MUST NOT content"),
    ] {
        let with = broken(code, method, &[], true);
        assert!(with.iter().any(|rule| rule == expected), "{code}: {with:?}");
        let without = broken(code, method, &[], false);
        assert!(
            !without.iter().any(|rule| rule == expected),
            "{code}: {without:?}"
        );
    }
}

#[test]
fn an_error_without_an_explanation_breaks_a_should_but_not_to_head() {
    for (code, section) in [(404, "15.5"), (409, "15.5"), (500, "15.6"), (503, "15.6")] {
        let expected = format!("RFC 9110, Section {section} SHOULD content");
        assert!(
            broken(code, "GET", &["Retry-After"], false).contains(&expected),
            "{code}"
        );
        assert!(
            !broken(code, "GET", &[], true).contains(&expected),
            "{code}"
        );
        assert!(
            !broken(code, "HEAD", &[], false).contains(&expected),
            "{code}"
        );
    }
}

#[test]
fn a_rule_on_the_request_is_decided_only_with_the_requests_fields() {
    let fields = ["Upgrade", "Connection"];
    let switched: Vec<_> = violations_with_request(101, "GET", fields, false, ["Host"]).collect();
    assert_eq!(switched.len(), 1, "{switched:?}");
    assert_eq!(switched[0].reference().section(), "7.8");
    assert_eq!(switched[0].level(), Level::MustNot);
    assert_eq!(
        violations_with_request(101, "GET", fields, false, ["UPGRADE"]).count(),
        0
    );
    assert_eq!(violations(101, "GET", fields, false).count(), 0);
    // A 416 to a request with Range SHOULD carry Content-Range.
    let sections = |request: &[&str], response: &[&str]| -> Vec<&str> {
        violations_with_request(416, "GET", response, true, request)
            .map(|rule| rule.reference().section())
            .collect()
    };
    assert_eq!(sections(&["Range"], &[]), ["15.5.17", "14.4"]);
    assert!(sections(&["Range"], &["Content-Range"]).is_empty());
    assert!(sections(&[], &[]).is_empty());
}

/// The fields and content that keep every decided rule of `code`, as a
/// correct response would have them: every field some rule asks for, none
/// that one forbids, and content unless a rule rules it out.
fn keeping(code: u16, method: &str) -> (Vec<&'static str>, bool) {
    let mut fields = Vec::new();
    let mut content = true;
    for rule in rules(code) {
        if !sends(rule) || !applies(rule, method) {
            continue;
        }
        match rule.topic() {
            Topic::Field(name) if !rule.level().forbids() && !rule.level().is_optional() => {
                fields.push(name);
            }
            Topic::Content if rule.level().forbids() => content = false,
            _ => {}
        }
    }
    (fields, content)
}

/// Whether the rule binds the response's sender: a server, or a proxy.
fn sends(rule: &Rule) -> bool {
    matches!(rule.party(), Party::Server | Party::Intermediary)
}

fn applies(rule: &Rule, method: &str) -> bool {
    // Content asked for is not asked of a response to HEAD.
    if method == "HEAD"
        && matches!(rule.topic(), Topic::Content | Topic::ContentHolds)
        && !rule.level().forbids()
    {
        return false;
    }
    match rule.condition() {
        Condition::Always | Condition::Http11 => true,
        Condition::Methods(methods) => methods.contains(&method),
        Condition::ExceptMethods(methods) => !methods.contains(&method),
        _ => false,
    }
}

#[test]
fn a_may_is_never_broken_and_only_a_senders_rules_are() {
    for code in 0..=599 {
        for method in ["GET", "HEAD", "CONNECT"] {
            for content in [false, true] {
                for rule in violations_with_request(
                    code,
                    method,
                    ["Content-Length", "Transfer-Encoding"],
                    content,
                    ["Range"],
                ) {
                    assert!(!rule.level().is_optional(), "{code}: {rule}");
                    assert!(sends(rule), "{code}: {rule}");
                }
            }
        }
    }
}

#[test]
fn a_correct_response_with_any_code_to_any_method_breaks_nothing() {
    for &code in ALL {
        for method in ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS"] {
            let (fields, content) = keeping(code, method);
            let found = broken(code, method, &fields, content);
            assert!(found.is_empty(), "{code} {method} {fields:?}: {found:?}");
        }
    }
}

#[test]
fn every_decided_rule_is_broken_by_the_response_that_breaks_it_alone() {
    let mut decided = 0;
    for &code in ALL {
        for method in ["GET", "HEAD", "POST", "CONNECT"] {
            let (fields, content) = keeping(code, method);
            for rule in rules(code) {
                if !sends(rule) || rule.level().is_optional() || !applies(rule, method) {
                    continue;
                }
                let (mut fields, mut content) = (fields.clone(), content);
                match rule.topic() {
                    Topic::Field(name) if rule.level().forbids() => fields.push(name),
                    Topic::Field(name) => fields.retain(|field| *field != name),
                    Topic::Content => content = rule.level().forbids(),
                    Topic::ContentHolds if !rule.level().forbids() => content = false,
                    _ => continue,
                }
                decided += 1;
                assert!(
                    violations(code, method, &fields, content).any(|found| found == rule),
                    "{code} {method} {fields:?} {content}: {rule}"
                );
            }
        }
    }
    assert!(decided > 50, "only {decided} decided");
}

#[test]
fn a_failure_names_each_rule_its_level_and_quote_and_the_fix() {
    let failed =
        std::panic::catch_unwind(|| assert_conforms(405, "DELETE", ["Content-Type"], true))
            .unwrap_err();
    let message = failed.downcast_ref::<String>().unwrap();
    assert_eq!(
        message,
        "a 405 response to DELETE breaks 2 rules of its code:\n  \
         server MUST: \"The origin server MUST generate an Allow header field in a 405 response \
         containing a list of the target resource's currently supported methods.\" \
         (RFC 9110, Section 15.5.6)\n    fix: send the Allow header field\n  \
         server MUST: \"An origin server MUST generate an Allow header field in a 405 (Method Not \
         Allowed) response and MAY do so in any other response.\" (RFC 9110, Section 10.2.1)\n    \
         fix: send the Allow header field"
    );
    // A SHOULD fails only when asked for.
    assert_conforms(404, "GET", ["Content-Length"], false);
    let failed = std::panic::catch_unwind(|| {
        assert_conforms_strictly(404, "GET", ["Content-Length"], false)
    })
    .unwrap_err();
    let message = failed.downcast_ref::<String>().unwrap();
    assert!(
        message.starts_with("a 404 response to GET breaks 1 rule of its code:\n  server SHOULD: \"Except when responding to a HEAD request, the server SHOULD send a representation containing an explanation of the error situation, and whether it is a temporary or permanent condition.\" (RFC 9110, Section 15.5)\n    fix: send content"),
        "{message}"
    );
}

#[test]
fn field_names_compare_without_case_and_come_in_any_string_form() {
    let owned = vec![String::from("ALLOW")];
    assert_eq!(violations(405, "GET", &owned, true).count(), 0);
    assert_eq!(
        violations(405, "GET", owned.iter().map(String::as_str), true).count(),
        0
    );
    assert_eq!(violations(405, "GET", ["aLlOw"], true).count(), 0);
}
