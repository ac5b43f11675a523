//! The rules a response breaks, decided from what a test can see of it.

use crate::{rules, Condition, Party, Rule, Topic};
use core::fmt;

/// What a test can see of a response, and of the request it answers.
#[derive(Clone, Copy)]
struct Seen<'a> {
    method: &'a str,
    has_content: bool,
    /// For each rule of the code, by its place in [`rules`], whether the
    /// response has the rule's field.
    has_field: u128,
    /// For each rule of the code, whether the request has the field its
    /// condition names; `None` when the request's fields were not given.
    request_has: Option<u128>,
}

/// The rules of its code that a response breaks: an iterator over
/// `&'static Rule`, which allocates nothing, from [`violations`] and
/// [`violations_with_request`]. Its `Display` writes them as a test's
/// failure says them: each rule, then what to change in the response.
///
/// ```
/// use http_status_rules::violations;
///
/// let broken = violations(204, "PUT", ["Content-Length"], false);
/// assert_eq!(
///     broken.to_string(),
///     "a 204 response to PUT breaks 1 rule of its code:\n  \
///      server MUST NOT: \"A server MUST NOT send a Content-Length header field in any \
///      response with a status code of 1xx (Informational) or 204 (No Content).\" \
///      (RFC 9110, Section 8.6)\n    fix: remove the Content-Length header field"
/// );
/// ```
#[derive(Clone)]
pub struct Violations<'a> {
    code: u16,
    method: &'a str,
    rules: &'static [Rule],
    broken: u128,
}

impl Violations<'_> {
    /// Only the rules of absolute levels: `MUST`, `MUST NOT` and the
    /// others of [`Level::is_absolute`](crate::Level::is_absolute).
    #[must_use]
    pub fn absolute(mut self) -> Self {
        for (at, rule) in self.rules.iter().enumerate() {
            if !rule.level().is_absolute() {
                self.broken &= !(1 << at);
            }
        }
        self
    }
}

impl Iterator for Violations<'_> {
    type Item = &'static Rule;

    fn next(&mut self) -> Option<&'static Rule> {
        if self.broken == 0 {
            return None;
        }
        let at = self.broken.trailing_zeros() as usize;
        self.broken &= self.broken - 1;
        self.rules.get(at)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.broken.count_ones() as usize;
        (left, Some(left))
    }
}

impl ExactSizeIterator for Violations<'_> {}

impl fmt::Debug for Violations<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl fmt::Display for Violations<'_> {
    /// Writes `a 405 response to DELETE breaks 1 rule of its code:`, then
    /// each rule and its fix on lines of their own; `breaks no rule of its
    /// code` where it breaks none.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.len();
        write!(f, "a {} response to {} breaks ", self.code, self.method)?;
        match count {
            0 => return f.write_str("no rule of its code"),
            1 => f.write_str("1 rule of its code:")?,
            _ => write!(f, "{count} rules of its code:")?,
        }
        for rule in self.clone() {
            write!(f, "\n  {rule}\n    fix: {}", Fix(rule))?;
        }
        Ok(())
    }
}

/// The rules of `code` that a response with these header `fields` and,
/// if `has_content`, content, sent in answer to a `method` request, breaks:
/// each a [`Rule`], with its level, party and quote.
///
/// `fields` are the response's header field names, in any case and any
/// form that gives a `&str`: `response.headers().keys()` of `http` 1.x and
/// 0.2, an array of `&str`. `method` is the request's method, as RFC 9110
/// writes it (`"GET"`; methods are case-sensitive).
///
/// Decided are the rules that bind the server or a proxy that sends the
/// response, and that these four facts settle:
///
/// - a header field the code's rules ask for (`MUST`, `SHOULD`) and the
///   response lacks, such as 405's `Allow`, 401's `WWW-Authenticate`,
///   407's `Proxy-Authenticate`, 101's and 426's `Upgrade`, and the
///   `Location` of 301, 302, 307 and 308;
/// - a header field they forbid (`MUST NOT`, `SHOULD NOT`) and the
///   response has, such as `Content-Length` and `Transfer-Encoding` in a
///   1xx or 204 response, or in a 2xx response to CONNECT;
/// - content that the code or the method rules out (1xx, 204, 205, 304,
///   and any response to HEAD), and a 4xx or 5xx response to any method but
///   HEAD without the explanation its server SHOULD send.
///
/// A rule is not guessed where it needs more than that: a condition in the
/// RFC's words (a field's value, "if the field would have been sent in a
/// 200 (OK) response", "with a clock"), the request's own fields (see
/// [`violations_with_request`]), an HTTP/1.0 peer, or early data. A rule
/// of HTTP/1.1 alone, such as `Transfer-Encoding`'s in a 204, is decided as
/// for an HTTP/1.1 response, since HTTP/2 and HTTP/3 carry no such field.
/// `MAY` is never broken.
///
/// ```
/// use http_status_rules::{violations, Level};
///
/// // A 405 without Allow breaks the MUST that RFC 9110 states twice.
/// let broken: Vec<_> = violations(405, "DELETE", ["Content-Type"], true).collect();
/// let sections: Vec<_> = broken.iter().map(|rule| rule.reference().section()).collect();
/// assert_eq!(sections, ["15.5.6", "10.2.1"]);
/// assert!(broken.iter().all(|rule| rule.level() == Level::Must));
///
/// // With it, nothing is broken.
/// assert_eq!(violations(405, "DELETE", ["allow", "content-type"], true).count(), 0);
/// ```
pub fn violations<F>(code: u16, method: &str, fields: F, has_content: bool) -> Violations<'_>
where
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let rules = rules(code);
    decide(code, rules, seen(rules, method, fields, has_content))
}

/// What [`violations`] reads of a response, its fields marked by rule.
fn seen<'a, F>(rules: &[Rule], method: &'a str, fields: F, has_content: bool) -> Seen<'a>
where
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    Seen {
        method,
        has_content,
        has_field: marks(rules, fields, |rule| match rule.topic() {
            Topic::Field(name) => Some(name),
            _ => None,
        }),
        request_has: None,
    }
}

/// As [`violations`], and also the rules whose condition is a header field
/// of the request, given the request's field names as `request_fields`:
/// such as a 101 to a request without `Upgrade` (RFC 9110, Section 7.8),
/// or a 416 without `Content-Range` to a request with `Range` (Sections
/// 14.4 and 15.5.17).
///
/// Some checks of a status against its request are no rule of the RFCs'
/// keywords, and are not made: a 201 to a safe method, a 206 to a request
/// without `Range` and a 417 to one without `Expect` contradict what their
/// sections say the code means, in sentences with no keyword; and a 405
/// whose `Allow` lists the refused method needs the field's value.
///
/// ```
/// use http_status_rules::{violations, violations_with_request};
///
/// let response = ["Upgrade", "Connection"];
/// // Switching to a protocol the request did not ask for:
/// let broken = violations_with_request(101, "GET", response, false, ["Host"]);
/// assert_eq!(broken.count(), 1);
/// assert_eq!(violations_with_request(101, "GET", response, false, ["Host", "upgrade"]).count(), 0);
/// // Without the request's fields, that rule is not decided.
/// assert_eq!(violations(101, "GET", response, false).count(), 0);
/// ```
pub fn violations_with_request<F, R>(
    code: u16,
    method: &str,
    fields: F,
    has_content: bool,
    request_fields: R,
) -> Violations<'_>
where
    F: IntoIterator,
    F::Item: AsRef<str>,
    R: IntoIterator,
    R::Item: AsRef<str>,
{
    let rules = rules(code);
    let mut seen = seen(rules, method, fields, has_content);
    seen.request_has = Some(marks(rules, request_fields, |rule| {
        match rule.condition() {
            Condition::RequestHas(name) | Condition::RequestLacks(name) => Some(name),
            _ => None,
        }
    }));
    decide(code, rules, seen)
}

/// One pass over `names`: for each rule, by its place, whether one of the
/// names is the field `field_of` reads from it, without regard to case.
fn marks<F>(rules: &[Rule], names: F, field_of: impl Fn(&Rule) -> Option<&'static str>) -> u128
where
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let mut marked = 0;
    for name in names {
        let name = name.as_ref();
        for (at, rule) in rules.iter().enumerate() {
            if field_of(rule).map_or(false, |field| field.eq_ignore_ascii_case(name)) {
                marked |= 1 << at;
            }
        }
    }
    marked
}

fn decide<'a>(code: u16, rules: &'static [Rule], seen: Seen<'a>) -> Violations<'a> {
    let mut broken = 0;
    for (at, rule) in rules.iter().enumerate() {
        if breaks(rule, at, seen) {
            broken |= 1 << at;
        }
    }
    Violations {
        code,
        method: seen.method,
        rules,
        broken,
    }
}

/// Whether the response breaks `rule`, the `at`th of its code's; `false`
/// where the facts do not decide it.
fn breaks(rule: &Rule, at: usize, seen: Seen<'_>) -> bool {
    let bit = 1u128 << at;
    // A response binds the party that sends it: a server, or a proxy for
    // the codes it generates, as 407.
    if rule.party() == Party::Cache || rule.party() == Party::Client || rule.level().is_optional() {
        return false;
    }
    let applies = match rule.condition() {
        Condition::Always | Condition::Http11 => true,
        Condition::Methods(methods) => methods.contains(&seen.method),
        Condition::ExceptMethods(methods) => !methods.contains(&seen.method),
        Condition::RequestHas(_) => match seen.request_has {
            Some(request) => request & bit != 0,
            None => return false,
        },
        Condition::RequestLacks(_) => match seen.request_has {
            Some(request) => request & bit == 0,
            None => return false,
        },
        Condition::Http10 | Condition::EarlyData | Condition::Words(_) => return false,
    };
    if !applies {
        return false;
    }
    let forbids = rule.level().forbids();
    match rule.topic() {
        Topic::Field(_) => (seen.has_field & bit != 0) == forbids,
        // Content that a rule asks for is not asked of a response to HEAD,
        // which RFC 9110, Section 9.3.2 sends without content.
        Topic::Content | Topic::ContentHolds if !forbids => {
            !seen.has_content && seen.method != "HEAD"
        }
        Topic::Content => seen.has_content,
        // Sending the code at all is what such a rule forbids, where the
        // request decides it, as a 101 to a request without Upgrade.
        Topic::Generate => {
            forbids
                && matches!(
                    rule.condition(),
                    Condition::RequestHas(_) | Condition::RequestLacks(_)
                )
        }
        _ => false,
    }
}

/// What to change in the response to keep a rule, as a test's failure
/// says it.
struct Fix<'a>(&'a Rule);

impl fmt::Display for Fix<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let forbids = self.0.level().forbids();
        match (self.0.topic(), forbids) {
            (Topic::Field(name), false) => write!(f, "send the {name} header field"),
            (Topic::Field(name), true) => write!(f, "remove the {name} header field"),
            (Topic::Content, false) => f.write_str("send content"),
            (Topic::Content, true) => f.write_str("send no content"),
            _ => f.write_str("send another status code"),
        }
    }
}

/// Asserts that a response keeps every absolute rule of its code that
/// [`violations`] decides (`MUST`, `MUST NOT`, and what a response
/// `cannot` hold); on failure, panics with each broken rule, its level,
/// party, quote and section, and what to change.
///
/// It takes what [`violations`] takes, and allocates nothing unless it
/// fails.
///
/// ```
/// use http_status_rules::assert_conforms;
///
/// assert_conforms(405, "DELETE", ["Allow", "Content-Type"], true);
/// assert_conforms(204, "PUT", ["ETag"], false);
/// ```
///
/// ```should_panic
/// # use http_status_rules::assert_conforms;
/// // a 405 response to DELETE breaks 1 rule of its code:
/// //   server MUST: "The origin server MUST generate an Allow header field
/// //   in a 405 response ..." (RFC 9110, Section 15.5.6)
/// //     fix: send the Allow header field
/// assert_conforms(405, "DELETE", ["Content-Type"], true);
/// ```
#[track_caller]
pub fn assert_conforms<F>(code: u16, method: &str, fields: F, has_content: bool)
where
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let broken = violations(code, method, fields, has_content).absolute();
    if broken.len() > 0 {
        panic!("{broken}");
    }
}

/// As [`assert_conforms`], and fails on the recommended levels too
/// (`SHOULD`, `SHOULD NOT`, `RECOMMENDED`, `NOT RECOMMENDED`), such as a
/// 4xx response without content that explains the error.
///
/// ```should_panic
/// # use http_status_rules::assert_conforms_strictly;
/// assert_conforms_strictly(404, "GET", ["Content-Length"], false);
/// ```
#[track_caller]
pub fn assert_conforms_strictly<F>(code: u16, method: &str, fields: F, has_content: bool)
where
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let broken = violations(code, method, fields, has_content);
    if broken.len() > 0 {
        panic!("{broken}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_code_has_more_rules_than_a_mark_has_bits() {
        for code in 0..=u16::MAX {
            assert!(rules(code).len() <= 128, "{code}");
        }
    }
}
