//! Codes outside the registry that logs show: kept apart from every lookup
//! of the registry's codes.

mod common;

use common::{DRF, UNREGISTERED_BY_HAND};
use http_status::status::{
    from_phrase, name, reason_phrase, unregistered, Unregistered, ALL, UNREGISTERED,
};

#[test]
fn the_table_is_each_users_codes_as_its_own_source_names_them() {
    let table: Vec<(u16, &str, &str, &str)> = UNREGISTERED
        .iter()
        .map(|entry| (entry.code, entry.user, entry.phrase, entry.source))
        .collect();
    assert_eq!(table, UNREGISTERED_BY_HAND);
}

#[test]
fn each_entry_cites_its_users_own_source() {
    for entry in UNREGISTERED {
        match entry.user {
            "nginx" => {
                assert!(
                    entry
                        .source
                        .starts_with("https://github.com/nginx/nginx/blob/"),
                    "{entry:?}"
                );
                assert!(entry.source.contains("/src/http/ngx_http_"), "{entry:?}");
            }
            "Cloudflare" => assert_eq!(
                entry.source,
                format!(
                    "https://developers.cloudflare.com/support/troubleshooting/\
                     http-status-codes/cloudflare-5xx-errors/error-{}/",
                    entry.code
                ),
                "its page for the code"
            ),
            "AWS Application Load Balancer" => assert_eq!(
                entry.source,
                format!(
                    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/\
                     load-balancer-troubleshooting.html#http-{}-issues",
                    entry.code
                ),
                "its section of the troubleshooting page"
            ),
            user => panic!("no rule for {user}'s sources: {entry:?}"),
        }
    }
}

#[test]
fn each_code_has_one_user() {
    for (at, &(code, user, ..)) in UNREGISTERED_BY_HAND.iter().enumerate() {
        let others = &UNREGISTERED_BY_HAND[at + 1..];
        assert!(others.iter().all(|other| other.0 != code), "{code}");
        assert_eq!(unregistered(code).map(|entry| entry.user), Some(user));
    }
}

#[test]
fn no_unregistered_code_shares_a_code_with_the_registrys_table() {
    for &(code, _, phrase, _) in UNREGISTERED_BY_HAND {
        assert!(!ALL.contains(&code), "{code}");
        assert!(DRF.iter().all(|row| row.1 != code), "{code}");
        assert_eq!(reason_phrase(code), None, "{code}");
        assert_eq!(name(code), None, "{code}");
        assert_eq!(from_phrase(phrase), None, "{phrase}");
        assert_eq!(from_phrase(&phrase.to_ascii_uppercase()), None, "{phrase}");
    }
}

#[test]
fn unregistered_finds_exactly_the_tables_codes() {
    for code in 0..=u16::MAX {
        let expected = UNREGISTERED_BY_HAND
            .iter()
            .find(|entry| entry.0 == code)
            .map(|&(_, user, phrase, source)| (user, phrase, source));
        assert_eq!(
            unregistered(code).map(|entry| (entry.user, entry.phrase, entry.source)),
            expected,
            "{code}"
        );
    }
}

#[test]
fn unregistered_works_in_a_const() {
    const CLOSED: Option<&Unregistered> = unregistered(499);
    assert_eq!(CLOSED.map(|entry| entry.user), Some("nginx"));
}
