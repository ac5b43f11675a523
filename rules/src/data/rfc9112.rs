//! RFC 9112, HTTP/1.1: every sentence with a BCP 14 keyword that names a status code
//! or class.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
