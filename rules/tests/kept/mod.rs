//! A reader of the RFC text kept in `rfc/`: one file per RFC, each
//! section a block that starts `§ 15.5.6 405 Method Not Allowed`, then one
//! line per paragraph or list item of the section's own text.

// Each test file that reads the kept text uses a part of this module.
#![allow(dead_code)]

use http_status_rules::{rules, Level, Rule};
use std::fs;
use std::path::Path;

/// The kept text of every RFC.
pub struct Kept {
    rfcs: Vec<(u16, Vec<Section>)>,
}

/// One section of an RFC: its number and its lines.
pub struct Section {
    pub number: String,
    pub title: String,
    lines: Vec<String>,
}

impl Kept {
    pub fn load() -> Kept {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rfc");
        let mut rfcs = Vec::new();
        for entry in fs::read_dir(&dir).expect("rfc/ is kept beside the crate") {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            if !name.starts_with("rfc") || !name.ends_with(".txt") {
                continue;
            }
            let digits: String = name[3..].chars().take_while(char::is_ascii_digit).collect();
            let number: u16 = digits.parse().expect("rfcNNNN.txt");
            let text = fs::read_to_string(&path).unwrap();
            rfcs.push((number, parse(&text)));
        }
        rfcs.sort_by_key(|(number, _)| *number);
        Kept { rfcs }
    }

    pub fn sections(&self, rfc: u16) -> impl Iterator<Item = &Section> {
        self.rfcs
            .iter()
            .filter(move |(number, _)| *number == rfc)
            .flat_map(|(_, sections)| sections)
    }

    pub fn all_sections(&self) -> impl Iterator<Item = &Section> {
        self.rfcs.iter().flat_map(|(_, sections)| sections)
    }

    pub fn section(&self, rfc: u16, number: &str) -> Option<&Section> {
        self.sections(rfc).find(|section| section.number == number)
    }
}

fn parse(text: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("§ ") {
            let (number, title) = head.split_once(' ').unwrap_or((head, ""));
            sections.push(Section {
                number: number.to_owned(),
                title: title.to_owned(),
                lines: Vec::new(),
            });
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else if let Some(section) = sections.last_mut() {
            section
                .lines
                .push(line.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    sections
}

impl Section {
    /// The section's sentences, each line split where a sentence ends.
    pub fn sentences(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().flat_map(|line| split(line))
    }
}

/// Splits a paragraph where a sentence ends: after `.`, `?` or `!`, with
/// any closing quote or parenthesis, before white space and a capital
/// letter, an opening parenthesis or a quote. "e.g.," and "i.e.," never end
/// one, since a comma follows them.
pub fn split(paragraph: &str) -> impl Iterator<Item = &str> {
    let bytes = paragraph.as_bytes();
    let mut cuts = vec![0];
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'?' | b'!') {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b')') {
                end += 1;
            }
            if end + 1 < bytes.len()
                && bytes[end] == b' '
                && (bytes[end + 1].is_ascii_uppercase() || matches!(bytes[end + 1], b'(' | b'"'))
            {
                cuts.push(end);
                i = end;
            }
        }
        i += 1;
    }
    cuts.push(bytes.len());
    let pieces: Vec<&str> = cuts
        .windows(2)
        .map(|pair| paragraph[pair[0]..pair[1]].trim())
        .filter(|piece| !piece.is_empty())
        .collect();
    pieces.into_iter()
}

/// The BCP 14 keywords of a sentence, where each starts: only in capitals,
/// as RFC 8174 asks, and each the longest that fits ("MUST NOT", not
/// "MUST").
pub fn keywords(sentence: &str) -> Vec<(usize, Level)> {
    const KEYWORDS: &[(&str, Level)] = &[
        ("MUST NOT", Level::MustNot),
        ("MUST", Level::Must),
        ("SHALL NOT", Level::ShallNot),
        ("SHALL", Level::Shall),
        ("SHOULD NOT", Level::ShouldNot),
        ("SHOULD", Level::Should),
        ("NOT RECOMMENDED", Level::NotRecommended),
        ("RECOMMENDED", Level::Recommended),
        ("REQUIRED", Level::Required),
        ("MAY", Level::May),
        ("OPTIONAL", Level::Optional),
    ];
    let bytes = sentence.as_bytes();
    let word_edge = |at: usize| at >= bytes.len() || !bytes[at].is_ascii_alphanumeric();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let hit = KEYWORDS.iter().find(|(word, _)| {
            starts_word && bytes[i..].starts_with(word.as_bytes()) && word_edge(i + word.len())
        });
        match hit {
            Some((word, level)) => {
                found.push((i, *level));
                i += word.len();
            }
            None => i += 1,
        }
    }
    found
}

/// Whether a sentence names a status code or class by its number: `405`,
/// `4xx`.
pub fn names_a_code(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    (0..bytes.len().saturating_sub(2)).any(|i| {
        let before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'.';
        let after = i + 3 >= bytes.len() || !bytes[i + 3].is_ascii_alphanumeric();
        let code = (b'1'..=b'5').contains(&bytes[i])
            && (bytes[i + 1..i + 3].iter().all(u8::is_ascii_digit)
                || &bytes[i + 1..i + 3] == b"xx");
        before && after && code
    })
}

/// Every rule the kept text is read against, once, in the order `rules`
/// first gives it: the rules of a value outside 100..=599 (every code's),
/// then each code's and each class's that were not seen before.
pub fn every_rule() -> Vec<Rule> {
    let mut seen: Vec<Rule> = Vec::new();
    for code in 0..=u16::MAX {
        for rule in rules(code) {
            if !seen.contains(rule) {
                seen.push(*rule);
            }
        }
    }
    seen
}
