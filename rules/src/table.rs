//! Each code's rules as one slice, laid out when the crate compiles: the
//! code's own rules, then its class's, then those for every code, each row
//! stored once and referred to from every slice it belongs to.

use crate::data::SOURCES;
use crate::rule::{Row, Rule, Scope};
use http_status::status::ALL;

/// Where a slice of [`RULES`] starts, and how long it is.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    len: usize,
}

/// The slices, in this order: one for each code of [`ALL`], one for each
/// class (a code of it without a constant), and one for a code outside
/// 100..=599.
const SPANS: usize = ALL.len() + 5 + 1;

/// Which slice a code's rules are: its own, its class's, or none but those
/// for every code.
const fn slice_of(code: u16) -> usize {
    let mut i = 0;
    while i < ALL.len() {
        if ALL[i] == code {
            return i;
        }
        i += 1;
    }
    if 100 <= code && code <= 599 {
        ALL.len() + (code / 100 - 1) as usize
    } else {
        ALL.len() + 5
    }
}

/// The class of the codes a slice holds: the first digit.
const fn class_of(slice: usize) -> u16 {
    if slice < ALL.len() {
        ALL[slice] / 100
    } else {
        (slice - ALL.len() + 1) as u16
    }
}

/// Visits each slice that holds each row, with the part of the slice the
/// row goes in: 0 for the code's own rules, 1 for its class's, 2 for those
/// of every code. A visit per row and slice keeps the work within what
/// Rust 1.63 evaluates at compile time.
macro_rules! for_each_place {
    (|$row:ident, $slice:ident, $part:ident| $body:block) => {
        let mut source = 0;
        while source < SOURCES.len() {
            let mut index = 0;
            while index < SOURCES[source].len() {
                let $row: &'static Row = &SOURCES[source][index];
                let mut $slice = 0;
                while $slice < SPANS {
                    let $part: usize = match $row.scope {
                        Scope::All => 2,
                        Scope::Class(class)
                            if class_of($slice) == class as u16 && $slice < ALL.len() + 5 =>
                        {
                            1
                        }
                        Scope::Class(_) => 3,
                        scope => {
                            if $slice < ALL.len() && scope.covers(ALL[$slice]) {
                                0
                            } else {
                                3
                            }
                        }
                    };
                    if $part < 3 {
                        $body
                    }
                    $slice += 1;
                }
                index += 1;
            }
            source += 1;
        }
    };
}

/// How many rules each slice holds, in each part.
const fn counts() -> [[usize; 3]; SPANS] {
    let mut counts = [[0; 3]; SPANS];
    for_each_place!(|row, slice, part| {
        counts[slice][part] += 1;
    });
    counts
}

const COUNTS: [[usize; 3]; SPANS] = counts();

const fn total() -> usize {
    let mut n = 0;
    let mut slice = 0;
    while slice < SPANS {
        n += COUNTS[slice][0] + COUNTS[slice][1] + COUNTS[slice][2];
        slice += 1;
    }
    n
}

const TOTAL: usize = total();

/// Every slice, one after the other, and where each starts.
const LAYOUT: ([Rule; TOTAL], [Span; SPANS]) = lay_out();
static RULES: [Rule; TOTAL] = LAYOUT.0;
static SPAN: [Span; SPANS] = LAYOUT.1;

const fn lay_out() -> ([Rule; TOTAL], [Span; SPANS]) {
    let first: Rule = Rule::new(&SOURCES[0][0]);
    let mut rules = [first; TOTAL];
    let mut spans = [Span { start: 0, len: 0 }; SPANS];
    // Where the next rule of each part of each slice goes.
    let mut next = [[0; 3]; SPANS];
    let mut start = 0;
    let mut slice = 0;
    while slice < SPANS {
        let [own, class, all] = COUNTS[slice];
        spans[slice] = Span {
            start,
            len: own + class + all,
        };
        next[slice] = [start, start + own, start + own + class];
        start += own + class + all;
        slice += 1;
    }
    for_each_place!(|row, slice, part| {
        rules[next[slice][part]] = Rule::new(row);
        next[slice][part] += 1;
    });
    (rules, spans)
}

/// Every rule the RFCs give `code`: the code's own, then its class's (RFC
/// 9110, Sections 15.2 to 15.6, and the other RFCs' rules for a class),
/// then those for every status code (RFC 9110, Section 15). A code without
/// a constant in `http_status::status` has its class's and every code's; a
/// value outside 100..=599 has only every code's.
///
/// ```
/// use http_status_rules::{rules, Level, Party};
///
/// let musts = rules(405).iter().filter(|rule| rule.level() == Level::Must);
/// assert!(musts.clone().any(|rule| rule.party() == Party::Server));
/// // A code of the 4xx class without a constant has the class's rules.
/// assert!(!rules(499).is_empty());
/// ```
#[must_use]
pub fn rules(code: u16) -> &'static [Rule] {
    let span = SPAN[slice_of(code)];
    &RULES[span.start..span.start + span.len]
}
