#![doc = include_str!("../README.md")]

pub mod apis;
mod auth;
#[cfg(feature = "mock")]
pub mod mock;
pub mod models;

pub use apis::auth_api::{AuthApi, FieldsFormat};
pub use auth::CyclosClientExt;
pub use session_sdks_runtime::{
    CallOptions, Client, ClientBuilder, Error, ResponseContent, ResponseValue, RetryPolicy, Secret,
};
