//! `http-status check CODE METHOD [FIELD...] [--content]`: what a response
//! with that code, to a request with that method, with those header fields
//! and with or without content, breaks of its code's rules.

use http_status_rules::violations;

/// What `check` was given that it cannot read, in the user's words.
#[derive(Debug, PartialEq, Eq)]
pub enum BadCheck {
    /// No code, or no method.
    Missing,
    /// A code that is not a number from 100 to 599.
    Code(String),
    /// A method that is not a token of letters, as RFC 9110 writes them.
    Method(String),
}

impl std::fmt::Display for BadCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BadCheck::Missing => f.write_str(
                "check takes a code and a method, then the response's header field names: \
                 http-status check 405 GET Content-Type, with --content if it has content",
            ),
            BadCheck::Code(code) => write!(
                f,
                "check: `{code}` is no status code: give a number from 100 to 599, such as 405"
            ),
            BadCheck::Method(method) => write!(
                f,
                "check: `{method}` is no request method: give one such as GET or POST, in capitals"
            ),
        }
    }
}

/// The report on the response `args` describe, and whether it breaks a
/// rule.
pub fn check(args: &[&str]) -> Result<(String, bool), BadCheck> {
    let has_content = args.contains(&"--content");
    let mut rest = args.iter().copied().filter(|arg| *arg != "--content");
    let (code, method) = match (rest.next(), rest.next()) {
        (Some(code), Some(method)) => (code, method),
        _ => return Err(BadCheck::Missing),
    };
    let code = match code.trim().parse::<u16>() {
        Ok(number) if (100..=599).contains(&number) => number,
        _ => return Err(BadCheck::Code(code.to_owned())),
    };
    if method.is_empty()
        || !method
            .bytes()
            .all(|byte| byte.is_ascii_uppercase() || byte == b'-')
    {
        return Err(BadCheck::Method(method.to_owned()));
    }
    let fields: Vec<&str> = rest.collect();
    let broken = violations(code, method, &fields, has_content);
    let any = broken.len() > 0;
    Ok((format!("{broken}\n"), any))
}
