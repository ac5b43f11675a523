//! Every public `const fn` works in `const` context: dropping a `const` from
//! the crate breaks this file's build.

use http_status::status::*;

const INFORMATIONAL: bool = is_informational(HTTP_103_EARLY_HINTS);
const SUCCESS: bool = is_success(HTTP_204_NO_CONTENT);
const REDIRECT: bool = is_redirect(HTTP_307_TEMPORARY_REDIRECT);
const CLIENT_ERROR: bool = is_client_error(HTTP_418_IM_A_TEAPOT);
const SERVER_ERROR: bool = is_server_error(HTTP_509_BANDWIDTH_LIMIT_EXCEEDED);
const ERROR: bool = is_error(HTTP_425_TOO_EARLY);
const CLASS: Option<Class> = class(HTTP_421_MISDIRECTED_REQUEST);
const PHRASE: Option<&str> = reason_phrase(HTTP_418_IM_A_TEAPOT);
const MEANING: Option<&str> = meaning(HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS);
const NAME: Option<&str> = name(HTTP_421_MISDIRECTED_REQUEST);
const NOT_SUCCESS: bool = is_success(HTTP_300_MULTIPLE_CHOICES);
const FIRST: u16 = ALL[0];
const NO_CONTENT: bool = cannot_have_content(HTTP_304_NOT_MODIFIED);
const CACHEABLE: bool = is_heuristically_cacheable(HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS);
const DEFINED_IN: Option<Reference> = reference(HTTP_425_TOO_EARLY);
const RFC: u16 = match DEFINED_IN {
    Some(reference) => reference.rfc(),
    None => 0,
};
const DESCRIPTION: Description = describe(HTTP_418_IM_A_TEAPOT);
const TEAPOT_CODE: u16 = DESCRIPTION.code();
const SERVER_ERRORS: core::ops::RangeInclusive<u16> = Class::ServerError.range();
const ALIAS: Option<&str> = alias(HTTP_413_REQUEST_ENTITY_TOO_LARGE);
const SECTION: &str = match DEFINED_IN {
    Some(reference) => reference.section(),
    None => "",
};
const URL: &str = match DEFINED_IN {
    Some(reference) => reference.url(),
    None => "",
};
const FROM_NAME: Option<u16> = from_name("HTTP_422_UNPROCESSABLE_CONTENT");
const FROM_PHRASE: Option<u16> = from_phrase("request-uri too large.");
const UNDERSTOOD: u16 = understood_as(499);

#[test]
fn const_predicates_give_the_runtime_answers() {
    let predicates = [
        INFORMATIONAL,
        SUCCESS,
        REDIRECT,
        CLIENT_ERROR,
        SERVER_ERROR,
        ERROR,
    ];
    assert_eq!(predicates, [true; 6]);
    assert_eq!([NOT_SUCCESS], [false]);
}

#[test]
fn const_lookups_give_the_tables_answers() {
    assert_eq!(CLASS, Some(Class::ClientError));
    assert_eq!(PHRASE, Some("I'm a teapot"));
    assert_eq!(MEANING, meaning(451));
    assert_eq!(NAME, Some("HTTP_421_MISDIRECTED_REQUEST"));
    assert_eq!(FIRST, HTTP_100_CONTINUE);
    assert_eq!([NO_CONTENT, CACHEABLE], [true, true]);
    assert_eq!(RFC, 8470);
    assert_eq!(DEFINED_IN.map(|r| r.section()), Some("5.2"));
    assert_eq!(
        DEFINED_IN.map(|r| r.url()),
        Some("https://www.rfc-editor.org/rfc/rfc8470#section-5.2")
    );
    assert_eq!(TEAPOT_CODE, 418);
    assert_eq!(SERVER_ERRORS, 500..=599);
    assert_eq!(ALIAS, Some("HTTP_413_CONTENT_TOO_LARGE"));
    assert_eq!(SECTION, "5.2");
    assert_eq!(URL, "https://www.rfc-editor.org/rfc/rfc8470#section-5.2");
    assert_eq!(FROM_NAME, Some(422));
    assert_eq!(FROM_PHRASE, Some(414));
    assert_eq!(UNDERSTOOD, 400);
}
