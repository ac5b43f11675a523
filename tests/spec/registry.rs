//! The table against the IANA registry's own file and DRF's names written
//! out by hand: every constant and RFC 9110 alias, with its reason phrase
//! and name, and nothing else. What the build refuses (codes out of order,
//! a name that does not spell its code) is not tested here.

use crate::common;

use common::{iana, names, ALIASES, DRF};
use http_status::status::{self, *};

#[test]
fn all_lists_every_drf_code_in_drfs_order() {
    let drf: Vec<u16> = DRF.iter().map(|&(_, code)| code).collect();
    assert_eq!(ALL, drf.as_slice());
}

#[test]
fn the_design_cards_odd_codes_have_constants() {
    for code in [418, 421, 425, 509] {
        assert!(ALL.contains(&code), "{code}");
    }
}

#[test]
fn reason_phrase_is_the_registrys_description_but_in_three_rows() {
    for &code in ALL {
        assert_eq!(reason_phrase(code), Some(iana::phrase(code)), "{code}");
        let registry = iana::record(code).map(|record| record.description);
        if ![418, 509, 510].contains(&code) {
            assert_eq!(reason_phrase(code), registry, "{code}");
        }
    }
    // The three rows the head of gen/src/rows.rs names, as the registry
    // has them.
    assert_eq!(iana::record(418).unwrap().description, "(Unused)");
    assert_eq!(iana::record(509).unwrap().description, "Unassigned");
    assert_eq!(
        iana::record(510).unwrap().description,
        "Not Extended (OBSOLETED)"
    );
    assert_eq!(reason_phrase(510), Some("Not Extended"));
}

#[test]
fn name_is_drfs_constant_name() {
    for (name, code) in DRF {
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
    for (name, _) in names() {
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
    for (name, _) in names() {
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

#[test]
fn the_constants_are_every_code_the_registry_assigns_for_good_and_drfs_509() {
    let mut expected = iana::assigned();
    expected.push(509);
    expected.sort_unstable();
    assert_eq!(ALL, &expected[..]);
}

#[test]
fn the_registrys_unused_and_obsoleted_codes_have_constants() {
    for (code, description) in [
        (306, "(Unused)"),
        (418, "(Unused)"),
        (510, "Not Extended (OBSOLETED)"),
    ] {
        assert_eq!(iana::record(code).unwrap().description, description);
        assert!(ALL.contains(&code), "{code}");
    }
}

#[test]
fn a_temporary_registration_has_no_constant() {
    let temporary: Vec<u16> = iana::records()
        .iter()
        .filter(|record| record.description.contains("TEMPORARY"))
        .map(|record| record.codes.0)
        .collect();
    assert_eq!(temporary, [104]);
    assert!(!ALL.contains(&104));
    assert_eq!(reason_phrase(104), None);
}

#[test]
fn no_unassigned_code_has_a_constant_but_drfs_509() {
    for record in iana::records() {
        if record.description == "Unassigned" {
            for code in record.codes.0..=record.codes.1 {
                assert_eq!(ALL.contains(&code), code == 509, "{code}");
            }
        }
    }
}

/// The kept file itself: its records cover 100 to 599, each code once, in
/// order, so that a record the reader above skipped would show here.
#[test]
fn the_registrys_records_cover_100_to_599_once_each() {
    let records = iana::records();
    let mut next = 100;
    for record in records {
        assert_eq!(record.codes.0, next, "{record:?}");
        assert!(record.codes.0 <= record.codes.1, "{record:?}");
        next = record.codes.1 + 1;
    }
    assert_eq!(next, 600);
    assert_eq!(records.len(), iana::FILE.matches("<record").count());
    assert_eq!(iana::assigned().len(), 63);
}
