//! The tool's own functions, as `cargo test` runs them.

use super::unregistered::{unregistered, Unregistered, UNREGISTERED};
use super::{deployed, entry, line, parse, rules, table, BadArg};
use http_status::status::{self, ALL};
use http_status_rules::Party;
use proptest::prelude::*;
use std::collections::HashSet;

#[test]
fn a_code_prints_its_phrase_class_and_name() {
    assert_eq!(
        line(418),
        "418  I'm a teapot                     Client Error   HTTP_418_IM_A_TEAPOT"
    );
}

#[test]
fn a_code_with_two_names_prints_both() {
    assert!(line(422).ends_with(
        "Client Error   HTTP_422_UNPROCESSABLE_ENTITY or HTTP_422_UNPROCESSABLE_CONTENT"
    ));
    for &code in ALL {
        if let Some(alias) = status::alias(code) {
            let names = format!("{} or {alias}", status::name(code).unwrap());
            assert!(line(code).ends_with(&names), "{}", line(code));
        }
    }
}

#[test]
fn an_entry_gives_the_line_then_the_meaning_and_the_defining_section() {
    assert_eq!(
        entry(418),
        format!(
            "{}\n     {}\n{}     https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2\n",
            line(418),
            status::meaning(418).unwrap(),
            rules(418)
        )
    );
    for &code in ALL {
        let entry = entry(code);
        assert!(entry.contains(status::meaning(code).unwrap()), "{entry}");
        if let Some(reference) = status::reference(code) {
            assert!(entry.contains(reference.url()), "{entry}");
        }
    }
    let told = entry(405);
    assert!(
        told.starts_with(&format!(
            "{}\n     {}\n     server:\n",
            line(405),
            status::meaning(405).unwrap()
        )),
        "{told}"
    );
    assert!(
        told.contains(
            "\n       MUST: \"The origin server MUST generate an Allow header field in a 405 \
             response containing a list of the target resource's currently supported methods.\" \
             (RFC 9110, Section 15.5.6)\n"
        ),
        "{told}"
    );
    assert!(
        told.ends_with("\n     https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6\n"),
        "{told}"
    );
    // No meaning and no section for a code without a constant: its class's
    // rules and every code's.
    assert_eq!(entry(299), format!("{}\n{}", line(299), rules(299)));
}

#[test]
fn every_code_name_and_phrase_finds_its_code_first_in_any_case() {
    for &code in ALL {
        let name = status::name(code).unwrap();
        for arg in [code.to_string(), name.to_owned(), name.to_ascii_lowercase()] {
            assert_eq!(parse(&arg), Ok(vec![code]), "{arg}");
        }
        // A phrase comes first, before the codes whose phrases hold it.
        let phrase = status::reason_phrase(code).unwrap().to_ascii_uppercase();
        assert_eq!(parse(&phrase).unwrap()[0], code, "{phrase}");
        if let Some(alias) = status::alias(code) {
            assert_eq!(parse(&alias.to_ascii_lowercase()), Ok(vec![code]));
        }
    }
}

#[test]
fn an_older_or_deployed_phrase_finds_its_code() {
    assert_eq!(parse("Payload Too Large"), Ok(vec![413]));
    assert_eq!(parse("MOVED TEMPORARILY"), Ok(vec![302]));
    assert_eq!(parse("Not Allowed"), Ok(vec![405]));
    assert_eq!(parse("request uri too long"), Ok(vec![414]));
}

#[test]
fn a_code_outside_the_registry_is_marked_with_its_use_and_source() {
    for (code, used) in [
        (499, "nginx: client closed request"),
        (444, "nginx: connection closed without response"),
    ] {
        let source = unregistered(code).unwrap().source;
        assert_eq!(
            entry(code),
            format!(
                "{}\n     outside the registry; {used}\n     {source}\n{}",
                line(code),
                rules(code)
            )
        );
        assert!(line(code).starts_with(&format!("{code}  (no constant) ")));
    }
}

#[test]
fn a_code_outside_the_registry_is_found_by_its_phrase_or_a_word_of_it() {
    assert_eq!(parse("client closed request"), Ok(vec![499]));
    assert_eq!(parse("Client Closed Request"), Ok(vec![499]));
    assert_eq!(parse("connection closed without response"), Ok(vec![444]));
    assert_eq!(parse("closed"), Ok(vec![444, 460, 499]));
    assert_eq!(parse("closed request"), Ok(vec![499]));
    assert_eq!(parse("origin"), Ok(vec![523, 530]));
    assert_eq!(parse("cookie"), Ok(vec![494]));
    for entry in UNREGISTERED {
        assert_eq!(parse(entry.phrase), Ok(vec![entry.code]), "{entry:?}");
    }
}

#[test]
fn a_word_finds_every_code_whose_phrase_or_name_holds_it() {
    assert_eq!(parse("teapot"), Ok(vec![418]));
    assert_eq!(parse("too"), Ok(vec![413, 414, 425, 429, 431, 463, 494]));
    // Whole words: "ok" is not in "cookie", nor "port" in "report".
    assert_eq!(parse("ok"), Ok(vec![200]));
    assert_eq!(parse("+404"), Ok(vec![404]));
    assert_eq!(parse("teap"), Err(BadArg::Unknown("teap".to_owned())));
    // An alias counts as a name, and `_`, `-` and a space are alike.
    assert_eq!(parse("CONTENT_TOO"), Ok(vec![413]));
    assert_eq!(parse("content too"), Ok(vec![413]));
    assert_eq!(parse("non authoritative"), Ok(vec![203]));
}

#[test]
fn an_exact_phrase_comes_first_then_every_code_that_holds_it() {
    assert_eq!(parse("found"), Ok(vec![302, 404]));
    assert_eq!(parse("Not Found"), Ok(vec![404]));
    assert_eq!(parse("too large"), Ok(vec![413, 431, 494]));
    assert_eq!(parse("Content Too Large"), Ok(vec![413]));
    // An exact name too: 100 is "Continue", and no other code holds it.
    assert_eq!(parse("continue"), Ok(vec![100]));
}

#[test]
fn spaces_around_an_argument_are_ignored() {
    assert_eq!(parse(" 404"), Ok(vec![404]));
    assert_eq!(parse("404\n"), Ok(vec![404]));
    assert_eq!(parse("\t not found "), Ok(vec![404]));
    assert_eq!(parse("  HTTP_201_CREATED"), Ok(vec![201]));
}

#[test]
fn an_empty_argument_is_said_to_be_empty() {
    for arg in ["", " ", "\t\n"] {
        assert_eq!(parse(arg), Err(BadArg::Empty), "{arg:?}");
    }
    assert_eq!(
        BadArg::Empty.to_string(),
        "an argument is empty: give a code such as 404, or a name, phrase or word"
    );
}

#[test]
fn a_long_argument_is_cut_in_its_message() {
    let long = "x".repeat(5000);
    let message = parse(&long).unwrap_err().to_string();
    assert!(message.len() < 160, "{} bytes: {message}", message.len());
    assert!(message.starts_with(&format!("`{}...` (4960 more characters)", "x".repeat(40))));
    let digits = "9".repeat(5000);
    assert!(parse(&digits).unwrap_err().to_string().len() < 160);
    let one_more = parse(&"y".repeat(41)).unwrap_err().to_string();
    assert!(one_more.starts_with(&format!("`{}...` (1 more character) ", "y".repeat(40))));
    // Cut between characters, never inside one.
    let wide = "\u{e9}".repeat(100);
    let message = parse(&wide).unwrap_err().to_string();
    assert!(message.starts_with(&format!(
        "`{}...` (60 more characters)",
        "\u{e9}".repeat(40)
    )));
}

#[test]
fn a_code_without_a_constant_prints_its_class_marked_so() {
    assert_eq!(parse("299"), Ok(vec![299]));
    let line = line(299);
    assert!(line.starts_with("299  (no constant) "), "{line}");
    assert!(line.contains(" Successful "), "{line}");
}

#[test]
fn bad_arguments_are_named_in_the_message() {
    for (arg, out_of_range) in [
        ("abc", false),
        ("70000", true),
        ("99", true),
        ("600", true),
        ("HTTP_404_NOT_FOUNDX", false),
        ("zzz", false),
        ("not a phrase", false),
    ] {
        let bad = parse(arg).unwrap_err();
        assert_eq!(matches!(bad, BadArg::OutOfRange(_)), out_of_range, "{arg}");
        assert!(bad.to_string().contains(&format!("`{arg}`")), "{bad}");
        assert!(!bad.to_string().contains('\n'), "{bad}");
    }
}

#[test]
fn the_table_lists_every_code_under_its_class() {
    let table = table();
    let headers: Vec<&str> = table
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.starts_with('['))
        .collect();
    assert_eq!(
        headers,
        [
            "1xx Informational",
            "2xx Successful",
            "3xx Redirection",
            "4xx Client Error",
            "5xx Server Error"
        ]
    );
    let rows: Vec<&str> = table.lines().filter(|line| line.starts_with(' ')).collect();
    assert_eq!(rows.len(), ALL.len());
    for (row, &code) in rows.iter().zip(ALL) {
        let phrase = status::reason_phrase(code).unwrap();
        assert!(row.starts_with(&format!("  {code}  {phrase} ")), "{row}");
        let marks = match (
            status::cannot_have_content(code),
            status::is_heuristically_cacheable(code),
        ) {
            (true, true) => "[no content, cacheable]",
            (true, false) => "[no content]",
            (false, true) => "[cacheable]",
            (false, false) => "",
        };
        let names = match status::alias(code) {
            Some(alias) => format!("{} or {alias}", status::name(code).unwrap()),
            None => status::name(code).unwrap().to_owned(),
        };
        let columns = row[6..].trim_start()[phrase.len()..].trim_start();
        assert_eq!(
            columns.trim_start_matches(marks).trim_start(),
            names,
            "{row}"
        );
        assert!(columns.starts_with(marks), "{row}");
    }
    // Each column starts at one place on every row: the marks, the names.
    for column in ["[", "HTTP_"] {
        let starts: HashSet<usize> = rows.iter().filter_map(|row| row.find(column)).collect();
        assert_eq!(starts.len(), 1, "{column}: {starts:?}");
    }
}

/// What holds of `parse(arg)` for any argument: codes found are ascending,
/// each once, and each a status code; a code in digits is found as itself;
/// an argument that names nothing is quoted back in the message.
fn keeps_the_contract(arg: &str) -> Result<(), TestCaseError> {
    match parse(arg) {
        Ok(codes) => {
            prop_assert!(!codes.is_empty());
            prop_assert!(
                codes.windows(2).all(|pair| pair[0] < pair[1]),
                "{:?}",
                codes
            );
            prop_assert!(codes.iter().all(|&code| status::class(code).is_some()));
            if let Ok(code) = arg.trim().parse::<u16>() {
                prop_assert_eq!(codes, vec![code]);
            }
        }
        Err(bad) => {
            let message = bad.to_string();
            prop_assert!(message.chars().count() < 160, "{}", message);
            let arg = arg.trim();
            if !arg.is_empty() && arg.chars().count() <= 40 {
                let quoted = format!("`{}`", arg);
                prop_assert!(message.contains(&quoted), "{}", message);
            }
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn parse_on_any_string_keeps_the_contract(arg in any::<String>()) {
        keeps_the_contract(&arg)?;
    }

    #[test]
    fn parse_on_any_bytes_keeps_the_contract(bytes in any::<Vec<u8>>()) {
        keeps_the_contract(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn a_number_is_a_code_exactly_from_100_to_599(number in any::<u32>()) {
        let found = parse(&number.to_string());
        prop_assert_eq!(found.is_ok(), (100..=599).contains(&number));
    }
}

#[test]
fn every_line_starts_with_its_code_and_ends_with_its_names() {
    // Every u16, not a sample: only four codes have two names.
    for code in 0..=u16::MAX {
        let line = line(code);
        assert!(line.starts_with(&format!("{code}  ")), "{line}");
        let names = match (status::name(code), status::alias(code)) {
            (Some(name), Some(alias)) => format!("{name} or {alias}"),
            (Some(name), None) => name.to_owned(),
            (None, _) => "-".to_owned(),
        };
        assert!(line.ends_with(&format!("  {names}")), "{line}");
    }
}

// What the tool knows beyond the library: deployed servers' phrases and
// codes outside the registry, each from its owner's own source.

#[test]
fn every_phrase_a_deployed_project_sends_finds_its_code_first() {
    for project in deployed::DEPLOYED {
        for &(code, phrase) in project.phrases {
            let found = parse(phrase).map(|codes| codes[0]);
            assert_eq!(
                found,
                Ok(code),
                "{phrase:?}, sent with {code} by {} ({})",
                project.name,
                project.source
            );
        }
    }
}

#[test]
fn a_deployed_phrase_names_one_code_by_the_librarys_rule() {
    let rule = |phrase: &str| {
        let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
        phrase.to_ascii_lowercase().replace('-', " ")
    };
    let registered = ALL
        .iter()
        .filter_map(|&code| status::reason_phrase(code).map(|phrase| (code, phrase)));
    let sent: Vec<(u16, &str)> = deployed::DEPLOYED
        .iter()
        .flat_map(|project| project.phrases.iter().copied())
        .collect();
    for &(code, phrase) in &sent {
        for (other_code, other) in registered.clone().chain(sent.iter().copied()) {
            if rule(phrase) == rule(other) {
                assert_eq!(code, other_code, "{phrase:?} and {other:?}");
            }
        }
        assert_eq!(deployed::code_of(phrase), Some(code), "{phrase:?}");
        assert_eq!(
            deployed::code_of(&phrase.to_uppercase()),
            Some(code),
            "{phrase:?}"
        );
    }
}

#[test]
fn a_phrase_sent_with_two_codes_names_neither() {
    for (phrase, sent) in deployed::AMBIGUOUS {
        assert_eq!(
            deployed::code_of(phrase),
            None,
            "{phrase:?}, sent as {sent}"
        );
        assert_eq!(status::from_phrase(phrase), None, "{phrase:?}");
        assert!(
            parse(phrase).map_or(true, |codes| codes.len() != 1),
            "{phrase:?}"
        );
    }
}

/// A code's registry phrase sent with another code: it still names the
/// code it is registered for. (code sent, phrase, who sends it)
const SENT_WITH_ANOTHER_CODE: &[(u16, &str, &str)] = &[(
    503,
    "Internal Server Error",
    "h2o (h2o/h2o@edd7a120bf, lib/handler/fastcgi.c and lib/handler/redirect.c)",
)];

#[test]
fn a_registered_phrase_sent_with_another_code_still_names_its_own() {
    for &(sent, phrase, by) in SENT_WITH_ANOTHER_CODE {
        let own = status::from_phrase(phrase);
        assert!(own.is_some() && own != Some(sent), "{phrase:?}");
        let found = parse(phrase).map(|codes| codes[0]);
        assert_eq!(
            found,
            Ok(own.unwrap()),
            "{phrase:?}, sent with {sent} by {by}"
        );
    }
}

#[test]
fn a_phrase_no_project_sends_names_nothing_of_the_tools() {
    for phrase in ["Teapot", "Not Found", "", "Found It", "Not  Allowed"] {
        assert_eq!(deployed::code_of(phrase), None, "{phrase:?}");
    }
}

/// The unregistered codes, written out again from each user's own source:
/// (code, user, phrase, source). nginx's are read from its source
/// (src/http/ngx_http_request.h and src/http/ngx_http_special_response.c);
/// Cloudflare's from its developer documentation's page for each code, as
/// the cloudflare/cloudflare-docs repository has them
/// (src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/);
/// the Application Load Balancer's from AWS's troubleshooting page, as the
/// awsdocs/elb-application-load-balancers-user-guide repository last had it
/// (doc_source/load-balancer-troubleshooting.md).
const UNREGISTERED_BY_HAND: &[(u16, &str, &str, &str)] = &[
    (
        444,
        "nginx",
        "connection closed without response",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h#L113-L114",
    ),
    (
        460,
        "AWS Application Load Balancer",
        "client closed the connection with the load balancer",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues",
    ),
    (
        463,
        "AWS Application Load Balancer",
        "X-Forwarded-For request header with too many IP addresses",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues",
    ),
    (
        464,
        "AWS Application Load Balancer",
        "incoming request protocol incompatible with the target group protocol version",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues",
    ),
    (
        494,
        "nginx",
        "request header or cookie too large",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L252-L254",
    ),
    (
        495,
        "nginx",
        "SSL certificate error",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L262-L264",
    ),
    (
        496,
        "nginx",
        "no required SSL certificate was sent",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L272-L274",
    ),
    (
        497,
        "nginx",
        "plain HTTP request was sent to HTTPS port",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L282-L284",
    ),
    (
        499,
        "nginx",
        "client closed request",
        "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h#L131-L137",
    ),
    (
        520,
        "Cloudflare",
        "web server returns an unknown error",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/",
    ),
    (
        521,
        "Cloudflare",
        "web server is down",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/",
    ),
    (
        522,
        "Cloudflare",
        "connection timed out",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/",
    ),
    (
        523,
        "Cloudflare",
        "origin is unreachable",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/",
    ),
    (
        524,
        "Cloudflare",
        "a timeout occurred",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/",
    ),
    (
        525,
        "Cloudflare",
        "SSL handshake failed",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/",
    ),
    (
        526,
        "Cloudflare",
        "invalid SSL certificate",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/",
    ),
    (
        530,
        "Cloudflare",
        "unable to resolve the origin hostname",
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
    ),
    (
        561,
        "AWS Application Load Balancer",
        "IdP returned an error code when authenticating the user",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues",
    ),
];

#[test]
fn the_unregistered_table_is_each_users_codes_as_its_own_source_names_them() {
    let table: Vec<(u16, &str, &str, &str)> = UNREGISTERED
        .iter()
        .map(|entry| (entry.code, entry.user, entry.phrase, entry.source))
        .collect();
    assert_eq!(table, UNREGISTERED_BY_HAND);
    assert!(UNREGISTERED
        .windows(2)
        .all(|pair| pair[0].code < pair[1].code));
}

#[test]
fn each_unregistered_entry_cites_its_users_own_source() {
    for entry in UNREGISTERED {
        match entry.user {
            "nginx" => {
                assert!(
                    entry
                        .source
                        .starts_with("https://github.com/nginx/nginx/blob/"),
                    "{entry:?}"
                );
                assert!(entry.source.contains("/src/http/ngx_http_"), "{entry:?}");
            }
            "Cloudflare" => assert_eq!(
                entry.source,
                format!(
                    "https://developers.cloudflare.com/support/troubleshooting/\
                     http-status-codes/cloudflare-5xx-errors/error-{}/",
                    entry.code
                ),
                "its page for the code"
            ),
            "AWS Application Load Balancer" => assert_eq!(
                entry.source,
                format!(
                    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/\
                     load-balancer-troubleshooting.html#http-{}-issues",
                    entry.code
                ),
                "its section of the troubleshooting page"
            ),
            user => panic!("no rule for {user}'s sources: {entry:?}"),
        }
    }
}

#[test]
fn no_unregistered_code_is_one_the_library_knows() {
    for &(code, _, phrase, _) in UNREGISTERED_BY_HAND {
        assert!(!ALL.contains(&code), "{code}");
        assert!(status::class(code).is_some(), "{code}");
        assert_eq!(status::reason_phrase(code), None, "{code}");
        assert_eq!(status::from_phrase(phrase), None, "{phrase}");
        assert_eq!(deployed::code_of(phrase), None, "{phrase}");
    }
}

#[test]
fn unregistered_finds_exactly_the_tables_codes() {
    for code in 0..=u16::MAX {
        let expected = UNREGISTERED_BY_HAND
            .iter()
            .find(|entry| entry.0 == code)
            .map(|&(_, user, phrase, source)| (user, phrase, source));
        let found: Option<&Unregistered> = unregistered(code);
        assert_eq!(
            found.map(|entry| (entry.user, entry.phrase, entry.source)),
            expected,
            "{code}"
        );
    }
}

#[test]
fn an_entry_gives_every_rule_once_under_its_party() {
    for code in ALL.iter().copied().chain([299, 999]) {
        let told = rules(code);
        let mut expected: Vec<String> = Vec::new();
        for party in Party::ALL {
            let mine: Vec<String> = http_status_rules::rules(code)
                .iter()
                .filter(|rule| rule.party() == party)
                .map(|rule| {
                    format!(
                        "       {}: \"{}\" ({})",
                        rule.level(),
                        rule.quote(),
                        rule.reference()
                    )
                })
                .fold(Vec::new(), |mut seen, said| {
                    if !seen.contains(&said) {
                        seen.push(said);
                    }
                    seen
                });
            if !mine.is_empty() {
                expected.push(format!("     {party}:"));
                expected.extend(mine);
            }
        }
        let lines: Vec<&str> = told.lines().collect();
        assert_eq!(lines, expected, "{code}");
    }
}

#[test]
fn check_lists_what_a_response_breaks_and_says_so_when_nothing() {
    use super::check::{check, BadCheck};
    let (report, broken) = check(&["405", "GET", "content-type", "--content"]).unwrap();
    assert!(broken);
    assert!(
        report.starts_with("a 405 response to GET breaks "),
        "{report}"
    );
    assert!(report.contains(
        "\n  server MUST: \"The origin server MUST generate an Allow header field in a 405 \
         response containing a list of the target resource's currently supported methods.\" \
         (RFC 9110, Section 15.5.6)\n    fix: send the Allow header field\n"
    ));
    assert_eq!(
        check(&["405", "GET", "Allow", "--content"]),
        Ok((
            "a 405 response to GET breaks no rule of its code\n".to_owned(),
            false
        ))
    );
    assert_eq!(check(&["405"]), Err(BadCheck::Missing));
    assert_eq!(
        check(&["4o5", "GET"]),
        Err(BadCheck::Code("4o5".to_owned()))
    );
    assert_eq!(
        check(&["700", "GET"]),
        Err(BadCheck::Code("700".to_owned()))
    );
    assert_eq!(
        check(&["405", "get"]),
        Err(BadCheck::Method("get".to_owned()))
    );
    assert_eq!(
        BadCheck::Code("4o5".to_owned()).to_string(),
        "check: `4o5` is no status code: give a number from 100 to 599, such as 405"
    );
}
