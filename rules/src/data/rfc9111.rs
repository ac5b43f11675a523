//! RFC 9111, HTTP Caching: every sentence with a BCP 14 keyword that names a status
//! code or class.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
