//! The API classes of the document: one module per class.

pub mod operations;
pub mod session_api;
