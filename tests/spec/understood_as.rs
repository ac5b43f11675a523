//! `understood_as`: the code a client treats a received code as, by RFC
//! 9110, Section 15.

use http_status::status::{understood_as, ALL};

/// The codes with constants that no specification gives semantics: 306
/// and 418, which RFC 9110 reserves (Sections 15.4.7 and 15.5.19), and 509,
/// which the IANA registry leaves unassigned.
const WITHOUT_SEMANTICS: [u16; 3] = [306, 418, 509];

#[test]
fn understood_as_is_the_code_its_class_or_500_for_every_u16() {
    for code in 0..=u16::MAX {
        let expected = if ALL.contains(&code) && !WITHOUT_SEMANTICS.contains(&code) {
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
fn the_reserved_and_unassigned_constants_are_understood_by_their_class() {
    assert_eq!(WITHOUT_SEMANTICS.map(understood_as), [300, 400, 500]);
    // Their neighbours, which specifications define, are themselves.
    for code in [305, 307, 417, 421, 508, 510] {
        assert_eq!(understood_as(code), code);
    }
}

const UNDERSTOOD: u16 = understood_as(499);

#[test]
fn it_works_in_a_const() {
    assert_eq!(UNDERSTOOD, 400);
}
