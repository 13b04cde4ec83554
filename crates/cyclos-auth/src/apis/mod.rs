//! The API classes of the document: one module per class.

pub mod auth_api;
mod errors;
pub mod operations;
