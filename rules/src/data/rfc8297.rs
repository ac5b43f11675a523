//! RFC 8297, An HTTP Status Code for Indicating Hints: Section 2, 103.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
