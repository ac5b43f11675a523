//! Small services that answer with http-status's names, as a user would
//! write them, each in its framework's own status type:
//!
//! - [`axum_app`]: axum 0.8 (`http` 1.x), with [`constants!`].
//!
//! [`constants!`]: http_status::constants

pub mod axum_app;

/// A code as actix-web 4's `StatusCode`, which is `http` 0.2's: its
/// `from_u16` is not a `const fn`, so the conversion is a plain function,
/// called in the handler (`HttpResponse::build(status_0_2(code))`). It
/// cannot fail for a constant of this crate: `http` takes 100..=999.
pub fn status_0_2(code: u16) -> http02::StatusCode {
    http02::StatusCode::from_u16(code).expect("every constant is a status code")
}
