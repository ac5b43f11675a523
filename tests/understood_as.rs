//! `understood_as`: the code a client treats a received code as, by RFC
//! 9110, Section 15.

use http_status::status::{understood_as, ALL};

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

const UNDERSTOOD: u16 = understood_as(499);

#[test]
fn it_works_in_a_const() {
    assert_eq!(UNDERSTOOD, 400);
}
