//! RFC 7725, An HTTP Status Code to Report Legal Obstacles: Sections 3 and 4, 451.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
