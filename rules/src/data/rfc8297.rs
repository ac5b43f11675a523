//! RFC 8297, An HTTP Status Code for Indicating Hints: Section 2, 103.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    // The subject, the evaluation, names no party: the rule is the
    // client's that evaluates the 103's header fields.
    Row {
        reference: at!(8297, "2"),
        scope: Code(103),
        subject: "such evaluation",
        party: Client,
        level: MustNot,
        topic: Handle,
        condition: Always,
        quote: "Aside from performance optimizations, such evaluation of the 103 (Early Hints) response's header fields MUST NOT affect how the final response is processed.",
    },
    Row {
        reference: at!(8297, "2"),
        scope: Code(103),
        subject: "A client",
        party: Client,
        level: MustNot,
        topic: Handle,
        condition: Always,
        quote: "A client MUST NOT interpret the 103 (Early Hints) response header fields as if they applied to the informational response itself (e.g., as metadata about the 103 (Early Hints) response).",
    },
    Row {
        reference: at!(8297, "2"),
        scope: Code(103),
        subject: "A server",
        party: Server,
        level: May,
        topic: Fields("only some of the header fields"),
        condition: Always,
        quote: "A server MAY use a 103 (Early Hints) response to indicate only some of the header fields that are expected to be found in the final response.",
    },
    Row {
        reference: at!(8297, "2"),
        scope: Code(103),
        subject: "A client",
        party: Client,
        level: ShouldNot,
        topic: Handle,
        condition: Always,
        quote: "A client SHOULD NOT interpret the nonexistence of a header field in a 103 (Early Hints) response as a speculation that the header field is unlikely to be part of the final response.",
    },
    Row {
        reference: at!(8297, "2"),
        scope: Code(103),
        subject: "A server",
        party: Server,
        level: May,
        topic: Generate,
        condition: Always,
        quote: "A server MAY emit multiple 103 (Early Hints) responses with additional header fields as new information becomes available while the request is being processed.",
    },
];
