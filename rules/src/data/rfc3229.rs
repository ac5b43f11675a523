//! RFC 3229, Delta encoding in HTTP: Section 10.4.1, which defines 226.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
