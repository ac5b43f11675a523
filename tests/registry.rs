//! The table against the registry and DRF written out by hand: every
//! constant and RFC 9110 alias, with its reason phrase and name, and nothing
//! else. What the build refuses (codes out of order, a name that does not
//! spell its code) is not tested here.

mod common;

use common::{ALIASES, DRF};
use http_status::status::{self, *};

#[test]
fn all_lists_every_drf_code_in_drfs_order() {
    let drf: Vec<u16> = DRF.iter().map(|&(_, code, _)| code).collect();
    assert_eq!(ALL, drf.as_slice());
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
fn rfc_9110_aliases_name_the_drf_constants_code() {
    for (alias, value, drf_name) in ALIASES {
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
fn alias_is_rfc_9110s_name_for_the_four_renamed_codes_only() {
    for code in 0..=u16::MAX {
        let expected = ALIASES
            .iter()
            .find(|&&(_, value, _)| value == code)
            .map(|&(alias, _, _)| alias);
        assert_eq!(status::alias(code), expected, "{code}");
    }
}

/// The codes the IANA HTTP Status Code Registry assigns for good, as its
/// page lists them: every entry but the unassigned ranges and 104, "Upload
/// Resumption Supported", a temporary registration (registered 2024-11-13,
/// extended 2025-09-15, to expire 2026-11-13). 306 and 418 are listed as
/// "(Unused)", and 510 as "Not Extended (OBSOLETED)".
const REGISTERED: [u16; 63] = [
    100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304,
    305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414,
    415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504,
    505, 506, 507, 508, 510, 511,
];

#[test]
fn the_constants_are_every_code_the_registry_assigns_for_good_and_drfs_509() {
    let mut expected = REGISTERED.to_vec();
    expected.push(509);
    expected.sort_unstable();
    assert_eq!(ALL, &expected[..]);
    assert!(
        !ALL.contains(&104),
        "a temporary registration has no constant"
    );
}
