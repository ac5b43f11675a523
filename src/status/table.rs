// The table: one row per code, and nothing else. Each row reads
//
//     CODE NAME "Phrase" [where it is defined]
//         alias RFC_9110_NAME
//         formerly "Older Phrase" ("where it comes from") and "Another" ("...")
//         {flags};
//
// with every part after the reference optional; `///` lines before a row
// are a note for its constant's docs. Names are DRF's `status.py`; phrases
// and references are the IANA HTTP Status Code Registry's (RFC 9110's
// wording), with the section of the defining RFC where the registry names
// the RFC alone. Flags: `no_content`, a code whose responses cannot have
// content (RFC 9110, Section 6.4.1), which every 1xx row must carry;
// `cacheable`, a code that is heuristically cacheable (RFC 9110, Section
// 15.1). `expand.rs` turns the rows into the constants and the columns.
super::expand::status_codes! {
    "informational (1xx)" {
        100 HTTP_100_CONTINUE "Continue" [RFC 9110, "15.2.1"] {no_content};
        101 HTTP_101_SWITCHING_PROTOCOLS "Switching Protocols" [RFC 9110, "15.2.2"] {no_content};
        /// WebDAV's interim response for long-running requests.
        102 HTTP_102_PROCESSING "Processing" [RFC 2518, "10.1"] {no_content};
        103 HTTP_103_EARLY_HINTS "Early Hints" [RFC 8297, "2"] {no_content};
    }
    "successful (2xx)" {
        200 HTTP_200_OK "OK" [RFC 9110, "15.3.1"] {cacheable};
        201 HTTP_201_CREATED "Created" [RFC 9110, "15.3.2"];
        202 HTTP_202_ACCEPTED "Accepted" [RFC 9110, "15.3.3"];
        203 HTTP_203_NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information" [RFC 9110, "15.3.4"]
            formerly "Non Authoritative Information" ("the phrase of the `http` crate's `StatusCode`")
            {cacheable};
        204 HTTP_204_NO_CONTENT "No Content" [RFC 9110, "15.3.5"] {no_content cacheable};
        /// RFC 9110, Section 15.3.6 tells a server not to generate content
        /// in a 205, but unlike 204 and 304 its framing allows content, so it
        /// is not among the codes that [cannot have content](super::cannot_have_content).
        205 HTTP_205_RESET_CONTENT "Reset Content" [RFC 9110, "15.3.6"];
        206 HTTP_206_PARTIAL_CONTENT "Partial Content" [RFC 9110, "15.3.7"] {cacheable};
        207 HTTP_207_MULTI_STATUS "Multi-Status" [RFC 4918, "11.1"];
        208 HTTP_208_ALREADY_REPORTED "Already Reported" [RFC 5842, "7.1"];
        226 HTTP_226_IM_USED "IM Used" [RFC 3229, "10.4.1"];
    }
    "redirection (3xx)" {
        300 HTTP_300_MULTIPLE_CHOICES "Multiple Choices" [RFC 9110, "15.4.1"] {cacheable};
        301 HTTP_301_MOVED_PERMANENTLY "Moved Permanently" [RFC 9110, "15.4.2"] {cacheable};
        302 HTTP_302_FOUND "Found" [RFC 9110, "15.4.3"]
            formerly "Moved Temporarily" ("HTTP/1.0, RFC 1945, Section 9.3; nginx still sends it");
        303 HTTP_303_SEE_OTHER "See Other" [RFC 9110, "15.4.4"];
        304 HTTP_304_NOT_MODIFIED "Not Modified" [RFC 9110, "15.4.5"] {no_content};
        /// **Deprecated.** RFC 9110 keeps only a record of it; RFC 7231,
        /// Appendix B deprecated it.
        305 HTTP_305_USE_PROXY "Use Proxy" [RFC 9110, "15.4.6"];
        /// **Unused.** A previous version of the HTTP specification defined
        /// 306; RFC 9110 says it is no longer used and reserves the code. No
        /// current specification gives it a reason phrase, so its phrase here
        /// is the registry's own description, `(Unused)`, rather than an
        /// informal one such as "Switch Proxy".
        306 HTTP_306_RESERVED "(Unused)" [RFC 9110, "15.4.7"];
        307 HTTP_307_TEMPORARY_REDIRECT "Temporary Redirect" [RFC 9110, "15.4.8"];
        308 HTTP_308_PERMANENT_REDIRECT "Permanent Redirect" [RFC 9110, "15.4.9"] {cacheable};
    }
    "client error (4xx)" {
        400 HTTP_400_BAD_REQUEST "Bad Request" [RFC 9110, "15.5.1"];
        401 HTTP_401_UNAUTHORIZED "Unauthorized" [RFC 9110, "15.5.2"];
        402 HTTP_402_PAYMENT_REQUIRED "Payment Required" [RFC 9110, "15.5.3"];
        403 HTTP_403_FORBIDDEN "Forbidden" [RFC 9110, "15.5.4"];
        404 HTTP_404_NOT_FOUND "Not Found" [RFC 9110, "15.5.5"] {cacheable};
        405 HTTP_405_METHOD_NOT_ALLOWED "Method Not Allowed" [RFC 9110, "15.5.6"] {cacheable};
        406 HTTP_406_NOT_ACCEPTABLE "Not Acceptable" [RFC 9110, "15.5.7"];
        407 HTTP_407_PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" [RFC 9110, "15.5.8"];
        408 HTTP_408_REQUEST_TIMEOUT "Request Timeout" [RFC 9110, "15.5.9"]
            formerly "Request Time-out" ("RFC 2616, Section 6.1.1; nginx still sends it");
        409 HTTP_409_CONFLICT "Conflict" [RFC 9110, "15.5.10"];
        410 HTTP_410_GONE "Gone" [RFC 9110, "15.5.11"] {cacheable};
        411 HTTP_411_LENGTH_REQUIRED "Length Required" [RFC 9110, "15.5.12"];
        412 HTTP_412_PRECONDITION_FAILED "Precondition Failed" [RFC 9110, "15.5.13"];
        /// DRF keeps the older name; RFC 9110 renamed it "Content Too Large".
        413 HTTP_413_REQUEST_ENTITY_TOO_LARGE "Content Too Large" [RFC 9110, "15.5.14"]
            alias HTTP_413_CONTENT_TOO_LARGE
            formerly "Request Entity Too Large" ("RFC 2616, Section 10.4.14")
            and "Payload Too Large" ("RFC 7231, Section 6.5.11");
        /// DRF keeps the older name; RFC 9110 renamed it "URI Too Long".
        414 HTTP_414_REQUEST_URI_TOO_LONG "URI Too Long" [RFC 9110, "15.5.15"]
            alias HTTP_414_URI_TOO_LONG
            formerly "Request-URI Too Long" ("RFC 2616, Section 10.4.15")
            and "Request-URI Too Large" ("RFC 2616, Section 6.1.1; nginx still sends it")
            {cacheable};
        415 HTTP_415_UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" [RFC 9110, "15.5.16"];
        /// DRF keeps the older name; RFC 9110 renamed it "Range Not
        /// Satisfiable".
        416 HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE "Range Not Satisfiable" [RFC 9110, "15.5.17"]
            alias HTTP_416_RANGE_NOT_SATISFIABLE
            formerly "Requested Range Not Satisfiable" ("RFC 2616, Section 10.4.17");
        417 HTTP_417_EXPECTATION_FAILED "Expectation Failed" [RFC 9110, "15.5.18"];
        /// **Reserved, not assigned.** 418 comes from RFC 2324, an April 1
        /// RFC about a coffee-pot control protocol, whose phrase is given here.
        /// It has been deployed as a joke often enough to be unusable for
        /// anything else, so [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19)
        /// reserves it and the registry lists it as `(Unused)`. It is named
        /// here because DRF names it.
        418 HTTP_418_IM_A_TEAPOT "I'm a teapot" [RFC 2324, "2.3.2"];
        /// RFC 7540, Section 9.1.2 made 421 cacheable by default; RFC 9110,
        /// which now defines it, does not (Appendix B.3), so it is not
        /// [heuristically cacheable](super::is_heuristically_cacheable).
        421 HTTP_421_MISDIRECTED_REQUEST "Misdirected Request" [RFC 9110, "15.5.20"];
        /// DRF keeps the older name; RFC 9110 renamed it "Unprocessable
        /// Content".
        422 HTTP_422_UNPROCESSABLE_ENTITY "Unprocessable Content" [RFC 9110, "15.5.21"]
            alias HTTP_422_UNPROCESSABLE_CONTENT
            formerly "Unprocessable Entity" ("RFC 4918, Section 11.2");
        423 HTTP_423_LOCKED "Locked" [RFC 4918, "11.3"];
        424 HTTP_424_FAILED_DEPENDENCY "Failed Dependency" [RFC 4918, "11.4"];
        425 HTTP_425_TOO_EARLY "Too Early" [RFC 8470, "5.2"];
        426 HTTP_426_UPGRADE_REQUIRED "Upgrade Required" [RFC 9110, "15.5.22"];
        428 HTTP_428_PRECONDITION_REQUIRED "Precondition Required" [RFC 6585, "3"];
        429 HTTP_429_TOO_MANY_REQUESTS "Too Many Requests" [RFC 6585, "4"];
        431 HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" [RFC 6585, "5"];
        /// Cacheable by default, as RFC 7725, Section 3 says.
        451 HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" [RFC 7725, "3"] {cacheable};
    }
    "server error (5xx)" {
        500 HTTP_500_INTERNAL_SERVER_ERROR "Internal Server Error" [RFC 9110, "15.6.1"];
        501 HTTP_501_NOT_IMPLEMENTED "Not Implemented" [RFC 9110, "15.6.2"] {cacheable};
        502 HTTP_502_BAD_GATEWAY "Bad Gateway" [RFC 9110, "15.6.3"];
        503 HTTP_503_SERVICE_UNAVAILABLE "Service Unavailable" [RFC 9110, "15.6.4"];
        504 HTTP_504_GATEWAY_TIMEOUT "Gateway Timeout" [RFC 9110, "15.6.5"]
            formerly "Gateway Time-out" ("RFC 2616, Section 6.1.1; nginx still sends it");
        505 HTTP_505_HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" [RFC 9110, "15.6.6"];
        506 HTTP_506_VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" [RFC 2295, "8.1"];
        507 HTTP_507_INSUFFICIENT_STORAGE "Insufficient Storage" [RFC 4918, "11.5"];
        508 HTTP_508_LOOP_DETECTED "Loop Detected" [RFC 5842, "7.2"];
        /// **Not registered.** The IANA registry lists 509 as unassigned. It
        /// is a convention of some web-hosting software for an exceeded
        /// bandwidth quota, named here because DRF names it; the phrase is
        /// that convention's.
        509 HTTP_509_BANDWIDTH_LIMIT_EXCEEDED "Bandwidth Limit Exceeded" [no RFC];
        /// **Obsoleted.** RFC 2774, the HTTP Extension Framework, was moved
        /// to Historic status, and the registry marks 510 as obsoleted.
        510 HTTP_510_NOT_EXTENDED "Not Extended" [RFC 2774, "7"];
        511 HTTP_511_NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" [RFC 6585, "6"];
    }
}
