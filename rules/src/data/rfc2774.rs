//! RFC 2774, An HTTP Extension Framework: Section 7, which defines 510.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[
    // The repeated request carries the extension declarations the 510
    // asked for: header fields the sentence does not name.
    Row {
        reference: at!(2774, "7"),
        scope: Code(510),
        subject: "the client",
        party: Client,
        level: May,
        topic: Repeat(Change::HeaderSection),
        condition: Words("If the 510 response contains information about extensions that were not present in the initial request"),
        quote: "If the 510 response contains information about extensions that were not present in the initial request then the client MAY repeat the request if it has reason to believe it can fulfill the extension policy by modifying the request according to the information provided in the 510 response.",
    },
    Row {
        reference: at!(2774, "7"),
        scope: Code(510),
        subject: "the client",
        party: Client,
        level: May,
        topic: Handle,
        condition: Words("Otherwise"),
        quote: "Otherwise the client MAY present any entity included in the 510 response to the user, since that entity may include relevant diagnostic information.",
    },
];
