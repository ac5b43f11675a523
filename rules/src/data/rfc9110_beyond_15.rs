//! RFC 9110, HTTP Semantics, beyond Section 15: every other sentence with a BCP 14
//! keyword that names a status code or class, and Section 9.2.2's rules for
//! retrying requests.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
