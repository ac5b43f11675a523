//! RFC 6585, Additional HTTP Status Codes: Sections 3 to 6, 428, 429, 431 and 511.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
