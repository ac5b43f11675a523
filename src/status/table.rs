// The table: one row per code, and nothing else. Each row reads
//
//     CODE NAME "Phrase" [where it is defined]
//         means "What the code means, in one sentence."
//         alias RFC_9110_NAME
//         also "Another Phrase" ("the RFC and section that gave it")
//         requires "Field-Name" Must [RFC 9110, "15.5.2"] when "a condition"
//         {flags};
//
// with every part after the meaning optional, and `also` as often as there
// are phrases; `///` lines before a row are a note for its constant's docs.
// The meaning is this crate's own words, true to the section that defines
// the code. Names are DRF's `status.py`; phrases and references are the
// IANA HTTP Status Code Registry's (RFC 9110's wording), with the section
// of the defining RFC where the registry names the RFC alone, except in
// three rows: 418, whose registry entry is "(Unused)" with RFC 9110,
// Section 15.5.19, and which here keeps RFC 2324's phrase and section; 509,
// which the registry leaves unassigned; and 510, whose registry entry reads
// "Not Extended (OBSOLETED)", where the phrase here is RFC 2774's. An `also`
// phrase is one that an older RFC gave the code; spellings that
// `from_phrase`'s rule already matches (case, a hyphen for a space, a
// trailing period) are not listed.
// A `requires` clause is a header field that a response with the code
// MUST, SHOULD or MAY carry, as the cited section says with that BCP 14
// keyword about the response; `when` gives the section's condition, in
// its words, or what the field must hold. Requirements set for a whole
// class or for every response, such as Date's (RFC 9110, Section 6.6.1),
// are not listed.
// Flags: `no_content`, a code whose responses cannot have content (RFC
// 9110, Section 6.4.1), which every 1xx row must carry; `cacheable`, a code
// that is heuristically cacheable (RFC 9110, Section 15.1). `expand.rs`
// turns the rows into the constants and the columns.
super::expand::status_codes! {
    "informational (1xx)" {
        100 HTTP_100_CONTINUE "Continue" [RFC 9110, "15.2.1"]
            means "The server has received the start of the request and not yet rejected it; to a request with Expect: 100-continue, it asks for the content."
            {no_content};
        101 HTTP_101_SWITCHING_PROTOCOLS "Switching Protocols" [RFC 9110, "15.2.2"]
            means "The server agrees to the client's Upgrade request and, right after this response, switches the connection to the protocols its own Upgrade field names."
            requires "Upgrade" Must [RFC 9110, "15.2.2"]
            requires "Connection" Must [RFC 9110, "7.8"] when "with the \"upgrade\" connection option"
            {no_content};
        102 HTTP_102_PROCESSING "Processing" [RFC 2518, "10.1"]
            means "WebDAV: an interim response saying that the server has accepted the complete request and has not yet completed it."
            {no_content};
        103 HTTP_103_EARLY_HINTS "Early Hints" [RFC 8297, "2"]
            means "An interim response carrying header fields, such as Link, that the final response will likely have, so the client can prepare for it early."
            {no_content};
    }
    "successful (2xx)" {
        200 HTTP_200_OK "OK" [RFC 9110, "15.3.1"]
            means "The request succeeded; what the content holds depends on the method, such as the target's representation for a GET."
            requires "ETag" Should [RFC 9110, "15.3.1"] when "to GET or HEAD, if the validator is available"
            requires "Last-Modified" Should [RFC 9110, "15.3.1"] when "to GET or HEAD, if the validator is available"
            {cacheable};
        201 HTTP_201_CREATED "Created" [RFC 9110, "15.3.2"]
            means "The request succeeded and created one or more resources, the main one identified by the Location header field, or else by the target URI."
            requires "Location" Should [RFC 9110, "9.3.3"] when "to a POST that created one or more resources";
        202 HTTP_202_ACCEPTED "Accepted" [RFC 9110, "15.3.3"]
            means "The request has been accepted for processing, which has not finished and may or may not be carried out in the end.";
        203 HTTP_203_NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information" [RFC 9110, "15.3.4"]
            means "The request succeeded, but a transforming proxy changed the content of the origin server's 200 response on its way."
            {cacheable};
        204 HTTP_204_NO_CONTENT "No Content" [RFC 9110, "15.3.5"]
            means "The request succeeded and there is no content to send; a user agent need not leave the document it shows."
            {no_content cacheable};
        /// RFC 9110, Section 15.3.6 says that a server MUST NOT generate
        /// content in a 205, but unlike 204 and 304 its framing allows
        /// content, so it is not among the codes that
        /// [cannot have content](super::cannot_have_content).
        205 HTTP_205_RESET_CONTENT "Reset Content" [RFC 9110, "15.3.6"]
            means "The request succeeded and the user agent should reset the document that sent it to its original state, such as clearing a form.";
        /// Besides the fields listed, RFC 9110, Section 15.3.7 asks a 206 to
        /// a request without If-Range to carry every representation header
        /// field that a 200 to the same request would have carried (MUST),
        /// and a 206 to a request with If-Range to carry no others beyond
        /// those required (SHOULD NOT).
        206 HTTP_206_PARTIAL_CONTENT "Partial Content" [RFC 9110, "15.3.7"]
            means "The server fulfils a range request with one or more parts of the selected representation, which may be fewer than the Range header field asked for."
            requires "Date" Must [RFC 9110, "15.3.7"] when "if it would have been sent in a 200 response to the same request"
            requires "Cache-Control" Must [RFC 9110, "15.3.7"] when "if it would have been sent in a 200 response to the same request"
            requires "ETag" Must [RFC 9110, "15.3.7"] when "if it would have been sent in a 200 response to the same request"
            requires "Expires" Must [RFC 9110, "15.3.7"] when "if it would have been sent in a 200 response to the same request"
            requires "Content-Location" Must [RFC 9110, "15.3.7"] when "if it would have been sent in a 200 response to the same request"
            requires "Vary" Must [RFC 9110, "15.3.7"] when "if it would have been sent in a 200 response to the same request"
            requires "Content-Range" Must [RFC 9110, "15.3.7.1"] when "if a single part is being transferred"
            requires "Content-Type" Must [RFC 9110, "15.3.7.2"] when "if multiple parts are being transferred, as multipart/byteranges"
            {cacheable};
        207 HTTP_207_MULTI_STATUS "Multi-Status" [RFC 4918, "11.1"]
            means "WebDAV: the content is a multistatus XML document that gives a status of its own to each of several independent operations.";
        208 HTTP_208_ALREADY_REPORTED "Already Reported" [RFC 5842, "7.1"]
            means "WebDAV: the members of a collection bound more than once were listed earlier in this multistatus response, so they are not listed again.";
        226 HTTP_226_IM_USED "IM Used" [RFC 3229, "10.4.1"]
            means "The server fulfilled a GET with the result of one or more instance manipulations, such as a delta, applied to the current instance."
            requires "ETag" Must [RFC 3229, "10.4.1"];
    }
    "redirection (3xx)" {
        300 HTTP_300_MULTIPLE_CHOICES "Multiple Choices" [RFC 9110, "15.4.1"]
            means "The target has more than one representation, each with its own more specific identifier, and the user or user agent may choose one."
            requires "Location" Should [RFC 9110, "15.4.1"] when "if the server has a preferred choice"
            {cacheable};
        301 HTTP_301_MOVED_PERMANENTLY "Moved Permanently" [RFC 9110, "15.4.2"]
            means "The target has a new permanent URI, given in the Location header field; links should be updated, and a user agent may change POST to GET."
            requires "Location" Should [RFC 9110, "15.4.2"]
            {cacheable};
        302 HTTP_302_FOUND "Found" [RFC 9110, "15.4.3"]
            means "The target is for now at another URI, given in the Location header field; keep the original, and a user agent may change POST to GET."
            also "Moved Temporarily" ("RFC 1945, Section 9.3")
            requires "Location" Should [RFC 9110, "15.4.3"];
        303 HTTP_303_SEE_OTHER "See Other" [RFC 9110, "15.4.4"]
            means "The server redirects the user agent to another resource, given in the Location header field, whose retrieval by GET or HEAD is an indirect answer.";
        304 HTTP_304_NOT_MODIFIED "Not Modified" [RFC 9110, "15.4.5"]
            means "A conditional GET or HEAD found the representation unchanged, so the client can use its cached copy; the response has no content."
            requires "Content-Location" Must [RFC 9110, "15.4.5"] when "if it would have been sent in a 200 response to the same request"
            requires "Date" Must [RFC 9110, "15.4.5"] when "if it would have been sent in a 200 response to the same request"
            requires "ETag" Must [RFC 9110, "15.4.5"] when "if it would have been sent in a 200 response to the same request"
            requires "Vary" Must [RFC 9110, "15.4.5"] when "if it would have been sent in a 200 response to the same request"
            requires "Cache-Control" Must [RFC 9110, "15.4.5"] when "if it would have been sent in a 200 response to the same request"
            requires "Expires" Must [RFC 9110, "15.4.5"] when "if it would have been sent in a 200 response to the same request"
            requires "Content-Length" May [RFC 9110, "8.6"] when "to a conditional GET, only with the length of a 200 response's content"
            {no_content};
        /// **Deprecated.** RFC 9110 keeps only a record of it; RFC 7231,
        /// Appendix B deprecated it.
        305 HTTP_305_USE_PROXY "Use Proxy" [RFC 9110, "15.4.6"]
            means "Deprecated: a previous version of HTTP used it to tell the client to repeat the request through the proxy given in the Location header field.";
        /// **Unused.** A previous version of the HTTP specification defined
        /// 306; RFC 9110 says it is no longer used and reserves the code. No
        /// current specification gives it a reason phrase, so its phrase here
        /// is the registry's own description, `(Unused)`, rather than an
        /// informal one such as "Switch Proxy".
        306 HTTP_306_RESERVED "(Unused)" [RFC 9110, "15.4.7"]
            means "Unused: a previous version of the HTTP specification defined it, and the code is now reserved.";
        307 HTTP_307_TEMPORARY_REDIRECT "Temporary Redirect" [RFC 9110, "15.4.8"]
            means "The target is for now at another URI, given in the Location header field; a user agent may follow it automatically, but not with another method."
            requires "Location" Should [RFC 9110, "15.4.8"];
        /// The rule that the method is kept is not in RFC 9110, Section 15.4.9
        /// itself, but in the note in Section 15.4, which calls 307 and 308
        /// method-preserving, and in RFC 7538, Section 3, which says that
        /// 308 does not allow changing the method from POST to GET.
        308 HTTP_308_PERMANENT_REDIRECT "Permanent Redirect" [RFC 9110, "15.4.9"]
            means "The target has a new permanent URI, given in the Location header field; a user agent may follow it automatically, but not change POST to GET."
            requires "Location" Should [RFC 9110, "15.4.9"]
            {cacheable};
    }
    "client error (4xx)" {
        400 HTTP_400_BAD_REQUEST "Bad Request" [RFC 9110, "15.5.1"]
            means "The server cannot or will not process the request because of what it sees as the client's error, such as malformed syntax or deceptive routing.";
        401 HTTP_401_UNAUTHORIZED "Unauthorized" [RFC 9110, "15.5.2"]
            means "The request lacks valid credentials for the target; the response carries a WWW-Authenticate challenge that says how to authenticate."
            requires "WWW-Authenticate" Must [RFC 9110, "15.5.2"];
        402 HTTP_402_PAYMENT_REQUIRED "Payment Required" [RFC 9110, "15.5.3"]
            means "Reserved for future use: RFC 9110 defines no use for it.";
        403 HTTP_403_FORBIDDEN "Forbidden" [RFC 9110, "15.5.4"]
            means "The server understood the request and refuses it; credentials sent were not enough and should not be resent automatically, and the cause may lie elsewhere.";
        404 HTTP_404_NOT_FOUND "Not Found" [RFC 9110, "15.5.5"]
            means "The origin server has no current representation of the target, or will not disclose that one exists."
            {cacheable};
        405 HTTP_405_METHOD_NOT_ALLOWED "Method Not Allowed" [RFC 9110, "15.5.6"]
            means "The target does not support the request's method, though the server knows it; the Allow header field lists the methods it does support."
            requires "Allow" Must [RFC 9110, "15.5.6"]
            {cacheable};
        406 HTTP_406_NOT_ACCEPTABLE "Not Acceptable" [RFC 9110, "15.5.7"]
            means "The target has no representation that the request's proactive negotiation header fields, such as Accept, would accept, and the server will not send a default one.";
        407 HTTP_407_PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" [RFC 9110, "15.5.8"]
            means "Like 401, but the client must authenticate itself to a proxy, whose Proxy-Authenticate challenge says how."
            requires "Proxy-Authenticate" Must [RFC 9110, "15.5.8"];
        /// RFC 7231, Section 6.5.7 said that a 408 implies the server has
        /// decided to close the connection, and that it SHOULD send the
        /// "close" connection option. RFC 9110, Section 15.5.9 says neither:
        /// the client MAY repeat a request still in transit, and a new
        /// connection will be used if the current one is not usable, as in
        /// HTTP/1.1 when request delimitation is lost.
        408 HTTP_408_REQUEST_TIMEOUT "Request Timeout" [RFC 9110, "15.5.9"]
            means "The server did not receive a complete request within the time it was prepared to wait; the client may repeat a request it still has in transit."
            also "Request Time-out" ("RFC 2616, Section 6.1.1");
        409 HTTP_409_CONFLICT "Conflict" [RFC 9110, "15.5.10"]
            means "The request conflicts with the current state of the target, such as an edit made against an older version, and the user might be able to resolve it.";
        410 HTTP_410_GONE "Gone" [RFC 9110, "15.5.11"]
            means "The target is no longer available at the origin server, and this is likely to last; links to it should be removed."
            {cacheable};
        411 HTTP_411_LENGTH_REQUIRED "Length Required" [RFC 9110, "15.5.12"]
            means "The server refuses a request whose content has no defined length: it requires a Content-Length header field.";
        412 HTTP_412_PRECONDITION_FAILED "Precondition Failed" [RFC 9110, "15.5.13"]
            means "A condition in the request's header fields, such as If-Match or If-Unmodified-Since, was false on the server, so the method was not applied.";
        /// DRF keeps RFC 2616's name, "Request Entity Too Large"; RFC 7231
        /// renamed the code "Payload Too Large", and RFC 9110 "Content Too
        /// Large". Besides sending `Retry-After` when the condition is
        /// temporary, the server may end the request where its protocol
        /// version allows that, or else close the connection (RFC 9110,
        /// Section 15.5.14).
        413 HTTP_413_REQUEST_ENTITY_TOO_LARGE "Content Too Large" [RFC 9110, "15.5.14"]
            means "The request's content is larger than the server is willing or able to process; if that is temporary, a Retry-After header field should say when to retry."
            alias HTTP_413_CONTENT_TOO_LARGE
            also "Request Entity Too Large" ("RFC 2616, Section 10.4.14")
            also "Payload Too Large" ("RFC 7231, Section 6.5.11")
            requires "Retry-After" Should [RFC 9110, "15.5.14"] when "if the condition is temporary";
        /// DRF keeps RFC 2616's name, "Request-URI Too Long"; RFC 7231,
        /// Section 6.5.12 named the code "URI Too Long" in 2014, and RFC 9110
        /// keeps that name.
        414 HTTP_414_REQUEST_URI_TOO_LONG "URI Too Long" [RFC 9110, "15.5.15"]
            means "The target URI is longer than the server is willing to interpret."
            alias HTTP_414_URI_TOO_LONG
            also "Request-URI Too Large" ("RFC 2616, Section 6.1.1")
            also "Request-URI Too Long" ("RFC 2616, Section 10.4.15")
            {cacheable};
        415 HTTP_415_UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" [RFC 9110, "15.5.16"]
            means "The content is in a format, or a content coding, that the target does not support for this method.";
        /// DRF keeps RFC 2616's name, "Requested Range Not Satisfiable"; RFC
        /// 7233, Section 4.4 named the code "Range Not Satisfiable" in 2014,
        /// and RFC 9110 keeps that name.
        416 HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE "Range Not Satisfiable" [RFC 9110, "15.5.17"]
            means "None of the ranges in the request's Range header field can be satisfied, or the client asked for too many small or overlapping ranges."
            alias HTTP_416_RANGE_NOT_SATISFIABLE
            also "Requested Range Not Satisfiable" ("RFC 2616, Section 10.4.17")
            requires "Content-Range" Should [RFC 9110, "15.5.17"] when "to a byte-range request";
        417 HTTP_417_EXPECTATION_FAILED "Expectation Failed" [RFC 9110, "15.5.18"]
            means "The expectation in the request's Expect header field could not be met by at least one of the inbound servers.";
        /// **Reserved, not assigned.** 418 comes from RFC 2324, an April 1
        /// RFC about a coffee-pot control protocol, whose phrase is given here.
        /// It has been deployed as a joke often enough to be unusable for
        /// anything else, so [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19)
        /// reserves it for now and the registry lists it as `(Unused)`, with
        /// that section as its reference; this row keeps RFC 2324 as its
        /// reference instead, the RFC whose phrase it gives. It is named here
        /// because DRF names it.
        418 HTTP_418_IM_A_TEAPOT "I'm a teapot" [RFC 2324, "2.3.2"]
            means "Reserved: RFC 2324, an April 1 joke, has a teapot answer it when asked to brew coffee, and RFC 9110 reserves the code, for now, from other use.";
        /// RFC 7540, Section 9.1.2 made 421 cacheable by default; RFC 9110,
        /// which now defines it, does not (Appendix B.3), so it is not
        /// [heuristically cacheable](super::is_heuristically_cacheable).
        421 HTTP_421_MISDIRECTED_REQUEST "Misdirected Request" [RFC 9110, "15.5.20"]
            means "The request went to a server unable or unwilling to answer authoritatively for the target URI; the client may retry it over another connection.";
        /// DRF keeps the name that RFC 2518, Section 10.3 gave the code and
        /// RFC 4918, Section 11.2 kept, "Unprocessable Entity"; RFC 9110,
        /// which now defines it, renamed it "Unprocessable Content".
        422 HTTP_422_UNPROCESSABLE_ENTITY "Unprocessable Content" [RFC 9110, "15.5.21"]
            means "The server understands the content's type and its syntax is correct, but it cannot process the instructions the content holds."
            alias HTTP_422_UNPROCESSABLE_CONTENT
            also "Unprocessable Entity" ("RFC 4918, Section 11.2");
        423 HTTP_423_LOCKED "Locked" [RFC 4918, "11.3"]
            means "WebDAV: the source or destination resource of the method is locked.";
        424 HTTP_424_FAILED_DEPENDENCY "Failed Dependency" [RFC 4918, "11.4"]
            means "WebDAV: the method could not be performed on the resource because an action it depended on failed.";
        425 HTTP_425_TOO_EARLY "Too Early" [RFC 8470, "5.2"]
            means "The server will not risk processing a request that might be replayed, as one sent in TLS early data might; a user agent should retry it automatically, never in early data.";
        426 HTTP_426_UPGRADE_REQUIRED "Upgrade Required" [RFC 9110, "15.5.22"]
            means "The server refuses the request over the current protocol but might accept it after an upgrade to a protocol that its Upgrade header field names."
            requires "Upgrade" Must [RFC 9110, "15.5.22"]
            requires "Connection" Must [RFC 9110, "7.8"] when "with the \"upgrade\" connection option";
        428 HTTP_428_PRECONDITION_REQUIRED "Precondition Required" [RFC 6585, "3"]
            means "The origin server requires the request to be conditional, such as with If-Match, typically so that no client overwrites another's changes unseen.";
        429 HTTP_429_TOO_MANY_REQUESTS "Too Many Requests" [RFC 6585, "4"]
            means "The user has sent too many requests in a given amount of time, which is rate limiting; a Retry-After header field may say how long to wait."
            requires "Retry-After" May [RFC 6585, "4"];
        431 HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" [RFC 6585, "5"]
            means "The server will not process the request because its header fields are too large, one of them alone or all of them together.";
        /// Cacheable by default, as RFC 7725, Section 3 says.
        451 HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" [RFC 7725, "3"]
            means "The server denies access to the resource as a consequence of a legal demand."
            requires "Link" Should [RFC 7725, "4"] when "naming the entity that blocks access, with rel=\"blocked-by\""
            {cacheable};
    }
    "server error (5xx)" {
        500 HTTP_500_INTERNAL_SERVER_ERROR "Internal Server Error" [RFC 9110, "15.6.1"]
            means "The server met an unexpected condition that kept it from fulfilling the request.";
        501 HTTP_501_NOT_IMPLEMENTED "Not Implemented" [RFC 9110, "15.6.2"]
            means "The server does not support the functionality the request needs, such as a request method it does not recognize."
            {cacheable};
        502 HTTP_502_BAD_GATEWAY "Bad Gateway" [RFC 9110, "15.6.3"]
            means "The server, acting as a gateway or proxy, received an invalid response from an inbound server it accessed for the request.";
        503 HTTP_503_SERVICE_UNAVAILABLE "Service Unavailable" [RFC 9110, "15.6.4"]
            means "The server cannot handle the request now, through a temporary overload or scheduled maintenance; a Retry-After header field may say when to retry."
            requires "Retry-After" May [RFC 9110, "15.6.4"];
        504 HTTP_504_GATEWAY_TIMEOUT "Gateway Timeout" [RFC 9110, "15.6.5"]
            means "The server, acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to complete the request."
            also "Gateway Time-out" ("RFC 2616, Section 6.1.1");
        505 HTTP_505_HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" [RFC 9110, "15.6.6"]
            means "The server does not support, or refuses to support, the major version of HTTP that the request used.";
        506 HTTP_506_VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" [RFC 2295, "8.1"]
            means "A configuration error in transparent content negotiation: the variant chosen is itself set to negotiate, so it is no proper end point.";
        507 HTTP_507_INSUFFICIENT_STORAGE "Insufficient Storage" [RFC 4918, "11.5"]
            means "WebDAV: the method could not be performed because the server is unable to store the representation it needs to complete the request.";
        508 HTTP_508_LOOP_DETECTED "Loop Detected" [RFC 5842, "7.2"]
            means "WebDAV: the server stopped an operation on a request with Depth: infinity because it found an infinite loop.";
        /// **Not registered.** The IANA registry lists 509 as unassigned. It
        /// is a convention of some web-hosting software for an exceeded
        /// bandwidth quota, named here because DRF names it; the phrase is
        /// that convention's.
        509 HTTP_509_BANDWIDTH_LIMIT_EXCEEDED "Bandwidth Limit Exceeded" [no RFC]
            means "Not registered: some web hosting software sends it when a site has used up its bandwidth quota.";
        /// **Obsoleted.** RFC 2774, the HTTP Extension Framework, was moved
        /// to Historic status, and the registry marks 510 as obsoleted: its
        /// entry reads "Not Extended (OBSOLETED)", where the phrase here is
        /// RFC 2774's own.
        510 HTTP_510_NOT_EXTENDED "Not Extended" [RFC 2774, "7"]
            means "Obsoleted, with the HTTP Extension Framework: the request did not meet the policy for accessing the resource.";
        511 HTTP_511_NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" [RFC 6585, "6"]
            means "The client must authenticate to gain network access, as to a captive portal that intercepts its traffic.";
    }
}
