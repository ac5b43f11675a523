//! What RFC 9110 and the defining RFCs say of each code beyond its class:
//! content, caching, where it is defined, and its phrases old and new.
//! Every set is written out here as the RFC gives it.

use crate::common;

use common::{
    assert_for_every_u16, by_the_rule, code_of_phrase, defined_in, iana, known_phrases, DRF,
    OLDER_PHRASES, SECTIONS,
};
use http_status::status::*;
use proptest::prelude::*;

/// RFC 9110, Section 15.1; RFC 3229, Section 10.4.1 for 226, whose 226
/// "MAY be stored by a cache and used in reply to a subsequent request,
/// subject to the HTTP expiration mechanism", RFC 2616, Section 13.4's
/// words for the codes cacheable by default; and RFC 7725, Section 3 for
/// 451.
const HEURISTICALLY_CACHEABLE: [u16; 14] = [
    200, 203, 204, 206, 226, 300, 301, 308, 404, 405, 410, 414, 451, 501,
];

#[test]
fn cannot_have_content_is_every_1xx_and_204_and_304() {
    assert_for_every_u16(cannot_have_content, |code| {
        (100..=199).contains(&code) || code == 204 || code == 304
    });
}

#[test]
fn reset_content_may_have_content() {
    assert!(!cannot_have_content(HTTP_205_RESET_CONTENT));
}

#[test]
fn is_heuristically_cacheable_is_exactly_the_rfcs_list() {
    assert_for_every_u16(is_heuristically_cacheable, |code| {
        HEURISTICALLY_CACHEABLE.contains(&code)
    });
}

#[test]
fn misdirected_request_is_no_longer_cacheable_by_default() {
    assert!(!is_heuristically_cacheable(HTTP_421_MISDIRECTED_REQUEST));
}

#[test]
fn reference_gives_each_codes_rfc_and_section() {
    for &code in ALL.iter().filter(|&&code| code != 509) {
        let (rfc, section) = defined_in(code).unwrap();
        let reference = reference(code).unwrap_or_else(|| panic!("{code} has no reference"));
        assert_eq!(
            (reference.rfc(), reference.section()),
            (rfc, section),
            "{code}"
        );
        assert_eq!(
            reference.url(),
            format!("https://www.rfc-editor.org/rfc/rfc{rfc}#section-{section}")
        );
        assert_eq!(
            reference.to_string(),
            format!("RFC {rfc}, Section {section}")
        );
        assert_eq!(
            format!("{reference:?}"),
            format!(
                "Reference {{ rfc: {rfc}, section: {section:?}, url: {:?} }}",
                reference.url()
            )
        );
    }
}

#[test]
fn reference_is_none_for_509_and_codes_without_a_constant() {
    assert_eq!(reference(HTTP_509_BANDWIDTH_LIMIT_EXCEEDED), None);
    for code in 0..=u16::MAX {
        let listed = ALL.contains(&code) && defined_in(code).is_some();
        assert_eq!(reference(code).is_some(), listed, "{code}");
    }
}

#[test]
fn reference_is_the_registrys_but_for_418() {
    // 418's registry entry is RFC 9110, Section 15.5.19, which reserves it.
    let teapot = iana::record(418).unwrap();
    assert_eq!(
        teapot.xrefs,
        [("rfc", "rfc9110", "RFC9110, Section 15.5.19")]
    );
    assert_eq!(reference(418).map(|at| at.rfc()), Some(2324));
    // Each other listed section is of the RFC the registry names alone.
    for (code, rfc, _) in SECTIONS {
        let record = iana::record(code).unwrap();
        if code != 418 {
            assert_eq!(
                record.xrefs[0],
                ("rfc", &*format!("rfc{rfc}"), ""),
                "{code}"
            );
        }
    }
}

#[test]
fn from_phrase_finds_every_codes_own_phrase() {
    for (name, code) in DRF {
        assert_eq!(from_phrase(iana::phrase(code)), Some(code), "{name}");
        assert_eq!(
            from_phrase(reason_phrase(code).unwrap()),
            Some(code),
            "{name}"
        );
    }
}

#[test]
fn from_phrase_finds_the_older_phrases() {
    for (phrase, code) in OLDER_PHRASES {
        assert_eq!(from_phrase(phrase), Some(code), "{phrase}");
    }
}

#[test]
fn no_phrase_is_listed_with_two_codes() {
    let phrases = known_phrases();
    for &(phrase, code) in &phrases {
        for &(other, other_code) in &phrases {
            if by_the_rule(phrase) == by_the_rule(other) {
                assert_eq!(code, other_code, "{phrase:?} and {other:?}");
            }
        }
    }
}

/// Every known phrase in the spellings the matching rule treats as the
/// same: any ASCII case, a hyphen for a space and back, a trailing period.
fn respellings(phrase: &str) -> Vec<String> {
    let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
    let alternating: String = phrase
        .chars()
        .enumerate()
        .map(|(at, c)| {
            if at % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    vec![
        phrase.to_lowercase(),
        phrase.to_uppercase(),
        alternating,
        phrase.replace('-', " "),
        phrase.replace(' ', "-"),
        format!("{phrase}."),
        format!("{}.", phrase.to_uppercase().replace(' ', "-")),
    ]
}

#[test]
fn from_phrase_ignores_case_hyphens_and_a_trailing_period() {
    for (phrase, code) in known_phrases() {
        for respelled in respellings(phrase) {
            assert_eq!(from_phrase(&respelled), Some(code), "{respelled:?}");
        }
    }
    assert_eq!(from_phrase("Multi Status"), Some(207));
    assert_eq!(from_phrase("Reset Content."), Some(205));
    // The Kelvin sign folds to 'k' in Unicode, not in ASCII.
    assert_eq!(from_phrase("\u{212A}"), None);
}

#[test]
fn from_phrase_neither_trims_nor_folds_spaces() {
    for phrase in [
        " Not Found",
        "Not Found ",
        "Not  Found",
        "Not\tFound",
        "NotFound",
        "Not_Found",
        "Not Found..",
        ".Not Found",
        "Not Found!",
        "",
        ".",
    ] {
        assert_eq!(from_phrase(phrase), None, "{phrase:?}");
    }
}

#[test]
fn from_phrase_knows_no_phrase_that_no_one_sends() {
    for phrase in [
        "Not Foundx",
        "Found it",
        "Teapot",
        "Bandwidth Exceeded",
        "Unused",
        "Early Hint",
        // Codes outside the registry: see tests/describe.rs.
        "client closed request",
        "Client Closed Request",
        "Enhance Your Calm",
    ] {
        assert_eq!(from_phrase(phrase), None, "{phrase}");
    }
}

proptest! {
    #[test]
    fn from_phrase_on_any_string_is_the_lists_answer(text in any::<String>()) {
        prop_assert_eq!(from_phrase(&text), code_of_phrase(&text));
    }

    #[test]
    fn from_phrase_on_phrase_shaped_strings_is_the_lists_answer(
        text in "[A-Za-z' -]{0,32}",
    ) {
        prop_assert_eq!(from_phrase(&text), code_of_phrase(&text));
    }

    #[test]
    fn from_phrase_on_a_phrase_with_one_character_changed_is_the_lists_answer(
        row in 0..DRF.len(),
        at in any::<prop::sample::Index>(),
        with in any::<char>(),
    ) {
        let mut chars: Vec<char> = iana::phrase(DRF[row].1).chars().collect();
        let at = at.index(chars.len());
        chars[at] = with;
        let changed: String = chars.into_iter().collect();
        prop_assert_eq!(from_phrase(&changed), code_of_phrase(&changed));
    }
}
