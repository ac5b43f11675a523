//! `describe`: a code as a person reads it, for any `u16`.

use crate::common;

use common::{iana, ALIASES, DRF};
use http_status::status::{describe, Description};
use proptest::prelude::*;

#[test]
fn a_code_with_a_constant_shows_its_phrase_and_in_alternate_form_its_names() {
    for (name, code) in DRF {
        let phrase = iana::phrase(code);
        assert_eq!(describe(code).to_string(), format!("{code} {phrase}"));
        let names = match ALIASES.iter().find(|&&(_, renamed, _)| renamed == code) {
            Some((alias, _, _)) => format!("{name} or {alias}"),
            None => name.to_owned(),
        };
        assert_eq!(
            format!("{:#}", describe(code)),
            format!("{code} {phrase} ({names})")
        );
    }
}

#[test]
fn a_renamed_code_shows_drfs_name_and_rfc_9110s() {
    assert_eq!(
        format!("{:#}", describe(413)),
        "413 Content Too Large (HTTP_413_REQUEST_ENTITY_TOO_LARGE or HTTP_413_CONTENT_TOO_LARGE)"
    );
}

#[test]
fn renamed_codes_show_rfc_9110_phrases() {
    assert_eq!(describe(413).to_string(), "413 Content Too Large");
    assert_eq!(describe(422).to_string(), "422 Unprocessable Content");
}

#[test]
fn a_code_without_a_constant_shows_its_class() {
    assert_eq!(
        describe(299).to_string(),
        "299 (2xx code without a constant)"
    );
    assert_eq!(
        describe(104).to_string(),
        "104 (1xx code without a constant)"
    );
    assert_eq!(
        describe(599).to_string(),
        "599 (5xx code without a constant)"
    );
    assert_eq!(
        format!("{:#}", describe(498)),
        "498 (4xx code without a constant)"
    );
}

#[test]
fn a_code_outside_the_registry_is_a_code_of_its_class_in_either_form() {
    for code in [444, 460, 499, 520, 561] {
        let class = code / 100;
        let expected = format!("{code} ({class}xx code without a constant)");
        assert_eq!(describe(code).to_string(), expected);
        assert_eq!(format!("{:#}", describe(code)), expected);
    }
}

#[test]
fn a_number_outside_the_classes_is_no_status_code() {
    for code in [0, 42, 99, 600, 999, u16::MAX] {
        assert_eq!(
            describe(code).to_string(),
            format!("{code} (not a status code: codes run from 100 to 599)")
        );
    }
}

#[test]
fn debug_is_derived_and_shows_the_code() {
    assert_eq!(format!("{:?}", describe(404)), "Description { code: 404 }");
}

#[test]
fn a_description_is_a_small_copy_value_that_keeps_its_code() {
    const NOT_FOUND: Description = describe(404);
    let copy = NOT_FOUND;
    assert_eq!(copy, NOT_FOUND);
    assert_eq!(copy.code(), 404);
    assert!(std::mem::size_of::<Description>() <= 2);
}

proptest! {
    #[test]
    fn every_u16_is_described_starting_with_its_code(code in any::<u16>()) {
        let text = describe(code).to_string();
        prop_assert!(text.starts_with(&format!("{code} ")), "{}", text);
        prop_assert!(!text.contains('\n'));
    }
}

#[test]
fn width_fill_alignment_and_precision_apply_as_to_a_str() {
    for code in [0, 100, 299, 404, 422, 499, 561, u16::MAX] {
        for alternate in [false, true] {
            let text = if alternate {
                format!("{:#}", describe(code))
            } else {
                describe(code).to_string()
            };
            let (padded, cut) = if alternate {
                (
                    format!("{:>#130}|", describe(code)),
                    format!("{:#.5}", describe(code)),
                )
            } else {
                (
                    format!("{:>130}|", describe(code)),
                    format!("{:.5}", describe(code)),
                )
            };
            assert_eq!(padded, format!("{text:>130}|"), "{code}");
            assert_eq!(cut, format!("{text:.5}"), "{code}");
        }
    }
    assert_eq!(format!("{:-<12}|", describe(200)), "200 OK------|");
    assert_eq!(format!("{:^12}|", describe(200)), "   200 OK   |");
}
