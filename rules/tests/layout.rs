//! `rules(code)`: exactly the rules whose scope covers the code, its own
//! first, then its class's, then those for every code, each in the order
//! of the data.

mod kept;

use http_status::status::ALL;
use http_status_rules::{rules, Scope};
use kept::every_rule;

fn part(scope: Scope) -> u8 {
    match scope {
        Scope::All => 2,
        Scope::Class(_) => 1,
        _ => 0,
    }
}

#[test]
fn a_codes_rules_are_its_own_then_its_classs_then_every_codes() {
    let every = every_rule();
    for code in ALL
        .iter()
        .copied()
        .chain([199, 299, 399, 499, 599, 0, 600, u16::MAX])
    {
        let given = rules(code);
        let parts: Vec<u8> = given.iter().map(|rule| part(rule.scope())).collect();
        let mut sorted = parts.clone();
        sorted.sort_unstable();
        assert_eq!(parts, sorted, "{code}");
        for rule in &every {
            let covers = rule.scope().covers(code)
                && (ALL.contains(&code)
                    || !matches!(rule.scope(), Scope::Code(_) | Scope::Codes(_)));
            let valid = (100..=599).contains(&code);
            let expected = covers && (valid || rule.scope() == Scope::All);
            assert_eq!(given.contains(rule), expected, "{code}: {rule}");
        }
        let mut distinct = given.to_vec();
        distinct.dedup();
        assert_eq!(distinct.len(), given.len(), "{code}: a rule twice");
    }
}

#[test]
fn every_code_a_rule_names_has_a_constant() {
    for rule in every_rule() {
        match rule.scope() {
            Scope::Code(code) => assert!(ALL.contains(&code), "{rule}"),
            Scope::Codes(codes) => assert!(codes.iter().all(|code| ALL.contains(code)), "{rule}"),
            Scope::Class(class) => assert!((1..=5).contains(&class), "{rule}"),
            _ => {}
        }
    }
}

#[test]
fn a_rule_reads_as_its_party_level_quote_and_section() {
    let allow = rules(405)
        .iter()
        .find(|rule| rule.reference().section() == "15.5.6")
        .unwrap();
    assert_eq!(
        allow.to_string(),
        "server MUST: \"The origin server MUST generate an Allow header field in a 405 response \
         containing a list of the target resource's currently supported methods.\" \
         (RFC 9110, Section 15.5.6)"
    );
    assert_eq!(
        allow.reference().url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6"
    );
    assert_eq!(format!("{:?}", allow.level()), "Must");
    assert_eq!(
        format!("{:?}", http_status_rules::Level::MustNot),
        "MustNot"
    );
}

#[test]
fn the_rules_without_a_keyword_are_the_three_that_say_cannot() {
    let cannot: Vec<(&str, &str)> = every_rule()
        .into_iter()
        .filter(|rule| rule.level() == http_status_rules::Level::Cannot)
        .map(|rule| (rule.reference().section(), rule.quote()))
        .collect();
    let terminated = |code: &str| {
        format!(
            "A {code} response is terminated by the end of the header section; it cannot \
             contain content or trailers."
        )
    };
    let expected = [
        ("15.2", terminated("1xx")),
        ("15.3.5", terminated("204")),
        ("15.4.5", terminated("304")),
    ];
    let expected: Vec<(&str, &str)> = expected
        .iter()
        .map(|(section, quote)| (*section, quote.as_str()))
        .collect();
    assert_eq!(cannot, expected);
}
