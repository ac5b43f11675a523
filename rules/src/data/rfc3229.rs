//! RFC 3229, Delta encoding in HTTP: Section 10.4.1, which defines 226.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    // The subject, the request, names no party: the rule limits when a
    // server may send 226.
    Row {
        reference: at!(3229, "10.4.1"),
        scope: Code(226),
        subject: "The request",
        party: Server,
        level: Must,
        topic: Generate,
        condition: Always,
        quote: "The request MUST have included an A-IM header field listing at least one instance-manipulation.",
    },
    Row {
        reference: at!(3229, "10.4.1"),
        scope: Code(226),
        subject: "The response",
        party: Server,
        level: Must,
        topic: Field("Etag"),
        condition: Always,
        quote: "The response MUST include an Etag header field giving the entity tag of the current instance.",
    },
    Row {
        reference: at!(3229, "10.4.1"),
        scope: Code(226),
        subject: "by a cache",
        party: Cache,
        level: May,
        topic: Store,
        condition: Words("subject to the HTTP expiration mechanism and any Cache-Control headers, and to the requirements in section 10.6"),
        quote: "A response received with a status code of 226 MAY be stored by a cache and used in reply to a subsequent request, subject to the HTTP expiration mechanism and any Cache-Control headers, and to the requirements in section 10.6.",
    },
    Row {
        reference: at!(3229, "10.4.1"),
        scope: Code(226),
        subject: "by a cache",
        party: Cache,
        level: May,
        topic: Store,
        condition: Words("in conjunction with a cache entry for the base instance"),
        quote: "A response received with a status code of 226 MAY be used by a cache, in conjunction with a cache entry for the base instance, to create a cache entry for the current instance.",
    },
];
