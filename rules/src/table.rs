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

/// Whether the slice numbered `slice` holds `row`, and in which of its
/// three parts: 0 for the code's own rules, 1 for its class's, 2 for those
/// of every code.
const fn part(slice: usize, row: &Row) -> Option<u8> {
    match row.scope {
        Scope::All => Some(2),
        Scope::Class(class) if slice < ALL.len() => {
            if ALL[slice] / 100 == class as u16 {
                Some(1)
            } else {
                None
            }
        }
        Scope::Class(class) if slice < ALL.len() + 5 => {
            if (slice - ALL.len() + 1) as u8 == class {
                Some(1)
            } else {
                None
            }
        }
        scope if slice < ALL.len() => {
            if scope.covers(ALL[slice]) {
                Some(0)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Visits every row of every source in order, as `(source, row)` indices.
macro_rules! for_each_row {
    (|$row:ident| $body:block) => {
        let mut source = 0;
        while source < SOURCES.len() {
            let mut index = 0;
            while index < SOURCES[source].len() {
                let $row: &'static Row = &SOURCES[source][index];
                $body
                index += 1;
            }
            source += 1;
        }
    };
}

/// How many rules the slice numbered `slice` holds.
const fn count(slice: usize) -> usize {
    let mut n = 0;
    for_each_row!(|row| {
        if part(slice, row).is_some() {
            n += 1;
        }
    });
    n
}

const fn total() -> usize {
    let mut n = 0;
    let mut slice = 0;
    while slice < SPANS {
        n += count(slice);
        slice += 1;
    }
    n
}

const TOTAL: usize = total();

/// Every slice, one after the other.
static RULES: [Rule; TOTAL] = lay_out().0;
static SPAN: [Span; SPANS] = lay_out().1;

const fn lay_out() -> ([Rule; TOTAL], [Span; SPANS]) {
    let first: Rule = Rule::new(&SOURCES[0][0]);
    let mut rules = [first; TOTAL];
    let mut spans = [Span { start: 0, len: 0 }; SPANS];
    let mut next = 0;
    let mut slice = 0;
    while slice < SPANS {
        spans[slice].start = next;
        let mut wanted = 0;
        while wanted < 3 {
            for_each_row!(|row| {
                if let Some(part) = part(slice, row) {
                    if part == wanted {
                        rules[next] = Rule::new(row);
                        next += 1;
                    }
                }
            });
            wanted += 1;
        }
        spans[slice].len = next - spans[slice].start;
        slice += 1;
    }
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
