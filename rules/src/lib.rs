//! Every rule the HTTP RFCs give each status code, word for word: the
//! companion of [`http_status`].
//!
//! ```
//! use http_status_rules::{rules, Level, Party};
//!
//! for rule in rules(405) {
//!     if rule.party() == Party::Server && rule.level() == Level::Must {
//!         println!("{rule}");
//!     }
//! }
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod data;
mod rule;
mod table;
mod views;
mod violations;

pub use rule::{Change, Condition, Level, Party, Rule, Scope, Topic};
pub use table::rules;
pub use views::{header_fields, retry};
pub use violations::{
    assert_conforms, assert_conforms_strictly, violations, violations_with_request, Violations,
};
