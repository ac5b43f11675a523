//! RFC 9110, HTTP Semantics: Section 15 and its subsections, then every
//! other sentence of the RFC with a BCP 14 keyword that names a status code
//! or class.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    Row {
        reference: at!(9110, "15"),
        scope: All,
        subject: "a client",
        party: Client,
        level: Must,
        topic: Handle,
        condition: Always,
        quote: "However, a client MUST understand the class of any status code, as indicated by the first digit, and treat an unrecognized status code as being equivalent to the x00 status code of that class.",
    },
    Row {
        reference: at!(9110, "15.5.6"),
        scope: Code(405),
        subject: "The origin server",
        party: Server,
        level: Must,
        topic: Field("Allow"),
        condition: Always,
        quote: "The origin server MUST generate an Allow header field in a 405 response containing a list of the target resource's currently supported methods.",
    },
];
