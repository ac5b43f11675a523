//! The macros that expand the rows of `table.rs` into the constants, their
//! docs, [`ALL`] and one `const fn` per column. `table.rs` calls
//! [`status_codes!`] by its path, so no `mod` line has to come first.
//!
//! Each column is a `match` on the row number, not an array of rows: LLVM
//! turns such a `match` into a lookup table of its own, so a program links
//! only the columns that its lookups read. The columns and the lookups are
//! `#[inline]`, so the table is built where a program calls the lookup:
//! where one function uses a table, LLVM makes it a table of offsets, with
//! no relocation per string, in position-independent code. Copies inlined
//! into several functions of one codegen unit are merged into one table of
//! pointers instead, larger by a relocation per row; keeping the columns
//! out of line would avoid that, at a call per lookup.
//!
//! [`ALL`]: super::ALL
//! [`status_codes!`]: status_codes

/// The sentence that says where a code is defined, for its constant's docs.
/// Exported, hidden, for the constants of `constants!` in a user's crate.
#[doc(hidden)]
#[macro_export]
macro_rules! __defined_in {
    (RFC $rfc:literal, $section:literal) => {
        concat!(
            "Defined in [RFC ",
            $rfc,
            ", Section ",
            $section,
            "](",
            $crate::__url!(RFC $rfc, $section),
            ")."
        )
    };
    (no RFC) => {
        "No RFC defines it."
    };
}

/// A constant's second paragraph: `404 Not Found`, its class, and where it
/// is defined. Exported, hidden, as [`__defined_in!`] is.
#[doc(hidden)]
#[macro_export]
macro_rules! __code_line {
    ($code:literal $phrase:literal $class:literal [$($defined_in:tt)*]) => {
        concat!(
            "`", $code, " ", $phrase, "`, ", $class, ". ",
            $crate::__defined_in!($($defined_in)*)
        )
    };
}

/// The address of an RFC section, or `""` for a code that no RFC defines.
#[doc(hidden)]
#[macro_export]
macro_rules! __url {
    (RFC $rfc:literal, $section:literal) => {
        concat!(
            "https://www.rfc-editor.org/rfc/rfc",
            $rfc,
            "#section-",
            $section
        )
    };
    (no RFC) => {
        ""
    };
}

/// The number of the RFC that defines a code, or 0 for none.
macro_rules! rfc {
    (RFC $rfc:literal, $section:literal) => {
        $rfc
    };
    (no RFC) => {
        0
    };
}

/// The section of that RFC, or `""`.
macro_rules! section {
    (RFC $rfc:literal, $section:literal) => {
        $section
    };
    (no RFC) => {
        ""
    };
}

/// A flag's bit in `column::FLAGS`; an unknown flag is a build error.
macro_rules! flag {
    (no_content) => {
        $crate::status::predicates::NO_CONTENT
    };
    (cacheable) => {
        $crate::status::predicates::CACHEABLE
    };
}

/// The sentence a flag adds to its constants' docs.
macro_rules! flag_doc {
    (no_content) => {
        "Its responses [cannot have content](super::cannot_have_content): RFC 9110, \
         Section 6.4.1."
    };
    (cacheable) => {
        "It is [heuristically cacheable](super::is_heuristically_cacheable): RFC 9110, \
         Section 15.1."
    };
}

/// The list of a row's other phrases for its constant's docs, or nothing.
macro_rules! also_doc {
    () => {
        ""
    };
    ($($other:literal ($source:literal))+) => {
        concat!(
            "[`from_phrase`](super::from_phrase) also reads these phrases for it, \
             which older RFCs gave:\n",
            $("\n- \"", $other, "\": ", $source, ".",)+
        )
    };
}

/// A `requires` clause's condition, if it has one.
macro_rules! condition {
    () => {
        None
    };
    ($condition:literal) => {
        Some($condition)
    };
}

/// The keyword of a requirement level, for the docs.
macro_rules! keyword {
    (Must) => {
        "MUST"
    };
    (Should) => {
        "SHOULD"
    };
    (May) => {
        "MAY"
    };
}

/// The list of a row's required header fields for its constant's docs, or
/// nothing.
macro_rules! fields_doc {
    () => {
        ""
    };
    ($($field:literal $level:ident [$rfc:literal, $section:literal] $(when $condition:literal)?)+) => {
        concat!(
            "A response with this code, as [`header_fields`](super::header_fields) \
             gives it:\n",
            $(
                "\n- ", $crate::status::expand::keyword!($level), " carry `", $field, "`",
                $(" ", $condition,)?
                " ([RFC ", $rfc, ", Section ", $section, "](",
                $crate::__url!(RFC $rfc, $section), ")).",
            )+
        )
    };
}

/// Expands the table: see the head of `table.rs` for the form of a row. The
/// items it makes stand in the `table` module, which `status` re-exports.
macro_rules! status_codes {
    ($(
        $class:literal {$(
            $(#[doc = $note:literal])*
            $code:literal $name:ident $phrase:literal [$($defined_in:tt)*]
            means $meaning:literal
            $(alias $alias:ident)?
            $(also $other:literal ($source:literal))*
            $(requires $field:literal $level:ident [RFC $field_rfc:literal, $field_section:literal]
                $(when $condition:literal)?)*
            $({$($flag:ident)*})?;
        )*}
    )*) => {
        $($(
            // The meaning first: rustdoc shows the first paragraph beside the
            // constant in the module's list.
            #[doc = $meaning]
            #[doc = ""]
            #[doc = $crate::__code_line!($code $phrase $class [$($defined_in)*])]
            // A renamed code's two pages link each other.
            $(
                #[doc = ""]
                #[doc = concat!(
                    "This is DRF's name, an older one; RFC 9110's is [`",
                    stringify!($alias), "`]."
                )]
            )?
            // A note's lines make one paragraph: a blank line before it only.
            #[doc = ""] $(#[doc = $note])*
            $($(#[doc = ""] #[doc = $crate::status::expand::flag_doc!($flag)])*)?
            #[doc = ""]
            #[doc = $crate::status::expand::fields_doc!($(
                $field $level [$field_rfc, $field_section] $(when $condition)?
            )*)]
            #[doc = ""]
            #[doc = $crate::status::expand::also_doc!($($other ($source))*)]
            pub const $name: u16 = $code;
            const _: () = assert!(
                matches!($crate::status::names::name_code(stringify!($name)), Some(code) if code == $code),
                concat!(stringify!($name), ": a name must start HTTP_ and its code"),
            );
            $(
                // Its first paragraph, the one the module's list shows, says
                // at a glance that this is RFC 9110's name.
                #[doc = concat!("RFC 9110's name for ", $code, ": ", $meaning)]
                #[doc = ""]
                #[doc = concat!(
                    "`", $code, " ", $phrase, "` by its name in RFC 9110: the same code as [`",
                    stringify!($name), "`], DRF's older name for it."
                )]
                pub const $alias: u16 = $code;
                const _: () = assert!(
                    matches!($crate::status::names::name_code(stringify!($alias)), Some(code) if code == $code),
                    concat!(stringify!($alias), ": an alias must start HTTP_ and its code"),
                );
                const _: () = assert!(
                    stringify!($alias).len() != stringify!($name).len(),
                    "an alias must differ in length from the name it stands beside",
                );
            )?
        )*)*

        // The rows again, for `constants!` in a user's crate: a macro of
        // the rows, so that a code added to the table is added there too.
        // `$ty`, `$mode` and `$constructor` are the user's, left for that
        // macro to bind; `$crate::__constant!` applies the constructor.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __constants {
            ($mode:ident $ty:ty, $constructor:path) => {$($(
                #[doc = $meaning]
                #[doc = ""]
                #[doc = $crate::__code_line!($code $phrase $class [$($defined_in)*])]
                #[doc = ""]
                #[doc = concat!(
                    "`http_status::status::", stringify!($name), "` as this module's type."
                )]
                pub const $name: $ty = $crate::__constant!($mode $constructor, $code);
                $(
                    #[doc = $meaning]
                    #[doc = ""]
                    #[doc = concat!(
                        "`", $code, " ", $phrase, "` by its RFC 9110 name: the same code as `",
                        stringify!($name), "`, DRF's name for it."
                    )]
                    pub const $alias: $ty = $crate::__constant!($mode $constructor, $code);
                )?
            )*)*};
        }

        /// Every code that has a constant, ascending, each once.
        ///
        /// ```
        /// use http_status::status::{reason_phrase, ALL};
        ///
        /// assert!(ALL.iter().all(|&code| reason_phrase(code).is_some()));
        /// assert_eq!(ALL.first(), Some(&100));
        /// ```
        pub const ALL: &[u16] = &[$($($code,)*)*];

        /// Each row's number, under its constant's name: the patterns of the
        /// columns' `match`es.
        mod rows {
            $($(pub const $name: u8 = $crate::status::index::row_number($code);)*)*
        }

        /// The columns, each read by row number.
        pub(crate) mod column {
            use super::rows;

            /// The flags of every row, in order; read when the crate
            /// compiles, to build the code sets.
            pub const FLAGS: &[u8] = &[$($(0 $($(| $crate::status::expand::flag!($flag))*)?,)*)*];

            #[inline]
            pub const fn name(row: u8) -> &'static str {
                match row {
                    $($(rows::$name => stringify!($name),)*)*
                    _ => "",
                }
            }

            /// RFC 9110's name where it differs from DRF's, or `""`.
            #[inline]
            pub const fn alias(row: u8) -> &'static str {
                match row {
                    $($($(rows::$name => stringify!($alias),)?)*)*
                    _ => "",
                }
            }

            #[inline]
            pub const fn meaning(row: u8) -> &'static str {
                match row {
                    $($(rows::$name => $meaning,)*)*
                    _ => "",
                }
            }

            #[inline]
            pub const fn phrase(row: u8) -> &'static str {
                match row {
                    $($(rows::$name => $phrase,)*)*
                    _ => "",
                }
            }

            /// The row's other phrases, which older RFCs gave.
            #[inline]
            pub const fn others(row: u8) -> &'static [&'static str] {
                match row {
                    $($(rows::$name => &[$($other),*],)*)*
                    _ => &[],
                }
            }

            /// The defining RFC's number, or 0 where no RFC defines the code.
            #[inline]
            pub const fn rfc(row: u8) -> u16 {
                match row {
                    $($(rows::$name => $crate::status::expand::rfc!($($defined_in)*),)*)*
                    _ => 0,
                }
            }

            #[inline]
            pub const fn section(row: u8) -> &'static str {
                match row {
                    $($(rows::$name => $crate::status::expand::section!($($defined_in)*),)*)*
                    _ => "",
                }
            }

            /// The header fields a response with the row's code must, should
            /// or may carry.
            #[inline]
            pub const fn header_fields(row: u8) -> &'static [$crate::status::HeaderField] {
                match row {
                    // A `const` each: a `const fn` call is not promoted
                    // to `'static` as a literal would be.
                    $($(rows::$name => {
                        const FIELDS: &[$crate::status::HeaderField] = &[$(
                            $crate::status::HeaderField::new(
                                $field,
                                $crate::status::Requirement::$level,
                                $crate::status::Reference::new(
                                    $field_rfc,
                                    $field_section,
                                    $crate::__url!(RFC $field_rfc, $field_section),
                                ),
                                $crate::status::expand::condition!($($condition)?),
                            ),
                        )*];
                        FIELDS
                    })*)*
                    _ => &[],
                }
            }

            #[inline]
            pub const fn url(row: u8) -> &'static str {
                match row {
                    $($(rows::$name => $crate::__url!($($defined_in)*),)*)*
                    _ => "",
                }
            }
        }
    };
}

pub(crate) use {
    also_doc, condition, fields_doc, flag, flag_doc, keyword, rfc, section, status_codes,
};
