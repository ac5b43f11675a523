//! Small services that answer with http-status's names, as a user would
//! write them, one for each framework, in that framework's own status
//! type:
//!
//! - [`axum_app`]: axum 0.8 (`http` 1.x), with [`constants!`].
//! - [`poem_app`]: poem 3 (`http` 1.x), with [`constants!`].
//! - [`rocket_app`]: Rocket 0.5 (its own `Status`), with [`constants!`].
//! - [`actix_app`]: actix-web 4 (`http` 0.2), with [`constants!`] and
//!   `http` 0.2's own named constants.
//!
//! [`constants!`]: http_status::constants

pub mod actix_app;
pub mod axum_app;
pub mod poem_app;
pub mod rocket_app;
