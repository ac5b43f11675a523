//! `from_phrase`'s cost: its time and bytes now and at [`BEFORE`], when it
//! read only the registry's and the older RFCs' phrases, and whether its
//! hash table earns its place against a plain scan of the same phrases
//! (the tests' lists, written out by hand) with the same matching rule.
//! Before and now are linked into one program and raced there, so both
//! run alike.
//!
//! [`BEFORE`]: crate::compile::BEFORE

use crate::common::{by_the_rule, known_phrases};
use crate::compile::{self, Library, BEFORE};
use crate::footprint::{added_bytes, added_bytes_with};
use crate::race::{race_two, Rng, INPUTS, ROUNDS};
use crate::scan::scan;
use http_status::status::from_phrase;
use std::hint::black_box;
use std::process::Command;

pub fn run() {
    let phrases = distinct(known_phrases());
    println!(
        "from_phrase: now, before ({}), and a plain scan of the same {} phrases",
        &BEFORE[..7],
        phrases.len()
    );
    let inputs = inputs(&phrases);
    println!("  ns per lookup (median of {ROUNDS} rounds of {INPUTS})");
    println!(
        "  {:<20} {:>8} {:>8} {:>8}   {:>8}",
        "input", "now", "before", "now/bef", "scan"
    );
    let before = time_before(&inputs).unwrap_or_else(|why| {
        println!("  before: skipped: {why}");
        Vec::new()
    });
    for (at, (label, inputs)) in inputs.iter().enumerate() {
        let (now, scan) = time_scan(&phrases, inputs);
        match before.get(at) {
            Some(&(linked_now, before)) => println!(
                "  {label:<20} {linked_now:>8.3} {before:>8.3} {:>8.2}   {scan:>8.3} vs now {now:.3}",
                linked_now / before
            ),
            None => println!(
                "  {label:<20} {now:>8.3} {:>8} {:>8}   {scan:>8.3}",
                "-", "-"
            ),
        }
    }
    println!("  (now and before race in one program that links both; the scan races now here)");
    if let Err(why) = weigh(&phrases) {
        println!("  bytes: skipped: {why}");
    }
}

/// The phrases once each, by the matching rule.
fn distinct(phrases: Vec<(&'static str, u16)>) -> Vec<(&'static str, u16)> {
    let mut seen = Vec::new();
    let mut kept = Vec::new();
    for (phrase, code) in phrases {
        let key = by_the_rule(phrase);
        if !seen.contains(&key) {
            seen.push(key);
            kept.push((phrase, code));
        }
    }
    kept
}

/// Known phrases, half of them in upper case, and strings that name
/// nothing: a known phrase with one letter changed.
fn inputs(phrases: &[(&'static str, u16)]) -> [(&'static str, Vec<String>); 2] {
    let mut rng = Rng(0x0DDB_1A5E_5BAD_5EED);
    let known = (0..INPUTS)
        .map(|_| {
            let phrase = phrases[rng.below(phrases.len())].0;
            if rng.below(2) == 0 {
                phrase.to_owned()
            } else {
                phrase.to_ascii_uppercase()
            }
        })
        .collect();
    let unknown = (0..INPUTS)
        .map(|_| {
            let mut phrase = phrases[rng.below(phrases.len())].0.as_bytes().to_vec();
            let at = rng.below(phrase.len());
            phrase[at] = b'#';
            String::from_utf8(phrase).expect("ASCII")
        })
        .collect();
    [("known phrases", known), ("one letter changed", unknown)]
}

fn time_scan(phrases: &[(&'static str, u16)], inputs: &[String]) -> (f64, f64) {
    let inputs = black_box(inputs);
    let value = |code: Option<u16>| code.map_or(0, usize::from);
    race_two(
        INPUTS,
        || inputs.iter().map(|text| value(from_phrase(text))).sum(),
        || inputs.iter().map(|text| value(scan(phrases, text))).sum(),
    )
}

/// Races `from_phrase` now and at [`BEFORE`] in one program that links
/// both, on the same inputs: (now, before) per input set.
fn time_before(inputs: &[(&str, Vec<String>); 2]) -> Result<Vec<(f64, f64)>, String> {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let mut files = Vec::new();
    for (at, (_, inputs)) in inputs.iter().enumerate() {
        let file = dir.join(format!("phrase_inputs_{at}.txt"));
        std::fs::write(&file, inputs.join("\n"))
            .map_err(|e| format!("writing {}: {e}", file.display()))?;
        files.push(file);
    }
    let source = format!(
        "mod race {{\n{}\n}}\n{}",
        include_str!("race.rs"),
        r#"
use std::hint::black_box;
fn main() {
    for file in std::env::args().skip(1) {
        let text = std::fs::read_to_string(file).unwrap();
        let inputs: Vec<&str> = text.split('\n').collect();
        let inputs = black_box(inputs.as_slice());
        let value = |code: Option<u16>| code.map_or(0, usize::from);
        let (now, before) = race::race_two(
            inputs.len(),
            || inputs.iter().map(|text| value(http_status::status::from_phrase(text))).sum(),
            || inputs.iter().map(|text| value(before::status::from_phrase(text))).sum(),
        );
        println!("{now} {before}");
    }
}
"#
    );
    let program = compile::program_with(
        "phrases_before_and_now",
        &source,
        &[],
        &[("http_status", Library::Now), ("before", Library::Before)],
    )?;
    let output = Command::new(&program)
        .args(&files)
        .output()
        .map_err(|e| format!("running {}: {e}", program.display()))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let pairs: Vec<(f64, f64)> = text
        .lines()
        .filter_map(|line| {
            let (now, before) = line.split_once(' ')?;
            Some((now.parse().ok()?, before.parse().ok()?))
        })
        .collect();
    if !output.status.success() || pairs.len() != files.len() {
        return Err(format!("{} gave {text:?}", program.display()));
    }
    Ok(pairs)
}

/// The loaded bytes that `from_phrase` now, `from_phrase` before and the
/// scan add to a release program that looks up a phrase it cannot see,
/// and what `reason_phrase` adds now and before.
fn weigh(phrases: &[(&'static str, u16)]) -> Result<(), String> {
    let call = "status::from_phrase(black_box(\"Not Found\"))";
    let now = added_bytes("phrases_now", "", call)?;
    let before = added_bytes_with(Library::Before, "phrases_before", "", call)?;
    let list: String = phrases
        .iter()
        .map(|(phrase, code)| format!("({phrase:?}, {code}), "))
        .collect();
    let scan = added_bytes(
        "phrases_scan",
        &format!(
            "mod scan {{\n{}\n}}\nconst PHRASES: &[(&str, u16)] = &[{list}];\n",
            include_str!("scan.rs")
        ),
        "scan::scan(PHRASES, black_box(\"Not Found\"))",
    )?;
    println!(
        "  {:<20} {now:>8} {before:>8} {:>8.2}   {scan:>8}   (now/scan {:.2})",
        "bytes added",
        now as f64 / before as f64,
        now as f64 / scan as f64
    );
    let call = "status::reason_phrase(code)";
    let now = added_bytes("reason_phrase_now", "", call)?;
    let before = added_bytes_with(Library::Before, "reason_phrase_before", "", call)?;
    println!("reason_phrase: bytes added now {now}, before {before}");
    Ok(())
}
