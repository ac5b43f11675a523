//! RFC 8470, Using Early Data in HTTP: its sentences on 425 and on how servers, clients and
//! intermediaries handle early data and the Early-Data header field.

use super::prelude::*;

pub(crate) const ROWS: &[Row] = &[];
