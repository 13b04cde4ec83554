//! The API classes of the document: one module per class.

pub mod auth_api;
pub mod operations;
