//! The lookups on arbitrary input: no panic, `None` outside the table, and
//! the exact `Some` inside it.

use crate::common;

use common::{code_of, names};
use http_status::status::*;
use proptest::prelude::*;

/// Every name the crate accepts, DRF's and RFC 9110's.
fn known_name() -> impl Strategy<Value = &'static str> {
    let names: Vec<&str> = names().map(|(name, _)| name).collect();
    prop::sample::select(names)
}

proptest! {
    #[test]
    fn lookups_on_any_u16_answer_only_for_table_codes(code in any::<u16>()) {
        let known = ALL.contains(&code);
        prop_assert_eq!(reason_phrase(code).is_some(), known);
        prop_assert_eq!(name(code).is_some(), known);
        prop_assert_eq!(name(code).and_then(from_name), known.then_some(code));
    }

    #[test]
    fn from_name_on_any_string_is_the_registry_answer(text in any::<String>()) {
        prop_assert_eq!(from_name(&text), code_of(&text));
    }

    #[test]
    fn from_name_on_any_bytes_is_the_registry_answer(bytes in any::<Vec<u8>>()) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert_eq!(from_name(&text), code_of(&text));
    }

    #[test]
    fn from_name_on_name_shaped_strings_is_the_registry_answer(
        text in "HTTP_[0-9]{3}_[A-Z_]{0,40}",
    ) {
        prop_assert_eq!(from_name(&text), code_of(&text));
    }

    #[test]
    fn from_name_on_a_name_with_one_character_changed_is_the_registry_answer(
        name in known_name(),
        at in any::<prop::sample::Index>(),
        with in any::<char>(),
    ) {
        let mut chars: Vec<char> = name.chars().collect();
        let at = at.index(chars.len());
        prop_assume!(chars[at] != with);
        chars[at] = with;
        let changed: String = chars.into_iter().collect();
        prop_assert_eq!(from_name(&changed), code_of(&changed));
    }

    #[test]
    fn from_name_rejects_a_name_cut_short_and_checks_one_extended(
        name in known_name(),
        keep in any::<prop::sample::Index>(),
        tail in "\\PC{1,4}",
    ) {
        let cut = &name[..keep.index(name.len())];
        let extended = format!("{name}{tail}");
        prop_assert_eq!(from_name(cut), None);
        prop_assert_eq!(from_name(&extended), code_of(&extended));
    }

    #[test]
    fn from_name_is_case_sensitive(name in known_name()) {
        prop_assert_eq!(from_name(&name.to_lowercase()), None);
        prop_assert_eq!(from_name(name), code_of(name));
    }
}
