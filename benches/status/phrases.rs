//! Whether `from_phrase`'s hash table earns its place: it is raced against a
//! plain scan of the same phrases (the tests' list, written out by hand),
//! and both are built into a release program to weigh what each adds.

use crate::common::{code_of_phrase, known_phrases};
use crate::footprint::added_bytes;
use crate::race::{race_two, Rng, INPUTS, ROUNDS};
use http_status::status::from_phrase;
use std::hint::black_box;

pub fn run() {
    let phrases = known_phrases();
    println!(
        "from_phrase: the crate's hash table against a plain scan of the same {} phrases",
        phrases.len()
    );
    time(&phrases);
    if let Err(why) = weigh(&phrases) {
        println!("  bytes: skipped: {why}");
    }
}

fn time(phrases: &[(&'static str, u16)]) {
    let mut rng = Rng(0x0DDB_1A5E_5BAD_5EED);
    // Known phrases in the case a server sends them, and in upper case.
    let known: Vec<String> = (0..INPUTS)
        .map(|_| {
            let phrase = phrases[rng.below(phrases.len())].0;
            if rng.below(2) == 0 {
                phrase.to_owned()
            } else {
                phrase.to_ascii_uppercase()
            }
        })
        .collect();
    // Strings that name nothing: a known phrase with one letter changed.
    let unknown: Vec<String> = (0..INPUTS)
        .map(|_| {
            let mut phrase = phrases[rng.below(phrases.len())].0.as_bytes().to_vec();
            let at = rng.below(phrase.len());
            phrase[at] = b'#';
            String::from_utf8(phrase).expect("ASCII")
        })
        .collect();
    println!("  ns per lookup (median of {ROUNDS} rounds of {INPUTS})");
    println!(
        "  {:<26} {:>8} {:>8} {:>8}",
        "input", "hash", "scan", "speedup"
    );
    for (label, inputs) in [("known phrases", &known), ("one letter changed", &unknown)] {
        let inputs = black_box(inputs.as_slice());
        let value = |code: Option<u16>| code.map_or(0, usize::from);
        let (hash, scan) = race_two(
            INPUTS,
            || inputs.iter().map(|text| value(from_phrase(text))).sum(),
            || inputs.iter().map(|text| value(code_of_phrase(text))).sum(),
        );
        println!(
            "  {label:<26} {hash:>8.3} {scan:>8.3} {:>7.1}x",
            scan / hash
        );
    }
}

/// The loaded bytes each design adds to a release program that looks up a
/// phrase it cannot see: the crate's `from_phrase`, and the same phrases as
/// a list scanned with `eq_ignore_ascii_case`.
fn weigh(phrases: &[(&'static str, u16)]) -> Result<(), String> {
    let hash = added_bytes(
        "phrases_hash",
        "",
        "status::from_phrase(black_box(\"Not Found\"))",
    )?;
    let list: String = phrases
        .iter()
        .map(|(phrase, code)| format!("({phrase:?}, {code}), "))
        .collect();
    let scan = added_bytes(
        "phrases_scan",
        &format!(
            "const PHRASES: &[(&str, u16)] = &[{list}];\n\
             fn scan(text: &str) -> Option<u16> {{\n    \
             PHRASES.iter().find(|(known, _)| known.eq_ignore_ascii_case(text)).map(|&(_, code)| code)\n}}\n"
        ),
        "scan(black_box(\"Not Found\"))",
    )?;
    println!(
        "  {:<26} {hash:>8} {scan:>8}   (the hash table costs {:.2}x the scan's bytes)",
        "bytes added",
        hash as f64 / scan as f64
    );
    Ok(())
}
