//! The table: one row per code, and nothing else, in the order of the
//! codes. `cargo run -p http-status-gen` writes `src/status/table.rs` from
//! it; see `main.rs` for what each field becomes.
//!
//! Names are DRF's `status.py`; phrases and references are the IANA HTTP
//! Status Code Registry's (RFC 9110's wording), with the section of the
//! defining RFC where the registry names the RFC alone, except in three
//! rows: 418, whose registry entry is "(Unused)" with RFC 9110, Section
//! 15.5.19, and which here keeps RFC 2324's phrase and section; 509, which
//! the registry leaves unassigned; and 510, whose registry entry reads "Not
//! Extended (OBSOLETED)", where the phrase here is RFC 2774's. The meaning
//! is the crate's own words, true to the section that defines the code. An
//! `also` phrase is one that an older RFC gave the code; spellings that
//! `from_phrase`'s rule already matches (case, a hyphen for a space, a
//! trailing period) are not listed. `no_content` marks a code whose
//! responses cannot have content (RFC 9110, Section 6.4.1); `cacheable`, the
//! section that makes a code heuristically cacheable (RFC 9110, Section
//! 15.1; RFC 3229, Section 10.4.1 for 226; RFC 7725, Section 3 for 451). The
//! RFCs' rules for each code, the header fields its responses carry and
//! what a client may do next among them, are `http-status-rules`' data.

use crate::{Row, BLANK};

pub const ROWS: &[Row] = &[
    Row {
        code: 100,
        name: "HTTP_100_CONTINUE",
        phrase: "Continue",
        defined_in: Some((9110, "15.2.1")),
        means: "The server has received the start of the request and not yet rejected it; to a request with Expect: 100-continue, it asks for the content.",
        no_content: true,
        ..BLANK
    },
    Row {
        code: 101,
        name: "HTTP_101_SWITCHING_PROTOCOLS",
        phrase: "Switching Protocols",
        defined_in: Some((9110, "15.2.2")),
        means: "The server agrees to the client's Upgrade request and, right after this response, switches the connection to the protocols its own Upgrade field names.",
        no_content: true,
        ..BLANK
    },
    Row {
        code: 102,
        name: "HTTP_102_PROCESSING",
        phrase: "Processing",
        defined_in: Some((2518, "10.1")),
        means: "WebDAV: an interim response saying that the server has accepted the complete request and has not yet completed it.",
        no_content: true,
        note: "**Removed from WebDAV.** RFC 4918, which obsoletes RFC 2518, removed the definition of 102 \"due to lack of implementation\" (Appendix F.3), and asked that its registration go on citing RFC 2518 (Section 21.4), as the registry's entry does: no current specification defines 102.",
        ..BLANK
    },
    Row {
        code: 103,
        name: "HTTP_103_EARLY_HINTS",
        phrase: "Early Hints",
        defined_in: Some((8297, "2")),
        means: "An interim response carrying header fields, such as Link, that the final response will likely have, so the client can prepare for it early.",
        no_content: true,
        ..BLANK
    },
    Row {
        code: 200,
        name: "HTTP_200_OK",
        phrase: "OK",
        defined_in: Some((9110, "15.3.1")),
        means: "The request succeeded; what the content holds depends on the method, such as the target's representation for a GET.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 201,
        name: "HTTP_201_CREATED",
        phrase: "Created",
        defined_in: Some((9110, "15.3.2")),
        means: "The request succeeded and created one or more resources, the main one identified by the Location header field, or else by the target URI.",
        ..BLANK
    },
    Row {
        code: 202,
        name: "HTTP_202_ACCEPTED",
        phrase: "Accepted",
        defined_in: Some((9110, "15.3.3")),
        means: "The request has been accepted for processing, which has not finished and may or may not be carried out in the end.",
        ..BLANK
    },
    Row {
        code: 203,
        name: "HTTP_203_NON_AUTHORITATIVE_INFORMATION",
        phrase: "Non-Authoritative Information",
        defined_in: Some((9110, "15.3.4")),
        means: "The request succeeded, but a transforming proxy changed the content of the origin server's 200 response on its way.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 204,
        name: "HTTP_204_NO_CONTENT",
        phrase: "No Content",
        defined_in: Some((9110, "15.3.5")),
        means: "The request succeeded and there is no content to send; a user agent need not leave the document it shows.",
        no_content: true,
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 205,
        name: "HTTP_205_RESET_CONTENT",
        phrase: "Reset Content",
        defined_in: Some((9110, "15.3.6")),
        means: "The request succeeded and the user agent should reset the document that sent it to its original state, such as clearing a form.",
        note: "RFC 9110, Section 15.3.6 says that a server MUST NOT generate content in a 205, but unlike 204 and 304 its framing allows content, so it is not among the codes that [cannot have content](super::cannot_have_content).",
        ..BLANK
    },
    Row {
        code: 206,
        name: "HTTP_206_PARTIAL_CONTENT",
        phrase: "Partial Content",
        defined_in: Some((9110, "15.3.7")),
        means: "The server fulfils a range request with one or more parts of the selected representation, which may be fewer than the Range header field asked for.",
        cacheable: Some((9110, "15.1")),
        note: "Besides the fields listed, RFC 9110, Section 15.3.7 asks a 206 to a request without If-Range to carry every representation header field that a 200 to the same request would have carried (MUST), and a 206 to a request with If-Range to carry no others beyond those required (SHOULD NOT).",
        ..BLANK
    },
    Row {
        code: 207,
        name: "HTTP_207_MULTI_STATUS",
        phrase: "Multi-Status",
        defined_in: Some((4918, "11.1")),
        means: "WebDAV: the content is a multistatus XML document that gives a status of its own to each of several independent operations.",
        ..BLANK
    },
    Row {
        code: 208,
        name: "HTTP_208_ALREADY_REPORTED",
        phrase: "Already Reported",
        defined_in: Some((5842, "7.1")),
        means: "WebDAV: the members of a collection bound more than once were listed earlier in this multistatus response, so they are not listed again.",
        ..BLANK
    },
    Row {
        code: 226,
        name: "HTTP_226_IM_USED",
        phrase: "IM Used",
        defined_in: Some((3229, "10.4.1")),
        means: "The server fulfilled a GET with the result of one or more instance manipulations, such as a delta, applied to the current instance.",
        cacheable: Some((3229, "10.4.1")),
        note: "RFC 3229, Section 10.4.1 says that a cache MAY store a 226 and use it in reply to a later request, \"subject to the HTTP expiration mechanism and any Cache-Control headers, and to the requirements in section 10.6\": nearly the words RFC 2616, Section 13.4 used for the codes cacheable by default (\"MAY be stored by a cache and used in reply to a subsequent request, subject to the expiration mechanism\"). RFC 3229 never says \"cacheable by default\" or \"heuristically\": that 226 is [heuristically cacheable](super::is_heuristically_cacheable), within the limits of that Section 10.6, is the crate's reading of those words.",
        ..BLANK
    },
    Row {
        code: 300,
        name: "HTTP_300_MULTIPLE_CHOICES",
        phrase: "Multiple Choices",
        defined_in: Some((9110, "15.4.1")),
        means: "The target has more than one representation, each with its own more specific identifier, and the user or user agent may choose one.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 301,
        name: "HTTP_301_MOVED_PERMANENTLY",
        phrase: "Moved Permanently",
        defined_in: Some((9110, "15.4.2")),
        means: "The target has a new permanent URI, given in the Location header field; links should be updated, and a user agent may change POST to GET.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 302,
        name: "HTTP_302_FOUND",
        phrase: "Found",
        defined_in: Some((9110, "15.4.3")),
        means: "The target is for now at another URI, given in the Location header field; keep the original, and a user agent may change POST to GET.",
        also: &[
            ("Moved Temporarily", "RFC 1945, Section 9.3"),
        ],
        ..BLANK
    },
    Row {
        code: 303,
        name: "HTTP_303_SEE_OTHER",
        phrase: "See Other",
        defined_in: Some((9110, "15.4.4")),
        means: "The server redirects the user agent to another resource, given in the Location header field, whose retrieval by GET or HEAD is an indirect answer.",
        ..BLANK
    },
    Row {
        code: 304,
        name: "HTTP_304_NOT_MODIFIED",
        phrase: "Not Modified",
        defined_in: Some((9110, "15.4.5")),
        means: "A conditional GET or HEAD found the representation unchanged, so the client can use its cached copy; the response has no content.",
        no_content: true,
        ..BLANK
    },
    Row {
        code: 305,
        name: "HTTP_305_USE_PROXY",
        phrase: "Use Proxy",
        defined_in: Some((9110, "15.4.6")),
        means: "Deprecated: a previous version of HTTP used it to tell the client to repeat the request through the proxy given in the Location header field.",
        note: "**Deprecated.** RFC 9110 keeps only a record of it; RFC 7231, Appendix B deprecated it.",
        ..BLANK
    },
    Row {
        code: 306,
        name: "HTTP_306_RESERVED",
        phrase: "(Unused)",
        defined_in: Some((9110, "15.4.7")),
        means: "Unused: a previous version of the HTTP specification defined it, and the code is now reserved.",
        note: "**Unused.** A previous version of the HTTP specification defined 306; RFC 9110 says it is no longer used and reserves the code. No current specification gives it a reason phrase, so its phrase here is the registry's own description, `(Unused)`, rather than an informal one such as \"Switch Proxy\".",
        ..BLANK
    },
    Row {
        code: 307,
        name: "HTTP_307_TEMPORARY_REDIRECT",
        phrase: "Temporary Redirect",
        defined_in: Some((9110, "15.4.8")),
        means: "The target is for now at another URI, given in the Location header field; a user agent may follow it automatically, but not with another method.",
        ..BLANK
    },
    Row {
        code: 308,
        name: "HTTP_308_PERMANENT_REDIRECT",
        phrase: "Permanent Redirect",
        defined_in: Some((9110, "15.4.9")),
        means: "The target has a new permanent URI, given in the Location header field; a user agent may follow it automatically, but not change POST to GET.",
        cacheable: Some((9110, "15.1")),
        note: "The rule that the method is kept is not in RFC 9110, Section 15.4.9 itself, but in the note in Section 15.4, which calls 307 and 308 method-preserving, and in RFC 7538, Section 3, which says that 308 does not allow changing the method from POST to GET.",
        ..BLANK
    },
    Row {
        code: 400,
        name: "HTTP_400_BAD_REQUEST",
        phrase: "Bad Request",
        defined_in: Some((9110, "15.5.1")),
        means: "The server cannot or will not process the request because of what it sees as the client's error, such as malformed syntax or deceptive routing.",
        ..BLANK
    },
    Row {
        code: 401,
        name: "HTTP_401_UNAUTHORIZED",
        phrase: "Unauthorized",
        defined_in: Some((9110, "15.5.2")),
        means: "The request lacks valid credentials for the target; the response carries a WWW-Authenticate challenge that says how to authenticate.",
        ..BLANK
    },
    Row {
        code: 402,
        name: "HTTP_402_PAYMENT_REQUIRED",
        phrase: "Payment Required",
        defined_in: Some((9110, "15.5.3")),
        means: "Reserved for future use: RFC 9110 defines no use for it.",
        ..BLANK
    },
    Row {
        code: 403,
        name: "HTTP_403_FORBIDDEN",
        phrase: "Forbidden",
        defined_in: Some((9110, "15.5.4")),
        means: "The server understood the request and refuses it; credentials sent were not enough and should not be resent automatically, and the cause may lie elsewhere.",
        ..BLANK
    },
    Row {
        code: 404,
        name: "HTTP_404_NOT_FOUND",
        phrase: "Not Found",
        defined_in: Some((9110, "15.5.5")),
        means: "The origin server has no current representation of the target, or will not disclose that one exists.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 405,
        name: "HTTP_405_METHOD_NOT_ALLOWED",
        phrase: "Method Not Allowed",
        defined_in: Some((9110, "15.5.6")),
        means: "The target does not support the request's method, though the server knows it; the Allow header field lists the methods it does support.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 406,
        name: "HTTP_406_NOT_ACCEPTABLE",
        phrase: "Not Acceptable",
        defined_in: Some((9110, "15.5.7")),
        means: "The target has no representation that the request's proactive negotiation header fields, such as Accept, would accept, and the server will not send a default one.",
        ..BLANK
    },
    Row {
        code: 407,
        name: "HTTP_407_PROXY_AUTHENTICATION_REQUIRED",
        phrase: "Proxy Authentication Required",
        defined_in: Some((9110, "15.5.8")),
        means: "Like 401, but the client must authenticate itself to a proxy, whose Proxy-Authenticate challenge says how.",
        ..BLANK
    },
    Row {
        code: 408,
        name: "HTTP_408_REQUEST_TIMEOUT",
        phrase: "Request Timeout",
        defined_in: Some((9110, "15.5.9")),
        means: "The server did not receive a complete request within the time it was prepared to wait; the client may repeat a request it still has in transit.",
        also: &[
            ("Request Time-out", "RFC 2616, Section 6.1.1"),
        ],
        note: "RFC 7231, Section 6.5.7 said that a 408 implies the server has decided to close the connection, and that it SHOULD send the \"close\" connection option. RFC 9110, Section 15.5.9 says neither: the client MAY repeat a request still in transit, and a new connection will be used if the current one is not usable, as in HTTP/1.1 when request delimitation is lost.",
        ..BLANK
    },
    Row {
        code: 409,
        name: "HTTP_409_CONFLICT",
        phrase: "Conflict",
        defined_in: Some((9110, "15.5.10")),
        means: "The request conflicts with the current state of the target, such as an edit made against an older version, and the user might be able to resolve it.",
        ..BLANK
    },
    Row {
        code: 410,
        name: "HTTP_410_GONE",
        phrase: "Gone",
        defined_in: Some((9110, "15.5.11")),
        means: "The target is no longer available at the origin server, and this is likely to last; links to it should be removed.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 411,
        name: "HTTP_411_LENGTH_REQUIRED",
        phrase: "Length Required",
        defined_in: Some((9110, "15.5.12")),
        means: "The server refuses a request whose content has no defined length: it requires a Content-Length header field.",
        ..BLANK
    },
    Row {
        code: 412,
        name: "HTTP_412_PRECONDITION_FAILED",
        phrase: "Precondition Failed",
        defined_in: Some((9110, "15.5.13")),
        means: "A condition in the request's header fields, such as If-Match or If-Unmodified-Since, was false on the server, so the method was not applied.",
        ..BLANK
    },
    Row {
        code: 413,
        name: "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
        phrase: "Content Too Large",
        defined_in: Some((9110, "15.5.14")),
        means: "The request's content is larger than the server is willing or able to process; if that is temporary, a Retry-After header field should say when to retry.",
        alias: Some("HTTP_413_CONTENT_TOO_LARGE"),
        also: &[
            ("Request Entity Too Large", "RFC 2616, Section 10.4.14"),
            ("Payload Too Large", "RFC 7231, Section 6.5.11"),
        ],
        note: "DRF keeps RFC 2616's name, \"Request Entity Too Large\"; RFC 7231 renamed the code \"Payload Too Large\", and RFC 9110 \"Content Too Large\". Besides sending `Retry-After` when the condition is temporary, the server may end the request where its protocol version allows that, or else close the connection (RFC 9110, Section 15.5.14).",
        ..BLANK
    },
    Row {
        code: 414,
        name: "HTTP_414_REQUEST_URI_TOO_LONG",
        phrase: "URI Too Long",
        defined_in: Some((9110, "15.5.15")),
        means: "The target URI is longer than the server is willing to interpret.",
        alias: Some("HTTP_414_URI_TOO_LONG"),
        also: &[
            ("Request-URI Too Large", "RFC 2616, Section 6.1.1"),
            ("Request-URI Too Long", "RFC 2616, Section 10.4.15"),
        ],
        cacheable: Some((9110, "15.1")),
        note: "DRF keeps RFC 2616's name, \"Request-URI Too Long\"; RFC 7231, Section 6.5.12 named the code \"URI Too Long\" in 2014, and RFC 9110 keeps that name.",
        ..BLANK
    },
    Row {
        code: 415,
        name: "HTTP_415_UNSUPPORTED_MEDIA_TYPE",
        phrase: "Unsupported Media Type",
        defined_in: Some((9110, "15.5.16")),
        means: "The content is in a format, or a content coding, that the target does not support for this method.",
        ..BLANK
    },
    Row {
        code: 416,
        name: "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
        phrase: "Range Not Satisfiable",
        defined_in: Some((9110, "15.5.17")),
        means: "None of the ranges in the request's Range header field can be satisfied, or the client asked for too many small or overlapping ranges.",
        alias: Some("HTTP_416_RANGE_NOT_SATISFIABLE"),
        also: &[
            ("Requested Range Not Satisfiable", "RFC 2616, Section 10.4.17"),
        ],
        note: "DRF keeps RFC 2616's name, \"Requested Range Not Satisfiable\"; RFC 7233, Section 4.4 named the code \"Range Not Satisfiable\" in 2014, and RFC 9110 keeps that name.",
        ..BLANK
    },
    Row {
        code: 417,
        name: "HTTP_417_EXPECTATION_FAILED",
        phrase: "Expectation Failed",
        defined_in: Some((9110, "15.5.18")),
        means: "The expectation in the request's Expect header field could not be met by at least one of the inbound servers.",
        ..BLANK
    },
    Row {
        code: 418,
        name: "HTTP_418_IM_A_TEAPOT",
        phrase: "I'm a teapot",
        defined_in: Some((2324, "2.3.2")),
        means: "Reserved: RFC 2324, an April 1 joke, has a teapot answer it when asked to brew coffee, and RFC 9110 reserves the code, for now, from other use.",
        note: "**Reserved, not assigned.** 418 comes from RFC 2324, an April 1 RFC about a coffee-pot control protocol, whose phrase is given here. It has been deployed as a joke often enough to be unusable for anything else, so [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19) reserves it for now and the registry lists it as `(Unused)`, with that section as its reference; this row keeps RFC 2324 as its reference instead, the RFC whose phrase it gives. It is named here because DRF names it.",
        ..BLANK
    },
    Row {
        code: 421,
        name: "HTTP_421_MISDIRECTED_REQUEST",
        phrase: "Misdirected Request",
        defined_in: Some((9110, "15.5.20")),
        means: "The request went to a server unable or unwilling to answer authoritatively for the target URI; the client may retry it over another connection.",
        note: "RFC 7540, Section 9.1.2 made 421 cacheable by default; RFC 9110, which now defines it, does not (Appendix B.3), so it is not [heuristically cacheable](super::is_heuristically_cacheable).",
        ..BLANK
    },
    Row {
        code: 422,
        name: "HTTP_422_UNPROCESSABLE_ENTITY",
        phrase: "Unprocessable Content",
        defined_in: Some((9110, "15.5.21")),
        means: "The server understands the content's type and its syntax is correct, but it cannot process the instructions the content holds.",
        alias: Some("HTTP_422_UNPROCESSABLE_CONTENT"),
        also: &[
            ("Unprocessable Entity", "RFC 4918, Section 11.2"),
        ],
        note: "DRF keeps the name that RFC 2518, Section 10.3 gave the code and RFC 4918, Section 11.2 kept, \"Unprocessable Entity\"; RFC 9110, which now defines it, renamed it \"Unprocessable Content\".",
        ..BLANK
    },
    Row {
        code: 423,
        name: "HTTP_423_LOCKED",
        phrase: "Locked",
        defined_in: Some((4918, "11.3")),
        means: "WebDAV: the source or destination resource of the method is locked.",
        ..BLANK
    },
    Row {
        code: 424,
        name: "HTTP_424_FAILED_DEPENDENCY",
        phrase: "Failed Dependency",
        defined_in: Some((4918, "11.4")),
        means: "WebDAV: the method could not be performed on the resource because an action it depended on failed.",
        ..BLANK
    },
    Row {
        code: 425,
        name: "HTTP_425_TOO_EARLY",
        phrase: "Too Early",
        defined_in: Some((8470, "5.2")),
        means: "The server will not risk processing a request that might be replayed, as one sent in TLS early data might; a user agent should retry it automatically, never in early data.",
        ..BLANK
    },
    Row {
        code: 426,
        name: "HTTP_426_UPGRADE_REQUIRED",
        phrase: "Upgrade Required",
        defined_in: Some((9110, "15.5.22")),
        means: "The server refuses the request over the current protocol but might accept it after an upgrade to a protocol that its Upgrade header field names.",
        ..BLANK
    },
    Row {
        code: 428,
        name: "HTTP_428_PRECONDITION_REQUIRED",
        phrase: "Precondition Required",
        defined_in: Some((6585, "3")),
        means: "The origin server requires the request to be conditional, such as with If-Match, typically so that no client overwrites another's changes unseen.",
        ..BLANK
    },
    Row {
        code: 429,
        name: "HTTP_429_TOO_MANY_REQUESTS",
        phrase: "Too Many Requests",
        defined_in: Some((6585, "4")),
        means: "The user has sent too many requests in a given amount of time, which is rate limiting; a Retry-After header field may say how long to wait.",
        ..BLANK
    },
    Row {
        code: 431,
        name: "HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",
        phrase: "Request Header Fields Too Large",
        defined_in: Some((6585, "5")),
        means: "The server will not process the request because its header fields are too large, one of them alone or all of them together.",
        ..BLANK
    },
    Row {
        code: 451,
        name: "HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",
        phrase: "Unavailable For Legal Reasons",
        defined_in: Some((7725, "3")),
        means: "The server denies access to the resource as a consequence of a legal demand.",
        cacheable: Some((7725, "3")),
        ..BLANK
    },
    Row {
        code: 500,
        name: "HTTP_500_INTERNAL_SERVER_ERROR",
        phrase: "Internal Server Error",
        defined_in: Some((9110, "15.6.1")),
        means: "The server met an unexpected condition that kept it from fulfilling the request.",
        ..BLANK
    },
    Row {
        code: 501,
        name: "HTTP_501_NOT_IMPLEMENTED",
        phrase: "Not Implemented",
        defined_in: Some((9110, "15.6.2")),
        means: "The server does not support the functionality the request needs, such as a request method it does not recognize.",
        cacheable: Some((9110, "15.1")),
        ..BLANK
    },
    Row {
        code: 502,
        name: "HTTP_502_BAD_GATEWAY",
        phrase: "Bad Gateway",
        defined_in: Some((9110, "15.6.3")),
        means: "The server, acting as a gateway or proxy, received an invalid response from an inbound server it accessed for the request.",
        ..BLANK
    },
    Row {
        code: 503,
        name: "HTTP_503_SERVICE_UNAVAILABLE",
        phrase: "Service Unavailable",
        defined_in: Some((9110, "15.6.4")),
        means: "The server cannot handle the request now, through a temporary overload or scheduled maintenance; a Retry-After header field may say when to retry.",
        ..BLANK
    },
    Row {
        code: 504,
        name: "HTTP_504_GATEWAY_TIMEOUT",
        phrase: "Gateway Timeout",
        defined_in: Some((9110, "15.6.5")),
        means: "The server, acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to complete the request.",
        also: &[
            ("Gateway Time-out", "RFC 2616, Section 6.1.1"),
        ],
        ..BLANK
    },
    Row {
        code: 505,
        name: "HTTP_505_HTTP_VERSION_NOT_SUPPORTED",
        phrase: "HTTP Version Not Supported",
        defined_in: Some((9110, "15.6.6")),
        means: "The server does not support, or refuses to support, the major version of HTTP that the request used.",
        ..BLANK
    },
    Row {
        code: 506,
        name: "HTTP_506_VARIANT_ALSO_NEGOTIATES",
        phrase: "Variant Also Negotiates",
        defined_in: Some((2295, "8.1")),
        means: "A configuration error in transparent content negotiation: the variant chosen is itself set to negotiate, so it is no proper end point.",
        ..BLANK
    },
    Row {
        code: 507,
        name: "HTTP_507_INSUFFICIENT_STORAGE",
        phrase: "Insufficient Storage",
        defined_in: Some((4918, "11.5")),
        means: "WebDAV: the method could not be performed because the server is unable to store the representation it needs to complete the request, a condition considered temporary.",
        ..BLANK
    },
    Row {
        code: 508,
        name: "HTTP_508_LOOP_DETECTED",
        phrase: "Loop Detected",
        defined_in: Some((5842, "7.2")),
        means: "WebDAV: the server stopped an operation on a request with Depth: infinity because it found an infinite loop.",
        ..BLANK
    },
    Row {
        code: 509,
        name: "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED",
        phrase: "Bandwidth Limit Exceeded",
        means: "Not registered: some web hosting software sends it when a site has used up its bandwidth quota.",
        note: "**Not registered.** The IANA registry lists 509 as unassigned. It is a convention of some web-hosting software for an exceeded bandwidth quota, named here because DRF names it; the phrase is that convention's.",
        ..BLANK
    },
    Row {
        code: 510,
        name: "HTTP_510_NOT_EXTENDED",
        phrase: "Not Extended",
        defined_in: Some((2774, "7")),
        means: "Obsoleted, with the HTTP Extension Framework: the request did not meet the policy for accessing the resource.",
        note: "**Obsoleted.** RFC 2774, the HTTP Extension Framework, was moved to Historic status, and the registry marks 510 as obsoleted: its entry reads \"Not Extended (OBSOLETED)\", where the phrase here is RFC 2774's own.",
        ..BLANK
    },
    Row {
        code: 511,
        name: "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
        phrase: "Network Authentication Required",
        defined_in: Some((6585, "6")),
        means: "The client must authenticate to gain network access, as to a captive portal that intercepts its traffic.",
        ..BLANK
    },
];
