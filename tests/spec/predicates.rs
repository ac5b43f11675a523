//! The range predicates and `class`, checked against DRF's definitions for
//! every `u16`.

use crate::common;

use common::assert_for_every_u16;
use http_status::status::class as class_of;
use http_status::status::*;

/// Checks `predicate` on every `u16` against DRF's own form of the range,
/// `low <= code <= high`.
fn assert_range(predicate: fn(u16) -> bool, low: u16, high: u16) {
    assert_for_every_u16(predicate, |code| low <= code && code <= high);
}

#[test]
fn is_informational_is_100_to_199() {
    assert_range(is_informational, 100, 199);
}

#[test]
fn is_success_is_200_to_299() {
    assert_range(is_success, 200, 299);
}

#[test]
fn is_redirect_is_300_to_399() {
    assert_range(is_redirect, 300, 399);
}

#[test]
fn is_client_error_is_400_to_499() {
    assert_range(is_client_error, 400, 499);
}

#[test]
fn is_server_error_is_500_to_599() {
    assert_range(is_server_error, 500, 599);
}

#[test]
fn is_error_is_400_to_599() {
    assert_range(is_error, 400, 599);
}

#[test]
fn class_agrees_with_the_predicates() {
    for code in 0..=u16::MAX {
        let expected = if is_informational(code) {
            Some(Class::Informational)
        } else if is_success(code) {
            Some(Class::Successful)
        } else if is_redirect(code) {
            Some(Class::Redirection)
        } else if is_client_error(code) {
            Some(Class::ClientError)
        } else if is_server_error(code) {
            Some(Class::ServerError)
        } else {
            None
        };
        assert_eq!(class(code), expected, "{code}");
    }
}

#[test]
fn class_is_none_outside_100_to_599() {
    for code in (0..100).chain(600..=u16::MAX) {
        assert_eq!(class(code), None, "{code}");
    }
}

#[test]
fn class_displays_as_rfc_9110_titles() {
    let titles: Vec<String> = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ]
    .iter()
    .map(Class::to_string)
    .collect();
    assert_eq!(
        titles,
        [
            "Informational",
            "Successful",
            "Redirection",
            "Client Error",
            "Server Error"
        ]
    );
}

#[test]
fn classes_are_ordered_as_their_codes() {
    let mut classes = [
        Class::ServerError,
        Class::Informational,
        Class::ClientError,
        Class::Redirection,
        Class::Successful,
    ];
    classes.sort();
    let firsts = classes.map(|class| *class.range().start());
    assert_eq!(firsts, [100, 200, 300, 400, 500]);
}

#[test]
fn each_class_ranges_over_exactly_the_codes_it_holds() {
    for code in 0..=u16::MAX {
        for class in [
            Class::Informational,
            Class::Successful,
            Class::Redirection,
            Class::ClientError,
            Class::ServerError,
        ] {
            assert_eq!(
                class.range().contains(&code),
                class_of(code) == Some(class),
                "{code}"
            );
        }
    }
    assert!(Class::Informational < Class::Successful && Class::ClientError < Class::ServerError);
}
