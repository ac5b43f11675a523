//! RFC 2774, An HTTP Extension Framework: Section 7, which defines 510.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
