//! RFC 4918, WebDAV: the sections that define 207, 422, 423, 424 and 507.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    Row {
        reference: at!(4918, "11.3"),
        scope: Code(423),
        subject: "This response",
        party: Server,
        level: Should,
        topic: ContentHolds,
        condition: Always,
        quote: "This response SHOULD contain an appropriate precondition or postcondition code, such as 'lock-token-submitted' or 'no-conflicting-lock'.",
    },
    // The subject, the request, names no party: the user agent is not to
    // repeat it.
    Row {
        reference: at!(4918, "11.5"),
        scope: Code(507),
        subject: "the request",
        party: Client,
        level: MustNot,
        topic: Repeat(Change::Nothing),
        condition: Words("If the request that received this status code was the result of a user action"),
        quote: "If the request that received this status code was the result of a user action, the request MUST NOT be repeated until it is requested by a separate user action.",
    },
    // One sentence to the reader: "invocation. 100" is no cut, since a
    // digit follows. Its subject, the status codes, names no party: the
    // server that generates the Multi-Status response is not to record
    // them.
    Row {
        reference: at!(4918, "13"),
        scope: Code(207),
        subject: "100 series status codes",
        party: Server,
        level: ShouldNot,
        topic: ContentHolds,
        condition: Always,
        quote: "Further elements contain 200, 300, 400, and 500 series status codes generated during the method invocation. 100 series status codes SHOULD NOT be recorded in a 'response' XML element.",
    },
    Row {
        reference: at!(4918, "13"),
        scope: Code(207),
        subject: "The response",
        party: Server,
        level: May,
        topic: Choose,
        condition: Always,
        quote: "The response MAY be used in success, partial success and also in failure situations.",
    },
    Row {
        reference: at!(4918, "13"),
        scope: Code(207),
        subject: "Each 'response' element",
        party: Server,
        level: Must,
        topic: ContentHolds,
        condition: Always,
        quote: "Each 'response' element MUST have an 'href' element to identify the resource.",
    },
    Row {
        reference: at!(4918, "13"),
        scope: Code(207),
        subject: "clients",
        party: Client,
        level: Must,
        topic: Handle,
        condition: Always,
        quote: "However, clients MUST be able to handle other status codes, using the generic rules defined in Section 10 of [RFC2616].",
    },
    Row {
        reference: at!(4918, "13.2"),
        scope: Code(207),
        subject: "Servers",
        party: Server,
        level: Must,
        topic: ContentHolds,
        condition: Words("with redirect responses in Multi-Status"),
        quote: "Servers MUST use this new element with redirect responses in Multi-Status.",
    },
    Row {
        reference: at!(4918, "13.2"),
        scope: Code(207),
        subject: "Clients",
        party: Client,
        level: MustNot,
        topic: Handle,
        condition: Words("encountering redirected resources in Multi-Status"),
        quote: "Clients encountering redirected resources in Multi-Status MUST NOT rely on the 'location' element being present with a new URI.",
    },
    Row {
        reference: at!(4918, "13.2"),
        scope: Code(207),
        subject: "the client",
        party: Client,
        level: May,
        topic: Repeat(Change::Target),
        condition: Words("If the element is not present"),
        quote: "If the element is not present, the client MAY reissue the request to the individual redirected resource, because the response to that request can be redirected with a Location header containing the new URI.",
    },
];
