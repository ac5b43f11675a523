//! `meaning`: one sentence for every code with a constant, and nothing for
//! any other `u16`.

use http_status::status::{meaning, reason_phrase, ALL};
use std::collections::HashSet;

#[test]
fn every_code_with_a_constant_has_a_meaning_and_no_other_u16_has() {
    for code in 0..=u16::MAX {
        assert_eq!(meaning(code).is_some(), ALL.contains(&code), "{code}");
    }
}

#[test]
fn a_meaning_is_one_sentence_of_20_to_200_characters() {
    for &code in ALL {
        let meaning = meaning(code).unwrap();
        assert!((20..=200).contains(&meaning.len()), "{code}: {meaning}");
        assert!(meaning.ends_with('.'), "{code}: {meaning}");
        assert!(meaning.starts_with(char::is_uppercase), "{code}: {meaning}");
        assert_eq!(meaning.trim(), meaning, "{code}");
        // One sentence: a full stop followed by a space would start another.
        assert!(!meaning.contains(". "), "{code}: {meaning}");
    }
}

#[test]
fn no_two_codes_mean_the_same() {
    let distinct: HashSet<&str> = ALL.iter().map(|&code| meaning(code).unwrap()).collect();
    assert_eq!(distinct.len(), ALL.len());
}

#[test]
fn a_meaning_is_more_than_its_phrase() {
    for &code in ALL {
        assert_ne!(meaning(code), reason_phrase(code), "{code}");
    }
}

#[test]
fn the_odd_codes_say_what_they_are() {
    assert!(meaning(306).unwrap().starts_with("Unused"));
    assert!(meaning(418).unwrap().starts_with("Reserved"));
    assert!(meaning(509).unwrap().starts_with("Not registered"));
    assert!(meaning(510).unwrap().starts_with("Obsoleted"));
}

/// RFC 4918, Section 11.5: "This condition is considered to be temporary."
#[test]
fn insufficient_storage_is_temporary() {
    assert!(meaning(507)
        .unwrap()
        .ends_with(", a condition considered temporary."));
}
