//! The table: every DRF constant and RFC 9110 alias, with its value, reason
//! phrase and name, and nothing else.

mod common;

use common::{code_of, digits_in, ALIASES, DRF};
use http_status::status::{self, *};

#[test]
fn each_constant_value_is_the_code_in_its_name() {
    for (name, value, _) in DRF.iter().chain(ALIASES.iter()) {
        assert_eq!(*value, digits_in(name), "{name}");
    }
}

#[test]
fn all_lists_every_drf_code_ascending_and_once() {
    let drf: Vec<u16> = DRF.iter().map(|&(_, code, _)| code).collect();
    assert_eq!(ALL, drf.as_slice());
    assert!(ALL.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(ALL.len(), 64);
}

#[test]
fn the_design_cards_odd_codes_have_constants() {
    for code in [418, 421, 425, 509] {
        assert!(ALL.contains(&code), "{code}");
    }
}

#[test]
fn reason_phrase_is_the_registrys_in_rfc_9110_wording() {
    for (name, code, phrase) in DRF {
        assert_eq!(reason_phrase(code), Some(phrase), "{name}");
    }
}

#[test]
fn name_is_drfs_constant_name() {
    for (name, code, _) in DRF {
        assert_eq!(status::name(code), Some(name));
    }
}

#[test]
fn names_are_unique() {
    let mut names: Vec<&str> = DRF
        .iter()
        .chain(ALIASES.iter())
        .map(|&(name, _, _)| name)
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), DRF.len() + ALIASES.len());
}

#[test]
fn from_name_inverts_name() {
    for &code in ALL {
        let name = status::name(code).unwrap();
        assert_eq!(from_name(name), Some(code), "{name}");
    }
}

#[test]
fn from_name_rejects_every_near_miss_of_every_name() {
    for (name, _, _) in DRF.iter().chain(ALIASES.iter()) {
        for miss in [
            &name[..name.len() - 1],
            &format!("{name}_"),
            &format!(" {name}"),
            &name.to_lowercase(),
        ] {
            assert_eq!(from_name(miss), None, "{miss}");
        }
    }
}

#[test]
fn from_name_finds_no_name_with_any_one_byte_changed() {
    for (name, _, _) in DRF.iter().chain(ALIASES.iter()) {
        for at in 0..name.len() {
            let mut bytes = name.as_bytes().to_vec();
            bytes[at] = match bytes[at] {
                b'9' => b'0',
                digit @ b'0'..=b'8' => digit + 1,
                b'X' => b'Y',
                _ => b'X',
            };
            let changed = String::from_utf8(bytes).unwrap();
            assert_eq!(from_name(&changed), None, "{changed}");
        }
    }
}

#[test]
fn rfc_9110_aliases_share_the_drf_constants_value() {
    for (alias, value, drf_name) in ALIASES {
        assert_eq!(Some(value), code_of(drf_name), "{alias}");
        assert_eq!(from_name(alias), Some(value), "{alias}");
        assert_eq!(status::name(value), Some(drf_name), "{alias}");
    }
}

#[test]
fn renamed_codes_take_rfc_9110_phrases() {
    assert_eq!(
        reason_phrase(HTTP_413_CONTENT_TOO_LARGE),
        Some("Content Too Large")
    );
    assert_eq!(reason_phrase(HTTP_414_URI_TOO_LONG), Some("URI Too Long"));
    assert_eq!(
        reason_phrase(HTTP_416_RANGE_NOT_SATISFIABLE),
        Some("Range Not Satisfiable")
    );
    assert_eq!(
        reason_phrase(HTTP_422_UNPROCESSABLE_CONTENT),
        Some("Unprocessable Content")
    );
}

#[test]
fn every_other_code_has_no_phrase_and_no_name() {
    for code in 0..=u16::MAX {
        if !ALL.contains(&code) {
            assert_eq!(reason_phrase(code), None, "{code}");
            assert_eq!(status::name(code), None, "{code}");
        }
    }
}

#[test]
fn phrases_are_never_empty() {
    for &code in ALL {
        assert!(!reason_phrase(code).unwrap().is_empty(), "{code}");
    }
}

#[test]
fn alias_is_rfc_9110s_name_for_the_four_renamed_codes_only() {
    for code in 0..=u16::MAX {
        let expected = ALIASES
            .iter()
            .find(|&&(_, value, _)| value == code)
            .map(|&(alias, _, _)| alias);
        assert_eq!(status::alias(code), expected, "{code}");
    }
}
