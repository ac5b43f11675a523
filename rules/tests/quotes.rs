//! Every rule against the RFC text kept in `rfc/`: its quote is a sentence
//! of the section its reference names, its level is a keyword of that
//! sentence, and its party is the sentence's subject. Then the other way:
//! every keyword sentence of RFC 9110, Section 15, and every keyword
//! sentence of the kept text that names a status code, is some rule's quote.

mod kept;

use http_status_rules::{rules, Level, Party, Rule};
use kept::{keywords, Kept};
use std::collections::BTreeSet;

/// Every rule, once, in the order `rules` first gives it.
fn every_rule() -> Vec<Rule> {
    let mut seen = Vec::new();
    for code in 0..=u16::MAX {
        for rule in rules(code) {
            if !seen.contains(rule) {
                seen.push(*rule);
            }
        }
    }
    seen
}

#[test]
fn every_quote_is_a_sentence_of_its_section() {
    let kept = Kept::load();
    let mut wrong = Vec::new();
    for rule in every_rule() {
        let reference = rule.reference();
        match kept.section(reference.rfc(), reference.section()) {
            None => wrong.push(format!("{reference} is not in the kept text: {rule}")),
            Some(section) => {
                if !section.sentences().any(|sentence| sentence == rule.quote()) {
                    wrong.push(format!("not a sentence of {reference}: {:?}", rule.quote()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_level_is_a_keyword_of_its_quote() {
    let mut wrong = Vec::new();
    for rule in every_rule() {
        if !keywords(rule.quote()).iter().any(|(_, level)| *level == rule.level()) {
            wrong.push(format!("{:?} is no keyword of {:?}", rule.level(), rule.quote()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The party a subject's words name, by the one word of them that names a
/// party: RFC 9110's terms for the roles (Section 3).
fn party_named(subject: &str) -> Result<Party, String> {
    const WORDS: &[(&str, Party)] = &[
        ("origin server", Party::Server),
        ("user agent", Party::Client),
        ("server", Party::Server),
        ("sender", Party::Server),
        ("response", Party::Server),
        ("proxy", Party::Intermediary),
        ("proxies", Party::Intermediary),
        ("gateway", Party::Intermediary),
        ("intermediary", Party::Intermediary),
        ("intermediaries", Party::Intermediary),
        ("cache", Party::Cache),
        ("client", Party::Client),
        ("recipient", Party::Client),
    ];
    let lower = subject.to_ascii_lowercase();
    let mut rest = lower.clone();
    let mut found = BTreeSet::new();
    for (word, party) in WORDS {
        if rest.contains(word) {
            found.insert(*party);
            rest = rest.replace(word, " ");
        }
    }
    match found.len() {
        1 => Ok(*found.iter().next().unwrap()),
        0 => Err(format!("{subject:?} names no party")),
        _ => Err(format!("{subject:?} names more than one party")),
    }
}

#[test]
fn every_party_is_its_quotes_subject() {
    let mut wrong = Vec::new();
    for rule in every_rule() {
        let quote = rule.quote();
        let at = match quote.find(rule.subject()) {
            Some(at) => at,
            None => {
                wrong.push(format!("{:?} is not in {quote:?}", rule.subject()));
                continue;
            }
        };
        // The subject comes before its keyword.
        let after = at + rule.subject().len();
        if !keywords(quote)
            .iter()
            .any(|(position, level)| *level == rule.level() && *position >= after)
        {
            wrong.push(format!(
                "no {} after {:?} in {quote:?}",
                rule.level(),
                rule.subject()
            ));
        }
        match party_named(rule.subject()) {
            Ok(party) if party == rule.party() => {}
            Ok(party) => wrong.push(format!(
                "{:?} is the {party}, not the {}: {quote:?}",
                rule.subject(),
                rule.party()
            )),
            Err(why) => wrong.push(why),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every keyword sentence of `sections` that no rule of its level quotes.
fn unquoted<'a>(sentences: impl Iterator<Item = &'a str>) -> Vec<String> {
    let rules = every_rule();
    let mut missing = Vec::new();
    for sentence in sentences {
        for (_, level) in keywords(sentence) {
            if !rules
                .iter()
                .any(|rule| rule.quote() == sentence && rule.level() == level)
            {
                missing.push(format!("{level}: {sentence:?}"));
            }
        }
    }
    missing.dedup();
    missing
}

#[test]
fn every_keyword_sentence_of_rfc_9110_section_15_is_quoted() {
    let kept = Kept::load();
    let sections: Vec<_> = kept
        .sections(9110)
        .filter(|section| section.number == "15" || section.number.starts_with("15."))
        .collect();
    // Section 15 and every one of its subsections: 15.1 to 15.6, and the
    // codes' own.
    assert_eq!(sections.len(), 56, "the sections of 15");
    let missing = unquoted(sections.iter().flat_map(|section| section.sentences()));
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_kept_keyword_sentence_that_names_a_code_is_quoted() {
    let kept = Kept::load();
    let named = kept
        .all_sections()
        .flat_map(|section| section.sentences())
        .filter(|sentence| kept::names_a_code(sentence));
    let missing = unquoted(named);
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_reader_finds_sentences_and_keywords_as_the_rfc_writes_them() {
    let text = "A 1xx response is terminated by the end of the header section; it cannot \
                contain content or trailers. A client MUST be able to parse one (e.g., two). \
                A user agent MAY ignore them, etc. See Section 4.2.2 of [CACHING].";
    let sentences: Vec<_> = kept::split(text).collect();
    assert_eq!(sentences.len(), 4, "{sentences:?}");
    assert_eq!(sentences[1], "A client MUST be able to parse one (e.g., two).");
    assert_eq!(
        keywords("a server MUST NOT send it; it SHOULD NOT, and MAY not; NOT RECOMMENDED"),
        [
            (9, Level::MustNot),
            (30, Level::ShouldNot),
            (46, Level::May),
            (55, Level::NotRecommended)
        ]
    );
    assert!(kept::names_a_code("a 2xx response"));
    assert!(kept::names_a_code("a 405 response"));
    assert!(!kept::names_a_code("HTTP/1.1 and 2022"));
}

#[test]
fn every_field_method_and_worded_condition_is_in_its_quote() {
    use http_status_rules::{Change, Condition, Topic};
    let mut wrong = Vec::new();
    for rule in every_rule() {
        let quote = rule.quote();
        let mut words: Vec<&str> = Vec::new();
        match rule.topic() {
            Topic::Field(name) | Topic::Repeat(Change::Field(name)) => words.push(name),
            _ => {}
        }
        match rule.condition() {
            Condition::Methods(methods) => words.extend(methods),
            Condition::Words(condition) => words.push(condition),
            _ => {}
        }
        for word in words {
            if !quote.contains(word) {
                wrong.push(format!("{word:?} is not in {quote:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
