//! The range predicates and `class`, checked against DRF's definitions for
//! every `u16`.

use http_status::status::*;

/// DRF's own form: `low <= code <= high`.
fn between(code: u16, low: u16, high: u16) -> bool {
    low <= code && code <= high
}

#[test]
fn is_informational_is_100_to_199() {
    for code in 0..=u16::MAX {
        assert_eq!(is_informational(code), between(code, 100, 199), "{code}");
    }
}

#[test]
fn is_success_is_200_to_299() {
    for code in 0..=u16::MAX {
        assert_eq!(is_success(code), between(code, 200, 299), "{code}");
    }
}

#[test]
fn is_redirect_is_300_to_399() {
    for code in 0..=u16::MAX {
        assert_eq!(is_redirect(code), between(code, 300, 399), "{code}");
    }
}

#[test]
fn is_client_error_is_400_to_499() {
    for code in 0..=u16::MAX {
        assert_eq!(is_client_error(code), between(code, 400, 499), "{code}");
    }
}

#[test]
fn is_server_error_is_500_to_599() {
    for code in 0..=u16::MAX {
        assert_eq!(is_server_error(code), between(code, 500, 599), "{code}");
    }
}

#[test]
fn is_error_is_400_to_599() {
    for code in 0..=u16::MAX {
        assert_eq!(is_error(code), between(code, 400, 599), "{code}");
    }
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
