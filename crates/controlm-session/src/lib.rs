#![doc = include_str!("../README.md")]

pub mod apis;
#[cfg(feature = "mock")]
pub mod mock;
mod model_ext;
pub mod models;

pub use apis::session_api::SessionApi;
pub use session_sdks_runtime::{
    CallOptions, Client, ClientBuilder, Error, ResponseContent, ResponseValue, RetryPolicy, Secret,
};
