//! RFC 5842, Binding Extensions to WebDAV: Sections 7.1 and 7.2, which define 208 and 508.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    // The subject, "it", stands for the 208 status code appearing in
    // multistatus response bodies: the server is not to send it.
    Row {
        reference: at!(5842, "7.1"),
        scope: Code(208),
        subject: "the 208 status code appearing in multistatus response bodies",
        party: Server,
        level: ShouldNot,
        topic: Generate,
        condition: RequestLacks("DAV"),
        quote: "For backward compatibility with clients not aware of the 208 status code appearing in multistatus response bodies, it SHOULD NOT be used unless the client has signaled support for this specification using the \"DAV\" request header (see Section 8.2).",
    },
];
