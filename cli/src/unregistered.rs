//! Codes outside the IANA registry that logs show, each as its one user
//! uses it, with where that user's own source or documentation says so.
//! The library knows only the registry's codes; these are the tool's.
//!
//! Only a code whose user's own source or documentation can be cited has a
//! row, and each code has one user. nginx answers 494 to 497 with 400 on the
//! wire; its configuration (`error_page`) and its code name them by these
//! numbers. Cloudflare's rows are the titles of its pages on its 5xx errors,
//! one page per code; 530's page has no title beyond the number, so its
//! phrase is the page's own first sentence, shortened. The Application Load
//! Balancer's troubleshooting page gives its codes no name beyond the number
//! (561's "Unauthorized" is 401's phrase), so each phrase is a few of the
//! page's own words for what went wrong.

/// A code that the IANA registry does not assign, as one server or service
/// uses it.
#[derive(Debug, PartialEq, Eq)]
pub struct Unregistered {
    /// The code, from 100 to 599.
    pub code: u16,
    /// Who uses it: `"nginx"`, `"Cloudflare"`.
    pub user: &'static str,
    /// What its user calls it, in lower case where it is not a name.
    pub phrase: &'static str,
    /// Where its user defines it: an address in its own source or
    /// documentation.
    pub source: &'static str,
}

/// Every unregistered code the tool explains, ascending.
pub const UNREGISTERED: &[Unregistered] = &[
    Unregistered {
        code: 444,
        user: "nginx",
        phrase: "connection closed without response",
        source: "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h#L113-L114",
    },
    Unregistered {
        code: 460,
        user: "AWS Application Load Balancer",
        phrase: "client closed the connection with the load balancer",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues",
    },
    Unregistered {
        code: 463,
        user: "AWS Application Load Balancer",
        phrase: "X-Forwarded-For request header with too many IP addresses",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues",
    },
    Unregistered {
        code: 464,
        user: "AWS Application Load Balancer",
        phrase: "incoming request protocol incompatible with the target group protocol version",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues",
    },
    Unregistered {
        code: 494,
        user: "nginx",
        phrase: "request header or cookie too large",
        source: "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L252-L254",
    },
    Unregistered {
        code: 495,
        user: "nginx",
        phrase: "SSL certificate error",
        source: "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L262-L264",
    },
    Unregistered {
        code: 496,
        user: "nginx",
        phrase: "no required SSL certificate was sent",
        source: "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L272-L274",
    },
    Unregistered {
        code: 497,
        user: "nginx",
        phrase: "plain HTTP request was sent to HTTPS port",
        source: "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L282-L284",
    },
    Unregistered {
        code: 499,
        user: "nginx",
        phrase: "client closed request",
        source: "https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h#L131-L137",
    },
    Unregistered {
        code: 520,
        user: "Cloudflare",
        phrase: "web server returns an unknown error",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/",
    },
    Unregistered {
        code: 521,
        user: "Cloudflare",
        phrase: "web server is down",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/",
    },
    Unregistered {
        code: 522,
        user: "Cloudflare",
        phrase: "connection timed out",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/",
    },
    Unregistered {
        code: 523,
        user: "Cloudflare",
        phrase: "origin is unreachable",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/",
    },
    Unregistered {
        code: 524,
        user: "Cloudflare",
        phrase: "a timeout occurred",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/",
    },
    Unregistered {
        code: 525,
        user: "Cloudflare",
        phrase: "SSL handshake failed",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/",
    },
    Unregistered {
        code: 526,
        user: "Cloudflare",
        phrase: "invalid SSL certificate",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/",
    },
    Unregistered {
        code: 530,
        user: "Cloudflare",
        phrase: "unable to resolve the origin hostname",
        source: "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/",
    },
    Unregistered {
        code: 561,
        user: "AWS Application Load Balancer",
        phrase: "IdP returned an error code when authenticating the user",
        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues",
    },
];

/// The use of an unregistered code, or `None` for any other code.
pub fn unregistered(code: u16) -> Option<&'static Unregistered> {
    UNREGISTERED.iter().find(|entry| entry.code == code)
}
