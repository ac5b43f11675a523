//! RFC 7725, An HTTP Status Code to Report Legal Obstacles: Sections 3 and 4, 451.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    Row {
        reference: at!(7725, "3"),
        scope: Code(451),
        subject: "Responses",
        party: Server,
        level: Should,
        topic: ContentHolds,
        condition: Always,
        quote: "Responses using this status code SHOULD include an explanation, in the response body, of the details of the legal demand: the party making it, the applicable legislation or regulation, and what classes of person and resource it applies to.",
    },
    // The subject, "it", stands for "an entity", which names no party: the
    // server or intermediary that blocks access and sends the 451.
    Row {
        reference: at!(7725, "4"),
        scope: Code(451),
        subject: "an entity",
        party: Server,
        level: Should,
        topic: Field("Link"),
        condition: Always,
        quote: "When an entity blocks access to a resource and returns status 451, it SHOULD include a \"Link\" HTTP header field [RFC5988] whose value is a URI reference [RFC3986] identifying itself.",
    },
    // The subject is the field, which names no party: its sender's rule.
    Row {
        reference: at!(7725, "4"),
        scope: Code(451),
        subject: "the \"Link\" header field",
        party: Server,
        level: Must,
        topic: Handle,
        condition: Words("When used for this purpose"),
        quote: "When used for this purpose, the \"Link\" header field MUST have a \"rel\" parameter whose value is \"blocked-by\".",
    },
];
