//! RFC 4918, WebDAV: the sections that define 207, 422, 423, 424 and 507.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
