//! The API classes of the document: one module per class.

mod errors;
pub mod operations;
pub mod session_controller;
