//! The retry guide's quotes: each sentence it quotes is a rule's quote, or,
//! where it has no keyword, a sentence of the kept RFC text.

mod kept;

use kept::{every_rule, keywords, split, Kept};

#[test]
fn every_sentence_the_retry_guide_quotes_is_the_rfcs() {
    let guide = include_str!("../src/retry.md");
    let kept = Kept::load();
    let sentences: Vec<&str> = kept
        .all_sections()
        .flat_map(|section| section.sentences())
        .collect();
    let quotes: Vec<&str> = every_rule().iter().map(|rule| rule.quote()).collect();
    let text = guide
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("\\[", "[")
        .replace("\\]", "]");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (at, quoted) in text.split('"').enumerate() {
        // Every other piece is inside quotes; a quote of a word or two is
        // a term, not a sentence.
        if at % 2 == 0 || !quoted.ends_with('.') {
            continue;
        }
        for sentence in split(quoted) {
            checked += 1;
            let known = if keywords(sentence).is_empty() {
                sentences.contains(&sentence)
            } else {
                quotes.contains(&sentence)
            };
            if !known {
                wrong.push(sentence.to_owned());
            }
        }
    }
    assert!(checked > 15, "only {checked} quotes");
    assert!(
        wrong.is_empty(),
        "not the RFCs' words:\n{}",
        wrong.join("\n")
    );
}
