//! Medians and ratios, measured in one run with the contenders interleaved.

use crate::race::{race_two, Rng, INPUTS, ROUNDS};
use http_status::status::{self, from_name, reason_phrase, ALL};
use std::hint::black_box;

pub fn run() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    println!();
    predicates(&mut rng);
    println!();
    lookups(&mut rng);
    println!();
    names(&mut rng);
}

/// Races `ours` against `theirs` over the same inputs, each pass summing a
/// weight of every answer so that none can be skipped; returns the two
/// medians.
fn pair<T: Copy, R>(
    inputs: &[T],
    ours: impl Fn(T) -> R,
    theirs: impl Fn(T) -> R,
    weight: impl Fn(R) -> usize,
) -> (f64, f64) {
    let inputs = black_box(inputs);
    race_two(
        || inputs.iter().map(|&input| weight(ours(input))).sum(),
        || inputs.iter().map(|&input| weight(theirs(input))).sum(),
    )
}

fn predicates(rng: &mut Rng) {
    let codes: Vec<u16> = (0..INPUTS).map(|_| rng.below(700) as u16).collect();
    println!("predicates over {INPUTS} codes in 0..700, ns per code (median of {ROUNDS} rounds)");
    println!(
        "  {:<16} {:>8} {:>12} {:>7}",
        "predicate", "crate", "hand-written", "ratio"
    );
    // Closures and function items, not pointers: each pair is inlined alike.
    let codes = codes.as_slice();
    predicate(codes, "is_informational", status::is_informational, |c| {
        c.wrapping_sub(100) < 100
    });
    predicate(codes, "is_success", status::is_success, |c| {
        c.wrapping_sub(200) < 100
    });
    predicate(codes, "is_redirect", status::is_redirect, |c| {
        c.wrapping_sub(300) < 100
    });
    predicate(codes, "is_client_error", status::is_client_error, |c| {
        c.wrapping_sub(400) < 100
    });
    predicate(codes, "is_server_error", status::is_server_error, |c| {
        c.wrapping_sub(500) < 100
    });
    predicate(codes, "is_error", status::is_error, |c| {
        c.wrapping_sub(400) < 200
    });
}

/// Races the crate's predicate against the single comparison written by hand.
fn predicate(codes: &[u16], label: &str, ours: impl Fn(u16) -> bool, hand: impl Fn(u16) -> bool) {
    let (ours, hand) = pair(codes, ours, hand, usize::from);
    println!(
        "  {label:<16} {ours:>8.3} {hand:>12.3} {:>7.2}",
        ours / hand
    );
}

/// The table as a plain list, for the naive lookups to scan.
fn rows() -> Vec<(u16, &'static str, &'static str)> {
    ALL.iter()
        .map(|&code| {
            (
                code,
                status::name(code).unwrap(),
                reason_phrase(code).unwrap(),
            )
        })
        .collect()
}

fn lookups(rng: &mut Rng) {
    let even: Vec<u16> = (0..INPUTS).map(|_| ALL[rng.below(ALL.len())]).collect();
    let skewed: Vec<u16> = (0..INPUTS)
        .map(|_| {
            if rng.below(10) < 9 {
                200
            } else {
                ALL[rng.below(ALL.len())]
            }
        })
        .collect();
    println!("lookups by code over {INPUTS} codes, ns per lookup (median of {ROUNDS} rounds)");
    println!(
        "  {:<14} {:<7} {:>8} {:>12} {:>8}",
        "lookup", "draw", "crate", "linear scan", "speedup"
    );
    for (draw, codes) in [("even", &even), ("skewed", &skewed)] {
        lookup(codes, "reason_phrase", draw, reason_phrase, |row| row.2);
    }
    for (draw, codes) in [("even", &even), ("skewed", &skewed)] {
        lookup(codes, "name", draw, status::name, |row| row.1);
    }
}

/// Races a lookup by code against a linear scan of the table for the same
/// field.
fn lookup(
    codes: &[u16],
    label: &str,
    draw: &str,
    ours: impl Fn(u16) -> Option<&'static str>,
    field: impl Fn(&(u16, &'static str, &'static str)) -> &'static str,
) {
    let rows = rows();
    let rows = black_box(rows.as_slice());
    let scan = |code| rows.iter().find(|row| row.0 == code).map(&field);
    let length = |phrase: Option<&str>| phrase.map_or(0, str::len);
    let (ours, naive) = pair(codes, ours, scan, length);
    println!(
        "  {label:<14} {draw:<7} {ours:>8.3} {naive:>12.3} {:>7.1}x",
        naive / ours
    );
}

/// The four RFC 9110 aliases, which the naive scan must know as well.
const ALIASES: [&str; 4] = [
    "HTTP_413_CONTENT_TOO_LARGE",
    "HTTP_414_URI_TOO_LONG",
    "HTTP_416_RANGE_NOT_SATISFIABLE",
    "HTTP_422_UNPROCESSABLE_CONTENT",
];

fn names(rng: &mut Rng) {
    let mut known: Vec<(&str, u16)> = rows().iter().map(|&(code, name, _)| (name, code)).collect();
    known.extend(
        ALIASES
            .iter()
            .map(|&alias| (alias, from_name(alias).unwrap())),
    );
    // Inputs are drawn from a few hundred distinct strings, as a program's
    // names would be: the figures are the lookup's, not the memory's.
    let names: Vec<&str> = (0..INPUTS)
        .map(|_| known[rng.below(known.len())].0)
        .collect();
    // A near-miss is a real name with its last letter changed; a random word
    // is upper-case letters, as long as a name.
    let near_misses: Vec<String> = known
        .iter()
        .map(|row| format!("{}#", &row.0[..row.0.len() - 1]))
        .collect();
    let words: Vec<String> = (0..256)
        .map(|_| {
            let length = known[rng.below(known.len())].0.len();
            (0..length)
                .map(|_| (b'A' + rng.below(26) as u8) as char)
                .collect()
        })
        .collect();
    let near_misses = draw(rng, &near_misses);
    let words = draw(rng, &words);
    println!("from_name over {INPUTS} strings, ns per lookup (median of {ROUNDS} rounds)");
    println!(
        "  {:<14} {:>8} {:>12} {:>8}",
        "input", "crate", "linear scan", "speedup"
    );
    for (label, inputs) in [
        ("every name", &names),
        ("near-misses", &near_misses),
        ("random words", &words),
    ] {
        let known = black_box(known.as_slice());
        let scan = |text: &str| known.iter().find(|row| row.0 == text).map(|row| row.1);
        let value = |code: Option<u16>| code.map_or(0, usize::from);
        let (ours, naive) = pair(inputs, from_name, scan, value);
        println!(
            "  {label:<14} {ours:>8.3} {naive:>12.3} {:>7.1}x",
            naive / ours
        );
    }
}

/// [`INPUTS`] strings drawn at random from `pool`.
fn draw<'a>(rng: &mut Rng, pool: &'a [String]) -> Vec<&'a str> {
    (0..INPUTS)
        .map(|_| pool[rng.below(pool.len())].as_str())
        .collect()
}
