//! RFC 5842, Binding Extensions to WebDAV: Sections 7.1 and 7.2, which define 208 and 508.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
