//! Every rule against the RFC text kept in `rfc/`: its quote is a sentence
//! of the section its reference names, its level is a keyword of that
//! sentence, and its party is the sentence's subject. Then the other way:
//! every keyword sentence of RFC 9110, Section 15, and every keyword
//! sentence of the kept text that names a status code, is some rule's quote.

mod kept;

use http_status_rules::{Level, Party};
use kept::{every_rule, keywords, Kept};
use std::collections::BTreeSet;

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
        let stated = if rule.level() == Level::Cannot {
            rule.quote().contains(" cannot ")
        } else {
            keywords(rule.quote())
                .iter()
                .any(|(_, level)| *level == rule.level())
        };
        if !stated {
            wrong.push(format!(
                "{:?} is no keyword of {:?}",
                rule.level(),
                rule.quote()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The party a subject's words name, by the one word of them that names a
/// party: RFC 9110's terms for the roles (Section 3), "response" for its
/// sender, and a request's recipient for the server. `Ok(None)` for words that name no party, such as "the
/// \"Link\" header field" or "The request".
fn party_named(subject: &str) -> Result<Option<Party>, String> {
    const WORDS: &[(&str, Party)] = &[
        ("recipient of the request", Party::Server),
        ("recipients of an invalid request-line", Party::Server),
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
    let mut rest = subject.to_ascii_lowercase();
    let mut found = BTreeSet::new();
    for (word, party) in WORDS {
        if rest.contains(word) {
            found.insert(*party);
            rest = rest.replace(word, " ");
        }
    }
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.iter().next().copied()),
        _ => Err(format!("{subject:?} names more than one party")),
    }
}

/// A passive's agent, where `from_keyword` (the quote from a keyword on)
/// is one: "MUST NOT be stored by a cache" gives "by a cache".
fn agent(from_keyword: &str) -> Option<&str> {
    const ROLES: &[&str] = &[
        "server",
        "proxy",
        "proxies",
        "gateway",
        "intermediar",
        "cache",
        "client",
        "user agent",
        "recipient",
    ];
    let passive = from_keyword
        .split(' ')
        .take_while(|word| *word != "be")
        .count();
    if !from_keyword.contains(" be ") || passive > 2 {
        return None;
    }
    let at = from_keyword.find(" by ")?;
    let agent = &from_keyword[at + 1..];
    let head: String = agent.split(' ').take(4).collect::<Vec<_>>().join(" ");
    ROLES
        .iter()
        .any(|role| head.contains(role))
        .then_some(agent)
}

/// Whether a word is a past participle, as a passive's verb is: "stored",
/// "sent".
fn is_participle(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';']);
    word.ends_with("ed")
        || [
            "sent", "made", "done", "taken", "given", "shown", "known", "seen", "held", "kept",
            "built", "met",
        ]
        .contains(&word)
}

/// Who each rule binds, read from its quote: the keyword's grammatical
/// subject, before it ("A proxy MUST NOT ..."); or a passive's agent after
/// it ("MUST NOT be stored by a cache"); or the subject of "It is
/// RECOMMENDED that origin servers ...". The subject's words must name the
/// rule's party. A passive without an agent, or a subject that names no
/// party (such as "the \"Link\" header field"), leaves the party to the
/// section's reading; then the subject must name none, so that it cannot
/// name another.
#[test]
fn every_party_is_its_quotes_subject() {
    let mut wrong = Vec::new();
    for rule in every_rule() {
        let quote = rule.quote();
        let subject = rule.subject();
        let at = match quote.find(subject) {
            Some(at) => at,
            None => {
                wrong.push(format!("{subject:?} is not in {quote:?}"));
                continue;
            }
        };
        let after = at + subject.len();
        let positions: Vec<usize> = if rule.level() == Level::Cannot {
            quote
                .match_indices(" cannot ")
                .map(|(at, _)| at + 1)
                .collect()
        } else {
            keywords(quote)
                .into_iter()
                .filter(|(_, level)| *level == rule.level())
                .map(|(at, _)| at)
                .collect()
        };
        let before = positions.iter().any(|&keyword| keyword >= after);
        let agent_or_that = positions.iter().any(|&keyword| {
            keyword < at
                && (subject.starts_with("by ")
                    || (quote[..keyword].ends_with("It is ")
                        && quote[keyword..at].ends_with(" that ")))
        });
        if !before && !agent_or_that {
            wrong.push(format!(
                "{subject:?} is neither the subject before {} nor its agent in {quote:?}",
                rule.level()
            ));
            continue;
        }
        if before {
            // A passive with an agent binds the agent, not the subject.
            if let Some(&keyword) = positions.iter().find(|&&keyword| keyword >= after) {
                if let Some(agent) = agent(&quote[keyword..]) {
                    wrong.push(format!(
                        "the agent {agent:?} binds {quote:?}, not {subject:?}"
                    ));
                    continue;
                }
            }
        }
        // A passive without an agent ("a 206 response MAY be stored")
        // names what is acted on, not who acts: its subject may name a
        // message, but no role.
        let passive = before
            && positions.iter().any(|&keyword| {
                let skip = rule.level().keyword().split(' ').count();
                let mut words = quote[keyword..].split(' ').skip(skip);
                keyword >= after
                    && words.next() == Some("be")
                    && words.next().map_or(false, is_participle)
            });
        if passive {
            let lower = subject.to_ascii_lowercase();
            let roles = [
                "server",
                "proxy",
                "gateway",
                "intermediar",
                "cache",
                "client",
                "user agent",
                "recipient",
            ];
            if roles.iter().any(|role| lower.contains(role)) {
                wrong.push(format!(
                    "{subject:?} is acted on in {quote:?}, and cannot name a role"
                ));
            }
            continue;
        }
        match party_named(subject) {
            Ok(Some(party)) if party == rule.party() => {}
            Ok(Some(party)) => wrong.push(format!(
                "{subject:?} is the {party}, not the {}: {quote:?}",
                rule.party()
            )),
            Ok(None) => {}
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
    assert_eq!(
        sentences[1],
        "A client MUST be able to parse one (e.g., two)."
    );
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
    let kept = Kept::load();
    let mut wrong = Vec::new();
    for rule in every_rule() {
        let quote = rule.quote();
        // A method's own section, such as 9.3.8 TRACE, names it in its title.
        let title = kept
            .section(rule.reference().rfc(), rule.reference().section())
            .map_or("", |section| section.title.as_str());
        let mut words: Vec<&str> = Vec::new();
        match rule.topic() {
            Topic::Field(name) | Topic::Fields(name) | Topic::Repeat(Change::Field(name)) => {
                words.push(name);
            }
            _ => {}
        }
        match rule.condition() {
            Condition::Methods(methods) | Condition::ExceptMethods(methods) => {
                words.extend(methods);
            }
            Condition::RequestHas(name) | Condition::RequestLacks(name) => words.push(name),
            Condition::Words(condition) => words.push(condition),
            _ => {}
        }
        for word in words {
            if !quote.contains(word) && title != word {
                wrong.push(format!("{word:?} is not in {quote:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
